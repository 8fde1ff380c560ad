//! `<driver iommu ats packed page_per_vq>`: the virtio transport options
//! several kinds of device share (libvirt's `virDomainVirtioOptions`).

use super::fmt::{self, Attrs};
use crate::conf::xml::{Node, Start, Switch, Writer};
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
        driver.map(VirtioOptions::from_driver).transpose()
    }

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

    /// The options as attributes, in libvirt's order.
    fn fields(&self) -> [(&'static str, Option<Switch>); 4] {
        [
            ("iommu", self.iommu),
            ("ats", self.ats),
            ("packed", self.packed),
            ("page_per_vq", self.page_per_vq),
        ]
    }

    /// Adds the options to the attributes of a `<driver>`, in libvirt's
    /// order.
    pub(super) fn push_attrs(opts: Option<&VirtioOptions>, attrs: &mut Attrs) {
        let Some(o) = opts else { return };
        for (name, v) in o.fields() {
            fmt::push(attrs, name, v.map(fmt::switch));
        }
    }

    /// `<driver …/>` with just these options, nothing when there are none.
    pub fn format_driver(opts: Option<&VirtioOptions>, w: &mut Writer) {
        let mut attrs = Attrs::new();
        Self::push_attrs(opts, &mut attrs);
        fmt::element(w, "driver", &attrs, |_| {});
    }

    /// Adds the attributes to the `<driver>` tag being written.
    pub fn attrs<'w, 'n>(&self, mut s: Start<'w, 'n>) -> Start<'w, 'n> {
        for (name, v) in self.fields() {
            s = s.attr_opt(name, v);
        }
        s
    }

    /// The first option set, for libvirt's "only for virtio" refusal.
    pub fn first_set(&self) -> Option<&'static str> {
        if self.iommu.is_some() {
            Some("iommu driver option is only supported for virtio devices")
        } else if self.ats.is_some() {
            Some("ats driver option is only supported for virtio devices")
        } else if self.packed.is_some() {
            Some("packed driver option is only supported for virtio devices")
        } else if self.page_per_vq.is_some() {
            Some("page_per_vq option is only supported for virtio devices")
        } else {
            None
        }
    }

    /// libvirt's refusal of virtio options on a device that is not virtio
    /// (`virDomainCheckVirtioOptionsAreAbsent`).
    pub fn check_absent(&self) -> Result<()> {
        match self.first_set() {
            Some(what) => Err(super::super::unsupported(what)),
            None => Ok(()),
        }
    }
}
