//! `<metadata>`: elements applications store in the definition, each in a
//! namespace of its own. libvirt keeps them as a libxml2 subtree and writes
//! them back with libxml2's serializer, not its own, so this model follows
//! libxml2: resolved namespaces, declarations carried along when a subtree
//! is copied out of its document, double-quoted attributes, libxml2's
//! escaping, and indentation only where an element holds no text.

use super::super::xml::{Content, Document, Node, ParseOpts};
use crate::error::{Error, Result};
use oxvirt_abi::{virErrorDomain, virErrorNumber};

/// The namespace the `xml` prefix is bound to without a declaration.
const XML_NS: &str = "http://www.w3.org/XML/1998/namespace";

/// A namespace declaration: prefix (`None` for the default namespace) and
/// URI.
type Decl = (Option<String>, String);

#[derive(Clone, Debug, PartialEq, Eq)]
struct Attr {
    prefix: Option<String>,
    /// The namespace URI of a prefixed attribute.
    ns: Option<String>,
    name: String,
    value: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Child {
    Elem(Elem),
    Text(String),
    /// A CDATA section, written back as one.
    CData(String),
    Comment(String),
}

/// One element of the subtree.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Elem {
    /// The prefix the element is written with.
    prefix: Option<String>,
    /// The local name; the whole name when its prefix was never declared.
    name: String,
    /// The namespace URI, `None` when the element is in none.
    ns: Option<String>,
    decls: Vec<Decl>,
    attrs: Vec<Attr>,
    children: Vec<Child>,
}

/// The `<metadata>` element of a definition.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Metadata(Elem);

fn split_qname(q: &str) -> (Option<&str>, &str) {
    match q.split_once(':') {
        Some((p, l)) if !p.is_empty() && !l.is_empty() => (Some(p), l),
        _ => (None, q),
    }
}

/// The URI `prefix` is bound to in `scope` (innermost last).
fn lookup<'s>(scope: &'s [Decl], prefix: Option<&str>) -> Option<&'s str> {
    if prefix == Some("xml") {
        return Some(XML_NS);
    }
    scope
        .iter()
        .rev()
        .find(|(p, _)| p.as_deref() == prefix)
        .map(|(_, u)| u.as_str())
        .filter(|u| !u.is_empty())
}

/// The declarations written on `n` itself.
fn decls_of(n: Node) -> Vec<Decl> {
    n.attrs()
        .filter_map(|(k, v)| {
            if k == "xmlns" {
                Some((None, v.to_owned()))
            } else {
                k.strip_prefix("xmlns:")
                    .map(|p| (Some(p.to_owned()), v.to_owned()))
            }
        })
        .collect()
}

fn is_blank(s: &str) -> bool {
    s.bytes().all(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
}

impl Elem {
    /// Reads `n` with `scope` holding the declarations of its ancestors.
    fn read(n: Node, scope: &mut Vec<Decl>) -> Elem {
        let decls = decls_of(n);
        let depth = scope.len();
        scope.extend(decls.iter().cloned());
        let (prefix, local) = split_qname(n.name());
        let (prefix, name, ns) = match lookup(scope, prefix) {
            Some(uri) => (prefix.map(str::to_owned), local, Some(uri.to_owned())),
            // An undeclared prefix stays part of the name, in no namespace.
            None if prefix.is_some() => (None, n.name(), None),
            None => (None, local, None),
        };
        let attrs = n
            .attrs()
            .filter(|(k, _)| *k != "xmlns" && !k.starts_with("xmlns:"))
            .map(|(k, v)| {
                let (p, l) = split_qname(k);
                match p.and_then(|p| Some((p, lookup(scope, Some(p))?))) {
                    Some((p, uri)) => Attr {
                        prefix: Some(p.to_owned()),
                        ns: Some(uri.to_owned()),
                        name: l.to_owned(),
                        value: v.to_owned(),
                    },
                    None => Attr {
                        prefix: None,
                        ns: None,
                        name: k.to_owned(),
                        value: v.to_owned(),
                    },
                }
            })
            .collect();
        let contents: Vec<Content> = n.contents().collect();
        let mut children: Vec<Child> = Vec::new();
        for (i, c) in contents.iter().enumerate() {
            match *c {
                Content::Element(e) => children.push(Child::Elem(Elem::read(e, scope))),
                Content::Text(t)
                    if is_blank(t) && !keeps_blank(&children, i + 1 == contents.len()) => {}
                Content::Text(t) => match children.last_mut() {
                    Some(Child::Text(prev)) => prev.push_str(t),
                    _ => children.push(Child::Text(t.to_owned())),
                },
                Content::Comment(t) => children.push(Child::Comment(t.to_owned())),
                // libxml2 joins adjacent sections into one.
                Content::CData(t) => match children.last_mut() {
                    Some(Child::CData(prev)) => prev.push_str(t),
                    _ => children.push(Child::CData(t.to_owned())),
                },
            }
        }
        scope.truncate(depth);
        Elem {
            prefix,
            name: name.to_owned(),
            ns,
            decls,
            attrs,
            children,
        }
    }

    fn qname(&self) -> String {
        match &self.prefix {
            Some(p) if self.ns.is_some() => format!("{p}:{}", self.name),
            _ => self.name.clone(),
        }
    }

    /// What copying the element out of its document adds: libxml2 declares
    /// every namespace used below but declared above it on the copy's
    /// root, in the order they are met.
    fn reconcile(&mut self) {
        let mut added = Vec::new();
        let mut scope = Vec::new();
        self.collect_missing(&mut scope, &mut added);
        self.decls.extend(added);
    }

    fn collect_missing(&self, scope: &mut Vec<Decl>, added: &mut Vec<Decl>) {
        let depth = scope.len();
        scope.extend(self.decls.iter().cloned());
        let uses = std::iter::once((&self.prefix, &self.ns))
            .chain(self.attrs.iter().map(|a| (&a.prefix, &a.ns)));
        for (prefix, ns) in uses {
            let Some(uri) = ns else { continue };
            let p = prefix.as_deref();
            let known = p == Some("xml")
                || scope
                    .iter()
                    .chain(added.iter())
                    .any(|(q, _)| q.as_deref() == p);
            if !known {
                added.push((prefix.clone(), uri.clone()));
            }
        }
        for c in &self.children {
            if let Child::Elem(e) = c {
                e.collect_missing(scope, added);
            }
        }
        scope.truncate(depth);
    }

    /// Puts every element in no namespace into `uri` under `prefix`.
    fn adopt(&mut self, prefix: &str, uri: &str) {
        if self.ns.is_none() {
            self.prefix = Some(prefix.to_owned());
            self.ns = Some(uri.to_owned());
        }
        for c in &mut self.children {
            if let Child::Elem(e) = c {
                e.adopt(prefix, uri);
            }
        }
    }

    /// Takes every element in `uri` out of its namespace. libvirt frees
    /// the declaration attributes still point to, and libxml2 then writes
    /// them without a prefix: so do we.
    fn disown(&mut self, uri: &str) {
        if self.ns.as_deref() == Some(uri) {
            self.prefix = None;
            self.ns = None;
        }
        for a in &mut self.attrs {
            if a.ns.as_deref() == Some(uri) {
                a.prefix = None;
                a.ns = None;
            }
        }
        for c in &mut self.children {
            if let Child::Elem(e) = c {
                e.disown(uri);
            }
        }
    }

    /// libxml2's `xmlNodeDump` with formatting on: `level` is the
    /// element's depth; the first line is not indented.
    fn dump(&self, out: &mut String, level: usize, format: bool, first: bool) {
        if !first && format {
            indent(out, level);
        }
        let qname = self.qname();
        out.push('<');
        out.push_str(&qname);
        // libxml2 never writes a declaration of the `xml` prefix.
        for (p, uri) in self
            .decls
            .iter()
            .filter(|(p, _)| p.as_deref() != Some("xml"))
        {
            out.push_str(" xmlns");
            if let Some(p) = p {
                out.push(':');
                out.push_str(p);
            }
            out.push('=');
            quoted(out, uri);
        }
        for a in &self.attrs {
            out.push(' ');
            if let (Some(p), Some(_)) = (&a.prefix, &a.ns) {
                out.push_str(p);
                out.push(':');
            }
            out.push_str(&a.name);
            out.push_str("=\"");
            escape_attr(out, &a.value);
            out.push('"');
        }
        if self.children.is_empty() {
            out.push_str("/>");
            return;
        }
        // Any text inside turns formatting off for the whole subtree.
        let inner = format
            && !self
                .children
                .iter()
                .any(|c| matches!(c, Child::Text(_) | Child::CData(_)));
        out.push('>');
        if inner {
            out.push('\n');
        }
        for c in &self.children {
            match c {
                Child::Elem(e) => e.dump(out, level + 1, inner, false),
                Child::Comment(t) => {
                    if inner {
                        indent(out, level + 1);
                    }
                    out.push_str("<!--");
                    out.push_str(t);
                    out.push_str("-->");
                }
                Child::Text(t) => escape_text(out, t),
                Child::CData(t) => {
                    out.push_str("<![CDATA[");
                    out.push_str(t);
                    out.push_str("]]>");
                }
            }
            if inner {
                out.push('\n');
            }
        }
        if inner {
            indent(out, level);
        }
        out.push_str("</");
        out.push_str(&qname);
        out.push('>');
    }
}

/// Whether libxml2, reading without keeping blanks, keeps a blank run of
/// text: when it is all the element holds, or follows or opens text.
fn keeps_blank(before: &[Child], last: bool) -> bool {
    (before.is_empty() && last)
        || matches!(before.last(), Some(Child::Text(_)))
        || matches!(before.first(), Some(Child::Text(_)))
}

/// libxml2 indents two spaces a level, up to thirty levels.
fn indent(out: &mut String, level: usize) {
    for _ in 0..level.min(30) {
        out.push_str("  ");
    }
}

/// A namespace URI as libxml2 quotes it: in double quotes, or single
/// quotes when it holds a double quote, with nothing escaped.
fn quoted(out: &mut String, s: &str) {
    if !s.contains('"') {
        out.push('"');
        out.push_str(s);
        out.push('"');
    } else if !s.contains('\'') {
        out.push('\'');
        out.push_str(s);
        out.push('\'');
    } else {
        out.push('"');
        out.push_str(&s.replace('"', "&quot;"));
        out.push('"');
    }
}

fn escape_text(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\r' => out.push_str("&#13;"),
            c => out.push(c),
        }
    }
}

/// Attribute values of a subtree without a document encoding: characters
/// beyond ASCII become character references.
fn escape_attr(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\t' => out.push_str("&#9;"),
            c if !c.is_ascii() => out.push_str(&format!("&#x{:X};", c as u32)),
            c => out.push(c),
        }
    }
}

/// An error of libvirt's XML helpers.
fn xml_util_error(detail: &str) -> Error {
    Error::new(
        virErrorDomain::VIR_FROM_XML,
        virErrorNumber::VIR_ERR_INTERNAL_ERROR,
        Some(detail),
    )
}

/// libxml2's `xmlValidateNCName` as libvirt calls it: blanks around the
/// name are allowed (and stay part of the prefix).
fn is_ncname(s: &str) -> bool {
    let s = s.trim_matches(|c| matches!(c, ' ' | '\t' | '\n' | '\r'));
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_alphabetic() || c == '_')
        && chars.all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.' | '\u{b7}'))
}

impl Metadata {
    /// The `<metadata>` element `m` of the domain element `domain`, as
    /// libvirt keeps it after parsing: children in no namespace and later
    /// children sharing one with an earlier child are dropped.
    pub fn parse(domain: Node, m: Node) -> Metadata {
        let mut scope = decls_of(domain);
        let mut e = Elem::read(m, &mut scope);
        e.reconcile();
        let mut seen: Vec<String> = Vec::new();
        e.children.retain(|c| match c {
            Child::Elem(Elem { ns: Some(uri), .. }) if !seen.contains(uri) => {
                seen.push(uri.clone());
                true
            }
            _ => false,
        });
        Metadata(e)
    }

    /// An empty `<metadata>`, made when an element is first stored.
    pub fn new() -> Metadata {
        Metadata(Elem {
            prefix: None,
            name: "metadata".to_owned(),
            ns: None,
            decls: Vec::new(),
            attrs: Vec::new(),
            children: Vec::new(),
        })
    }

    /// The element as written inside a definition whose children are
    /// indented at `level`.
    pub fn to_xml(&self, level: usize) -> String {
        let mut out = String::new();
        self.0.dump(&mut out, level, true, true);
        out
    }

    fn position(&self, uri: &str) -> Option<usize> {
        self.0
            .children
            .iter()
            .position(|c| matches!(c, Child::Elem(e) if e.ns.as_deref() == Some(uri)))
    }

    /// `virDomainGetMetadata` for an element: the first child in `uri`,
    /// taken out of that namespace; `None` when there is none.
    pub fn get(&self, uri: &str) -> Option<String> {
        let Some(Child::Elem(e)) = self.0.children.get(self.position(uri)?) else {
            return None;
        };
        let mut e = e.clone();
        e.reconcile();
        e.disown(uri);
        if let Some(i) = e.decls.iter().position(|(_, u)| u == uri) {
            e.decls.remove(i);
        }
        let mut out = String::new();
        e.dump(&mut out, 0, true, true);
        Some(out)
    }

    /// `virDomainSetMetadata` for an element: every child in `uri` is
    /// removed and `xml`, when given, is stored in `uri` under `key`.
    pub fn set(&mut self, xml: Option<&str>, key: &str, uri: &str) -> Result<()> {
        let new = match xml {
            None => None,
            Some(xml) => Some(Self::fragment(xml, key, uri)?),
        };
        while let Some(i) = self.position(uri) {
            self.0.children.remove(i);
        }
        if let Some(e) = new {
            self.0.children.push(Child::Elem(e));
        }
        Ok(())
    }

    /// An application's element, put into `uri` under `key` where it is
    /// in no namespace.
    fn fragment(xml: &str, key: &str, uri: &str) -> Result<Elem> {
        let doc = Document::parse(
            xml,
            &ParseOpts {
                domain: virErrorDomain::VIR_FROM_DOMAIN,
                url: "(metadata_xml)",
                root: "",
            },
        )?;
        let root = doc.root();
        let mut e = Elem::read(root, &mut Vec::new());
        if !is_ncname(key) {
            return Err(xml_util_error(
                "failed to validate prefix for a new XML namespace",
            ));
        }
        // libvirt declares the namespace on the document's first node: a
        // comment, processing instruction or DTD before the element takes
        // no declaration.
        if markup_before(xml, root.source())
            || e.decls.iter().any(|(p, _)| p.as_deref() == Some(key))
        {
            return Err(xml_util_error("failed to create a new XML namespace"));
        }
        if key == "xml" {
            // libxml2 lets the `xml` prefix be bound to `uri`, but copying
            // the element into the definition resolves the prefix to the
            // XML namespace itself.
            e.adopt(key, XML_NS);
        } else {
            e.decls.push((Some(key.to_owned()), uri.to_owned()));
            e.adopt(key, uri);
        }
        Ok(e)
    }
}

/// Whether `xml` has markup other than its XML declaration before the
/// element `root` (a slice of it) starts.
fn markup_before(xml: &str, root: &str) -> bool {
    let at = (root.as_ptr() as usize).saturating_sub(xml.as_ptr() as usize);
    let mut head = xml.get(..at).unwrap_or("").trim_start();
    if head.starts_with("<?xml") && head[5..].starts_with(|c: char| c.is_whitespace() || c == '?') {
        head = head.find("?>").map_or("", |i| &head[i + 2..]);
    }
    !head.trim().is_empty()
}

impl Default for Metadata {
    fn default() -> Self {
        Metadata::new()
    }
}

#[cfg(test)]
mod tests;
