//! `<teaming type persistent>`: a device's part in a failover pair, shared
//! by host devices and interfaces.

use super::super::unsupported;
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
    /// neither attribute (libvirt reads both as XPath strings, so empty
    /// values count as absent).
    pub fn parse(n: Node) -> Result<Option<Teaming>> {
        let get = |a| n.child_attr("teaming", a).filter(|v: &&str| !v.is_empty());
        let (kind, persistent) = (get("type"), get("persistent"));
        if kind.is_none() && persistent.is_none() {
            return Ok(None);
        }
        let kind = kind
            .and_then(TeamingType::from_name)
            .filter(|k| *k != TeamingType::None)
            .ok_or_else(|| {
                unsupported(&format!(
                    "unknown teaming type '{}'",
                    kind.unwrap_or("(null)")
                ))
            })?;
        Ok(Some(Teaming {
            kind,
            persistent: persistent.map(str::to_string),
        }))
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
