//! libvirt's domain-wide checks of host devices: no host device given
//! twice, one vGPU with ramfb at most, and no two SCSI host devices (or a
//! SCSI host device and a SCSI disk) on one drive address.

use super::super::{unsupported, xml_err};
use super::hostdev_source::{CapsSource, ScsiSource, Subsys, SubsysSource};
use super::{Device, Devices, Hostdev, HostdevMode};
use crate::conf::xml::Switch;
use crate::error::Result;

/// Whether `a` and `b` name the same host device.
fn same_source(a: &Hostdev, b: &Hostdev) -> bool {
    match (&a.mode, &b.mode) {
        (
            HostdevMode::Subsys(Subsys { source: x, .. }),
            HostdevMode::Subsys(Subsys { source: y, .. }),
        ) => {
            match (x, y) {
                (
                    SubsysSource::Usb {
                        ids: i1,
                        bus: b1,
                        device: d1,
                        ..
                    },
                    SubsysSource::Usb {
                        ids: i2,
                        bus: b2,
                        device: d2,
                        ..
                    },
                ) => {
                    // By bus location when the first names one, else by ids.
                    if *b1 != 0 && *d1 != 0 {
                        b1 == b2 && d1 == d2
                    } else {
                        i1.unwrap_or((0, 0)) == i2.unwrap_or((0, 0))
                    }
                }
                (SubsysSource::Pci { addr: a1, .. }, SubsysSource::Pci { addr: a2, .. }) => {
                    a1 == a2
                }
                (SubsysSource::Scsi { source: s1, .. }, SubsysSource::Scsi { source: s2, .. }) => {
                    match (s1, s2) {
                        (
                            ScsiSource::Host {
                                adapter: a1,
                                bus: b1,
                                target: t1,
                                unit: u1,
                            },
                            ScsiSource::Host {
                                adapter: a2,
                                bus: b2,
                                target: t2,
                                unit: u2,
                            },
                        ) => a1 == a2 && b1 == b2 && t1 == t2 && u1 == u2,
                        (ScsiSource::Iscsi(i1), ScsiSource::Iscsi(i2)) => {
                            i1.host == i2.host && i1.port == i2.port && i1.name == i2.name
                        }
                        _ => false,
                    }
                }
                (
                    SubsysSource::ScsiHost { wwpn: w1, .. },
                    SubsysSource::ScsiHost { wwpn: w2, .. },
                ) => w1 == w2,
                (SubsysSource::Mdev { uuid: u1, .. }, SubsysSource::Mdev { uuid: u2, .. }) => {
                    u1 == u2
                }
                _ => false,
            }
        }
        (HostdevMode::Caps(x), HostdevMode::Caps(y)) => match (x, y) {
            (CapsSource::Storage(p), CapsSource::Storage(q))
            | (CapsSource::Misc(p), CapsSource::Misc(q))
            | (CapsSource::Net(p, _), CapsSource::Net(q, _)) => p == q,
            _ => false,
        },
        _ => false,
    }
}

fn ramfb_on(h: &Hostdev) -> bool {
    matches!(
        &h.mode,
        HostdevMode::Subsys(Subsys {
            source: SubsysSource::Mdev {
                ramfb: Some(Switch(true)),
                ..
            },
            ..
        })
    )
}

pub(super) fn validate(devs: &Devices) -> Result<()> {
    let hostdevs: Vec<&Hostdev> = devs
        .iter()
        .filter_map(|d| match d {
            Device::Hostdev(h) => Some(&**h),
            _ => None,
        })
        .collect();
    let mut ramfb = false;
    for (i, h) in hostdevs.iter().enumerate() {
        if hostdevs.iter().skip(i + 1).any(|o| same_source(h, o)) {
            return Err(xml_err(
                "Hostdev already exists in the domain configuration",
            ));
        }
        if ramfb_on(h) {
            if ramfb {
                return Err(unsupported("Only one vgpu device can have 'ramfb' enabled"));
            }
            ramfb = true;
        }
    }
    let disks = super::hostdev_post::scsi_disk_addresses(devs);
    for (i, h) in hostdevs.iter().enumerate() {
        let Some((c, b, t, u)) = h.drive_address() else {
            continue;
        };
        // libvirt's messages name the bus as controller and the
        // controller as bus.
        let taken = |by: &str| {
            unsupported(&format!(
                "SCSI host address controller='{b}' bus='{c}' target='{t}' unit='{u}' in use by another {by}"
            ))
        };
        let mine = &h.info.address;
        if hostdevs
            .iter()
            .skip(i + 1)
            .any(|o| o.is_scsi() && &o.info.address == mine)
        {
            return Err(taken("SCSI host device"));
        }
        if disks.contains(&(c, b, t, u)) {
            return Err(taken("SCSI disk"));
        }
    }
    Ok(())
}
