//! `<seclabel>` inside a device's `<source>` (libvirt's
//! `virSecurityDeviceLabelDef`): a per-device override of one security
//! driver's label.

use super::super::{err, unsupported, xml_err};
use super::{Device, Devices, FormatCtx, ParseCtx};
use crate::conf::xml::{Node, Writer};
use crate::error::Result;
use oxvirt_abi::virErrorNumber;

/// libvirt keeps a label only when it fits its label buffer
/// (`VIR_SECURITY_LABEL_BUFLEN` less the terminator).
const LABEL_MAX: usize = 4096;
/// The same for a model name (`VIR_SECURITY_MODEL_BUFLEN`).
const MODEL_MAX: usize = 256;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeviceSeclabel {
    pub model: Option<String>,
    /// `relabel`, yes when absent.
    pub relabel: bool,
    /// `labelskip`, read from live definitions only.
    pub labelskip: bool,
    pub label: Option<String>,
}

impl DeviceSeclabel {
    /// Every `<seclabel>` child of `n`.
    pub fn parse_all(n: Node, cx: &ParseCtx) -> Result<Vec<DeviceSeclabel>> {
        let mut out: Vec<DeviceSeclabel> = Vec::new();
        for s in n.children("seclabel") {
            let model = s.attr("model").map(str::to_string);
            if let Some(m) = &model {
                if out.iter().any(|o| o.model.as_ref() == Some(m)) {
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
                .child("label")
                .map(|l| l.text().into_owned())
                .filter(|l| !l.is_empty() && l.len() <= LABEL_MAX);
            if label.is_some() && !relabel {
                return Err(xml_err(&format!(
                    "Cannot specify a label if relabelling is turned off. model={}",
                    model.as_deref().unwrap_or("<null>")
                )));
            }
            out.push(DeviceSeclabel {
                model,
                relabel,
                labelskip,
                label,
            });
        }
        Ok(out)
    }

    pub fn format(&self, w: &mut Writer, cx: &FormatCtx) {
        // The persistent form leaves out what says nothing: relabelling
        // with no label of its own.
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
                w.leaf("label", l.as_str());
                w.end("seclabel");
            }
            None => s.empty(),
        }
    }
}

/// libvirt refuses a device's label override for a security model whose
/// domain-level `<seclabel>` (of `domain`) does not relabel.
pub fn check_label_overrides(devs: &Devices, domain: Node) -> Result<()> {
    let fixed: Vec<Option<&str>> = domain
        .children("seclabel")
        .filter(|s| !domain_relabels(*s))
        .map(domain_model)
        .collect();
    if fixed.is_empty() {
        return Ok(());
    }
    for d in devs.iter() {
        let Device::Chr(c) = d else { continue };
        if c.source
            .seclabels
            .iter()
            .any(|l| fixed.contains(&l.model.as_deref()))
        {
            return Err(unsupported(
                "label overrides require relabeling to be enabled at the domain level",
            ));
        }
    }
    Ok(())
}

/// The model of a domain-level label, as libvirt keeps it (too long a
/// name is dropped).
fn domain_model<'a>(s: Node<'a, '_>) -> Option<&'a str> {
    s.attr("model").filter(|m| m.len() <= MODEL_MAX)
}

/// Whether a domain-level label relabels: as given, else unless it is
/// static or none; model `none` never does (inactive definitions).
fn domain_relabels(s: Node) -> bool {
    if domain_model(s) == Some("none") {
        return false;
    }
    match s.attr("relabel") {
        Some("yes") => true,
        Some("no") => false,
        _ => !matches!(s.attr("type"), Some("static" | "none")),
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
