//! `<memoryBacking>`: kept as given but in libvirt's canonical form —
//! children in its order, huge page sizes in KiB, node sets canonical.

use super::super::xml::{parse_scaled, Node};
use super::numatune::parse_nodeset;
use super::Kept;
use crate::error::Result;

/// libvirt's order of `<memoryBacking>` children.
const ORDER: [&str; 7] = [
    "hugepages",
    "nosharepages",
    "locked",
    "source",
    "access",
    "allocation",
    "discard",
];

/// A `<page>` with its size in KiB and its node set canonical.
fn page(p: &Kept) -> Result<Kept> {
    let bytes = parse_scaled(
        p.attr("size"),
        p.attr("unit"),
        "./@size",
        1024,
        u64::MAX,
        true,
    )?
    .unwrap_or(0);
    let mut attrs = vec![
        ("size".to_owned(), bytes.div_ceil(1024).to_string()),
        ("unit".to_owned(), "KiB".to_owned()),
    ];
    if let Some(set) = p.attr("nodeset") {
        attrs.push(("nodeset".to_owned(), parse_nodeset(set)?.to_string()));
    }
    Ok(Kept {
        name: "page".to_owned(),
        attrs,
        text: None,
        children: Vec::new(),
    })
}

/// The canonical `<memoryBacking>` of domain element `d`.
pub fn parse(d: Node) -> Result<Option<Kept>> {
    let Some(m) = d.child("memoryBacking") else {
        return Ok(None);
    };
    let mut k = Kept::from_node(m);
    let rank = |c: &Kept| {
        ORDER
            .iter()
            .position(|o| *o == c.name)
            .unwrap_or(ORDER.len())
    };
    k.children.sort_by_key(rank);
    for c in k.children.iter_mut().filter(|c| c.name == "hugepages") {
        c.children = c.children.iter().map(page).collect::<Result<_>>()?;
    }
    Ok(Some(k))
}
