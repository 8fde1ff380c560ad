//! Entry points declared in `virterror.h`.

use crate::ffi::prelude::*;

entry_point_domain!(VIR_FROM_NONE);

/// `virConnCopyLastError`: conn copy last error.
#[no_mangle]
pub unsafe extern "C" fn virConnCopyLastError(conn: virConnectPtr, to: virErrorPtr) -> c_int {
    let _ = conn;
    let _ = to;
    api(-1, "virConnCopyLastError", || Err(unsupported()))
}

/// `virConnGetLastError`: conn get last error.
#[no_mangle]
pub unsafe extern "C" fn virConnGetLastError(conn: virConnectPtr) -> virErrorPtr {
    let _ = conn;
    api(
        ptr::null_mut(),
        "virConnGetLastError",
        || Err(unsupported()),
    )
}

/// `virConnResetLastError`: conn reset last error.
#[no_mangle]
pub unsafe extern "C" fn virConnResetLastError(conn: virConnectPtr) {
    let _ = conn;
    api((), "virConnResetLastError", || Err(unsupported()))
}

/// `virConnSetErrorFunc`: conn set error func.
#[no_mangle]
pub unsafe extern "C" fn virConnSetErrorFunc(
    conn: virConnectPtr,
    userData: *mut c_void,
    handler: virErrorFunc,
) {
    let _ = conn;
    let _ = userData;
    let _ = handler;
    api((), "virConnSetErrorFunc", || Err(unsupported()))
}

/// `virCopyLastError`: copy last error.
#[no_mangle]
pub unsafe extern "C" fn virCopyLastError(to: virErrorPtr) -> c_int {
    let _ = to;
    api(-1, "virCopyLastError", || Err(unsupported()))
}

/// `virDefaultErrorFunc`: default error func.
#[no_mangle]
pub unsafe extern "C" fn virDefaultErrorFunc(err: virErrorPtr) {
    let _ = err;
    api((), "virDefaultErrorFunc", || Err(unsupported()))
}

/// `virFreeError`: free error.
#[no_mangle]
pub unsafe extern "C" fn virFreeError(err: virErrorPtr) {
    let _ = err;
    api((), "virFreeError", || Err(unsupported()))
}

/// `virGetLastError`: get last error.
#[no_mangle]
pub unsafe extern "C" fn virGetLastError() -> virErrorPtr {
    api(ptr::null_mut(), "virGetLastError", || Err(unsupported()))
}

/// `virGetLastErrorCode`: get last error code.
#[no_mangle]
pub unsafe extern "C" fn virGetLastErrorCode() -> c_int {
    api(-1, "virGetLastErrorCode", || Err(unsupported()))
}

/// `virGetLastErrorDomain`: get last error domain.
#[no_mangle]
pub unsafe extern "C" fn virGetLastErrorDomain() -> c_int {
    api(-1, "virGetLastErrorDomain", || Err(unsupported()))
}

/// `virGetLastErrorMessage`: get last error message.
#[no_mangle]
pub unsafe extern "C" fn virGetLastErrorMessage() -> *const c_char {
    api(ptr::null_mut(), "virGetLastErrorMessage", || {
        Err(unsupported())
    })
}

/// `virResetError`: reset error.
#[no_mangle]
pub unsafe extern "C" fn virResetError(err: virErrorPtr) {
    let _ = err;
    api((), "virResetError", || Err(unsupported()))
}

/// `virResetLastError`: reset last error.
#[no_mangle]
pub unsafe extern "C" fn virResetLastError() {
    api((), "virResetLastError", || Err(unsupported()))
}

/// `virSaveLastError`: save last error.
#[no_mangle]
pub unsafe extern "C" fn virSaveLastError() -> virErrorPtr {
    api(ptr::null_mut(), "virSaveLastError", || Err(unsupported()))
}

/// `virSetErrorFunc`: set error func.
#[no_mangle]
pub unsafe extern "C" fn virSetErrorFunc(userData: *mut c_void, handler: virErrorFunc) {
    let _ = userData;
    let _ = handler;
    api((), "virSetErrorFunc", || Err(unsupported()))
}
