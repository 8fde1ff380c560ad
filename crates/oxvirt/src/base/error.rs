//! libvirt's error model: an error record per thread, per-connection copies,
//! and the global and per-connection error callbacks.
//!
//! The thread's last error lives in a C `virError` record (see
//! [`record`]): `virGetLastError` hands out its address, and a caller may
//! reset it in place, exactly as with libvirt.

use oxvirt_abi::{virError, virErrorDomain, virErrorNumber};
use std::cell::{Cell, RefCell};
use std::os::raw::{c_int, c_void};
use std::sync::{Arc, RwLock};

pub mod record;

pub use crate::error::{messages, strerror, Error, Result};

thread_local! {
    /// The API running on this thread (for error messages that name it) and
    /// the error domain of its module.
    static CURRENT_API: Cell<(&'static str, virErrorDomain)> =
        const { Cell::new(("", virErrorDomain::VIR_FROM_NONE)) };
}

/// Records which public API this thread is in; errors raised below name it.
pub fn enter_api(name: &'static str, from: virErrorDomain) {
    CURRENT_API.with(|c| c.set((name, from)));
}

/// The public API this thread is in, and its error domain.
pub fn current_api() -> (&'static str, virErrorDomain) {
    CURRENT_API.with(|c| c.get())
}

fn current_domain() -> virErrorDomain {
    current_api().1
}

/// `VIR_ERR_NO_SUPPORT` for the running API, as libvirt reports a missing
/// driver method.
pub fn unsupported() -> Error {
    Error::new(
        current_domain(),
        virErrorNumber::VIR_ERR_NO_SUPPORT,
        Some(current_api().0),
    )
}

/// An error of `code` in the running API's domain, with `info` as detail.
pub fn report(code: virErrorNumber, info: &str) -> Error {
    Error::new(current_domain(), code, Some(info))
}

/// A sink for dispatched errors (the global or a connection's callback).
pub type Sink = Arc<dyn Fn(&Error) + Send + Sync>;

static GLOBAL_SINK: RwLock<Option<Sink>> = RwLock::new(None);

thread_local! {
    /// The thread's last error (`virGetLastError`), freed with the thread.
    static LAST: RefCell<record::Record> = RefCell::new(record::Record::new());
    /// Whether LAST may hold anything, so the reset at every entry is one
    /// load.
    static HAS_LAST: Cell<bool> = const { Cell::new(false) };
    /// The connection the running API works on, if it has checked one.
    static DISPATCH_CONN: Cell<*const crate::base::handle::Handle<crate::base::connect::Connect>> =
        const { Cell::new(std::ptr::null()) };
}

/// The address of the thread's error record, which stays the same for the
/// life of the thread (NULL while the thread is being torn down).
pub fn last_record() -> *mut virError {
    LAST.try_with(|l| l.borrow_mut().as_ptr())
        .unwrap_or(std::ptr::null_mut())
}

/// Clears the thread's last error (`virResetLastError`).
#[inline]
pub fn reset_last() {
    DISPATCH_CONN.with(|c| c.set(std::ptr::null()));
    if HAS_LAST.with(|h| h.replace(false)) {
        let _ = LAST.try_with(|l| l.borrow_mut().set(None));
    }
}

/// Runs `f` on the thread's last error.
pub fn with_last<R>(f: impl FnOnce(Option<&Error>) -> R) -> R {
    let e = LAST.try_with(|l| l.borrow_mut().get()).ok().flatten();
    f(e.as_ref())
}

/// Replaces the thread's last error without dispatching it.
pub fn set_last(e: Option<Error>) {
    HAS_LAST.with(|h| h.set(e.is_some()));
    let _ = LAST.try_with(|l| l.borrow_mut().set(e.as_ref()));
}

/// Notes the connection the running API works on: its error copy and
/// callback receive the error if the call fails.
pub fn set_dispatch_conn(c: &crate::base::handle::Handle<crate::base::connect::Connect>) {
    DISPATCH_CONN.with(|d| d.set(c as *const _));
}

/// Installs (or with `None` removes) the process-wide error callback.
pub fn set_global_sink(s: Option<Sink>) {
    *GLOBAL_SINK.write().unwrap_or_else(|p| p.into_inner()) = s;
}

/// A sink that calls a C `virErrorFunc` with the thread's error record, as
/// libvirt passes its own record to the callback.
pub fn c_sink(
    handler: unsafe extern "C" fn(*mut c_void, *mut virError),
    user_data: *mut c_void,
) -> Sink {
    let user_data = user_data as usize;
    Arc::new(move |_e: &Error| {
        let rec = last_record();
        // SAFETY: the caller registered a C callback and its data; the
        // record is this thread's and valid during the call.
        unsafe { handler(user_data as *mut c_void, rec) }
    })
}

/// Keeps `conn`'s C record, if it has one, equal to its last error.
fn sync_conn_record(conn: &crate::base::connect::Connect, e: Option<&Error>) {
    if let Some(r) = conn
        .error_record
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .as_mut()
    {
        r.set(e);
    }
}

/// The C record of `conn`'s last error (`virConnGetLastError`), valid for
/// as long as the connection is, like libvirt's.
pub fn conn_record(conn: &crate::base::connect::Connect) -> *mut virError {
    let current = conn
        .last_error
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .clone();
    let mut slot = conn.error_record.lock().unwrap_or_else(|p| p.into_inner());
    let r = slot.get_or_insert_with(record::Record::new);
    if r.get() != current {
        r.set(current.as_ref());
    }
    r.as_ptr()
}

/// A copy of `conn`'s last error.
pub fn conn_last(conn: &crate::base::connect::Connect) -> Option<Error> {
    conn.last_error
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .clone()
}

/// Clears `conn`'s last error (`virConnResetLastError`).
pub fn conn_reset(conn: &crate::base::connect::Connect) {
    *conn.last_error.lock().unwrap_or_else(|p| p.into_inner()) = None;
    sync_conn_record(conn, None);
}

/// Installs (or with `None` removes) `conn`'s error callback.
pub fn conn_set_sink(conn: &crate::base::connect::Connect, s: Option<Sink>) {
    *conn.error_sink.lock().unwrap_or_else(|p| p.into_inner()) = s;
}

/// Records `e` as the thread's last error, copies it to the connection the
/// call worked on, and hands it to the connection's callback, the global
/// callback, or the default printer, in that order of preference
/// (libvirt's `virDispatchError`). No lock is held while a callback runs.
pub fn raise(e: Error) {
    let e = if e.code == virErrorNumber::VIR_ERR_OK as c_int {
        Error::generic_failure()
    } else {
        e
    };
    set_last(Some(e.clone()));
    let conn = DISPATCH_CONN.with(|d| d.replace(std::ptr::null()));
    let mut sink: Option<Sink> = None;
    if !conn.is_null() {
        // SAFETY: set by a check during this call, whose caller holds a
        // reference to the connection.
        let conn = unsafe { &**conn };
        *conn.last_error.lock().unwrap_or_else(|p| p.into_inner()) = Some(e.clone());
        sync_conn_record(conn, Some(&e));
        sink = conn
            .error_sink
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone();
    }
    if sink.is_none() {
        sink = GLOBAL_SINK
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .clone();
    }
    match sink {
        Some(s) => s(&e),
        None => default_print(&e),
    }
}

/// The line `virDefaultErrorFunc` prints for `e`; `None` for no error.
/// `object` is the name of the domain or network the record names, if any.
pub fn default_line(e: &Error, object: &str) -> Option<String> {
    if e.code == virErrorNumber::VIR_ERR_OK as c_int {
        return None;
    }
    let lvl = match e.level {
        1 => "warning",
        2 => "error",
        _ => "",
    };
    let dom = messages::domain_name(e.domain).unwrap_or("Unknown");
    let msg = &e.message;
    let xml_detail = e.domain == virErrorDomain::VIR_FROM_XML as c_int
        && e.code == virErrorNumber::VIR_ERR_XML_DETAIL as c_int
        && e.int1 != 0;
    Some(if xml_detail {
        format!("libvirt: {dom} {lvl} {object}: line {}: {msg}", e.int1)
    } else if msg.ends_with('\n') {
        format!("libvirt: {dom} {lvl} {object}: {msg}")
    } else {
        format!("libvirt: {dom} {lvl} {object}: {msg}\n")
    })
}

/// libvirt's default error output on stderr.
pub fn default_print(e: &Error) {
    default_print_named(e, "");
}

/// [`default_print`] for a record that names a domain or network.
pub fn default_print_named(e: &Error, object: &str) {
    use std::io::Write;
    if let Some(line) = default_line(e, object) {
        let _ = std::io::stderr().write_all(line.as_bytes());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn last_error_roundtrip_through_c_record() {
        reset_last();
        assert!(with_last(|e| e.is_none()));
        let rec = last_record();
        let e = Error::new(
            virErrorDomain::VIR_FROM_DOM,
            virErrorNumber::VIR_ERR_INTERNAL_ERROR,
            Some("x"),
        );
        set_last(Some(e.clone()));
        assert_eq!(last_record(), rec);
        assert_eq!(with_last(|l| l.cloned()), Some(e));
        // SAFETY: the thread's own record.
        unsafe {
            assert_eq!((*rec).code, 1);
            assert_eq!(record::raw_level(rec), 2);
            let msg = std::ffi::CStr::from_ptr((*rec).message);
            assert_eq!(msg.to_str().unwrap(), "internal error: x");
        }
        reset_last();
        // SAFETY: the thread's own record.
        unsafe { assert!((*rec).message.is_null()) };
        assert!(with_last(|e| e.is_none()));
    }

    #[test]
    fn default_lines() {
        let e = Error::new(
            virErrorDomain::VIR_FROM_TEST,
            virErrorNumber::VIR_ERR_NO_DOMAIN,
            Some("no domain with matching name 'x'"),
        );
        assert_eq!(
            default_line(&e, "").unwrap(),
            "libvirt: Test Driver error : Domain not found: no domain with matching name 'x'\n"
        );
        let mut e = Error::new(
            virErrorDomain::VIR_FROM_NONE,
            virErrorNumber::VIR_ERR_INVALID_ARG,
            Some("y"),
        );
        assert_eq!(
            default_line(&e, "").unwrap(),
            "libvirt:  error : invalid argument: y\n"
        );
        e.domain = 500;
        e.level = 1;
        e.message.push('\n');
        assert_eq!(
            default_line(&e, "").unwrap(),
            "libvirt: Unknown warning : invalid argument: y\n"
        );
        e.code = 0;
        assert_eq!(default_line(&e, ""), None);
    }
}
