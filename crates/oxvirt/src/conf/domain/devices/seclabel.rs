//! A device's own `<seclabel>` overrides (libvirt's
//! `virSecurityDeviceLabelDef`), as disks, hostdevs and character devices
//! carry them.

use super::super::{err, xml_err};
use super::{FormatCtx, ParseCtx};
use crate::conf::xml::{Node, Writer};
use crate::error::Result;
use oxvirt_abi::virErrorNumber;

/// libvirt keeps a label only below its buffer size.
const LABEL_MAX: usize = 4095;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DevSeclabel {
    pub model: Option<String>,
    pub relabel: bool,
    /// Only read from a live definition.
    pub labelskip: bool,
    pub label: Option<String>,
}

impl DevSeclabel {
    /// Every `<seclabel>` child of `n`.
    pub fn parse_all(n: Node, cx: &ParseCtx) -> Result<Vec<DevSeclabel>> {
        let mut out: Vec<DevSeclabel> = Vec::new();
        for s in n.children("seclabel") {
            let model = s.attr("model").map(str::to_string);
            if let Some(m) = &model {
                if out.iter().any(|o| o.model.as_deref() == Some(m)) {
                    return Err(err(
                        virErrorNumber::VIR_ERR_XML_DETAIL,
                        Some(&format!("seclabel for model {m} is already provided")),
                    ));
                }
            }
            let relabel = s.prop::<bool>("relabel")?.unwrap_or(true);
            let labelskip = if cx.inactive {
                false
            } else {
                s.prop::<bool>("labelskip")?.unwrap_or(false)
            };
            let label = s
                .child_string("label")
                .map(|l| l.into_owned())
                .filter(|l| l.len() <= LABEL_MAX);
            if label.is_some() && !relabel {
                return Err(xml_err(&format!(
                    "Cannot specify a label if relabelling is turned off. model={}",
                    model.as_deref().unwrap_or("<null>")
                )));
            }
            out.push(DevSeclabel {
                model,
                relabel,
                labelskip,
                label,
            });
        }
        Ok(out)
    }

    pub fn format(&self, w: &mut Writer, cx: &FormatCtx) {
        // An inactive definition has no use for a relabel request without
        // a label.
        if cx.inactive && self.label.is_none() && self.relabel {
            return;
        }
        let s = w.start("seclabel").attr_opt("model", self.model.as_deref());
        let s = if self.labelskip {
            s.attr("labelskip", "yes")
        } else {
            s.attr("relabel", crate::conf::xml::yes_no(self.relabel))
        };
        match &self.label {
            Some(l) => {
                s.open();
                w.leaf("label", l);
                w.end("seclabel");
            }
            None => s.empty(),
        }
    }
}

/// What a device's override needs to know of a domain-level
/// `<seclabel>`: its model and whether it relabels resources.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DomainLabel {
    pub model: Option<String>,
    pub relabel: bool,
}

impl DomainLabel {
    /// libvirt's reading of a domain `<seclabel>` kept as given: relabel
    /// as written, else off for static and none labels; the `none` model
    /// never relabels.
    pub fn from_kept(k: &crate::conf::domain::Kept) -> DomainLabel {
        let model = k.attr("model").map(str::to_string);
        let relabel = match k.attr("relabel") {
            Some("yes") => true,
            Some("no") => false,
            _ => !matches!(k.attr("type"), Some("static" | "none")),
        };
        DomainLabel {
            relabel: relabel && model.as_deref() != Some("none"),
            model,
        }
    }
}
