//! The host side of a character device (libvirt's
//! `virDomainChrSourceDef`): what the guest's port is connected to. Serial,
//! parallel, console and channel devices, smartcard passthrough and USB
//! redirection all carry one: the element's `type` attribute names the
//! backend, `<source>` (two for UDP), `<log>` and `<protocol>` its settings.

use super::super::{err, unsupported, xml_err};
use super::seclabel::DeviceSeclabel;
use super::{FormatCtx, ParseCtx};
use crate::conf::xml::{self, Node, Opts, Switch, Writer};
use crate::error::{Error, Result};
use oxvirt_abi::{virErrorDomain, virErrorNumber};

crate::xml_enum! {
    /// The backend's name (`type=`), in libvirt's order.
    pub enum ChrType {
        Null = "null", Vc = "vc", Pty = "pty", Dev = "dev", File = "file", Pipe = "pipe",
        Stdio = "stdio", Udp = "udp", Tcp = "tcp", Unix = "unix", Spicevmc = "spicevmc",
        Spiceport = "spiceport", Nmdm = "nmdm", QemuVdagent = "qemu-vdagent", Dbus = "dbus",
    }
}

crate::xml_enum! {
    /// `<protocol type>` of a TCP backend.
    pub enum TcpProtocol { Raw = "raw", Telnet = "telnet", Telnets = "telnets", Tls = "tls" }
}

crate::xml_enum! {
    /// `<mouse mode>` of a qemu-vdagent backend (0 is libvirt's default).
    pub enum MouseMode { Default = "default", Server = "server", Client = "client" }
}

crate::xml_enum! {
    /// What a spicevmc backend carries; set by the device that holds it.
    pub enum Spicevmc { Vdagent = "vdagent", Smartcard = "smartcard", Usbredir = "usbredir" }
}

/// `<reconnect enabled timeout>` of a TCP or UNIX client.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Reconnect {
    pub enabled: Option<bool>,
    /// Read only when enabled.
    pub timeout: u32,
}

/// The backend and its settings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Backend {
    Null,
    Vc,
    Stdio,
    Spicevmc(Spicevmc),
    /// The pty's path is run-time state, read from live definitions only.
    Pty {
        path: Option<String>,
    },
    Dev {
        path: Option<String>,
    },
    File {
        path: Option<String>,
        append: Option<Switch>,
    },
    Pipe {
        path: Option<String>,
    },
    Udp {
        bind_host: Option<String>,
        bind_service: Option<String>,
        connect_host: Option<String>,
        connect_service: Option<String>,
    },
    Tcp {
        listen: bool,
        host: Option<String>,
        service: Option<String>,
        tls: Option<bool>,
        reconnect: Reconnect,
        protocol: TcpProtocol,
    },
    Unix {
        listen: bool,
        path: Option<String>,
        reconnect: Reconnect,
    },
    Spiceport {
        channel: Option<String>,
    },
    Nmdm {
        master: Option<String>,
        slave: Option<String>,
    },
    QemuVdagent {
        clipboard: Option<bool>,
        mouse: MouseMode,
    },
    Dbus {
        channel: Option<String>,
    },
}

/// `<log file append>`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Log {
    pub file: Option<String>,
    pub append: Option<Switch>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChrSource {
    pub backend: Backend,
    pub log: Option<Log>,
    pub seclabels: Vec<DeviceSeclabel>,
}

crate::xml_enum! {
    /// `<source mode>`: a client (the default) or a server.
    enum SourceMode { Connect = "connect", Bind = "bind" }
}

/// Whether a `<source mode>` binds (listens) rather than connects.
fn binds(s: Node) -> Result<bool> {
    Ok(s.prop::<SourceMode>("mode")? == Some(SourceMode::Bind))
}

fn reconnect(s: Node) -> Result<Reconnect> {
    let Some(r) = s.child("reconnect") else {
        return Ok(Reconnect::default());
    };
    let enabled = r.prop::<bool>("enabled")?;
    let timeout = if enabled == Some(true) {
        r.prop_with::<u32>("timeout", Opts::REQUIRED)?.unwrap_or(0)
    } else {
        0
    };
    Ok(Reconnect { enabled, timeout })
}

fn string(n: Node, name: &str) -> Option<String> {
    n.attr(name).map(str::to_string)
}

impl ChrSource {
    /// A source of type `ty` with nothing else set.
    pub fn new(ty: ChrType) -> ChrSource {
        let backend = match ty {
            ChrType::Null => Backend::Null,
            ChrType::Vc => Backend::Vc,
            ChrType::Stdio => Backend::Stdio,
            ChrType::Spicevmc => Backend::Spicevmc(Spicevmc::Vdagent),
            ChrType::Pty => Backend::Pty { path: None },
            ChrType::Dev => Backend::Dev { path: None },
            ChrType::File => Backend::File {
                path: None,
                append: None,
            },
            ChrType::Pipe => Backend::Pipe { path: None },
            ChrType::Udp => Backend::Udp {
                bind_host: None,
                bind_service: None,
                connect_host: None,
                connect_service: None,
            },
            ChrType::Tcp => Backend::Tcp {
                listen: false,
                host: None,
                service: None,
                tls: None,
                reconnect: Reconnect::default(),
                protocol: TcpProtocol::Raw,
            },
            ChrType::Unix => Backend::Unix {
                listen: false,
                path: None,
                reconnect: Reconnect::default(),
            },
            ChrType::Spiceport => Backend::Spiceport { channel: None },
            ChrType::Nmdm => Backend::Nmdm {
                master: None,
                slave: None,
            },
            ChrType::QemuVdagent => Backend::QemuVdagent {
                clipboard: None,
                mouse: MouseMode::Default,
            },
            ChrType::Dbus => Backend::Dbus { channel: None },
        };
        ChrSource {
            backend,
            log: None,
            seclabels: Vec::new(),
        }
    }

    pub fn kind(&self) -> ChrType {
        match &self.backend {
            Backend::Null => ChrType::Null,
            Backend::Vc => ChrType::Vc,
            Backend::Stdio => ChrType::Stdio,
            Backend::Spicevmc(_) => ChrType::Spicevmc,
            Backend::Pty { .. } => ChrType::Pty,
            Backend::Dev { .. } => ChrType::Dev,
            Backend::File { .. } => ChrType::File,
            Backend::Pipe { .. } => ChrType::Pipe,
            Backend::Udp { .. } => ChrType::Udp,
            Backend::Tcp { .. } => ChrType::Tcp,
            Backend::Unix { .. } => ChrType::Unix,
            Backend::Spiceport { .. } => ChrType::Spiceport,
            Backend::Nmdm { .. } => ChrType::Nmdm,
            Backend::QemuVdagent { .. } => ChrType::QemuVdagent,
            Backend::Dbus { .. } => ChrType::Dbus,
        }
    }

    /// Reads the backend settings below device element `n`, whose `type`
    /// gave `ty`. `seclabels` says whether `<source>` may carry label
    /// overrides (only the four character-device kinds).
    pub fn parse(ty: ChrType, n: Node, cx: &ParseCtx, seclabels: bool) -> Result<ChrSource> {
        let mut src = ChrSource::new(ty);
        let sources: Vec<Node> = n.children("source").collect();
        if sources.len() > 1 && ty != ChrType::Udp {
            return Err(xml_err(
                "only one source element is allowed for character device",
            ));
        }
        if sources.len() > 2 {
            return Err(xml_err(
                "only two source elements are allowed for character device",
            ));
        }
        if let Some(&first) = sources.first() {
            src.read_source(&sources, first, cx)?;
            if seclabels {
                src.seclabels = DeviceSeclabel::parse_all(first, cx)?;
            }
        }
        let mut logs = n.children("log");
        if let Some(l) = logs.next() {
            if logs.next().is_some() {
                return Err(xml_err(
                    "only one log element is allowed for character device",
                ));
            }
            src.log = Some(Log {
                file: string(l, "file"),
                append: l.prop::<Switch>("append")?,
            });
        }
        let mut protocols = n.children("protocol");
        if let Some(p) = protocols.next() {
            if protocols.next().is_some() {
                return Err(xml_err(
                    "only one protocol element is allowed for character device",
                ));
            }
            if let Backend::Tcp { protocol, .. } = &mut src.backend {
                if let Some(t) = p.attr("type") {
                    *protocol = TcpProtocol::from_name(t)
                        .ok_or_else(|| unsupported(&format!("Unknown protocol '{t}'")))?;
                }
            }
        }
        Ok(src)
    }

    fn read_source(&mut self, sources: &[Node], s: Node, cx: &ParseCtx) -> Result<()> {
        match &mut self.backend {
            Backend::Null | Backend::Vc | Backend::Stdio | Backend::Spicevmc(_) => {}
            Backend::File { path, append } => {
                *path = string(s, "path");
                *append = s.prop::<Switch>("append")?;
            }
            Backend::Pty { path } => {
                if !cx.inactive {
                    *path = string(s, "path");
                }
            }
            Backend::Dev { path } | Backend::Pipe { path } => *path = string(s, "path"),
            Backend::Unix {
                listen,
                path,
                reconnect: r,
            } => {
                *listen = binds(s)?;
                *path = string(s, "path");
                *r = reconnect(s)?;
            }
            Backend::Udp {
                bind_host,
                bind_service,
                connect_host,
                connect_service,
            } => {
                // Each mode is taken from the first source that names it.
                for &u in sources {
                    if binds(u)? {
                        if bind_host.is_none() && bind_service.is_none() {
                            *bind_host = string(u, "host");
                            *bind_service = string(u, "service");
                        }
                    } else if connect_host.is_none() && connect_service.is_none() {
                        *connect_host = string(u, "host");
                        *connect_service = string(u, "service");
                    }
                }
            }
            Backend::Tcp {
                listen,
                host,
                service,
                tls,
                reconnect: r,
                ..
            } => {
                *listen = binds(s)?;
                *host = string(s, "host");
                *service = string(s, "service");
                *tls = s.prop::<bool>("tls")?;
                *r = reconnect(s)?;
            }
            Backend::Spiceport { channel } | Backend::Dbus { channel } => {
                *channel = string(s, "channel")
            }
            Backend::Nmdm { master, slave } => {
                *master = string(s, "master");
                *slave = string(s, "slave");
            }
            Backend::QemuVdagent { clipboard, mouse } => {
                if let Some(c) = s.child("clipboard") {
                    *clipboard = c.prop_with::<bool>("copypaste", Opts::REQUIRED)?;
                }
                if let Some(m) = s.child("mouse") {
                    *mouse = m
                        .prop_with::<MouseMode>("mode", Opts::REQUIRED.nonzero())?
                        .unwrap_or(MouseMode::Default);
                }
            }
        }
        Ok(())
    }

    /// Writes `<source>`, `<protocol>` and `<log>` as libvirt does.
    pub fn format(&self, w: &mut Writer, cx: &FormatCtx) {
        match &self.backend {
            Backend::Null | Backend::Vc | Backend::Stdio | Backend::Spicevmc(_) => {}
            Backend::QemuVdagent { clipboard, mouse } => {
                if clipboard.is_some() || *mouse != MouseMode::Default {
                    w.start("source").open();
                    if let Some(c) = clipboard {
                        w.start("clipboard")
                            .attr("copypaste", xml::yes_no(*c))
                            .empty();
                    }
                    if *mouse != MouseMode::Default {
                        w.start("mouse").attr("mode", *mouse).empty();
                    }
                    w.end("source");
                }
            }
            Backend::Pty { path } => {
                if path.is_some() && !cx.inactive {
                    self.path_source(w, cx, path.as_deref(), None);
                }
            }
            Backend::Dev { path } | Backend::Pipe { path } => {
                self.path_source(w, cx, path.as_deref(), None)
            }
            Backend::File { path, append } => self.path_source(w, cx, path.as_deref(), *append),
            Backend::Nmdm { master, slave } => {
                // Validation lets through both paths or neither; libvirt
                // writes nothing for neither.
                if let (Some(m), Some(s)) = (master, slave) {
                    w.start("source").attr("master", m).attr("slave", s).empty();
                }
            }
            Backend::Udp {
                bind_host,
                bind_service,
                connect_host,
                connect_service,
            } => {
                for (mode, host, service) in [
                    ("bind", bind_host, bind_service),
                    ("connect", connect_host, connect_service),
                ] {
                    if host.is_some() || service.is_some() {
                        w.start("source")
                            .attr("mode", mode)
                            .attr_opt("host", host.as_deref())
                            .attr_opt("service", service.as_deref())
                            .empty();
                    }
                }
            }
            Backend::Tcp {
                listen,
                host,
                service,
                tls,
                reconnect,
                protocol,
            } => {
                let s = w
                    .start("source")
                    .attr("mode", if *listen { "bind" } else { "connect" })
                    .attr_opt("host", host.as_deref())
                    .attr_opt("service", service.as_deref())
                    .attr_opt("tls", tls.map(xml::yes_no));
                if reconnect.enabled.is_some() {
                    s.open();
                    format_reconnect(w, reconnect);
                    w.end("source");
                } else {
                    s.empty();
                }
                w.start("protocol").attr("type", *protocol).empty();
            }
            Backend::Unix {
                listen,
                path,
                reconnect,
            } => {
                if let Some(p) = path {
                    let s = w
                        .start("source")
                        .attr("mode", if *listen { "bind" } else { "connect" })
                        .attr("path", p);
                    let labels = self.written_labels(cx);
                    if labels.is_empty() && reconnect.enabled.is_none() {
                        s.empty();
                    } else {
                        s.open();
                        for l in labels {
                            l.format(w, cx);
                        }
                        format_reconnect(w, reconnect);
                        w.end("source");
                    }
                }
            }
            Backend::Spiceport { channel } | Backend::Dbus { channel } => w
                .start("source")
                .attr_opt("channel", channel.as_deref())
                .empty(),
        }
        if let Some(Log {
            file: Some(f),
            append,
        }) = &self.log
        {
            w.start("log")
                .attr("file", f)
                .attr_opt("append", *append)
                .empty();
        }
    }

    /// The seclabels that write something under `cx`.
    fn written_labels(&self, cx: &FormatCtx) -> Vec<&DeviceSeclabel> {
        self.seclabels
            .iter()
            .filter(|l| !(cx.inactive && l.label.is_none() && l.relabel))
            .collect()
    }

    fn path_source(
        &self,
        w: &mut Writer,
        cx: &FormatCtx,
        path: Option<&str>,
        append: Option<Switch>,
    ) {
        let labels = self.written_labels(cx);
        // libvirt writes no element with neither attributes nor children.
        if labels.is_empty() && path.is_none() && append.is_none() {
            return;
        }
        let s = w
            .start("source")
            .attr_opt("path", path)
            .attr_opt("append", append);
        if labels.is_empty() {
            s.empty();
            return;
        }
        s.open();
        for l in labels {
            l.format(w, cx);
        }
        w.end("source");
    }

    /// The path libvirt's twin check and validation look at.
    fn path(&self) -> Option<&str> {
        match &self.backend {
            Backend::Pty { path }
            | Backend::Dev { path }
            | Backend::Pipe { path }
            | Backend::File { path, .. }
            | Backend::Unix { path, .. } => path.as_deref(),
            _ => None,
        }
    }

    /// libvirt's `virDomainChrSourceDefIsEqual`: whether two sources
    /// name the same host side (settings that do not, such as TLS or the
    /// log, are not compared).
    pub fn same_as(&self, o: &ChrSource) -> bool {
        use Backend as B;
        match (&self.backend, &o.backend) {
            (
                B::File { path, append },
                B::File {
                    path: p2,
                    append: a2,
                },
            ) => append == a2 && path == p2,
            (B::Pty { .. }, B::Pty { .. })
            | (B::Dev { .. }, B::Dev { .. })
            | (B::Pipe { .. }, B::Pipe { .. }) => self.path() == o.path(),
            (
                B::Tcp {
                    listen,
                    host,
                    service,
                    reconnect,
                    protocol,
                    ..
                },
                B::Tcp {
                    listen: l2,
                    host: h2,
                    service: s2,
                    reconnect: r2,
                    protocol: p2,
                    ..
                },
            ) => {
                listen == l2
                    && protocol == p2
                    && host == h2
                    && service == s2
                    && reconnect.enabled == r2.enabled
                    && reconnect.timeout == r2.timeout
            }
            (
                B::Unix {
                    listen,
                    path,
                    reconnect,
                },
                B::Unix {
                    listen: l2,
                    path: p2,
                    reconnect: r2,
                },
            ) => listen == l2 && path == p2 && reconnect == r2,
            (a, b) => {
                self.kind() == o.kind()
                    && match (a, b) {
                        (B::Udp { .. }, B::Udp { .. })
                        | (B::Nmdm { .. }, B::Nmdm { .. })
                        | (B::Spiceport { .. }, B::Spiceport { .. })
                        | (B::Dbus { .. }, B::Dbus { .. })
                        | (B::Spicevmc(_), B::Spicevmc(_))
                        | (B::QemuVdagent { .. }, B::QemuVdagent { .. }) => a == b,
                        _ => true,
                    }
            }
        }
    }

    /// libvirt's `virDomainChrSourceDefValidate`; `unix_path_optional`
    /// says whether a UNIX socket may leave its path to the hypervisor
    /// (virtio and xen channels).
    pub fn validate(&self, unix_path_optional: bool) -> Result<()> {
        let internal = |m: &str| err(virErrorNumber::VIR_ERR_INTERNAL_ERROR, Some(m));
        let missing_path = "Missing source path attribute for char device";
        let reconnect_bind = "chardev reconnect is possible only for connect mode";
        match &self.backend {
            Backend::File { path, .. } | Backend::Dev { path } | Backend::Pipe { path } => {
                if path.is_none() {
                    return Err(internal(missing_path));
                }
            }
            Backend::Nmdm { master, slave } => {
                if master.is_some() != slave.is_some() {
                    return Err(internal(
                        "Should define both master and slave path attributes for nmdm device",
                    ));
                }
            }
            Backend::Tcp {
                listen,
                host,
                service,
                reconnect,
                ..
            } => {
                if host.is_none() {
                    return Err(internal("Missing source host attribute for char device"));
                }
                if service.is_none() {
                    return Err(internal("Missing source service attribute for char device"));
                }
                if *listen && reconnect.enabled.is_some() {
                    return Err(internal(reconnect_bind));
                }
            }
            Backend::Udp {
                connect_service, ..
            } => {
                if connect_service.is_none() {
                    return Err(internal("Missing source service attribute for char device"));
                }
            }
            Backend::Unix {
                listen,
                path,
                reconnect,
            } => {
                if path.is_none() && !unix_path_optional {
                    return Err(internal(missing_path));
                }
                if *listen && reconnect.enabled.is_some() {
                    return Err(internal(reconnect_bind));
                }
            }
            Backend::Spiceport { channel } | Backend::Dbus { channel } => {
                channel_name(channel.as_deref())?
            }
            Backend::Null
            | Backend::Vc
            | Backend::Stdio
            | Backend::Spicevmc(_)
            | Backend::Pty { .. }
            | Backend::QemuVdagent { .. } => {}
        }
        Ok(())
    }
}

/// A spiceport or D-Bus channel name: given, and of the characters libvirt
/// allows.
fn channel_name(name: Option<&str>) -> Result<()> {
    let Some(name) = name else {
        return Err(unsupported(
            "Missing source channel attribute for char device",
        ));
    };
    if !name
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-' || b == b'.')
    {
        return Err(Error::new(
            virErrorDomain::VIR_FROM_DOMAIN,
            virErrorNumber::VIR_ERR_INVALID_ARG,
            Some("Invalid character in source channel for char device"),
        ));
    }
    Ok(())
}

fn format_reconnect(w: &mut Writer, r: &Reconnect) {
    let Some(enabled) = r.enabled else {
        return;
    };
    w.start("reconnect")
        .attr("enabled", xml::yes_no(enabled))
        .attr_opt("timeout", enabled.then_some(r.timeout))
        .empty();
}
