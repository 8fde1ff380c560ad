//! The one path every exported function takes.
//!
//! `api!(errval, "virName", |cx| body)` resets the thread's error, runs the
//! body with a fresh per-call context [`Cx`], catches a panic, and turns an
//! `Err` into libvirt's error record (copied to the connection the call
//! worked on) and the function's error value. `quiet!(errval, || body)` is
//! the same without touching errors, for the entry points libvirt leaves
//! silent (the error getters, typed-parameter accessors, event hooks).
//!
//! Both run the body in an unsafe context, once, here: an entry point's
//! arguments are C pointers whose validity is the C caller's promise under
//! libvirt's API contract, and the body's first job is to turn them into
//! checked Rust values (`check::*`, `convert::*`).

use crate::base::connect::{Connect, ConnectRef};
use crate::base::error::{self, Error, Result};
use crate::base::handle::Handle;
use crate::driver::Call;
use oxvirt_abi::{virErrorDomain, virErrorNumber};
use std::cell::{Cell, RefCell};
use std::panic::{catch_unwind, AssertUnwindSafe};

/// One public call in progress: what drivers see of it ([`Call`], through
/// `Deref`) and the connection its error is reported to. The context lives
/// on the call's own stack frame, so a nested call (from an error, auth,
/// event or stream callback) has its own.
///
/// The connection is only borrowed while the call runs: the C caller holds
/// its own reference for the duration of the call (libvirt's API
/// contract), and taking one more on every call would make every thread
/// write the connection's shared reference count — the cache line then
/// bounces between cores and calls on one connection stop scaling. An
/// owned reference is taken only when an error is to be reported, and up
/// front ([`Cx::hold`]) by the few calls that run application callbacks
/// while they use the connection.
pub struct Cx {
    call: Call,
    conn: RefCell<Target>,
}

/// The connection a call's error goes to.
enum Target {
    None,
    /// The C caller's handle, alive for the call (see [`Cx`]).
    Borrowed(std::ptr::NonNull<Handle<Connect>>),
    Owned(ConnectRef),
}

impl Cx {
    /// A context for the public API `name` (the entry path makes one per
    /// call; tests make their own).
    pub fn new(name: &'static str, from: virErrorDomain) -> Self {
        Cx {
            call: Call::new(name, from),
            conn: RefCell::new(Target::None),
        }
    }

    /// Reports this call's error, if any, to `c` too (libvirt dispatches a
    /// failed call's error to the connection of the object it was given).
    pub fn report_to(&self, c: &Handle<Connect>) {
        *self.conn.borrow_mut() = Target::Borrowed(std::ptr::NonNull::from(c));
    }

    /// Keeps a reference to the reported connection until the call ends:
    /// for calls that run application callbacks (stream handlers, free
    /// callbacks) which might release the caller's own reference.
    pub fn hold(&self) {
        let mut t = self.conn.borrow_mut();
        if let Target::Borrowed(p) = *t {
            // SAFETY: a borrowed target is the caller's live handle (see Cx).
            *t = Target::Owned(unsafe { p.as_ref() }.to_arc());
        }
    }

    /// The connection to report to, owned, ending the call's hold on it.
    fn take_conn(&self) -> Option<ConnectRef> {
        match std::mem::replace(&mut *self.conn.borrow_mut(), Target::None) {
            Target::None => None,
            // SAFETY: a borrowed target is the caller's live handle (see Cx);
            // the call has not returned to its caller yet.
            Target::Borrowed(p) => Some(unsafe { p.as_ref() }.to_arc()),
            Target::Owned(c) => Some(c),
        }
    }

    /// Lets go of the connection: `virConnectClose` does before it releases
    /// the caller's reference, so its answer counts only the caller's.
    pub fn forget_conn(&self) {
        *self.conn.borrow_mut() = Target::None;
    }
}

impl std::ops::Deref for Cx {
    type Target = Call;
    fn deref(&self) -> &Call {
        &self.call
    }
}

thread_local! {
    /// How many entry points are running on this thread; while any is,
    /// the panic hook keeps the message for the error instead of printing.
    static DEPTH: Cell<u32> = const { Cell::new(0) };
    /// The last panic caught inside an entry point: message and place.
    static CAUGHT: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Counts this thread in and out of an entry point, unwinding included.
struct Inside;
impl Inside {
    fn enter() -> Inside {
        static HOOK: std::sync::Once = std::sync::Once::new();
        HOOK.call_once(install_panic_hook);
        DEPTH.with(|d| d.set(d.get() + 1));
        Inside
    }
}
impl Drop for Inside {
    fn drop(&mut self) {
        DEPTH.with(|d| d.set(d.get().saturating_sub(1)));
    }
}

/// A panic inside an entry point is a bug of ours that the caller sees as
/// an error; it must not also scribble on the application's stderr. Panics
/// elsewhere (the application's own Rust code) go to the hook it had.
fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if DEPTH.with(|d| d.get()) == 0 {
            return previous(info);
        }
        let msg = if let Some(s) = info.payload().downcast_ref::<&str>() {
            (*s).to_string()
        } else if let Some(s) = info.payload().downcast_ref::<String>() {
            s.clone()
        } else {
            "panic".to_string()
        };
        let place = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        let _ = CAUGHT.try_with(|c| *c.borrow_mut() = Some(format!("{msg}{place}")));
    }));
}

/// What a caught panic in `name` says: its message and place, logged at
/// error level where the user asked for log outputs (libvirt logs errors
/// only then).
fn caught_panic(name: &str) -> String {
    let what = CAUGHT
        .try_with(|c| c.borrow_mut().take())
        .ok()
        .flatten()
        .unwrap_or_else(|| "panic".to_string());
    let text = format!("unexpected failure in {name}: {what}");
    if crate::base::log::has_explicit_outputs() {
        crate::log_error!("libvirt", "{text}");
    }
    text
}

/// Runs the body of the public API `name`, whose module reports errors in
/// `from`, and returns `errval` if it fails or panics.
#[inline]
pub fn run<T>(
    from: virErrorDomain,
    errval: T,
    name: &'static str,
    body: impl FnOnce(&Cx) -> Result<T>,
) -> T {
    crate::base::log::api_entry(name);
    error::reset_last();
    let cx = Cx::new(name, from);
    let inside = Inside::enter();
    let outcome = catch_unwind(AssertUnwindSafe(|| body(&cx)));
    drop(inside);
    let e = match outcome {
        Ok(Ok(v)) => return v,
        Ok(Err(e)) => e,
        Err(_) => Error::new(
            from,
            virErrorNumber::VIR_ERR_INTERNAL_ERROR,
            Some(&caught_panic(name)),
        ),
    };
    let conn = cx.take_conn();
    let raised = error::record(e, conn.as_deref().map(|h| &h.errors));
    // The callback may close the connection: the call's own reference must
    // not be what keeps it, or libvirt's count would be off by one there.
    drop(conn);
    raised.deliver();
    errval
}

/// Runs `body` of an entry point that neither resets nor reports errors;
/// returns `errval` if it panics (the panic is logged).
#[inline]
pub fn quiet<T>(errval: T, name: &'static str, body: impl FnOnce() -> T) -> T {
    let inside = Inside::enter();
    let outcome = catch_unwind(AssertUnwindSafe(body));
    drop(inside);
    outcome.unwrap_or_else(|_| {
        caught_panic(name);
        errval
    })
}

/// Declares the error domain of a module's own errors (libvirt's
/// `VIR_FROM_THIS` of the matching source file), which `api!` uses.
macro_rules! entry_point_domain {
    ($from:ident) => {
        /// The error domain of this module's own errors.
        const FROM_THIS: oxvirt_abi::virErrorDomain = oxvirt_abi::virErrorDomain::$from;
    };
}

/// `api!(errval, "virName", |cx| body)`: the entry path, with errors in
/// the module's `FROM_THIS` domain (see the module documentation).
macro_rules! api {
    ($errval:expr, $name:literal, $($body:tt)*) => {
        api_in!(FROM_THIS, $errval, $name, $($body)*)
    };
}

/// [`api!`] with an explicit error domain.
macro_rules! api_in {
    ($from:expr, $errval:expr, $name:literal, || $body:expr $(,)?) => {
        api_in!($from, $errval, $name, |_cx| $body)
    };
    ($from:expr, $errval:expr, $name:literal, |$cx:ident| $body:expr $(,)?) => {
        $crate::ffi::entry::run($from, $errval, $name, |$cx: &$crate::ffi::entry::Cx| {
            // SAFETY: the body receives the C caller's arguments, which
            // libvirt's API contract makes NULL or valid (live handles,
            // NUL-terminated strings, buffers of the stated size); it checks
            // them (class tags, NULL, sizes) before use.
            #[allow(unused_unsafe)]
            let result = unsafe { $body };
            result
        })
    };
}

/// `quiet!(errval, "virName", || body)`: [`quiet`], with the body in the
/// same unsafe context as [`api!`]'s.
macro_rules! quiet {
    ($errval:expr, $name:literal, || $body:expr $(,)?) => {
        $crate::ffi::entry::quiet($errval, $name, || {
            // SAFETY: as in `api!`: the C caller's arguments are NULL or
            // valid under libvirt's API contract, and the body checks them.
            #[allow(unused_unsafe)]
            let result = unsafe { $body };
            result
        })
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_the_calls_error_with_its_message() {
        // Keep libvirt's default printer quiet: a global sink that drops.
        error::set_global_sink(Some(std::sync::Arc::new(|_: &Error| {})));
        let r = run(
            virErrorDomain::VIR_FROM_DOMAIN,
            -1,
            "virTestPanics",
            |_cx| {
                if DEPTH.with(|d| d.get()) > 0 {
                    panic!("boom {}", 42);
                }
                Ok(0)
            },
        );
        error::set_global_sink(None);
        assert_eq!(r, -1);
        let e = error::with_last(|e| e.cloned()).expect("an error is recorded");
        assert_eq!(e.code, virErrorNumber::VIR_ERR_INTERNAL_ERROR as i32);
        assert!(
            e.message
                .starts_with("internal error: unexpected failure in virTestPanics: boom 42 at "),
            "{}",
            e.message
        );
        assert!(DEPTH.with(|d| d.get()) == 0, "left the entry point");
    }

    #[test]
    fn the_context_names_the_api_and_reports_nothing_on_success() {
        let r = run(virErrorDomain::VIR_FROM_NETWORK, 0, "virTestOk", |cx| {
            assert_eq!(cx.api(), "virTestOk");
            assert_eq!(cx.from(), virErrorDomain::VIR_FROM_NETWORK);
            Ok(7)
        });
        assert_eq!(r, 7);
        assert!(error::with_last(|e| e.is_none()));
    }
}
