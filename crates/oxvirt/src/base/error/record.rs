//! The C form of an error (`virError`), whose strings belong to the C
//! allocator: a caller frees a record it was given with `virResetError`,
//! `virFreeError` or plain `free()`, so every string in it comes from
//! `malloc`.
//!
//! This is the one place below `ffi` that handles raw C memory: libvirt
//! hands out pointers to the thread's own record (`virGetLastError`) and to
//! a connection's record (`virConnGetLastError`), and a caller may reset
//! those records in place, so the C record is the state itself, not a view
//! of it.

use crate::error::Error;
use oxvirt_abi::{virError, virErrorLevel};
use std::ffi::CStr;
use std::os::raw::{c_char, c_int};
use std::ptr;

/// A copy of `s` from the C allocator, cut at an inner NUL; NULL for
/// `None`. Aborts like g_strdup when memory is exhausted.
pub fn c_strdup(s: Option<&str>) -> *mut c_char {
    let Some(s) = s else {
        return ptr::null_mut();
    };
    let bytes = s.as_bytes();
    let len = bytes.iter().position(|&b| b == 0).unwrap_or(bytes.len());
    // SAFETY: a fresh allocation of len + 1 bytes, filled and terminated.
    unsafe {
        let p = libc::malloc(len + 1) as *mut u8;
        if p.is_null() {
            std::process::abort();
        }
        ptr::copy_nonoverlapping(bytes.as_ptr(), p, len);
        *p.add(len) = 0;
        p as *mut c_char
    }
}

/// `strdup` of a C string; NULL stays NULL.
///
/// # Safety
/// `s` is NULL or a NUL-terminated string.
pub unsafe fn c_strdup_raw(s: *const c_char) -> *mut c_char {
    // SAFETY: the callers uphold this function's contract (# Safety).
    unsafe {
        if s.is_null() {
            return ptr::null_mut();
        }
        let p = libc::strdup(s);
        if p.is_null() {
            std::process::abort();
        }
        p
    }
}

/// A zeroed record: `code` 0 (`VIR_ERR_OK`), every pointer NULL.
pub fn empty() -> virError {
    // SAFETY: virError is plain C data; all-zero is its reset state.
    unsafe { std::mem::zeroed() }
}

/// Frees the strings of `err` and zeroes it (`virResetError`).
///
/// # Safety
/// `err` is NULL or a valid record whose strings are NULL or malloc'd.
pub unsafe fn reset(err: *mut virError) {
    // SAFETY: the callers uphold this function's contract (# Safety).
    unsafe {
        if err.is_null() {
            return;
        }
        let e = &mut *err;
        libc::free(e.message as *mut _);
        libc::free(e.str1 as *mut _);
        libc::free(e.str2 as *mut _);
        libc::free(e.str3 as *mut _);
        ptr::write(err, empty());
    }
}

/// Resets `to` and copies `from` into it, strings duplicated; the `conn`,
/// `dom` and `net` references are never copied (libvirt's `virCopyError`).
///
/// # Safety
/// Both are NULL or valid records.
pub unsafe fn copy(from: *const virError, to: *mut virError) {
    // SAFETY: the callers uphold this function's contract (# Safety).
    unsafe {
        if to.is_null() {
            return;
        }
        reset(to);
        if from.is_null() {
            return;
        }
        let f = &*from;
        let t = &mut *to;
        t.code = f.code;
        t.domain = f.domain;
        t.message = c_strdup_raw(f.message);
        t.str1 = c_strdup_raw(f.str1);
        t.str2 = c_strdup_raw(f.str2);
        t.str3 = c_strdup_raw(f.str3);
        t.int1 = f.int1;
        t.int2 = f.int2;
        set_raw_level(to, raw_level(from));
    }
}

/// Resets `to` and writes `e` into it.
///
/// # Safety
/// `to` is a valid record.
pub unsafe fn fill(to: *mut virError, e: &Error) {
    // SAFETY: the callers uphold this function's contract (# Safety).
    unsafe {
        reset(to);
        let t = &mut *to;
        t.code = e.code;
        t.domain = e.domain;
        t.message = c_strdup(Some(&e.message));
        t.str1 = c_strdup(e.str1.as_deref());
        t.str2 = c_strdup(e.str2.as_deref());
        t.str3 = c_strdup(e.str3.as_deref());
        t.int1 = e.int1;
        t.int2 = e.int2;
        set_raw_level(to, e.level);
    }
}

unsafe fn opt_string(p: *const c_char) -> Option<String> {
    // SAFETY: the callers uphold this function's contract (# Safety).
    unsafe { (!p.is_null()).then(|| CStr::from_ptr(p).to_string_lossy().into_owned()) }
}

/// The error a record holds; `None` when its code is `VIR_ERR_OK`.
///
/// # Safety
/// `from` is NULL or a valid record.
pub unsafe fn to_error(from: *const virError) -> Option<Error> {
    // SAFETY: the callers uphold this function's contract (# Safety).
    unsafe {
        if from.is_null() || (*from).code == 0 {
            return None;
        }
        let f = &*from;
        Some(Error {
            code: f.code,
            domain: f.domain,
            level: raw_level(from),
            message: opt_string(f.message).unwrap_or_default(),
            str1: opt_string(f.str1),
            str2: opt_string(f.str2),
            str3: opt_string(f.str3),
            int1: f.int1,
            int2: f.int2,
        })
    }
}

/// The level of a record as the number C stored, which may lie outside
/// the enum.
///
/// # Safety
/// `r` is a valid record.
pub unsafe fn raw_level(r: *const virError) -> c_int {
    // SAFETY: the callers uphold this function's contract (# Safety).
    unsafe { *(ptr::addr_of!((*r).level) as *const c_int) }
}

/// Stores a level number as C would, whatever its value.
///
/// # Safety
/// `r` is a valid record.
pub unsafe fn set_raw_level(r: *mut virError, level: c_int) {
    // SAFETY: the callers uphold this function's contract (# Safety).
    unsafe {
        *(ptr::addr_of_mut!((*r).level) as *mut c_int) = level;
    }
}

/// A `virErrorLevel` from its number; values outside the enum, which a
/// Rust enum cannot hold, become `VIR_ERR_ERROR`.
pub fn level_of(level: c_int) -> virErrorLevel {
    match level {
        0 => virErrorLevel::VIR_ERR_NONE,
        1 => virErrorLevel::VIR_ERR_WARNING,
        _ => virErrorLevel::VIR_ERR_ERROR,
    }
}

/// A record owned by Rust (a thread's last error, a connection's copy),
/// at a fixed address for as long as it lives, freed with its strings.
pub struct Record(Box<virError>);

// SAFETY: the record is plain data with malloc'd strings that nothing else
// aliases; callers that share it across threads do so under a lock.
unsafe impl Send for Record {}

impl Record {
    pub fn new() -> Self {
        Record(Box::new(empty()))
    }

    /// The record's address, stable for its lifetime.
    pub fn as_ptr(&mut self) -> *mut virError {
        &mut *self.0
    }

    /// Replaces the contents with `e`, or resets them for `None`.
    pub fn set(&mut self, e: Option<&Error>) {
        // SAFETY: the record is ours and valid.
        unsafe {
            match e {
                Some(e) => fill(self.as_ptr(), e),
                None => reset(self.as_ptr()),
            }
        }
    }

    pub fn get(&mut self) -> Option<Error> {
        // SAFETY: the record is ours and valid.
        unsafe { to_error(self.as_ptr()) }
    }

    pub fn code(&self) -> c_int {
        self.0.code
    }
}

impl Default for Record {
    fn default() -> Self {
        Self::new()
    }
}

impl Drop for Record {
    fn drop(&mut self) {
        // SAFETY: the record is ours; its strings are malloc'd or NULL.
        unsafe { reset(self.as_ptr()) }
    }
}
