//! The error value every layer returns: libvirt's `virError` as a Rust
//! value, with libvirt's message templates. Reporting it to C (the thread's
//! record, callbacks, per-connection copies) is core's job
//! (`base::error`); this module only describes errors.

use oxvirt_abi::{virErrorDomain, virErrorLevel, virErrorNumber};
use std::os::raw::c_int;

pub mod improved;
pub mod messages;

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

/// libvirt's text when an error carries no message.
const NO_MESSAGE: &str = "No error message provided";
/// libvirt's text when a call failed without saying why.
const UNKNOWN_CAUSE: &str = "An error occurred, but the cause is unknown";

impl Error {
    /// An error whose message is the code's standard text, completed by
    /// `info` where given (libvirt's `virReportError`): `str1` holds the
    /// template, `str2` the detail, `int1` and `int2` are -1.
    pub fn new(domain: virErrorDomain, code: virErrorNumber, info: Option<&str>) -> Self {
        Self::from_code(domain as c_int, code as c_int, info)
    }

    /// [`Error::new`] for numeric domain and code, as they come off the
    /// wire or from C.
    pub fn from_code(domain: c_int, code: c_int, info: Option<&str>) -> Self {
        let template = messages::template(code, info.is_some());
        let message = match (template, info) {
            (Some(t), Some(i)) => t.replacen("%s", i, 1),
            (Some(t), None) => t.to_string(),
            (None, _) => NO_MESSAGE.to_string(),
        };
        Error {
            code,
            domain,
            level: virErrorLevel::VIR_ERR_ERROR as c_int,
            message,
            str1: template.map(str::to_string),
            str2: info.map(str::to_string),
            str3: None,
            int1: -1,
            int2: -1,
        }
    }

    /// An error with every field given (libvirt's `virRaiseErrorFull`, used
    /// to reproduce an error received from a daemon as it was).
    #[allow(clippy::too_many_arguments)]
    pub fn full(
        domain: c_int,
        code: c_int,
        level: c_int,
        message: Option<&str>,
        str1: Option<&str>,
        str2: Option<&str>,
        str3: Option<&str>,
        int1: c_int,
        int2: c_int,
    ) -> Self {
        Error {
            code,
            domain,
            level,
            message: message.unwrap_or(NO_MESSAGE).to_string(),
            str1: str1.map(str::to_string),
            str2: str2.map(str::to_string),
            str3: str3.map(str::to_string),
            int1,
            int2,
        }
    }

    /// A rejected argument of a public API (libvirt's `virReportInvalidArg`
    /// family, as the argument checks raise them): the message is `message`
    /// alone, with no code template; `str1` is the function, `str2` the
    /// argument's name, `int1` and `int2` are 0.
    pub fn invalid_arg(
        domain: virErrorDomain,
        function: &str,
        argname: &str,
        message: &str,
    ) -> Self {
        Error {
            code: virErrorNumber::VIR_ERR_INVALID_ARG as c_int,
            domain: domain as c_int,
            level: virErrorLevel::VIR_ERR_ERROR as c_int,
            message: message.to_string(),
            str1: Some(function.to_string()),
            str2: Some(argname.to_string()),
            str3: None,
            int1: 0,
            int2: 0,
        }
    }

    /// A failed system call (libvirt's `virReportSystemError`): the detail
    /// is `what: <strerror(errno)>`, `int1` the errno.
    pub fn system(domain: virErrorDomain, errno: c_int, what: Option<&str>) -> Self {
        let reason = strerror(errno);
        let detail = match what {
            Some(w) => format!("{w}: {reason}"),
            None => reason,
        };
        let mut e = Self::new(domain, virErrorNumber::VIR_ERR_SYSTEM_ERROR, Some(&detail));
        e.int1 = errno;
        e
    }

    /// The same error at warning level.
    pub fn warning(mut self) -> Self {
        self.level = virErrorLevel::VIR_ERR_WARNING as c_int;
        self
    }

    /// What libvirt reports when a call failed without recording why.
    pub fn generic_failure() -> Self {
        Error {
            code: virErrorNumber::VIR_ERR_INTERNAL_ERROR as c_int,
            domain: virErrorDomain::VIR_FROM_NONE as c_int,
            level: virErrorLevel::VIR_ERR_ERROR as c_int,
            message: UNKNOWN_CAUSE.to_string(),
            str1: None,
            str2: None,
            str3: None,
            int1: 0,
            int2: 0,
        }
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

/// The C library's text for `errno` (as `g_strerror` gives it).
pub fn strerror(errno: c_int) -> String {
    let mut buf = [0u8; 256];
    // SAFETY: the XSI strerror_r writes a NUL-terminated string into buf.
    let rc = unsafe { libc::strerror_r(errno, buf.as_mut_ptr() as *mut _, buf.len()) };
    if rc != 0 {
        return format!("Unknown error {errno}");
    }
    let len = buf.iter().position(|&b| b == 0).unwrap_or(buf.len());
    String::from_utf8_lossy(&buf[..len]).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_fills_fields_like_libvirt() {
        let e = Error::new(
            virErrorDomain::VIR_FROM_TEST,
            virErrorNumber::VIR_ERR_INVALID_ARG,
            Some("bad"),
        );
        assert_eq!(e.message, "invalid argument: bad");
        assert_eq!(e.str1.as_deref(), Some("invalid argument: %s"));
        assert_eq!(e.str2.as_deref(), Some("bad"));
        assert_eq!(e.str3, None);
        assert_eq!((e.int1, e.int2, e.level), (-1, -1, 2));
        let e = Error::new(
            virErrorDomain::VIR_FROM_NONE,
            virErrorNumber::VIR_ERR_NO_SUPPORT,
            None,
        );
        assert_eq!(
            e.message,
            "this function is not supported by the connection driver"
        );
        assert_eq!(e.str2, None);
        let e = Error::from_code(0, 9999, Some("x"));
        assert_eq!(e.message, "No error message provided");
        assert_eq!(e.str1, None);
    }

    #[test]
    fn system_error() {
        let e = Error::system(virErrorDomain::VIR_FROM_NONE, libc::ENOENT, Some("open x"));
        assert_eq!(e.message, "open x: No such file or directory");
        assert_eq!(e.str1.as_deref(), Some("%s"));
        assert_eq!(e.int1, libc::ENOENT);
        assert_eq!(e.code, 38);
    }
}
