//! libvirt's configuration file syntax (`libvirt.conf`, `libvirtd.conf`):
//! `name = value` entries, one per line or separated by `;`, where a value is
//! an integer, a string in `"…"`, `'…'` or `"""…"""`, or a list `[ v, … ]`
//! of values; `#` starts a comment.

use crate::error::{Error, Result};
use oxvirt_abi::{virErrorDomain, virErrorNumber};
use std::path::{Path, PathBuf};

/// One configuration value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    Int(i64),
    Str(String),
    List(Vec<Value>),
}

/// A parsed configuration file: its entries in file order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Config {
    pub entries: Vec<(String, Value)>,
}

fn syntax(file: &str, line: usize, what: &str) -> Error {
    Error::new(
        virErrorDomain::VIR_FROM_CONF,
        virErrorNumber::VIR_ERR_CONF_SYNTAX,
        Some(&format!("{file}:{line}: {what}")),
    )
}

struct Parser<'a> {
    s: &'a [u8],
    pos: usize,
    line: usize,
    file: &'a str,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.pos).copied()
    }

    fn err(&self, what: &str) -> Error {
        syntax(self.file, self.line, what)
    }

    /// Skips blanks and comments; with `newlines`, line ends too.
    fn skip(&mut self, newlines: bool) {
        while let Some(c) = self.peek() {
            match c {
                b' ' | b'\t' | b'\r' => self.pos += 1,
                b'\n' if newlines => {
                    self.line += 1;
                    self.pos += 1
                }
                b'#' => {
                    while !matches!(self.peek(), None | Some(b'\n')) {
                        self.pos += 1;
                    }
                }
                _ => break,
            }
        }
    }

    fn name(&mut self) -> Result<String> {
        let start = self.pos;
        match self.peek() {
            Some(c) if c.is_ascii_alphabetic() || c == b'_' => self.pos += 1,
            _ => return Err(self.err("expecting a name")),
        }
        while matches!(self.peek(), Some(c) if c.is_ascii_alphanumeric() || c == b'_' || c == b'.')
        {
            self.pos += 1;
        }
        Ok(String::from_utf8_lossy(&self.s[start..self.pos]).into_owned())
    }

    fn string(&mut self) -> Result<String> {
        let q = self.s[self.pos];
        let triple = q == b'"' && self.s[self.pos..].starts_with(b"\"\"\"");
        let (open, close): (usize, &[u8]) = if triple {
            (3, b"\"\"\"")
        } else {
            (1, &self.s[self.pos..self.pos + 1])
        };
        self.pos += open;
        let start = self.pos;
        loop {
            if self.pos >= self.s.len() {
                return Err(self.err("unterminated string"));
            }
            if self.s[self.pos..].starts_with(close) {
                break;
            }
            if self.s[self.pos] == b'\n' {
                if !triple {
                    return Err(self.err("unterminated string"));
                }
                self.line += 1;
            }
            self.pos += 1;
        }
        let v = String::from_utf8_lossy(&self.s[start..self.pos]).into_owned();
        self.pos += close.len();
        Ok(v)
    }

    fn value(&mut self) -> Result<Value> {
        match self.peek() {
            Some(b'"') | Some(b'\'') => Ok(Value::Str(self.string()?)),
            Some(b'[') => {
                self.pos += 1;
                let mut items = Vec::new();
                loop {
                    self.skip(true);
                    match self.peek() {
                        Some(b']') => {
                            self.pos += 1;
                            return Ok(Value::List(items));
                        }
                        None => return Err(self.err("list is not closed with ]")),
                        _ => {}
                    }
                    items.push(self.value()?);
                    self.skip(true);
                    match self.peek() {
                        Some(b',') => self.pos += 1,
                        Some(b']') => {}
                        _ => return Err(self.err("expecting a separator in list")),
                    }
                }
            }
            Some(c) if c.is_ascii_digit() || c == b'-' || c == b'+' => {
                let start = self.pos;
                self.pos += 1;
                while matches!(self.peek(), Some(c) if c.is_ascii_digit()) {
                    self.pos += 1;
                }
                std::str::from_utf8(&self.s[start..self.pos])
                    .ok()
                    .and_then(|t| t.parse().ok())
                    .map(Value::Int)
                    .ok_or_else(|| self.err("invalid number"))
            }
            _ => Err(self.err("expecting a value")),
        }
    }
}

impl Config {
    /// Parses `text`; `file` names it in error messages.
    pub fn parse(text: &str, file: &str) -> Result<Config> {
        let mut p = Parser {
            s: text.as_bytes(),
            pos: 0,
            line: 1,
            file,
        };
        let mut entries = Vec::new();
        loop {
            p.skip(true);
            if p.peek().is_none() {
                break;
            }
            let name = p.name()?;
            p.skip(false);
            if p.peek() != Some(b'=') {
                return Err(p.err("expecting an assignment"));
            }
            p.pos += 1;
            p.skip(false);
            let value = p.value()?;
            entries.push((name, value));
            p.skip(false);
            match p.peek() {
                None => break,
                Some(b';') | Some(b'\n') => p.pos += 1,
                _ => return Err(p.err("expecting a separator")),
            }
            if p.s.get(p.pos - 1) == Some(&b'\n') {
                p.line += 1;
            }
        }
        Ok(Config { entries })
    }

    /// Reads and parses the file at `path`; a missing file is an empty
    /// configuration.
    pub fn load(path: &Path) -> Result<Config> {
        match std::fs::read_to_string(path) {
            Ok(text) => Config::parse(&text, &path.to_string_lossy()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Config::default()),
            Err(e) => Err(Error::system(
                virErrorDomain::VIR_FROM_CONF,
                e.raw_os_error().unwrap_or(libc::EIO),
                Some(&format!(
                    "failed to read configuration file {}",
                    path.display()
                )),
            )),
        }
    }

    /// The value of the last entry called `name`.
    pub fn get(&self, name: &str) -> Option<&Value> {
        self.entries
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v)
    }

    /// A string setting; an error if it has another type.
    pub fn get_string(&self, name: &str) -> Result<Option<&str>> {
        match self.get(name) {
            None => Ok(None),
            Some(Value::Str(s)) => Ok(Some(s)),
            Some(_) => Err(type_error(name, "a string")),
        }
    }

    /// A list of strings; a single string counts as a list of one.
    pub fn get_string_list(&self, name: &str) -> Result<Option<Vec<&str>>> {
        match self.get(name) {
            None => Ok(None),
            Some(Value::Str(s)) => Ok(Some(vec![s.as_str()])),
            Some(Value::List(items)) => items
                .iter()
                .map(|v| match v {
                    Value::Str(s) => Ok(s.as_str()),
                    _ => Err(type_error(name, "a list of strings")),
                })
                .collect::<Result<Vec<_>>>()
                .map(Some),
            Some(_) => Err(type_error(name, "a list of strings")),
        }
    }
}

fn type_error(name: &str, what: &str) -> Error {
    Error::new(
        virErrorDomain::VIR_FROM_CONF,
        virErrorNumber::VIR_ERR_INTERNAL_ERROR,
        Some(&format!("{name}: expected {what}")),
    )
}

/// Where the client configuration file `name` lives: under /etc/libvirt for
/// root, else under `$XDG_CONFIG_HOME/libvirt` (default `~/.config/libvirt`).
pub fn client_config_path(name: &str) -> Option<PathBuf> {
    #[cfg(test)]
    if let Some(dir) = std::env::var_os("OXVIRT_TEST_CONFIG_DIR") {
        return Some(PathBuf::from(dir).join(name));
    }
    // SAFETY: geteuid has no preconditions.
    let root = unsafe { libc::geteuid() } == 0;
    let env = |k: &str| {
        std::env::var_os(k)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    };
    config_path_for(root, env("XDG_CONFIG_HOME"), env("HOME"), name)
}

fn config_path_for(
    root: bool,
    xdg: Option<PathBuf>,
    home: Option<PathBuf>,
    name: &str,
) -> Option<PathBuf> {
    if root {
        return Some(Path::new("/etc/libvirt").join(name));
    }
    let base = xdg.or_else(|| home.map(|h| h.join(".config")))?;
    Some(base.join("libvirt").join(name))
}

/// Loads the client's `libvirt.conf` (empty when there is none).
pub fn load_client() -> Result<Config> {
    match client_config_path("libvirt.conf") {
        Some(p) => Config::load(&p),
        None => Ok(Config::default()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn garbage_never_panics() {
        let seeds = [
            "uri_default = \"test:///default\"\n",
            "a = [ \"x\", 'y', ]\n",
            "n = -12 ; m = \"\"\"z\"\"\"\n",
        ];
        for text in crate::testutil::noise(3000, &seeds) {
            let _ = Config::parse(&text, "noise.conf");
        }
    }

    #[test]
    fn parses_all_value_kinds() {
        let c = Config::parse(
            "# comment\nuri_default = \"qemu:///system\"\nx = 'single' ; n = -42\n\
             uri_aliases = [\n  \"hail=qemu+ssh://root@hail/system\", # one\n  'sleet=qemu:///system',\n]\n\
             t = \"\"\"multi\nline\"\"\"\n",
            "t.conf",
        )
        .unwrap();
        assert_eq!(c.get_string("uri_default").unwrap(), Some("qemu:///system"));
        assert_eq!(c.get_string("x").unwrap(), Some("single"));
        assert_eq!(c.get("n"), Some(&Value::Int(-42)));
        assert_eq!(c.get_string("t").unwrap(), Some("multi\nline"));
        assert_eq!(
            c.get_string_list("uri_aliases").unwrap().unwrap(),
            vec!["hail=qemu+ssh://root@hail/system", "sleet=qemu:///system"]
        );
        assert!(c.get_string("n").is_err());
        assert_eq!(c.get("missing"), None);
    }

    #[test]
    fn reports_syntax_errors_with_line() {
        for bad in [
            "a = ",
            "a \"x\"",
            "a = \"open",
            "a = [ \"x\" \"y\" ]",
            "1a = 2",
            "a = 1 b = 2",
        ] {
            let e = Config::parse(bad, "f").unwrap_err();
            assert_eq!(e.code, virErrorNumber::VIR_ERR_CONF_SYNTAX as i32, "{bad}");
            assert_eq!(e.domain, virErrorDomain::VIR_FROM_CONF as i32);
        }
        let e = Config::parse("a = 1\n\nb = ?", "f.conf").unwrap_err();
        assert!(e.message.contains("f.conf:3"), "{}", e.message);
    }

    #[test]
    fn empty_and_missing_files() {
        assert!(Config::parse("", "f").unwrap().entries.is_empty());
        assert!(Config::load(Path::new("/nonexistent/libvirt.conf"))
            .unwrap()
            .entries
            .is_empty());
    }

    #[test]
    fn config_paths() {
        assert_eq!(
            config_path_for(true, None, None, "libvirt.conf").unwrap(),
            PathBuf::from("/etc/libvirt/libvirt.conf")
        );
        assert_eq!(
            config_path_for(false, Some("/x".into()), Some("/h".into()), "libvirt.conf").unwrap(),
            PathBuf::from("/x/libvirt/libvirt.conf")
        );
        assert_eq!(
            config_path_for(false, None, Some("/h".into()), "libvirt.conf").unwrap(),
            PathBuf::from("/h/.config/libvirt/libvirt.conf")
        );
    }
}
