//! Custom configurations: the `<node>` document a `test:///path/file.xml`
//! URI names, read as libvirt's test driver reads it (host overrides under
//! `<cpu>` and `<memory>`, domains inline or in files named by `file=`
//! relative to the document, the test namespace's extras on a domain, and
//! the users of `<auth>`), with its errors. Networks, pools, interfaces and
//! node devices are not read yet. Also the driver's fake login against
//! those users.

use super::test_error;
use crate::conf::domain::DomainDef;
use crate::conf::xml::error::syntax;
use crate::conf::xml::number::{to_u32_p, to_u64_p};
use crate::conf::xml::tree::{Document, Node, ParseOpts};
use crate::driver::auth::{self, Authenticator};
use crate::driver::NodeInfo;
use crate::error::{Error, Result};
use oxvirt_abi::{virDomainState, virErrorDomain, virErrorNumber};

/// The namespace of the test driver's domain extras.
const TEST_NS: &str = "http://libvirt.org/schemas/domain/test/1.0";

/// One domain of the document.
pub struct FileDomain {
    pub def: DomainDef,
    /// The `virDomainState` it starts in (`<test:runstate>`; running when
    /// absent).
    pub runstate: i32,
    /// `<test:transient/>`: not persistent.
    pub transient: bool,
    /// `<test:hasmanagedsave/>`.
    pub managed_save: bool,
}

/// A user of `<auth>`; no password means none is asked for.
pub struct User {
    pub name: String,
    pub password: Option<String>,
}

/// What a configuration file holds.
pub struct FileConfig {
    pub node: NodeInfo,
    pub domains: Vec<FileDomain>,
    pub users: Vec<User>,
}

fn xml_error(detail: &str) -> Error {
    test_error(virErrorNumber::VIR_ERR_XML_ERROR, Some(detail))
}

/// A document's bytes as libxml2 reads a file: what cannot be opened is
/// "failed to parse", what cannot be read (a directory) is empty.
fn read(path: &str) -> Result<Vec<u8>> {
    match std::fs::read(path) {
        Ok(b) => Ok(b),
        Err(e) if e.kind() == std::io::ErrorKind::IsADirectory => Err(syntax(
            virErrorDomain::VIR_FROM_TEST,
            path,
            "",
            0,
            "Document is empty",
        )),
        Err(_) => Err(xml_error(&format!("failed to parse xml document '{path}'"))),
    }
}

fn parse<'a>(path: &'a str, src: &'a [u8], root: &'a str) -> Result<Document<'a>> {
    Document::parse_bytes(
        src,
        &ParseOpts {
            domain: virErrorDomain::VIR_FROM_TEST,
            url: path,
            root,
        },
    )
}

/// `path` relative to the directory of the document at `relative_to`.
fn resolve(relative_to: &str, path: &str) -> String {
    if path.starts_with('/') {
        return path.to_string();
    }
    let dir = match relative_to.rfind('/') {
        Some(0) => "/",
        Some(i) => &relative_to[..i],
        None => ".",
    };
    format!("{dir}/{path}")
}

/// Reads the configuration at `path`; the host starts as `default_node`.
pub fn load(path: &str, default_node: &NodeInfo) -> Result<FileConfig> {
    let src = read(path)?;
    let doc = parse(path, &src, "node")?;
    let root = doc.root();
    let node = node_info(root, default_node.clone())?;
    let mut domains = Vec::new();
    for d in root.children("domain") {
        domains.push(domain(path, root, d)?);
    }
    let users = users(root)?;
    Ok(FileConfig {
        node,
        domains,
        users,
    })
}

/// XPath `string(/node/<path>[1])` read as an unsigned number: `None` when
/// absent or empty, `what`'s error when not a number.
fn number<T>(
    root: Node,
    path: &str,
    what: &str,
    conv: fn(&str, u32) -> Option<T>,
) -> Result<Option<T>> {
    match root.find(path).map(|n| n.text()) {
        None => Ok(None),
        Some(t) if t.is_empty() => Ok(None),
        Some(t) => conv(&t, 10)
            .map(Some)
            .ok_or_else(|| xml_error(&format!("invalid node {what} value"))),
    }
}

fn node_info(root: Node, mut n: NodeInfo) -> Result<NodeInfo> {
    let cpu = |tag: &str| number(root, &format!("cpu/{tag}"), &format!("cpu {tag}"), to_u32_p);
    if let Some(v) = cpu("nodes")? {
        n.nodes = v;
    }
    if let Some(v) = cpu("sockets")? {
        n.sockets = v;
    }
    if let Some(v) = cpu("cores")? {
        n.cores = v;
    }
    if let Some(v) = cpu("threads")? {
        n.threads = v;
    }
    n.cpus = n
        .cores
        .wrapping_mul(n.threads)
        .wrapping_mul(n.sockets)
        .wrapping_mul(n.nodes);
    if let Some(active) = cpu("active")? {
        n.cpus = n.cpus.min(active);
    }
    if let Some(v) = cpu("mhz")? {
        n.mhz = v;
    }
    if let Some(model) = root.find("cpu/model").and_then(|m| m.string()) {
        // libvirt's node info holds 31 bytes of model.
        if model.len() >= 32 {
            return Err(test_error(
                virErrorNumber::VIR_ERR_INTERNAL_ERROR,
                Some(&format!("Model {model} too big for destination")),
            ));
        }
        n.model = model.into_owned();
    }
    if let Some(m) = number(root, "memory", "memory", to_u64_p)? {
        n.memory_kib = m;
    }
    Ok(n)
}

/// The prefixes `el` may give the test namespace: those declared on it or,
/// for a domain written inside the document, on the document's root.
fn test_prefixes(els: &[Node]) -> Vec<String> {
    els.iter()
        .flat_map(|e| e.attrs())
        .filter(|(k, v)| *v == TEST_NS && k.starts_with("xmlns:"))
        .map(|(k, _)| k["xmlns:".len()..].to_string())
        .collect()
}

fn domain(path: &str, root: Node, el: Node) -> Result<FileDomain> {
    match el.attr("file") {
        Some(file) => {
            let file = resolve(path, file);
            let src = read(&file)?;
            let doc = parse(&file, &src, el.name())?;
            let d = doc.root();
            domain_from(d, &test_prefixes(&[d]))
        }
        None => domain_from(el, &test_prefixes(&[el, root])),
    }
}

fn domain_from(el: Node, prefixes: &[String]) -> Result<FileDomain> {
    let mut def = DomainDef::parse(el.source())?;
    super::nets::name_interfaces(&mut def)?;
    let extra = |name: &str| {
        el.elements().find(|c| {
            c.name()
                .split_once(':')
                .is_some_and(|(p, n)| n == name && prefixes.iter().any(|x| x == p))
        })
    };
    let transient = extra("transient").is_some();
    let managed_save = extra("hasmanagedsave").is_some();
    let shutoff = virDomainState::VIR_DOMAIN_SHUTOFF as i32;
    let runstate = match extra("runstate").map(|r| r.text()) {
        None => virDomainState::VIR_DOMAIN_RUNNING as i32,
        Some(t) if t.is_empty() => virDomainState::VIR_DOMAIN_RUNNING as i32,
        Some(t) => match to_u32_p(&t, 10) {
            None => return Err(xml_error("invalid runstate")),
            Some(v) if v > virDomainState::VIR_DOMAIN_PMSUSPENDED as u32 => {
                return Err(xml_error(&format!("runstate '{v}' out of range'")))
            }
            Some(v) => v as i32,
        },
    };
    if transient && runstate == shutoff {
        return Err(xml_error("transient domain cannot have runstate 'shutoff'"));
    }
    if managed_save && runstate != shutoff {
        return Err(xml_error(
            "domain with managedsave data can only have runstate 'shutoff'",
        ));
    }
    Ok(FileDomain {
        def,
        runstate,
        transient,
        managed_save,
    })
}

fn users(root: Node) -> Result<Vec<User>> {
    let mut out = Vec::new();
    for a in root.children("auth") {
        for u in a.children("user") {
            let name = u.text();
            if name.is_empty() {
                return Err(xml_error("missing username in /node/auth/user field"));
            }
            out.push(User {
                name: name.into_owned(),
                password: u.attr("password").map(str::to_string),
            });
        }
    }
    Ok(out)
}

/// The test driver's fake login: with users configured, the application
/// names one and gives its password (asked even for an unknown user).
pub fn authenticate(users: &[User], auth: Option<&dyn Authenticator>) -> Result<()> {
    if users.is_empty() {
        return Ok(());
    }
    let host = "localhost";
    let name = auth::get_username(auth, None, host)?;
    let user = users.iter().find(|u| u.name == name);
    let password = match user {
        Some(User { password: None, .. }) => None,
        _ => Some(auth::get_password(auth, &name, host)?),
    };
    match user {
        Some(u) if u.password == password => Ok(()),
        _ => Err(test_error(
            virErrorNumber::VIR_ERR_AUTH_FAILED,
            Some("authentication failed, see test XML for the correct username/password"),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_resolve_against_the_document() {
        assert_eq!(resolve("/a/b/c.xml", "d.xml"), "/a/b/d.xml");
        // As libvirt joins them: the root's directory is "/".
        assert_eq!(resolve("/c.xml", "d.xml"), "//d.xml");
        assert_eq!(resolve("/a/c.xml", "/x/d.xml"), "/x/d.xml");
    }

    fn temp(name: &str, text: &str) -> String {
        let dir = std::env::temp_dir().join(format!("oxvirt-cfg-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let p = dir.join(name);
        std::fs::write(&p, text).unwrap();
        p.to_string_lossy().into_owned()
    }

    fn base() -> NodeInfo {
        super::super::default_config::build().node
    }

    #[test]
    fn reads_domains_host_and_users() {
        temp(
            "ref.xml",
            "<domain type='test'><name>r</name><memory>1024</memory>\
             <os><type>hvm</type></os></domain>",
        );
        let p = temp(
            "node.xml",
            "<node xmlns:t='http://libvirt.org/schemas/domain/test/1.0'>\
             <cpu><cores>3</cores><model>m</model></cpu><memory>10</memory>\
             <domain type='test'><name>a</name><memory>1024</memory>\
             <os><type>hvm</type></os><t:runstate>5</t:runstate><t:hasmanagedsave/></domain>\
             <domain file='ref.xml'/><auth><user password='p'>u</user><user>v</user></auth></node>",
        );
        let c = load(&p, &base()).unwrap();
        assert_eq!((c.node.cores, c.node.cpus, c.node.memory_kib), (3, 24, 10));
        assert_eq!(c.node.model, "m");
        assert_eq!(c.domains.len(), 2);
        assert_eq!(
            (c.domains[0].runstate, c.domains[0].managed_save),
            (5, true)
        );
        assert_eq!(
            (c.domains[1].def.name.as_str(), c.domains[1].runstate),
            ("r", 1)
        );
        assert_eq!(c.users.len(), 2);
        assert!(authenticate(&c.users, None).is_err());
        assert!(authenticate(&[], None).is_ok());
    }

    #[test]
    fn refuses_like_libvirt() {
        let msg = |text: &str| load(&temp("bad.xml", text), &base()).err().unwrap().message;
        assert_eq!(
            msg("<domain/>"),
            "XML error: expecting root element of 'node', not 'domain'"
        );
        assert_eq!(
            msg("<node><cpu><nodes>x</nodes></cpu></node>"),
            "XML error: invalid node cpu nodes value"
        );
        assert_eq!(
            msg("<node><auth><user/></auth></node>"),
            "XML error: missing username in /node/auth/user field"
        );
        let missing = load("/nonexistent/oxvirt.xml", &base()).err().unwrap();
        assert_eq!(
            missing.message,
            "XML error: failed to parse xml document '/nonexistent/oxvirt.xml'"
        );
        assert_eq!(missing.domain, virErrorDomain::VIR_FROM_TEST as i32);
    }
}
