//! `<clock>`: its offset's attributes and the guest timers, read with
//! libvirt's checks and kept in the form libvirt writes.

use super::super::xml::{number, yes_no, Node, Opts};
use super::{unsupported, xml_err, ClockOffset, Kept};
use crate::error::{Error, Result};
use oxvirt_abi::{virErrorDomain, virErrorNumber};

crate::xml_enum! {
    /// `virDomainTimerName`.
    pub enum TimerName {
        Platform = "platform", Pit = "pit", Rtc = "rtc", Hpet = "hpet", Tsc = "tsc",
        Kvmclock = "kvmclock", Hypervclock = "hypervclock", Armvtimer = "armvtimer",
    }
}

crate::xml_enum! {
    pub enum TickPolicy { None = "none", Delay = "delay", Catchup = "catchup", Merge = "merge", Discard = "discard" }
}

crate::xml_enum! {
    pub enum TimerTrack { None = "none", Boot = "boot", Guest = "guest", Wall = "wall", Realtime = "realtime" }
}

crate::xml_enum! {
    pub enum TimerMode {
        None = "none", Auto = "auto", Native = "native", Emulate = "emulate",
        Paravirt = "paravirt", Smpsafe = "smpsafe",
    }
}

crate::xml_enum! {
    pub enum ClockBasis { Utc = "utc", Localtime = "localtime" }
}

fn internal(detail: &str) -> Error {
    Error::new(
        virErrorDomain::VIR_FROM_DOMAIN,
        virErrorNumber::VIR_ERR_INTERNAL_ERROR,
        Some(detail),
    )
}

fn element(name: &str, attrs: Vec<(&str, String)>, children: Vec<Kept>) -> Kept {
    Kept {
        name: name.to_owned(),
        attrs: attrs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect(),
        text: None,
        children,
    }
}

/// One `<timer>`, checked as libvirt checks it after reading.
fn timer(n: Node) -> Result<Kept> {
    let name: TimerName = n.prop_required("name")?;
    let present = n.prop::<bool>("present")?;
    let nonzero = Opts::NONE.nonzero();
    let tickpolicy = n.prop_with::<TickPolicy>("tickpolicy", nonzero)?;
    let track = n.prop_with::<TimerTrack>("track", nonzero)?;
    let frequency = n.prop::<u64>("frequency")?.filter(|f| *f != 0);
    let mode = n.prop_with::<TimerMode>("mode", nonzero)?;
    let mut catchup = Vec::new();
    if let Some(c) = n.child("catchup") {
        for a in ["threshold", "slew", "limit"] {
            if let Some(v) = c.prop::<u64>(a)?.filter(|v| *v != 0) {
                catchup.push((a, v.to_string()));
            }
        }
    }
    let tname = name.name();
    if matches!(name, TimerName::Kvmclock | TimerName::Hypervclock) && tickpolicy.is_some() {
        return Err(unsupported(&format!(
            "timer {tname} doesn't support setting of timer tickpolicy"
        )));
    }
    if tickpolicy != Some(TickPolicy::Catchup) && !catchup.is_empty() {
        return Err(xml_err(
            "setting of timer catchup policies is only supported with tickpolicy='catchup'",
        ));
    }
    if name != TimerName::Tsc {
        if frequency.is_some() {
            return Err(unsupported(&format!(
                "timer {tname} doesn't support setting of timer frequency"
            )));
        }
        if mode.is_some() {
            return Err(unsupported(&format!(
                "timer {tname} doesn't support setting of timer mode"
            )));
        }
    }
    if !matches!(name, TimerName::Platform | TimerName::Rtc) && track.is_some() {
        return Err(unsupported(&format!(
            "timer {tname} doesn't support setting of timer track"
        )));
    }
    let mut attrs = vec![("name", tname.to_owned())];
    if let Some(p) = present {
        attrs.push(("present", yes_no(p).to_owned()));
    }
    if let Some(t) = tickpolicy {
        attrs.push(("tickpolicy", t.name().to_owned()));
    }
    if let Some(t) = track {
        attrs.push(("track", t.name().to_owned()));
    }
    if name == TimerName::Tsc {
        if let Some(f) = frequency {
            attrs.push(("frequency", f.to_string()));
        }
        if let Some(m) = mode {
            attrs.push(("mode", m.name().to_owned()));
        }
    }
    let children = if catchup.is_empty() {
        Vec::new()
    } else {
        vec![element("catchup", catchup, Vec::new())]
    };
    Ok(element("timer", attrs, children))
}

/// The `<clock>` of domain element `d` as libvirt writes it, with the
/// offset it ends up with (a numeric adjustment of a UTC or local time
/// clock makes it variable).
pub fn parse(d: Node) -> Result<(ClockOffset, Kept)> {
    let c = d.child("clock");
    let mut offset = match c.and_then(|c| c.attr("offset")) {
        None => ClockOffset::Utc,
        Some(o) => ClockOffset::from_name(o)
            .ok_or_else(|| unsupported(&format!("unknown clock offset '{o}'")))?,
    };
    let attr = |name: &str| c.and_then(|c| c.attr(name)).filter(|v| !v.is_empty());
    let mut attrs: Vec<(&str, String)> = Vec::new();
    let variable = |adjustment: i64, basis: ClockBasis| {
        vec![
            ("adjustment", adjustment.to_string()),
            ("basis", basis.name().to_owned()),
        ]
    };
    match offset {
        ClockOffset::Utc | ClockOffset::Localtime => match attr("adjustment") {
            None => {}
            Some("reset") => attrs.push(("adjustment", "reset".to_owned())),
            Some(a) => {
                let adj = number::to_i64(a, 10)
                    .ok_or_else(|| xml_err(&format!("unknown clock adjustment '{a}'")))?;
                let basis = if offset == ClockOffset::Utc {
                    ClockBasis::Utc
                } else {
                    ClockBasis::Localtime
                };
                offset = ClockOffset::Variable;
                attrs = variable(adj, basis);
            }
        },
        ClockOffset::Variable => {
            let adj = attr("adjustment")
                .and_then(|a| number::to_i64(a, 10))
                .unwrap_or(0);
            let basis = match attr("basis") {
                None => ClockBasis::Utc,
                Some(b) => ClockBasis::from_name(b)
                    .ok_or_else(|| unsupported(&format!("unknown clock basis '{b}'")))?,
            };
            attrs = variable(adj, basis);
        }
        ClockOffset::Timezone => {
            let tz = attr("timezone").ok_or_else(|| {
                internal("missing 'timezone' attribute for clock with offset='timezone'")
            })?;
            attrs.push(("timezone", tz.to_owned()));
        }
        ClockOffset::Absolute => {
            let start = attr("start")
                .and_then(|s| number::to_u64_p(s, 10))
                .ok_or_else(|| {
                    internal("missing 'start' attribute for clock with offset='absolute'")
                })?;
            attrs.push(("start", start.to_string()));
        }
    }
    let timers = match c {
        None => Vec::new(),
        Some(c) => c.children("timer").map(timer).collect::<Result<_>>()?,
    };
    attrs.insert(0, ("offset", offset.name().to_owned()));
    Ok((offset, element("clock", attrs, timers)))
}
