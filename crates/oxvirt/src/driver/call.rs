//! The per-call context every driver method receives.
//!
//! libvirt's error wording names the public API (`virDomainGetState`) or
//! the driver function that serves it (`testDomainGetState`), and a remote
//! call needs a deadline and a way to be cancelled. All of that travels as
//! this value, passed down by the entry point that serves the call, so no
//! driver reads a thread-local that a nested call could have overwritten.

use crate::error::Error;
use oxvirt_abi::{virErrorDomain, virErrorNumber};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Instant;

/// What a driver knows about the public call it serves.
#[derive(Clone, Debug)]
pub struct Call {
    api: &'static str,
    from: virErrorDomain,
    deadline: Option<Instant>,
    cancel: Option<Arc<AtomicBool>>,
}

impl Call {
    /// A call of the public API `api`, whose own errors belong to `from`
    /// (libvirt's `VIR_FROM_THIS` of the file that defines it).
    pub const fn new(api: &'static str, from: virErrorDomain) -> Self {
        Call {
            api,
            from,
            deadline: None,
            cancel: None,
        }
    }

    /// The same call with a deadline (the remote driver's call timeout).
    pub fn with_deadline(mut self, deadline: Instant) -> Self {
        self.deadline = Some(deadline);
        self
    }

    /// The same call, cancelled when `flag` becomes true.
    pub fn with_cancel(mut self, flag: Arc<AtomicBool>) -> Self {
        self.cancel = Some(flag);
        self
    }

    /// The same call, served by the driver function of the public API
    /// `api`: a driver that implements one API through another names the
    /// other in its errors, as libvirt's do (the test driver's
    /// `virDomainCreateWithFiles` reports `testDomainCreateWithFlags`).
    pub fn serving_as(&self, api: &'static str) -> Call {
        Call {
            api,
            ..self.clone()
        }
    }

    /// The public API's name, e.g. `virDomainGetState`.
    pub fn api(&self) -> &'static str {
        self.api
    }

    /// The error domain of the public API's own errors.
    pub fn from(&self) -> virErrorDomain {
        self.from
    }

    pub fn deadline(&self) -> Option<Instant> {
        self.deadline
    }

    /// Whether whoever started the call has given up on it.
    pub fn is_cancelled(&self) -> bool {
        self.cancel
            .as_ref()
            .is_some_and(|c| c.load(Ordering::Relaxed))
    }

    /// The name of the driver function that serves this API in a driver
    /// whose functions start with `prefix`: libvirt names it in flag errors
    /// (`test` + `virDomainGetState` → `testDomainGetState`).
    pub fn impl_name(&self, prefix: &str) -> String {
        format!(
            "{prefix}{}",
            self.api.strip_prefix("vir").unwrap_or(self.api)
        )
    }

    /// `VIR_ERR_NO_SUPPORT` naming this API, as libvirt reports a driver
    /// (or a whole family of driver methods) that is missing.
    pub fn unsupported(&self) -> Error {
        Error::new(
            self.from,
            virErrorNumber::VIR_ERR_NO_SUPPORT,
            Some(self.api),
        )
    }

    /// An error of `code` in this API's domain, with `detail`.
    pub fn error(&self, code: virErrorNumber, detail: &str) -> Error {
        Error::new(self.from, code, Some(detail))
    }

    /// Rejects flags outside `supported` the way a public API that checks
    /// its own flags does (`virCheckFlags` in the library itself): the error
    /// names the API and belongs to its error domain.
    pub fn check_own_flags(&self, flags: u32, supported: u32) -> Result<(), Error> {
        self.check_flags(self.from, "vir", flags, supported)
    }

    /// Rejects flags outside `supported` the way libvirt's drivers do: the
    /// error names the driver function (`prefix` + the API without `vir`)
    /// and belongs to the driver's error domain `from`.
    pub fn check_flags(
        &self,
        from: virErrorDomain,
        prefix: &str,
        flags: u32,
        supported: u32,
    ) -> Result<(), Error> {
        let extra = flags & !supported;
        if extra == 0 {
            return Ok(());
        }
        let function = self.impl_name(prefix);
        Err(Error::invalid_arg(
            from,
            &function,
            "flags",
            &format!("unsupported flags (0x{extra:x}) in function {function}"),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_errors() {
        let cx = Call::new("virDomainGetState", virErrorDomain::VIR_FROM_DOMAIN);
        assert_eq!(cx.impl_name("test"), "testDomainGetState");
        let e = cx.unsupported();
        assert_eq!(
            e.message,
            "this function is not supported by the connection driver: virDomainGetState"
        );
        assert_eq!(e.domain, virErrorDomain::VIR_FROM_DOMAIN as i32);
        assert!(cx
            .check_flags(virErrorDomain::VIR_FROM_TEST, "test", 1, 1)
            .is_ok());
        let e = cx
            .check_flags(virErrorDomain::VIR_FROM_TEST, "test", 6, 2)
            .unwrap_err();
        assert_eq!(
            e.message,
            "unsupported flags (0x4) in function testDomainGetState"
        );
        assert_eq!(e.str1.as_deref(), Some("testDomainGetState"));
    }

    #[test]
    fn cancellation_is_seen() {
        let flag = Arc::new(AtomicBool::new(false));
        let cx = Call::new("virX", virErrorDomain::VIR_FROM_NONE).with_cancel(flag.clone());
        assert!(!cx.is_cancelled());
        flag.store(true, Ordering::Relaxed);
        assert!(cx.is_cancelled());
    }
}
