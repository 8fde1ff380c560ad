//! `<cputune>`: read with libvirt's checks and rewritten the way libvirt
//! writes it back (values in its order, pins and schedulers one per vCPU
//! or I/O thread, node sets canonical). The result stays a [`Kept`]
//! element, which the test driver's pinning calls edit.

use super::super::xml::{number, Node, Opts};
use super::bitmap::Bitmap;
use super::numatune::parse_nodeset;
use super::{unsupported, xml_err, IoThreads, Kept};
use crate::error::{Error, Result};
use oxvirt_abi::{virErrorDomain, virErrorNumber};

crate::xml_enum! {
    /// `virProcessSchedPolicy`.
    pub enum SchedPolicy { None = "none", Batch = "batch", Idle = "idle", Fifo = "fifo", Rr = "rr" }
}

fn internal(detail: &str) -> Error {
    Error::new(
        virErrorDomain::VIR_FROM_DOMAIN,
        virErrorNumber::VIR_ERR_INTERNAL_ERROR,
        Some(detail),
    )
}

fn element(name: &str, attrs: Vec<(&str, String)>, text: Option<String>) -> Kept {
    Kept {
        name: name.to_owned(),
        attrs: attrs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect(),
        text,
        children: Vec::new(),
    }
}

/// A `cpuset` that must name at least one CPU.
fn cpuset(n: Node, what: &str) -> Result<Bitmap> {
    let s = n
        .attr("cpuset")
        .ok_or_else(|| internal(&format!("missing cpuset for {what}")))?;
    let set = parse_nodeset(s)?;
    if set.is_empty() {
        return Err(unsupported(&format!("Invalid value of 'cpuset': {s}")));
    }
    Ok(set)
}

/// A scheduler: policy and, for the real-time ones, priority.
type Sched = (SchedPolicy, Option<i32>);

fn sched_attrs(n: Node) -> Result<Sched> {
    let policy: SchedPolicy = n
        .prop_with("scheduler", Opts::REQUIRED.nonzero())?
        .unwrap_or(SchedPolicy::None);
    let priority = match policy {
        SchedPolicy::Fifo | SchedPolicy::Rr => Some(n.prop_required::<i32>("priority")?),
        _ => None,
    };
    Ok((policy, priority))
}

/// The `<vcpusched>`/`<iothreadsched>` elements of `ct`: which threads
/// (from attribute `attr`) get which scheduler; `find` refuses ids that
/// do not exist.
fn scheds(
    ct: Node,
    element: &str,
    attr: &str,
    find: impl Fn(u32) -> Result<()>,
) -> Result<Vec<(u32, Sched)>> {
    let mut out: Vec<(u32, Sched)> = Vec::new();
    for n in ct.children(element) {
        let s = n.attr(attr).ok_or_else(|| {
            xml_err(&format!(
                "Missing attribute '{attr}' in element '{element}'"
            ))
        })?;
        let ids = parse_nodeset(s)?;
        if ids.is_empty() {
            return Err(unsupported(&format!(
                "'{attr}' scheduler bitmap '{s}' is empty"
            )));
        }
        let sched = sched_attrs(n)?;
        for id in ids.0 {
            find(id)?;
            if out.iter().any(|(i, _)| *i == id) {
                return Err(Error::new(
                    virErrorDomain::VIR_FROM_DOMAIN,
                    virErrorNumber::VIR_ERR_XML_DETAIL,
                    Some(&format!("'{element}' attributes '{attr}' must not overlap")),
                ));
            }
            out.push((id, sched));
        }
    }
    Ok(out)
}

fn sched_element(name: &str, ids_attr: Option<(&str, u32)>, (policy, prio): Sched) -> Kept {
    let mut attrs = Vec::new();
    if let Some((a, id)) = ids_attr {
        attrs.push((a, id.to_string()));
    }
    attrs.push(("scheduler", policy.name().to_owned()));
    if let Some(p) = prio {
        attrs.push(("priority", p.to_string()));
    }
    element(name, attrs, None)
}

/// The values of `<cputune>`, in libvirt's order: name, signed, message.
const VALUES: [(&str, bool, &str); 9] = [
    ("shares", false, "shares value"),
    ("period", false, "period value"),
    ("quota", true, "quota value"),
    ("global_period", false, "global period value"),
    ("global_quota", true, "global quota value"),
    ("emulator_period", false, "emulator period value"),
    ("emulator_quota", true, "emulator quota value"),
    ("iothread_period", false, "iothread period value"),
    ("iothread_quota", true, "iothread quota value"),
];

/// The canonical `<cputune>` of domain element `d`, `None` when it says
/// nothing; `vcpus` is the maximum vCPU count.
pub fn parse(d: Node, vcpus: u32, iothreads: &IoThreads) -> Result<Option<Kept>> {
    let Some(ct) = d.child("cputune") else {
        return Ok(None);
    };
    let mut children = Vec::new();
    for (name, signed, what) in VALUES {
        let Some(s) = ct.child_string(name) else {
            continue;
        };
        let bad = || xml_err(&format!("can't parse cputune {what}"));
        let text = if signed {
            let v = number::to_i64(&s, 10).ok_or_else(bad)?;
            (v != 0).then(|| v.to_string())
        } else {
            let v = number::to_u64_p(&s, 10).ok_or_else(bad)?;
            // Shares are written whenever given, even 0.
            (v != 0 || name == "shares").then(|| v.to_string())
        };
        if let Some(t) = text {
            children.push(element(name, Vec::new(), Some(t)));
        }
    }

    let mut vcpupins: Vec<(u32, Bitmap)> = Vec::new();
    for n in ct.children("vcpupin") {
        let vcpu: u32 = n.prop_required("vcpu")?;
        if vcpu >= vcpus {
            // libvirt ignores pins of vCPUs the domain does not have.
            continue;
        }
        let s = n
            .attr("cpuset")
            .ok_or_else(|| internal("missing cpuset for vcpupin"))?;
        if vcpupins.iter().any(|(v, _)| *v == vcpu) {
            return Err(internal(&format!("duplicate vcpupin for vcpu '{vcpu}'")));
        }
        let set = parse_nodeset(s)?;
        if set.is_empty() {
            return Err(unsupported(&format!("Invalid value of 'cpuset': {s}")));
        }
        vcpupins.push((vcpu, set));
    }
    vcpupins.sort_by_key(|(v, _)| *v);

    let mut emulatorpin = None;
    let mut emulators = ct.children("emulatorpin");
    if let Some(n) = emulators.next() {
        if emulators.next().is_some() {
            return Err(xml_err("only one emulatorpin is supported"));
        }
        emulatorpin = Some(cpuset(n, "emulatorpin")?);
    }

    let mut iothreadpins: Vec<(u32, Bitmap)> = Vec::new();
    for n in ct.children("iothreadpin") {
        let id = n
            .prop_with::<u32>("iothread", Opts::REQUIRED.nonzero())?
            .unwrap_or(0);
        if iothreads.find(id).is_none() {
            return Err(unsupported(&format!("Cannot find 'iothread' : {id}")));
        }
        let set = cpuset(n, "iothreadpin")?;
        if iothreadpins.iter().any(|(i, _)| *i == id) {
            return Err(internal(&format!(
                "duplicate iothreadpin for same iothread '{id}'"
            )));
        }
        iothreadpins.push((id, set));
    }

    let vcpuscheds = scheds(ct, "vcpusched", "vcpus", |v| {
        if v < vcpus {
            Ok(())
        } else {
            Err(unsupported(&format!(
                "vCPU '{v}' is not present in domain definition"
            )))
        }
    })?;
    let ioscheds = scheds(ct, "iothreadsched", "iothreads", |id| {
        iothreads
            .find(id)
            .map(|_| ())
            .ok_or_else(|| unsupported(&format!("Cannot find 'iothread' : {id}")))
    })?;
    let mut emulatorsched = None;
    let mut es = ct.children("emulatorsched");
    if let Some(n) = es.next() {
        if es.next().is_some() {
            return Err(xml_err("only one emulatorsched is supported"));
        }
        emulatorsched = Some(sched_attrs(n)?);
    }

    for (v, set) in &vcpupins {
        children.push(element(
            "vcpupin",
            vec![("vcpu", v.to_string()), ("cpuset", set.to_string())],
            None,
        ));
    }
    if let Some(set) = emulatorpin {
        children.push(element(
            "emulatorpin",
            vec![("cpuset", set.to_string())],
            None,
        ));
    }
    for t in &iothreads.ids {
        if let Some((_, set)) = iothreadpins.iter().find(|(i, _)| *i == t.id) {
            children.push(element(
                "iothreadpin",
                vec![("iothread", t.id.to_string()), ("cpuset", set.to_string())],
                None,
            ));
        }
    }
    let real = |s: &Sched| s.0 != SchedPolicy::None;
    if let Some(s) = emulatorsched.filter(real) {
        children.push(sched_element("emulatorsched", None, s));
    }
    let mut vcpuscheds = vcpuscheds;
    vcpuscheds.sort_by_key(|(v, _)| *v);
    for (v, s) in vcpuscheds {
        children.push(sched_element("vcpusched", Some(("vcpus", v)), s));
    }
    for t in &iothreads.ids {
        if let Some((_, s)) = ioscheds.iter().find(|(i, _)| *i == t.id) {
            children.push(sched_element(
                "iothreadsched",
                Some(("iothreads", t.id)),
                *s,
            ));
        }
    }
    children.extend(resctrl(ct, vcpus)?);
    validate_values(&children)?;
    Ok((!children.is_empty()).then(|| Kept {
        name: "cputune".to_owned(),
        attrs: Vec::new(),
        text: None,
        children,
    }))
}

/// `<cachetune>`s then `<memorytune>`s, kept as given but for what libvirt
/// changes: vCPUs the domain lacks are dropped (and an element left with
/// none), the `id` of a running domain's group is not kept, bandwidths
/// come before monitors, and memory tunings follow the order of the
/// groups (cache tunings' first).
fn resctrl(ct: Node, vcpus: u32) -> Result<Vec<Kept>> {
    let mut out: Vec<Kept> = Vec::new();
    let mut groups: Vec<String> = Vec::new();
    let mut memory: Vec<(usize, Kept)> = Vec::new();
    for (i, n) in ct
        .elements()
        .filter(|n| matches!(n.name(), "cachetune" | "memorytune"))
        .enumerate()
    {
        let name = n.name();
        let s = n
            .attr("vcpus")
            .ok_or_else(|| xml_err(&format!("Missing {name} attribute 'vcpus'")))?;
        let set = parse_nodeset(s)
            .map_err(|_| xml_err(&format!("Invalid {name} attribute 'vcpus' value '{s}'")))?;
        let set = Bitmap(set.0.into_iter().filter(|v| *v < vcpus).collect());
        if set.is_empty() {
            continue;
        }
        let mut k = Kept::from_node(n);
        k.attrs.retain(|(a, _)| a != "id");
        let text = set.to_string();
        if let Some(v) = k.attrs.iter_mut().find(|(a, _)| a == "vcpus") {
            v.1 = text.clone();
        }
        if name == "cachetune" {
            groups.push(text);
            out.push(k);
        } else {
            k.children.sort_by_key(|c| c.name != "node");
            let rank = groups
                .iter()
                .position(|g| *g == text)
                .unwrap_or(usize::MAX / 2 + i);
            memory.push((rank, k));
        }
    }
    memory.sort_by_key(|(r, _)| *r);
    out.extend(memory.into_iter().map(|(_, k)| k));
    Ok(out)
}

/// libvirt's ranges for the `<cputune>` values (those set, that is
/// positive).
fn validate_values(children: &[Kept]) -> Result<()> {
    const PERIOD: (i128, i128) = (1000, 1_000_000);
    const QUOTA: (i128, i128) = (1000, 17_592_186_044_415);
    for (name, (lo, hi)) in [
        ("shares", (2, 262_144)),
        ("period", PERIOD),
        ("global_period", PERIOD),
        ("emulator_period", PERIOD),
        ("iothread_period", PERIOD),
        ("quota", QUOTA),
        ("global_quota", QUOTA),
        ("emulator_quota", QUOTA),
        ("iothread_quota", QUOTA),
    ] {
        let value = children
            .iter()
            .find(|k| k.name == name)
            .and_then(|k| k.text.as_deref())
            .and_then(|t| t.parse::<i128>().ok())
            .unwrap_or(0);
        if value > 0 && !(lo..=hi).contains(&value) {
            return Err(unsupported(&format!(
                "Value of cputune '{name}' must be in range [{lo}, {hi}]"
            )));
        }
    }
    Ok(())
}
