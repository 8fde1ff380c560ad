//! Connection URIs: which one a NULL name means, aliases, and parsing.

use super::config::Config;
use crate::error::{Error, Result};
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
    /// Percent-decoded.
    pub path: String,
    pub query: Vec<(String, String)>,
    /// The query as written (without `?`).
    pub query_raw: Option<String>,
    pub fragment: Option<String>,
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
        // libvirt's parser takes no surrounding blanks or control bytes.
        if text.trim() != text || text.chars().any(char::is_control) {
            return Err(bad());
        }
        let u = url::Url::parse(text).map_err(|_| bad())?;
        let user = (!u.username().is_empty()).then(|| u.username().to_string());
        // Schemes are case-sensitive to libvirt's drivers ("TEST" is not
        // the test driver); the url crate lowercases them.
        let scheme = text.split(':').next().unwrap_or_default().to_string();
        let path = percent_encoding::percent_decode_str(u.path())
            .decode_utf8()
            .map_err(|_| bad())?
            .into_owned();
        Ok(Uri {
            text: text.to_string(),
            scheme,
            user,
            server: u.host_str().filter(|h| !h.is_empty()).map(str::to_string),
            port: u.port(),
            path,
            query_raw: u.query().map(str::to_string),
            fragment: u.fragment().map(str::to_string),
            query: u
                .query_pairs()
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect(),
        })
    }

    /// The canonical text, as `virConnectGetURI` reports it:
    /// `scheme://[user@]server[:port]path[?query][#fragment]`.
    pub fn format(&self) -> String {
        let mut s = format!("{}://", self.scheme);
        if let Some(u) = &self.user {
            s.push_str(u);
            s.push('@');
        }
        if let Some(h) = &self.server {
            s.push_str(h);
        }
        if let Some(p) = self.port {
            s.push_str(&format!(":{p}"));
        }
        s.push_str(&self.path);
        if let Some(q) = &self.query_raw {
            s.push('?');
            s.push_str(q);
        }
        if let Some(f) = &self.fragment {
            s.push('#');
            s.push_str(f);
        }
        s
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

/// The URI a `virConnectOpen(name)` call ends up with, as libvirt chooses
/// it: `name` unless NULL or empty, else `LIBVIRT_DEFAULT_URI`, else
/// `uri_default` from the client `libvirt.conf`; then `uri_aliases`
/// expansion.
pub fn resolve(name: Option<&str>) -> Result<Uri> {
    resolve_flags(name, false)
}

/// [`resolve`], with alias expansion off when `no_aliases`
/// (`VIR_CONNECT_NO_ALIASES`).
pub fn resolve_flags(name: Option<&str>, no_aliases: bool) -> Result<Uri> {
    let conf = super::config::load_client()?;
    let env = std::env::var("LIBVIRT_DEFAULT_URI").ok();
    let text = resolve_text(name, env.as_deref(), &conf, no_aliases)?;
    Uri::parse(&text)
}

/// The URI text `name` resolves to given the environment's default and the
/// client configuration.
pub fn resolve_text(
    name: Option<&str>,
    env_default: Option<&str>,
    conf: &Config,
    no_aliases: bool,
) -> Result<String> {
    let name = match name.filter(|n| !n.is_empty()) {
        // libvirt's compatibility spellings of the Xen URI.
        Some(n) if n.eq_ignore_ascii_case("xen") || n == "xen://" => "xen:///system".to_string(),
        Some(n) => n.to_string(),
        None => match env_default.filter(|v| !v.is_empty()) {
            Some(v) => v.to_string(),
            None => match conf.get_string("uri_default")? {
                Some(v) => v.to_string(),
                // Nothing to probe: no local hypervisor driver here.
                None => {
                    return Err(Error::new(
                        virErrorDomain::VIR_FROM_NONE,
                        virErrorNumber::VIR_ERR_NO_CONNECT,
                        None,
                    ))
                }
            },
        },
    };
    if no_aliases {
        return Ok(name);
    }
    match conf.get_string_list("uri_aliases")? {
        Some(aliases) => Ok(find_alias(&aliases, &name)?.unwrap_or(name)),
        None => Ok(name),
    }
}

/// The characters an alias name may hold.
fn alias_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c == b'-'
}

/// Looks `alias` up in `uri_aliases` entries (`name=uri`), in order; a
/// malformed entry met before the match is an error, as in libvirt.
pub fn find_alias(aliases: &[&str], alias: &str) -> Result<Option<String>> {
    let bad = |entry: &str, why: &str| {
        Error::new(
            virErrorDomain::VIR_FROM_URI,
            virErrorNumber::VIR_ERR_CONF_SYNTAX,
            Some(&format!(
                "Malformed 'uri_aliases' config entry '{entry}', {why}"
            )),
        )
    };
    for entry in aliases {
        let Some((key, uri)) = entry.split_once('=') else {
            return Err(bad(entry, "expected 'alias=uri://host/path'"));
        };
        if !key.bytes().all(alias_char) {
            return Err(bad(entry, "aliases may only contain 'a-Z, 0-9, _, -'"));
        }
        if key == alias {
            return Ok(Some(uri.to_string()));
        }
    }
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn garbage_never_panics() {
        let seeds = [
            "test:///default",
            "qemu+ssh://root@host:22/system?keyfile=/k&x=y",
            "xen://",
        ];
        for text in crate::testutil::noise(3000, &seeds) {
            let _ = Uri::parse(&text);
        }
    }

    #[test]
    fn parses_test_default() {
        let u = Uri::parse("test:///default").unwrap();
        assert_eq!(u.scheme, "test");
        assert_eq!(u.path, "/default");
        assert_eq!(u.server, None);
    }

    #[test]
    fn formats_like_libvirt() {
        for (given, canonical) in [
            ("test:///default", "test:///default"),
            ("test:/default", "test:///default"),
            ("test:///%64efault", "test:///default"),
            ("test:///default?x=y#f", "test:///default?x=y#f"),
            (
                "qemu+ssh://root@host:2222/system",
                "qemu+ssh://root@host:2222/system",
            ),
        ] {
            assert_eq!(Uri::parse(given).unwrap().format(), canonical, "{given}");
        }
        assert_eq!(Uri::parse("TEST:///default").unwrap().scheme, "TEST");
        assert!(Uri::parse("  test:///default").is_err());
        assert!(Uri::parse("test:///default\n").is_err());
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

    fn conf(text: &str) -> Config {
        Config::parse(text, "test.conf").unwrap()
    }

    #[test]
    fn default_uri_order() {
        let c = conf("uri_default = \"test:///conf\"");
        let none = Config::default();
        assert_eq!(
            resolve_text(Some("test:///x"), Some("test:///env"), &c, false).unwrap(),
            "test:///x"
        );
        assert_eq!(
            resolve_text(Some(""), Some("test:///env"), &c, false).unwrap(),
            "test:///env"
        );
        assert_eq!(
            resolve_text(None, Some(""), &c, false).unwrap(),
            "test:///conf"
        );
        assert_eq!(resolve_text(None, None, &c, false).unwrap(), "test:///conf");
        let e = resolve_text(None, None, &none, false).unwrap_err();
        assert_eq!(e.code, virErrorNumber::VIR_ERR_NO_CONNECT as i32);
        assert_eq!(
            resolve_text(Some("XEN"), None, &none, false).unwrap(),
            "xen:///system"
        );
        assert_eq!(
            resolve_text(Some("xen://"), None, &none, false).unwrap(),
            "xen:///system"
        );
    }

    #[test]
    fn aliases() {
        let c = conf("uri_default = \"hail\"\nuri_aliases = [ \"hail=qemu+ssh://root@hail/system\", \"sl-eet_2=test:///default\" ]");
        assert_eq!(
            resolve_text(Some("hail"), None, &c, false).unwrap(),
            "qemu+ssh://root@hail/system"
        );
        assert_eq!(
            resolve_text(Some("sl-eet_2"), None, &c, false).unwrap(),
            "test:///default"
        );
        // The default URI is expanded too, unless aliases are off.
        assert_eq!(
            resolve_text(None, None, &c, false).unwrap(),
            "qemu+ssh://root@hail/system"
        );
        assert_eq!(resolve_text(Some("hail"), None, &c, true).unwrap(), "hail");
        // Only whole names match.
        assert_eq!(resolve_text(Some("hai"), None, &c, false).unwrap(), "hai");
        assert_eq!(
            resolve_text(Some("test:///default"), None, &c, false).unwrap(),
            "test:///default"
        );
    }

    #[test]
    fn malformed_aliases() {
        for entry in ["noequals", "a.b=test:///default", "a b=test:///default"] {
            let c = conf(&format!("uri_aliases = [ \"{entry}\" ]"));
            let e = resolve_text(Some("x"), None, &c, false).unwrap_err();
            assert_eq!(
                e.code,
                virErrorNumber::VIR_ERR_CONF_SYNTAX as i32,
                "{entry}"
            );
            assert_eq!(e.domain, virErrorDomain::VIR_FROM_URI as i32);
        }
        // A bad entry after the match is not reached.
        let c = conf("uri_aliases = [ \"x=test:///default\", \"bad\" ]");
        assert_eq!(
            resolve_text(Some("x"), None, &c, false).unwrap(),
            "test:///default"
        );
    }

    #[test]
    fn resolve_reads_the_config_file() {
        // Tests point the client configuration directory at a temp dir.
        let dir = std::env::temp_dir().join(format!("oxvirt-uri-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            dir.join("libvirt.conf"),
            "uri_aliases = [ \"t=test:///default\" ]\n",
        )
        .unwrap();
        std::env::set_var("OXVIRT_TEST_CONFIG_DIR", &dir);
        let u = resolve(Some("t")).unwrap();
        assert_eq!(u.text, "test:///default");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
