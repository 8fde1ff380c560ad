//! `libvirt-qemu.so.0`: the exported entry points of `libvirt-qemu.h`. Each one forwards
//! to its private twin in `libvirt.so.0`, so objects, locks and the error slot
//! exist once, in the main library.
#![allow(
    improper_ctypes,
    non_snake_case,
    clippy::missing_safety_doc,
    clippy::too_many_arguments
)]

use oxvirt_abi::prelude::*;

extern "C" {
    fn oxvirt_private_virConnectDomainQemuMonitorEventDeregister(
        conn: virConnectPtr,
        callbackID: c_int,
    ) -> c_int;
    fn oxvirt_private_virConnectDomainQemuMonitorEventRegister(
        conn: virConnectPtr,
        dom: virDomainPtr,
        event: *const c_char,
        cb: virConnectDomainQemuMonitorEventCallback,
        opaque: *mut c_void,
        freecb: virFreeCallback,
        flags: c_uint,
    ) -> c_int;
    fn oxvirt_private_virDomainQemuAgentCommand(
        domain: virDomainPtr,
        cmd: *const c_char,
        timeout: c_int,
        flags: c_uint,
    ) -> *mut c_char;
    fn oxvirt_private_virDomainQemuAttach(
        conn: virConnectPtr,
        pid_value: c_uint,
        flags: c_uint,
    ) -> virDomainPtr;
    fn oxvirt_private_virDomainQemuMonitorCommand(
        domain: virDomainPtr,
        cmd: *const c_char,
        result: *mut *mut c_char,
        flags: c_uint,
    ) -> c_int;
    fn oxvirt_private_virDomainQemuMonitorCommandWithFiles(
        domain: virDomainPtr,
        cmd: *const c_char,
        ninfiles: c_uint,
        infiles: *mut c_int,
        noutfiles: *mut c_uint,
        outfiles: *mut *mut c_int,
        result: *mut *mut c_char,
        flags: c_uint,
    ) -> c_int;
}

/// `virConnectDomainQemuMonitorEventDeregister`: connect domain qemu monitor event deregister.
#[no_mangle]
pub unsafe extern "C" fn virConnectDomainQemuMonitorEventDeregister(
    conn: virConnectPtr,
    callbackID: c_int,
) -> c_int {
    oxvirt_private_virConnectDomainQemuMonitorEventDeregister(conn, callbackID)
}

/// `virConnectDomainQemuMonitorEventRegister`: connect domain qemu monitor event register.
///
/// - `freecb`: (optional) may be NULL
#[no_mangle]
pub unsafe extern "C" fn virConnectDomainQemuMonitorEventRegister(
    conn: virConnectPtr,
    dom: virDomainPtr,
    event: *const c_char,
    cb: virConnectDomainQemuMonitorEventCallback,
    opaque: *mut c_void,
    freecb: virFreeCallback,
    flags: c_uint,
) -> c_int {
    oxvirt_private_virConnectDomainQemuMonitorEventRegister(
        conn, dom, event, cb, opaque, freecb, flags,
    )
}

/// `virDomainQemuAgentCommand`: domain qemu agent command.
#[no_mangle]
pub unsafe extern "C" fn virDomainQemuAgentCommand(
    domain: virDomainPtr,
    cmd: *const c_char,
    timeout: c_int,
    flags: c_uint,
) -> *mut c_char {
    oxvirt_private_virDomainQemuAgentCommand(domain, cmd, timeout, flags)
}

/// `virDomainQemuAttach`: domain qemu attach.
///
/// - `flags`: (optional) 0 for the default
#[no_mangle]
pub unsafe extern "C" fn virDomainQemuAttach(
    conn: virConnectPtr,
    pid_value: c_uint,
    flags: c_uint,
) -> virDomainPtr {
    oxvirt_private_virDomainQemuAttach(conn, pid_value, flags)
}

/// `virDomainQemuMonitorCommand`: domain qemu monitor command.
#[no_mangle]
pub unsafe extern "C" fn virDomainQemuMonitorCommand(
    domain: virDomainPtr,
    cmd: *const c_char,
    result: *mut *mut c_char,
    flags: c_uint,
) -> c_int {
    oxvirt_private_virDomainQemuMonitorCommand(domain, cmd, result, flags)
}

/// `virDomainQemuMonitorCommandWithFiles`: domain qemu monitor command with files.
#[no_mangle]
pub unsafe extern "C" fn virDomainQemuMonitorCommandWithFiles(
    domain: virDomainPtr,
    cmd: *const c_char,
    ninfiles: c_uint,
    infiles: *mut c_int,
    noutfiles: *mut c_uint,
    outfiles: *mut *mut c_int,
    result: *mut *mut c_char,
    flags: c_uint,
) -> c_int {
    oxvirt_private_virDomainQemuMonitorCommandWithFiles(
        domain, cmd, ninfiles, infiles, noutfiles, outfiles, result, flags,
    )
}
