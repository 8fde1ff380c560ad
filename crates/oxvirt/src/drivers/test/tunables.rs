//! The test driver's memory tunables (`<memtune>`), perf events (`<perf>`),
//! and the guest clock with the control state libvirt's test driver
//! derives from it.
//!
//! The tunables live in the definition (elements the domain model keeps
//! untyped), so they follow the definition through snapshot swaps and the
//! life cycle; the clock lives in the domain object, as libvirt's private
//! data does.

use super::lifecycle::check_active;
use super::tuning::{one_def_live, pick, put, validate_params};
use super::{check_flags, test_error, TestDriver};
use crate::conf::domain::{DomainDef, Kept};
use crate::driver::{Call, ControlInfo, DomainId, ParamsAnswer, TypedParam, TypedValue};
use crate::error::Result;
use oxvirt_abi::virDomainModificationImpact as M;
use oxvirt_abi::virErrorNumber;

const LIVE: u32 = M::VIR_DOMAIN_AFFECT_LIVE as u32;
const CONFIG: u32 = M::VIR_DOMAIN_AFFECT_CONFIG as u32;
/// `VIR_TYPED_PARAM_STRING_OKAY`.
const STRING_OKAY: u32 = 1 << 2;
/// `VIR_DOMAIN_TIME_SYNC`.
const TIME_SYNC: u32 = 1;
/// `VIR_DOMAIN_MEMORY_PARAM_UNLIMITED`: a limit that is not set.
const UNLIMITED: u64 = 9_007_199_254_740_991;

/// `virTypedParameterType` codes.
const T_ULLONG: i32 = 4;
const T_BOOLEAN: i32 = 6;

/// The memory limits the calls handle, in libvirt's order of parameters.
const MEM_PARAMS: [&str; 3] = ["hard_limit", "soft_limit", "swap_hard_limit"];
/// libvirt's order of `<memtune>` children.
const MEMTUNE_ORDER: [&str; 4] = [
    "hard_limit",
    "soft_limit",
    "min_guarantee",
    "swap_hard_limit",
];

/// libvirt's perf events (`virPerfEventType`), in order.
use crate::conf::domain::perf::EVENTS as PERF_EVENTS;

fn element(name: &str, attrs: &[(&str, &str)], text: Option<String>) -> Kept {
    Kept {
        name: name.into(),
        attrs: attrs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect(),
        text,
        children: Vec::new(),
    }
}

fn kept<'d>(def: &'d DomainDef, name: &str) -> Option<&'d Kept> {
    def.kept.iter().find(|k| k.name == name)
}

/// Replaces (or, with no children, removes) the kept element `name`.
fn replace_kept(def: &mut DomainDef, name: &str, children: Vec<Kept>) {
    let pos = def.kept.iter().position(|k| k.name == name);
    if let Some(p) = pos {
        def.kept.remove(p);
    }
    if !children.is_empty() {
        let mut k = element(name, &[], None);
        k.children = children;
        def.kept.insert(pos.unwrap_or(def.kept.len()), k);
    }
}

/// A size with its unit in KiB, as libvirt scales `<memtune>` values
/// (bytes round up).
fn kib(value: &str, unit: Option<&str>) -> Option<u64> {
    let v: u64 = value.trim().parse().ok()?;
    let bytes: u64 = match unit.unwrap_or("KiB") {
        "b" | "bytes" => 1,
        "KB" => 1000,
        "k" | "K" | "KiB" => 1 << 10,
        "MB" => 1_000_000,
        "m" | "M" | "MiB" => 1 << 20,
        "GB" => 1_000_000_000,
        "g" | "G" | "GiB" => 1 << 30,
        "TB" => 1_000_000_000_000,
        "t" | "T" | "TiB" => 1 << 40,
        "PB" => 1_000_000_000_000_000,
        "p" | "P" | "PiB" => 1 << 50,
        "EB" => 1_000_000_000_000_000_000,
        "e" | "E" | "EiB" => 1 << 60,
        _ => return None,
    };
    Some(v.checked_mul(bytes)?.div_ceil(1024))
}

/// A `<memtune>` limit in KiB; unset limits are unlimited.
fn mem_limit(def: &DomainDef, name: &str) -> u64 {
    kept(def, "memtune")
        .and_then(|m| m.children.iter().find(|k| k.name == name))
        .and_then(|k| kib(k.text.as_deref().unwrap_or(""), k.attr("unit")))
        .unwrap_or(UNLIMITED)
}

/// Sets `<memtune>` limits; an unlimited one is not written.
fn set_mem_limits(def: &mut DomainDef, set: &[(&str, u64)]) {
    let mut values: Vec<(String, Option<u64>)> = MEMTUNE_ORDER
        .iter()
        .map(|n| {
            let v = mem_limit(def, n);
            (n.to_string(), (v < UNLIMITED).then_some(v))
        })
        .collect();
    for (name, v) in set {
        if let Some(slot) = values.iter_mut().find(|(n, _)| n == name) {
            slot.1 = (*v < UNLIMITED).then_some(*v);
        }
    }
    let children = values
        .into_iter()
        .filter_map(|(n, v)| v.map(|v| element(&n, &[("unit", "KiB")], Some(v.to_string()))))
        .collect();
    replace_kept(def, "memtune", children);
}

/// Each perf event's setting in `<perf>`: Some(enabled) when given.
fn perf_events(def: &DomainDef) -> Vec<Option<bool>> {
    let perf = kept(def, "perf");
    PERF_EVENTS
        .iter()
        .map(|name| {
            perf.and_then(|p| {
                p.children
                    .iter()
                    .find(|k| k.name == "event" && k.attr("name") == Some(*name))
            })
            .and_then(|k| match k.attr("enabled") {
                Some("yes") => Some(true),
                Some("no") => Some(false),
                _ => None,
            })
        })
        .collect()
}

fn set_perf_events(def: &mut DomainDef, events: &[Option<bool>]) {
    let children = PERF_EVENTS
        .iter()
        .zip(events)
        .filter_map(|(name, e)| {
            e.map(|on| {
                element(
                    "event",
                    &[("name", name), ("enabled", if on { "yes" } else { "no" })],
                    None,
                )
            })
        })
        .collect();
    replace_kept(def, "perf", children);
}

/// What `DomainDriver` (in domains.rs) forwards to for these tunables.
impl TestDriver {
    pub(super) fn get_memory_params(
        &self,
        cx: &Call,
        dom: &DomainId,
        nparams: i32,
        flags: u32,
    ) -> Result<ParamsAnswer> {
        check_flags(cx, flags, LIVE | CONFIG | STRING_OKAY)?;
        if nparams == 0 {
            return Ok(ParamsAnswer::Count(MEM_PARAMS.len() as i32));
        }
        let obj = self.obj(dom)?;
        let def = {
            let o = obj.lock();
            pick(&o, one_def_live(&o, flags)?)
        };
        Ok(ParamsAnswer::Params(
            MEM_PARAMS
                .iter()
                .take(nparams.max(0) as usize)
                .map(|n| TypedParam::new(*n, TypedValue::ULLong(mem_limit(&def, n))))
                .collect(),
        ))
    }

    pub(super) fn set_memory_params(
        &self,
        cx: &Call,
        dom: &DomainId,
        params: &[TypedParam],
        flags: u32,
    ) -> Result<()> {
        check_flags(cx, flags, LIVE | CONFIG)?;
        let keys: Vec<(&str, i32)> = MEM_PARAMS.iter().map(|n| (*n, T_ULLONG)).collect();
        validate_params(params, &keys)?;
        let obj = self.obj(dom)?;
        let mut o = obj.lock();
        let live = one_def_live(&o, flags)?;
        // The first of each name counts, as libvirt's virTypedParamsGet.
        let given = |name: &str| {
            params
                .iter()
                .find_map(|p| match (&p.value, p.field == name) {
                    (TypedValue::ULLong(v), true) => Some(*v),
                    _ => None,
                })
        };
        let (hard, soft, swap) = (
            given("hard_limit"),
            given("soft_limit"),
            given("swap_hard_limit"),
        );
        if hard.is_some() || swap.is_some() {
            // libvirt compares with the current definition's limits,
            // whichever definition the flags select.
            let mem = hard.unwrap_or_else(|| mem_limit(&o.def, "hard_limit"));
            let swap_limit = swap.unwrap_or_else(|| mem_limit(&o.def, "swap_hard_limit"));
            if mem > swap_limit {
                return Err(test_error(
                    virErrorNumber::VIR_ERR_INVALID_ARG,
                    Some(
                        "memory hard_limit tunable value must be lower than or equal to swap_hard_limit",
                    ),
                ));
            }
        }
        let mut set = Vec::new();
        for (name, v) in [
            ("soft_limit", soft),
            ("hard_limit", hard),
            ("swap_hard_limit", swap),
        ] {
            if let Some(v) = v {
                set.push((name, v));
            }
        }
        let mut def = (*pick(&o, live)).clone();
        set_mem_limits(&mut def, &set);
        put(&mut o, live, def);
        Ok(())
    }

    pub(super) fn get_perf_events(
        &self,
        cx: &Call,
        dom: &DomainId,
        flags: u32,
    ) -> Result<Vec<TypedParam>> {
        check_flags(cx, flags, LIVE | CONFIG | STRING_OKAY)?;
        let obj = self.obj(dom)?;
        let def = {
            let o = obj.lock();
            pick(&o, one_def_live(&o, flags)?)
        };
        Ok(PERF_EVENTS
            .iter()
            .zip(perf_events(&def))
            .map(|(n, e)| TypedParam::new(*n, TypedValue::Boolean(e == Some(true))))
            .collect())
    }

    pub(super) fn set_perf_events(
        &self,
        cx: &Call,
        dom: &DomainId,
        params: &[TypedParam],
        flags: u32,
    ) -> Result<()> {
        check_flags(cx, flags, LIVE | CONFIG)?;
        let keys: Vec<(&str, i32)> = PERF_EVENTS.iter().map(|n| (*n, T_BOOLEAN)).collect();
        validate_params(params, &keys)?;
        let obj = self.obj(dom)?;
        let mut o = obj.lock();
        let live = one_def_live(&o, flags)?;
        let mut def = (*pick(&o, live)).clone();
        let mut events = perf_events(&def);
        for p in params {
            if let (Some(i), TypedValue::Boolean(on)) =
                (PERF_EVENTS.iter().position(|n| *n == p.field), &p.value)
            {
                events[i] = Some(*on);
            }
        }
        set_perf_events(&mut def, &events);
        put(&mut o, live, def);
        Ok(())
    }

    pub(super) fn get_control_info(
        &self,
        cx: &Call,
        dom: &DomainId,
        flags: u32,
    ) -> Result<ControlInfo> {
        use oxvirt_abi::virDomainControlErrorReason as R;
        use oxvirt_abi::virDomainControlState as S;
        check_flags(cx, flags, 0)?;
        let obj = self.obj(dom)?;
        let o = obj.lock();
        check_active(&o)?;
        // libvirt's test driver derives the state from the guest's clock.
        let s = o.time.0;
        let mut info = ControlInfo::default();
        if s > 0 && s < 10_000 {
            info.state = S::VIR_DOMAIN_CONTROL_JOB as u32;
            info.state_time = s as u64;
        } else if (10_000..30_000).contains(&s) {
            info.state = S::VIR_DOMAIN_CONTROL_OCCUPIED as u32;
            info.state_time = (s - 10_000) as u64;
        } else if (30_000..60_000).contains(&s) {
            info.state = S::VIR_DOMAIN_CONTROL_ERROR as u32;
            info.details = match s % 4 {
                1 => R::VIR_DOMAIN_CONTROL_ERROR_REASON_UNKNOWN,
                2 => R::VIR_DOMAIN_CONTROL_ERROR_REASON_MONITOR,
                3 => R::VIR_DOMAIN_CONTROL_ERROR_REASON_INTERNAL,
                _ => R::VIR_DOMAIN_CONTROL_ERROR_REASON_NONE,
            } as u32;
            info.state_time = (s - 30_000) as u64;
        } else {
            info.state = S::VIR_DOMAIN_CONTROL_OK as u32;
        }
        Ok(info)
    }

    pub(super) fn get_time(&self, cx: &Call, dom: &DomainId, flags: u32) -> Result<(i64, u32)> {
        check_flags(cx, flags, 0)?;
        let obj = self.obj(dom)?;
        let o = obj.lock();
        if o.state != oxvirt_abi::virDomainState::VIR_DOMAIN_RUNNING as i32 {
            return Err(test_error(
                virErrorNumber::VIR_ERR_OPERATION_INVALID,
                Some("domain is not running"),
            ));
        }
        Ok(o.time)
    }

    pub(super) fn set_time(
        &self,
        cx: &Call,
        dom: &DomainId,
        seconds: i64,
        nseconds: u32,
        flags: u32,
    ) -> Result<()> {
        check_flags(cx, flags, TIME_SYNC)?;
        let obj = self.obj(dom)?;
        let mut o = obj.lock();
        check_active(&o)?;
        o.time = (seconds, nseconds);
        Ok(())
    }
}
