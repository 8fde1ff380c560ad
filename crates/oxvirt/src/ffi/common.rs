//! Entry points declared in `libvirt-common.h`.

use crate::ffi::prelude::*;

entry_point_domain!(VIR_FROM_NONE);

/// `virTypedParamsAddBoolean`: typed params add boolean.
#[no_mangle]
pub unsafe extern "C" fn virTypedParamsAddBoolean(
    params: *mut virTypedParameterPtr,
    nparams: *mut c_int,
    maxparams: *mut c_int,
    name: *const c_char,
    value: c_int,
) -> c_int {
    let _ = params;
    let _ = nparams;
    let _ = maxparams;
    let _ = name;
    let _ = value;
    api(-1, "virTypedParamsAddBoolean", || Err(unsupported()))
}

/// `virTypedParamsAddDouble`: typed params add double.
#[no_mangle]
pub unsafe extern "C" fn virTypedParamsAddDouble(
    params: *mut virTypedParameterPtr,
    nparams: *mut c_int,
    maxparams: *mut c_int,
    name: *const c_char,
    value: c_double,
) -> c_int {
    let _ = params;
    let _ = nparams;
    let _ = maxparams;
    let _ = name;
    let _ = value;
    api(-1, "virTypedParamsAddDouble", || Err(unsupported()))
}

/// `virTypedParamsAddFromString`: typed params add from string.
#[no_mangle]
pub unsafe extern "C" fn virTypedParamsAddFromString(
    params: *mut virTypedParameterPtr,
    nparams: *mut c_int,
    maxparams: *mut c_int,
    name: *const c_char,
    r#type: c_int,
    value: *const c_char,
) -> c_int {
    let _ = params;
    let _ = nparams;
    let _ = maxparams;
    let _ = name;
    let _ = r#type;
    let _ = value;
    api(-1, "virTypedParamsAddFromString", || Err(unsupported()))
}

/// `virTypedParamsAddInt`: typed params add int.
#[no_mangle]
pub unsafe extern "C" fn virTypedParamsAddInt(
    params: *mut virTypedParameterPtr,
    nparams: *mut c_int,
    maxparams: *mut c_int,
    name: *const c_char,
    value: c_int,
) -> c_int {
    let _ = params;
    let _ = nparams;
    let _ = maxparams;
    let _ = name;
    let _ = value;
    api(-1, "virTypedParamsAddInt", || Err(unsupported()))
}

/// `virTypedParamsAddLLong`: typed params add l long.
#[no_mangle]
pub unsafe extern "C" fn virTypedParamsAddLLong(
    params: *mut virTypedParameterPtr,
    nparams: *mut c_int,
    maxparams: *mut c_int,
    name: *const c_char,
    value: c_longlong,
) -> c_int {
    let _ = params;
    let _ = nparams;
    let _ = maxparams;
    let _ = name;
    let _ = value;
    api(-1, "virTypedParamsAddLLong", || Err(unsupported()))
}

/// `virTypedParamsAddString`: typed params add string.
#[no_mangle]
pub unsafe extern "C" fn virTypedParamsAddString(
    params: *mut virTypedParameterPtr,
    nparams: *mut c_int,
    maxparams: *mut c_int,
    name: *const c_char,
    value: *const c_char,
) -> c_int {
    let _ = params;
    let _ = nparams;
    let _ = maxparams;
    let _ = name;
    let _ = value;
    api(-1, "virTypedParamsAddString", || Err(unsupported()))
}

/// `virTypedParamsAddStringList`: typed params add string list.
#[no_mangle]
pub unsafe extern "C" fn virTypedParamsAddStringList(
    params: *mut virTypedParameterPtr,
    nparams: *mut c_int,
    maxparams: *mut c_int,
    name: *const c_char,
    values: *mut *const c_char,
) -> c_int {
    let _ = params;
    let _ = nparams;
    let _ = maxparams;
    let _ = name;
    let _ = values;
    api(-1, "virTypedParamsAddStringList", || Err(unsupported()))
}

/// `virTypedParamsAddUInt`: typed params add u int.
#[no_mangle]
pub unsafe extern "C" fn virTypedParamsAddUInt(
    params: *mut virTypedParameterPtr,
    nparams: *mut c_int,
    maxparams: *mut c_int,
    name: *const c_char,
    value: c_uint,
) -> c_int {
    let _ = params;
    let _ = nparams;
    let _ = maxparams;
    let _ = name;
    let _ = value;
    api(-1, "virTypedParamsAddUInt", || Err(unsupported()))
}

/// `virTypedParamsAddULLong`: typed params add UL long.
#[no_mangle]
pub unsafe extern "C" fn virTypedParamsAddULLong(
    params: *mut virTypedParameterPtr,
    nparams: *mut c_int,
    maxparams: *mut c_int,
    name: *const c_char,
    value: c_ulonglong,
) -> c_int {
    let _ = params;
    let _ = nparams;
    let _ = maxparams;
    let _ = name;
    let _ = value;
    api(-1, "virTypedParamsAddULLong", || Err(unsupported()))
}

/// `virTypedParamsClear`: typed params clear.
#[no_mangle]
pub unsafe extern "C" fn virTypedParamsClear(params: virTypedParameterPtr, nparams: c_int) {
    let _ = params;
    let _ = nparams;
    api((), "virTypedParamsClear", || Err(unsupported()))
}

/// `virTypedParamsFree`: typed params free.
#[no_mangle]
pub unsafe extern "C" fn virTypedParamsFree(params: virTypedParameterPtr, nparams: c_int) {
    let _ = params;
    let _ = nparams;
    api((), "virTypedParamsFree", || Err(unsupported()))
}

/// `virTypedParamsGet`: typed params get.
#[no_mangle]
pub unsafe extern "C" fn virTypedParamsGet(
    params: virTypedParameterPtr,
    nparams: c_int,
    name: *const c_char,
) -> virTypedParameterPtr {
    let _ = params;
    let _ = nparams;
    let _ = name;
    api(ptr::null_mut(), "virTypedParamsGet", || Err(unsupported()))
}

/// `virTypedParamsGetBoolean`: typed params get boolean.
#[no_mangle]
pub unsafe extern "C" fn virTypedParamsGetBoolean(
    params: virTypedParameterPtr,
    nparams: c_int,
    name: *const c_char,
    value: *mut c_int,
) -> c_int {
    let _ = params;
    let _ = nparams;
    let _ = name;
    let _ = value;
    api(-1, "virTypedParamsGetBoolean", || Err(unsupported()))
}

/// `virTypedParamsGetDouble`: typed params get double.
#[no_mangle]
pub unsafe extern "C" fn virTypedParamsGetDouble(
    params: virTypedParameterPtr,
    nparams: c_int,
    name: *const c_char,
    value: *mut c_double,
) -> c_int {
    let _ = params;
    let _ = nparams;
    let _ = name;
    let _ = value;
    api(-1, "virTypedParamsGetDouble", || Err(unsupported()))
}

/// `virTypedParamsGetInt`: typed params get int.
#[no_mangle]
pub unsafe extern "C" fn virTypedParamsGetInt(
    params: virTypedParameterPtr,
    nparams: c_int,
    name: *const c_char,
    value: *mut c_int,
) -> c_int {
    let _ = params;
    let _ = nparams;
    let _ = name;
    let _ = value;
    api(-1, "virTypedParamsGetInt", || Err(unsupported()))
}

/// `virTypedParamsGetLLong`: typed params get l long.
#[no_mangle]
pub unsafe extern "C" fn virTypedParamsGetLLong(
    params: virTypedParameterPtr,
    nparams: c_int,
    name: *const c_char,
    value: *mut c_longlong,
) -> c_int {
    let _ = params;
    let _ = nparams;
    let _ = name;
    let _ = value;
    api(-1, "virTypedParamsGetLLong", || Err(unsupported()))
}

/// `virTypedParamsGetString`: typed params get string.
#[no_mangle]
pub unsafe extern "C" fn virTypedParamsGetString(
    params: virTypedParameterPtr,
    nparams: c_int,
    name: *const c_char,
    value: *mut *const c_char,
) -> c_int {
    let _ = params;
    let _ = nparams;
    let _ = name;
    let _ = value;
    api(-1, "virTypedParamsGetString", || Err(unsupported()))
}

/// `virTypedParamsGetUInt`: typed params get u int.
#[no_mangle]
pub unsafe extern "C" fn virTypedParamsGetUInt(
    params: virTypedParameterPtr,
    nparams: c_int,
    name: *const c_char,
    value: *mut c_uint,
) -> c_int {
    let _ = params;
    let _ = nparams;
    let _ = name;
    let _ = value;
    api(-1, "virTypedParamsGetUInt", || Err(unsupported()))
}

/// `virTypedParamsGetULLong`: typed params get UL long.
#[no_mangle]
pub unsafe extern "C" fn virTypedParamsGetULLong(
    params: virTypedParameterPtr,
    nparams: c_int,
    name: *const c_char,
    value: *mut c_ulonglong,
) -> c_int {
    let _ = params;
    let _ = nparams;
    let _ = name;
    let _ = value;
    api(-1, "virTypedParamsGetULLong", || Err(unsupported()))
}
