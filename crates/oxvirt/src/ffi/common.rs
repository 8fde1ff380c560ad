//! Entry points declared in `libvirt-common.h`: the typed-parameter
//! helpers, and the conversions between C arrays of `virTypedParameter`
//! and [`Param`] lists that other modules use.
//!
//! Arrays and strings handed to the caller come from the C allocator: the
//! caller frees them with `virTypedParamsFree`, `virTypedParamsClear` or
//! `free()`.

use crate::base::typed_params::{self as tp, Param, Value};
use crate::ffi::prelude::*;
use std::ffi::CStr;

entry_point_domain!(VIR_FROM_NONE);

/// The name in a parameter's `field`, which need not be NUL-terminated
/// when it fills the whole array.
fn field_bytes(p: &virTypedParameter) -> &[u8] {
    // SAFETY: c_char and u8 have the same layout; the slice is the field.
    let all = unsafe { &*(&p.field as *const [c_char] as *const [u8]) };
    let len = all.iter().position(|&b| b == 0).unwrap_or(all.len());
    &all[..len]
}

/// The parameters of a C array as a slice; empty for NULL or n <= 0.
unsafe fn as_slice<'a>(
    params: virTypedParameterPtr,
    nparams: c_int,
) -> &'a mut [virTypedParameter] {
    // SAFETY: the callers uphold this function's contract (# Safety).
    unsafe {
        if params.is_null() || nparams <= 0 {
            return &mut [];
        }
        std::slice::from_raw_parts_mut(params, nparams as usize)
    }
}

/// The first parameter named `name`, or NULL (`virTypedParamsGet`).
unsafe fn find(
    params: virTypedParameterPtr,
    nparams: c_int,
    name: *const c_char,
) -> virTypedParameterPtr {
    // SAFETY: the callers uphold this function's contract (# Safety).
    unsafe {
        if params.is_null() || name.is_null() {
            return ptr::null_mut();
        }
        let name = CStr::from_ptr(name).to_bytes();
        as_slice(params, nparams)
            .iter_mut()
            .find(|p| field_bytes(p) == name)
            .map_or(ptr::null_mut(), |p| p as *mut _)
    }
}

/// Writes `name` into a parameter's `field`, after checking its length.
unsafe fn set_field(p: &mut virTypedParameter, name: &CStr) -> Result<()> {
    let bytes = name.to_bytes();
    tp::check_field(bytes)?;
    for (dst, &src) in p.field.iter_mut().zip(bytes) {
        *dst = src as c_char;
    }
    p.field[bytes.len()] = 0;
    Ok(())
}

/// Stores `value` in `p`; a string is copied with the C allocator.
pub fn set_value(p: &mut virTypedParameter, value: &Value) {
    p.r#type = value.type_code();
    match value {
        Value::Int(v) => p.value.i = *v,
        Value::UInt(v) => p.value.ui = *v,
        Value::LLong(v) => p.value.l = *v,
        Value::ULLong(v) => p.value.ul = *v,
        Value::Double(v) => p.value.d = *v,
        Value::Boolean(v) => p.value.b = *v as c_char,
        Value::String(s) => p.value.s = crate::base::error::record::c_strdup(Some(s)),
    }
}

/// The value a C parameter holds.
///
/// # Safety
/// A string parameter points to a NUL-terminated string or is NULL.
pub unsafe fn value_of(p: &virTypedParameter) -> Result<Value> {
    // SAFETY: the callers uphold this function's contract (# Safety).
    unsafe {
        Ok(match p.r#type {
            tp::INT => Value::Int(p.value.i),
            tp::UINT => Value::UInt(p.value.ui),
            tp::LLONG => Value::LLong(p.value.l),
            tp::ULLONG => Value::ULLong(p.value.ul),
            tp::DOUBLE => Value::Double(p.value.d),
            tp::BOOLEAN => Value::Boolean(p.value.b != 0),
            tp::STRING => Value::String(if p.value.s.is_null() {
                String::new()
            } else {
                CStr::from_ptr(p.value.s).to_string_lossy().into_owned()
            }),
            t => {
                return Err(tp::unexpected_type(
                    t,
                    &String::from_utf8_lossy(field_bytes(p)),
                ))
            }
        })
    }
}

/// A C array of parameters as a list.
///
/// # Safety
/// `params` points to `nparams` parameters (or is NULL with 0).
pub unsafe fn params_from_c(
    cx: &Cx,
    params: virTypedParameterPtr,
    nparams: c_int,
) -> Result<Vec<Param>> {
    // SAFETY: the callers uphold this function's contract (# Safety).
    unsafe {
        check::non_null_array(cx, params, nparams as i64, "params")?;
        check::non_negative(cx, nparams, "nparams")?;
        as_slice(params, nparams)
            .iter()
            .map(|p| {
                Ok(Param {
                    field: String::from_utf8_lossy(field_bytes(p)).into_owned(),
                    value: value_of(p)?,
                })
            })
            .collect()
    }
}

/// A new C array (malloc'd, freed by the caller with `virTypedParamsFree`)
/// holding `list`; NULL for an empty list.
pub fn params_to_c(list: &[Param]) -> Result<(virTypedParameterPtr, c_int)> {
    if list.is_empty() {
        return Ok((ptr::null_mut(), 0));
    }
    // SAFETY: a zeroed array of list.len() parameters, each slot written
    // before the array is handed out.
    unsafe {
        let arr = libc::calloc(list.len(), std::mem::size_of::<virTypedParameter>())
            as virTypedParameterPtr;
        if arr.is_null() {
            std::process::abort();
        }
        for (i, p) in list.iter().enumerate() {
            let name = std::ffi::CString::new(p.field.as_str()).unwrap_or_default();
            let slot = &mut *arr.add(i);
            if let Err(e) = set_field(slot, &name) {
                virTypedParamsFree(arr, i as c_int);
                return Err(e);
            }
            set_value(slot, &p.value);
        }
        Ok((arr, list.len() as c_int))
    }
}

/// Stores a driver's answer to a `virDomainGet*Parameters` call in the
/// caller's `*nparams` (and array): the count when the caller asked how
/// many there are, else the parameters written into its array.
///
/// # Safety
/// `nparams` is valid; `params` points to `*nparams` writable parameters
/// (checked by `check::param_buffer`).
pub unsafe fn store_params_answer(
    answer: crate::driver::ParamsAnswer,
    params: virTypedParameterPtr,
    nparams: *mut c_int,
) -> Result<()> {
    // SAFETY: as this function's own contract.
    unsafe {
        *nparams = match answer {
            crate::driver::ParamsAnswer::Count(n) => n,
            crate::driver::ParamsAnswer::Params(list) => params_fill_c(&list, params, *nparams)?,
        };
    }
    Ok(())
}

/// Writes `list` into a caller-provided array of `capacity` slots (the
/// `virDomainGet*Parameters` pattern); returns how many were written.
///
/// # Safety
/// `dst` points to `capacity` writable parameters.
pub unsafe fn params_fill_c(
    list: &[Param],
    dst: virTypedParameterPtr,
    capacity: c_int,
) -> Result<c_int> {
    // SAFETY: the callers uphold this function's contract (# Safety).
    unsafe {
        let n = list.len().min(capacity.max(0) as usize);
        for (i, p) in list.iter().take(n).enumerate() {
            let slot = &mut *dst.add(i);
            ptr::write(slot, std::mem::zeroed());
            let name = std::ffi::CString::new(p.field.as_str()).unwrap_or_default();
            if let Err(e) = set_field(slot, &name) {
                virTypedParamsClear(dst, i as c_int);
                return Err(e);
            }
            set_value(slot, &p.value);
        }
        Ok(n as c_int)
    }
}

/// Appends one parameter to a growable array (the shared part of every
/// `virTypedParamsAdd*`): grows the array first, as libvirt does, then
/// names the new slot and lets `assign` set its value; `nparams` counts
/// the parameter only if both succeed.
unsafe fn add(
    cx: &Cx,
    params: *mut virTypedParameterPtr,
    nparams: *mut c_int,
    maxparams: *mut c_int,
    name: *const c_char,
    assign: impl FnOnce(&mut virTypedParameter, &CStr) -> Result<()>,
) -> Result<c_int> {
    // SAFETY: the callers uphold this function's contract (# Safety).
    unsafe {
        check::non_null(cx, params, "params")?;
        check::non_null(cx, nparams, "nparams")?;
        check::non_null(cx, maxparams, "maxparams")?;
        let n = (*nparams).max(0) as usize;
        let max = (*maxparams).max(0) as usize;
        let new_max = tp::grown_capacity(max, n);
        if new_max != max || (*params).is_null() {
            let size = std::mem::size_of::<virTypedParameter>();
            let arr = libc::realloc(*params as *mut c_void, new_max * size) as virTypedParameterPtr;
            if arr.is_null() {
                std::process::abort();
            }
            if new_max > max {
                ptr::write_bytes(arr.add(max), 0, new_max - max);
            }
            *params = arr;
            *maxparams = new_max as c_int;
        }
        check::non_null(cx, name, "name")?;
        let name = CStr::from_ptr(name);
        let slot = &mut *(*params).add(n);
        assign(slot, name)?;
        *nparams += 1;
        Ok(0)
    }
}

/// `virTypedParamsAdd<Type>` for a value known in advance.
unsafe fn add_value(
    cx: &Cx,
    params: *mut virTypedParameterPtr,
    nparams: *mut c_int,
    maxparams: *mut c_int,
    name: *const c_char,
    value: Value,
) -> Result<c_int> {
    // SAFETY: the callers uphold this function's contract (# Safety).
    unsafe {
        add(cx, params, nparams, maxparams, name, |slot, name| {
            set_field(slot, name)?;
            set_value(slot, &value);
            Ok(())
        })
    }
}

/// `virTypedParamsAddBoolean`: appends a boolean (any non-zero is true).
#[no_mangle]
pub unsafe extern "C" fn virTypedParamsAddBoolean(
    params: *mut virTypedParameterPtr,
    nparams: *mut c_int,
    maxparams: *mut c_int,
    name: *const c_char,
    value: c_int,
) -> c_int {
    api!(-1, "virTypedParamsAddBoolean", |cx| {
        add_value(
            cx,
            params,
            nparams,
            maxparams,
            name,
            Value::Boolean(value != 0),
        )
    })
}

/// `virTypedParamsAddDouble`: appends a double.
#[no_mangle]
pub unsafe extern "C" fn virTypedParamsAddDouble(
    params: *mut virTypedParameterPtr,
    nparams: *mut c_int,
    maxparams: *mut c_int,
    name: *const c_char,
    value: c_double,
) -> c_int {
    api!(-1, "virTypedParamsAddDouble", |cx| {
        add_value(cx, params, nparams, maxparams, name, Value::Double(value))
    })
}

/// `virTypedParamsAddFromString`: appends a value of `type` parsed from
/// `value`.
#[no_mangle]
pub unsafe extern "C" fn virTypedParamsAddFromString(
    params: *mut virTypedParameterPtr,
    nparams: *mut c_int,
    maxparams: *mut c_int,
    name: *const c_char,
    r#type: c_int,
    value: *const c_char,
) -> c_int {
    api!(-1, "virTypedParamsAddFromString", |cx| {
        add(cx, params, nparams, maxparams, name, |slot, name| {
            let field = name.to_string_lossy();
            if value.is_null() {
                return Err(tp::null_value(&field));
            }
            set_field(slot, name)?;
            let v = tp::parse_value(&field, r#type, CStr::from_ptr(value))?;
            set_value(slot, &v);
            Ok(())
        })
    })
}

/// `virTypedParamsAddInt`: appends an int.
#[no_mangle]
pub unsafe extern "C" fn virTypedParamsAddInt(
    params: *mut virTypedParameterPtr,
    nparams: *mut c_int,
    maxparams: *mut c_int,
    name: *const c_char,
    value: c_int,
) -> c_int {
    api!(-1, "virTypedParamsAddInt", |cx| {
        add_value(cx, params, nparams, maxparams, name, Value::Int(value))
    })
}

/// `virTypedParamsAddLLong`: appends a long long.
#[no_mangle]
pub unsafe extern "C" fn virTypedParamsAddLLong(
    params: *mut virTypedParameterPtr,
    nparams: *mut c_int,
    maxparams: *mut c_int,
    name: *const c_char,
    value: c_longlong,
) -> c_int {
    api!(-1, "virTypedParamsAddLLong", |cx| {
        add_value(cx, params, nparams, maxparams, name, Value::LLong(value))
    })
}

/// `virTypedParamsAddString`: appends a copy of `value` (NULL: "").
#[no_mangle]
pub unsafe extern "C" fn virTypedParamsAddString(
    params: *mut virTypedParameterPtr,
    nparams: *mut c_int,
    maxparams: *mut c_int,
    name: *const c_char,
    value: *const c_char,
) -> c_int {
    api!(-1, "virTypedParamsAddString", |cx| {
        add(cx, params, nparams, maxparams, name, |slot, name| {
            set_field(slot, name)?;
            slot.r#type = tp::STRING;
            slot.value.s = if value.is_null() {
                crate::base::error::record::c_strdup(Some(""))
            } else {
                crate::base::error::record::c_strdup_raw(value)
            };
            Ok(())
        })
    })
}

/// `virTypedParamsAddStringList`: appends one string parameter per entry
/// of the NULL-terminated `values`. As libvirt: 0 for NULL `values`, and
/// -1 (without an error) for an empty list.
#[no_mangle]
pub unsafe extern "C" fn virTypedParamsAddStringList(
    params: *mut virTypedParameterPtr,
    nparams: *mut c_int,
    maxparams: *mut c_int,
    name: *const c_char,
    values: *mut *const c_char,
) -> c_int {
    quiet!(-1, "virTypedParamsAddStringList", || {
        if values.is_null() {
            return 0;
        }
        let mut rv = -1;
        let mut i = 0;
        while !(*values.add(i)).is_null() {
            rv = virTypedParamsAddString(params, nparams, maxparams, name, *values.add(i));
            if rv < 0 {
                break;
            }
            i += 1;
        }
        rv
    })
}

/// `virTypedParamsAddUInt`: appends an unsigned int.
#[no_mangle]
pub unsafe extern "C" fn virTypedParamsAddUInt(
    params: *mut virTypedParameterPtr,
    nparams: *mut c_int,
    maxparams: *mut c_int,
    name: *const c_char,
    value: c_uint,
) -> c_int {
    api!(-1, "virTypedParamsAddUInt", |cx| {
        add_value(cx, params, nparams, maxparams, name, Value::UInt(value))
    })
}

/// `virTypedParamsAddULLong`: appends an unsigned long long.
#[no_mangle]
pub unsafe extern "C" fn virTypedParamsAddULLong(
    params: *mut virTypedParameterPtr,
    nparams: *mut c_int,
    maxparams: *mut c_int,
    name: *const c_char,
    value: c_ulonglong,
) -> c_int {
    api!(-1, "virTypedParamsAddULLong", |cx| {
        add_value(cx, params, nparams, maxparams, name, Value::ULLong(value))
    })
}

/// `virTypedParamsClear`: frees the strings of the parameters (not the
/// array), leaving their pointers NULL.
#[no_mangle]
pub unsafe extern "C" fn virTypedParamsClear(params: virTypedParameterPtr, nparams: c_int) {
    quiet!((), "virTypedParamsClear", || {
        for p in as_slice(params, nparams) {
            if p.r#type == tp::STRING {
                libc::free(p.value.s as *mut c_void);
                p.value.s = ptr::null_mut();
            }
        }
    })
}

/// `virTypedParamsFree`: frees the strings of the parameters and the array.
#[no_mangle]
pub unsafe extern "C" fn virTypedParamsFree(params: virTypedParameterPtr, nparams: c_int) {
    quiet!((), "virTypedParamsFree", || {
        virTypedParamsClear(params, nparams);
        libc::free(params as *mut c_void);
    })
}

/// `virTypedParamsGet`: the first parameter named `name`, or NULL. Reports
/// nothing and leaves the thread's error alone.
#[no_mangle]
pub unsafe extern "C" fn virTypedParamsGet(
    params: virTypedParameterPtr,
    nparams: c_int,
    name: *const c_char,
) -> virTypedParameterPtr {
    quiet!(ptr::null_mut(), "virTypedParamsGet", || find(
        params, nparams, name
    ))
}

/// The shared part of every `virTypedParamsGet<Type>`: 0 when there is no
/// such parameter, 1 after `read` stored its value (if `value` is not
/// NULL), -1 when it has another type.
unsafe fn get_typed(
    params: virTypedParameterPtr,
    nparams: c_int,
    name: *const c_char,
    want: c_int,
    read: impl FnOnce(&virTypedParameter),
) -> Result<c_int> {
    // SAFETY: the callers uphold this function's contract (# Safety).
    unsafe {
        let p = find(params, nparams, name);
        if p.is_null() {
            return Ok(0);
        }
        let p = &*p;
        if p.r#type != want {
            return Err(tp::type_mismatch(
                want,
                &CStr::from_ptr(name).to_string_lossy(),
                p.r#type,
            ));
        }
        read(p);
        Ok(1)
    }
}

/// `virTypedParamsGetBoolean`: a boolean parameter, as 0 or 1.
#[no_mangle]
pub unsafe extern "C" fn virTypedParamsGetBoolean(
    params: virTypedParameterPtr,
    nparams: c_int,
    name: *const c_char,
    value: *mut c_int,
) -> c_int {
    api!(-1, "virTypedParamsGetBoolean", || {
        get_typed(params, nparams, name, tp::BOOLEAN, |p| {
            convert::put(value, (p.value.b != 0) as c_int)
        })
    })
}

/// `virTypedParamsGetDouble`: a double parameter.
#[no_mangle]
pub unsafe extern "C" fn virTypedParamsGetDouble(
    params: virTypedParameterPtr,
    nparams: c_int,
    name: *const c_char,
    value: *mut c_double,
) -> c_int {
    api!(-1, "virTypedParamsGetDouble", || {
        get_typed(params, nparams, name, tp::DOUBLE, |p| {
            convert::put(value, p.value.d)
        })
    })
}

/// `virTypedParamsGetInt`: an int parameter.
#[no_mangle]
pub unsafe extern "C" fn virTypedParamsGetInt(
    params: virTypedParameterPtr,
    nparams: c_int,
    name: *const c_char,
    value: *mut c_int,
) -> c_int {
    api!(-1, "virTypedParamsGetInt", || {
        get_typed(params, nparams, name, tp::INT, |p| {
            convert::put(value, p.value.i)
        })
    })
}

/// `virTypedParamsGetLLong`: a long long parameter.
#[no_mangle]
pub unsafe extern "C" fn virTypedParamsGetLLong(
    params: virTypedParameterPtr,
    nparams: c_int,
    name: *const c_char,
    value: *mut c_longlong,
) -> c_int {
    api!(-1, "virTypedParamsGetLLong", || {
        get_typed(params, nparams, name, tp::LLONG, |p| {
            convert::put(value, p.value.l)
        })
    })
}

/// `virTypedParamsGetString`: a string parameter; the string stays
/// owned by the array.
#[no_mangle]
pub unsafe extern "C" fn virTypedParamsGetString(
    params: virTypedParameterPtr,
    nparams: c_int,
    name: *const c_char,
    value: *mut *const c_char,
) -> c_int {
    api!(-1, "virTypedParamsGetString", || {
        get_typed(params, nparams, name, tp::STRING, |p| {
            convert::put(value, p.value.s as *const c_char)
        })
    })
}

/// `virTypedParamsGetUInt`: an unsigned int parameter.
#[no_mangle]
pub unsafe extern "C" fn virTypedParamsGetUInt(
    params: virTypedParameterPtr,
    nparams: c_int,
    name: *const c_char,
    value: *mut c_uint,
) -> c_int {
    api!(-1, "virTypedParamsGetUInt", || {
        get_typed(params, nparams, name, tp::UINT, |p| {
            convert::put(value, p.value.ui)
        })
    })
}

/// `virTypedParamsGetULLong`: an unsigned long long parameter.
#[no_mangle]
pub unsafe extern "C" fn virTypedParamsGetULLong(
    params: virTypedParameterPtr,
    nparams: c_int,
    name: *const c_char,
    value: *mut c_ulonglong,
) -> c_int {
    api!(-1, "virTypedParamsGetULLong", || {
        get_typed(params, nparams, name, tp::ULLONG, |p| {
            convert::put(value, p.value.ul)
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn add_get_free_roundtrip() {
        let cx = Cx::new("virTypedParamsTest", virErrorDomain::VIR_FROM_NONE);
        // SAFETY: the arrays are built and freed by the functions under test.
        unsafe {
            let mut params: virTypedParameterPtr = ptr::null_mut();
            let (mut n, mut max) = (0, 0);
            assert_eq!(
                virTypedParamsAddInt(&mut params, &mut n, &mut max, c"a".as_ptr(), -5),
                0
            );
            assert_eq!((n, max), (1, 1));
            assert_eq!(
                virTypedParamsAddString(
                    &mut params,
                    &mut n,
                    &mut max,
                    c"s".as_ptr(),
                    c"hi".as_ptr()
                ),
                0
            );
            assert_eq!(
                virTypedParamsAddFromString(
                    &mut params,
                    &mut n,
                    &mut max,
                    c"u".as_ptr(),
                    tp::UINT,
                    c"7".as_ptr()
                ),
                0
            );
            assert_eq!((n, max), (3, 3));
            let mut i = 0;
            assert_eq!(virTypedParamsGetInt(params, n, c"a".as_ptr(), &mut i), 1);
            assert_eq!(i, -5);
            assert_eq!(virTypedParamsGetInt(params, n, c"zz".as_ptr(), &mut i), 0);
            assert_eq!(virTypedParamsGetInt(params, n, c"s".as_ptr(), &mut i), -1);
            let list = params_from_c(&cx, params, n).unwrap();
            assert_eq!(list[1], Param::new("s", Value::String("hi".into())));
            let (copy, cn) = params_to_c(&list).unwrap();
            assert_eq!(params_from_c(&cx, copy, cn).unwrap(), list);
            virTypedParamsFree(copy, cn);
            virTypedParamsFree(params, n);
        }
    }
}
