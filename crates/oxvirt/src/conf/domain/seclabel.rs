//! The domain's `<seclabel>`s: one security label per security model, read
//! as libvirt reads a definition being defined (labels a running domain
//! would carry are not kept).

use super::super::xml::{yes_no, Node, Opts, Writer};
use super::{unsupported, xml_err};
use crate::error::{Error, Result};
use oxvirt_abi::{virErrorDomain, virErrorNumber};

crate::xml_enum! {
    /// `virDomainSeclabelType`.
    pub enum SeclabelType { Default = "default", None = "none", Dynamic = "dynamic", Static = "static" }
}

/// libvirt's buffer sizes for a model name and a label, less the NUL.
const MODEL_MAX: usize = 256;
const LABEL_MAX: usize = 4096;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SecLabel {
    pub kind: SeclabelType,
    pub model: Option<String>,
    pub relabel: bool,
    pub label: Option<String>,
    pub baselabel: Option<String>,
}

impl SecLabel {
    fn parse(n: Node) -> Result<SecLabel> {
        let model = n
            .attr("model")
            .filter(|m| m.len() <= MODEL_MAX)
            .map(str::to_owned);
        // Without a type the label is libvirt's "default" one, which is
        // never written (libvirt means dynamic, but its reading of the
        // attribute leaves 0 when it is absent).
        let kind = n
            .prop_with::<SeclabelType>("type", Opts::NONE.nonzero())?
            .unwrap_or(SeclabelType::Default);
        let relabel = n
            .prop::<bool>("relabel")?
            .unwrap_or(!matches!(kind, SeclabelType::Static | SeclabelType::None));
        if kind == SeclabelType::Dynamic && !relabel {
            return Err(unsupported(
                "dynamic label type must use resource relabeling",
            ));
        }
        if kind == SeclabelType::None && relabel {
            return Err(unsupported(
                "resource relabeling is not compatible with 'none' label type",
            ));
        }
        let mut s = SecLabel {
            kind,
            model,
            relabel,
            label: None,
            baselabel: None,
        };
        if s.model.as_deref() == Some("none") {
            // Older configurations: model 'none' means no label at all.
            s.kind = SeclabelType::None;
            s.relabel = false;
            return Ok(s);
        }
        if kind == SeclabelType::Static {
            s.label = Some(
                n.child_string("label")
                    .filter(|l| l.len() <= LABEL_MAX)
                    .ok_or_else(|| xml_err("security label is missing"))?
                    .into_owned(),
            );
        }
        if kind == SeclabelType::Dynamic {
            s.baselabel = n
                .child_string("baselabel")
                .filter(|l| l.len() <= LABEL_MAX)
                .map(|l| l.into_owned());
        }
        Ok(s)
    }

    /// Every `<seclabel>` of domain element `d`.
    pub fn parse_all(d: Node) -> Result<Vec<SecLabel>> {
        let mut out: Vec<SecLabel> = Vec::new();
        for n in d.children("seclabel") {
            let s = SecLabel::parse(n)?;
            if out.iter().any(|o| o.model == s.model) {
                return Err(Error::new(
                    virErrorDomain::VIR_FROM_DOMAIN,
                    virErrorNumber::VIR_ERR_XML_DETAIL,
                    Some(&format!(
                        "seclabel for model {} is already provided",
                        s.model.as_deref().unwrap_or("(null)")
                    )),
                ));
            }
            out.push(s);
        }
        if out.len() > 1 && out.iter().any(|s| s.model.is_none()) {
            return Err(xml_err("missing security model when using multiple labels"));
        }
        Ok(out)
    }

    pub fn format(&self, w: &mut Writer) {
        if self.kind == SeclabelType::Default {
            return;
        }
        let s = w
            .start("seclabel")
            .attr("type", self.kind)
            .attr_opt("model", self.model.as_ref());
        if self.kind == SeclabelType::None {
            s.empty();
            return;
        }
        let s = s.attr("relabel", yes_no(self.relabel));
        if self.label.is_none() && self.baselabel.is_none() {
            s.empty();
            return;
        }
        s.open();
        if let Some(l) = &self.label {
            w.leaf("label", l);
        }
        if let Some(b) = self
            .baselabel
            .as_ref()
            .filter(|_| self.kind == SeclabelType::Dynamic)
        {
            w.leaf("baselabel", b);
        }
        w.end("seclabel");
    }
}
