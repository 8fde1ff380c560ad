//! `<driver iommu ats packed page_per_vq>`: the virtio transport options
//! several kinds of device share (libvirt's `virDomainVirtioOptions`).

use super::fmt::{self, Attrs};
use crate::conf::xml::{Node, Switch, Writer};
use crate::error::Result;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
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

impl VirtioOptions {
    /// The options of a `<driver>` that is there.
    pub fn from_driver(driver: Node) -> Result<VirtioOptions> {
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
    pub fn attrs<'w, 'n>(
        &self,
        s: crate::conf::xml::writer::Start<'w, 'n>,
    ) -> crate::conf::xml::writer::Start<'w, 'n> {
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
