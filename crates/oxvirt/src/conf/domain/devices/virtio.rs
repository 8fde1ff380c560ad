//! The virtio transport options a device's `<driver>` may carry (libvirt's
//! `virDomainVirtioOptions`), shared by every kind with a virtio model.

use super::super::unsupported;
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
    /// Reads the options of `<driver>` (libvirt keeps an all-absent set
    /// when the element is there, which writes nothing).
    pub fn parse(driver: Node) -> Result<VirtioOptions> {
        Ok(VirtioOptions {
            iommu: driver.prop::<Switch>("iommu")?,
            ats: driver.prop::<Switch>("ats")?,
            packed: driver.prop::<Switch>("packed")?,
            page_per_vq: driver.prop::<Switch>("page_per_vq")?,
        })
    }

    pub fn is_empty(&self) -> bool {
        *self == VirtioOptions::default()
    }

    /// The attributes, in libvirt's order, onto a `<driver>` being written.
    pub fn write<'w, 'n>(&self, s: Start<'w, 'n>) -> Start<'w, 'n> {
        s.attr_opt("iommu", self.iommu)
            .attr_opt("ats", self.ats)
            .attr_opt("packed", self.packed)
            .attr_opt("page_per_vq", self.page_per_vq)
    }

    /// libvirt's refusal of any option on a device model that is not
    /// virtio.
    pub fn check_absent(&self) -> Result<()> {
        let refuse = |set: Option<Switch>, msg: &str| match set {
            Some(_) => Err(unsupported(msg)),
            None => Ok(()),
        };
        refuse(
            self.iommu,
            "iommu driver option is only supported for virtio devices",
        )?;
        refuse(
            self.ats,
            "ats driver option is only supported for virtio devices",
        )?;
        refuse(
            self.packed,
            "packed driver option is only supported for virtio devices",
        )?;
        refuse(
            self.page_per_vq,
            "page_per_vq option is only supported for virtio devices",
        )
    }
}
