//! The controllers libvirt adds because other devices need them
//! (`virDomainDefAddImplicitControllers`): the drive controllers that
//! disks' and SCSI host devices' drive addresses name, a virtio-serial
//! controller for virtio channels and consoles, a CCID controller for
//! smartcards (which also get a CCID slot here when they have no address).
//!
//! The other devices are read through their XML so that the rule works
//! whether their kind is typed yet or not; the addresses it reads are the
//! ones the devices' own post-parse rules assigned (a disk without an
//! address gets one from the disk rules, before this runs).

use super::controller::{Controller, ControllerType, Model};
use super::controller_order::unused_index;
use super::{Address, Device, Devices, Kept, Kind};
use crate::conf::xml::{Document, ParseOpts};
use oxvirt_abi::virErrorDomain;

/// Runs the rule on `devs`; new controllers go after the existing ones,
/// in the order libvirt adds them.
pub fn add(devs: &mut Devices) {
    let mut added: Vec<(ControllerType, i32, Option<Model>)> = Vec::new();
    for (kind, bus) in [
        (ControllerType::Scsi, "scsi"),
        (ControllerType::Fdc, "fdc"),
        (ControllerType::Ide, "ide"),
        (ControllerType::Sata, "sata"),
    ] {
        let max = devs
            .of_kind(Kind::Disk)
            .filter(|d| with_element(d, |e| disk_bus(e) == Some(bus)))
            .filter_map(|d| match d.address() {
                Some(Address::Drive { controller, .. }) => Some(to_index(controller)),
                _ => None,
            })
            .max();
        for idx in 0..=max.unwrap_or(-1) {
            added.push((kind, idx, None));
        }
    }
    for (kind, target) in [(Kind::Channel, "virtio"), (Kind::Console, "virtio")] {
        for d in devs.of_kind(kind) {
            if with_element(d, |e| e.child_attr("target", "type") == Some(target)) {
                let idx = match d.address() {
                    Some(Address::VirtioSerial { controller, .. }) => controller,
                    _ => 0,
                };
                added.push((ControllerType::VirtioSerial, to_index(idx), None));
            }
        }
    }
    added.extend(smartcards(devs));
    added.extend(scsi_hostdevs(devs));

    let mut list = devs.take_controllers();
    for (kind, idx, model) in added {
        // A negative index (a huge address number, as C reads it) asks for
        // the lowest free one.
        if idx >= 0 && list.iter().any(|c| c.kind == kind && c.index == Some(idx)) {
            continue;
        }
        let idx = if idx < 0 { unused_index(&list, kind) } else { idx };
        list.push(Controller::new(kind, idx, model));
    }
    devs.put_controllers(list);
}

/// A drive controller number as libvirt's `int` index (the unsigned
/// number is reinterpreted, as C's cast does).
fn to_index(n: u32) -> i32 {
    n as i32
}

/// The CCID controllers smartcards need; a smartcard without an address
/// takes the next free slot of controller 0.
fn smartcards(devs: &mut Devices) -> Vec<(ControllerType, i32, Option<Model>)> {
    let mut out = Vec::new();
    let n = devs.of_kind(Kind::Smartcard).count();
    for i in 0..n {
        let addrs: Vec<Option<Address>> = devs.of_kind(Kind::Smartcard).map(Device::address).collect();
        let idx = match addrs.get(i).cloned().flatten() {
            Some(Address::Ccid { controller, .. }) => to_index(controller),
            Some(_) => 0,
            None => {
                let next = addrs
                    .iter()
                    .filter_map(|a| match a {
                        Some(Address::Ccid {
                            controller: 0,
                            slot,
                        }) => Some(i64::from(*slot)),
                        _ => None,
                    })
                    .max()
                    .unwrap_or(-1)
                    + 1;
                if let Some(d) = devs.nth_of_kind_mut(Kind::Smartcard, i) {
                    d.set_address(Address::Ccid {
                        controller: 0,
                        slot: u32::try_from(next).unwrap_or(0),
                    });
                }
                0
            }
        };
        out.push((ControllerType::Ccid, idx, None));
    }
    out
}

/// The SCSI controllers up to the highest one a SCSI host device's drive
/// address names, of the model of that one's controller when it has one.
fn scsi_hostdevs(devs: &Devices) -> Vec<(ControllerType, i32, Option<Model>)> {
    let mut max = -1;
    let mut model = None;
    for d in devs.of_kind(Kind::Hostdev) {
        let scsi = with_element(d, |e| {
            e.attr("mode").unwrap_or("subsystem") == "subsystem" && e.attr("type") == Some("scsi")
        });
        if !scsi {
            continue;
        }
        // An address of another type reads as controller 0, as libvirt's
        // zeroed address does.
        let controller = match d.address() {
            Some(Address::Drive { controller, .. }) => to_index(controller),
            _ => 0,
        };
        if controller > max {
            max = controller;
            let found = devs.of_kind(Kind::Controller).find_map(|c| match c {
                Device::Controller(c)
                    if c.kind == ControllerType::Scsi && c.index == Some(controller) =>
                {
                    Some(c.model)
                }
                _ => None,
            });
            if let Some(Some(m)) = found {
                model = Some(m);
            }
        }
    }
    (0..=max)
        .map(|idx| (ControllerType::Scsi, idx, model))
        .collect()
}

/// The bus of a disk: its target's, else the one its device or target
/// name implies.
fn disk_bus(disk: &Kept) -> Option<&str> {
    if let Some(b) = disk.child_attr("target", "bus") {
        return Some(b);
    }
    if disk.attr("device") == Some("floppy") {
        return Some("fdc");
    }
    let dev = disk.child_attr("target", "dev").unwrap_or("");
    let dev = dev.strip_prefix("ioemu:").unwrap_or(dev);
    Some(
        [
            ("hd", "ide"),
            ("sd", "scsi"),
            ("vd", "virtio"),
            ("xvd", "xen"),
            ("ubd", "uml"),
        ]
        .iter()
        .find(|(p, _)| dev.starts_with(p))
        .map_or("ide", |(_, b)| b),
    )
}

/// Runs `f` on the device's element, re-read from its XML when its kind
/// is typed.
fn with_element<R>(dev: &Device, f: impl FnOnce(&Kept) -> R) -> R {
    if let Some(k) = dev.kept() {
        return f(k);
    }
    let xml = dev.to_xml();
    let opts = ParseOpts {
        domain: virErrorDomain::VIR_FROM_DOMAIN,
        url: "(device)",
        root: dev.kind().name(),
    };
    match Document::parse(&xml, &opts) {
        Ok(doc) => f(&Kept::from_node(doc.root())),
        Err(_) => f(&Kept {
            name: String::new(),
            attrs: Vec::new(),
            text: None,
            children: Vec::new(),
        }),
    }
}
