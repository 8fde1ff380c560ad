//! `<lease>`: a lock manager lease the domain holds (libvirt's
//! `virDomainLeaseDef`).

use super::super::xml_err;
use crate::conf::xml::{Node, Writer};
use crate::error::{Error, Result};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lease {
    pub lockspace: String,
    pub key: String,
    pub path: String,
    pub offset: u64,
}

impl Lease {
    pub fn parse(n: Node) -> Result<Lease> {
        let key = n
            .child_string("key")
            .ok_or_else(|| xml_err("Missing 'key' element for lease"))?;
        // libvirt fails here without saying why.
        let lockspace = n
            .child_string("lockspace")
            .ok_or_else(Error::generic_failure)?;
        let t = n
            .child("target")
            .ok_or_else(|| xml_err("Missing 'target' element for lease"))?;
        let path = t
            .attr("path")
            .ok_or_else(|| xml_err("Missing 'path' attribute to 'target' element for lease"))?;
        Ok(Lease {
            offset: t.prop::<u64>("offset")?.unwrap_or(0),
            lockspace: lockspace.into_owned(),
            key: key.into_owned(),
            path: path.to_string(),
        })
    }

    pub fn format(&self, w: &mut Writer) {
        w.start("lease").open();
        w.leaf("lockspace", &self.lockspace);
        w.leaf("key", &self.key);
        w.start("target")
            .attr("path", &self.path)
            .attr_opt("offset", (self.offset != 0).then_some(self.offset))
            .empty();
        w.end("lease");
    }
}
