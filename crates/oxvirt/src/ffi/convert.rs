//! C ⇄ Rust value conversion at the boundary.

use crate::base::error::{current_api, Error, Result};
use oxvirt_abi::virErrorNumber;
use std::ffi::CStr;
use std::os::raw::c_char;

/// A C string the caller passed in, as UTF-8; `None` for NULL.
pub unsafe fn opt_str<'a>(p: *const c_char, name: &str) -> Result<Option<&'a str>> {
    if p.is_null() {
        return Ok(None);
    }
    CStr::from_ptr(p).to_str().map(Some).map_err(|_| {
        Error::new(
            current_api().1,
            virErrorNumber::VIR_ERR_INVALID_ARG,
            Some(&format!("{name} in {} is not valid UTF-8", current_api().0)),
        )
    })
}

/// A C string the caller must have passed (checked non-NULL before).
pub unsafe fn str<'a>(p: *const c_char, name: &str) -> Result<&'a str> {
    super::check::non_null(p, name)?;
    Ok(opt_str(p, name)?.unwrap_or(""))
}

/// A copy of `s` in memory from the C allocator, which the caller frees with
/// `free()`.
pub fn c_string(s: &str) -> Result<*mut c_char> {
    if s.as_bytes().contains(&0) {
        return Err(Error::new(
            current_api().1,
            virErrorNumber::VIR_ERR_INTERNAL_ERROR,
            Some("string contains a NUL byte"),
        ));
    }
    let p = c_alloc::<u8>(s.len() + 1)?;
    // SAFETY: p holds len+1 bytes, all written here.
    unsafe {
        std::ptr::copy_nonoverlapping(s.as_ptr(), p, s.len());
        *p.add(s.len()) = 0;
    }
    Ok(p as *mut c_char)
}

/// An array of `n` elements from the C allocator (the caller frees it).
pub fn c_array<T: Copy>(items: &[T]) -> Result<*mut T> {
    let p = c_alloc::<T>(std::mem::size_of_val(items))?;
    // SAFETY: p holds items.len() elements.
    unsafe { std::ptr::copy_nonoverlapping(items.as_ptr(), p, items.len()) };
    Ok(p)
}

/// `bytes` (at least one) from the C allocator, or libvirt's out-of-memory
/// error.
fn c_alloc<T>(bytes: usize) -> Result<*mut T> {
    // SAFETY: malloc has no preconditions; the result is checked.
    let p = unsafe { libc::malloc(bytes.max(1)) } as *mut T;
    if p.is_null() {
        return Err(Error::new(
            current_api().1,
            virErrorNumber::VIR_ERR_NO_MEMORY,
            None,
        ));
    }
    Ok(p)
}

/// Writes `v` through an out-pointer the caller passed (checked before).
pub unsafe fn put<T>(p: *mut T, v: T) {
    if !p.is_null() {
        p.write(v);
    }
}

pub use crate::util::uuid::{format_uuid, parse_uuid};
