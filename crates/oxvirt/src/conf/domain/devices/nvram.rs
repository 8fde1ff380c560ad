//! `<nvram>`: the spapr-vio NVRAM device, only an address.

use super::{DeviceInfo, FormatCtx, InfoOpts, ParseCtx};
use crate::conf::xml::{Node, Writer};
use crate::error::Result;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Nvram {
    pub info: DeviceInfo,
}

impl Nvram {
    pub fn parse(n: Node, cx: &ParseCtx) -> Result<Nvram> {
        Ok(Nvram {
            info: DeviceInfo::parse(n, cx, InfoOpts::PLAIN)?,
        })
    }

    /// Always open, even with nothing inside (libvirt writes it so).
    pub fn format(&self, w: &mut Writer, cx: &FormatCtx) {
        w.start("nvram").open();
        self.info.format(w, cx, InfoOpts::PLAIN);
        w.end("nvram");
    }
}
