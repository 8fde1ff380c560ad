//! Authentication a driver asks of the application while it opens a
//! connection: credential requests as Rust values, answered by an
//! [`Authenticator`] (the ffi layer wraps the application's
//! `virConnectAuth` callback into one), and the two questions libvirt's
//! drivers ask through it (`virAuthGetUsername`, `virAuthGetPassword`)
//! with libvirt's errors.

use crate::error::{Error, Result};
use oxvirt_abi::{virConnectCredentialType as T, virErrorDomain, virErrorNumber};

/// One credential asked for (libvirt's `virConnectCredential` without its
/// answer).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CredentialRequest {
    /// A `virConnectCredentialType` value.
    pub kind: i32,
    pub prompt: String,
    pub challenge: Option<String>,
    pub default: Option<String>,
}

/// The application's callback answered with a failure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CallbackFailed;

/// What the application offers to answer credential requests with.
pub trait Authenticator {
    /// The credential types it can answer, in the application's order.
    fn cred_types(&self) -> &[i32];
    /// Whether it has a callback at all.
    fn has_callback(&self) -> bool;
    /// Asks the callback: one answer per request (`None` where it gave
    /// none), or [`CallbackFailed`] when the callback failed.
    fn ask(
        &self,
        requests: &[CredentialRequest],
    ) -> std::result::Result<Vec<Option<String>>, CallbackFailed>;
}

fn auth_error(code: virErrorNumber, detail: &str) -> Error {
    Error::new(virErrorDomain::VIR_FROM_AUTH, code, Some(detail))
}

/// Asks for one credential of the first type in `types` the application
/// offers; `what` names the question in libvirt's errors.
fn ask_one(
    auth: Option<&dyn Authenticator>,
    types: &[T],
    prompt: String,
    hostname: &str,
    default: Option<&str>,
    what: &str,
    missing: &str,
) -> Result<String> {
    let auth = auth.ok_or_else(|| {
        auth_error(
            virErrorNumber::VIR_ERR_INVALID_ARG,
            "Missing authentication credentials",
        )
    })?;
    let Some(&kind) = auth
        .cred_types()
        .iter()
        .find(|&&t| types.iter().any(|&w| w as i32 == t))
    else {
        return Err(auth_error(virErrorNumber::VIR_ERR_AUTH_FAILED, missing));
    };
    if !auth.has_callback() {
        return Err(auth_error(
            virErrorNumber::VIR_ERR_INVALID_ARG,
            "Missing authentication callback",
        ));
    }
    let req = CredentialRequest {
        kind,
        prompt,
        challenge: Some(hostname.to_string()),
        default: default.map(str::to_string),
    };
    match auth.ask(std::slice::from_ref(&req)) {
        Err(CallbackFailed) => Err(auth_error(
            virErrorNumber::VIR_ERR_AUTH_FAILED,
            &format!("{what} request failed"),
        )),
        // An answer left out is a failure libvirt records no reason for.
        Ok(answers) => answers
            .into_iter()
            .next()
            .flatten()
            .ok_or_else(Error::generic_failure),
    }
}

/// The user name to log in to `hostname` with (`virAuthGetUsername`
/// without an authentication file).
pub fn get_username(
    auth: Option<&dyn Authenticator>,
    default: Option<&str>,
    hostname: &str,
) -> Result<String> {
    let prompt = match default {
        Some(d) => format!("Enter username for {hostname} [{d}]"),
        None => format!("Enter username for {hostname}"),
    };
    ask_one(
        auth,
        &[T::VIR_CRED_AUTHNAME],
        prompt,
        hostname,
        default,
        "Username",
        "Missing VIR_CRED_AUTHNAME credential type",
    )
}

/// `username`'s password on `hostname` (`virAuthGetPassword` without an
/// authentication file).
pub fn get_password(
    auth: Option<&dyn Authenticator>,
    username: &str,
    hostname: &str,
) -> Result<String> {
    ask_one(
        auth,
        &[T::VIR_CRED_PASSPHRASE, T::VIR_CRED_NOECHOPROMPT],
        format!("Enter {username}'s password for {hostname}"),
        hostname,
        None,
        "Password",
        "Missing VIR_CRED_PASSPHRASE or VIR_CRED_NOECHOPROMPT credential type",
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::RefCell;

    struct Fake {
        types: Vec<i32>,
        cb: bool,
        answer: std::result::Result<Option<&'static str>, CallbackFailed>,
        asked: RefCell<Vec<CredentialRequest>>,
    }
    impl Authenticator for Fake {
        fn cred_types(&self) -> &[i32] {
            &self.types
        }
        fn has_callback(&self) -> bool {
            self.cb
        }
        fn ask(
            &self,
            r: &[CredentialRequest],
        ) -> std::result::Result<Vec<Option<String>>, CallbackFailed> {
            self.asked.borrow_mut().extend_from_slice(r);
            self.answer.map(|a| vec![a.map(str::to_string)])
        }
    }
    fn fake(
        types: &[T],
        cb: bool,
        answer: std::result::Result<Option<&'static str>, CallbackFailed>,
    ) -> Fake {
        Fake {
            types: types.iter().map(|&t| t as i32).collect(),
            cb,
            answer,
            asked: RefCell::new(vec![]),
        }
    }

    #[test]
    fn asks_like_libvirt() {
        let f = fake(
            &[T::VIR_CRED_REALM, T::VIR_CRED_AUTHNAME],
            true,
            Ok(Some("u")),
        );
        assert_eq!(get_username(Some(&f), None, "localhost").unwrap(), "u");
        assert_eq!(
            f.asked.borrow()[0],
            CredentialRequest {
                kind: T::VIR_CRED_AUTHNAME as i32,
                prompt: "Enter username for localhost".into(),
                challenge: Some("localhost".into()),
                default: None
            }
        );
        let f = fake(
            &[T::VIR_CRED_NOECHOPROMPT, T::VIR_CRED_PASSPHRASE],
            true,
            Ok(Some("p")),
        );
        assert_eq!(get_password(Some(&f), "u", "h").unwrap(), "p");
        assert_eq!(f.asked.borrow()[0].kind, T::VIR_CRED_NOECHOPROMPT as i32);
        assert_eq!(f.asked.borrow()[0].prompt, "Enter u's password for h");
    }

    #[test]
    fn errors_like_libvirt() {
        let msg = |r: Result<String>| {
            let e = r.unwrap_err();
            (e.code, e.domain, e.message)
        };
        let inv = virErrorNumber::VIR_ERR_INVALID_ARG as i32;
        let failed = virErrorNumber::VIR_ERR_AUTH_FAILED as i32;
        let dom = virErrorDomain::VIR_FROM_AUTH as i32;
        assert_eq!(
            msg(get_username(None, None, "h")),
            (
                inv,
                dom,
                "invalid argument: Missing authentication credentials".into()
            )
        );
        let f = fake(&[T::VIR_CRED_AUTHNAME], false, Ok(Some("u")));
        assert_eq!(
            msg(get_username(Some(&f), None, "h")),
            (
                inv,
                dom,
                "invalid argument: Missing authentication callback".into()
            )
        );
        let f = fake(&[T::VIR_CRED_PASSPHRASE], false, Ok(Some("u")));
        assert_eq!(
            msg(get_username(Some(&f), None, "h")).2,
            "authentication failed: Missing VIR_CRED_AUTHNAME credential type"
        );
        let f = fake(&[T::VIR_CRED_PASSPHRASE], true, Err(CallbackFailed));
        assert_eq!(
            msg(get_password(Some(&f), "u", "h")),
            (
                failed,
                dom,
                "authentication failed: Password request failed".into()
            )
        );
        let f = fake(&[T::VIR_CRED_AUTHNAME], true, Ok(None));
        assert_eq!(
            msg(get_username(Some(&f), None, "h")).0,
            virErrorNumber::VIR_ERR_INTERNAL_ERROR as i32
        );
    }
}
