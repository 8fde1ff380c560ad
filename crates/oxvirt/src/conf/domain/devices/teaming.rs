//! `<teaming type persistent>`: a device's part in a failover pair, shared
//! by host devices and interfaces.

use super::super::unsupported;
use super::xpath::xpath_attr;
use crate::conf::xml::{Node, Writer};
use crate::error::Result;

crate::xml_enum! {
    pub enum TeamingType { None = "none", Persistent = "persistent", Transient = "transient" }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Teaming {
    pub kind: TeamingType,
    /// The alias of the persistent device a transient one backs.
    pub persistent: Option<String>,
}

impl Teaming {
    /// Reads `<teaming>` of device element `n`: absent when it has
    /// neither attribute. libvirt reads both as XPath strings
    /// (`virDomainNetTeamingInfoParseXML`): each is the first of any
    /// `<teaming>` that has it, and empty values count as absent.
    pub fn parse(n: Node) -> Result<Option<Teaming>> {
        let kind = xpath_attr(n, "teaming", "type");
        let persistent = xpath_attr(n, "teaming", "persistent");
        if kind.is_none() && persistent.is_none() {
            return Ok(None);
        }
        let t = kind.as_deref().unwrap_or("(null)");
        let kind = TeamingType::from_name(t)
            .filter(|k| *k != TeamingType::None)
            .ok_or_else(|| unsupported(&format!("unknown teaming type '{t}'")))?;
        Ok(Some(Teaming { kind, persistent }))
    }

    pub fn format(t: Option<&Teaming>, w: &mut Writer) {
        if let Some(t) = t.filter(|t| t.kind != TeamingType::None) {
            w.start("teaming")
                .attr("type", t.kind)
                .attr_opt("persistent", t.persistent.as_deref())
                .empty();
        }
    }
}
