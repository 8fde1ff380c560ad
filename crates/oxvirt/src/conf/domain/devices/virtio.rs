//! The virtio transport options every virtio device's `<driver>` may carry
//! (libvirt's `virDomainVirtioOptions`): `iommu`, `ats`, `packed`,
//! `page_per_vq`.

use crate::conf::xml::writer::Start;
use crate::conf::xml::{Node, Switch};
use crate::error::Result;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct VirtioOptions {
    pub iommu: Option<Switch>,
    pub ats: Option<Switch>,
    pub packed: Option<Switch>,
    pub page_per_vq: Option<Switch>,
}

impl VirtioOptions {
    /// Reads the options from a device's `<driver>` element.
    pub fn parse(driver: Node) -> Result<VirtioOptions> {
        Ok(VirtioOptions {
            iommu: driver.prop("iommu")?,
            ats: driver.prop("ats")?,
            packed: driver.prop("packed")?,
            page_per_vq: driver.prop("page_per_vq")?,
        })
    }

    /// Adds the options given to the `<driver>` tag being written, after
    /// the device's own attributes, as libvirt orders them.
    pub fn format<'w, 'n>(&self, s: Start<'w, 'n>) -> Start<'w, 'n> {
        s.attr_opt("iommu", self.iommu)
            .attr_opt("ats", self.ats)
            .attr_opt("packed", self.packed)
            .attr_opt("page_per_vq", self.page_per_vq)
    }

    pub fn is_empty(&self) -> bool {
        *self == VirtioOptions::default()
    }
}
