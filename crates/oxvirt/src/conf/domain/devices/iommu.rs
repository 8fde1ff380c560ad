//! `<iommu>`: the guest's IOMMU.

use super::fmt::{self, Attrs};
use super::{DeviceInfo, FormatCtx, InfoOpts, ParseCtx};
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
