//! The per-device boot order (`<boot order>`) as libvirt checks it after
//! parsing (`virDomainDefBootOrderPostParse`).

use super::super::unsupported;
use super::{Device, Devices, Kind};
use crate::error::Result;

/// The kinds that take `<boot order>`, in the order libvirt visits them.
const BOOTABLE: [Kind; 5] = [
    Kind::Disk,
    Kind::Interface,
    Kind::Hostdev,
    Kind::Filesystem,
    Kind::Redirdev,
];

impl Device {
    /// The device's boot position, typed or not.
    pub fn boot_order(&self) -> Option<u32> {
        match self {
            Device::Other(k, kept) if BOOTABLE.contains(k) => kept
                .child_attr("boot", "order")
                .and_then(|o| crate::conf::xml::number::to_u32_p(o, 10))
                .filter(|o| *o != 0),
            d => d.info()?.boot.as_ref().map(|b| b.order),
        }
    }
}

impl Devices {
    /// Refuses a boot position used twice, and per-device boot positions
    /// together with `<os><boot dev>` (`os_boot`).
    pub fn check_boot_orders(&self, os_boot: bool) -> Result<()> {
        let mut seen = Vec::new();
        for kind in BOOTABLE {
            for order in self.of_kind(kind).filter_map(Device::boot_order) {
                if seen.contains(&order) {
                    return Err(unsupported(&format!(
                        "boot order '{order}' used for more than one device"
                    )));
                }
                seen.push(order);
            }
        }
        if os_boot && !seen.is_empty() {
            return Err(unsupported(
                "per-device boot elements cannot be used together with os/boot elements",
            ));
        }
        Ok(())
    }
}
