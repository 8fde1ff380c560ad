//! Entry points declared in `libvirt-event.h`.

use crate::ffi::prelude::*;

entry_point_domain!(VIR_FROM_EVENT);

/// `virEventAddHandle`: event add handle.
#[no_mangle]
pub unsafe extern "C" fn virEventAddHandle(
    fd: c_int,
    events: c_int,
    cb: virEventHandleCallback,
    opaque: *mut c_void,
    ff: virFreeCallback,
) -> c_int {
    let _ = fd;
    let _ = events;
    let _ = cb;
    let _ = opaque;
    let _ = ff;
    api(-1, "virEventAddHandle", || Err(unsupported()))
}

/// `virEventAddTimeout`: event add timeout.
#[no_mangle]
pub unsafe extern "C" fn virEventAddTimeout(
    timeout: c_int,
    cb: virEventTimeoutCallback,
    opaque: *mut c_void,
    ff: virFreeCallback,
) -> c_int {
    let _ = timeout;
    let _ = cb;
    let _ = opaque;
    let _ = ff;
    api(-1, "virEventAddTimeout", || Err(unsupported()))
}

/// `virEventRegisterDefaultImpl`: event register default impl.
#[no_mangle]
pub unsafe extern "C" fn virEventRegisterDefaultImpl() -> c_int {
    api(-1, "virEventRegisterDefaultImpl", || Err(unsupported()))
}

/// `virEventRegisterImpl`: event register impl.
#[no_mangle]
pub unsafe extern "C" fn virEventRegisterImpl(
    addHandle: virEventAddHandleFunc,
    updateHandle: virEventUpdateHandleFunc,
    removeHandle: virEventRemoveHandleFunc,
    addTimeout: virEventAddTimeoutFunc,
    updateTimeout: virEventUpdateTimeoutFunc,
    removeTimeout: virEventRemoveTimeoutFunc,
) {
    let _ = addHandle;
    let _ = updateHandle;
    let _ = removeHandle;
    let _ = addTimeout;
    let _ = updateTimeout;
    let _ = removeTimeout;
    api((), "virEventRegisterImpl", || Err(unsupported()))
}

/// `virEventRemoveHandle`: event remove handle.
#[no_mangle]
pub unsafe extern "C" fn virEventRemoveHandle(watch: c_int) -> c_int {
    let _ = watch;
    api(-1, "virEventRemoveHandle", || Err(unsupported()))
}

/// `virEventRemoveTimeout`: event remove timeout.
#[no_mangle]
pub unsafe extern "C" fn virEventRemoveTimeout(timer: c_int) -> c_int {
    let _ = timer;
    api(-1, "virEventRemoveTimeout", || Err(unsupported()))
}

/// `virEventRunDefaultImpl`: event run default impl.
#[no_mangle]
pub unsafe extern "C" fn virEventRunDefaultImpl() -> c_int {
    api(-1, "virEventRunDefaultImpl", || Err(unsupported()))
}

/// `virEventUpdateHandle`: event update handle.
#[no_mangle]
pub unsafe extern "C" fn virEventUpdateHandle(watch: c_int, events: c_int) {
    let _ = watch;
    let _ = events;
    api((), "virEventUpdateHandle", || Err(unsupported()))
}

/// `virEventUpdateTimeout`: event update timeout.
#[no_mangle]
pub unsafe extern "C" fn virEventUpdateTimeout(timer: c_int, timeout: c_int) {
    let _ = timer;
    let _ = timeout;
    api((), "virEventUpdateTimeout", || Err(unsupported()))
}
