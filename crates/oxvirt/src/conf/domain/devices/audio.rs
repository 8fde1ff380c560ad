//! `<audio>`: a host audio backend the guest's sound devices and displays
//! play through, with its input and output settings.

use super::super::{unsupported, xml_err};
use crate::conf::xml::{yes_no, Node, Opts, Writer};
use crate::error::Result;

crate::xml_enum! {
    pub enum AudioType {
        None = "none", Alsa = "alsa", Coreaudio = "coreaudio", Jack = "jack", Oss = "oss",
        Pulseaudio = "pulseaudio", Sdl = "sdl", Spice = "spice", File = "file", Dbus = "dbus",
    }
}

crate::xml_enum! {
    pub enum SdlDriver { Unset = "", Esd = "esd", Alsa = "alsa", Arts = "arts", Pulseaudio = "pulseaudio" }
}

crate::xml_enum! {
    pub enum AudioFormat {
        Unset = "", U8 = "u8", S8 = "s8", U16 = "u16", S16 = "s16", U32 = "u32", S32 = "s32",
        F32 = "f32",
    }
}

/// One direction (`<input>` or `<output>`): the settings every backend
/// shares, then the backend's own.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Direction {
    pub mixing_engine: Option<bool>,
    pub fixed_settings: Option<bool>,
    pub voices: u32,
    pub buffer_length: u32,
    pub frequency: u32,
    pub channels: u32,
    pub format: Option<AudioFormat>,
    /// alsa, oss: `dev`.
    pub dev: Option<String>,
    /// coreaudio, oss, sdl: `bufferCount`.
    pub buffer_count: u32,
    /// jack.
    pub server_name: Option<String>,
    pub client_name: Option<String>,
    pub connect_ports: Option<String>,
    pub exact_name: Option<bool>,
    /// oss.
    pub try_poll: Option<bool>,
    /// pulseaudio.
    pub name: Option<String>,
    pub stream_name: Option<String>,
    pub latency: u32,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Audio {
    pub kind: AudioType,
    pub id: u32,
    pub timer_period: u32,
    pub input: Direction,
    pub output: Direction,
    /// oss.
    pub try_mmap: Option<bool>,
    pub exclusive: Option<bool>,
    pub dsp_policy: Option<i32>,
    /// pulseaudio.
    pub server_name: Option<String>,
    /// sdl.
    pub sdl_driver: Option<SdlDriver>,
    /// file.
    pub path: Option<String>,
}

fn nonzero(n: Node, name: &str) -> Result<u32> {
    Ok(n.prop_with::<u32>(name, Opts::NONE.nonzero())?.unwrap_or(0))
}

fn string(n: Node, name: &str) -> Option<String> {
    n.attr(name).map(str::to_string)
}

impl Direction {
    fn parse_common(n: Node) -> Result<Direction> {
        let mut d = Direction {
            mixing_engine: n.prop::<bool>("mixingEngine")?,
            fixed_settings: n.prop::<bool>("fixedSettings")?,
            ..Direction::default()
        };
        if d.fixed_settings == Some(true) && d.mixing_engine != Some(true) {
            return Err(unsupported("fixed audio settings requires mixing engine"));
        }
        d.voices = nonzero(n, "voices")?;
        d.buffer_length = nonzero(n, "bufferLength")?;
        if let Some(s) = n.child("settings") {
            if d.fixed_settings != Some(true) {
                return Err(unsupported(
                    "audio settings specified without fixed settings flag",
                ));
            }
            d.frequency = nonzero(s, "frequency")?;
            d.channels = nonzero(s, "channels")?;
            d.format = s.prop_with::<AudioFormat>("format", Opts::NONE.nonzero())?;
        }
        Ok(d)
    }

    fn parse_backend(&mut self, n: Node, kind: AudioType) -> Result<()> {
        match kind {
            AudioType::Alsa => self.dev = string(n, "dev"),
            AudioType::Coreaudio | AudioType::Sdl => {
                self.buffer_count = n.prop::<u32>("bufferCount")?.unwrap_or(0)
            }
            AudioType::Jack => {
                self.server_name = string(n, "serverName");
                self.client_name = string(n, "clientName");
                self.connect_ports = string(n, "connectPorts");
                self.exact_name = n.prop::<bool>("exactName")?;
            }
            AudioType::Oss => {
                self.dev = string(n, "dev");
                self.try_poll = n.prop::<bool>("tryPoll")?;
                self.buffer_count = n.prop::<u32>("bufferCount")?.unwrap_or(0);
            }
            AudioType::Pulseaudio => {
                self.name = string(n, "name");
                self.stream_name = string(n, "streamName");
                self.latency = n.prop::<u32>("latency")?.unwrap_or(0);
            }
            _ => {}
        }
        Ok(())
    }

    /// The backend's own attributes, in libvirt's order.
    fn backend_attrs(&self, kind: AudioType) -> Vec<(&'static str, String)> {
        let mut a = Vec::new();
        let mut s = |name: &'static str, v: &Option<String>| {
            if let Some(v) = v {
                a.push((name, v.clone()));
            }
        };
        match kind {
            AudioType::Alsa => s("dev", &self.dev),
            AudioType::Jack => {
                s("serverName", &self.server_name);
                s("clientName", &self.client_name);
                s("connectPorts", &self.connect_ports);
            }
            AudioType::Oss => s("dev", &self.dev),
            AudioType::Pulseaudio => {
                s("name", &self.name);
                s("streamName", &self.stream_name);
            }
            _ => {}
        }
        match kind {
            AudioType::Coreaudio | AudioType::Sdl | AudioType::Oss if self.buffer_count != 0 => {
                a.push(("bufferCount", self.buffer_count.to_string()))
            }
            AudioType::Pulseaudio if self.latency != 0 => {
                a.push(("latency", self.latency.to_string()))
            }
            _ => {}
        }
        match kind {
            AudioType::Jack => {
                if let Some(e) = self.exact_name {
                    a.push(("exactName", yes_no(e).to_string()));
                }
            }
            AudioType::Oss => {
                if let Some(p) = self.try_poll {
                    a.push(("tryPoll", yes_no(p).to_string()));
                }
            }
            _ => {}
        }
        a
    }

    fn format(&self, w: &mut Writer, kind: AudioType, name: &str) {
        let backend = self.backend_attrs(kind);
        if self.mixing_engine.is_none()
            && self.fixed_settings.is_none()
            && self.voices == 0
            && self.buffer_length == 0
            && backend.is_empty()
        {
            return;
        }
        let nz = |v: u32| (v != 0).then_some(v);
        let mut s = w
            .start(name)
            .attr_opt("mixingEngine", self.mixing_engine.map(yes_no))
            .attr_opt("fixedSettings", self.fixed_settings.map(yes_no))
            .attr_opt("voices", nz(self.voices))
            .attr_opt("bufferLength", nz(self.buffer_length));
        for (k, v) in &backend {
            s = s.attr(k, v);
        }
        if self.fixed_settings == Some(true) {
            s.open();
            w.start("settings")
                .attr_opt("frequency", nz(self.frequency))
                .attr_opt("channels", nz(self.channels))
                .attr_opt("format", self.format.filter(|f| *f != AudioFormat::Unset))
                .empty();
            w.end(name);
        } else {
            s.empty();
        }
    }
}

impl Audio {
    pub fn parse(n: Node) -> Result<Audio> {
        let kind = n.prop_required::<AudioType>("type")?;
        let id = n
            .prop_with::<u32>("id", Opts::REQUIRED.nonzero())?
            .unwrap_or(0);
        let timer_period = nonzero(n, "timerPeriod")?;
        let input_node = n.child("input");
        let output_node = n.child("output");
        let mut input = match input_node {
            Some(i) => Direction::parse_common(i)?,
            None => Direction::default(),
        };
        let mut output = match output_node {
            Some(o) => Direction::parse_common(o)?,
            None => Direction::default(),
        };
        let mut a = Audio {
            kind,
            id,
            timer_period,
            input: Direction::default(),
            output: Direction::default(),
            try_mmap: None,
            exclusive: None,
            dsp_policy: None,
            server_name: None,
            sdl_driver: None,
            path: None,
        };
        match kind {
            AudioType::Oss => {
                a.try_mmap = n.prop::<bool>("tryMMap")?;
                a.exclusive = n.prop::<bool>("exclusive")?;
                if let Some(p) = n.prop::<i32>("dspPolicy")? {
                    if p < 0 {
                        return Err(xml_err(&format!("cannot parse 'dspPolicy' value '{p}'")));
                    }
                    a.dsp_policy = Some(p);
                }
            }
            AudioType::Pulseaudio => a.server_name = string(n, "serverName"),
            AudioType::Sdl => {
                a.sdl_driver = n.prop_with::<SdlDriver>("driver", Opts::NONE.nonzero())?
            }
            AudioType::File => a.path = string(n, "path"),
            _ => {}
        }
        if let Some(i) = input_node {
            input.parse_backend(i, kind)?;
        }
        if let Some(o) = output_node {
            output.parse_backend(o, kind)?;
        }
        a.input = input;
        a.output = output;
        Ok(a)
    }

    pub fn format(&self, w: &mut Writer) {
        let mut s = w
            .start("audio")
            .attr("id", self.id)
            .attr("type", self.kind)
            .attr_opt(
                "timerPeriod",
                (self.timer_period != 0).then_some(self.timer_period),
            );
        match self.kind {
            AudioType::Oss => {
                s = s
                    .attr_opt("tryMMap", self.try_mmap.map(yes_no))
                    .attr_opt("exclusive", self.exclusive.map(yes_no))
                    .attr_opt("dspPolicy", self.dsp_policy);
            }
            AudioType::Pulseaudio => s = s.attr_opt("serverName", self.server_name.as_deref()),
            AudioType::Sdl => s = s.attr_opt("driver", self.sdl_driver),
            AudioType::File => s = s.attr_opt("path", self.path.as_deref()),
            _ => {}
        }
        let mut inner = Writer::with_capacity(0);
        self.input.format(&mut inner, self.kind, "input");
        self.output.format(&mut inner, self.kind, "output");
        let inner = inner.finish();
        if inner.is_empty() {
            s.empty();
        } else {
            s.open();
            self.input.format(w, self.kind, "input");
            self.output.format(w, self.kind, "output");
            w.end("audio");
        }
    }
}
