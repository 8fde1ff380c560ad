//! `<panic>`: a device the guest reports its crashes through.

use super::super::{unsupported, xml_err};
use super::fmt::{self, Attrs};
use super::{Device, DeviceInfo, Devices, FormatCtx, InfoOpts, ParseCtx};
use crate::conf::xml::{Node, Writer};
use crate::error::Result;

crate::xml_enum! {
    pub enum PanicModel {
        Default = "default", Isa = "isa", Pseries = "pseries", Hyperv = "hyperv", S390 = "s390",
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Panic {
    pub model: PanicModel,
    pub info: DeviceInfo,
}

impl Panic {
    pub fn parse(n: Node, cx: &ParseCtx) -> Result<Panic> {
        // libvirt reads the common part before the model.
        let info = DeviceInfo::parse(n, cx, InfoOpts::PLAIN)?;
        let model = match n.attr("model") {
            None => PanicModel::Default,
            Some(m) => PanicModel::from_name(m)
                .ok_or_else(|| unsupported(&format!("unknown panic model '{m}'")))?,
        };
        Ok(Panic { model, info })
    }

    pub fn format(&self, w: &mut Writer, cx: &FormatCtx) {
        let mut attrs = Attrs::new();
        if self.model != PanicModel::Default {
            attrs.push(("model", self.model.name().to_string()));
        }
        fmt::element(w, "panic", &attrs, |w| {
            self.info.format(w, cx, InfoOpts::PLAIN)
        });
    }
}

impl Devices {
    /// One panic device per model at most.
    pub(super) fn reject_duplicate_panics(&self) -> Result<()> {
        let mut seen = Vec::new();
        for d in self.iter() {
            let Device::Panic(p) = d else { continue };
            if seen.contains(&p.model) {
                return Err(xml_err(&format!(
                    "Multiple panic devices with model '{}'",
                    p.model.name()
                )));
            }
            seen.push(p.model);
        }
        Ok(())
    }
}
