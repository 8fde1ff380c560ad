//! C ⇄ Rust value conversion at the boundary.

use super::entry::Cx;
use crate::base::error::{Error, Result};
use oxvirt_abi::virErrorNumber;
use std::ffi::CStr;
use std::os::raw::c_char;

/// A C string the caller passed in, as UTF-8; `None` for NULL.
///
/// # Safety
/// `p` is NULL or a NUL-terminated string that outlives `'a`.
pub unsafe fn opt_str<'a>(cx: &Cx, p: *const c_char, name: &str) -> Result<Option<&'a str>> {
    if p.is_null() {
        return Ok(None);
    }
    // SAFETY: as this function's own contract.
    unsafe { CStr::from_ptr(p) }
        .to_str()
        .map(Some)
        .map_err(|_| {
            cx.error(
                virErrorNumber::VIR_ERR_INVALID_ARG,
                &format!("{name} in {} is not valid UTF-8", cx.api()),
            )
        })
}

/// A C string the caller must have passed (checked non-NULL before).
///
/// # Safety
/// As [`opt_str`].
pub unsafe fn str<'a>(cx: &Cx, p: *const c_char, name: &str) -> Result<&'a str> {
    super::check::non_null(cx, p, name)?;
    // SAFETY: as this function's own contract.
    Ok(unsafe { opt_str(cx, p, name) }?.unwrap_or(""))
}

/// A copy of `s` in memory from the C allocator, which the caller frees with
/// `free()`.
pub fn c_string(cx: &Cx, s: &str) -> Result<*mut c_char> {
    if has_nul(s) {
        return Err(cx.error(
            virErrorNumber::VIR_ERR_INTERNAL_ERROR,
            "string contains a NUL byte",
        ));
    }
    malloc_copy(s).ok_or_else(|| no_memory(cx))
}

/// Whether `s` holds a NUL byte (SIMD search: documents handed out are
/// kilobytes long, and the standard library's search is bytewise).
fn has_nul(s: &str) -> bool {
    memchr::memchr(0, s.as_bytes()).is_some()
}

/// [`c_string`] for code outside an entry point (a callback libvirt calls
/// back): `None` if `s` holds a NUL byte or memory runs out.
pub fn c_dup(s: &str) -> Option<*mut c_char> {
    if has_nul(s) {
        return None;
    }
    malloc_copy(s)
}

/// `s` NUL-terminated in memory from `malloc` (no NUL check).
fn malloc_copy(s: &str) -> Option<*mut c_char> {
    // SAFETY: malloc has no preconditions; the result is checked.
    let p = unsafe { libc::malloc(s.len() + 1) } as *mut u8;
    if p.is_null() {
        return None;
    }
    // SAFETY: p holds len+1 bytes, all written here.
    unsafe {
        std::ptr::copy_nonoverlapping(s.as_ptr(), p, s.len());
        *p.add(s.len()) = 0;
    }
    Some(p as *mut c_char)
}

fn no_memory(cx: &Cx) -> Error {
    Error::new(cx.from(), virErrorNumber::VIR_ERR_NO_MEMORY, None)
}

/// An array of `n` elements from the C allocator (the caller frees it).
pub fn c_array<T: Copy>(cx: &Cx, items: &[T]) -> Result<*mut T> {
    let p = c_alloc::<T>(cx, std::mem::size_of_val(items))?;
    // SAFETY: p holds items.len() elements.
    unsafe { std::ptr::copy_nonoverlapping(items.as_ptr(), p, items.len()) };
    Ok(p)
}

/// `bytes` (at least one) from the C allocator, or libvirt's out-of-memory
/// error.
fn c_alloc<T>(cx: &Cx, bytes: usize) -> Result<*mut T> {
    // SAFETY: malloc has no preconditions; the result is checked.
    let p = unsafe { libc::malloc(bytes.max(1)) } as *mut T;
    if p.is_null() {
        return Err(no_memory(cx));
    }
    Ok(p)
}

/// Writes `v` through an out-pointer the caller passed (checked before).
///
/// # Safety
/// `p` is NULL or valid for a write of `T`.
pub unsafe fn put<T>(p: *mut T, v: T) {
    if !p.is_null() {
        // SAFETY: as this function's own contract.
        unsafe { p.write(v) };
    }
}

pub use crate::util::uuid::{format_uuid, parse_uuid};

/// The UUID a `*LookupByUUIDString` caller passed as `uuidstr`: NULL and
/// text that is not a UUID are libvirt's argument errors, the latter with
/// the API's own wording (`message`).
///
/// # Safety
/// `p` is NULL or a NUL-terminated string.
pub unsafe fn uuid_arg(cx: &Cx, p: *const c_char, message: &str) -> Result<[u8; 16]> {
    super::check::non_null(cx, p, "uuidstr")?;
    // SAFETY: as this function's own contract.
    let text = unsafe { CStr::from_ptr(p) }.to_str().ok();
    text.and_then(parse_uuid)
        .ok_or_else(|| super::check::invalid_arg(cx, "uuidstr", message))
}

/// A domain XML document the caller passed as `name`: its text, or the
/// XML error libvirt gives for a document that is not UTF-8 (not an
/// argument error: libvirt hands the bytes to its XML parser).
///
/// # Safety
/// `p` is NULL or a NUL-terminated string that outlives `'a`.
pub unsafe fn domain_xml<'a>(cx: &Cx, p: *const c_char, name: &str) -> Result<&'a str> {
    super::check::non_null(cx, p, name)?;
    // SAFETY: as this function's own contract.
    let bytes = unsafe { CStr::from_ptr(p) }.to_bytes();
    crate::conf::domain::DomainDef::text(bytes)
}
