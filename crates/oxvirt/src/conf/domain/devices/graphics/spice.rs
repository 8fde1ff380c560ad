//! What SPICE has besides ports and listens: per-channel security,
//! compression, streaming, clipboard, file transfer, GL and mouse mode.

use super::super::{MouseMode, ParseCtx};
use super::{parse_auth, required_bool, string, Auth, GraphicsType};
use crate::conf::xml::{yes_no, Node, Opts, Switch, Writer};
use crate::error::Result;

crate::xml_enum! {
    /// SPICE channels, in the order libvirt writes them.
    pub enum SpiceChannel {
        Main = "main", Display = "display", Inputs = "inputs", Cursor = "cursor",
        Playback = "playback", Record = "record", Smartcard = "smartcard", Usbredir = "usbredir",
    }
}

crate::xml_enum! {
    pub enum ChannelMode { Any = "any", Secure = "secure", Insecure = "insecure" }
}

crate::xml_enum! {
    pub enum ImageCompression {
        Default = "default", AutoGlz = "auto_glz", AutoLz = "auto_lz", Quic = "quic",
        Glz = "glz", Lz = "lz", Off = "off",
    }
}

crate::xml_enum! {
    /// `<jpeg>` and `<zlib>` compression.
    pub enum WanCompression { Default = "default", Auto = "auto", Never = "never", Always = "always" }
}

crate::xml_enum! {
    pub enum StreamingMode { Default = "default", Filter = "filter", All = "all", Off = "off" }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Spice {
    pub port: i32,
    pub tls_port: i32,
    pub autoport: bool,
    pub default_mode: ChannelMode,
    pub keymap: Option<String>,
    pub auth: Auth,
    /// Mode per channel, indexed by [`SpiceChannel`].
    pub channels: [ChannelMode; 8],
    pub image: Option<ImageCompression>,
    pub jpeg: Option<WanCompression>,
    pub zlib: Option<WanCompression>,
    pub playback: Option<Switch>,
    pub streaming: Option<StreamingMode>,
    pub copypaste: Option<bool>,
    pub filetransfer: Option<bool>,
    pub gl: Option<bool>,
    pub rendernode: Option<String>,
    pub mouse: Option<MouseMode>,
}

pub(super) fn parse_spice(n: Node, cx: &ParseCtx) -> Result<Spice> {
    let mut sp = Spice {
        port: n.prop::<i32>("port")?.unwrap_or(0),
        tls_port: n.prop::<i32>("tlsPort")?.unwrap_or(0),
        autoport: n.prop::<bool>("autoport")? == Some(true),
        default_mode: n
            .prop::<ChannelMode>("defaultMode")?
            .unwrap_or(ChannelMode::Any),
        keymap: None,
        auth: Auth::default(),
        channels: [ChannelMode::Any; 8],
        image: None,
        jpeg: None,
        zlib: None,
        playback: None,
        streaming: None,
        copypaste: None,
        filetransfer: None,
        gl: None,
        rendernode: None,
        mouse: None,
    };
    if sp.port == -1 && sp.tls_port == -1 {
        sp.autoport = true;
    }
    if sp.autoport && cx.inactive {
        sp.port = 0;
        sp.tls_port = 0;
    }
    sp.keymap = string(n, "keymap");
    sp.auth = parse_auth(n, GraphicsType::Spice)?;
    for c in n.children("channel") {
        let name = c.prop_required::<SpiceChannel>("name")?;
        let mode = c.prop_required::<ChannelMode>("mode")?;
        if let Some(slot) = sp.channels.get_mut(name as usize) {
            *slot = mode;
        }
    }
    let req = Opts::REQUIRED.nonzero();
    if let Some(c) = n.child("image") {
        sp.image = c.prop_with::<ImageCompression>("compression", req)?;
    }
    if let Some(c) = n.child("jpeg") {
        sp.jpeg = c.prop_with::<WanCompression>("compression", req)?;
    }
    if let Some(c) = n.child("zlib") {
        sp.zlib = c.prop_with::<WanCompression>("compression", req)?;
    }
    if let Some(c) = n.child("playback") {
        sp.playback = Some(c.prop_required::<Switch>("compression")?);
    }
    if let Some(c) = n.child("streaming") {
        sp.streaming = c.prop_with::<StreamingMode>("mode", req)?;
    }
    if let Some(c) = n.child("clipboard") {
        sp.copypaste = required_bool(c, "copypaste")?;
    }
    if let Some(c) = n.child("filetransfer") {
        sp.filetransfer = required_bool(c, "enable")?;
    }
    if let Some(c) = n.child("gl") {
        sp.rendernode = string(c, "rendernode");
        sp.gl = required_bool(c, "enable")?;
    }
    if let Some(c) = n.child("mouse") {
        sp.mouse = c.prop_with::<MouseMode>("mode", req)?;
    }
    Ok(sp)
}

impl Spice {
    pub(super) fn has_children(&self) -> bool {
        self.channels.iter().any(|m| *m != ChannelMode::Any)
            || self.image.is_some()
            || self.jpeg.is_some()
            || self.zlib.is_some()
            || self.playback.is_some()
            || self.streaming.is_some()
            || self.copypaste.is_some()
            || self.mouse.is_some()
            || self.filetransfer.is_some()
            || self.gl.is_some()
    }

    pub(super) fn format_children(&self, w: &mut Writer) {
        for (i, mode) in self.channels.iter().enumerate() {
            if *mode == ChannelMode::Any {
                continue;
            }
            if let Some(name) = SpiceChannel::NAMES.get(i) {
                w.start("channel")
                    .attr("name", *name)
                    .attr("mode", *mode)
                    .empty();
            }
        }
        if let Some(c) = self.image {
            w.start("image").attr("compression", c).empty();
        }
        if let Some(c) = self.jpeg {
            w.start("jpeg").attr("compression", c).empty();
        }
        if let Some(c) = self.zlib {
            w.start("zlib").attr("compression", c).empty();
        }
        if let Some(c) = self.playback {
            w.start("playback").attr("compression", c).empty();
        }
        if let Some(m) = self.streaming {
            w.start("streaming").attr("mode", m).empty();
        }
        if let Some(m) = self.mouse {
            w.start("mouse").attr("mode", m).empty();
        }
        if let Some(c) = self.copypaste {
            w.start("clipboard").attr("copypaste", yes_no(c)).empty();
        }
        if let Some(c) = self.filetransfer {
            w.start("filetransfer").attr("enable", yes_no(c)).empty();
        }
        if let Some(gl) = self.gl {
            w.start("gl")
                .attr("enable", yes_no(gl))
                .attr_opt("rendernode", self.rendernode.as_deref())
                .empty();
        }
    }
}
