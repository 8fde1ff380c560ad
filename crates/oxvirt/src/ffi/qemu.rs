//! The logic behind the entry points of `libvirt-qemu.h`.

use crate::ffi::prelude::*;

entry_point_domain!(VIR_FROM_NONE);

/// `virConnectDomainQemuMonitorEventDeregister`: connect domain qemu monitor event deregister.
#[no_mangle]
pub unsafe extern "C" fn oxvirt_private_virConnectDomainQemuMonitorEventDeregister(
    conn: virConnectPtr,
    callbackID: c_int,
) -> c_int {
    api!(-1, "virConnectDomainQemuMonitorEventDeregister", |cx| {
        let conn = check::conn(cx, conn)?;
        check::non_negative(cx, callbackID, "callbackID")?;
        check::writable(cx, conn.conn())?;
        Err(cx.unsupported())
    })
}

/// `virConnectDomainQemuMonitorEventRegister`: connect domain qemu monitor event register.
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
    let _ = dom;
    let _ = event;
    let _ = opaque;
    let _ = freecb;
    let _ = flags;
    api!(-1, "virConnectDomainQemuMonitorEventRegister", |cx| {
        let conn = check::conn(cx, conn)?;
        check::non_null(cx, cb, "cb")?;
        check::writable(cx, conn.conn())?;
        Err(cx.unsupported())
    })
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
