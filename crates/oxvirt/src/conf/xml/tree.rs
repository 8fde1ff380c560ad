//! The document tree: one pass of quick-xml over the text builds a flat,
//! read-only arena of elements, attributes and text that borrows from the
//! input wherever nothing had to be expanded. The parser refuses what
//! libvirt's libxml2 refuses (malformed markup, characters outside XML,
//! nesting deeper than 256), never loads or expands entities beyond the
//! predefined five, and never recurses per input level, so hostile input
//! costs time linear in what was read before the refusal.

use super::error::{syntax, xml_error};
use super::escape::unescape;
use crate::error::{Error, Result};
use oxvirt_abi::virErrorDomain;
use quick_xml::events::attributes::AttrError;
use quick_xml::events::Event;
use quick_xml::Reader;
use std::borrow::Cow;

/// How deep elements may nest: libxml2's limit without `XML_PARSE_HUGE`,
/// which libvirt never sets.
pub const MAX_DEPTH: usize = 256;

/// The longest attribute value or run of text: libxml2's
/// `XML_MAX_TEXT_LENGTH` without `XML_PARSE_HUGE`.
pub const MAX_TEXT: usize = 10_000_000;

/// How many nodes and attributes the arena reserves up front at most; a
/// large document grows it as it is read instead of reserving hundreds of
/// MiB from its length alone.
const MAX_RESERVE: usize = 1 << 16;

const NONE: usize = usize::MAX;

/// Who is parsing: the error domain syntax errors are reported in, the
/// name libvirt gives the document in them (`(domain_definition)`), and
/// the root element the model expects.
#[derive(Clone, Copy, Debug)]
pub struct ParseOpts<'o> {
    pub domain: virErrorDomain,
    pub url: &'o str,
    pub root: &'o str,
}

#[derive(Debug)]
struct NodeData<'a> {
    /// Empty for a text node; element names are never empty.
    name: &'a str,
    text: Cow<'a, str>,
    attrs: (usize, usize),
    first: usize,
    last: usize,
    next: usize,
    /// Byte range of the element's markup in the source.
    span: (usize, usize),
    /// A text node that was a CDATA section (libvirt writes those back as
    /// such where it keeps foreign XML).
    cdata: bool,
    /// A comment inside an element, kept for the same reason; it is no
    /// part of the element's text.
    comment: bool,
}

/// A parsed document.
#[derive(Debug)]
pub struct Document<'a> {
    src: &'a str,
    nodes: Vec<NodeData<'a>>,
    attrs: Vec<(&'a str, Cow<'a, str>)>,
}

/// The part of `src` that `part` is, without copying; a copy when quick-xml
/// handed out bytes of its own.
fn sub<'a>(src: &'a str, part: &[u8]) -> Cow<'a, str> {
    let start = (part.as_ptr() as usize).wrapping_sub(src.as_ptr() as usize);
    match start
        .checked_add(part.len())
        .and_then(|end| src.get(start..end))
    {
        Some(s) => Cow::Borrowed(s),
        None => Cow::Owned(String::from_utf8_lossy(part).into_owned()),
    }
}

fn is_name(s: &str) -> bool {
    let mut chars = s.chars();
    let first_ok = chars
        .next()
        .is_some_and(|c| c.is_alphabetic() || c == '_' || c == ':' || !c.is_ascii());
    first_ok
        && chars.all(|c| c.is_alphanumeric() || matches!(c, '_' | ':' | '-' | '.') || !c.is_ascii())
}

fn is_blank(s: &str) -> bool {
    s.bytes().all(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
}

/// The first byte that can never be in a document, as libxml2 reports it.
fn invalid_char(src: &str) -> Option<(usize, u32)> {
    let b = src.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            0x09 | 0x0a | 0x0d => {}
            c if c < 0x20 => return Some((i, c as u32)),
            // U+FFFE and U+FFFF, the only non-characters a str can hold.
            0xef if b.get(i + 1) == Some(&0xbf) && matches!(b.get(i + 2), Some(0xbe | 0xbf)) => {
                return Some((i, 0xfffe + (b[i + 2] - 0xbe) as u32))
            }
            _ => {}
        }
        i += 1;
    }
    None
}

fn line_of(src: &str, at: usize) -> usize {
    1 + src.as_bytes()[..at.min(src.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
}

/// The name of the tag that starts at `at`, for messages.
fn tag_name(src: &str, at: usize) -> &str {
    let rest = src.get(at..).unwrap_or("");
    let rest = rest
        .strip_prefix("</")
        .or(rest.strip_prefix('<'))
        .unwrap_or(rest);
    let end = rest
        .find(|c: char| c.is_whitespace() || matches!(c, '>' | '/'))
        .unwrap_or(rest.len());
    &rest[..end]
}

impl<'a> Document<'a> {
    /// Parses bytes as they come from C: they must be UTF-8.
    pub fn parse_bytes(src: &'a [u8], opts: &ParseOpts) -> Result<Document<'a>> {
        Self::parse(text_of(src, opts)?, opts)
    }

    /// Parses a document whose root element must be `opts.root`.
    pub fn parse(src: &'a str, opts: &ParseOpts) -> Result<Document<'a>> {
        // A leading byte order mark is skipped, as libxml2 does. quick-xml
        // would skip it too but leave it out of its positions, shifting
        // every span kept from the source by its three bytes.
        let src = src.strip_prefix('\u{feff}').unwrap_or(src);
        let fail =
            |at: usize, what: &str| -> Error { syntax(opts.domain, opts.url, src, at, what) };
        if let Some((at, c)) = invalid_char(src) {
            return Err(fail(at, &format!("PCDATA invalid Char value {c}")));
        }
        let mut doc = Document {
            src,
            nodes: Vec::with_capacity((src.len() / 24).min(MAX_RESERVE)),
            attrs: Vec::with_capacity((src.len() / 32).min(MAX_RESERVE)),
        };
        let mut r = Reader::from_str(src);
        r.config_mut().check_end_names = true;
        r.config_mut().expand_empty_elements = false;
        r.config_mut().trim_text(false);
        let mut stack: Vec<usize> = Vec::new();
        let mut root: Option<usize> = None;
        let misplaced = |root: Option<usize>| {
            if root.is_some() {
                "Extra content at the end of the document"
            } else {
                "Start tag expected, '<' not found"
            }
        };
        loop {
            let pos = r.buffer_position() as usize;
            let ev = match r.read_event() {
                Ok(ev) => ev,
                Err(e) => {
                    // An unclosed construct is noticed where the input ends.
                    let at = match e {
                        quick_xml::Error::Syntax(_) => src.len(),
                        _ => (r.error_position() as usize).max(pos),
                    };
                    // libxml2 names the open element's line and points past
                    // the end tag.
                    if let (
                        quick_xml::Error::IllFormed(
                            quick_xml::errors::IllFormedError::MismatchedEndTag { expected, found },
                        ),
                        Some(&open),
                    ) = (&e, stack.last())
                    {
                        let line = line_of(src, doc.nodes[open].span.0);
                        let end = src
                            .get(pos..)
                            .and_then(|rest| rest.find('>'))
                            .map_or(src.len(), |i| pos + i + 1);
                        return Err(fail(
                            end,
                            &format!(
                                "Opening and ending tag mismatch: {expected} line {line} and {found}"
                            ),
                        ));
                    }
                    return Err(fail(at, &describe(&e, src, pos, root)));
                }
            };
            match ev {
                Event::Start(ref e) | Event::Empty(ref e) => {
                    if stack.len() > MAX_DEPTH {
                        return Err(fail(
                            pos,
                            &format!(
                                "Excessive depth in document: {MAX_DEPTH} use XML_PARSE_HUGE option"
                            ),
                        ));
                    }
                    if stack.is_empty() && root.is_some() {
                        return Err(fail(pos, misplaced(root)));
                    }
                    let Cow::Borrowed(name) = sub(src, e.name().as_ref()) else {
                        return Err(fail(pos, "StartTag: invalid element name"));
                    };
                    if !is_name(name) {
                        return Err(fail(pos, "StartTag: invalid element name"));
                    }
                    let first_attr = doc.attrs.len();
                    for a in e.attributes() {
                        let a = a.map_err(|e| fail(pos, &describe_attr(&e, name)))?;
                        let Cow::Borrowed(key) = sub(src, a.key.as_ref()) else {
                            return Err(fail(pos, "error parsing attribute name"));
                        };
                        if !is_name(key) {
                            return Err(fail(pos, "error parsing attribute name"));
                        }
                        if a.value.len() > MAX_TEXT {
                            return Err(fail(pos, "AttValue length too long"));
                        }
                        let value = match sub(src, &a.value) {
                            Cow::Borrowed(raw) => {
                                unescape(raw, true).map_err(|e| fail(pos, &e.message))?
                            }
                            owned => owned,
                        };
                        doc.attrs.push((key, value));
                    }
                    let end = if matches!(ev, Event::Empty(_)) {
                        r.buffer_position() as usize
                    } else {
                        NONE
                    };
                    let id = doc.push(
                        stack.last().copied(),
                        NodeData {
                            name,
                            text: Cow::Borrowed(""),
                            attrs: (first_attr, doc.attrs.len()),
                            first: NONE,
                            last: NONE,
                            next: NONE,
                            span: (pos, end),
                            cdata: false,
                            comment: false,
                        },
                    );
                    root.get_or_insert(id);
                    if end == NONE {
                        stack.push(id);
                    }
                }
                Event::End(_) => {
                    if let Some(id) = stack.pop() {
                        doc.nodes[id].span.1 = r.buffer_position() as usize;
                    }
                }
                Event::Text(ref t) if t.len() > MAX_TEXT && !stack.is_empty() => {
                    return Err(fail(pos, "xmlSAX2Characters: huge text node"));
                }
                Event::CData(ref t) if t.len() > MAX_TEXT && !stack.is_empty() => {
                    return Err(fail(pos, "xmlSAX2Characters: huge text node"));
                }
                Event::Text(ref t) => {
                    let raw = sub(src, t);
                    match stack.last() {
                        None if is_blank(&raw) => {}
                        None => return Err(fail(pos, misplaced(root))),
                        Some(&parent) => {
                            if let Some(i) = raw.find("]]>") {
                                return Err(fail(pos + i, "Sequence ']]>' not allowed in content"));
                            }
                            let text = match raw {
                                Cow::Borrowed(raw) => unescape(raw, false)
                                    .map_err(|e| fail(pos + e.at, &e.message))?,
                                owned => owned,
                            };
                            doc.push_text(parent, text, false);
                        }
                    }
                }
                Event::CData(ref t) => match stack.last() {
                    None => return Err(fail(pos, misplaced(root))),
                    Some(&parent) => {
                        let raw = sub(src, t);
                        let text = if raw.contains('\r') {
                            Cow::Owned(raw.replace("\r\n", "\n").replace('\r', "\n"))
                        } else {
                            raw
                        };
                        doc.push_text(parent, text, true);
                    }
                },
                Event::Decl(_) if pos != 0 => {
                    return Err(fail(
                        pos,
                        "XML declaration allowed only at the start of the document",
                    ))
                }
                Event::DocType(ref t) => {
                    if root.is_some() {
                        return Err(fail(pos, misplaced(root)));
                    }
                    // libvirt never asks for external entities, and the
                    // internal ones are how documents blow up in memory:
                    // a document declaring any is refused outright.
                    if sub(src, t).contains("<!ENTITY") {
                        return Err(fail(pos, "Entity declarations are not supported"));
                    }
                }
                Event::Comment(ref t) => {
                    if let Some(&parent) = stack.last() {
                        doc.push_data(parent, sub(src, t), false, true);
                    }
                }
                Event::Decl(_) | Event::PI(_) => {}
                Event::Eof => {
                    if let Some(&open) = stack.last() {
                        let start = doc.nodes[open].span.0;
                        return Err(fail(
                            src.len(),
                            &format!(
                                "Premature end of data in tag {} line {}",
                                doc.nodes[open].name,
                                line_of(src, start)
                            ),
                        ));
                    }
                    break;
                }
            }
        }
        let Some(root) = root else {
            // libxml2 calls only an empty input empty; blanks alone lack
            // their start tag.
            let what = if src.is_empty() {
                "Document is empty"
            } else {
                "Start tag expected, '<' not found"
            };
            return Err(fail(src.len(), what));
        };
        debug_assert_eq!(root, 0);
        let name = doc.nodes[root].name;
        // An empty root accepts any, for fragments given through the API.
        if !opts.root.is_empty() && name != opts.root {
            return Err(xml_error(&format!(
                "expecting root element of '{}', not '{name}'",
                opts.root
            )));
        }
        Ok(doc)
    }

    fn push(&mut self, parent: Option<usize>, data: NodeData<'a>) -> usize {
        let id = self.nodes.len();
        self.nodes.push(data);
        if let Some(p) = parent {
            match self.nodes[p].last {
                NONE => self.nodes[p].first = id,
                last => self.nodes[last].next = id,
            }
            self.nodes[p].last = id;
        }
        id
    }

    fn push_text(&mut self, parent: usize, text: Cow<'a, str>, cdata: bool) {
        self.push_data(parent, text, cdata, false);
    }

    fn push_data(&mut self, parent: usize, text: Cow<'a, str>, cdata: bool, comment: bool) {
        self.push(
            Some(parent),
            NodeData {
                name: "",
                text,
                attrs: (0, 0),
                first: NONE,
                last: NONE,
                next: NONE,
                span: (0, 0),
                cdata,
                comment,
            },
        );
    }

    /// The root element.
    pub fn root(&self) -> Node<'_, 'a> {
        Node { doc: self, id: 0 }
    }

    /// The text the document was parsed from.
    pub fn source(&self) -> &'a str {
        self.src
    }
}

/// libxml2's wording for what quick-xml found wrong, where it has one.
fn describe(e: &quick_xml::Error, src: &str, pos: usize, root: Option<usize>) -> String {
    use quick_xml::errors::{IllFormedError as I, SyntaxError as S};
    use quick_xml::Error as E;
    let line = line_of(src, pos);
    let name = tag_name(src, pos);
    match e {
        E::Syntax(S::UnclosedTag) => format!("Couldn't find end of Start Tag {name} line {line}"),
        E::Syntax(S::UnclosedComment) => "Comment not terminated".into(),
        E::Syntax(S::UnclosedCData) => "CData section not finished".into(),
        E::Syntax(S::UnclosedDoctype) => "DOCTYPE improperly terminated".into(),
        E::Syntax(S::UnclosedPIOrXmlDecl) => "ParsePI: PI never end ...".into(),
        E::IllFormed(I::MismatchedEndTag { expected, found }) => {
            format!("Opening and ending tag mismatch: {expected} and {found}")
        }
        E::IllFormed(I::UnmatchedEndTag(_)) if root.is_some() => {
            "Extra content at the end of the document".into()
        }
        E::IllFormed(I::UnmatchedEndTag(_)) => "Start tag expected, '<' not found".into(),
        E::InvalidAttr(a) => describe_attr(a, name),
        other => other.to_string(),
    }
}

fn describe_attr(e: &AttrError, element: &str) -> String {
    match e {
        AttrError::Duplicated(..) => format!("Attribute redefined in element {element}"),
        AttrError::ExpectedValue(_) | AttrError::ExpectedEq(_) => {
            format!("Specification mandates value for attribute in element {element}")
        }
        AttrError::UnquotedValue(_) | AttrError::ExpectedQuote(..) => {
            "AttValue: \" or ' expected".into()
        }
    }
}

/// An element of a [`Document`]; cheap to copy.
#[derive(Clone, Copy)]
pub struct Node<'d, 'a> {
    doc: &'d Document<'a>,
    id: usize,
}

impl std::fmt::Debug for Node<'_, '_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<{}>", self.name())
    }
}

/// A child of an element: an element or a run of text.
#[derive(Clone, Copy, Debug)]
pub enum Content<'d, 'a> {
    Element(Node<'d, 'a>),
    Text(&'d str),
    CData(&'d str),
    Comment(&'d str),
}

/// The element children of a node, in document order.
pub struct Elements<'d, 'a> {
    doc: &'d Document<'a>,
    next: usize,
}

impl<'d, 'a> Iterator for Elements<'d, 'a> {
    type Item = Node<'d, 'a>;
    fn next(&mut self) -> Option<Self::Item> {
        while self.next != NONE {
            let id = self.next;
            self.next = self.doc.nodes[id].next;
            if !self.doc.nodes[id].name.is_empty() {
                return Some(Node { doc: self.doc, id });
            }
        }
        None
    }
}

impl<'d, 'a> Node<'d, 'a> {
    fn data(self) -> &'d NodeData<'a> {
        &self.doc.nodes[self.id]
    }

    pub fn name(self) -> &'a str {
        self.data().name
    }

    /// An attribute's value, references expanded; `None` when absent.
    pub fn attr(self, name: &str) -> Option<&'d str> {
        let (a, b) = self.data().attrs;
        self.doc.attrs[a..b]
            .iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| &**v)
    }

    /// Every attribute, in document order.
    pub fn attrs(self) -> impl Iterator<Item = (&'a str, &'d str)> {
        let (a, b) = self.data().attrs;
        self.doc.attrs[a..b].iter().map(|(k, v)| (*k, &**v))
    }

    /// The child elements.
    pub fn elements(self) -> Elements<'d, 'a> {
        Elements {
            doc: self.doc,
            next: self.data().first,
        }
    }

    /// The child elements and text runs, in document order.
    pub fn contents(self) -> impl Iterator<Item = Content<'d, 'a>> + 'd {
        let doc = self.doc;
        let mut next = self.data().first;
        std::iter::from_fn(move || {
            let id = next;
            let n = doc.nodes.get(id)?;
            next = n.next;
            Some(if n.name.is_empty() {
                if n.comment {
                    Content::Comment(&n.text)
                } else if n.cdata {
                    Content::CData(&n.text)
                } else {
                    Content::Text(&n.text)
                }
            } else {
                Content::Element(Node { doc, id })
            })
        })
    }

    /// The child elements called `name`.
    pub fn children(self, name: &'d str) -> impl Iterator<Item = Node<'d, 'a>> + 'd {
        self.elements().filter(move |n| n.name() == name)
    }

    /// The first child element called `name` (XPath `./name[1]`).
    pub fn child(self, name: &str) -> Option<Node<'d, 'a>> {
        self.elements().find(|n| n.name() == name)
    }

    /// The element at a `/`-separated path of first children (`os/type`).
    pub fn find(self, path: &str) -> Option<Node<'d, 'a>> {
        path.split('/').try_fold(self, |n, step| n.child(step))
    }

    /// All text inside the element, nested elements included, as XPath's
    /// `string()` gives it.
    pub fn text(self) -> Cow<'d, str> {
        let d = self.data();
        // The common case: one text child, borrowed as it is.
        if d.first != NONE
            && d.first == d.last
            && self.doc.nodes[d.first].name.is_empty()
            && !self.doc.nodes[d.first].comment
        {
            return Cow::Borrowed(&*self.doc.nodes[d.first].text);
        }
        let mut out = String::new();
        self.collect_text(&mut out);
        Cow::Owned(out)
    }

    fn collect_text(self, out: &mut String) {
        let mut id = self.data().first;
        while id != NONE {
            let n = &self.doc.nodes[id];
            if n.comment {
                // Comments are no part of the text.
            } else if n.name.is_empty() {
                out.push_str(&n.text);
            } else {
                // Depth is bounded by the parser, so recursion is too.
                Node { doc: self.doc, id }.collect_text(out);
            }
            id = n.next;
        }
    }

    /// The element's text as libvirt's XPath string helpers return it:
    /// `None` when empty.
    pub fn string(self) -> Option<Cow<'d, str>> {
        Some(self.text()).filter(|t| !t.is_empty())
    }

    /// [`Node::string`] of the element at `path`; `None` when absent.
    pub fn child_string(self, path: &str) -> Option<Cow<'d, str>> {
        self.find(path).and_then(Node::string)
    }

    /// The attribute `attr` of the element at `path`; `None` when absent
    /// or empty (XPath `string(./path/@attr)`).
    pub fn child_attr(self, path: &str, attr: &str) -> Option<&'d str> {
        self.find(path)
            .and_then(|n| n.attr(attr))
            .filter(|v| !v.is_empty())
    }

    /// The element's markup exactly as it was written.
    pub fn source(self) -> &'a str {
        let (a, b) = self.data().span;
        self.doc.src.get(a..b).unwrap_or("")
    }
}

#[cfg(test)]
mod tests;

/// `src` as text, or the error libxml2 gives (through libvirt) for a
/// document that is not UTF-8: the public API takes documents as bytes, and
/// this is the answer for bad ones whichever parser reads them next.
pub fn text_of<'a>(src: &'a [u8], opts: &ParseOpts) -> Result<&'a str> {
    std::str::from_utf8(src).map_err(|e| {
        let at = e.valid_up_to();
        let shown: Vec<String> = src[at..]
            .iter()
            .take(4)
            .map(|b| format!("0x{b:02X}"))
            .collect();
        let lossy = String::from_utf8_lossy(src);
        let at = String::from_utf8_lossy(&src[..at]).len();
        syntax(
            opts.domain,
            opts.url,
            &lossy,
            at,
            &format!(
                "Input is not proper UTF-8, indicate encoding !\nBytes: {}",
                shown.join(" ")
            ),
        )
    })
}
