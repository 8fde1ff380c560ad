//! `<pm>`: whether the guest may suspend to memory and to disk, kept in
//! the form libvirt writes (memory first, nothing when neither is said).

use super::super::xml::{yes_no, Node};
use super::Kept;
use crate::error::Result;

/// The canonical `<pm>` of domain element `d`, `None` when it says nothing.
pub fn parse(d: Node) -> Result<Option<Kept>> {
    let mut children = Vec::new();
    for name in ["suspend-to-mem", "suspend-to-disk"] {
        let state = match d.find(&format!("pm/{name}")) {
            None => None,
            Some(n) => n.prop::<bool>("enabled")?,
        };
        if let Some(on) = state {
            children.push(Kept {
                name: name.to_owned(),
                attrs: vec![("enabled".to_owned(), yes_no(on).to_owned())],
                text: None,
                children: Vec::new(),
            });
        }
    }
    Ok((!children.is_empty()).then(|| Kept {
        name: "pm".to_owned(),
        attrs: Vec::new(),
        text: None,
        children,
    }))
}
