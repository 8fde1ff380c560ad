//! `<graphics>`: how the guest's display is offered — SDL, VNC, RDP,
//! desktop, SPICE, EGL headless or D-Bus — with where it listens and how
//! it is protected.

use super::super::{err, unsupported, xml_err};
use super::{FormatCtx, ParseCtx};
use crate::conf::xml::{yes_no, Node, Opts, Switch, Writer, XmlValue};
use crate::error::Result;
use oxvirt_abi::virErrorNumber;

crate::xml_enum! {
    pub enum GraphicsType {
        Sdl = "sdl", Vnc = "vnc", Rdp = "rdp", Desktop = "desktop", Spice = "spice",
        EglHeadless = "egl-headless", Dbus = "dbus",
    }
}

crate::xml_enum! {
    pub enum ListenType { None = "none", Address = "address", Network = "network", Socket = "socket" }
}

crate::xml_enum! {
    /// What happens to connected clients when the password changes.
    pub enum Connected { Default = "default", Fail = "fail", Disconnect = "disconnect", Keep = "keep" }
}

crate::xml_enum! {
    pub enum SharePolicy {
        Default = "default", AllowExclusive = "allow-exclusive", ForceShared = "force-shared",
        Ignore = "ignore",
    }
}

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

crate::xml_enum! {
    pub enum MouseMode { Default = "default", Server = "server", Client = "client" }
}

/// One `<listen>`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Listen {
    pub kind: ListenType,
    pub address: Option<String>,
    pub network: Option<String>,
    pub socket: Option<String>,
}

impl Listen {
    fn of(kind: ListenType) -> Listen {
        Listen {
            kind,
            address: None,
            network: None,
            socket: None,
        }
    }
}

/// A password and what goes with it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Auth {
    pub passwd: Option<String>,
    /// Seconds since the epoch, UTC.
    pub valid_to: Option<i64>,
    pub connected: Option<Connected>,
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

/// Text libvirt writes without escaping (listen addresses).
struct Raw<'a>(&'a str);

impl XmlValue for Raw<'_> {
    fn write_xml(&self, out: &mut String) {
        out.push_str(self.0);
    }
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
        let mut g = Graphics {
            kind,
            listens: Vec::new(),
            data: GraphicsData::EglHeadless { rendernode: None },
        };
        g.data = match kind {
            GraphicsType::Vnc => {
                g.parse_listens(n, cx)?;
                GraphicsData::Vnc(parse_vnc(n, cx)?)
            }
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
                g.parse_listens(n, cx)?;
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
            GraphicsType::Spice => {
                g.parse_listens(n, cx)?;
                GraphicsData::Spice(Box::new(parse_spice(n, cx)?))
            }
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
        Ok(g)
    }

    /// The `<listen>` children, then the older `listen`/`socket`
    /// attributes of `<graphics>` as libvirt folds them in.
    fn parse_listens(&mut self, n: Node, cx: &ParseCtx) -> Result<()> {
        for (i, l) in n.children("listen").enumerate() {
            let parent = (i == 0).then_some(n);
            self.listens.push(self.parse_listen(l, parent, cx)?);
        }
        let socket = match self.kind {
            GraphicsType::Vnc => n.attr("socket"),
            _ => None,
        };
        let compat = match socket {
            Some(s) => Listen {
                socket: Some(s.to_string()),
                ..Listen::of(ListenType::Socket)
            },
            None => Listen {
                address: n
                    .attr("listen")
                    .filter(|a| !a.is_empty())
                    .map(str::to_string),
                ..Listen::of(ListenType::Address)
            },
        };
        match self.listens.first_mut() {
            None => self.listens.push(compat),
            Some(first)
                if matches!(first.kind, ListenType::Address | ListenType::Network)
                    && compat.kind == ListenType::Socket =>
            {
                *first = compat
            }
            Some(_) => {}
        }
        Ok(())
    }

    fn parse_listen(&self, l: Node, parent: Option<Node>, cx: &ParseCtx) -> Result<Listen> {
        let mut address = l.attr("address");
        let network = l.attr("network");
        let mut socket = l.attr("socket");
        let address_compat = parent.and_then(|p| p.attr("listen"));
        let socket_compat = parent.and_then(|p| p.attr("socket"));
        let kind = l.prop_required::<ListenType>("type")?;
        let gname = self.kind.name();
        let vnc_or_spice = matches!(self.kind, GraphicsType::Vnc | GraphicsType::Spice);
        match kind {
            ListenType::Socket if !vnc_or_spice => {
                return Err(unsupported(&format!(
                    "listen type 'socket' is not available for graphics type '{gname}'"
                )))
            }
            ListenType::None if !vnc_or_spice => {
                return Err(unsupported(&format!(
                    "listen type 'none' is not available for graphics type '{gname}'"
                )))
            }
            _ => {}
        }
        if kind == ListenType::Address {
            if let (Some(a), Some(c)) = (address, address_compat) {
                if a != c {
                    return Err(unsupported(&format!(
                        "graphics 'listen' attribute '{c}' must match 'address' attribute of first listen element (found '{a}')"
                    )));
                }
            }
            address = address.or(address_compat);
        }
        if kind == ListenType::Socket {
            if let (Some(s), Some(c)) = (socket, socket_compat) {
                if s != c {
                    return Err(unsupported(&format!(
                        "graphics 'socket' attribute '{c}' must match 'socket' attribute of first listen element (found '{s}')"
                    )));
                }
            }
            socket = socket.or(socket_compat);
        }
        let mut out = Listen::of(kind);
        if address.is_some_and(|a| !a.is_empty())
            && (kind == ListenType::Address || (kind == ListenType::Network && !cx.inactive))
        {
            out.address = address.map(str::to_string);
        }
        if let Some(net) = network.filter(|s| !s.is_empty()) {
            if kind != ListenType::Network {
                return Err(xml_err(
                    "'network' attribute is valid only for listen type 'network'",
                ));
            }
            out.network = Some(net.to_string());
        }
        if let Some(s) = socket.filter(|s| !s.is_empty()) {
            if kind != ListenType::Socket {
                return Err(xml_err(
                    "'socket' attribute is valid only for listen type 'socket'",
                ));
            }
            out.socket = Some(s.to_string());
        }
        Ok(out)
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

    /// The listens written under `cx`: a migration stream leaves out what
    /// older libvirt would misread.
    fn shown_listens(&self, cx: &FormatCtx) -> Vec<&Listen> {
        self.listens
            .iter()
            .filter(|l| {
                !(cx.migratable
                    && ((self.kind == GraphicsType::Vnc
                        && l.kind == ListenType::Socket
                        && l.socket.is_some())
                        || (self.kind == GraphicsType::Spice && l.kind == ListenType::None)))
            })
            .collect()
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

/// The legacy `listen` attribute: the first listen's address, unless it
/// comes from a network and the definition is written for keeping.
fn listen_attr(a: &mut Vec<(&'static str, Val)>, first: Option<&Listen>, cx: &FormatCtx) {
    let Some(l) = first else { return };
    if l.kind == ListenType::Network && (cx.inactive || cx.migratable) {
        return;
    }
    if let Some(addr) = &l.address {
        a.push(("listen", Val::Raw(addr.clone())));
    }
}

/// `passwd` (only in the secure form), `passwdValidTo`, `connected`.
fn auth_attrs(a: &mut Vec<(&'static str, Val)>, auth: &Auth, cx: &FormatCtx) {
    let Some(p) = &auth.passwd else { return };
    if cx.secure {
        a.push(("passwd", Val::Esc(p.clone())));
    }
    if let Some(t) = auth.valid_to {
        a.push(("passwdValidTo", Val::Esc(time::format_utc(t))));
    }
    if let Some(c) = auth.connected {
        a.push(("connected", Val::Esc(c.name().to_string())));
    }
}

fn parse_auth(n: Node, kind: GraphicsType) -> Result<Auth> {
    let connected = n.attr("connected");
    let Some(passwd) = n.attr("passwd") else {
        return Ok(Auth::default());
    };
    let mut auth = Auth {
        passwd: Some(passwd.to_string()),
        ..Auth::default()
    };
    if let Some(v) = n.attr("passwdValidTo") {
        auth.valid_to = Some(time::parse_valid_to(v).ok_or_else(|| {
            err(
                virErrorNumber::VIR_ERR_INTERNAL_ERROR,
                Some(&format!(
                    "cannot parse password validity time '{v}', expect YYYY-MM-DDTHH:MM:SS"
                )),
            )
        })?);
    }
    if let Some(c) = connected {
        let action = Connected::from_name(c)
            .filter(|a| *a != Connected::Default)
            .ok_or_else(|| unsupported(&format!("unknown connected value {c}")))?;
        if kind == GraphicsType::Vnc && action != Connected::Keep {
            return Err(unsupported("VNC supports connected='keep' only"));
        }
        auth.connected = Some(action);
    }
    Ok(auth)
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

fn parse_spice(n: Node, cx: &ParseCtx) -> Result<Spice> {
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
    fn has_children(&self) -> bool {
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

    fn format_children(&self, w: &mut Writer) {
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

/// `passwdValidTo` times: libvirt's reading (each field a C `strtol`
/// prefix) and glib's UTC calendar.
mod time {
    /// A `strtol` prefix of `s` that fits a C int, and the rest.
    fn int_prefix(s: &str) -> Option<(i64, &str)> {
        let b = s.as_bytes();
        let mut i = 0;
        while b
            .get(i)
            .is_some_and(|c| matches!(c, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r'))
        {
            i += 1;
        }
        let neg = match b.get(i) {
            Some(b'-') => {
                i += 1;
                true
            }
            Some(b'+') => {
                i += 1;
                false
            }
            _ => false,
        };
        let start = i;
        let mut v: i64 = 0;
        while let Some(d) = b.get(i).filter(|c| c.is_ascii_digit()) {
            v = v.saturating_mul(10).saturating_add(i64::from(d - b'0'));
            i += 1;
        }
        if i == start {
            return None;
        }
        let v = if neg { -v } else { v };
        i32::try_from(v).ok()?;
        Some((v, s.get(i..)?))
    }

    /// `YYYY-MM-DDTHH:MM:SS` as seconds since the epoch; a date glib
    /// refuses (month 13, …) counts as the epoch, as it does in libvirt.
    pub fn parse_valid_to(s: &str) -> Option<i64> {
        let mut fields = [0i64; 6];
        let seps = [b'-', b'-', b'T', b':', b':'];
        let mut rest = s;
        for (i, f) in fields.iter_mut().enumerate() {
            let (v, r) = int_prefix(rest)?;
            *f = v;
            match seps.get(i) {
                Some(sep) => {
                    if r.as_bytes().first() != Some(sep) {
                        return None;
                    }
                    rest = r.get(1..)?;
                }
                None if !r.is_empty() => return None,
                None => {}
            }
        }
        let [y, mo, d, h, mi, se] = fields;
        let valid = (1..=9999).contains(&y)
            && (1..=12).contains(&mo)
            && d >= 1
            && d <= days_in_month(y, mo)
            && (0..24).contains(&h)
            && (0..60).contains(&mi)
            && (0..60).contains(&se);
        if !valid {
            return Some(0);
        }
        Some(days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 + se)
    }

    fn is_leap(y: i64) -> bool {
        (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
    }

    fn days_in_month(y: i64, m: i64) -> i64 {
        match m {
            2 if is_leap(y) => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        }
    }

    /// Days from 1970-01-01 to a proleptic Gregorian date.
    fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
        let y = if m <= 2 { y - 1 } else { y };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146097 + doe - 719468
    }

    fn civil_from_days(z: i64) -> (i64, i64, i64) {
        let z = z + 719468;
        let era = z.div_euclid(146097);
        let doe = z - era * 146097;
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        let y = yoe + era * 400 + i64::from(m <= 2);
        (y, m, d)
    }

    pub fn format_utc(t: i64) -> String {
        let (days, secs) = (t.div_euclid(86400), t.rem_euclid(86400));
        let (y, m, d) = civil_from_days(days);
        format!(
            "{y}-{m:02}-{d:02}T{:02}:{:02}:{:02}",
            secs / 3600,
            secs / 60 % 60,
            secs % 60
        )
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn valid_to_round_trips() {
            let t = parse_valid_to("2010-11-28T14:29:01").unwrap();
            assert_eq!(t, 1290954541);
            assert_eq!(format_utc(t), "2010-11-28T14:29:01");
            assert_eq!(parse_valid_to("2010-13-28T14:29:01"), Some(0));
            assert_eq!(format_utc(0), "1970-01-01T00:00:00");
            assert_eq!(parse_valid_to("2010-11-28 14:29:01"), None);
            assert_eq!(parse_valid_to("2010-11-28T14:29:01Z"), None);
            assert_eq!(parse_valid_to("2010-11-28T14:29:"), None);
            assert_eq!(parse_valid_to(" +2010-02-29T00:00:00"), Some(0));
            assert_eq!(parse_valid_to("99999999999-1-1T0:0:0"), None);
        }
    }
}
