//! The host's name as libvirt reports it: the kernel's name, made fully
//! qualified through the resolver when it is a short one.

use std::ffi::{CStr, CString};

/// glibc's `AI_CANONIDN` (not in the libc crate for Linux): the canonical
/// name comes back decoded from IDNA.
const AI_CANONIDN: libc::c_int = 0x0080;

/// What the resolver said about a short name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Resolved {
    /// It resolved; the canonical name, when the resolver gave one.
    Canonical(Option<String>),
    /// It did not: the resolver's reason (`gai_strerror`).
    Failed(String),
}

/// The answer for `raw`, the kernel's host name, given a resolver:
/// the name to report, and the warning libvirt logs when the resolver fails
/// (`getaddrinfo failed for 'NAME': REASON`).
///
/// A name starting with `localhost` or holding a dot is reported as it is;
/// a short name is replaced by its canonical name unless the resolver gives
/// none or one starting with `localhost`.
pub fn canonicalize(raw: &str, resolve: impl FnOnce(&str) -> Resolved) -> (String, Option<String>) {
    if raw.starts_with("localhost") || raw.contains('.') {
        return (raw.to_string(), None);
    }
    match resolve(raw) {
        Resolved::Failed(why) => (
            raw.to_string(),
            Some(format!("getaddrinfo failed for '{raw}': {why}")),
        ),
        Resolved::Canonical(Some(c)) if !c.starts_with("localhost") => (c, None),
        Resolved::Canonical(_) => (raw.to_string(), None),
    }
}

/// The kernel's host name (`gethostname`), or the errno it failed with.
pub fn kernel_hostname() -> Result<String, libc::c_int> {
    // HOST_NAME_MAX + 1.
    let mut buf = [0u8; 65];
    // SAFETY: gethostname writes at most buf.len() bytes into buf.
    let rc = unsafe { libc::gethostname(buf.as_mut_ptr() as *mut libc::c_char, buf.len()) };
    if rc != 0 {
        return Err(std::io::Error::last_os_error()
            .raw_os_error()
            .unwrap_or(libc::EINVAL));
    }
    // A truncated name is cut at the buffer's end, as libvirt does.
    let end = buf.iter().position(|b| *b == 0).unwrap_or(buf.len() - 1);
    Ok(String::from_utf8_lossy(&buf[..end]).into_owned())
}

/// The system resolver: `getaddrinfo(name, NULL)` asking for the canonical
/// name, any address family.
pub fn system_resolver(name: &str) -> Resolved {
    let Ok(cname) = CString::new(name) else {
        return Resolved::Failed("Name or service not known".into());
    };
    // SAFETY: all-zero bytes are a valid addrinfo (null pointers, zero ints).
    let mut hints: libc::addrinfo = unsafe { std::mem::zeroed() };
    hints.ai_flags = libc::AI_CANONNAME | AI_CANONIDN;
    hints.ai_family = libc::AF_UNSPEC;
    let mut info: *mut libc::addrinfo = std::ptr::null_mut();
    // SAFETY: cname is NUL-terminated, hints is initialised, info receives
    // a list we free below.
    let rc = unsafe { libc::getaddrinfo(cname.as_ptr(), std::ptr::null(), &hints, &mut info) };
    if rc != 0 {
        // SAFETY: gai_strerror returns a static string for any code.
        let why = unsafe { CStr::from_ptr(libc::gai_strerror(rc)) };
        return Resolved::Failed(why.to_string_lossy().into_owned());
    }
    if info.is_null() {
        return Resolved::Canonical(None);
    }
    // SAFETY: getaddrinfo succeeded, so info points to a valid first entry
    // whose ai_canonname is NULL or a NUL-terminated string.
    let canon = unsafe {
        let p = (*info).ai_canonname;
        (!p.is_null()).then(|| CStr::from_ptr(p).to_string_lossy().into_owned())
    };
    // SAFETY: info came from getaddrinfo and is freed once.
    unsafe { libc::freeaddrinfo(info) };
    Resolved::Canonical(canon)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn never(_: &str) -> Resolved {
        panic!("the resolver must not be asked")
    }

    #[test]
    fn qualified_and_localhost_names_are_kept() {
        assert_eq!(
            canonicalize("vm.example.org", never),
            ("vm.example.org".into(), None)
        );
        assert_eq!(canonicalize("localhost", never), ("localhost".into(), None));
        assert_eq!(
            canonicalize("localhostfoo", never),
            ("localhostfoo".into(), None)
        );
    }

    #[test]
    fn short_names_take_the_canonical_name() {
        let r = |n: &str| {
            assert_eq!(n, "vm");
            Resolved::Canonical(Some("vm.example.org".into()))
        };
        assert_eq!(canonicalize("vm", r), ("vm.example.org".into(), None));
    }

    #[test]
    fn localhost_or_missing_canonical_names_are_ignored() {
        let r = |_: &str| Resolved::Canonical(Some("localhost.localdomain".into()));
        assert_eq!(canonicalize("vm", r), ("vm".into(), None));
        let r = |_: &str| Resolved::Canonical(None);
        assert_eq!(canonicalize("vm", r), ("vm".into(), None));
    }

    #[test]
    fn a_failed_lookup_keeps_the_name_and_warns() {
        let r = |_: &str| Resolved::Failed("Name or service not known".into());
        assert_eq!(
            canonicalize("nosuch", r),
            (
                "nosuch".into(),
                Some("getaddrinfo failed for 'nosuch': Name or service not known".into())
            )
        );
    }

    #[test]
    fn the_system_resolver_answers_without_panicking() {
        let _ = system_resolver("localhost");
        assert!(matches!(system_resolver("a\0b"), Resolved::Failed(_)));
    }
}
