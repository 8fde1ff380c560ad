//! `virDomainSetMemoryStatsPeriod`: the balloon's statistics period, kept
//! in the definition's `<memballoon><stats period>`.

use super::stats::has_balloon;
use super::tuning::{one_def_live, pick, put};
use super::{check_flags, test_error, TestDriver};
use crate::driver::{Call, DomainId};
use crate::error::Result;
use oxvirt_abi::virDomainModificationImpact as M;
use oxvirt_abi::virErrorNumber;

impl TestDriver {
    pub(super) fn set_memory_stats_period(
        &self,
        cx: &Call,
        dom: &DomainId,
        period: i32,
        flags: u32,
    ) -> Result<()> {
        check_flags(
            cx,
            flags,
            M::VIR_DOMAIN_AFFECT_LIVE as u32 | M::VIR_DOMAIN_AFFECT_CONFIG as u32,
        )?;
        let obj = self.obj(dom)?;
        let mut o = obj.lock();
        let live = one_def_live(&o, flags)?;
        let cur = pick(&o, live);
        if !has_balloon(&cur) {
            return Err(test_error(
                virErrorNumber::VIR_ERR_INTERNAL_ERROR,
                Some("No memory balloon device configured, can not set the collection period"),
            ));
        }
        let mut def = (*cur).clone();
        if let Some(b) = def.devices.memballoon_mut() {
            b.period = period;
        }
        put(&mut o, live, def);
        Ok(())
    }
}
