//! libvirt's rule that a boot position names one device
//! (`virDomainDefCollectBootOrder`), over every device that has one.

use super::super::unsupported;
use super::{Device, Devices};
use crate::error::Result;
use std::collections::HashSet;

/// The `<boot order>` of a device, typed or kept as given.
fn order(d: &Device) -> Option<String> {
    match d {
        Device::Other(_, k) => k.child("boot").and_then(|b| b.attr("order")).map(|o| {
            crate::conf::xml::number::to_u32_p(o, 10).map_or(o.to_string(), |n| n.to_string())
        }),
        d => d.info()?.boot.as_ref().map(|b| b.order.to_string()),
    }
}

pub(super) fn check(devs: &Devices) -> Result<()> {
    let mut seen = HashSet::new();
    for o in devs.iter().filter_map(order) {
        if !seen.insert(o.clone()) {
            return Err(unsupported(&format!(
                "boot order '{o}' used for more than one device"
            )));
        }
    }
    Ok(())
}
