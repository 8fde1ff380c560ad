//! `<features>`: kept as given but put in libvirt's canonical form —
//! features in libvirt's order, the defaults it writes out (a switch's
//! `state='on'`, Hyper-V's `mode='custom'`), sizes in the units it writes.

use super::super::xml::{parse_scaled, Writer};
use super::Kept;
use crate::error::Result;

/// libvirt's features, in the order it writes them.
const ORDER: [&str; 26] = [
    "acpi",
    "apic",
    "pae",
    "hap",
    "viridian",
    "privnet",
    "hyperv",
    "kvm",
    "pvspinlock",
    "capabilities",
    "pmu",
    "vmport",
    "gic",
    "smm",
    "ioapic",
    "hpt",
    "vmcoreinfo",
    "htm",
    "nested-hv",
    "msrs",
    "ccf-assist",
    "xen",
    "cfpc",
    "sbbc",
    "ibs",
    "tcg",
];

/// Features written with an explicit `state`, `on` when not given.
const SWITCHES: [&str; 9] = [
    "vmcoreinfo",
    "hap",
    "pmu",
    "pvspinlock",
    "vmport",
    "htm",
    "nested-hv",
    "ccf-assist",
    "smm",
];

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Features(pub Kept);

/// libvirt's `virFormatIntPretty`: the largest binary unit that divides
/// `bytes` exactly.
fn pretty(bytes: u64) -> (u64, &'static str) {
    const UNITS: [&str; 6] = ["KiB", "MiB", "GiB", "TiB", "PiB", "EiB"];
    if bytes == 0 || !bytes.is_multiple_of(1024) {
        return (bytes, "B");
    }
    let mut value = bytes / 1024;
    let mut unit = UNITS[0];
    for u in &UNITS[1..] {
        if !value.is_multiple_of(1024) {
            break;
        }
        value /= 1024;
        unit = u;
    }
    (value, unit)
}

fn set_attr_first(k: &mut Kept, name: &str, value: &str) {
    if k.attr(name).is_none() {
        k.attrs.insert(0, (name.to_owned(), value.to_owned()));
    }
}

/// A size child re-written in `unit` (`KiB`) or in the largest exact unit.
fn rescale(k: &mut Kept, child: &str, default_scale: u64, in_kib: bool) -> Result<()> {
    let Some(c) = k.children.iter_mut().find(|c| c.name == child) else {
        return Ok(());
    };
    let Some(bytes) = parse_scaled(
        c.text.as_deref(),
        c.attr("unit"),
        &format!("./features/{}/{child}", k.name),
        default_scale,
        u64::MAX,
        false,
    )?
    else {
        return Ok(());
    };
    let (value, unit) = if in_kib {
        (bytes.div_ceil(1024), "KiB")
    } else {
        pretty(bytes)
    };
    c.attrs = vec![("unit".to_owned(), unit.to_owned())];
    c.text = Some(value.to_string());
    Ok(())
}

impl Features {
    pub fn parse(n: super::super::xml::Node) -> Result<Features> {
        let mut k = Kept::from_node(n);
        let rank = |c: &Kept| {
            ORDER
                .iter()
                .position(|o| *o == c.name)
                .unwrap_or(ORDER.len())
        };
        k.children.sort_by_key(rank);
        for c in &mut k.children {
            if SWITCHES.contains(&c.name.as_str()) {
                set_attr_first(c, "state", "on");
            }
            match c.name.as_str() {
                "hyperv" => set_attr_first(c, "mode", "custom"),
                "smm" if c.attr("state") == Some("on") => rescale(c, "tseg", 1 << 20, false)?,
                "hpt" => rescale(c, "maxpagesize", 1024, true)?,
                _ => {}
            }
        }
        Ok(Features(k))
    }

    pub fn format(&self, w: &mut Writer) {
        w.start("features").open();
        for c in &self.0.children {
            // Hyper-V's element is always written open, even empty.
            if c.name == "hyperv" && c.children.is_empty() && c.text.is_none() {
                let mut s = w.start("hyperv");
                for (k, v) in &c.attrs {
                    s = s.attr(k, v);
                }
                s.open();
                w.end("hyperv");
            } else {
                c.write(w);
            }
        }
        w.end("features");
    }
}
