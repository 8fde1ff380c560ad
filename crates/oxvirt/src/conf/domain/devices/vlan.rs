//! `<vlan>` of an interface (libvirt's `virNetDevVlan`).

use crate::conf::xml::{Node, Opts, Writer};
use crate::error::{Error, Result};
use oxvirt_abi::{virErrorDomain, virErrorNumber};

crate::xml_enum! {
    /// `<tag nativeMode=…>`; "default" is refused.
    pub enum NativeMode { Default = "default", Tagged = "tagged", Untagged = "untagged" }
}

/// VLAN tags; `native` is the mode and tag of the native VLAN.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Vlan {
    pub tags: Vec<u32>,
    pub trunk: bool,
    pub native: Option<(NativeMode, u32)>,
}

/// libvirt reports these from the netdev helpers, without a domain.
fn vlan_err(detail: &str) -> Error {
    Error::new(
        virErrorDomain::VIR_FROM_NONE,
        virErrorNumber::VIR_ERR_XML_ERROR,
        Some(detail),
    )
}

impl Vlan {
    pub fn parse(n: Node) -> Result<Vlan> {
        let tag_nodes: Vec<Node> = n.children("tag").collect();
        if tag_nodes.is_empty() {
            return Err(vlan_err(
                "missing tag id - each <vlan> must have at least one <tag id='n'/> subelement",
            ));
        }
        let mut tags = Vec::with_capacity(tag_nodes.len());
        let mut native = None;
        for t in tag_nodes.iter().copied() {
            let id = t.prop_with::<u32>("id", Opts::REQUIRED)?.unwrap_or(0);
            if id > 4095 {
                return Err(vlan_err(&format!(
                    "vlan tag id {id} too large (maximum 4095)"
                )));
            }
            if let Some(mode) = t.prop_with::<NativeMode>("nativeMode", Opts::NONE.nonzero())? {
                if native.is_some() {
                    return Err(vlan_err("duplicate native vlan setting"));
                }
                native = Some((mode, id));
            }
            tags.push(id);
        }
        let mut trunk = tags.len() > 1;
        if let Some(t) = n.attr("trunk") {
            trunk = t.eq_ignore_ascii_case("yes");
            if !trunk {
                if tags.len() > 1 {
                    return Err(vlan_err(&format!(
                        "invalid \"trunk='{t}'\" in <vlan> - trunk='yes' is required for more than one vlan tag"
                    )));
                }
                if native.is_some() {
                    return Err(vlan_err(
                        "invalid configuration in <vlan> - \"trunk='no'\" is not allowed with a native vlan id",
                    ));
                }
                if !t.eq_ignore_ascii_case("no") {
                    return Err(vlan_err(&format!(
                        "invalid \"trunk='{t}'\" in <vlan> - must be yes or no"
                    )));
                }
            }
        }
        Ok(Vlan {
            tags,
            trunk,
            native,
        })
    }

    pub fn format(&self, w: &mut Writer) {
        let s = w.start("vlan");
        let s = if self.trunk {
            s.attr("trunk", "yes")
        } else {
            s
        };
        s.open();
        for &id in &self.tags {
            let mode = self.native.filter(|(_, tag)| *tag == id).map(|(m, _)| m);
            w.start("tag")
                .attr("id", id)
                .attr_opt("nativeMode", mode)
                .empty();
        }
        w.end("vlan");
    }
}
