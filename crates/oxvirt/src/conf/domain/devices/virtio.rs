//! The virtio transport options of a device's `<driver>` (libvirt's
//! `virDomainVirtioOptions`).

use crate::conf::xml::{Node, Start, Switch};
use crate::error::Result;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct VirtioOptions {
    pub iommu: Option<Switch>,
    pub ats: Option<Switch>,
    pub packed: Option<Switch>,
    pub page_per_vq: Option<Switch>,
}

impl VirtioOptions {
    pub fn parse(driver: Node) -> Result<VirtioOptions> {
        Ok(VirtioOptions {
            iommu: driver.prop("iommu")?,
            ats: driver.prop("ats")?,
            packed: driver.prop("packed")?,
            page_per_vq: driver.prop("page_per_vq")?,
        })
    }

    pub fn is_empty(&self) -> bool {
        *self == VirtioOptions::default()
    }

    /// Adds the attributes to the `<driver>` tag being written.
    pub fn attrs<'w, 'n>(&self, s: Start<'w, 'n>) -> Start<'w, 'n> {
        s.attr_opt("iommu", self.iommu)
            .attr_opt("ats", self.ats)
            .attr_opt("packed", self.packed)
            .attr_opt("page_per_vq", self.page_per_vq)
    }
}

impl VirtioOptions {
    /// libvirt's refusal of virtio options on a device that is not virtio.
    pub fn check_absent(&self) -> Result<()> {
        let what = if self.iommu.is_some() {
            "iommu driver option is only supported for virtio devices"
        } else if self.ats.is_some() {
            "ats driver option is only supported for virtio devices"
        } else if self.packed.is_some() {
            "packed driver option is only supported for virtio devices"
        } else if self.page_per_vq.is_some() {
            "page_per_vq option is only supported for virtio devices"
        } else {
            return Ok(());
        };
        Err(super::super::unsupported(what))
    }
}
