//! The test driver's tuning calls: the scheduler (a fixed "fair" one with
//! a weight it does not keep, as libvirt's test driver has), vCPU counts
//! and the pinning of vCPUs and of the emulator.
//!
//! Pins live in the definition itself (its `<cputune>` element, which the
//! domain model keeps untyped), so they follow the definition through
//! every snapshot swap and life-cycle change, as libvirt's do.

use super::state::ObjState;
use super::{check_flags, test_error, TestDriver};
use crate::conf::domain::{Bitmap, DomainDef, Kept};
use crate::driver::{Call, DomainId, TypedParam, TypedValue, VcpuInfo};
use crate::error::{Error, Result};
use oxvirt_abi::virDomainModificationImpact as M;
use oxvirt_abi::{virErrorDomain, virErrorNumber};
use std::sync::Arc;

const LIVE: u32 = M::VIR_DOMAIN_AFFECT_LIVE as u32;
const CONFIG: u32 = M::VIR_DOMAIN_AFFECT_CONFIG as u32;
/// `VIR_DOMAIN_VCPU_MAXIMUM`.
const VCPU_MAXIMUM: u32 = oxvirt_abi::virDomainVcpuFlags::VIR_DOMAIN_VCPU_MAXIMUM as u32;

fn conf_error(code: virErrorNumber, detail: &str) -> Error {
    Error::new(virErrorDomain::VIR_FROM_DOMAIN, code, Some(detail))
}

/// libvirt's flag check in the driver function `function` (for the calls
/// libvirt serves with another call's function).
fn check_flags_of(function: &str, flags: u32, supported: u32) -> Result<()> {
    let extra = flags & !supported;
    if extra == 0 {
        return Ok(());
    }
    Err(Error::invalid_arg(
        virErrorDomain::VIR_FROM_TEST,
        function,
        "flags",
        &format!("unsupported flags (0x{extra:x}) in function {function}"),
    ))
}

fn none_error(code: virErrorNumber, detail: &str) -> Error {
    Error::new(virErrorDomain::VIR_FROM_NONE, code, Some(detail))
}

/// libvirt's `virTypedParamsValidate`: each parameter is one of `keys`
/// (name, `virTypedParameterType`), at most once, of the key's type.
pub(super) fn validate_params(params: &[TypedParam], keys: &[(&str, i32)]) -> Result<()> {
    let mut sorted: Vec<&TypedParam> = params.iter().collect();
    sorted.sort_by(|a, b| a.field.as_bytes().cmp(b.field.as_bytes()));
    let mut keys = keys.to_vec();
    keys.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
    let (mut i, mut j) = (0, 0);
    let mut last: Option<&str> = None;
    while i < sorted.len() && j < keys.len() {
        let p = sorted[i];
        if p.field != keys[j].0 {
            j += 1;
            continue;
        }
        if last == Some(p.field.as_str()) {
            return Err(none_error(
                virErrorNumber::VIR_ERR_INVALID_ARG,
                &format!("parameter '{}' occurs multiple times", p.field),
            ));
        }
        if p.value.type_code() != keys[j].1 {
            return Err(none_error(
                virErrorNumber::VIR_ERR_INVALID_ARG,
                &format!(
                    "invalid type '{}' for parameter '{}', expected '{}'",
                    type_name(p.value.type_code()),
                    p.field,
                    type_name(keys[j].1)
                ),
            ));
        }
        last = Some(p.field.as_str());
        i += 1;
    }
    if j == keys.len() && i != sorted.len() {
        return Err(none_error(
            virErrorNumber::VIR_ERR_ARGUMENT_UNSUPPORTED,
            &format!("parameter '{}' not supported", sorted[i].field),
        ));
    }
    Ok(())
}

fn type_name(t: i32) -> &'static str {
    match t {
        1 => "int",
        2 => "uint",
        3 => "llong",
        4 => "ullong",
        5 => "double",
        6 => "boolean",
        7 => "string",
        _ => "unknown",
    }
}

/// libvirt's `virDomainObjGetOneDefState`: whether `flags` select the live
/// definition, with its errors.
pub(super) fn one_def_live(o: &ObjState, flags: u32) -> Result<bool> {
    if flags & LIVE != 0 && flags & CONFIG != 0 {
        return Err(Error::invalid_arg(
            virErrorDomain::VIR_FROM_DOMAIN,
            "virDomainObjGetOneDefState",
            "flags",
            "Flags 'VIR_DOMAIN_AFFECT_LIVE' and 'VIR_DOMAIN_AFFECT_CONFIG' are mutually exclusive",
        ));
    }
    let (live, _) = impact(o, flags)?;
    Ok(live)
}

/// libvirt's `virDomainObjUpdateModificationImpact`: (live, config).
pub(super) fn impact(o: &ObjState, mut flags: u32) -> Result<(bool, bool)> {
    if flags & (LIVE | CONFIG) == 0 {
        flags |= if o.active() { LIVE } else { CONFIG };
    }
    if !o.active() && flags & LIVE != 0 {
        return Err(conf_error(
            virErrorNumber::VIR_ERR_OPERATION_INVALID,
            "domain is not running",
        ));
    }
    if !o.persistent && flags & CONFIG != 0 {
        return Err(conf_error(
            virErrorNumber::VIR_ERR_OPERATION_INVALID,
            "transient domains do not have any persistent config",
        ));
    }
    Ok((flags & LIVE != 0, flags & CONFIG != 0))
}

/// The definition `live` names: the running one, or the persistent one.
pub(super) fn pick(o: &ObjState, live: bool) -> Arc<DomainDef> {
    match (&o.new_def, live, o.active()) {
        (Some(d), false, true) => d.clone(),
        _ => o.def.clone(),
    }
}

/// Replaces the definition `live` names with `def`.
pub(super) fn put(o: &mut ObjState, live: bool, def: DomainDef) {
    let def = Arc::new(def);
    let active = o.active();
    match (&mut o.new_def, live, active) {
        (Some(d), false, true) => *d = def,
        _ => o.def = def,
    }
}

fn online(def: &DomainDef) -> u32 {
    def.vcpu.current.unwrap_or(def.vcpus)
}

fn set_online(def: &mut DomainDef, n: u32) {
    def.vcpu.current = (n != def.vcpus).then_some(n);
}

// Pins, in the definition's `<cputune>`.

/// libvirt's order of `<cputune>` children.
const CPUTUNE_ORDER: &[&str] = &[
    "shares",
    "global_period",
    "global_quota",
    "period",
    "quota",
    "emulator_period",
    "emulator_quota",
    "iothread_period",
    "iothread_quota",
    "vcpupin",
    "emulatorpin",
    "iothreadpin",
    "emulatorsched",
    "vcpusched",
    "iothreadsched",
    "cachetune",
    "memorytune",
];

pub(super) fn cpuset(k: &Kept) -> Bitmap {
    k.attr("cpuset")
        .and_then(|s| Bitmap::parse(s, u32::MAX))
        .unwrap_or_default()
}

pub(super) fn cputune(def: &DomainDef) -> Option<&Kept> {
    def.kept.iter().find(|k| k.name == "cputune")
}

fn vcpu_pin(def: &DomainDef, vcpu: u32) -> Option<Bitmap> {
    cputune(def)?
        .children
        .iter()
        .find(|k| k.name == "vcpupin" && k.attr("vcpu") == Some(&vcpu.to_string()))
        .map(cpuset)
}

fn emulator_pin(def: &DomainDef) -> Option<Bitmap> {
    cputune(def)?
        .children
        .iter()
        .find(|k| k.name == "emulatorpin")
        .map(cpuset)
}

fn rank(name: &str) -> usize {
    CPUTUNE_ORDER
        .iter()
        .position(|n| *n == name)
        .unwrap_or(CPUTUNE_ORDER.len())
}

/// Edits `<cputune>`: drops the children `drop` matches, then adds `add`
/// in its place of libvirt's order; an empty `<cputune>` goes away.
pub(super) fn edit_cputune(def: &mut DomainDef, drop: impl Fn(&Kept) -> bool, add: Option<Kept>) {
    let pos = def.kept.iter().position(|k| k.name == "cputune");
    let mut ct = match pos {
        Some(p) => def.kept.remove(p),
        None => Kept {
            name: "cputune".into(),
            attrs: Vec::new(),
            text: None,
            children: Vec::new(),
        },
    };
    ct.children.retain(|k| !drop(k));
    if let Some(add) = add {
        let key = |k: &Kept| {
            (
                rank(&k.name),
                k.attr("vcpu").and_then(|v| v.parse::<u32>().ok()),
            )
        };
        let at = ct
            .children
            .iter()
            .position(|k| key(k) > key(&add))
            .unwrap_or(ct.children.len());
        ct.children.insert(at, add);
    }
    if !ct.children.is_empty() || ct.text.is_some() {
        def.kept.insert(pos.unwrap_or(def.kept.len()), ct);
    }
}

fn pin_element(name: &str, vcpu: Option<u32>, set: &Bitmap) -> Kept {
    let mut attrs = Vec::new();
    if let Some(v) = vcpu {
        attrs.push(("vcpu".to_string(), v.to_string()));
    }
    attrs.push(("cpuset".to_string(), set.to_string()));
    Kept {
        name: name.into(),
        attrs,
        text: None,
        children: Vec::new(),
    }
}

/// A map of `maplen` bytes, one bit per CPU of `set`, lowest first.
fn to_map(set: &Bitmap, maplen: usize) -> Vec<u8> {
    let mut map = vec![0u8; maplen];
    for &c in &set.0 {
        if let Some(b) = map.get_mut(c as usize / 8) {
            *b |= 1 << (c % 8);
        }
    }
    map
}

pub(super) fn from_map(map: &[u8]) -> Bitmap {
    Bitmap(
        (0..map.len() as u32 * 8)
            .filter(|c| map[*c as usize / 8] & (1 << (c % 8)) != 0)
            .collect(),
    )
}

impl TestDriver {
    /// Every CPU of the host (`VIR_NODEINFO_MAXCPUS`).
    fn host_cpus(&self) -> Bitmap {
        let n = &self.st.node;
        Bitmap((0..n.nodes * n.sockets * n.cores * n.threads).collect())
    }

    /// The set a vCPU runs on: its pin, else the domain's `<vcpu cpuset>`,
    /// else every host CPU.
    fn vcpu_set(&self, def: &DomainDef, vcpu: u32) -> Bitmap {
        vcpu_pin(def, vcpu)
            .or_else(|| def.vcpu.cpuset.clone())
            .unwrap_or_else(|| self.host_cpus())
    }
}

/// What `DomainDriver` (in domains.rs) forwards to for tuning.
impl TestDriver {
    pub(super) fn scheduler_type(&self, _cx: &Call, _dom: &DomainId) -> Result<(String, i32)> {
        // libvirt's test driver answers without looking the domain up.
        Ok(("fair".into(), 1))
    }

    pub(super) fn get_scheduler_params(
        &self,
        cx: &Call,
        dom: &DomainId,
        flags: u32,
    ) -> Result<Vec<TypedParam>> {
        check_flags(cx, flags, 0)?;
        self.obj(dom)?;
        Ok(vec![TypedParam::new("weight", TypedValue::UInt(50))])
    }

    pub(super) fn set_scheduler_params(
        &self,
        cx: &Call,
        dom: &DomainId,
        params: &[TypedParam],
        flags: u32,
    ) -> Result<()> {
        check_flags(cx, flags, 0)?;
        validate_params(params, &[("weight", 2)])?;
        // The weight is not kept, as in libvirt's test driver.
        self.obj(dom)?;
        Ok(())
    }

    pub(super) fn get_vcpus_flags(&self, cx: &Call, dom: &DomainId, flags: u32) -> Result<i32> {
        check_flags(cx, flags, LIVE | CONFIG | VCPU_MAXIMUM)?;
        let obj = self.obj(dom)?;
        let def = {
            let o = obj.lock();
            pick(&o, one_def_live(&o, flags)?)
        };
        Ok(if flags & VCPU_MAXIMUM != 0 {
            def.vcpus
        } else {
            online(&def)
        } as i32)
    }

    pub(super) fn set_vcpus(
        &self,
        cx: &Call,
        dom: &DomainId,
        n: u32,
        flags: Option<u32>,
    ) -> Result<()> {
        // virDomainSetVcpus is the flags call with AFFECT_LIVE, named as
        // that one in errors.
        let flags = flags.unwrap_or(LIVE);
        let _ = cx;
        check_flags_of(
            "testDomainSetVcpusFlags",
            flags,
            LIVE | CONFIG | VCPU_MAXIMUM,
        )?;
        let max = 32; // testConnectGetMaxVcpus
        if n > max {
            return Err(test_error(
                virErrorNumber::VIR_ERR_INVALID_ARG,
                Some(&format!(
                    "requested cpu amount exceeds maximum supported amount ({n} > {max})"
                )),
            ));
        }
        let obj = self.obj(dom)?;
        let mut o = obj.lock();
        let (live, config) = impact(&o, flags)?;
        let exceeds = |m: u32| {
            test_error(
                virErrorNumber::VIR_ERR_INVALID_ARG,
                Some(&format!("requested cpu amount exceeds maximum ({n} > {m})")),
            )
        };
        let live_def = live.then(|| o.def.clone());
        // A running domain's configuration is its persistent definition; a
        // stopped one's is its definition.
        let conf_def = config.then(|| pick(&o, false));
        if let Some(d) = &live_def {
            if d.vcpus < n {
                return Err(exceeds(d.vcpus));
            }
        }
        if let Some(d) = &conf_def {
            if flags & VCPU_MAXIMUM == 0 && d.vcpus < n {
                return Err(exceeds(d.vcpus));
            }
        }
        if let Some(d) = live_def {
            let mut d = (*d).clone();
            set_online(&mut d, n);
            put(&mut o, true, d);
        }
        if let Some(d) = conf_def {
            let mut d = (*d).clone();
            if flags & VCPU_MAXIMUM != 0 {
                let cur = online(&d).min(n);
                d.vcpus = n;
                set_online(&mut d, cur);
                // The vCPUs that went away take their pins along.
                edit_cputune(
                    &mut d,
                    |k| {
                        k.name == "vcpupin"
                            && k.attr("vcpu")
                                .and_then(|v| v.parse::<u32>().ok())
                                .is_some_and(|v| v >= n)
                    },
                    None,
                );
            } else {
                set_online(&mut d, n);
            }
            put(&mut o, false, d);
        }
        Ok(())
    }

    pub(super) fn get_vcpus(
        &self,
        _cx: &Call,
        dom: &DomainId,
        maxinfo: usize,
        maplen: usize,
    ) -> Result<Vec<VcpuInfo>> {
        let obj = self.obj(dom)?;
        let def = {
            let o = obj.lock();
            if !o.active() {
                return Err(test_error(
                    virErrorNumber::VIR_ERR_OPERATION_INVALID,
                    Some("cannot list vcpus for an inactive domain"),
                ));
            }
            o.def.clone()
        };
        let now_us = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_micros() as u64)
            .unwrap_or(0);
        let n = maxinfo.min(online(&def) as usize);
        Ok((0..n as u32)
            .map(|i| {
                let set = self.vcpu_set(&def, i);
                VcpuInfo {
                    number: i,
                    state: oxvirt_abi::virVcpuState::VIR_VCPU_RUNNING as i32,
                    cpu_time_ns: now_us / 10,
                    cpu: set.0.last().map(|c| *c as i32).unwrap_or(-1),
                    cpumap: to_map(&set, maplen),
                }
            })
            .collect())
    }

    pub(super) fn pin_vcpu(
        &self,
        cx: &Call,
        dom: &DomainId,
        vcpu: u32,
        cpumap: &[u8],
        flags: u32,
    ) -> Result<()> {
        let _ = cx;
        check_flags_of("testDomainPinVcpuFlags", flags, 0)?;
        let obj = self.obj(dom)?;
        let mut o = obj.lock();
        if !o.active() {
            return Err(test_error(
                virErrorNumber::VIR_ERR_OPERATION_INVALID,
                Some("cannot pin vcpus on an inactive domain"),
            ));
        }
        let mut def = (*o.def).clone();
        if vcpu >= online(&def) {
            return Err(test_error(
                virErrorNumber::VIR_ERR_INVALID_ARG,
                Some(&format!(
                    "requested vcpu '{}' is not present in the domain",
                    vcpu as i32
                )),
            ));
        }
        let v = vcpu.to_string();
        edit_cputune(
            &mut def,
            |k| k.name == "vcpupin" && k.attr("vcpu") == Some(v.as_str()),
            Some(pin_element("vcpupin", Some(vcpu), &from_map(cpumap))),
        );
        o.def = Arc::new(def);
        Ok(())
    }

    pub(super) fn get_vcpu_pin_info(
        &self,
        _cx: &Call,
        dom: &DomainId,
        ncpumaps: usize,
        maplen: usize,
        flags: u32,
    ) -> Result<Vec<Vec<u8>>> {
        // libvirt's test driver checks no flags here.
        let obj = self.obj(dom)?;
        let def = {
            let o = obj.lock();
            pick(&o, one_def_live(&o, flags)?)
        };
        let n = ncpumaps.min(def.vcpus as usize);
        Ok((0..n as u32)
            .map(|i| to_map(&self.vcpu_set(&def, i), maplen))
            .collect())
    }

    pub(super) fn pin_emulator(
        &self,
        cx: &Call,
        dom: &DomainId,
        cpumap: &[u8],
        flags: u32,
    ) -> Result<()> {
        check_flags(cx, flags, LIVE | CONFIG)?;
        let obj = self.obj(dom)?;
        let mut o = obj.lock();
        let live = one_def_live(&o, flags)?;
        let set = from_map(cpumap);
        if set.is_empty() {
            return Err(test_error(
                virErrorNumber::VIR_ERR_INVALID_ARG,
                Some("Empty cpu list for pinning"),
            ));
        }
        let mut def = (*pick(&o, live)).clone();
        edit_cputune(
            &mut def,
            |k| k.name == "emulatorpin",
            Some(pin_element("emulatorpin", None, &set)),
        );
        put(&mut o, live, def);
        Ok(())
    }

    pub(super) fn get_emulator_pin_info(
        &self,
        cx: &Call,
        dom: &DomainId,
        maplen: usize,
        flags: u32,
    ) -> Result<(i32, Vec<u8>)> {
        check_flags(cx, flags, LIVE | CONFIG)?;
        let obj = self.obj(dom)?;
        let def = {
            let o = obj.lock();
            pick(&o, one_def_live(&o, flags)?)
        };
        let set = emulator_pin(&def)
            .or_else(|| def.vcpu.cpuset.clone())
            .unwrap_or_else(|| self.host_cpus());
        Ok((1, to_map(&set, maplen)))
    }
}

impl TestDriver {
    pub(super) fn get_max_vcpus(&self, _cx: &Call, dom: &DomainId) -> Result<i32> {
        // libvirt serves it with its GetVcpusFlags function.
        let obj = self.obj(dom)?;
        let def = {
            let o = obj.lock();
            pick(&o, one_def_live(&o, LIVE)?)
        };
        Ok(def.vcpus as i32)
    }
}
