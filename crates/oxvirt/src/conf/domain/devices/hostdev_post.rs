//! libvirt's post-parse rules for host devices that look at the rest of
//! the domain: a SCSI host device without an address gets the first free
//! unit (on bus 0, target 0) of the first SCSI controller that has one,
//! and may not sit where a SCSI disk sits; a mediated device's address
//! must suit its model.

use super::super::xml_err;
use super::controller::{ControllerType, Model};
use super::hostdev_source::{MdevModel, Subsys, SubsysSource};
use super::implicit_controllers;
use super::{Address, Device, Devices, HostdevMode, Kind};
use crate::error::Result;
use std::collections::HashSet;

/// Units per SCSI controller without wide-bus support (the test driver
/// has none).
const NARROW_BUS_UNITS: u32 = 7;

pub(super) type Drive = (u32, u32, u32, u32);

fn drive(a: Option<&Address>) -> Option<Drive> {
    match a {
        Some(Address::Drive {
            controller,
            bus,
            target,
            unit,
        }) => Some((*controller, *bus, *target, *unit)),
        _ => None,
    }
}

/// Drive addresses of SCSI disks, whether disks are typed or not.
pub(super) fn scsi_disk_addresses(devs: &Devices) -> Vec<Drive> {
    devs.of_kind(Kind::Disk)
        .filter(|d| implicit_controllers::device_disk_bus(d) == Some("scsi"))
        .filter_map(|d| drive(d.address().as_ref()))
        .collect()
}

/// The unit limits of SCSI controller `index` (libvirt's table in
/// `virDomainSCSIDriveAddressIsUsed`): (highest unit, reserved unit).
fn unit_limits(devs: &Devices, index: u32) -> (Option<u32>, Option<u32>) {
    let model = devs.iter().find_map(|d| match d {
        Device::Controller(c)
            if c.kind == ControllerType::Scsi
                && i32::try_from(index).is_ok_and(|i| c.index == Some(i)) =>
        {
            Some(c.model)
        }
        _ => None,
    });
    let name = match model.flatten() {
        Some(Model::Scsi(m)) => Some(m.name()),
        _ => None,
    };
    match name {
        Some("virtio-scsi" | "virtio-transitional" | "virtio-non-transitional") => {
            (Some(16383), None)
        }
        Some("ibmvscsi") => (Some(31), Some(7)),
        Some("lsisas1068") => (Some(1), None),
        Some("lsisas1078") => (Some(255), None),
        Some("lsilogic" | "vmpvscsi" | "buslogic") => (None, Some(7)),
        Some("ncr53c90" | "dc390" | "am53c974") => (Some(6), None),
        _ => (None, None),
    }
}

pub(super) fn post_parse(devs: &mut Devices) -> Result<()> {
    let disks = scsi_disk_addresses(devs);
    let mut free = FreeUnits::new(devs, &disks);
    for i in 0..devs.list.len() {
        let Some(Device::Hostdev(h)) = devs.list.get(i) else {
            continue;
        };
        match &h.mode {
            HostdevMode::Subsys(Subsys {
                source: SubsysSource::Scsi { .. },
                ..
            }) => {
                let addr = match drive(h.info.address.as_ref()) {
                    Some(a) => a,
                    None if h.info.address.is_none() => free.take(devs),
                    // Another type of address is left alone, as libvirt
                    // leaves it, and refused by the validation that
                    // follows; it is not a drive address to compare.
                    None => continue,
                };
                if h.info.address.is_none() {
                    if let Some(Device::Hostdev(h)) = devs.list.get_mut(i) {
                        h.info.address = Some(Address::Drive {
                            controller: addr.0,
                            bus: addr.1,
                            target: addr.2,
                            unit: addr.3,
                        });
                    }
                }
                if disks.contains(&addr) {
                    return Err(xml_err(&format!(
                        "SCSI host address controller='{}' bus='{}' target='{}' unit='{}' in use by a SCSI disk",
                        addr.0, addr.1, addr.2, addr.3
                    )));
                }
            }
            HostdevMode::Subsys(Subsys {
                source: SubsysSource::Mdev { model, .. },
                ..
            }) => {
                let Some(a) = &h.info.address else { continue };
                let bad = match model {
                    MdevModel::Pci => !matches!(a, Address::Pci { .. }),
                    MdevModel::Ccw => !matches!(a, Address::Ccw { .. }),
                    MdevModel::Ap => false,
                };
                if bad {
                    return Err(xml_err(&format!(
                        "Unsupported address type '{}' with mediated device model '{}'",
                        a.kind().name(),
                        model.name()
                    )));
                }
            }
            _ => {}
        }
    }
    Ok(())
}

/// Finds free SCSI drive addresses as libvirt does: the first unit (on
/// bus 0, target 0) of the first controller that has one. Taken
/// addresses only grow, so a controller found full stays full.
struct FreeUnits {
    used: HashSet<Drive>,
    first_open: u32,
}

impl FreeUnits {
    fn new(devs: &Devices, disks: &[Drive]) -> FreeUnits {
        let mut used: HashSet<Drive> = disks.iter().copied().collect();
        used.extend(devs.iter().filter_map(|d| match d {
            Device::Hostdev(h) => h.drive_address(),
            _ => None,
        }));
        FreeUnits {
            used,
            first_open: 0,
        }
    }

    fn take(&mut self, devs: &Devices) -> Drive {
        let mut controller = self.first_open;
        loop {
            let (max, reserved) = unit_limits(devs, controller);
            let free = (0..NARROW_BUS_UNITS).find(|u| {
                !(max.is_some_and(|m| *u > m)
                    || reserved == Some(*u)
                    || self.used.contains(&(controller, 0, 0, *u)))
            });
            if let Some(unit) = free {
                let addr = (controller, 0, 0, unit);
                self.used.insert(addr);
                self.first_open = controller;
                return addr;
            }
            // Each controller is finite and so are the devices: some
            // controller has room.
            controller = controller.saturating_add(1);
        }
    }
}
