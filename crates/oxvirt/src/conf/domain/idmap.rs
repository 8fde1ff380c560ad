//! `<idmap>`: user and group id ranges of a container, checked and kept
//! as libvirt writes them (users then groups, each sorted by start).

use super::super::xml::{number, Node};
use super::{xml_err, Kept};
use crate::error::Result;

/// The ranges `uid` or `gid` of `m`, sorted by start.
fn ranges(m: Node, name: &str) -> Result<Vec<Kept>> {
    let mut out: Vec<(u32, Kept)> = Vec::new();
    for n in m.children(name) {
        let v = |a: &str| n.attr(a).and_then(|s| number::to_u32_p(s, 10));
        let (Some(start), Some(target), Some(count)) = (v("start"), v("target"), v("count")) else {
            return Err(xml_err("invalid idmap start/target/count settings"));
        };
        out.push((
            start,
            Kept {
                name: name.to_owned(),
                attrs: vec![
                    ("start".to_owned(), start.to_string()),
                    ("target".to_owned(), target.to_string()),
                    ("count".to_owned(), count.to_string()),
                ],
                text: None,
                children: Vec::new(),
            },
        ));
    }
    out.sort_by_key(|(s, _)| *s);
    Ok(out.into_iter().map(|(_, k)| k).collect())
}

/// The canonical `<idmap>` of domain element `d`.
pub fn parse(d: Node) -> Result<Option<Kept>> {
    let Some(m) = d.child("idmap") else {
        return Ok(None);
    };
    let mut children = ranges(m, "uid")?;
    children.extend(ranges(m, "gid")?);
    Ok((!children.is_empty()).then(|| Kept {
        name: "idmap".to_owned(),
        attrs: Vec::new(),
        text: None,
        children,
    }))
}
