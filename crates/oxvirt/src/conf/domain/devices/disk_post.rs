//! What libvirt does to disks after reading them: the generic post-parse
//! (`virDomainDiskDefPostParse`: default bus, read-only CD-ROMs, drive
//! addresses, shared I/O limits) and the generic checks of
//! `virDomainDiskDefValidate` and `virDomainDefDuplicateDiskInfoValidate`.

use super::super::{err, unsupported, xml_err};
use super::disk::{
    valid_wwn, Disk, DiskBus, DiskDevice, DiskModel, SnapshotLocation, StartupPolicy,
};
use super::storage_net::NetProtocol;
use super::storage_secrets::EncryptionFormat;
use super::storage_source::{FileFormat, StorageSource, StorageType};
use super::{Address, Device};
use crate::error::{Error, Result};
use oxvirt_abi::{virErrorDomain, virErrorNumber};

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
    list.iter().any(|d| {
        d.kind() == super::Kind::Hostdev
            && d.kept().and_then(|k| k.attr("type")) == Some("scsi")
            && d.kept().and_then(|k| k.attr("mode")) != Some("capabilities")
            && d.address().as_ref() == Some(a)
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

/// Runs the disk post-parse and checks over every disk of `list`.
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
    let disks: Vec<&Disk> = list
        .iter()
        .filter_map(|d| match d {
            Device::Disk(disk) => Some(&**disk),
            _ => None,
        })
        .collect();
    for d in &disks {
        validate(d)?;
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

fn internal(m: &str) -> Error {
    err(virErrorNumber::VIR_ERR_INTERNAL_ERROR, Some(m))
}

/// The checks of one storage source and its backing chain.
fn validate_chain(src: &StorageSource) -> Result<()> {
    let mut next = Some(src);
    while let Some(s) = next {
        if let (Some(p), Some(a)) = (s.protocol(), &s.auth) {
            match p {
                NetProtocol::Nbd
                | NetProtocol::Sheepdog
                | NetProtocol::Gluster
                | NetProtocol::Tftp
                | NetProtocol::Vxhs
                | NetProtocol::Nfs => {
                    return Err(unsupported(&format!(
                        "authentication is not supported for protocol '{}'",
                        p.name()
                    )))
                }
                _ => {}
            }
            let usage = a.secret_type.as_deref().unwrap_or("");
            const USAGES: [&str; 6] = ["none", "volume", "ceph", "iscsi", "tls", "vtpm"];
            if !USAGES.contains(&usage) {
                return Err(unsupported(&format!(
                    "unknown secret type '{}'",
                    a.secret_type.as_deref().unwrap_or("<null>")
                )));
            }
            if (p == NetProtocol::Iscsi && usage != "iscsi")
                || (p == NetProtocol::Rbd && usage != "ceph")
            {
                return Err(unsupported(&format!("invalid secret type '{usage}'")));
            }
        }
        if let Some(e) = &s.encryption {
            if e.format == EncryptionFormat::Luks && e.cipher.is_some() {
                return Err(unsupported(
                    "supplying <cipher> for domain disk definition is unnecessary",
                ));
            }
        }
        if s.kind != StorageType::Network {
            if s.net.as_ref().is_some_and(|n| n.snapshot.is_some()) {
                return Err(xml_err(
                    "<snapshot> element is currently supported only with 'rbd' disks",
                ));
            }
            if s.net.as_ref().is_some_and(|n| n.config_file.is_some()) {
                return Err(xml_err(
                    "<config> element is currently supported only with 'rbd' disks",
                ));
            }
        }
        next = s.backing.as_deref();
    }
    Ok(())
}

fn validate_lun(src: &StorageSource) -> Result<()> {
    if let Some(p) = src.protocol() {
        if p != NetProtocol::Iscsi {
            return Err(unsupported(&format!(
                "disk device='lun' is not supported for protocol='{}'",
                p.name()
            )));
        }
    } else if src.kind != StorageType::Block && src.kind != StorageType::Volume {
        return Err(unsupported(
            "disk device='lun' is only valid for block type disk source",
        ));
    }
    if !matches!(src.format, None | Some(FileFormat::Raw | FileFormat::None)) {
        return Err(unsupported("disk device 'lun' must use 'raw' format"));
    }
    if src.slice.is_some() {
        return Err(unsupported(
            "disk device 'lun' doesn't support storage slice",
        ));
    }
    if src
        .encryption
        .as_ref()
        .is_some_and(|e| e.format != EncryptionFormat::Default)
    {
        return Err(unsupported("disk device 'lun' doesn't support encryption"));
    }
    Ok(())
}

fn validate(disk: &Disk) -> Result<()> {
    let Some(dst) = disk.dst.as_deref() else {
        let what = match &disk.src.pool {
            Some(p) => Some(format!("pool = '{}', volume = '{}'", p.pool, p.volume)),
            None => disk.src.path.clone(),
        };
        return Err(err(virErrorNumber::VIR_ERR_NO_TARGET, what.as_deref()));
    };
    validate_chain(&disk.src)?;
    if disk.sgio == Some(super::disk::Sgio::Unfiltered) {
        return Err(unsupported("unfiltered sgio is no longer supported"));
    }
    if disk.device == DiskDevice::Lun {
        validate_lun(&disk.src)?;
    } else {
        if disk.src.reservations.is_some() {
            return Err(unsupported("<reservations/> allowed only for lun devices"));
        }
        if disk.rawio.is_some() {
            return Err(unsupported("rawio can be used only with device='lun'"));
        }
        if disk.sgio.is_some() {
            return Err(unsupported("sgio can be used only with device='lun'"));
        }
    }
    disk.iotune.validate()?;
    let bus = disk.bus.unwrap_or(DiskBus::None);
    if let Some(a) = &disk.info.address {
        let drive_bus = matches!(
            bus,
            DiskBus::Ide | DiskBus::Fdc | DiskBus::Scsi | DiskBus::Sata
        );
        if drive_bus && !matches!(a, Address::Drive { .. }) {
            return Err(unsupported(&format!(
                "Invalid address type '{}' for the disk '{dst}' with the bus type '{}'",
                a.kind().name(),
                bus.name()
            )));
        }
    }
    if bus != DiskBus::Virtio {
        if let Some(m) = disk.model.filter(|m| *m != DiskModel::Default) {
            return Err(unsupported(&format!(
                "disk model '{}' not supported for bus '{}'",
                m.name(),
                bus.name()
            )));
        }
        if disk.driver.queues != 0 {
            return Err(unsupported(
                "queues attribute in disk driver element is only supported by virtio-blk",
            ));
        }
        if disk.driver.event_idx.is_some() {
            return Err(unsupported(
                "disk event_idx mode supported only for virtio bus",
            ));
        }
        if disk.driver.ioeventfd.is_some() {
            return Err(unsupported(
                "disk ioeventfd mode supported only for virtio bus",
            ));
        }
        disk.driver.virtio.check_absent()?;
    }
    if disk.src.nvme.as_ref().is_some_and(|n| n.namespace == 0) {
        return Err(unsupported("NVMe namespace can't be zero"));
    }
    let removable_media = matches!(disk.device, DiskDevice::Floppy | DiskDevice::Cdrom);
    if disk.tray != super::disk::DiskTray::Closed && !removable_media {
        return Err(unsupported("tray is only valid for cdrom and floppy"));
    }
    for (v, what, max) in [(&disk.vendor, "vendor", 8), (&disk.product, "product", 16)] {
        if let Some(v) = v {
            if !v.chars().all(|c| c.is_ascii_graphic() || c == ' ') {
                return Err(xml_err(&format!("disk {what} is not printable string")));
            }
            if v.len() > max {
                return Err(unsupported(&format!(
                    "disk {what} is more than {max} characters"
                )));
            }
        }
    }
    if disk.device == DiskDevice::Floppy && bus != DiskBus::Fdc {
        return Err(internal(&format!(
            "Invalid bus type '{}' for floppy disk",
            bus.name()
        )));
    }
    if disk.device != DiskDevice::Floppy && bus == DiskBus::Fdc {
        return Err(internal(&format!(
            "Invalid bus type '{}' for disk",
            bus.name()
        )));
    }
    if disk.removable.is_some() && bus != DiskBus::Usb {
        return Err(xml_err("removable is only valid for usb disks"));
    }
    if let Some(p) = disk.startup_policy {
        if disk.src.kind != StorageType::Volume && !disk.src.is_local() {
            return Err(xml_err(&format!(
                "disk startupPolicy '{}' is not allowed for disk of '{}' type",
                p.name(),
                disk.src.kind.name()
            )));
        }
        if !removable_media && p == StartupPolicy::Requisite {
            return Err(xml_err(
                "disk startupPolicy 'requisite' is allowed only for cdrom or floppy",
            ));
        }
    }
    if let Some(w) = &disk.wwn {
        if !valid_wwn(w) {
            return Err(Error::new(
                virErrorDomain::VIR_FROM_NONE,
                virErrorNumber::VIR_ERR_INTERNAL_ERROR,
                Some(&format!("Malformed wwn: {w}")),
            ));
        }
    }
    let hd_prefix = ["hd", "sd", "vd", "xvd", "ubd"]
        .iter()
        .any(|p| dst.starts_with(p));
    if matches!(disk.device, DiskDevice::Disk | DiskDevice::Lun) && !hd_prefix {
        return Err(internal(&format!("Invalid harddisk device name: {dst}")));
    }
    if disk.device == DiskDevice::Floppy && !dst.starts_with("fd") {
        return Err(internal(&format!("Invalid floppy device name: {dst}")));
    }
    if disk.src.is_empty() && disk.device == DiskDevice::Disk {
        return Err(err(virErrorNumber::VIR_ERR_NO_SOURCE, Some(dst)));
    }
    Ok(())
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
