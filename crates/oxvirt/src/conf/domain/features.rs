//! `<features>`: kept as given but put in libvirt's canonical form —
//! features in libvirt's order, the defaults it writes out (a switch's
//! `state='on'`, Hyper-V's `mode='custom'`), sizes in the units it writes.

use super::super::xml::{error::missing_attr, parse_scaled, Writer};
use super::{unsupported, Kept};
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
const SWITCHES: [&str; 6] = ["vmcoreinfo", "hap", "pmu", "pvspinlock", "vmport", "smm"];

/// Features whose `state` must be given.
const REQUIRED_SWITCHES: [&str; 3] = ["htm", "nested-hv", "ccf-assist"];

/// Old-style features: present means on, whatever they say.
const BOOLEANS: [&str; 4] = ["acpi", "pae", "viridian", "privnet"];

/// Hyper-V enlightenments and KVM features, in libvirt's order.
const HYPERV: [&str; 15] = [
    "relaxed",
    "vapic",
    "spinlocks",
    "vpindex",
    "runtime",
    "synic",
    "stimer",
    "reset",
    "vendor_id",
    "frequencies",
    "reenlightenment",
    "tlbflush",
    "ipi",
    "evmcs",
    "avic",
];
const KVM: [&str; 5] = [
    "hidden",
    "hint-dedicated",
    "poll-control",
    "pv-ipi",
    "dirty-ring",
];

/// Features written open and closed even when empty.
const ALWAYS_OPEN: [&str; 3] = ["hyperv", "kvm", "xen"];

/// Sorts `k`'s children by `order`, refusing others with `unknown`.
fn order_children(k: &mut Kept, order: &[&str], unknown: &str) -> Result<()> {
    if let Some(c) = k
        .children
        .iter()
        .find(|c| !order.contains(&c.name.as_str()))
    {
        return Err(unsupported(&format!("{unknown}: {}", c.name)));
    }
    k.children.sort_by_key(|c| {
        order
            .iter()
            .position(|o| *o == c.name)
            .unwrap_or(order.len())
    });
    Ok(())
}

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
        if let Some(c) = k
            .children
            .iter()
            .find(|c| !ORDER.contains(&c.name.as_str()))
        {
            return Err(unsupported(&format!("unexpected feature '{}'", c.name)));
        }
        let rank = |c: &Kept| {
            ORDER
                .iter()
                .position(|o| *o == c.name)
                .unwrap_or(ORDER.len())
        };
        k.children.sort_by_key(rank);
        for c in &mut k.children {
            let name = c.name.clone();
            if SWITCHES.contains(&name.as_str()) {
                set_attr_first(c, "state", "on");
            }
            if REQUIRED_SWITCHES.contains(&name.as_str()) && c.attr("state").is_none() {
                return Err(missing_attr(&name, "state"));
            }
            if BOOLEANS.contains(&name.as_str()) {
                c.attrs.clear();
            }
            match name.as_str() {
                "hyperv" => {
                    set_attr_first(c, "mode", "custom");
                    order_children(c, &HYPERV, "unsupported HyperV Enlightenment feature")?;
                }
                "kvm" => order_children(c, &KVM, "unsupported KVM feature")?,
                "smm" if c.attr("state") == Some("on") => rescale(c, "tseg", 1 << 20, false)?,
                "smm" => c.children.clear(),
                "hpt" => rescale(c, "maxpagesize", 1024, true)?,
                "tcg" => rescale(c, "tb-cache", 1024, true)?,
                "capabilities" if c.children.is_empty() => {
                    c.attrs.retain(|(a, v)| !(a == "policy" && v == "default"));
                }
                "capabilities" => set_attr_first(c, "policy", "default"),
                _ => {}
            }
        }
        // A capabilities element saying nothing is not written.
        k.children
            .retain(|c| !(c.name == "capabilities" && c.attrs.is_empty() && c.children.is_empty()));
        Ok(Features(k))
    }

    pub fn format(&self, w: &mut Writer) {
        w.start("features").open();
        for c in &self.0.children {
            // Hyper-V's, KVM's and Xen's elements are always written
            // open, even empty.
            if ALWAYS_OPEN.contains(&c.name.as_str()) && c.children.is_empty() && c.text.is_none() {
                let mut s = w.start(&c.name);
                for (k, v) in &c.attrs {
                    s = s.attr(k, v);
                }
                s.open();
                w.end(&c.name);
            } else {
                c.write(w);
            }
        }
        w.end("features");
    }
}
