//! `<serial>`, `<parallel>`, `<console>` and `<channel>` (libvirt's
//! `virDomainChrDef`): a host-side source, a guest-side target, and the
//! device's common part.

use super::super::{unsupported, xml_err, OsType};
use super::chr_source::{Backend, ChrSource, ChrType, Spicevmc};
use super::guestfwd;
use super::{Address, DeviceInfo, FormatCtx, InfoOpts, Kind, ParseCtx};
use crate::conf::xml::{number, Node, Opts, Writer};
use crate::error::Result;
use std::net::Ipv4Addr;

crate::xml_enum! {
    /// `<serial><target type>` (0: none given).
    pub enum SerialTarget {
        None = "none", Isa = "isa-serial", Usb = "usb-serial", Pci = "pci-serial",
        SpaprVio = "spapr-vio-serial", System = "system-serial", Sclp = "sclp-serial",
        IsaDebug = "isa-debug",
    }
}

crate::xml_enum! {
    /// `<serial><target><model name>` (0: none given).
    pub enum SerialModel {
        None = "none", IsaSerial = "isa-serial", UsbSerial = "usb-serial",
        PciSerial = "pci-serial", SpaprVty = "spapr-vty", Pl011 = "pl011",
        Sclpconsole = "sclpconsole", Sclplmconsole = "sclplmconsole", I16550a = "16550a",
        IsaDebugcon = "isa-debugcon",
    }
}

crate::xml_enum! {
    /// `<console><target type>` (0: none given; becomes serial).
    pub enum ConsoleTarget {
        None = "none", Serial = "serial", Xen = "xen", Uml = "uml", Virtio = "virtio",
        Lxc = "lxc", Openvz = "openvz", Sclp = "sclp", Sclplm = "sclplm",
    }
}

crate::xml_enum! {
    /// `<channel><target type>`.
    pub enum ChannelKind { None = "none", Guestfwd = "guestfwd", Virtio = "virtio", Xen = "xen" }
}

crate::xml_enum! {
    /// `<channel><target state>` of a virtio channel (live only).
    pub enum ChannelState { Default = "default", Connected = "connected", Disconnected = "disconnected" }
}

/// The guest side. Ports are C `int`s: `-1` until numbered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    Serial {
        kind: SerialTarget,
        model: SerialModel,
        port: i32,
    },
    Parallel {
        port: i32,
    },
    Console {
        kind: ConsoleTarget,
        port: i32,
    },
    Channel(Channel),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Channel {
    None,
    /// A guest address and port forwarded to the host side.
    Guestfwd {
        addr: Ipv4Addr,
        port: u16,
    },
    Virtio {
        name: Option<String>,
        state: Option<ChannelState>,
    },
    Xen {
        name: Option<String>,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Chr {
    pub source: ChrSource,
    pub target: Target,
    pub info: DeviceInfo,
    /// A console of an HVM guest: when it targets a serial port, libvirt
    /// writes it from the serial device at the same index.
    pub hvm: bool,
}

impl Target {
    pub fn kind(&self) -> Kind {
        match self {
            Target::Serial { .. } => Kind::Serial,
            Target::Parallel { .. } => Kind::Parallel,
            Target::Console { .. } => Kind::Console,
            Target::Channel(_) => Kind::Channel,
        }
    }

    /// The port of a serial, parallel or console target.
    pub fn port(&self) -> Option<i32> {
        match self {
            Target::Serial { port, .. }
            | Target::Parallel { port }
            | Target::Console { port, .. } => Some(*port),
            Target::Channel(_) => None,
        }
    }

    pub(super) fn port_mut(&mut self) -> Option<&mut i32> {
        match self {
            Target::Serial { port, .. }
            | Target::Parallel { port }
            | Target::Console { port, .. } => Some(port),
            Target::Channel(_) => None,
        }
    }

    /// The target a device of `kind` has without a `<target>` element.
    fn default_for(kind: Kind) -> Result<Target> {
        Ok(match kind {
            Kind::Serial => Target::Serial {
                kind: SerialTarget::None,
                model: SerialModel::None,
                port: -1,
            },
            Kind::Console => Target::Console {
                kind: ConsoleTarget::None,
                port: -1,
            },
            Kind::Channel => {
                return Err(xml_err("target type must be specified for channel device"))
            }
            _ => Target::Parallel { port: -1 },
        })
    }

    fn parse(kind: Kind, t: Node, cx: &ParseCtx) -> Result<Target> {
        let ty = t.attr("type");
        let bad_type = || {
            unsupported(&format!(
                "unknown target type '{}' specified for character device",
                ty.unwrap_or("(null)")
            ))
        };
        // Read as an XPath string: empty is absent.
        let model = t.child_attr("model", "name").filter(|m| !m.is_empty());
        let bad_model = || {
            unsupported(&format!(
                "unknown target model '{}' specified for character device",
                model.unwrap_or("(null)")
            ))
        };
        let port = || -> Result<i32> {
            match t.attr("port") {
                None => Ok(-1),
                // A C unsigned read into an int: large values wrap.
                Some(p) => number::to_u32(p, 10)
                    .map(|v| v as i32)
                    .ok_or_else(|| xml_err(&format!("Invalid port number: {p}"))),
            }
        };
        Ok(match kind {
            Kind::Serial => {
                let kind = match ty {
                    None => SerialTarget::None,
                    Some(s) => SerialTarget::from_name(s).ok_or_else(bad_type)?,
                };
                let model = match model {
                    None => SerialModel::None,
                    Some(m) => SerialModel::from_name(m).ok_or_else(bad_model)?,
                };
                Target::Serial {
                    kind,
                    model,
                    port: port()?,
                }
            }
            Kind::Console => {
                let kind = match ty {
                    None => ConsoleTarget::None,
                    Some(s) => ConsoleTarget::from_name(s).ok_or_else(bad_type)?,
                };
                Target::Console {
                    kind,
                    port: port()?,
                }
            }
            Kind::Channel => {
                let kind = ty.and_then(ChannelKind::from_name).ok_or_else(bad_type)?;
                Target::Channel(match kind {
                    ChannelKind::None => Channel::None,
                    ChannelKind::Guestfwd => {
                        let (addr, port) = guestfwd::parse(t)?;
                        Channel::Guestfwd { addr, port }
                    }
                    ChannelKind::Xen => Channel::Xen {
                        name: t.attr("name").map(str::to_string),
                    },
                    ChannelKind::Virtio => Channel::Virtio {
                        name: t.attr("name").map(str::to_string),
                        state: if cx.inactive {
                            None
                        } else {
                            t.prop_with::<ChannelState>("state", Opts::NONE.nonzero())?
                        },
                    },
                })
            }
            _ => Target::Parallel { port: port()? },
        })
    }

    fn format(&self, w: &mut Writer, cx: &FormatCtx) {
        match self {
            Target::Channel(c) => {
                let s = w.start("target");
                match c {
                    Channel::None => s.attr("type", ChannelKind::None).empty(),
                    Channel::Guestfwd { addr, port } => s
                        .attr("type", ChannelKind::Guestfwd)
                        .attr("address", addr.to_string())
                        .attr("port", port)
                        .empty(),
                    Channel::Xen { name } => s
                        .attr("type", ChannelKind::Xen)
                        .attr_opt("name", name.as_deref())
                        .empty(),
                    Channel::Virtio { name, state } => s
                        .attr("type", ChannelKind::Virtio)
                        .attr_opt("name", name.as_deref())
                        .attr_opt(
                            "state",
                            state.filter(|s| *s != ChannelState::Default && !cx.inactive),
                        )
                        .empty(),
                }
            }
            Target::Console { kind, port } => w
                .start("target")
                .attr("type", *kind)
                .attr("port", port)
                .empty(),
            Target::Serial { kind, model, port } => {
                let s = w
                    .start("target")
                    .attr_opt("type", (*kind != SerialTarget::None).then_some(*kind))
                    .attr("port", port);
                if *model == SerialModel::None {
                    s.empty();
                } else {
                    s.open();
                    w.start("model").attr("name", *model).empty();
                    w.end("target");
                }
            }
            Target::Parallel { port } => w.start("target").attr("port", port).empty(),
        }
    }
}
impl Chr {
    /// Reads element `n` of kind `kind` (serial, parallel, console or
    /// channel).
    pub fn parse(kind: Kind, n: Node, cx: &ParseCtx) -> Result<Chr> {
        let ty = match n.attr("type") {
            None => ChrType::Pty,
            Some(t) => ChrType::from_name(t).ok_or_else(|| {
                unsupported(&format!(
                    "unknown type presented to host for character device: {t}"
                ))
            })?,
        };
        let target = match n.child("target") {
            Some(t) => Target::parse(kind, t, cx)?,
            None => Target::default_for(kind)?,
        };
        let mut source = ChrSource::parse(ty, n, cx, true)?;
        if let Backend::Spicevmc(what) = &mut source.backend {
            if !matches!(target, Target::Channel(Channel::Virtio { .. })) {
                return Err(unsupported("spicevmc device type only supports virtio"));
            }
            *what = Spicevmc::Vdagent;
        }
        let info = DeviceInfo::parse(n, cx, InfoOpts::PLAIN)?;
        if let Target::Serial {
            kind: SerialTarget::Usb,
            ..
        } = target
        {
            if info
                .address
                .as_ref()
                .is_some_and(|a| !matches!(a, Address::Usb { .. }))
            {
                return Err(unsupported("usb-serial requires address of usb type"));
            }
        }
        Ok(Chr {
            source,
            target,
            info,
            hvm: kind == Kind::Console && cx.os_type == OsType::Hvm,
        })
    }

    pub fn kind(&self) -> Kind {
        self.target.kind()
    }

    pub fn format(&self, w: &mut Writer, cx: &FormatCtx) {
        let name = self.kind().name();
        let tty = match (&self.source.backend, &self.target) {
            (Backend::Pty { path: Some(p) }, Target::Console { port: 0, .. }) if !cx.inactive => {
                Some(p.as_str())
            }
            _ => None,
        };
        w.start(name)
            .attr("type", self.source.kind())
            .attr_opt("tty", tty)
            .open();
        self.source.format(w, cx);
        self.target.format(w, cx);
        self.info.format(w, cx, InfoOpts::PLAIN);
        w.end(name);
    }

    /// Whether this console stands for a serial port.
    pub(super) fn targets_serial(&self) -> bool {
        matches!(
            self.target,
            Target::Console {
                kind: ConsoleTarget::Serial | ConsoleTarget::None,
                ..
            }
        )
    }

    /// The checks libvirt's validation makes of the source.
    pub(super) fn validate(&self) -> Result<()> {
        let unix_path_optional = matches!(
            self.target,
            Target::Channel(Channel::Virtio { .. } | Channel::Xen { .. })
        );
        self.source.validate(unix_path_optional)
    }
}
