//! libvirt's checks of one disk after the post-parse
//! (`virDomainDiskDefValidate` and what it calls).

use super::super::{err, unsupported, xml_err};
use super::disk::{
    valid_wwn, Disk, DiskBus, DiskDevice, DiskModel, DiskTray, Sgio, SnapshotLocation,
    StartupPolicy,
};
use super::storage_net::NetProtocol;
use super::storage_secrets::EncryptionFormat;
use super::storage_source::{FileFormat, StorageSource, StorageType};
use super::Address;
use crate::error::{Error, Result};
use oxvirt_abi::{virErrorDomain, virErrorNumber};

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

pub fn validate(disk: &Disk, labels: &[super::DomainLabel]) -> Result<()> {
    let Some(dst) = disk.dst.as_deref() else {
        let what = match &disk.src.pool {
            Some(p) => Some(format!("pool = '{}', volume = '{}'", p.pool, p.volume)),
            None => disk.src.path.clone(),
        };
        return Err(err(virErrorNumber::VIR_ERR_NO_TARGET, what.as_deref()));
    };
    validate_chain(&disk.src)?;
    if disk.sgio == Some(Sgio::Unfiltered) {
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
    if disk.src.kind == StorageType::VhostUser {
        validate_vhostuser(disk)?;
    }
    let mut next = Some(&disk.src);
    while let Some(s) = next {
        for l in &s.seclabels {
            if labels.iter().any(|d| d.model == l.model && !d.relabel) {
                return Err(unsupported(
                    "label overrides require relabeling to be enabled at the domain level",
                ));
            }
        }
        next = s.backing.as_deref();
    }
    let removable_media = matches!(disk.device, DiskDevice::Floppy | DiskDevice::Cdrom);
    if disk.tray != DiskTray::Closed && !removable_media {
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

/// What a vhost-user disk refuses: every setting the device has no use
/// for, each with libvirt's own message.
fn validate_vhostuser(disk: &Disk) -> Result<()> {
    let d = &disk.driver;
    let g = &disk.geometry;
    let refused = [
        (
            disk.bus != Some(DiskBus::Virtio),
            "vhostuser disk supports only virtio bus",
        ),
        (
            disk.snapshot != Some(SnapshotLocation::No),
            "only snapshot=no is supported with vhostuser disk",
        ),
        (
            d.cache.is_some(),
            "cache is not supported with vhostuser disk",
        ),
        (
            d.error_policy.is_some() || d.rerror_policy.is_some(),
            "error_policy is not supported with vhostuser disk",
        ),
        (d.io.is_some(), "io is not supported with vhostuser disk"),
        (
            d.ioeventfd.is_some(),
            "ioeventfd is not supported with vhostuser disk",
        ),
        (
            d.copy_on_read.is_some(),
            "copy_on_read is not supported with vhostuser disk",
        ),
        (
            d.discard.is_some(),
            "discard is not supported with vhostuser disk",
        ),
        (
            d.iothread.is_some(),
            "iothread is not supported with vhostuser disk",
        ),
        (
            d.detect_zeroes.is_some(),
            "detect_zeroes is not supported with vhostuser disk",
        ),
        (
            disk.src.metadata_cache_max > 0,
            "metadata_cache is not supported with vhostuser disk",
        ),
        (
            disk.iotune.group_name.is_some() || disk.iotune.has_any(),
            "iotune is not supported with vhostuser disk",
        ),
        (
            disk.src.backing.is_some(),
            "backingStore is not supported with vhostuser disk",
        ),
        (
            disk.src.encryption.is_some(),
            "encryption is not supported with vhostuser disk",
        ),
        (
            disk.readonly,
            "readonly is not supported with vhostuser disk",
        ),
        (
            disk.shareable,
            "shareable is not supported with vhostuser disk",
        ),
        (
            disk.transient,
            "transient is not supported with vhostuser disk",
        ),
        (
            disk.serial.is_some(),
            "serial is not supported with vhostuser disk",
        ),
        (
            disk.wwn.is_some(),
            "wwn is not supported with vhostuser disk",
        ),
        (
            disk.vendor.is_some(),
            "vendor is not supported with vhostuser disk",
        ),
        (
            disk.product.is_some(),
            "product is not supported with vhostuser disk",
        ),
        (
            disk.src.auth.is_some(),
            "auth is not supported with vhostuser disk",
        ),
        (
            g.cyls > 0 || g.heads > 0 || g.secs > 0 || g.trans.is_some(),
            "geometry is not supported with vhostuser disk",
        ),
        (
            disk.blockio.0 > 0 || disk.blockio.1 > 0,
            "blockio is not supported with vhostuser disk",
        ),
    ];
    match refused.iter().find(|(bad, _)| *bad) {
        Some((_, why)) => Err(unsupported(why)),
        None => Ok(()),
    }
}
