//! What libvirt does to disks after reading them: the generic post-parse
//! (`virDomainDiskDefPostParse`: default bus, read-only CD-ROMs, drive
//! addresses, shared I/O limits), then the checks of each disk
//! (`disk_validate`) and of disks against each other
//! (`virDomainDefDuplicateDiskInfoValidate` and the duplicate drive
//! addresses), and libvirt's insertion order of disks.

use super::super::{unsupported, xml_err};
use super::disk::{Disk, DiskBus, DiskDevice, SnapshotLocation};
use super::storage_net::NetProtocol;
use super::storage_source::StorageType;
use super::{Address, Device};
use crate::error::Result;

/// libvirt's `virDiskNameToIndex`: `sda` is 0, `hdz` 25, `vdaa` 26; a
/// trailing partition number is ignored.
pub fn disk_name_index(name: &str) -> Option<u32> {
    let rest = ["fd", "hd", "vd", "sd", "xvd", "ubd"]
        .iter()
        .find_map(|p| name.strip_prefix(p))?;
    let letters = rest.bytes().take_while(u8::is_ascii_lowercase).count();
    if letters == 0 {
        return None;
    }
    let (alpha, digits) = rest.split_at(letters);
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut idx: u64 = 0;
    for (i, b) in alpha.bytes().enumerate() {
        idx = (idx + u64::from(i >= 1)) * 26 + u64::from(b - b'a');
        if idx > i32::MAX as u64 {
            return None;
        }
    }
    u32::try_from(idx).ok()
}

/// Whether a SCSI hostdev of `list` sits at drive address `a`.
fn scsi_hostdev_at(list: &[Device], a: &Address) -> bool {
    list.iter().any(|d| match d {
        Device::Hostdev(h) => h.is_scsi() && h.info.address.as_ref() == Some(a),
        _ => false,
    })
}

/// The per-disk part of the post-parse; `others` are the devices that
/// are not disks (for the SCSI hostdev conflict).
fn post_parse_one(disk: &mut Disk, others: &[Device]) -> Result<()> {
    // Xen's old drivers wrote the target with this prefix.
    if let Some(d) = disk.dst.as_mut() {
        if let Some(rest) = d.strip_prefix("ioemu:") {
            *d = rest.to_string();
        }
    }
    if disk.device == DiskDevice::Cdrom {
        disk.readonly = true;
    }
    if disk.bus.is_none() {
        let dst = disk.dst.as_deref().unwrap_or("");
        disk.bus = Some(if disk.device == DiskDevice::Floppy {
            DiskBus::Fdc
        } else if dst.starts_with("sd") {
            DiskBus::Scsi
        } else if dst.starts_with("vd") {
            DiskBus::Virtio
        } else if dst.starts_with("xvd") {
            DiskBus::Xen
        } else if dst.starts_with("ubd") {
            DiskBus::Uml
        } else {
            DiskBus::Ide
        });
    }
    if disk.snapshot.is_none() && disk.readonly {
        disk.snapshot = Some(SnapshotLocation::No);
    }
    // An iSCSI name without a LUN means LUN 0.
    if disk.src.protocol() == Some(NetProtocol::Iscsi) {
        if let Some(p) = disk.src.path.as_mut() {
            if !p.contains('/') {
                p.push_str("/0");
            }
        }
    }
    if let Some(n) = disk.src.nvme.as_mut() {
        n.managed.get_or_insert(true);
    }
    if disk.src.kind == StorageType::VhostUser && disk.snapshot.is_none() {
        disk.snapshot = Some(SnapshotLocation::No);
    }
    if disk.info.address.is_none() {
        if let Some(dst) = disk.dst.as_deref() {
            let a = drive_address(dst, disk.bus)?;
            if let (
                Some(DiskBus::Scsi),
                Some(Address::Drive {
                    controller, unit, ..
                }),
            ) = (disk.bus, &a)
            {
                if a.as_ref().is_some_and(|a| scsi_hostdev_at(others, a)) {
                    return Err(unsupported(&format!(
                        "using disk target name '{dst}' conflicts with SCSI host device address controller='{controller}' bus='0' target='0' unit='{unit}"
                    )));
                }
            }
            disk.info.address = a;
        }
    }
    // The test driver cannot pass file descriptors.
    if disk.src.fdgroup.is_some() {
        return Err(unsupported(&format!(
            "driver does not support FD passing for disk '{}'",
            disk.target()
        )));
    }
    Ok(())
}

/// libvirt's `virDomainDiskDefAssignAddress` for a narrow SCSI bus (the
/// test driver's): the drive address a target name implies.
fn drive_address(dst: &str, bus: Option<DiskBus>) -> Result<Option<Address>> {
    let idx = disk_name_index(dst).ok_or_else(|| {
        xml_err(&format!(
            "Unknown disk name '{dst}' and no address specified"
        ))
    })?;
    let drive = |controller, bus, unit| {
        Some(Address::Drive {
            controller,
            bus,
            target: 0,
            unit,
        })
    };
    Ok(match bus {
        Some(DiskBus::Scsi) => drive(idx / 7, 0, idx % 7),
        Some(DiskBus::Ide) => drive(idx / 4, (idx % 4) / 2, idx % 2),
        Some(DiskBus::Sata) => drive(idx / 6, 0, idx % 6),
        Some(DiskBus::Fdc) => drive(idx / 2, 0, idx % 2),
        _ => None,
    })
}

/// Runs the disk post-parse over every disk of `list`.
pub fn post_parse(list: &mut [Device]) -> Result<()> {
    let others: Vec<Device> = list
        .iter()
        .filter(|d| d.kind() == super::Kind::Hostdev)
        .cloned()
        .collect();
    for d in list.iter_mut() {
        if let Device::Disk(disk) = d {
            post_parse_one(disk, &others)?;
        }
    }
    expand_group_iotune(list);
    Ok(())
}

/// The disk checks: each disk, then disks against each other.
pub fn validate(list: &[Device], labels: &[super::DomainLabel]) -> Result<()> {
    let disks: Vec<&Disk> = list
        .iter()
        .filter_map(|d| match d {
            Device::Disk(disk) => Some(&**disk),
            _ => None,
        })
        .collect();
    for d in &disks {
        super::disk_validate::validate(d, labels)?;
    }
    for (i, a) in disks.iter().enumerate() {
        for b in disks.iter().skip(i + 1) {
            if a.dst == b.dst {
                return Err(xml_err(&format!(
                    "target '{}' duplicated for disk sources '{}' and '{}'",
                    a.target(),
                    a.source_path().unwrap_or("<null>"),
                    b.source_path().unwrap_or("<null>"),
                )));
            }
        }
    }
    for (i, a) in disks.iter().enumerate() {
        let Some(
            addr @ Address::Drive {
                controller,
                bus,
                target,
                unit,
            },
        ) = &a.info.address
        else {
            continue;
        };
        if disks
            .iter()
            .skip(i + 1)
            .any(|b| b.bus == a.bus && b.info.address.as_ref() == Some(addr))
        {
            return Err(unsupported(&format!(
                "Found duplicate drive address for disk with target name '{}' controller='{controller}' bus='{bus}' target='{target}' unit='{unit}'",
                a.target()
            )));
        }
    }
    Ok(())
}

/// A disk that names an I/O limit group but sets no limits takes the
/// limits of the first disk of that group that does.
fn expand_group_iotune(list: &mut [Device]) {
    let disks = || {
        list.iter().filter_map(|d| match d {
            Device::Disk(disk) => Some(disk),
            _ => None,
        })
    };
    let fills: Vec<(usize, super::disk_iotune::BlockIoTune)> = disks()
        .enumerate()
        .filter(|(_, d)| d.iotune.group_name.is_some() && !d.iotune.has_any())
        .filter_map(|(i, d)| {
            disks()
                .find(|o| o.iotune.group_name == d.iotune.group_name && o.iotune.has_any())
                .map(|o| (i, o.iotune.clone()))
        })
        .collect();
    let mut n = 0;
    for d in list.iter_mut() {
        if let Device::Disk(disk) = d {
            if let Some((_, t)) = fills.iter().find(|(i, _)| *i == n) {
                disk.iotune = t.clone();
            }
            n += 1;
        }
    }
}

/// Where libvirt's `virDomainDiskInsert` puts `new` among the disks of
/// `list` (as an index of `list`): before the first disk on the same bus
/// whose target sorts after it, else after the last disk on that bus,
/// else after every disk. Targets compare by drive index, the bus as it
/// stands (before the post-parse default, when parsing).
pub fn insert_at(list: &[Device], new: &Disk) -> usize {
    let index = |d: &Disk| {
        d.dst
            .as_deref()
            .map(|t| disk_name_index(t).map_or(-1, i64::from))
    };
    let new_idx = index(new);
    let mut at = None;
    let mut last_disk = None;
    for (i, d) in list.iter().enumerate().rev() {
        let Device::Disk(d) = d else {
            continue;
        };
        last_disk.get_or_insert(i + 1);
        if d.bus != new.bus {
            continue;
        }
        let after = matches!((index(d), new_idx), (Some(a), Some(b)) if a > b);
        if after {
            at = Some(i);
        } else if at.is_none() {
            at = Some(i + 1);
        }
    }
    at.or(last_disk).unwrap_or_else(|| {
        list.iter()
            .rposition(|d| d.kind() as usize <= super::Kind::Disk as usize)
            .map_or(0, |i| i + 1)
    })
}

#[cfg(test)]
mod tests {
    use super::disk_name_index;

    #[test]
    fn disk_names() {
        assert_eq!(disk_name_index("sda"), Some(0));
        assert_eq!(disk_name_index("hdz"), Some(25));
        assert_eq!(disk_name_index("vdaa"), Some(26));
        assert_eq!(disk_name_index("xvdb12"), Some(1));
        assert_eq!(disk_name_index("vd"), None);
        assert_eq!(disk_name_index("vda1x"), None);
        assert_eq!(disk_name_index("nvme0n1"), None);
        assert_eq!(disk_name_index("vdzzzzzzzzzzzzzz"), None);
    }
}
