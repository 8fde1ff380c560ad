//! `<perf>`: which perf events are monitored, read with libvirt's checks
//! and kept in its order of events (which the test driver's perf calls
//! then edit).

use super::super::xml::{error::invalid_attr, yes_no, Node, Opts};
use super::{xml_err, Kept};
use crate::error::Result;

/// libvirt's perf events (`virPerfEventType`), in order.
pub const EVENTS: [&str; 22] = [
    "cmt",
    "mbmt",
    "mbml",
    "cpu_cycles",
    "instructions",
    "cache_references",
    "cache_misses",
    "branch_instructions",
    "branch_misses",
    "bus_cycles",
    "stalled_cycles_frontend",
    "stalled_cycles_backend",
    "ref_cpu_cycles",
    "cpu_clock",
    "task_clock",
    "page_faults",
    "context_switches",
    "cpu_migrations",
    "page_faults_min",
    "page_faults_maj",
    "alignment_faults",
    "emulation_faults",
];

/// The canonical `<perf>` of domain element `d`, `None` without events.
pub fn parse(d: Node) -> Result<Option<Kept>> {
    let mut states: [Option<bool>; EVENTS.len()] = [None; EVENTS.len()];
    for e in d.children("perf").flat_map(|p| p.children("event")) {
        let name = e
            .attr("name")
            .ok_or_else(|| super::super::xml::error::missing_attr("event", "name"))?;
        let i = EVENTS
            .iter()
            .position(|n| *n == name)
            .ok_or_else(|| invalid_attr("event", "name", name, "."))?;
        let enabled = e
            .prop_with::<bool>("enabled", Opts::REQUIRED)?
            .unwrap_or(false);
        if states[i].is_some() {
            return Err(xml_err(&format!(
                "perf event '{name}' was already specified"
            )));
        }
        states[i] = Some(enabled);
    }
    let children: Vec<Kept> = EVENTS
        .iter()
        .zip(states)
        .filter_map(|(name, s)| {
            s.map(|on| Kept {
                name: "event".to_owned(),
                attrs: vec![
                    ("name".to_owned(), (*name).to_owned()),
                    ("enabled".to_owned(), yes_no(on).to_owned()),
                ],
                text: None,
                children: Vec::new(),
            })
        })
        .collect();
    Ok((!children.is_empty()).then(|| Kept {
        name: "perf".to_owned(),
        attrs: Vec::new(),
        text: None,
        children,
    }))
}
