//! Entry points declared in `virterror.h`.
//!
//! Unlike every other entry point these do not reset the thread's error on
//! entry and report no error of their own (they are how a caller reads and
//! clears errors), so they do not take the `api!()` path: [`quiet`] only
//! keeps a panic from unwinding into C.

use crate::base::error::{self, record};
use crate::ffi::prelude::*;

/// The connection behind `conn` if it is one, without reporting anything.
unsafe fn conn_of<'a>(conn: virConnectPtr) -> Option<&'a Handle<Connect>> {
    // SAFETY: the callers uphold this function's contract (# Safety).
    unsafe { Handle::<Connect>::from_ptr(conn as *const Handle<Connect>) }
}

/// `virConnCopyLastError`: copies the connection's last error into `to`;
/// returns its code (0 when none), -1 for a NULL `to` or invalid `conn`.
#[no_mangle]
pub unsafe extern "C" fn virConnCopyLastError(conn: virConnectPtr, to: virErrorPtr) -> c_int {
    quiet!(-1, "virConnCopyLastError", || {
        if to.is_null() {
            return -1;
        }
        // The caller's record may hold garbage: clear it without freeing.
        ptr::write(to, record::empty());
        let Some(c) = conn_of(conn) else {
            return -1;
        };
        if let Some(e) = c.errors.last() {
            record::fill(to, &e);
        }
        (*to).code
    })
}

/// `virConnGetLastError`: the connection's own error record (code 0 when
/// none), valid while the connection is; NULL for an invalid `conn`.
#[no_mangle]
pub unsafe extern "C" fn virConnGetLastError(conn: virConnectPtr) -> virErrorPtr {
    quiet!(
        ptr::null_mut(),
        "virConnGetLastError",
        || match conn_of(conn) {
            Some(c) => c.errors.record(),
            None => ptr::null_mut(),
        }
    )
}

/// `virConnResetLastError`: clears the connection's last error.
#[no_mangle]
pub unsafe extern "C" fn virConnResetLastError(conn: virConnectPtr) {
    quiet!((), "virConnResetLastError", || {
        if let Some(c) = conn_of(conn) {
            c.errors.reset();
        }
    })
}

/// `virConnSetErrorFunc`: sets (NULL `handler`: removes) the connection's
/// error callback, which then takes precedence over the global one.
#[no_mangle]
pub unsafe extern "C" fn virConnSetErrorFunc(
    conn: virConnectPtr,
    userData: *mut c_void,
    handler: virErrorFunc,
) {
    quiet!((), "virConnSetErrorFunc", || {
        if let Some(c) = conn_of(conn) {
            c.errors
                .set_sink(handler.map(|h| error::c_sink(h, userData)));
        }
    })
}

/// `virCopyLastError`: copies the thread's last error into `to`; returns
/// its code (0 when none), -1 for a NULL `to`.
#[no_mangle]
pub unsafe extern "C" fn virCopyLastError(to: virErrorPtr) -> c_int {
    quiet!(-1, "virCopyLastError", || copy_last(to))
}

unsafe fn copy_last(to: virErrorPtr) -> c_int {
    // SAFETY: the callers uphold this function's contract (# Safety).
    unsafe {
        if to.is_null() {
            return -1;
        }
        ptr::write(to, record::empty());
        let last = error::last_record();
        if last.is_null() {
            // The thread's record is gone (thread exit): libvirt's answer when
            // it has no record.
            (*to).code = virErrorNumber::VIR_ERR_NO_MEMORY as c_int;
            (*to).domain = virErrorDomain::VIR_FROM_NONE as c_int;
            record::set_raw_level(to, virErrorLevel::VIR_ERR_ERROR as c_int);
        } else {
            record::copy(last, to);
        }
        (*to).code
    }
}

/// `virDefaultErrorFunc`: prints `err` on stderr as libvirt does when no
/// callback is set; nothing for NULL or an empty record.
#[no_mangle]
pub unsafe extern "C" fn virDefaultErrorFunc(err: virErrorPtr) {
    quiet!((), "virDefaultErrorFunc", || {
        if let Some(e) = record::to_error(err) {
            error::default_print(&e);
        }
    })
}

/// `virFreeError`: frees a record from `virSaveLastError` with its strings.
#[no_mangle]
pub unsafe extern "C" fn virFreeError(err: virErrorPtr) {
    quiet!((), "virFreeError", || {
        record::reset(err);
        libc::free(err as *mut c_void);
    })
}

/// `virGetLastError`: the thread's error record, or NULL when there is no
/// error. The record belongs to the library and changes with the next
/// error or reset on this thread.
#[no_mangle]
pub unsafe extern "C" fn virGetLastError() -> virErrorPtr {
    quiet!(ptr::null_mut(), "virGetLastError", || {
        let last = error::last_record();
        if last.is_null() || (*last).code == 0 {
            return ptr::null_mut();
        }
        last
    })
}

/// `virGetLastErrorCode`: the code of the thread's last error (0 if none).
#[no_mangle]
pub unsafe extern "C" fn virGetLastErrorCode() -> c_int {
    quiet!(0, "virGetLastErrorCode", || {
        let last = error::last_record();
        if last.is_null() {
            return 0;
        }
        (*last).code
    })
}

/// `virGetLastErrorDomain`: the domain of the thread's last error (0 if
/// none).
#[no_mangle]
pub unsafe extern "C" fn virGetLastErrorDomain() -> c_int {
    quiet!(0, "virGetLastErrorDomain", || {
        let last = error::last_record();
        if last.is_null() {
            return 0;
        }
        (*last).domain
    })
}

/// `virGetLastErrorMessage`: the message of the thread's last error, "no
/// error" when there is none; never NULL.
#[no_mangle]
pub unsafe extern "C" fn virGetLastErrorMessage() -> *const c_char {
    quiet!(c"unknown error".as_ptr(), "virGetLastErrorMessage", || {
        let last = error::last_record();
        if !last.is_null() && (*last).code == 0 {
            return c"no error".as_ptr();
        }
        if last.is_null() || (*last).message.is_null() {
            return c"unknown error".as_ptr();
        }
        (*last).message
    })
}

/// `virResetError`: frees the strings of `err` and zeroes it.
#[no_mangle]
pub unsafe extern "C" fn virResetError(err: virErrorPtr) {
    quiet!((), "virResetError", || record::reset(err))
}

/// `virResetLastError`: clears the thread's last error.
#[no_mangle]
pub unsafe extern "C" fn virResetLastError() {
    quiet!((), "virResetLastError", || {
        error::reset_last();
        // The caller may have changed the record through virGetLastError.
        record::reset(error::last_record());
    })
}

/// `virSaveLastError`: a copy of the thread's last error the caller frees
/// with `virFreeError` (an empty record when there is none).
#[no_mangle]
pub unsafe extern "C" fn virSaveLastError() -> virErrorPtr {
    quiet!(ptr::null_mut(), "virSaveLastError", || {
        let to = libc::calloc(1, std::mem::size_of::<virError>()) as virErrorPtr;
        if to.is_null() {
            std::process::abort();
        }
        copy_last(to);
        to
    })
}

/// `virSetErrorFunc`: sets (NULL `handler`: removes) the process-wide
/// error callback; without one, errors are printed by
/// `virDefaultErrorFunc`.
#[no_mangle]
pub unsafe extern "C" fn virSetErrorFunc(userData: *mut c_void, handler: virErrorFunc) {
    quiet!((), "virSetErrorFunc", || {
        error::set_global_sink(handler.map(|h| error::c_sink(h, userData)));
    })
}
