//! `<iommu>`: the guest's IOMMU.

use super::super::{unsupported, xml_err};
use super::fmt::{self, Attrs};
use super::{Device, DeviceInfo, Devices, FormatCtx, InfoOpts, ParseCtx};
use crate::conf::xml::{Node, Switch, Writer};
use crate::error::Result;

crate::xml_enum! {
    pub enum IommuModel { Intel = "intel", Smmuv3 = "smmuv3", Virtio = "virtio" }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Iommu {
    pub model: IommuModel,
    pub intremap: Option<Switch>,
    pub caching_mode: Option<Switch>,
    pub eim: Option<Switch>,
    pub iotlb: Option<Switch>,
    /// 0 when not given.
    pub aw_bits: u32,
    pub info: DeviceInfo,
}

impl Iommu {
    pub fn parse(n: Node, cx: &ParseCtx) -> Result<Iommu> {
        let model = n.prop_required::<IommuModel>("model")?;
        let mut iommu = Iommu {
            model,
            intremap: None,
            caching_mode: None,
            eim: None,
            iotlb: None,
            aw_bits: 0,
            info: DeviceInfo::default(),
        };
        if let Some(d) = n.child("driver") {
            iommu.intremap = d.prop("intremap")?;
            iommu.caching_mode = d.prop("caching_mode")?;
            iommu.iotlb = d.prop("iotlb")?;
            iommu.eim = d.prop("eim")?;
            iommu.aw_bits = d.prop::<u32>("aw_bits")?.unwrap_or(0);
        }
        iommu.info = DeviceInfo::parse(n, cx, InfoOpts::PLAIN)?;
        Ok(iommu)
    }

    /// Only the Intel IOMMU has driver options; only virtio-iommu has an
    /// address.
    pub(super) fn validate(&self) -> Result<()> {
        let has_opts = self.intremap.is_some()
            || self.caching_mode.is_some()
            || self.eim.is_some()
            || self.iotlb.is_some()
            || self.aw_bits != 0;
        let m = self.model.name();
        if self.model != IommuModel::Intel && has_opts {
            return Err(xml_err(&format!(
                "iommu model '{m}' doesn't support additional attributes"
            )));
        }
        if self.model != IommuModel::Virtio && self.info.address.is_some() {
            return Err(xml_err(&format!("iommu model '{m}' can't have address")));
        }
        // (libvirt's domain-wide check; that interrupt remapping also
        // needs `<ioapic driver='qemu'/>` is a rule of <features>.)
        if self.eim == Some(Switch(true)) && self.intremap != Some(Switch(true)) {
            return Err(unsupported(
                "IOMMU eim requires interrupt remapping to be enabled",
            ));
        }
        Ok(())
    }

    pub fn format(&self, w: &mut Writer, cx: &FormatCtx) {
        let mut driver = Attrs::new();
        for (name, v) in [
            ("intremap", self.intremap),
            ("caching_mode", self.caching_mode),
            ("eim", self.eim),
            ("iotlb", self.iotlb),
        ] {
            fmt::push(&mut driver, name, v.map(fmt::switch));
        }
        fmt::push(
            &mut driver,
            "aw_bits",
            (self.aw_bits > 0).then(|| self.aw_bits.to_string()),
        );
        let attrs: Attrs = vec![("model", self.model.name().to_string())];
        fmt::element(w, "iommu", &attrs, |w| {
            fmt::element(w, "driver", &driver, |_| {});
            self.info.format(w, cx, InfoOpts::PLAIN);
        });
    }
}

impl Devices {
    /// Interrupt remapping needs the split I/O APIC of `<features>`
    /// (libvirt's domain-wide IOMMU check).
    pub fn check_iommu_ioapic(&self, features: Option<Node>) -> Result<()> {
        let remaps = self.iter().any(|d| match d {
            Device::Iommu(i) => i.intremap == Some(Switch(true)),
            _ => false,
        });
        let split = features.and_then(|f| f.child_attr("ioapic", "driver")) == Some("qemu");
        if remaps && !split {
            return Err(unsupported(
                "IOMMU interrupt remapping requires split I/O APIC (ioapic driver='qemu')",
            ));
        }
        Ok(())
    }
}
