//! Handing lists to C, the three ways libvirt's API does it, written once:
//! a NULL-terminated array of new handles (`virConnectListAll*`), names
//! copied into the caller's array (`virConnectList*`), and ids copied into
//! the caller's array (`virConnectListDomains`).

use super::entry::Cx;
use super::objects::*;
use crate::base::error::Result;
use crate::base::handle::Class;
use std::os::raw::{c_char, c_int, c_void};
use std::ptr;

/// A new C handle for `obj` (one reference, the caller's).
pub fn new_handle<T: Class, P>(obj: T) -> *mut P {
    Handle::into_raw(Handle::new(obj)) as *mut P
}

/// Stores the objects `make` builds from `items` as a NULL-terminated array
/// of new handles in `*out` when `out` is not NULL (libvirt's
/// `virConnectListAll*` shape); returns how many there are. On failure no
/// handle is left behind.
///
/// # Safety
/// `out` is NULL or valid for one pointer write.
pub unsafe fn handle_array<I, T: Class, P>(
    cx: &Cx,
    out: *mut *mut *mut P,
    items: Vec<I>,
    make: impl Fn(I) -> T,
) -> Result<c_int> {
    let n = items.len();
    if out.is_null() {
        return Ok(n as c_int);
    }
    let mut ptrs: Vec<*mut P> = items.into_iter().map(|i| new_handle(make(i))).collect();
    ptrs.push(ptr::null_mut());
    match super::convert::c_array(cx, &ptrs) {
        Ok(arr) => {
            // SAFETY: `out` is valid for a write, as this function's contract.
            unsafe { *out = arr };
            Ok(n as c_int)
        }
        Err(e) => {
            for p in &ptrs[..n] {
                // SAFETY: each was made above and is owned here.
                unsafe { Handle::release(*p as *const Handle<T>) };
            }
            Err(e)
        }
    }
}

/// Copies at most `max` of `names` into the caller's array as strings it
/// frees; returns how many were copied. On failure none is left behind.
///
/// # Safety
/// `names` holds at least `max` pointers (checked non-NULL before when
/// `max > 0`).
pub unsafe fn names_into(
    cx: &Cx,
    names: *mut *mut c_char,
    max: c_int,
    list: &[String],
) -> Result<c_int> {
    let n = list.len().min(max.max(0) as usize);
    for (i, name) in list.iter().take(n).enumerate() {
        match super::convert::c_string(cx, name) {
            // SAFETY: i < max, within the caller's array.
            Ok(p) => unsafe { *names.add(i) = p },
            Err(e) => {
                for j in 0..i {
                    // SAFETY: written above with memory from malloc.
                    unsafe { libc::free(*names.add(j) as *mut c_void) };
                }
                return Err(e);
            }
        }
    }
    Ok(n as c_int)
}

/// Copies at most `max` of `list` into the caller's array; returns how many.
///
/// # Safety
/// `out` holds at least `max` elements (checked non-NULL before when
/// `max > 0`).
pub unsafe fn copy_into<T: Copy>(out: *mut T, max: c_int, list: &[T]) -> c_int {
    let n = list.len().min(max.max(0) as usize);
    if n > 0 {
        // SAFETY: n <= max elements fit in the caller's array.
        unsafe { ptr::copy_nonoverlapping(list.as_ptr(), out, n) };
    }
    n as c_int
}

/// Stores `list` as a NULL-terminated array of new strings in `*out` when
/// `out` is not NULL (the caller frees each string and the array); returns
/// how many there are. On failure nothing is left allocated.
///
/// # Safety
/// `out` is NULL or valid for one pointer write.
pub unsafe fn string_array(cx: &Cx, out: *mut *mut *mut c_char, list: &[String]) -> Result<c_int> {
    if !out.is_null() {
        let mut ptrs: Vec<*mut c_char> = Vec::with_capacity(list.len() + 1);
        for s in list {
            match super::convert::c_string(cx, s) {
                Ok(p) => ptrs.push(p),
                Err(e) => {
                    for p in ptrs {
                        // SAFETY: each came from the C allocator above.
                        unsafe { libc::free(p as *mut c_void) };
                    }
                    return Err(e);
                }
            }
        }
        ptrs.push(ptr::null_mut());
        match super::convert::c_array(cx, &ptrs) {
            // SAFETY: out is valid for a write (checked non-NULL above).
            Ok(arr) => unsafe { *out = arr },
            Err(e) => {
                for p in ptrs {
                    // SAFETY: each came from the C allocator above (or is NULL).
                    unsafe { libc::free(p as *mut c_void) };
                }
                return Err(e);
            }
        }
    }
    Ok(list.len().min(c_int::MAX as usize) as c_int)
}
