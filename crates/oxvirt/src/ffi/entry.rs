//! The one path every exported function takes.

use crate::base::error::{self, Error, Result};
use oxvirt_abi::{virErrorDomain, virErrorNumber};
use std::panic::{catch_unwind, AssertUnwindSafe};

/// Runs the body of the public API `name`, whose module reports errors in
/// `from`, and returns `errval` if it fails or panics.
#[inline]
pub fn run<T>(
    from: virErrorDomain,
    errval: T,
    name: &'static str,
    body: impl FnOnce() -> Result<T>,
) -> T {
    error::enter_api(name, from);
    crate::base::log::api_entry(name);
    crate::base::error::reset_last();
    match catch_unwind(AssertUnwindSafe(body)) {
        Ok(Ok(v)) => v,
        Ok(Err(e)) => {
            crate::base::error::raise(e);
            errval
        }
        Err(_) => {
            crate::base::error::raise(Error::new(
                from,
                virErrorNumber::VIR_ERR_INTERNAL_ERROR,
                Some(&format!("unexpected failure in {name}")),
            ));
            errval
        }
    }
}

/// Runs `body` of an entry point that neither resets nor reports errors
/// (the error getters, typed-parameter accessors that libvirt leaves
/// silent, the event-loop hooks); returns `errval` if it panics.
#[inline]
pub fn quiet<T>(errval: T, body: impl FnOnce() -> T) -> T {
    catch_unwind(AssertUnwindSafe(body)).unwrap_or(errval)
}

/// Declares `api(errval, name, body)` for a module whose errors belong to
/// the error domain `$from` (libvirt's `VIR_FROM_THIS` of that source file).
macro_rules! entry_point_domain {
    ($from:ident) => {
        #[inline]
        fn api<T>(
            errval: T,
            name: &'static str,
            body: impl FnOnce() -> $crate::base::error::Result<T>,
        ) -> T {
            $crate::ffi::entry::run(oxvirt_abi::virErrorDomain::$from, errval, name, body)
        }
    };
}
