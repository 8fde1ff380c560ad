//! `<watchdog>`: an emulated watchdog timer.

use super::super::{err, unsupported};
use super::fmt::{self, Attrs};
use super::{DeviceInfo, FormatCtx, InfoOpts, ParseCtx};
use crate::conf::xml::{Node, Writer};
use crate::error::Result;
use oxvirt_abi::virErrorNumber;

crate::xml_enum! {
    pub enum WatchdogModel { I6300esb = "i6300esb", Ib700 = "ib700", Diag288 = "diag288" }
}

crate::xml_enum! {
    pub enum WatchdogAction {
        Reset = "reset", Shutdown = "shutdown", Poweroff = "poweroff", Pause = "pause",
        Dump = "dump", None = "none", InjectNmi = "inject-nmi",
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Watchdog {
    pub model: WatchdogModel,
    pub action: WatchdogAction,
    pub info: DeviceInfo,
}

impl Watchdog {
    pub fn parse(n: Node, cx: &ParseCtx) -> Result<Watchdog> {
        let Some(m) = n.attr("model") else {
            return Err(err(
                virErrorNumber::VIR_ERR_INTERNAL_ERROR,
                Some("watchdog must contain model name"),
            ));
        };
        let model = WatchdogModel::from_name(m)
            .ok_or_else(|| unsupported(&format!("unknown watchdog model '{m}'")))?;
        let action = match n.attr("action") {
            None => WatchdogAction::Reset,
            Some(a) => WatchdogAction::from_name(a)
                .ok_or_else(|| unsupported(&format!("unknown watchdog action '{a}'")))?,
        };
        Ok(Watchdog {
            model,
            action,
            info: DeviceInfo::parse(n, cx, InfoOpts::PLAIN)?,
        })
    }

    pub fn format(&self, w: &mut Writer, cx: &FormatCtx) {
        let attrs: Attrs = vec![
            ("model", self.model.name().to_string()),
            ("action", self.action.name().to_string()),
        ];
        fmt::element(w, "watchdog", &attrs, |w| {
            self.info.format(w, cx, InfoOpts::PLAIN)
        });
    }
}
