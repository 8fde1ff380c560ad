//! The C side of event registrations: an application's function and data
//! turned into a core [`Callback`], and each event turned into the
//! arguments of the callback type its event id names.
//!
//! Applications pass every callback cast to its family's generic type
//! (libvirt's `VIR_DOMAIN_EVENT_CALLBACK` and friends); the event id says
//! which type it really has, so the function is kept as an address and
//! called through the type the delivered event's id names.

use super::domain_event_args::{self, c_text};
use super::prelude::*;
use crate::base::event_hub::{Callback, Conn, Filter};
use crate::base::event_loop::FreeFn;
use crate::base::handle::Class;
use crate::driver::events::{Family, ObjectEvent, ObjectKey};
use std::ffi::CString;
use std::sync::Arc;

/// What a registration names besides the application's function.
pub struct Registration {
    pub family: Family,
    pub event_id: i32,
    pub key: Option<ObjectKey>,
    pub filter: Option<Filter>,
    pub legacy: bool,
}

/// A core callback calling `func` (an address of the C function the
/// registration's family and id name) with `opaque`; `ff` releases
/// `opaque` once the registration is gone.
pub fn callback(
    r: Registration,
    func: usize,
    opaque: *mut c_void,
    ff: virFreeCallback,
) -> Callback {
    // The application's data crosses to the loop thread as an address;
    // libvirt's contract makes synchronising it the application's part.
    let data = opaque as usize;
    Callback {
        family: r.family,
        event_id: r.event_id,
        key: r.key,
        filter: r.filter,
        legacy: r.legacy,
        func,
        // SAFETY: `func` is the application's function of the type the
        // event id names, and `data` its own data for it.
        deliver: Box::new(move |conn, ev| unsafe { deliver(conn, ev, func, data) }),
        free: free_fn(ff, data),
    }
}

/// The caller's free function for `data`, if it gave one.
pub fn free_fn(ff: virFreeCallback, data: usize) -> Option<FreeFn> {
    ff.map(|f| {
        // SAFETY: the caller's free function for its own data, called once.
        Box::new(move || unsafe { f(data as *mut c_void) }) as FreeFn
    })
}

fn opt_ptr(s: &Option<CString>) -> *const c_char {
    s.as_ref().map_or(ptr::null(), |s| s.as_ptr())
}

/// Calls `f` with a new handle for `obj`, released afterwards (the
/// callback takes its own reference if it keeps the object).
fn with_handle<T: Class, P>(obj: T, f: impl FnOnce(*mut P)) {
    let p = marshal::new_handle::<T, P>(obj);
    f(p);
    // SAFETY: `p` is the reference made above, given up once.
    unsafe { Handle::release(p as *const Handle<T>) };
}

type ConnObj<O> = unsafe extern "C" fn(virConnectPtr, O, *mut c_void);
type Lifecycle<O> = unsafe extern "C" fn(virConnectPtr, O, c_int, c_int, *mut c_void) -> c_int;

/// Calls the application's function `func` (see [`callback`]) with
/// `ev`'s arguments.
///
/// # Safety
/// `func` is a function of the type `ev`'s family and id name, and `data`
/// the application's data for it.
unsafe fn deliver(conn: &Conn, ev: &ObjectEvent, func: usize, data: usize) {
    // Registrations are made by this module's callers, always on a
    // connection handle.
    let Ok(conn) = Arc::downcast::<Handle<Connect>>(conn.clone()) else {
        return;
    };
    let conn = &conn;
    let c = Arc::as_ptr(conn) as virConnectPtr;
    let opaque = data as *mut c_void;
    // SAFETY: for every transmute below, `func` has the type the event id
    // names (this function's contract), the type each arm calls.
    unsafe {
        match ev {
            ObjectEvent::Domain(d) => {
                let obj = Domain::new(conn.clone(), d.dom.clone());
                with_handle(obj, |dom: virDomainPtr| {
                    domain_event_args::deliver(func, c, dom, &d.kind, opaque)
                })
            }
            ObjectEvent::QemuMonitor {
                dom,
                event,
                seconds,
                micros,
                details,
            } => {
                let obj = Domain::new(conn.clone(), dom.clone());
                let event = c_text(event);
                let details = details.as_deref().map(c_text);
                with_handle(obj, |dom: virDomainPtr| {
                    let f: unsafe extern "C" fn(
                        _,
                        _,
                        *const c_char,
                        c_longlong,
                        c_uint,
                        *const c_char,
                        _,
                    ) = std::mem::transmute(func);
                    f(
                        c,
                        dom,
                        event.as_ptr(),
                        *seconds,
                        *micros,
                        opt_ptr(&details),
                        opaque,
                    );
                })
            }
            ObjectEvent::Network { net, event, detail } => {
                let obj = Network::new(conn.clone(), net.clone());
                with_handle(obj, |n: virNetworkPtr| {
                    let f: Lifecycle<virNetworkPtr> = std::mem::transmute(func);
                    f(c, n, *event, *detail, opaque);
                })
            }
            ObjectEvent::StoragePool {
                pool,
                event_id,
                event,
                detail,
            } => {
                let obj = StoragePool::new(conn.clone(), pool.clone());
                with_handle(obj, |p: virStoragePoolPtr| {
                    lifecycle_or_generic(func, *event_id, c, p, *event, *detail, opaque)
                })
            }
            ObjectEvent::NodeDevice {
                dev,
                event_id,
                event,
                detail,
            } => {
                let obj = NodeDevice::new(conn.clone(), dev.clone());
                with_handle(obj, |d: virNodeDevicePtr| {
                    lifecycle_or_generic(func, *event_id, c, d, *event, *detail, opaque)
                })
            }
            ObjectEvent::Secret {
                secret,
                event_id,
                event,
                detail,
            } => {
                let obj = Secret::new(conn.clone(), secret.clone());
                with_handle(obj, |s: virSecretPtr| {
                    lifecycle_or_generic(func, *event_id, c, s, *event, *detail, opaque)
                })
            }
        }
    }
}

/// The families whose id 0 is a life-cycle callback and id 1 the generic
/// one (pool refresh, device update, secret value change).
///
/// # Safety
/// As [`deliver`].
unsafe fn lifecycle_or_generic<O>(
    func: usize,
    event_id: i32,
    c: virConnectPtr,
    o: O,
    event: c_int,
    detail: c_int,
    opaque: *mut c_void,
) {
    // SAFETY: `func` has the type `event_id` names (the contract).
    unsafe {
        if event_id == 0 {
            let f: Lifecycle<O> = std::mem::transmute_copy(&func);
            f(c, o, event, detail, opaque);
        } else {
            let f: ConnObj<O> = std::mem::transmute_copy(&func);
            f(c, o, opaque);
        }
    }
}

/// The checks every `virConnect<Family>EventRegisterAny` makes after the
/// object's, in libvirt's order: the callback, then the event id, which
/// must be below `last` (the family's `…_EVENT_ID_LAST`).
pub fn check_callback_and_id<P: check::Nullable>(
    cx: &Cx,
    cb: P,
    event_id: c_int,
    last: c_int,
) -> Result<()> {
    check::non_null(cx, cb, "cb")?;
    check::non_negative(cx, event_id, "eventID")?;
    if event_id >= last {
        return Err(check::invalid_arg(
            cx,
            "eventID",
            format!("eventID in {} must be less than {last}", cx.api()),
        ));
    }
    Ok(())
}

/// The error when a registration names an object of another connection
/// (`what` is how libvirt names the object: "network 'x'").
pub fn foreign_object(cx: &Cx, arg: &str, what: &str) -> Error {
    check::invalid_arg(
        cx,
        arg,
        format!("{what} in {} must match connection", cx.api()),
    )
}

/// Registers `func` for one non-domain family on `c`, once the family's
/// driver is known to be there (libvirt answers "not supported" without
/// one); the registration's id.
pub fn register_family(
    c: &Handle<Connect>,
    family: Family,
    event_id: c_int,
    key: Option<ObjectKey>,
    func: usize,
    opaque: *mut c_void,
    ff: virFreeCallback,
) -> Result<c_int> {
    let reg = Registration {
        family,
        event_id,
        key,
        filter: None,
        legacy: false,
    };
    c.events
        .register(&conn_ref(c), callback(reg, func, opaque, ff))
}

/// The hub's reference to the connection `c`.
pub fn conn_ref(c: &Handle<Connect>) -> Conn {
    c.to_arc()
}

/// Removes the registration `id` of `c`.
pub fn deregister(c: &Handle<Connect>, id: c_int) -> Result<c_int> {
    c.events.deregister(&conn_ref(c), id)?;
    Ok(0)
}
