//! libvirt's error model: an error record per thread, per-connection copies,
//! and the global and per-connection error callbacks.
//!
//! The thread's last error lives in a C `virError` record (see
//! [`record`]): `virGetLastError` hands out its address, and a caller may
//! reset it in place, exactly as with libvirt.

use oxvirt_abi::{virError, virErrorDomain, virErrorNumber};
use std::cell::{Cell, RefCell};
use std::os::raw::{c_int, c_void};
use std::sync::{Arc, Mutex, RwLock};

pub mod record;

pub use crate::error::{messages, strerror, Error, Result};

/// A sink for dispatched errors (the global or a connection's callback).
pub type Sink = Arc<dyn Fn(&Error) + Send + Sync>;

static GLOBAL_SINK: RwLock<Option<Sink>> = RwLock::new(None);

thread_local! {
    /// The thread's last error (`virGetLastError`), freed with the thread.
    static LAST: RefCell<record::Record> = RefCell::new(record::Record::new());
    /// Whether LAST may hold anything, so the reset at every entry is one
    /// load.
    static HAS_LAST: Cell<bool> = const { Cell::new(false) };
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

/// A connection's own error state: its last error (`virConnGetLastError`),
/// the C record handed out for it, and its error callback. It lives in the
/// connection; this module only needs it, not the connection.
#[derive(Default)]
pub struct ConnErrors {
    last: Mutex<Option<Error>>,
    sink: Mutex<Option<Sink>>,
    /// The C copy of `last`, made on first request.
    record: Mutex<Option<record::Record>>,
}

fn locked<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

impl ConnErrors {
    /// Keeps the C record, if one was handed out, equal to the last error.
    fn sync_record(&self, e: Option<&Error>) {
        if let Some(r) = locked(&self.record).as_mut() {
            r.set(e);
        }
    }

    /// The C record of the last error (`virConnGetLastError`), valid for
    /// as long as the connection is, like libvirt's.
    pub fn record(&self) -> *mut virError {
        let current = self.last();
        let mut slot = locked(&self.record);
        let r = slot.get_or_insert_with(record::Record::new);
        if r.get() != current {
            r.set(current.as_ref());
        }
        r.as_ptr()
    }

    /// A copy of the last error.
    pub fn last(&self) -> Option<Error> {
        locked(&self.last).clone()
    }

    /// Clears the last error (`virConnResetLastError`).
    pub fn reset(&self) {
        *locked(&self.last) = None;
        self.sync_record(None);
    }

    /// Installs (or with `None` removes) the connection's error callback.
    pub fn set_sink(&self, s: Option<Sink>) {
        *locked(&self.sink) = s;
    }

    fn keep(&self, e: &Error) -> Option<Sink> {
        *locked(&self.last) = Some(e.clone());
        self.sync_record(Some(e));
        locked(&self.sink).clone()
    }
}

/// A failed call's error on its way out: recorded, not yet delivered.
pub struct Raised {
    error: Error,
    sink: Option<Sink>,
}

/// Records `e` as the thread's last error and copies it to `conn` (the
/// error state of the connection the failed call worked on), then says
/// where it goes: the connection's callback, else the global one, else the
/// default printer (libvirt's `virDispatchError`). Delivery is a second
/// step, [`Raised::deliver`], so that the caller can let go of the
/// connection first: a callback may close it, and libvirt's count then
/// reaches 0 inside the callback.
pub fn record(e: Error, conn: Option<&ConnErrors>) -> Raised {
    let e = if e.code == virErrorNumber::VIR_ERR_OK as c_int {
        Error::generic_failure()
    } else {
        e
    };
    set_last(Some(e.clone()));
    let mut sink = conn.and_then(|c| c.keep(&e));
    if sink.is_none() {
        sink = GLOBAL_SINK
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .clone();
    }
    Raised { error: e, sink }
}

impl Raised {
    /// Hands the error to its callback or prints it. No lock is held.
    pub fn deliver(self) {
        match self.sink {
            Some(s) => s(&self.error),
            None => default_print(&self.error),
        }
    }
}

/// [`record`] and deliver at once, for errors that belong to no call's
/// connection.
pub fn raise(e: Error, conn: Option<&ConnErrors>) {
    record(e, conn).deliver();
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
