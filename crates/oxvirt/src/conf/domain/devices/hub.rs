//! `<hub>`: a USB hub.

use super::super::{err, unsupported};
use super::fmt::{self, Attrs};
use super::{DeviceInfo, FormatCtx, InfoOpts, ParseCtx};
use crate::conf::xml::{Node, Writer};
use crate::error::Result;
use oxvirt_abi::virErrorNumber;

crate::xml_enum! {
    pub enum HubType { Usb = "usb" }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hub {
    pub kind: HubType,
    pub info: DeviceInfo,
}

impl Hub {
    pub fn parse(n: Node, cx: &ParseCtx) -> Result<Hub> {
        let Some(t) = n.attr("type") else {
            return Err(err(
                virErrorNumber::VIR_ERR_INTERNAL_ERROR,
                Some("missing hub device type"),
            ));
        };
        let kind = HubType::from_name(t)
            .ok_or_else(|| unsupported(&format!("unknown hub device type '{t}'")))?;
        Ok(Hub {
            kind,
            info: DeviceInfo::parse(n, cx, InfoOpts::PLAIN)?,
        })
    }

    pub fn format(&self, w: &mut Writer, cx: &FormatCtx) {
        let attrs: Attrs = vec![("type", self.kind.name().to_string())];
        fmt::element(w, "hub", &attrs, |w| {
            self.info.format(w, cx, InfoOpts::PLAIN)
        });
    }
}
