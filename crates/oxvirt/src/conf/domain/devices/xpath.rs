//! The XPath lookups libvirt's parsers make with `virXPathString` and
//! friends, whose answers depend on document order across namesakes
//! (`string(./guest/@dev)` is the first `dev` of any `<guest>`).

use crate::conf::xml::Node;

/// The elements on `path` (`a/b/c`) under `n`, in document order.
pub(super) fn path_nodes<'d, 'a>(n: Node<'d, 'a>, path: &str) -> Vec<Node<'d, 'a>> {
    let mut cur = vec![n];
    for seg in path.split('/') {
        cur = cur
            .into_iter()
            .flat_map(|c| c.elements().filter(move |e| e.name() == seg))
            .collect();
    }
    cur
}

/// libvirt's `string(./path/@attr)`: the attribute of the first element
/// on `path` that has one, wherever that element is among its
/// namesakes; empty counts as absent.
pub(super) fn xpath_attr(n: Node, path: &str, attr: &str) -> Option<String> {
    let v = path_nodes(n, path).into_iter().find_map(|e| e.attr(attr))?;
    (!v.is_empty()).then(|| v.to_string())
}
