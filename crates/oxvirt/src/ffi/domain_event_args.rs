//! The arguments of each domain event callback type, one arm per
//! `virDomainEventID`: what `virConnectDomainEventRegisterAny`'s callbacks
//! receive after the connection and domain, and before their data.
//! Strings and parameter arrays live until the callback returns, as
//! libvirt's do (the callback copies what it keeps).

use super::common::{params_to_c, virTypedParamsFree};
use super::prelude::*;
use crate::driver::events::{DomainEventKind as K, GraphicsAddress};
use std::ffi::CString;

/// A C copy of an event's text; text with a NUL byte cannot be handed to
/// C whole, so it is cut there.
pub fn c_text(s: &str) -> CString {
    let s = s.split('\0').next().unwrap_or_default();
    CString::new(s).unwrap_or_default()
}

fn c_opt(s: &Option<String>) -> Option<CString> {
    s.as_deref().map(c_text)
}

fn opt_ptr(s: &Option<CString>) -> *const c_char {
    s.as_ref().map_or(ptr::null(), |s| s.as_ptr())
}

/// Calls `$func` as a callback taking (conn, dom, extra args…, opaque).
macro_rules! call {
    ($func:expr, $c:expr, $dom:expr, $opaque:expr; $($t:ty = $a:expr),*) => {{
        let f: unsafe extern "C" fn(virConnectPtr, virDomainPtr, $($t,)* *mut c_void) =
            std::mem::transmute::<usize, _>($func);
        f($c, $dom, $($a,)* $opaque);
    }};
}

/// Calls the application's function `func` with the arguments of `kind`.
///
/// # Safety
/// `func` has the callback type of `kind`'s event id, `c` and `dom` are
/// live handles, `opaque` the application's data for `func`.
pub unsafe fn deliver(
    func: usize,
    c: virConnectPtr,
    dom: virDomainPtr,
    kind: &K,
    opaque: *mut c_void,
) {
    // SAFETY: for every call below, `func` has the type the event id of
    // `kind` names (this function's contract), the type each arm calls;
    // the strings and arrays passed outlive the call.
    unsafe {
        match kind {
            K::Lifecycle { event, detail } => {
                let f: unsafe extern "C" fn(_, _, c_int, c_int, *mut c_void) -> c_int =
                    std::mem::transmute::<usize, _>(func);
                f(c, dom, *event, *detail, opaque);
            }
            K::Reboot | K::ControlError => call!(func, c, dom, opaque;),
            K::RtcChange { offset } => call!(func, c, dom, opaque; c_longlong = *offset),
            K::Watchdog { action } => call!(func, c, dom, opaque; c_int = *action),
            K::IoError {
                src_path,
                dev_alias,
                action,
                reason,
            } => {
                let (src, alias) = (c_text(src_path), c_text(dev_alias));
                match reason {
                    None => call!(func, c, dom, opaque;
                        *const c_char = src.as_ptr(), *const c_char = alias.as_ptr(),
                        c_int = *action),
                    Some(r) => {
                        let r = c_text(r);
                        call!(func, c, dom, opaque;
                            *const c_char = src.as_ptr(), *const c_char = alias.as_ptr(),
                            c_int = *action, *const c_char = r.as_ptr())
                    }
                }
            }
            K::Graphics {
                phase,
                local,
                remote,
                auth_scheme,
                subject,
            } => graphics(
                func,
                c,
                dom,
                opaque,
                *phase,
                local,
                remote,
                auth_scheme,
                subject,
            ),
            K::BlockJob {
                disk, job, status, ..
            } => {
                let disk = c_text(disk);
                call!(func, c, dom, opaque;
                    *const c_char = disk.as_ptr(), c_int = *job, c_int = *status)
            }
            K::DiskChange {
                old_src,
                new_src,
                dev_alias,
                reason,
            } => {
                let (old, new, alias) = (c_opt(old_src), c_opt(new_src), c_text(dev_alias));
                call!(func, c, dom, opaque;
                    *const c_char = opt_ptr(&old), *const c_char = opt_ptr(&new),
                    *const c_char = alias.as_ptr(), c_int = *reason)
            }
            K::TrayChange { dev_alias, reason } => {
                let alias = c_text(dev_alias);
                call!(func, c, dom, opaque; *const c_char = alias.as_ptr(), c_int = *reason)
            }
            K::PmWakeup { reason } | K::PmSuspend { reason } | K::PmSuspendDisk { reason } => {
                call!(func, c, dom, opaque; c_int = *reason)
            }
            K::BalloonChange { actual } => call!(func, c, dom, opaque; c_ulonglong = *actual),
            K::Tunable { params } | K::JobCompleted { params } => {
                let Ok((arr, n)) = params_to_c(params) else {
                    return;
                };
                call!(func, c, dom, opaque; virTypedParameterPtr = arr, c_int = n);
                virTypedParamsFree(arr, n);
            }
            K::AgentLifecycle { state, reason } => {
                call!(func, c, dom, opaque; c_int = *state, c_int = *reason)
            }
            K::DeviceRemoved { alias }
            | K::DeviceAdded { alias }
            | K::DeviceRemovalFailed { alias } => {
                let alias = c_text(alias);
                call!(func, c, dom, opaque; *const c_char = alias.as_ptr())
            }
            K::MigrationIteration { iteration } => call!(func, c, dom, opaque; c_int = *iteration),
            K::MetadataChange { kind, nsuri } => {
                let nsuri = c_opt(nsuri);
                call!(func, c, dom, opaque; c_int = *kind, *const c_char = opt_ptr(&nsuri))
            }
            K::BlockThreshold {
                dev,
                path,
                threshold,
                excess,
            } => {
                let (dev, path) = (c_text(dev), c_opt(path));
                call!(func, c, dom, opaque;
                    *const c_char = dev.as_ptr(), *const c_char = opt_ptr(&path),
                    c_ulonglong = *threshold, c_ulonglong = *excess)
            }
            K::MemoryFailure {
                recipient,
                action,
                flags,
            } => call!(func, c, dom, opaque; c_int = *recipient, c_int = *action, c_uint = *flags),
            K::MemoryDeviceSizeChange { alias, size } => {
                let alias = c_text(alias);
                call!(func, c, dom, opaque; *const c_char = alias.as_ptr(), c_ulonglong = *size)
            }
        }
    }
}

/// The graphics callback: its addresses and subject as C structures that
/// live for the call.
///
/// # Safety
/// As [`deliver`], for `VIR_DOMAIN_EVENT_ID_GRAPHICS`.
#[allow(clippy::too_many_arguments)]
unsafe fn graphics(
    func: usize,
    c: virConnectPtr,
    dom: virDomainPtr,
    opaque: *mut c_void,
    phase: i32,
    local: &GraphicsAddress,
    remote: &GraphicsAddress,
    auth_scheme: &str,
    subject: &[(String, String)],
) {
    let texts = |a: &GraphicsAddress| (c_text(&a.node), c_text(&a.service));
    let (ln, ls) = texts(local);
    let (rn, rs) = texts(remote);
    let mut l = virDomainEventGraphicsAddress {
        family: local.family,
        node: ln.as_ptr() as *mut c_char,
        service: ls.as_ptr() as *mut c_char,
    };
    let mut r = virDomainEventGraphicsAddress {
        family: remote.family,
        node: rn.as_ptr() as *mut c_char,
        service: rs.as_ptr() as *mut c_char,
    };
    let names: Vec<(CString, CString)> = subject
        .iter()
        .map(|(t, n)| (c_text(t), c_text(n)))
        .collect();
    let mut ids: Vec<virDomainEventGraphicsSubjectIdentity> = names
        .iter()
        .map(|(t, n)| virDomainEventGraphicsSubjectIdentity {
            r#type: t.as_ptr() as *mut c_char,
            name: n.as_ptr() as *mut c_char,
        })
        .collect();
    let mut subj = virDomainEventGraphicsSubject {
        nidentity: ids.len() as c_int,
        identities: ids.as_mut_ptr(),
    };
    let scheme = c_text(auth_scheme);
    // SAFETY: `func` is a graphics callback (the contract); every pointer
    // passed refers to the locals above, alive until it returns.
    unsafe {
        call!(func, c, dom, opaque;
            c_int = phase,
            virDomainEventGraphicsAddressPtr = &mut l,
            virDomainEventGraphicsAddressPtr = &mut r,
            *const c_char = scheme.as_ptr(),
            virDomainEventGraphicsSubjectPtr = &mut subj)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::driver::{TypedParam, TypedValue};
    use std::ffi::CStr;
    use std::sync::Mutex;

    static SEEN: Mutex<Vec<String>> = Mutex::new(Vec::new());

    fn seen(s: String) {
        SEEN.lock().unwrap_or_else(|p| p.into_inner()).push(s);
    }

    unsafe fn text(p: *const c_char) -> String {
        // SAFETY: the callers pass NULL or a C string of the event.
        unsafe {
            p.as_ref().map_or("NULL".into(), |_| {
                CStr::from_ptr(p).to_string_lossy().into()
            })
        }
    }

    unsafe extern "C" fn io_reason(
        _: virConnectPtr,
        _: virDomainPtr,
        src: *const c_char,
        alias: *const c_char,
        action: c_int,
        reason: *const c_char,
        opaque: *mut c_void,
    ) {
        // SAFETY: strings of the event, alive for the call.
        let (s, a, r) = unsafe { (text(src), text(alias), text(reason)) };
        seen(format!("io {s} {a} {action} {r} {}", opaque as usize));
    }

    unsafe extern "C" fn threshold(
        _: virConnectPtr,
        _: virDomainPtr,
        dev: *const c_char,
        path: *const c_char,
        t: c_ulonglong,
        e: c_ulonglong,
        _: *mut c_void,
    ) {
        // SAFETY: strings of the event, alive for the call.
        let (d, p) = unsafe { (text(dev), text(path)) };
        seen(format!("threshold {d} {p} {t} {e}"));
    }

    unsafe extern "C" fn tunable(
        _: virConnectPtr,
        _: virDomainPtr,
        params: virTypedParameterPtr,
        n: c_int,
        _: *mut c_void,
    ) {
        // SAFETY: an array of n parameters, alive for the call.
        let p = unsafe { &*params };
        // SAFETY: an int parameter (the test's own).
        let v = unsafe { p.value.i };
        seen(format!("tunable {n} {v}"));
    }

    unsafe extern "C" fn graphics_cb(
        _: virConnectPtr,
        _: virDomainPtr,
        phase: c_int,
        local: virDomainEventGraphicsAddressPtr,
        _: virDomainEventGraphicsAddressPtr,
        scheme: *const c_char,
        subject: virDomainEventGraphicsSubjectPtr,
        _: *mut c_void,
    ) {
        // SAFETY: structures of the event, alive for the call.
        let line = unsafe {
            let s = &*subject;
            let id = &*s.identities;
            format!(
                "graphics {phase} {} {} {} {} {}",
                text((*local).node),
                text(scheme),
                s.nidentity,
                text(id.r#type),
                text(id.name)
            )
        };
        seen(line);
    }

    #[test]
    fn each_kind_gets_its_callback_arguments() {
        let (n, d) = (ptr::null_mut::<virConnect>(), ptr::null_mut::<virDomain>());
        let none = ptr::null_mut::<c_void>();
        let addr = |node: &str| GraphicsAddress {
            family: 0,
            node: node.into(),
            service: "5900".into(),
        };
        // SAFETY: each function has the type its event's id names.
        unsafe {
            let io = K::IoError {
                src_path: "/a".into(),
                dev_alias: "disk0".into(),
                action: 2,
                reason: Some("enospc".into()),
            };
            deliver(io_reason as *const () as usize, n, d, &io, 7 as *mut c_void);
            let th = K::BlockThreshold {
                dev: "vda".into(),
                path: None,
                threshold: 1 << 40,
                excess: 3,
            };
            deliver(threshold as *const () as usize, n, d, &th, none);
            let params = vec![TypedParam::new("cputune.vcpu_quota", TypedValue::Int(-5))];
            deliver(
                tunable as *const () as usize,
                n,
                d,
                &K::Tunable { params },
                none,
            );
            let g = K::Graphics {
                phase: 1,
                local: addr("127.0.0.1"),
                remote: addr("10.0.0.2"),
                auth_scheme: "vnc".into(),
                subject: vec![("x509dname".into(), "CN=a".into())],
            };
            deliver(graphics_cb as *const () as usize, n, d, &g, none);
        }
        let got = SEEN.lock().unwrap_or_else(|p| p.into_inner()).clone();
        assert_eq!(
            got,
            [
                "io /a disk0 2 enospc 7",
                "threshold vda NULL 1099511627776 3",
                "tunable 1 -5",
                "graphics 1 127.0.0.1 vnc 1 x509dname CN=a",
            ]
        );
        assert_eq!(
            crate::driver::events::DomainEvent {
                dom: crate::driver::DomainId {
                    name: "a".into(),
                    uuid: [0; 16],
                    id: 1
                },
                kind: K::BlockJob {
                    disk: "vda".into(),
                    job: 1,
                    status: 0,
                    by_target: true
                }
            }
            .event_id(),
            16
        );
    }
}
