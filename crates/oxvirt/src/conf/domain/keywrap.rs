//! `<keywrap>`: the s390 key wrapping ciphers, checked and kept as libvirt
//! writes them (AES, then DEA).

use super::super::xml::{Node, Opts, Switch};
use super::Kept;
use crate::error::{Error, Result};
use oxvirt_abi::{virErrorDomain, virErrorNumber};

crate::xml_enum! {
    /// `virDomainKeyWrapCipherName`.
    pub enum Cipher { Aes = "aes", Dea = "dea" }
}

/// The canonical `<keywrap>` of domain element `d`, `None` without
/// ciphers.
pub fn parse(d: Node) -> Result<Option<Kept>> {
    let mut states: [Option<Switch>; 2] = [None, None];
    for c in d.children("keywrap").flat_map(|k| k.children("cipher")) {
        let name: Cipher = c.prop_required("name")?;
        let state = c
            .prop_with::<Switch>("state", Opts::REQUIRED)?
            .unwrap_or(Switch(false));
        let slot = &mut states[name as usize];
        if slot.is_some() {
            return Err(Error::new(
                virErrorDomain::VIR_FROM_DOMAIN,
                virErrorNumber::VIR_ERR_INTERNAL_ERROR,
                Some(&format!(
                    "A domain definition can have no more than one cipher node with name {}",
                    name.name()
                )),
            ));
        }
        *slot = Some(state);
    }
    let children: Vec<Kept> = [Cipher::Aes, Cipher::Dea]
        .into_iter()
        .zip(states)
        .filter_map(|(c, s)| {
            s.map(|s| Kept {
                name: "cipher".to_owned(),
                attrs: vec![
                    ("name".to_owned(), c.name().to_owned()),
                    (
                        "state".to_owned(),
                        if s.0 { "on" } else { "off" }.to_owned(),
                    ),
                ],
                text: None,
                children: Vec::new(),
            })
        })
        .collect();
    Ok((!children.is_empty()).then(|| Kept {
        name: "keywrap".to_owned(),
        attrs: Vec::new(),
        text: None,
        children,
    }))
}
