//! libvirt's `virXMLFormatElement` for devices: an element is written only
//! when it has attributes or children, `<x …/>` when it has no children.

use crate::conf::xml::{Switch, Writer};

/// Attributes with their raw (unescaped) values, in order.
pub(super) type Attrs<'a> = Vec<(&'a str, String)>;

/// Writes `<name attrs>children</name>`, `<name attrs/>`, or nothing.
/// Whether there are children is only known by writing them, so they are
/// written once aside to find out (the writer has no child buffers, and
/// re-indenting a finished block would also re-indent multi-line text).
pub(super) fn element(w: &mut Writer, name: &str, attrs: &Attrs, children: impl Fn(&mut Writer)) {
    let mut probe = Writer::with_capacity(64);
    children(&mut probe);
    let has_children = !probe.finish().is_empty();
    if attrs.is_empty() && !has_children {
        return;
    }
    let mut s = w.start(name);
    for (k, v) in attrs {
        s = s.attr(k, v);
    }
    if has_children {
        s.open();
        children(w);
        w.end(name);
    } else {
        s.empty();
    }
}

/// `on`/`off`.
pub(super) fn switch(s: Switch) -> String {
    if s.0 { "on" } else { "off" }.to_string()
}

/// Pushes `name` when there is a value.
pub(super) fn push(attrs: &mut Attrs<'_>, name: &'static str, v: Option<String>) {
    if let Some(v) = v {
        attrs.push((name, v));
    }
}
