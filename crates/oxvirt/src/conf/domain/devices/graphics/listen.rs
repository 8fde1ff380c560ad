//! Where a display listens: the `<listen>` elements and the older
//! `listen`/`socket` attributes of `<graphics>`, with libvirt's rules
//! between them.

use super::super::super::{unsupported, xml_err};
use super::super::{FormatCtx, ParseCtx};
use super::{Graphics, GraphicsType, Val};
use crate::conf::xml::{Node, XmlValue};
use crate::error::Result;

crate::xml_enum! {
    pub enum ListenType { None = "none", Address = "address", Network = "network", Socket = "socket" }
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
    pub(super) fn of(kind: ListenType) -> Listen {
        Listen {
            kind,
            address: None,
            network: None,
            socket: None,
        }
    }
}

/// Text libvirt writes without escaping (listen addresses).
pub(super) struct Raw<'a>(pub(super) &'a str);

impl XmlValue for Raw<'_> {
    fn write_xml(&self, out: &mut String) {
        out.push_str(self.0);
    }
}

/// The `<listen>` children of a display of type `kind`, then the older
/// `listen`/`socket` attributes of `<graphics>` as libvirt folds them in.
pub(super) fn parse_all(kind: GraphicsType, n: Node, cx: &ParseCtx) -> Result<Vec<Listen>> {
    let mut listens = Vec::new();
    for (i, l) in n.children("listen").enumerate() {
        let parent = (i == 0).then_some(n);
        listens.push(parse_one(kind, l, parent, cx)?);
    }
    let socket = match kind {
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
    match listens.first_mut() {
        None => listens.push(compat),
        Some(first)
            if matches!(first.kind, ListenType::Address | ListenType::Network)
                && compat.kind == ListenType::Socket =>
        {
            *first = compat
        }
        Some(_) => {}
    }
    Ok(listens)
}

fn parse_one(gkind: GraphicsType, l: Node, parent: Option<Node>, cx: &ParseCtx) -> Result<Listen> {
    let mut address = l.attr("address");
    let network = l.attr("network");
    let mut socket = l.attr("socket");
    let address_compat = parent.and_then(|p| p.attr("listen"));
    let socket_compat = parent.and_then(|p| p.attr("socket"));
    let kind = l.prop_required::<ListenType>("type")?;
    let gname = gkind.name();
    let vnc_or_spice = matches!(gkind, GraphicsType::Vnc | GraphicsType::Spice);
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

impl Graphics {
    /// The listens written under `cx`: a migration stream leaves out what
    /// older libvirt would misread.
    pub(super) fn shown_listens(&self, cx: &FormatCtx) -> Vec<&Listen> {
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
}

/// The legacy `listen` attribute: the first listen's address, unless it
/// comes from a network and the definition is written for keeping.
pub(super) fn listen_attr(
    a: &mut Vec<(&'static str, Val)>,
    first: Option<&Listen>,
    cx: &FormatCtx,
) {
    let Some(l) = first else { return };
    if l.kind == ListenType::Network && (cx.inactive || cx.migratable) {
        return;
    }
    if let Some(addr) = &l.address {
        a.push(("listen", Val::Raw(addr.clone())));
    }
}
