//! `<graphics>`: how the guest's display is offered — SDL, VNC, RDP,
//! desktop, SPICE, EGL headless or D-Bus — with where it listens and how
//! it is protected.

mod auth;
mod listen;
mod spice;
mod valid_to;

pub use auth::Auth;
pub use listen::{Listen, ListenType};
pub use spice::{ChannelMode, Spice};

use super::super::{err, xml_err};
use super::{FormatCtx, ParseCtx};
use crate::conf::xml::{yes_no, Node, Opts, Writer, XmlValue};
use crate::error::Result;
use auth::{auth_attrs, parse_auth};
use listen::{listen_attr, Raw};
use oxvirt_abi::virErrorNumber;
use spice::parse_spice;

crate::xml_enum! {
    pub enum GraphicsType {
        Sdl = "sdl", Vnc = "vnc", Rdp = "rdp", Desktop = "desktop", Spice = "spice",
        EglHeadless = "egl-headless", Dbus = "dbus",
    }
}

crate::xml_enum! {
    pub enum SharePolicy {
        Default = "default", AllowExclusive = "allow-exclusive", ForceShared = "force-shared",
        Ignore = "ignore",
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Vnc {
    pub port: i32,
    pub autoport: bool,
    pub websocket: i32,
    pub websocket_generated: bool,
    pub share_policy: Option<SharePolicy>,
    pub power_control: Option<bool>,
    pub keymap: Option<String>,
    pub audio_id: u32,
    pub auth: Auth,
}

/// What each type of display has of its own.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GraphicsData {
    Sdl {
        display: Option<String>,
        xauth: Option<String>,
        fullscreen: bool,
        gl: Option<bool>,
    },
    Vnc(Vnc),
    Rdp {
        port: i32,
        autoport: bool,
        replace_user: bool,
        multi_user: bool,
    },
    Desktop {
        display: Option<String>,
        fullscreen: bool,
    },
    Spice(Box<Spice>),
    EglHeadless {
        rendernode: Option<String>,
    },
    Dbus {
        p2p: bool,
        address: Option<String>,
        gl: Option<bool>,
        rendernode: Option<String>,
        audio_id: u32,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Graphics {
    pub kind: GraphicsType,
    /// Where it listens (VNC, RDP, SPICE); never empty for those.
    pub listens: Vec<Listen>,
    pub data: GraphicsData,
}

fn string(n: Node, name: &str) -> Option<String> {
    n.attr(name).map(str::to_string)
}

/// A `<gl enable>` or similar required yes/no.
fn required_bool(n: Node, name: &str) -> Result<Option<bool>> {
    n.prop_required::<bool>(name).map(Some)
}

/// `virStrToLong_i` on a whole attribute.
fn port(n: Node, name: &str, what: &str) -> Result<Option<i32>> {
    match n.attr(name) {
        None => Ok(None),
        Some(p) => crate::conf::xml::number::to_i32(p, 10)
            .map(Some)
            .ok_or_else(|| {
                err(
                    virErrorNumber::VIR_ERR_INTERNAL_ERROR,
                    Some(&format!("cannot parse {what} port {p}")),
                )
            }),
    }
}

/// The `<audio id>` child of a display that sends sound.
fn audio_id(n: Node) -> Result<u32> {
    match n.child("audio") {
        None => Ok(0),
        Some(a) => Ok(a
            .prop_with::<u32>("id", Opts::REQUIRED.nonzero())?
            .unwrap_or(0)),
    }
}

impl Graphics {
    pub fn parse(n: Node, cx: &ParseCtx) -> Result<Graphics> {
        let kind = n.prop_required::<GraphicsType>("type")?;
        // Only the network displays listen; libvirt reads where before the
        // rest of their settings.
        let listens = match kind {
            GraphicsType::Vnc | GraphicsType::Rdp | GraphicsType::Spice => {
                listen::parse_all(kind, n, cx)?
            }
            _ => Vec::new(),
        };
        let data = match kind {
            GraphicsType::Vnc => GraphicsData::Vnc(parse_vnc(n, cx)?),
            GraphicsType::Sdl => GraphicsData::Sdl {
                fullscreen: n.prop::<bool>("fullscreen")? == Some(true),
                xauth: string(n, "xauth"),
                display: string(n, "display"),
                gl: match n.child("gl") {
                    None => None,
                    Some(gl) => required_bool(gl, "enable")?,
                },
            },
            GraphicsType::Rdp => {
                let mut autoport = false;
                let mut port = match port(n, "port", "rdp")? {
                    None => {
                        autoport = true;
                        0
                    }
                    Some(p) => {
                        autoport |= p == -1;
                        p
                    }
                };
                autoport |= n.attr("autoport") == Some("yes");
                if autoport && cx.inactive {
                    port = 0;
                }
                GraphicsData::Rdp {
                    port,
                    autoport,
                    replace_user: n.attr("replaceUser") == Some("yes"),
                    multi_user: n.attr("multiUser") == Some("yes"),
                }
            }
            GraphicsType::Desktop => GraphicsData::Desktop {
                fullscreen: n.prop::<bool>("fullscreen")? == Some(true),
                display: string(n, "display"),
            },
            GraphicsType::Spice => GraphicsData::Spice(Box::new(parse_spice(n, cx)?)),
            GraphicsType::EglHeadless => GraphicsData::EglHeadless {
                rendernode: n.child("gl").and_then(|gl| string(gl, "rendernode")),
            },
            GraphicsType::Dbus => {
                let p2p = n.prop::<bool>("p2p")? == Some(true);
                let address = string(n, "address");
                let (gl, rendernode) = match n.child("gl") {
                    None => (None, None),
                    Some(gl) => {
                        let r = string(gl, "rendernode");
                        (required_bool(gl, "enable")?, r)
                    }
                };
                GraphicsData::Dbus {
                    p2p,
                    address,
                    gl,
                    rendernode,
                    audio_id: audio_id(n)?,
                }
            }
        };
        Ok(Graphics {
            kind,
            listens,
            data,
        })
    }

    /// The `<graphics>` attributes, in libvirt's order.
    fn attrs(&self, cx: &FormatCtx) -> Vec<(&'static str, Val)> {
        let mut a: Vec<(&'static str, Val)> = Vec::new();
        let esc = |v: &str| Val::Esc(v.to_string());
        let first = self.listens.first();
        match &self.data {
            GraphicsData::Vnc(v) => {
                match first.map(|l| l.kind) {
                    Some(ListenType::Socket) => {
                        if let Some(sock) = first.and_then(|l| l.socket.as_deref()) {
                            a.push(("socket", esc(sock)));
                        }
                    }
                    Some(ListenType::Address | ListenType::Network) => {
                        if v.port != 0 && (!v.autoport || !cx.inactive) {
                            a.push(("port", Val::Esc(v.port.to_string())));
                        } else if v.autoport {
                            a.push(("port", esc("-1")));
                        }
                        a.push(("autoport", esc(yes_no(v.autoport))));
                        if v.websocket_generated && cx.inactive {
                            a.push(("websocket", esc("-1")));
                        } else if v.websocket != 0 {
                            a.push(("websocket", Val::Esc(v.websocket.to_string())));
                        }
                        listen_attr(&mut a, first, cx);
                    }
                    _ => {}
                }
                if let Some(k) = &v.keymap {
                    a.push(("keymap", esc(k)));
                }
                if let Some(p) = v.share_policy.filter(|p| *p != SharePolicy::Default) {
                    a.push(("sharePolicy", esc(p.name())));
                }
                if let Some(p) = v.power_control {
                    a.push(("powerControl", esc(yes_no(p))));
                }
                auth_attrs(&mut a, &v.auth, cx);
            }
            GraphicsData::Sdl {
                display,
                xauth,
                fullscreen,
                ..
            } => {
                if let Some(d) = display {
                    a.push(("display", esc(d)));
                }
                if let Some(x) = xauth {
                    a.push(("xauth", esc(x)));
                }
                if *fullscreen {
                    a.push(("fullscreen", esc("yes")));
                }
            }
            GraphicsData::Rdp {
                port,
                autoport,
                replace_user,
                multi_user,
            } => {
                if *port != 0 {
                    a.push(("port", Val::Esc(port.to_string())));
                } else if *autoport {
                    a.push(("port", esc("0")));
                }
                for (on, name) in [
                    (*autoport, "autoport"),
                    (*replace_user, "replaceUser"),
                    (*multi_user, "multiUser"),
                ] {
                    if on {
                        a.push((name, esc("yes")));
                    }
                }
                listen_attr(&mut a, first, cx);
            }
            GraphicsData::Desktop {
                display,
                fullscreen,
            } => {
                if let Some(d) = display {
                    a.push(("display", esc(d)));
                }
                if *fullscreen {
                    a.push(("fullscreen", esc("yes")));
                }
            }
            GraphicsData::Spice(sp) => {
                match first.map(|l| l.kind) {
                    Some(ListenType::Address | ListenType::Network) => {
                        if sp.port != 0 {
                            a.push(("port", Val::Esc(sp.port.to_string())));
                        }
                        if sp.tls_port != 0 {
                            a.push(("tlsPort", Val::Esc(sp.tls_port.to_string())));
                        }
                        a.push(("autoport", esc(yes_no(sp.autoport))));
                        listen_attr(&mut a, first, cx);
                    }
                    Some(ListenType::None) if cx.migratable => {
                        a.push(("autoport", esc("no")));
                    }
                    _ => {}
                }
                if let Some(k) = &sp.keymap {
                    a.push(("keymap", esc(k)));
                }
                if sp.default_mode != ChannelMode::Any {
                    a.push(("defaultMode", esc(sp.default_mode.name())));
                }
                auth_attrs(&mut a, &sp.auth, cx);
            }
            GraphicsData::EglHeadless { .. } => {}
            GraphicsData::Dbus { p2p, address, .. } => {
                if *p2p {
                    a.push(("p2p", esc("yes")));
                }
                if let Some(ad) = address {
                    a.push(("address", Val::Raw(ad.clone())));
                }
            }
        }
        a
    }

    pub fn format(&self, w: &mut Writer, cx: &FormatCtx) {
        let mut s = w.start("graphics").attr("type", self.kind);
        for (k, v) in self.attrs(cx) {
            s = s.attr(k, v);
        }
        let listens = self.shown_listens(cx);
        let own = match &self.data {
            GraphicsData::Vnc(_) => true,
            GraphicsData::Sdl { gl, .. } => gl.is_some(),
            GraphicsData::EglHeadless { rendernode } => rendernode.is_some(),
            GraphicsData::Dbus { gl, audio_id, .. } => gl.is_some() || *audio_id > 0,
            GraphicsData::Spice(sp) => sp.has_children(),
            GraphicsData::Rdp { .. } | GraphicsData::Desktop { .. } => false,
        };
        if !own && listens.is_empty() {
            s.empty();
            return;
        }
        s.open();
        match &self.data {
            GraphicsData::Sdl { gl: Some(gl), .. } => {
                w.start("gl").attr("enable", yes_no(*gl)).empty();
            }
            GraphicsData::EglHeadless {
                rendernode: Some(r),
            } => w.start("gl").attr("rendernode", r).empty(),
            GraphicsData::Dbus {
                gl,
                rendernode,
                audio_id,
                ..
            } => {
                if let Some(gl) = gl {
                    w.start("gl")
                        .attr("enable", yes_no(*gl))
                        .attr_opt("rendernode", rendernode.as_deref())
                        .empty();
                }
                if *audio_id > 0 {
                    w.start("audio").attr("id", audio_id).empty();
                }
            }
            _ => {}
        }
        for l in listens {
            let show_addr =
                l.kind == ListenType::Address || (l.kind == ListenType::Network && !cx.inactive);
            w.start("listen")
                .attr("type", l.kind)
                .attr_opt(
                    "address",
                    l.address.as_deref().filter(|_| show_addr).map(Raw),
                )
                .attr_opt(
                    "network",
                    l.network
                        .as_deref()
                        .filter(|_| l.kind == ListenType::Network),
                )
                .attr_opt(
                    "socket",
                    l.socket.as_deref().filter(|_| l.kind == ListenType::Socket),
                )
                .empty();
        }
        match &self.data {
            GraphicsData::Spice(sp) => sp.format_children(w),
            GraphicsData::Vnc(v) if v.audio_id > 0 => {
                w.start("audio").attr("id", v.audio_id).empty();
            }
            _ => {}
        }
        w.end("graphics");
    }

    /// The audio backend this display sends sound to, if any.
    pub fn audio_id(&self) -> u32 {
        match &self.data {
            GraphicsData::Vnc(v) => v.audio_id,
            GraphicsData::Dbus { audio_id, .. } => *audio_id,
            _ => 0,
        }
    }

    /// libvirt's post-parse rule: SPICE without ports and without autoport
    /// listens nowhere, which is listen type `none`.
    pub fn post_parse(&mut self) {
        if let GraphicsData::Spice(sp) = &self.data {
            if sp.port == 0 && sp.tls_port == 0 && !sp.autoport {
                if let Some(l) = self.listens.first_mut() {
                    if l.kind == ListenType::Address {
                        *l = Listen::of(ListenType::None);
                    }
                }
            }
        }
    }

    /// libvirt's checks of one display (`virDomainGraphicsDefValidate`),
    /// `audio_ids` being the ids of the domain's `<audio>` devices.
    pub fn validate(&self, audio_ids: &[u32]) -> Result<()> {
        if matches!(
            self.kind,
            GraphicsType::Vnc | GraphicsType::Spice | GraphicsType::Rdp
        ) && self
            .listens
            .iter()
            .any(|l| l.kind == ListenType::Network && l.network.is_none())
        {
            return Err(xml_err(
                "'network' attribute is required for listen type 'network'",
            ));
        }
        match &self.data {
            GraphicsData::Vnc(v) => ensure_audio(v.audio_id, audio_ids),
            GraphicsData::Dbus {
                p2p: true,
                address: Some(_),
                ..
            } => Err(xml_err("D-Bus p2p with an address is not supported")),
            _ => Ok(()),
        }
    }
}

/// libvirt's check that a device's `<audio id>` names an `<audio>`.
pub fn ensure_audio(id: u32, audio_ids: &[u32]) -> Result<()> {
    if id == 0 || audio_ids.contains(&id) {
        return Ok(());
    }
    Err(xml_err(&format!("no audio device with ID {id}")))
}

/// An attribute value: escaped as usual, or written as is where libvirt
/// does not escape.
enum Val {
    Esc(String),
    Raw(String),
}

impl XmlValue for Val {
    fn write_xml(&self, out: &mut String) {
        match self {
            Val::Esc(s) => s.write_xml(out),
            Val::Raw(s) => out.push_str(s),
        }
    }
}

fn parse_vnc(n: Node, cx: &ParseCtx) -> Result<Vnc> {
    let mut v = Vnc::default();
    match port(n, "port", "vnc")? {
        Some(p) => {
            v.port = p;
            if p == -1 {
                if cx.inactive {
                    v.port = 0;
                }
                v.autoport = true;
            }
        }
        None => v.autoport = true,
    }
    if let Some(a) = n.attr("autoport") {
        match a {
            "yes" => v.autoport = true,
            "no" => v.autoport = false,
            _ => {}
        }
        if v.autoport && cx.inactive {
            v.port = 0;
        }
    }
    v.websocket = n.prop::<i32>("websocket")?.unwrap_or(0);
    match n.attr("websocketGenerated") {
        Some("yes") => v.websocket_generated = true,
        Some("no") => v.websocket_generated = false,
        _ => {}
    }
    v.share_policy = n.prop::<SharePolicy>("sharePolicy")?;
    v.power_control = n.prop::<bool>("powerControl")?;
    v.keymap = string(n, "keymap");
    v.audio_id = audio_id(n)?;
    v.auth = parse_auth(n, GraphicsType::Vnc)?;
    Ok(v)
}
