//! The logic behind the entry points of `libvirt-qemu.h`.

use crate::base::event_hub::Filter;
use crate::driver::events::{Family, ObjectEvent, ObjectKey};
use crate::ffi::event_callbacks::{self, callback, Registration};
use crate::ffi::prelude::*;

entry_point_domain!(VIR_FROM_NONE);

/// `virConnectDomainQemuMonitorEventDeregister`: removes this
/// connection's monitor event registration `callbackID`.
#[no_mangle]
pub unsafe extern "C" fn oxvirt_private_virConnectDomainQemuMonitorEventDeregister(
    conn: virConnectPtr,
    callbackID: c_int,
) -> c_int {
    api!(-1, "virConnectDomainQemuMonitorEventDeregister", |cx| {
        let c = check::conn(cx, conn)?;
        check::non_negative(cx, callbackID, "callbackID")?;
        check::writable(cx, c.conn())?;
        if !c.hv().qemu_monitor_events() {
            return Err(cx.unsupported());
        }
        event_callbacks::deregister(c, callbackID)
    })
}

/// `virConnectDomainQemuMonitorEventRegister`: calls `cb` on every QEMU
/// monitor event (about `dom` only, and named `event` only, when given);
/// the registration's id.
///
/// - `freecb`: (optional) may be NULL
#[no_mangle]
pub unsafe extern "C" fn oxvirt_private_virConnectDomainQemuMonitorEventRegister(
    conn: virConnectPtr,
    dom: virDomainPtr,
    event: *const c_char,
    cb: virConnectDomainQemuMonitorEventCallback,
    opaque: *mut c_void,
    freecb: virFreeCallback,
    flags: c_uint,
) -> c_int {
    api!(-1, "virConnectDomainQemuMonitorEventRegister", |cx| {
        let c = check::conn(cx, conn)?;
        let key = match dom.is_null() {
            true => None,
            false => {
                let d = check::domain(cx, dom)?;
                if !std::ptr::eq(d.conn(), c) {
                    let what = format!("domain '{}'", d.id.name);
                    return Err(event_callbacks::foreign_object(cx, "dom", &what));
                }
                Some(ObjectKey::Uuid(d.id.uuid))
            }
        };
        check::non_null(cx, cb, "cb")?;
        check::writable(cx, c.conn())?;
        if !c.hv().qemu_monitor_events() {
            return Err(cx.unsupported());
        }
        let name = convert::opt_str(cx, event, "event")?.map(str::to_string);
        let filter = monitor_filter(name, flags)?;
        let reg = Registration {
            family: Family::QemuMonitor,
            event_id: 0,
            key,
            filter,
            legacy: false,
        };
        let func = cb.map_or(0, |f| f as usize);
        let me = event_callbacks::conn_ref(c);
        c.events.register(&me, callback(reg, func, opaque, freecb))
    })
}

/// The event-name filter of a monitor registration: none without a name
/// (every event), else the exact name, or the name in any case with
/// `VIR_CONNECT_DOMAIN_QEMU_MONITOR_EVENT_REGISTER_NOCASE`. A filtered
/// registration is never a duplicate of another, as in libvirt.
fn monitor_filter(name: Option<String>, flags: c_uint) -> Result<Option<Filter>> {
    const NOCASE: c_uint = 2;
    if flags & !NOCASE != 0 {
        // Regular expressions (flag 1) are not matched yet; libvirt's
        // own flag check words the refusal.
        let f = "virDomainQemuMonitorEventStateRegisterID";
        return Err(Error::invalid_arg(
            virErrorDomain::VIR_FROM_NONE,
            f,
            "flags",
            &format!(
                "unsupported flags (0x{:x}) in function {f}",
                flags & !NOCASE
            ),
        ));
    }
    let Some(name) = name else {
        return Ok(None);
    };
    let nocase = flags & NOCASE != 0;
    Ok(Some(Box::new(move |ev: &ObjectEvent| match ev {
        ObjectEvent::QemuMonitor { event, .. } if nocase => event.eq_ignore_ascii_case(&name),
        ObjectEvent::QemuMonitor { event, .. } => *event == name,
        _ => false,
    })))
}

/// `virDomainQemuAgentCommand`: domain qemu agent command.
#[no_mangle]
pub unsafe extern "C" fn oxvirt_private_virDomainQemuAgentCommand(
    domain: virDomainPtr,
    cmd: *const c_char,
    timeout: c_int,
    flags: c_uint,
) -> *mut c_char {
    let _ = cmd;
    let _ = timeout;
    let _ = flags;
    api!(ptr::null_mut(), "virDomainQemuAgentCommand", |cx| {
        let domain = check::domain(cx, domain)?;
        check::writable(cx, domain.conn())?;
        Err(cx.unsupported())
    })
}

/// `virDomainQemuAttach`: domain qemu attach.
///
/// - `flags`: (optional) 0 for the default
#[no_mangle]
pub unsafe extern "C" fn oxvirt_private_virDomainQemuAttach(
    conn: virConnectPtr,
    pid_value: c_uint,
    flags: c_uint,
) -> virDomainPtr {
    let _ = flags;
    api!(ptr::null_mut(), "virDomainQemuAttach", |cx| {
        let conn = check::conn(cx, conn)?;
        check::non_zero(cx, pid_value, "pid_value")?;
        check::writable(cx, conn.conn())?;
        Err(cx.unsupported())
    })
}

/// `virDomainQemuMonitorCommand`: domain qemu monitor command.
#[no_mangle]
pub unsafe extern "C" fn oxvirt_private_virDomainQemuMonitorCommand(
    domain: virDomainPtr,
    cmd: *const c_char,
    result: *mut *mut c_char,
    flags: c_uint,
) -> c_int {
    let _ = cmd;
    let _ = flags;
    api!(-1, "virDomainQemuMonitorCommand", |cx| {
        let domain = check::domain(cx, domain)?;
        check::non_null(cx, result, "result")?;
        check::writable(cx, domain.conn())?;
        Err(cx.unsupported())
    })
}

/// `virDomainQemuMonitorCommandWithFiles`: domain qemu monitor command with files.
#[no_mangle]
pub unsafe extern "C" fn oxvirt_private_virDomainQemuMonitorCommandWithFiles(
    domain: virDomainPtr,
    cmd: *const c_char,
    ninfiles: c_uint,
    infiles: *mut c_int,
    noutfiles: *mut c_uint,
    outfiles: *mut *mut c_int,
    result: *mut *mut c_char,
    flags: c_uint,
) -> c_int {
    let _ = ninfiles;
    let _ = infiles;
    let _ = noutfiles;
    let _ = outfiles;
    let _ = flags;
    api!(-1, "virDomainQemuMonitorCommandWithFiles", |cx| {
        let domain = check::domain(cx, domain)?;
        check::non_null(cx, cmd, "cmd")?;
        check::non_null(cx, result, "result")?;
        check::writable(cx, domain.conn())?;
        Err(cx.unsupported())
    })
}
