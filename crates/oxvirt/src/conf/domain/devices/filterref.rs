//! `<filterref>`: the network filter of an interface and its parameters.

use crate::conf::xml::{Node, Writer};
use std::collections::BTreeMap;

/// Characters of a parameter name and of a value (libvirt's
/// `VALID_VARNAME` and `VALID_VARVALUE`).
fn valid_name(s: &str) -> bool {
    s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

fn valid_value(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"_.:".contains(&b))
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FilterRef {
    /// `None` when the element has no `filter`: then nothing is written.
    pub filter: Option<String>,
    /// Values by name; libvirt keeps them in a hash and writes them
    /// sorted by name, a name's values in the order given.
    pub params: BTreeMap<String, Vec<String>>,
}

impl FilterRef {
    /// Parameters with a bad name or value are dropped, as libvirt drops
    /// them.
    pub fn parse(n: Node) -> FilterRef {
        let mut params: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for p in n.children("parameter") {
            let (Some(name), Some(value)) = (p.attr("name"), p.attr("value")) else {
                continue;
            };
            if valid_name(name) && valid_value(value) {
                params
                    .entry(name.to_string())
                    .or_default()
                    .push(value.to_string());
            }
        }
        FilterRef {
            filter: n.attr("filter").map(str::to_string),
            params,
        }
    }

    pub fn format(&self, w: &mut Writer) {
        let Some(f) = &self.filter else {
            return;
        };
        let s = w.start("filterref").attr("filter", f);
        if self.params.is_empty() {
            s.empty();
            return;
        }
        s.open();
        for (name, values) in &self.params {
            for v in values {
                w.start("parameter")
                    .attr("name", name)
                    .attr("value", v)
                    .empty();
            }
        }
        w.end("filterref");
    }
}
