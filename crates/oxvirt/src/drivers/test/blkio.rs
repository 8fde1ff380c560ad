//! The test driver's block I/O tuning (`virDomain{Get,Set}BlkioParameters`):
//! the `<blkiotune>` of one definition, read and changed as libvirt's
//! shared driver helpers do.

use super::tuning::{one_def_live, pick, put, validate_params};
use super::{check_flags, TestDriver};
use crate::conf::domain::{BlkioDevice, Blkiotune};
use crate::conf::xml::number;
use crate::driver::{Call, DomainId, ParamsAnswer, TypedParam, TypedValue};
use crate::error::{Error, Result};
use oxvirt_abi::virDomainModificationImpact as M;
use oxvirt_abi::{virErrorDomain, virErrorNumber};

const LIVE: u32 = M::VIR_DOMAIN_AFFECT_LIVE as u32;
const CONFIG: u32 = M::VIR_DOMAIN_AFFECT_CONFIG as u32;
/// `VIR_TYPED_PARAM_STRING_OKAY`.
const STRING_OKAY: u32 = 1 << 2;
const T_UINT: i32 = 2;
const T_STRING: i32 = 7;

const WEIGHT: &str = "weight";
/// The per-device parameters, in the order libvirt reports them.
const DEVICE_PARAMS: [&str; 5] = [
    "device_weight",
    "device_read_iops_sec",
    "device_write_iops_sec",
    "device_read_bytes_sec",
    "device_write_bytes_sec",
];

fn invalid(detail: &str) -> Error {
    Error::new(
        virErrorDomain::VIR_FROM_DOMAIN,
        virErrorNumber::VIR_ERR_INVALID_ARG,
        Some(detail),
    )
}

/// The value of parameter `name` of a device.
fn value_of(d: &BlkioDevice, name: &str) -> u64 {
    match name {
        "device_weight" => d.weight.into(),
        "device_read_iops_sec" => d.read_iops.into(),
        "device_write_iops_sec" => d.write_iops.into(),
        "device_read_bytes_sec" => d.read_bps,
        _ => d.write_bps,
    }
}

/// Copies parameter `name` from `src` into `dst`.
fn copy_value(dst: &mut BlkioDevice, src: &BlkioDevice, name: &str) {
    match name {
        "device_weight" => dst.weight = src.weight,
        "device_read_iops_sec" => dst.read_iops = src.read_iops,
        "device_write_iops_sec" => dst.write_iops = src.write_iops,
        "device_read_bytes_sec" => dst.read_bps = src.read_bps,
        _ => dst.write_bps = src.write_bps,
    }
}

/// The numeric prefix `strtoul` would read from `s`: blanks, a sign,
/// digits. `None` when there are no digits.
fn numeric_prefix(s: &str) -> Option<&str> {
    let b = s.as_bytes();
    let mut i = 0;
    while matches!(b.get(i), Some(b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')) {
        i += 1;
    }
    if matches!(b.get(i), Some(b'+' | b'-')) {
        i += 1;
    }
    let digits = i;
    while b.get(i).is_some_and(u8::is_ascii_digit) {
        i += 1;
    }
    (i > digits).then(|| &s[..i])
}

/// libvirt's `virDomainDriverParseBlkioDeviceStr`: `path,value,...` for
/// parameter `name`.
fn parse_devices(s: &str, name: &str) -> Result<Vec<BlkioDevice>> {
    if s.is_empty() {
        return Ok(Vec::new());
    }
    let parse_error = || invalid(&format!("unable to parse blkio device '{name}' '{s}'"));
    // An even number of fields: an odd number of commas.
    if s.matches(',').count().is_multiple_of(2) {
        return Err(parse_error());
    }
    let mut out = Vec::new();
    let mut rest = s;
    loop {
        let (path, value) = rest.split_once(',').ok_or_else(parse_error)?;
        let number_error = || {
            invalid(&format!(
                "invalid value '{value}' for parameter '{name}' of device '{path}'"
            ))
        };
        let digits = numeric_prefix(value).ok_or_else(number_error)?;
        let mut dev = BlkioDevice {
            path: path.to_owned(),
            ..BlkioDevice::default()
        };
        match name {
            "device_read_bytes_sec" | "device_write_bytes_sec" => {
                let v = number::to_u64_p(digits, 10).ok_or_else(number_error)?;
                if name == "device_read_bytes_sec" {
                    dev.read_bps = v;
                } else {
                    dev.write_bps = v;
                }
            }
            _ => {
                let v = u64::from(number::to_u32_p(digits, 10).ok_or_else(number_error)?);
                let v32 = v as u32;
                match name {
                    "device_weight" => dev.weight = v32,
                    "device_read_iops_sec" => dev.read_iops = v32,
                    _ => dev.write_iops = v32,
                }
            }
        }
        out.push(dev);
        match &value[digits.len()..] {
            "" => break,
            tail => match tail.strip_prefix(',') {
                Some(next) => rest = next,
                None => return Err(parse_error()),
            },
        }
    }
    Ok(out)
}

/// libvirt's `virDomainDriverMergeBlkioDevice`: known paths take the new
/// value (even 0); new paths are added unless their value is 0.
fn merge(tune: &mut Blkiotune, devices: &[BlkioDevice], name: &str) {
    for src in devices {
        match tune.devices.iter_mut().find(|d| d.path == src.path) {
            Some(dst) => copy_value(dst, src, name),
            None if src.is_unset() => {}
            None => {
                let mut dst = BlkioDevice {
                    path: src.path.clone(),
                    ..BlkioDevice::default()
                };
                copy_value(&mut dst, src, name);
                tune.devices.push(dst);
            }
        }
    }
}

impl TestDriver {
    pub(super) fn get_blkio_params(
        &self,
        cx: &Call,
        dom: &DomainId,
        nparams: i32,
        flags: u32,
    ) -> Result<ParamsAnswer> {
        check_flags(cx, flags, LIVE | CONFIG | STRING_OKAY)?;
        let all = 1 + DEVICE_PARAMS.len();
        if nparams == 0 {
            return Ok(ParamsAnswer::Count(all as i32));
        }
        let max = usize::try_from(nparams).unwrap_or(0).min(all);
        let obj = self.obj(dom)?;
        let def = {
            let o = obj.lock();
            pick(&o, one_def_live(&o, flags)?)
        };
        let tune = &def.blkiotune;
        let mut out = vec![TypedParam::new(WEIGHT, TypedValue::UInt(tune.weight))];
        for name in DEVICE_PARAMS.iter().take(max.saturating_sub(1)) {
            let text: Vec<String> = tune
                .devices
                .iter()
                .filter(|d| value_of(d, name) != 0)
                .map(|d| format!("{},{}", d.path, value_of(d, name)))
                .collect();
            out.push(TypedParam::new(*name, TypedValue::String(text.join(","))));
        }
        Ok(ParamsAnswer::Params(out))
    }

    pub(super) fn set_blkio_params(
        &self,
        cx: &Call,
        dom: &DomainId,
        params: &[TypedParam],
        flags: u32,
    ) -> Result<()> {
        check_flags(cx, flags, LIVE | CONFIG)?;
        let mut keys = vec![(WEIGHT, T_UINT)];
        keys.extend(DEVICE_PARAMS.iter().map(|n| (*n, T_STRING)));
        validate_params(params, &keys)?;
        let obj = self.obj(dom)?;
        let mut o = obj.lock();
        let live = one_def_live(&o, flags)?;
        let mut def = (*pick(&o, live)).clone();
        // libvirt goes on past a bad parameter and keeps what the others
        // changed; the last error is the answer.
        let mut failed = None;
        for p in params {
            match &p.value {
                TypedValue::UInt(v) if p.field == WEIGHT => def.blkiotune.weight = *v,
                TypedValue::String(s) if DEVICE_PARAMS.contains(&p.field.as_str()) => {
                    match parse_devices(s, &p.field) {
                        Ok(devices) => merge(&mut def.blkiotune, &devices, &p.field),
                        Err(e) => failed = Some(e),
                    }
                }
                _ => {}
            }
        }
        put(&mut o, live, def);
        failed.map_or(Ok(()), Err)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn device_strings() {
        let d = parse_devices("/dev/a,10,/dev/b, +20", "device_weight").unwrap();
        assert_eq!((d[0].path.as_str(), d[0].weight), ("/dev/a", 10));
        assert_eq!((d[1].path.as_str(), d[1].weight), ("/dev/b", 20));
        assert_eq!(
            parse_devices("/dev/a,x,/dev/b,1", "device_weight")
                .unwrap_err()
                .message,
            "invalid argument: invalid value 'x,/dev/b,1' for parameter 'device_weight' of device '/dev/a'"
        );
        assert!(parse_devices("/dev/a", "device_weight").is_err());
        assert!(parse_devices("/dev/a,1x", "device_weight").is_err());
        assert!(parse_devices("/dev/a,-1", "device_read_bytes_sec").is_err());
        assert!(parse_devices("/dev/a,4294967296", "device_read_iops_sec").is_err());
        assert_eq!(
            parse_devices("/dev/a,4294967296", "device_read_bytes_sec").unwrap()[0].read_bps,
            4294967296
        );
        assert!(parse_devices("", "device_weight").unwrap().is_empty());
    }
}
