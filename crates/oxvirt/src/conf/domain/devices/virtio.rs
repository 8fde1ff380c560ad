//! `<driver iommu ats packed page_per_vq>`: the virtio transport options
//! several kinds of device share (libvirt's `virDomainVirtioOptions`).

use super::fmt::{self, Attrs};
use crate::conf::xml::{Node, Switch, Writer};
use crate::error::Result;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct VirtioOptions {
    pub iommu: Option<Switch>,
    pub ats: Option<Switch>,
    pub packed: Option<Switch>,
    pub page_per_vq: Option<Switch>,
}

impl VirtioOptions {
    /// Reads the options of `<driver>`, when there is one.
    pub fn parse(driver: Option<Node>) -> Result<Option<VirtioOptions>> {
        let Some(d) = driver else { return Ok(None) };
        Ok(Some(VirtioOptions {
            iommu: d.prop("iommu")?,
            ats: d.prop("ats")?,
            packed: d.prop("packed")?,
            page_per_vq: d.prop("page_per_vq")?,
        }))
    }

    /// Adds the options to the attributes of a `<driver>`, in libvirt's
    /// order.
    pub(super) fn push_attrs(opts: Option<&VirtioOptions>, attrs: &mut Attrs) {
        let Some(o) = opts else { return };
        for (name, v) in [
            ("iommu", o.iommu),
            ("ats", o.ats),
            ("packed", o.packed),
            ("page_per_vq", o.page_per_vq),
        ] {
            fmt::push(attrs, name, v.map(fmt::switch));
        }
    }

    /// `<driver …/>` with just these options, nothing when there are none.
    pub fn format_driver(opts: Option<&VirtioOptions>, w: &mut Writer) {
        let mut attrs = Attrs::new();
        Self::push_attrs(opts, &mut attrs);
        fmt::element(w, "driver", &attrs, |_| {});
    }
}
