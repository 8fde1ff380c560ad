//! `<memoryBacking>`: kept as given but in libvirt's canonical form —
//! children in its order, huge page sizes in KiB, node sets canonical.

use super::super::xml::{parse_scaled, Node};
use super::bitmap::Bitmap;
use super::numatune::parse_nodeset;
use super::Kept;
use crate::error::{Error, Result};
use oxvirt_abi::{virErrorDomain, virErrorNumber};

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

/// The canonical `<memoryBacking>` of domain element `d`; `cells` is the
/// number of guest NUMA cells.
pub fn parse(d: Node, cells: usize) -> Result<Option<Kept>> {
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
        if cells == 0 {
            // Without guest NUMA, a node set of node 0 alone means every
            // node: libvirt drops it.
            for p in &mut c.children {
                if p.attr("nodeset").is_some_and(|n| n == "0" || n.is_empty()) {
                    p.attrs.retain(|(a, _)| a != "nodeset");
                }
            }
        }
        validate_pages(&c.children, cells)?;
    }
    Ok(Some(k))
}

fn detail(msg: &str) -> Error {
    Error::new(
        virErrorDomain::VIR_FROM_DOMAIN,
        virErrorNumber::VIR_ERR_XML_DETAIL,
        Some(msg),
    )
}

/// libvirt's validation of huge pages: node sets apart, at most one page
/// size without one, nodes the guest has.
fn validate_pages(pages: &[Kept], cells: usize) -> Result<()> {
    let info = |p: &Kept| {
        let size = p.attr("size").unwrap_or("0").to_owned();
        let set = p.attr("nodeset").and_then(|s| parse_nodeset(s).ok());
        (size, set)
    };
    let pages: Vec<(String, Option<Bitmap>)> = pages.iter().map(info).collect();
    for (i, (size, set)) in pages.iter().enumerate() {
        for (other, oset) in &pages[..i] {
            match (set, oset) {
                (Some(a), Some(b)) if a.0.iter().any(|n| b.0.contains(n)) => {
                    return Err(detail(&format!(
                        "nodeset attribute of hugepages of sizes {size} and {other} intersect"
                    )));
                }
                (None, None) => {
                    return Err(detail(&format!(
                        "two master hugepages detected: {size} and {other}"
                    )));
                }
                _ => {}
            }
        }
        if let Some(n) = set
            .as_ref()
            .and_then(|s| s.0.iter().find(|n| **n as usize >= cells))
        {
            return Err(detail(&format!("hugepages: node {n} not found")));
        }
    }
    Ok(())
}
