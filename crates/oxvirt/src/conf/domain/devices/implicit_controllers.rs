//! The controllers libvirt adds because other devices need them
//! (`virDomainDefAddImplicitControllers`): the drive controllers that
//! disks' and SCSI host devices' drive addresses name, a virtio-serial
//! controller for virtio channels and consoles, a CCID controller for
//! smartcards.
//! The SCSI host devices' rule also runs as the devices are read, before
//! the controllers read without an index get one.
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

    let mut list = devs.take_controllers();
    let hostdevs = hostdev_scsi_controllers(devs, devs.of_kind(Kind::Hostdev).count());
    for (kind, idx, model) in added {
        maybe_add(&mut list, kind, idx, model);
    }
    add_for_hostdevs(&mut list, &hostdevs);
    devs.put_controllers(list);
}

/// What libvirt does as it reads each host device, before any
/// post-parse rule: the SCSI controllers the host devices read so far
/// name are added to `list` (the controllers as read).
pub fn add_as_hostdevs_are_read(devs: &Devices, list: &mut Vec<Controller>) {
    for n in 1..=devs.of_kind(Kind::Hostdev).count() {
        let seen = hostdev_scsi_controllers(devs, n);
        add_for_hostdevs(list, &seen);
    }
}

/// libvirt's `virDomainDefMaybeAddController`: a controller of `kind`
/// with index `idx` unless there is one (a negative index, a huge address
/// number as C reads it, asks for the lowest free one).
fn maybe_add(list: &mut Vec<Controller>, kind: ControllerType, idx: i32, model: Option<Model>) {
    if idx >= 0 && list.iter().any(|c| c.kind == kind && c.index == Some(idx)) {
        return;
    }
    let idx = if idx < 0 {
        unused_index(list, kind)
    } else {
        idx
    };
    list.push(Controller::new(kind, idx, model));
}

/// The SCSI controllers up to the highest one the SCSI host devices
/// name, of the model of the controller the one naming it sits on (when
/// that has a model).
fn add_for_hostdevs(list: &mut Vec<Controller>, controllers: &[i32]) {
    let mut max = -1;
    let mut model = None;
    for &controller in controllers {
        if controller > max {
            max = controller;
            let on = list
                .iter()
                .find(|c| c.kind == ControllerType::Scsi && c.index == Some(controller));
            if let Some(m) = on.and_then(|c| c.model) {
                model = Some(m);
            }
        }
    }
    for idx in 0..=max {
        maybe_add(list, ControllerType::Scsi, idx, model);
    }
}

/// The drive controller of each of the first `n` host devices that is a
/// SCSI one; an address of another type reads as controller 0, as
/// libvirt's zeroed address does.
fn hostdev_scsi_controllers(devs: &Devices, n: usize) -> Vec<i32> {
    devs.of_kind(Kind::Hostdev)
        .take(n)
        .filter(|d| {
            with_element(d, |e| {
                e.attr("mode").unwrap_or("subsystem") == "subsystem"
                    && e.attr("type") == Some("scsi")
            })
        })
        .map(|d| match d.address() {
            Some(Address::Drive { controller, .. }) => to_index(controller),
            _ => 0,
        })
        .collect()
}

/// A drive controller number as libvirt's `int` index (the unsigned
/// number is reinterpreted, as C's cast does).
fn to_index(n: u32) -> i32 {
    n as i32
}

/// The CCID controller each smartcard needs: the one its CCID address
/// names, else 0 (smartcards without an address were given a slot of
/// controller 0 by their own post-parse rule, which libvirt runs here).
fn smartcards(devs: &Devices) -> Vec<(ControllerType, i32, Option<Model>)> {
    devs.of_kind(Kind::Smartcard)
        .map(|d| match d.address() {
            Some(Address::Ccid { controller, .. }) => to_index(controller),
            _ => 0,
        })
        .map(|idx| (ControllerType::Ccid, idx, None))
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
