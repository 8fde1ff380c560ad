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

/// Parses a UUID in any form libvirt accepts (hex digits, dashes and spaces
/// between pairs anywhere).
pub fn parse_uuid(s: &str) -> Option<[u8; 16]> {
    let mut out = [0u8; 16];
    let mut digits = s.trim().chars().filter(|c| *c != '-' && *c != ' ');
    for b in out.iter_mut() {
        let hi = digits.next()?.to_digit(16)?;
        let lo = digits.next()?.to_digit(16)?;
        *b = (hi * 16 + lo) as u8;
    }
    if digits.next().is_some() {
        return None;
    }
    Some(out)
}

/// The canonical text form of a UUID, written into `buf` without allocating.
pub fn format_uuid(u: &[u8; 16], buf: &mut [u8; 37]) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut j = 0;
    for (i, b) in u.iter().enumerate() {
        if matches!(i, 4 | 6 | 8 | 10) {
            buf[j] = b'-';
            j += 1;
        }
        buf[j] = HEX[(b >> 4) as usize];
        buf[j + 1] = HEX[(b & 15) as usize];
        j += 2;
    }
    buf[36] = 0;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uuid_round_trip() {
        let u = parse_uuid("6695eb01-f6a4-8304-79aa-97f2502e193f").unwrap();
        let mut buf = [0u8; 37];
        format_uuid(&u, &mut buf);
        assert_eq!(&buf[..36], b"6695eb01-f6a4-8304-79aa-97f2502e193f");
        assert_eq!(parse_uuid("6695eb01f6a4830479aa97f2502e193f"), Some(u));
        assert_eq!(parse_uuid("6695eb01-f6a4-8304-79aa-97f2502e193"), None);
        assert_eq!(parse_uuid("6695eb01-f6a4-8304-79aa-97f2502e193fff"), None);
    }
}
