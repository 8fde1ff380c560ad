//! Elements the model does not type yet, kept as they were given and
//! written back in libvirt's canonical form: two spaces per level,
//! single-quoted attributes in document order, `<x/>` when empty, text
//! escaped the way libvirt escapes it. Whitespace-only text between child
//! elements is layout and is dropped.

use super::super::xml::{Node, Writer};

/// An element and everything in it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Kept {
    pub name: String,
    pub attrs: Vec<(String, String)>,
    /// The element's own text when it has no child elements.
    pub text: Option<String>,
    pub children: Vec<Kept>,
}

impl Kept {
    pub fn from_node(n: Node) -> Kept {
        let children: Vec<Kept> = n.elements().map(Kept::from_node).collect();
        let text = if children.is_empty() {
            Some(n.text().into_owned()).filter(|t| !t.is_empty())
        } else {
            None
        };
        Kept {
            name: n.name().to_string(),
            attrs: n
                .attrs()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            text,
            children,
        }
    }

    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// The first child element named `name`.
    pub fn child(&self, name: &str) -> Option<&Kept> {
        self.children.iter().find(|c| c.name == name)
    }

    /// Attribute `attr` of the first child named `child`.
    pub fn child_attr(&self, child: &str, attr: &str) -> Option<&str> {
        self.child(child).and_then(|c| c.attr(attr))
    }

    pub fn write(&self, w: &mut Writer) {
        let mut s = w.start(&self.name);
        for (k, v) in &self.attrs {
            s = s.attr(k, v);
        }
        if let Some(t) = &self.text {
            s.text(t);
        } else if self.children.is_empty() {
            s.empty();
        } else {
            s.open();
            for c in &self.children {
                c.write(w);
            }
            w.end(&self.name);
        }
    }
}

/// Writes each of `list`.
pub fn write_all(w: &mut Writer, list: &[Kept]) {
    for k in list {
        k.write(w);
    }
}
