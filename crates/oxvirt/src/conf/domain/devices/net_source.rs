//! What an `<interface>` connects to: its type and the `<source>` that
//! goes with it (libvirt's per-type `data` union of `virDomainNetDef`).

use super::super::kept::Kept;
use super::super::{unsupported, xml_err};
use super::hostdev_source::Subsys;
use super::FormatCtx;
use crate::conf::xml::{Node, Opts, Uuid, Writer};
use crate::error::Result;

crate::xml_enum! {
    /// `<interface type=…>`.
    pub enum NetType {
        User = "user", Ethernet = "ethernet", Vhostuser = "vhostuser", Server = "server",
        Client = "client", Mcast = "mcast", Network = "network", Bridge = "bridge",
        Internal = "internal", Direct = "direct", Hostdev = "hostdev", Udp = "udp",
        Vdpa = "vdpa", Null = "null", Vds = "vds",
    }
}

crate::xml_enum! {
    /// `<source mode=…>` of a direct (macvtap) interface.
    pub enum MacvlanMode { Vepa = "vepa", Private = "private", Bridge = "bridge", Passthrough = "passthrough" }
}

crate::xml_enum! {
    /// `<source mode=…>` of a vhost-user interface.
    pub enum VhostuserMode { None = "", Client = "client", Server = "server" }
}

/// The type of an interface and its source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NetSource {
    /// `dev` is only written with the passt backend.
    User {
        dev: Option<String>,
    },
    Ethernet,
    Vhostuser {
        path: String,
        server: bool,
        /// `<reconnect enabled timeout>`.
        reconnect: Option<(bool, u32)>,
    },
    /// server, client, mcast and udp: a socket. `local` is udp's.
    Socket {
        kind: NetType,
        address: Option<String>,
        port: i32,
        local: Option<(String, i32)>,
    },
    Network {
        name: String,
        portgroup: Option<String>,
        portid: Option<[u8; 16]>,
    },
    Bridge {
        name: String,
    },
    Internal {
        name: String,
    },
    Direct {
        dev: String,
        mode: MacvlanMode,
    },
    /// The host device, as libvirt's `<hostdev mode='subsystem'>` has it
    /// (`managed` is the interface's).
    Hostdev(Subsys),
    Vdpa {
        dev: String,
    },
    Null,
    Vds {
        switch_id: [u8; 16],
        port_id: i64,
        portgroup_id: String,
        connection_id: i64,
    },
}

fn require_source<'d, 'a>(ty: NetType, src: Option<Node<'d, 'a>>) -> Result<Node<'d, 'a>> {
    src.ok_or_else(|| {
        xml_err(&format!(
            "interface type='{}' requires a 'source' element",
            ty.name()
        ))
    })
}

fn required(n: Node, name: &str) -> Result<String> {
    n.attr(name)
        .map(str::to_string)
        .ok_or_else(|| crate::conf::xml::error::missing_attr(n.name(), name))
}

impl NetSource {
    pub fn kind(&self) -> NetType {
        match self {
            NetSource::User { .. } => NetType::User,
            NetSource::Ethernet => NetType::Ethernet,
            NetSource::Vhostuser { .. } => NetType::Vhostuser,
            NetSource::Socket { kind, .. } => *kind,
            NetSource::Network { .. } => NetType::Network,
            NetSource::Bridge { .. } => NetType::Bridge,
            NetSource::Internal { .. } => NetType::Internal,
            NetSource::Direct { .. } => NetType::Direct,
            NetSource::Hostdev { .. } => NetType::Hostdev,
            NetSource::Vdpa { .. } => NetType::Vdpa,
            NetSource::Null => NetType::Null,
            NetSource::Vds { .. } => NetType::Vds,
        }
    }

    /// Reads the source of interface `n` of type `ty`.
    pub fn parse(ty: NetType, n: Node, inactive: bool) -> Result<NetSource> {
        let src = n.child("source");
        Ok(match ty {
            NetType::Network => {
                let s = require_source(ty, src)?;
                let name = required(s, "network")?;
                let portgroup = s.attr("portgroup").map(str::to_string);
                let portid = if inactive {
                    None
                } else {
                    s.prop::<[u8; 16]>("portid")?
                };
                NetSource::Network {
                    name,
                    portgroup,
                    portid,
                }
            }
            NetType::Vds => {
                let s = require_source(ty, src)?;
                NetSource::Vds {
                    switch_id: s.prop_required::<[u8; 16]>("switchid")?,
                    port_id: s
                        .prop_with::<i64>("portid", Opts::REQUIRED.base(0))?
                        .unwrap_or(0),
                    portgroup_id: required(s, "portgroupid")?,
                    connection_id: s
                        .prop_with::<i64>("connectionid", Opts::REQUIRED.base(0))?
                        .unwrap_or(0),
                }
            }
            NetType::Internal => NetSource::Internal {
                name: required(require_source(ty, src)?, "name")?,
            },
            NetType::Bridge => NetSource::Bridge {
                name: required(require_source(ty, src)?, "bridge")?,
            },
            NetType::Direct => {
                let s = require_source(ty, src)?;
                NetSource::Direct {
                    dev: required(s, "dev")?,
                    mode: s.prop::<MacvlanMode>("mode")?.unwrap_or(MacvlanMode::Vepa),
                }
            }
            NetType::Ethernet => NetSource::Ethernet,
            NetType::Vhostuser => {
                let s = require_source(ty, src)?;
                let t = required(s, "type")?;
                if t != "unix" {
                    return Err(unsupported(&format!(
                        "Type='{t}' unsupported for <interface type='vhostuser'>"
                    )));
                }
                let path = required(s, "path")?;
                let mode = s
                    .prop_with::<VhostuserMode>("mode", Opts::REQUIRED.nonzero())?
                    .unwrap_or(VhostuserMode::Client);
                let reconnect = match s.child("reconnect") {
                    None => None,
                    Some(r) => match r.prop::<bool>("enabled")? {
                        None => None,
                        Some(true) => Some((
                            true,
                            r.prop_with::<u32>("timeout", Opts::REQUIRED)?.unwrap_or(0),
                        )),
                        Some(false) => Some((false, 0)),
                    },
                };
                NetSource::Vhostuser {
                    path,
                    server: mode == VhostuserMode::Server,
                    reconnect,
                }
            }
            NetType::Vdpa => NetSource::Vdpa {
                dev: required(require_source(ty, src)?, "dev")?,
            },
            NetType::Client | NetType::Server | NetType::Mcast | NetType::Udp => {
                let s = require_source(ty, src)?;
                let address = if ty == NetType::Server {
                    s.attr("address").map(str::to_string)
                } else {
                    Some(required(s, "address")?)
                };
                let port = s.prop_with::<i32>("port", Opts::REQUIRED)?.unwrap_or(0);
                let local = if ty == NetType::Udp {
                    let Some(l) = s.child("local") else {
                        return Err(xml_err(
                            "'<local>' element missing for 'udp' socket interface",
                        ));
                    };
                    Some((
                        required(l, "address")?,
                        l.prop_with::<i32>("port", Opts::REQUIRED)?.unwrap_or(0),
                    ))
                } else {
                    None
                };
                NetSource::Socket {
                    kind: ty,
                    address,
                    port,
                    local,
                }
            }
            NetType::Hostdev => NetSource::Hostdev(hostdev_source(n)?),
            NetType::User => NetSource::User {
                dev: src.and_then(|s| s.attr("dev")).map(str::to_string),
            },
            NetType::Null => NetSource::Null,
        })
    }

    /// The source's own attributes and children, up to where host-side
    /// IP information may follow: `(opened, lines)` as libvirt counts
    /// them — whether `<source` was started, and whether it already has
    /// children.
    pub fn format_start(&self, w: &mut Writer, passt: bool, cx: &FormatCtx) -> SourceState {
        match self {
            NetSource::Network {
                name,
                portgroup,
                portid,
            } => {
                let portid = portid.as_ref().filter(|_| !cx.inactive).map(Uuid);
                SourceState::Attrs(vec![
                    ("network", Some(name.clone())),
                    ("portgroup", portgroup.clone()),
                    ("portid", portid.map(|u| xml_text(&u))),
                ])
            }
            NetSource::Ethernet | NetSource::Null => SourceState::None,
            NetSource::Vhostuser {
                path,
                server,
                reconnect,
            } => {
                let attrs = vec![
                    ("type", Some("unix".to_string())),
                    ("path", Some(path.clone())),
                    (
                        "mode",
                        Some(if *server { "server" } else { "client" }.to_string()),
                    ),
                ];
                match reconnect {
                    Some((enabled, timeout)) => SourceState::Children(attrs, {
                        let mut k = Kept {
                            name: "reconnect".into(),
                            attrs: vec![(
                                "enabled".into(),
                                crate::conf::xml::yes_no(*enabled).into(),
                            )],
                            text: None,
                            children: Vec::new(),
                        };
                        if *enabled {
                            k.attrs.push(("timeout".into(), timeout.to_string()));
                        }
                        vec![k]
                    }),
                    None => SourceState::Attrs(attrs),
                }
            }
            NetSource::Bridge { name } => SourceState::Attrs(vec![("bridge", Some(name.clone()))]),
            NetSource::Socket {
                address,
                port,
                local,
                ..
            } => {
                let attrs = vec![
                    ("address", address.clone()),
                    ("port", Some(port.to_string())),
                ];
                match local {
                    Some((a, p)) => SourceState::Children(
                        attrs,
                        vec![Kept {
                            name: "local".into(),
                            attrs: vec![
                                ("address".into(), a.clone()),
                                ("port".into(), p.to_string()),
                            ],
                            text: None,
                            children: Vec::new(),
                        }],
                    ),
                    None => SourceState::Attrs(attrs),
                }
            }
            NetSource::Internal { name } => SourceState::Attrs(vec![("name", Some(name.clone()))]),
            NetSource::Direct { dev, mode } => SourceState::Attrs(vec![
                ("dev", Some(dev.clone())),
                ("mode", Some(mode.name().to_string())),
            ]),
            NetSource::Hostdev(subsys) => {
                subsys.format_source(w, cx, true);
                SourceState::None
            }
            NetSource::Vdpa { dev } => SourceState::Attrs(vec![("dev", Some(dev.clone()))]),
            NetSource::Vds {
                switch_id,
                port_id,
                portgroup_id,
                connection_id,
            } => SourceState::Attrs(vec![
                ("switchid", Some(xml_text(&Uuid(switch_id)))),
                ("portid", Some(port_id.to_string())),
                ("portgroupid", Some(portgroup_id.clone())),
                ("connectionid", Some(connection_id.to_string())),
            ]),
            NetSource::User { dev } => match dev {
                Some(d) if passt => SourceState::Attrs(vec![("dev", Some(d.clone()))]),
                _ => SourceState::None,
            },
        }
    }
}

/// What the type writes in `<source>`: nothing, attributes only, or
/// attributes and children.
pub enum SourceState {
    None,
    Attrs(Vec<(&'static str, Option<String>)>),
    Children(Vec<(&'static str, Option<String>)>, Vec<Kept>),
}

fn xml_text(v: &impl crate::conf::xml::XmlValue) -> String {
    let mut s = String::new();
    v.write_xml(&mut s);
    s
}

/// libvirt's reading of an `<interface type='hostdev'>`: the source
/// address type says what kind of device it is (`<vendor>` alone is USB),
/// the rest is a subsystem `<hostdev>`'s.
fn hostdev_source(n: Node) -> Result<Subsys> {
    let addr_type = super::xpath::xpath_attr(n, "source/address", "type").or_else(|| {
        (!super::xpath::path_nodes(n, "source/vendor").is_empty()).then(|| "usb".to_string())
    });
    Subsys::parse(n, addr_type.as_deref())
}
