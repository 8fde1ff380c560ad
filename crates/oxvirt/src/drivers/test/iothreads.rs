//! The test driver's I/O thread calls: listing, adding, removing and
//! pinning the threads of one definition (`<iothreadids>`, pins in
//! `<cputune>`), and the polling settings the driver keeps per domain
//! object, as libvirt's test driver does.

use super::iothread_poll::Poll;
use super::state::ObjState;
use super::tuning::validate_params;
use super::tuning::{cpuset, cputune, edit_cputune, from_map, one_def_live, pick, put};
use super::{check_flags, test_error, TestDriver};
use crate::conf::domain::{Bitmap, Device, DomainDef, Kept};
use crate::driver::hypervisor::IoThreadInfo;
use crate::driver::{Call, DomainId, TypedParam, TypedValue};
use crate::error::{Error, Result};
use oxvirt_abi::virDomainModificationImpact as M;
use oxvirt_abi::{virErrorDomain, virErrorNumber};

const LIVE: u32 = M::VIR_DOMAIN_AFFECT_LIVE as u32;
const CONFIG: u32 = M::VIR_DOMAIN_AFFECT_CONFIG as u32;
const T_UINT: i32 = 2;
const T_ULLONG: i32 = 4;

fn invalid_arg(detail: &str) -> Error {
    test_error(virErrorNumber::VIR_ERR_INVALID_ARG, Some(detail))
}

/// An error of libvirt's shared driver helpers.
fn helper_error(detail: &str) -> Error {
    Error::new(
        virErrorDomain::VIR_FROM_DOMAIN,
        virErrorNumber::VIR_ERR_INVALID_ARG,
        Some(detail),
    )
}

fn zero_id() -> Error {
    invalid_arg("invalid value of 0 for iothread_id")
}

/// The pin of thread `id` in `<cputune>`.
fn pin_of(def: &DomainDef, id: u32) -> Option<Bitmap> {
    let id = id.to_string();
    cputune(def)?
        .children
        .iter()
        .find(|k| k.name == "iothreadpin" && k.attr("iothread") == Some(id.as_str()))
        .map(cpuset)
}

/// libvirt's `virBitmapToData`: bytes up to the last CPU in the set.
fn to_data(set: &Bitmap) -> Vec<u8> {
    let len = set.0.last().map_or(1, |last| *last as usize / 8 + 1);
    let mut map = vec![0u8; len];
    for &c in &set.0 {
        if let Some(b) = map.get_mut(c as usize / 8) {
            *b |= 1 << (c % 8);
        }
    }
    map
}

/// Rewrites the `<iothreadpin>`s of `<cputune>` from `pins`, in the order
/// of the threads, as libvirt writes them.
fn set_pins(def: &mut DomainDef, pins: &[(u32, Bitmap)]) {
    edit_cputune(def, |k| k.name == "iothreadpin", None);
    let order: Vec<u32> = def.iothreads.ids.iter().map(|t| t.id).collect();
    for id in order {
        if let Some((_, set)) = pins.iter().find(|(p, _)| *p == id) {
            let pin = Kept {
                name: "iothreadpin".into(),
                attrs: vec![
                    ("iothread".into(), id.to_string()),
                    ("cpuset".into(), set.to_string()),
                ],
                text: None,
                children: Vec::new(),
            };
            edit_cputune(def, |_| false, Some(pin));
        }
    }
}

/// Every pin of the threads of `def`.
fn pins(def: &DomainDef) -> Vec<(u32, Bitmap)> {
    def.iothreads
        .ids
        .iter()
        .filter_map(|t| Some((t.id, pin_of(def, t.id)?)))
        .collect()
}

/// What a device using thread `id` is, for libvirt's refusal to remove it.
fn user_of(def: &DomainDef, id: u32) -> Option<Error> {
    for d in def.devices.iter() {
        match d {
            Device::Disk(disk) if disk.driver.iothread == Some(id) => {
                let dst = disk.dst.as_deref().unwrap_or_default();
                return Some(helper_error(&format!(
                    "cannot remove IOThread {id} since it is being used by disk '{dst}'"
                )));
            }
            Device::Controller(c) if c.driver.as_ref().is_some_and(|d| d.iothread == id) => {
                return Some(helper_error(&format!(
                    "cannot remove IOThread '{id}' since it is being used by controller"
                )));
            }
            _ => {}
        }
    }
    None
}

/// libvirt's `testDomainChgIOThread` on the definition `flags` select.
fn change(
    o: &mut ObjState,
    flags: u32,
    edit: impl FnOnce(&mut DomainDef) -> Result<()>,
) -> Result<()> {
    let live = one_def_live(o, flags)?;
    let mut def = (*pick(o, live)).clone();
    edit(&mut def)?;
    put(o, live, def);
    Ok(())
}

impl TestDriver {
    pub(super) fn get_iothread_info(
        &self,
        cx: &Call,
        dom: &DomainId,
        flags: u32,
    ) -> Result<Vec<IoThreadInfo>> {
        check_flags(cx, flags, LIVE | CONFIG)?;
        let obj = self.obj(dom)?;
        let def = {
            let o = obj.lock();
            pick(&o, one_def_live(&o, flags)?)
        };
        // Threads not pinned run where the vCPUs may, else on as many
        // CPUs as the guest has vCPUs online.
        let online = def.vcpu.current.unwrap_or(def.vcpus);
        let all = Bitmap((0..online).collect());
        Ok(def
            .iothreads
            .ids
            .iter()
            .map(|t| {
                let set = pin_of(&def, t.id)
                    .or_else(|| def.vcpu.cpuset.clone())
                    .unwrap_or_else(|| all.clone());
                IoThreadInfo {
                    id: t.id,
                    cpumap: to_data(&set),
                }
            })
            .collect())
    }

    pub(super) fn add_iothread(
        &self,
        cx: &Call,
        dom: &DomainId,
        id: u32,
        flags: u32,
    ) -> Result<()> {
        check_flags(cx, flags, LIVE | CONFIG)?;
        if id == 0 {
            return Err(zero_id());
        }
        let obj = self.obj(dom)?;
        let mut o = obj.lock();
        change(&mut o, flags, |def| {
            if def.iothreads.find(id).is_some() {
                return Err(helper_error(&format!(
                    "an IOThread is already using iothread_id '{id}'"
                )));
            }
            def.iothreads.add(id);
            Ok(())
        })?;
        o.iothread_poll.push(Poll::new(id));
        Ok(())
    }

    pub(super) fn del_iothread(
        &self,
        cx: &Call,
        dom: &DomainId,
        id: u32,
        flags: u32,
    ) -> Result<()> {
        check_flags(cx, flags, LIVE | CONFIG)?;
        if id == 0 {
            return Err(zero_id());
        }
        let obj = self.obj(dom)?;
        let mut o = obj.lock();
        change(&mut o, flags, |def| {
            if def.iothreads.find(id).is_none() {
                return Err(helper_error(&format!(
                    "cannot find IOThread '{id}' in iothreadids list"
                )));
            }
            if let Some(e) = user_of(def, id) {
                return Err(e);
            }
            // The thread's pin and scheduler go with it.
            let mut kept = pins(def);
            kept.retain(|(p, _)| *p != id);
            let id_text = id.to_string();
            edit_cputune(
                def,
                |k| k.name == "iothreadsched" && k.attr("iothreads") == Some(id_text.as_str()),
                None,
            );
            def.iothreads.remove(id);
            set_pins(def, &kept);
            Ok(())
        })?;
        if let Some(i) = o.iothread_poll.iter().position(|p| p.id == id) {
            o.iothread_poll.remove(i);
        }
        Ok(())
    }

    pub(super) fn pin_iothread(
        &self,
        cx: &Call,
        dom: &DomainId,
        id: u32,
        cpumap: &[u8],
        flags: u32,
    ) -> Result<()> {
        check_flags(cx, flags, LIVE | CONFIG)?;
        let obj = self.obj(dom)?;
        let mut o = obj.lock();
        change(&mut o, flags, |def| {
            let set = from_map(cpumap);
            if set.is_empty() {
                return Err(invalid_arg("Empty iothread cpumap list for pinning"));
            }
            if def.iothreads.find(id).is_none() {
                return Err(invalid_arg(&format!("iothreadid {} not found", id as i32)));
            }
            let mut all = pins(def);
            all.retain(|(p, _)| *p != id);
            all.push((id, set));
            def.iothreads.keep(id);
            set_pins(def, &all);
            Ok(())
        })
    }

    pub(super) fn set_iothread_params(
        &self,
        cx: &Call,
        dom: &DomainId,
        id: u32,
        params: &[TypedParam],
        flags: u32,
    ) -> Result<()> {
        check_flags(cx, flags, LIVE)?;
        if id == 0 {
            return Err(zero_id());
        }
        let obj = self.obj(dom)?;
        let mut o = obj.lock();
        let live = one_def_live(&o, flags)?;
        if pick(&o, live).iothreads.find(id).is_none() {
            return Err(invalid_arg(&format!(
                "cannot find IOThread '{id}' in iothreadids"
            )));
        }
        let Some(poll) = o.iothread_poll.iter_mut().find(|p| p.id == id) else {
            // libvirt fails here without saying why.
            return Err(Error::generic_failure());
        };
        validate_params(
            params,
            &[
                ("poll_max_ns", T_ULLONG),
                ("poll_grow", T_UINT),
                ("poll_shrink", T_UINT),
            ],
        )?;
        for p in params {
            match (&p.value, p.field.as_str()) {
                (TypedValue::ULLong(v), "poll_max_ns") => poll.max_ns = *v,
                (TypedValue::UInt(v), "poll_grow") => poll.grow = *v,
                (TypedValue::UInt(v), "poll_shrink") => poll.shrink = *v,
                _ => {}
            }
        }
        Ok(())
    }
}
