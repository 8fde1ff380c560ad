//! libvirt's check that user aliases (`ua-…`) name one device each
//! (`virDomainDefValidateAliases`), run once every device is validated.

use super::super::unsupported;
use super::chr::Chr;
use super::chr_rules;
use super::{Device, Devices, Kind};
use crate::error::Result;
use std::collections::HashSet;

pub(super) fn validate(devs: &Devices) -> Result<()> {
    // When the first console stands for the first serial port, libvirt
    // leaves out the serial port and any character device equal to it:
    // the pair is one device seen twice.
    let first = |kind| match devs.of_kind(kind).next() {
        Some(Device::Chr(c)) => Some(c.as_ref()),
        _ => None,
    };
    let twin: Option<&Chr> = first(Kind::Serial)
        .filter(|_| first(Kind::Console).is_some_and(chr_rules::stands_for_serial));
    let mut seen = HashSet::new();
    for d in devs.iter() {
        let Some(alias) = d.info().and_then(|i| i.alias.as_deref()) else {
            continue;
        };
        if !alias.starts_with("ua-") {
            continue;
        }
        if let (Some(t), Device::Chr(c)) = (twin, d) {
            if chr_rules::equals(t, c) {
                continue;
            }
        }
        if !seen.insert(alias) {
            return Err(unsupported(&format!("non unique alias detected: {alias}")));
        }
    }
    Ok(())
}
