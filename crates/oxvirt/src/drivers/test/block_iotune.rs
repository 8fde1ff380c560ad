//! The test driver's disk I/O limits (`virDomain{Get,Set}BlockIoTune`):
//! read from and written to the disk's `<iotune>` in the definition the
//! flags select, with the checks of libvirt's test driver.

use super::tuning::{one_def_live, pick, put, validate_params};
use super::{check_flags, test_error, TestDriver};
use crate::conf::domain::devices::{BlockIoTune, IOTUNE_FIELDS};
use crate::driver::{Call, DomainId, ParamsAnswer, TypedParam, TypedValue};
use crate::error::Result;
use oxvirt_abi::virDomainModificationImpact as M;
use oxvirt_abi::virErrorNumber;

const LIVE: u32 = M::VIR_DOMAIN_AFFECT_LIVE as u32;
const CONFIG: u32 = M::VIR_DOMAIN_AFFECT_CONFIG as u32;
/// `VIR_TYPED_PARAM_STRING_OKAY`.
const STRING_OKAY: u32 = 1 << 2;
/// `virTypedParameterType` codes.
const T_ULLONG: i32 = 4;
const T_STRING: i32 = 7;
/// The largest limit the test driver takes.
const MAX: u64 = 1_000_000_000_000_000;
/// The group name's position among the parameters.
const GROUP_AT: usize = 13;
const GROUP: &str = "group_name";

/// The parameters in libvirt's order: the numeric limits with the group
/// name after `size_iops_sec`.
fn param_names() -> Vec<&'static str> {
    let mut names: Vec<&str> = IOTUNE_FIELDS.to_vec();
    names.insert(GROUP_AT, GROUP);
    names
}

fn invalid(detail: &str) -> crate::error::Error {
    test_error(virErrorNumber::VIR_ERR_INVALID_ARG, Some(detail))
}

/// libvirt's checks of limits that exclude each other or must not
/// exceed their burst.
fn check(t: &BlockIoTune) -> Result<()> {
    let exclusive = [
        (
            t.total_bytes_sec,
            t.read_bytes_sec,
            t.write_bytes_sec,
            "bytes_sec",
        ),
        (
            t.total_iops_sec,
            t.read_iops_sec,
            t.write_iops_sec,
            "iops_sec",
        ),
        (
            t.total_bytes_sec_max,
            t.read_bytes_sec_max,
            t.write_bytes_sec_max,
            "bytes_sec_max",
        ),
        (
            t.total_iops_sec_max,
            t.read_iops_sec_max,
            t.write_iops_sec_max,
            "iops_sec_max",
        ),
    ];
    for (total, read, write, what) in exclusive {
        if total != 0 && (read != 0 || write != 0) {
            return Err(invalid(&format!(
                "total and read/write of {what} cannot be set at the same time"
            )));
        }
    }
    let bursts = [
        (t.total_bytes_sec, t.total_bytes_sec_max, "total_bytes_sec"),
        (t.read_bytes_sec, t.read_bytes_sec_max, "read_bytes_sec"),
        (t.write_bytes_sec, t.write_bytes_sec_max, "write_bytes_sec"),
        (t.total_iops_sec, t.total_iops_sec_max, "total_iops_sec"),
        (t.read_iops_sec, t.read_iops_sec_max, "read_iops_sec"),
        (t.write_iops_sec, t.write_iops_sec_max, "write_iops_sec"),
    ];
    for (v, max, name) in bursts {
        if v > max {
            return Err(invalid(&format!(
                "{name} cannot be set higher than {name}_max "
            )));
        }
    }
    Ok(())
}

impl TestDriver {
    pub(super) fn get_block_io_tune(
        &self,
        cx: &Call,
        dom: &DomainId,
        disk: Option<&str>,
        nparams: i32,
        flags: u32,
    ) -> Result<ParamsAnswer> {
        check_flags(cx, flags, LIVE | CONFIG | STRING_OKAY)?;
        let names = param_names();
        if nparams == 0 {
            return Ok(ParamsAnswer::Count(names.len() as i32));
        }
        let obj = self.obj(dom)?;
        let def = {
            let o = obj.lock();
            pick(&o, one_def_live(&o, flags & !STRING_OKAY)?)
        };
        let path = disk.unwrap_or("");
        let t = def
            .devices
            .disk_by_name(path, true)
            .ok_or_else(|| invalid(&format!("disk '{path}' was not found in the domain config")))?
            .iotune
            .clone();
        let values = t.values();
        let mut numbers = values.iter();
        let list = names
            .iter()
            .map(|n| {
                let value = if *n == GROUP {
                    TypedValue::String(t.group_name.clone().unwrap_or_default())
                } else {
                    TypedValue::ULLong(numbers.next().copied().unwrap_or(0))
                };
                TypedParam::new(*n, value)
            })
            .take(nparams.max(0) as usize)
            .collect();
        Ok(ParamsAnswer::Params(list))
    }

    pub(super) fn set_block_io_tune(
        &self,
        cx: &Call,
        dom: &DomainId,
        disk: &str,
        params: &[TypedParam],
        flags: u32,
    ) -> Result<()> {
        check_flags(cx, flags, LIVE | CONFIG)?;
        let keys: Vec<(&str, i32)> = param_names()
            .into_iter()
            .map(|n| (n, if n == GROUP { T_STRING } else { T_ULLONG }))
            .collect();
        validate_params(params, &keys)?;
        let obj = self.obj(dom)?;
        let mut o = obj.lock();
        let live = one_def_live(&o, flags)?;
        let mut def = (*pick(&o, live)).clone();
        let d = def.devices.disk_by_name_mut(disk, true).ok_or_else(|| {
            invalid(&format!(
                "missing persistent configuration for disk '{disk}'"
            ))
        })?;
        let mut t = d.iotune.clone();
        for p in params {
            match &p.value {
                TypedValue::ULLong(v) => {
                    if *v > MAX {
                        return Err(test_error(
                            virErrorNumber::VIR_ERR_ARGUMENT_UNSUPPORTED,
                            Some(&format!(
                                "block I/O throttle limit value must be no more than {MAX}"
                            )),
                        ));
                    }
                    if let Some(f) = t.field_mut(&p.field) {
                        *f = *v;
                    }
                }
                TypedValue::String(s) if p.field == GROUP => t.group_name = Some(s.clone()),
                _ => {}
            }
        }
        check(&t)?;
        d.iotune = t;
        put(&mut o, live, def);
        Ok(())
    }
}
