//! `<memtune>`: read with libvirt's scaling and limits and kept in the form
//! libvirt writes (every value in KiB, unlimited limits left out), which the
//! test driver's memory parameter calls then edit.

use super::super::xml::{parse_memory_kib, parse_scaled, Node};
use super::Kept;
use crate::error::Result;

/// `VIR_DOMAIN_MEMORY_PARAM_UNLIMITED`, in KiB.
pub const UNLIMITED: u64 = 9_007_199_254_740_991;

/// A limit of `<memtune>` in KiB; unlimited when absent.
fn limit(m: Node, name: &str) -> Result<u64> {
    let c = m.child(name);
    let bytes = parse_scaled(
        c.and_then(Node::string).as_deref(),
        c.and_then(|c| c.attr("unit")),
        &format!("./memtune/{name}[1]"),
        1024,
        UNLIMITED << 10,
        false,
    )?;
    Ok(bytes.map_or(UNLIMITED, |b| b.div_ceil(1024).min(UNLIMITED)))
}

fn kib(name: &str, value: u64) -> Kept {
    Kept {
        name: name.to_owned(),
        attrs: vec![("unit".to_owned(), "KiB".to_owned())],
        text: Some(value.to_string()),
        children: Vec::new(),
    }
}

/// The canonical `<memtune>` of domain element `d`; `None` when it sets
/// nothing.
pub fn parse(d: Node) -> Result<Option<Kept>> {
    let Some(m) = d.child("memtune") else {
        return Ok(None);
    };
    let hard = limit(m, "hard_limit")?;
    let soft = limit(m, "soft_limit")?;
    let min = m.child("min_guarantee");
    let min_guarantee = parse_memory_kib(
        min.and_then(Node::string).as_deref(),
        min.and_then(|c| c.attr("unit")),
        "./memtune/min_guarantee[1]",
        false,
    )?;
    let swap = limit(m, "swap_hard_limit")?;
    let mut children = Vec::new();
    for (name, v) in [("hard_limit", hard), ("soft_limit", soft)] {
        if v < UNLIMITED {
            children.push(kib(name, v));
        }
    }
    if min_guarantee != 0 {
        children.push(kib("min_guarantee", min_guarantee));
    }
    if swap < UNLIMITED {
        children.push(kib("swap_hard_limit", swap));
    }
    Ok((!children.is_empty()).then(|| Kept {
        name: "memtune".to_owned(),
        attrs: Vec::new(),
        text: None,
        children,
    }))
}
