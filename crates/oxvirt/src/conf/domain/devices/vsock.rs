//! `<vsock>`: a virtio socket between host and guest.

use super::super::unsupported;
use super::fmt::{self, Attrs};
use super::virtio::VirtioOptions;
use super::{DeviceInfo, FormatCtx, InfoOpts, ParseCtx};
use crate::conf::xml::{yes_no, Node, Opts, Writer};
use crate::error::Result;

crate::xml_enum! {
    pub enum VsockModel {
        Default = "default", Virtio = "virtio", VirtioTransitional = "virtio-transitional",
        VirtioNonTransitional = "virtio-non-transitional",
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Vsock {
    pub model: VsockModel,
    /// `<cid address>`; 0 when not given.
    pub guest_cid: u32,
    /// `<cid auto>`; filled in after parsing.
    pub auto_cid: Option<bool>,
    pub info: DeviceInfo,
    pub virtio: Option<VirtioOptions>,
}

impl Vsock {
    pub fn parse(n: Node, cx: &ParseCtx) -> Result<Vsock> {
        let model = n
            .prop::<VsockModel>("model")?
            .unwrap_or(VsockModel::Default);
        let (mut guest_cid, mut auto_cid) = (0, None);
        if let Some(c) = n.child("cid") {
            guest_cid = c
                .prop_with::<u32>("address", Opts::NONE.nonzero())?
                .unwrap_or(0);
            auto_cid = c.prop::<bool>("auto")?;
        }
        let info = DeviceInfo::parse(n, cx, InfoOpts::PLAIN)?;
        let mut v = Vsock {
            model,
            guest_cid,
            auto_cid,
            info,
            virtio: VirtioOptions::parse(n.child("driver"))?,
        };
        v.post_parse();
        Ok(v)
    }

    /// An explicit CID means no automatic one, and no CID means one.
    fn post_parse(&mut self) {
        if self.auto_cid.is_none() {
            self.auto_cid = Some(self.guest_cid == 0);
        }
    }

    /// CIDs 1 and 2 are the host's; virtio options need a virtio model.
    pub(super) fn validate(&self) -> Result<()> {
        if self.guest_cid > 0 && self.guest_cid <= 2 {
            return Err(unsupported("guest CIDs must be >= 3"));
        }
        if self.model == VsockModel::Default {
            if let Some(v) = &self.virtio {
                v.check_absent()?;
            }
        }
        Ok(())
    }

    pub fn format(&self, w: &mut Writer, cx: &FormatCtx) {
        let mut attrs = Attrs::new();
        if self.model != VsockModel::Default {
            attrs.push(("model", self.model.name().to_string()));
        }
        let mut cid = Attrs::new();
        fmt::push(
            &mut cid,
            "auto",
            self.auto_cid.map(|b| yes_no(b).to_string()),
        );
        fmt::push(
            &mut cid,
            "address",
            (self.guest_cid != 0).then(|| self.guest_cid.to_string()),
        );
        fmt::element(w, "vsock", &attrs, |w| {
            fmt::element(w, "cid", &cid, |_| {});
            self.info.format(w, cx, InfoOpts::PLAIN);
            VirtioOptions::format_driver(self.virtio.as_ref(), w);
        });
    }
}
