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

use super::super::unsupported;
use super::chr::{Channel, ConsoleTarget, Target};
use super::controller::{Controller, ControllerType, Model};
use super::controller_order::Indexes;
use super::disk::DiskDevice;
use super::hostdev::HostdevMode;
use super::hostdev_source::SubsysType;
use super::{Address, Device, Devices, Kept, Kind};
use crate::conf::xml::{Document, ParseOpts};
use crate::error::Result;
use oxvirt_abi::virErrorDomain;

/// The most controllers of one type a drive address may imply. libvirt
/// has no limit and runs out of memory on an address naming controller
/// 2147483647; we refuse such a document instead.
const MAX_IMPLIED: i32 = 65536;

/// One controller to add unless there is one of its type and index.
type Wanted = (ControllerType, i32, Option<Model>);

/// Runs the rule on `devs`; new controllers go after the existing ones,
/// in the order libvirt adds them.
pub fn add(devs: &mut Devices) -> Result<()> {
    let mut wanted: Vec<Wanted> = Vec::new();
    for (kind, bus) in [
        (ControllerType::Scsi, "scsi"),
        (ControllerType::Fdc, "fdc"),
        (ControllerType::Ide, "ide"),
        (ControllerType::Sata, "sata"),
    ] {
        let max = devs
            .of_kind(Kind::Disk)
            .filter(|d| device_disk_bus(d) == Some(bus))
            .filter_map(|d| match d.address() {
                Some(Address::Drive { controller, .. }) => Some(to_index(controller)),
                _ => None,
            })
            .max()
            .unwrap_or(-1);
        check_implied(max)?;
        wanted.extend((0..=max).map(|idx| (kind, idx, None)));
    }
    for kind in [Kind::Channel, Kind::Console] {
        for d in devs.of_kind(kind) {
            if is_virtio_chr(d) {
                let idx = match d.address() {
                    Some(Address::VirtioSerial { controller, .. }) => to_index(controller),
                    _ => 0,
                };
                wanted.push((ControllerType::VirtioSerial, idx, None));
            }
        }
    }
    wanted.extend(smartcards(devs));
    let hostdevs = hostdev_scsi_controllers(devs);

    let mut list = devs.take_controllers();
    let mut indexes = Indexes::of(&list);
    for (kind, idx, model) in wanted {
        maybe_add(&mut list, &mut indexes, kind, idx, model);
    }
    let result = add_for_hostdevs(&mut list, &mut indexes, &hostdevs);
    devs.put_controllers(list);
    result
}

/// What libvirt does as it reads each host device, before any
/// post-parse rule: the SCSI controllers the host devices read so far
/// name are added to `list` (the controllers as read).
pub fn add_as_hostdevs_are_read(devs: &Devices, list: &mut Vec<Controller>) -> Result<()> {
    let controllers = hostdev_scsi_controllers(devs);
    let mut indexes = Indexes::of(list);
    let mut max = -1;
    for (i, &c) in controllers.iter().enumerate() {
        // While the highest controller named stays, a run adds nothing.
        if c > max {
            max = c;
            add_for_hostdevs(list, &mut indexes, controllers.get(..=i).unwrap_or(&[]))?;
        }
    }
    Ok(())
}

fn check_implied(max: i32) -> Result<()> {
    if max >= MAX_IMPLIED {
        return Err(unsupported(&format!(
            "a device address names controller {max}: too many controllers to add"
        )));
    }
    Ok(())
}

/// libvirt's `virDomainDefMaybeAddController`: a controller of `kind`
/// with index `idx` unless there is one (a negative index, a huge address
/// number as C reads it, asks for the lowest free one).
fn maybe_add(
    list: &mut Vec<Controller>,
    indexes: &mut Indexes,
    kind: ControllerType,
    idx: i32,
    model: Option<Model>,
) {
    if idx >= 0 && indexes.contains(kind, idx) {
        return;
    }
    let idx = if idx < 0 {
        indexes.lowest_free(kind)
    } else {
        idx
    };
    indexes.insert(kind, idx);
    list.push(Controller::new(kind, idx, model));
}

/// The SCSI controllers up to the highest one the SCSI host devices
/// name, of the model of the controller the one naming it sits on (when
/// that has a model).
fn add_for_hostdevs(
    list: &mut Vec<Controller>,
    indexes: &mut Indexes,
    named: &[i32],
) -> Result<()> {
    let mut max = -1;
    let mut model = None;
    for &controller in named {
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
    check_implied(max)?;
    for idx in 0..=max {
        maybe_add(list, indexes, ControllerType::Scsi, idx, model);
    }
    Ok(())
}

/// The drive controller each SCSI host device names; an address of
/// another type reads as controller 0, as libvirt's zeroed address does.
fn hostdev_scsi_controllers(devs: &Devices) -> Vec<i32> {
    devs.of_kind(Kind::Hostdev)
        .filter(|d| is_scsi_hostdev(d))
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
fn smartcards(devs: &Devices) -> Vec<Wanted> {
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
pub(super) fn disk_bus(disk: &Kept) -> Option<&str> {
    if let Some(b) = disk.child_attr("target", "bus") {
        return Some(b);
    }
    Some(implied_bus(
        disk.attr("device") == Some("floppy"),
        disk.child_attr("target", "dev").unwrap_or(""),
    ))
}

/// The bus of a disk device (typed or kept).
pub(super) fn device_disk_bus(d: &Device) -> Option<&str> {
    match d {
        Device::Disk(disk) => Some(match disk.bus {
            Some(b) => b.name(),
            None => implied_bus(disk.device == DiskDevice::Floppy, disk.target()),
        }),
        d => d.kept().and_then(disk_bus),
    }
}

/// A virtio channel or console (which needs a virtio-serial controller).
fn is_virtio_chr(d: &Device) -> bool {
    match d {
        Device::Chr(c) => matches!(
            c.target,
            Target::Channel(Channel::Virtio { .. })
                | Target::Console {
                    kind: ConsoleTarget::Virtio,
                    ..
                }
        ),
        d => with_element(d, |e| e.child_attr("target", "type") == Some("virtio")),
    }
}

/// A SCSI host device of subsystem mode.
fn is_scsi_hostdev(d: &Device) -> bool {
    match d {
        Device::Hostdev(h) => {
            matches!(&h.mode, HostdevMode::Subsys(s) if s.kind() == SubsysType::Scsi)
        }
        d => with_element(d, |e| {
            e.attr("mode").unwrap_or("subsystem") == "subsystem" && e.attr("type") == Some("scsi")
        }),
    }
}

/// The bus a disk's device kind or target name implies.
fn implied_bus(floppy: bool, dev: &str) -> &'static str {
    if floppy {
        return "fdc";
    }
    let dev = dev.strip_prefix("ioemu:").unwrap_or(dev);
    [
        ("hd", "ide"),
        ("sd", "scsi"),
        ("vd", "virtio"),
        ("xvd", "xen"),
        ("ubd", "uml"),
    ]
    .iter()
    .find(|(p, _)| dev.starts_with(p))
    .map_or("ide", |(_, b)| b)
}

/// Runs `f` on the device's element, re-read from its XML when its kind
/// is typed.
pub(super) fn with_element<R>(dev: &Device, f: impl FnOnce(&Kept) -> R) -> R {
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
