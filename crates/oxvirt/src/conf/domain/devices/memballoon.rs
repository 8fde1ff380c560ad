//! `<memballoon>`: the guest memory balloon.

use super::fmt::{self, Attrs};
use super::virtio::VirtioOptions;
use super::{DeviceInfo, FormatCtx, InfoOpts, ParseCtx};
use crate::conf::xml::{Node, Opts, Switch, Writer};
use crate::error::Result;

crate::xml_enum! {
    pub enum MemballoonModel {
        Virtio = "virtio", Xen = "xen", None = "none",
        VirtioTransitional = "virtio-transitional",
        VirtioNonTransitional = "virtio-non-transitional",
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Memballoon {
    pub model: MemballoonModel,
    pub autodeflate: Option<Switch>,
    pub free_page_reporting: Option<Switch>,
    /// `<stats period>` in seconds; 0 (not written) when statistics are
    /// not collected.
    pub period: i32,
    pub info: DeviceInfo,
    pub virtio: Option<VirtioOptions>,
}

impl Memballoon {
    pub fn parse(n: Node, cx: &ParseCtx) -> Result<Memballoon> {
        let model = n.prop_required::<MemballoonModel>("model")?;
        let autodeflate = n.prop("autodeflate")?;
        let free_page_reporting = n.prop("freePageReporting")?;
        let period = match n.child("stats") {
            // A negative period is read as "no statistics".
            Some(s) => s
                .prop_with::<i32>("period", Opts::NONE.base(0))?
                .unwrap_or(0)
                .max(0),
            None => 0,
        };
        // libvirt ignores the address and the rest of the common part of
        // a balloon that is not there.
        let info = if model == MemballoonModel::None {
            DeviceInfo::default()
        } else {
            DeviceInfo::parse(n, cx, InfoOpts::PLAIN)?
        };
        Ok(Memballoon {
            model,
            autodeflate,
            free_page_reporting,
            period,
            info,
            virtio: VirtioOptions::parse(n.child("driver"))?,
        })
    }

    pub fn format(&self, w: &mut Writer, cx: &FormatCtx) {
        let mut attrs: Attrs = vec![("model", self.model.name().to_string())];
        fmt::push(&mut attrs, "autodeflate", self.autodeflate.map(fmt::switch));
        fmt::push(
            &mut attrs,
            "freePageReporting",
            self.free_page_reporting.map(fmt::switch),
        );
        fmt::element(w, "memballoon", &attrs, |w| {
            if self.period != 0 {
                w.start("stats").attr("period", self.period).empty();
            }
            self.info.format(w, cx, InfoOpts::PLAIN);
            VirtioOptions::format_driver(self.virtio.as_ref(), w);
        });
    }

    /// Whether the guest has a balloon at all (libvirt's
    /// `virDomainDefHasMemballoon`).
    pub fn is_present(&self) -> bool {
        self.model != MemballoonModel::None
    }
}
