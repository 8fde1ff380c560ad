//! The test driver's NUMA memory tuning (`virDomain{Get,Set}NumaParameters`):
//! the `<numatune>` of one definition.

use super::tuning::{one_def_live, pick, put, validate_params};
use super::{check_flags, test_error, TestDriver};
use crate::conf::domain::{parse_nodeset, NumaMode, Placement};
use crate::driver::{Call, DomainId, ParamsAnswer, TypedParam, TypedValue};
use crate::error::Result;
use oxvirt_abi::virDomainModificationImpact as M;
use oxvirt_abi::virErrorNumber;

const LIVE: u32 = M::VIR_DOMAIN_AFFECT_LIVE as u32;
const CONFIG: u32 = M::VIR_DOMAIN_AFFECT_CONFIG as u32;
/// `VIR_TYPED_PARAM_STRING_OKAY`.
const STRING_OKAY: u32 = 1 << 2;
const T_INT: i32 = 1;
const T_STRING: i32 = 7;
const MODE: &str = "numa_mode";
const NODESET: &str = "numa_nodeset";

impl TestDriver {
    pub(super) fn get_numa_params(
        &self,
        cx: &Call,
        dom: &DomainId,
        nparams: i32,
        flags: u32,
    ) -> Result<ParamsAnswer> {
        check_flags(cx, flags, LIVE | CONFIG | STRING_OKAY)?;
        if nparams == 0 {
            return Ok(ParamsAnswer::Count(2));
        }
        let obj = self.obj(dom)?;
        let def = {
            let o = obj.lock();
            pick(&o, one_def_live(&o, flags)?)
        };
        let mode = def.numatune.mode().unwrap_or(NumaMode::Strict);
        let all = [
            TypedParam::new(MODE, TypedValue::Int(mode.index())),
            TypedParam::new(NODESET, TypedValue::String(def.numatune.nodeset_text())),
        ];
        let n = usize::try_from(nparams).unwrap_or(0);
        Ok(ParamsAnswer::Params(all.into_iter().take(n).collect()))
    }

    pub(super) fn set_numa_params(
        &self,
        cx: &Call,
        dom: &DomainId,
        params: &[TypedParam],
        flags: u32,
    ) -> Result<()> {
        check_flags(cx, flags, LIVE | CONFIG)?;
        validate_params(params, &[(MODE, T_INT), (NODESET, T_STRING)])?;
        let obj = self.obj(dom)?;
        let mut o = obj.lock();
        let live = one_def_live(&o, flags)?;
        let mut def = (*pick(&o, live)).clone();
        let mut mode = None;
        let mut nodeset = None;
        for p in params {
            match &p.value {
                TypedValue::Int(m) if p.field == MODE => {
                    mode = Some(NumaMode::from_index(*m).ok_or_else(|| {
                        test_error(
                            virErrorNumber::VIR_ERR_INVALID_ARG,
                            Some(&format!("unsupported numatune mode: '{m}'")),
                        )
                    })?);
                }
                TypedValue::String(s) if p.field == NODESET => {
                    let set = parse_nodeset(s)?;
                    if set.is_empty() {
                        return Err(test_error(
                            virErrorNumber::VIR_ERR_OPERATION_INVALID,
                            Some(&format!("Invalid nodeset of 'numatune': {s}")),
                        ));
                    }
                    nodeset = Some(set);
                }
                _ => {}
            }
        }
        if let (true, Some(m), Some(current)) = (live, mode, def.numatune.mode()) {
            if m != current {
                return Err(test_error(
                    virErrorNumber::VIR_ERR_OPERATION_INVALID,
                    Some("can't change numatune mode for running domain"),
                ));
            }
        }
        let placement_static = def.vcpu.placement == Placement::Static;
        def.numatune.set(placement_static, None, mode, nodeset)?;
        put(&mut o, live, def);
        Ok(())
    }
}
