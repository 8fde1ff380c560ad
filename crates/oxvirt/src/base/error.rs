//! libvirt's error model: an error record per thread, per-connection copies,
//! and the global and per-connection error callbacks.

use oxvirt_abi::{virErrorDomain, virErrorLevel, virErrorNumber};
use std::os::raw::c_int;

/// One error, as libvirt reports it (the Rust twin of `virError`).
#[derive(Clone, Debug, PartialEq)]
pub struct Error {
    /// A `virErrorNumber`.
    pub code: c_int,
    /// A `virErrorDomain`.
    pub domain: c_int,
    /// A `virErrorLevel`.
    pub level: c_int,
    pub message: String,
    pub str1: Option<String>,
    pub str2: Option<String>,
    pub str3: Option<String>,
    pub int1: c_int,
    pub int2: c_int,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// An error whose message is the code's standard text, completed by
    /// `info` where given (libvirt's `virReportErrorHelper`).
    pub fn new(domain: virErrorDomain, code: virErrorNumber, info: Option<&str>) -> Self {
        let template = messages::template(code as c_int, info.is_some());
        let message = match info {
            Some(i) => template.replacen("%s", i, 1),
            None => template.to_string(),
        };
        Error {
            code: code as c_int,
            domain: domain as c_int,
            level: virErrorLevel::VIR_ERR_ERROR as c_int,
            message,
            str1: Some(template.to_string()),
            str2: info.map(str::to_string),
            str3: None,
            int1: -1,
            int2: -1,
        }
    }
}

pub mod messages;

thread_local! {
    /// The API running on this thread (for error messages that name it) and
    /// the error domain of its module.
    static CURRENT_API: std::cell::Cell<(&'static str, virErrorDomain)> =
        const { std::cell::Cell::new(("", virErrorDomain::VIR_FROM_NONE)) };
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
pub type Sink = std::sync::Arc<dyn Fn(&Error) + Send + Sync>;

static GLOBAL_SINK: std::sync::RwLock<Option<Sink>> = std::sync::RwLock::new(None);

thread_local! {
    /// The thread's last error (`virGetLastError`).
    static LAST: std::cell::RefCell<Option<Error>> = const { std::cell::RefCell::new(None) };
    /// Whether LAST holds anything, so the reset at every entry is one load.
    static HAS_LAST: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// The connection the running API works on, if it has checked one.
    static DISPATCH_CONN: std::cell::Cell<*const crate::base::handle::Handle<crate::base::connect::Connect>> =
        const { std::cell::Cell::new(std::ptr::null()) };
}

/// Clears the thread's last error (`virResetLastError`).
#[inline]
pub fn reset_last() {
    DISPATCH_CONN.with(|c| c.set(std::ptr::null()));
    if HAS_LAST.with(|h| h.replace(false)) {
        LAST.with(|l| *l.borrow_mut() = None);
    }
}

/// Runs `f` on the thread's last error.
pub fn with_last<R>(f: impl FnOnce(Option<&Error>) -> R) -> R {
    LAST.with(|l| f(l.borrow().as_ref()))
}

/// Replaces the thread's last error without dispatching it.
pub fn set_last(e: Option<Error>) {
    HAS_LAST.with(|h| h.set(e.is_some()));
    LAST.with(|l| *l.borrow_mut() = e);
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

/// Records `e` as the thread's last error, copies it to the connection the
/// call worked on, and hands it to the connection's callback, the global
/// callback, or the default printer, in that order of preference.
pub fn raise(e: Error) {
    set_last(Some(e.clone()));
    let conn = DISPATCH_CONN.with(|d| d.replace(std::ptr::null()));
    let mut sink: Option<Sink> = None;
    if !conn.is_null() {
        // SAFETY: set by a check during this call, whose caller holds a
        // reference to the connection.
        let conn = unsafe { &*conn };
        *conn.last_error.lock().unwrap_or_else(|p| p.into_inner()) = Some(e.clone());
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

/// libvirt's default error output on stderr.
pub fn default_print(e: &Error) {
    use std::io::Write;
    let dom = messages::domain_name(e.domain);
    let line = if dom.is_empty() {
        format!("libvirt: error : {}\n", e.message)
    } else {
        format!("libvirt: {dom} error : {}\n", e.message)
    };
    let _ = std::io::stderr().write_all(line.as_bytes());
}
