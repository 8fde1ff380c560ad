//! Disks and leases against what libvirt 9.0's test driver made of the
//! same documents (`data/disks.*`, written by the C library).

use super::super::DomainDef;
use super::{Device, FormatCtx, Kind};
use oxvirt_abi::{virErrorDomain, virErrorNumber};

const IN: &str = include_str!("../../../../data/disks.in.xml");
const OUT: &str = include_str!("../../../../data/disks.out.xml");
const SECURE: &str = include_str!("../../../../data/disks.secure.xml");
/// `SECURE` defined again: now that every bus is explicit, the disks sort
/// differently.
const AGAIN: &str = include_str!("../../../../data/disks.again.xml");

/// The `<disk>` and `<lease>` elements of a formatted domain.
fn disks_and_leases(xml: &str) -> String {
    let mut keep = false;
    let mut out = String::new();
    for line in xml.lines() {
        if !line.starts_with("    ") {
            keep = false;
        } else if line.starts_with("    <") && !line.starts_with("    </") {
            keep = line.starts_with("    <disk") || line.starts_with("    <lease");
        }
        if keep {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// A domain around `devices`.
fn dom(devices: &str) -> String {
    format!(
        "<domain type='test'><name>a</name><memory>1024</memory><os><type>hvm</type></os><devices>{devices}</devices></domain>"
    )
}

fn refused(devices: &str) -> (i32, i32, String) {
    let e = DomainDef::parse(&dom(devices)).unwrap_err();
    (e.code, e.domain, e.message)
}

const DOMAIN: i32 = virErrorDomain::VIR_FROM_DOMAIN as i32;

#[test]
fn every_source_kind_as_libvirt_writes_it() {
    let d = DomainDef::parse(IN).unwrap();
    assert_eq!(disks_and_leases(&d.format(None)), OUT);
    let secure = FormatCtx {
        secure: true,
        ..FormatCtx::default()
    };
    assert_eq!(disks_and_leases(&d.format_with(None, &secure)), SECURE);
    let again = DomainDef::parse(&d.format_with(None, &secure)).unwrap();
    assert_eq!(disks_and_leases(&again.format_with(None, &secure)), AGAIN);
}

#[test]
fn post_parse_fills_in_bus_address_and_readonly() {
    let d = DomainDef::parse(&dom(
        "<disk type='file' device='cdrom'><target dev='hdd'/></disk>\
         <disk type='file'><source file='/a'/><target dev='ioemu:sdj'/></disk>",
    ))
    .unwrap();
    // At insertion the second target still has its prefix, no drive
    // index, so it sorts first, as in libvirt.
    let mut disks: Vec<_> = d.devices.disks().collect();
    disks.reverse();
    assert_eq!(disks[0].target(), "hdd");
    assert_eq!(disks[0].bus, Some(super::DiskBus::Ide));
    assert!(disks[0].readonly && disks[0].is_empty());
    assert_eq!(disks[0].snapshot_location(), super::SnapshotLocation::No);
    assert_eq!(
        disks[0].info.address,
        Some(super::Address::Drive {
            controller: 0,
            bus: 1,
            target: 0,
            unit: 1
        })
    );
    // sdj is the tenth SCSI disk: seven units a controller.
    assert_eq!(disks[1].target(), "sdj");
    assert_eq!(
        disks[1].info.address,
        Some(super::Address::Drive {
            controller: 1,
            bus: 0,
            target: 0,
            unit: 2
        })
    );
    assert_eq!(d.devices.of_kind(Kind::Disk).count(), 2);
    assert!(matches!(d.devices.iter().next(), Some(Device::Disk(_))));
}

#[test]
fn disks_sort_by_bus_and_target() {
    let d = DomainDef::parse(&dom(
        "<disk type='file'><source file='/b'/><target dev='vdb' bus='virtio'/></disk>\
         <disk type='file'><source file='/h'/><target dev='hda' bus='ide'/></disk>\
         <disk type='file'><source file='/a'/><target dev='vda' bus='virtio'/></disk>",
    ))
    .unwrap();
    let order: Vec<_> = d.devices.disks().map(|d| d.target()).collect();
    assert_eq!(order, ["vda", "vdb", "hda"]);
}

#[test]
fn refusals_carry_libvirt_codes_and_messages() {
    let xml = virErrorNumber::VIR_ERR_XML_ERROR as i32;
    let unsupported = virErrorNumber::VIR_ERR_CONFIG_UNSUPPORTED as i32;
    let internal = virErrorNumber::VIR_ERR_INTERNAL_ERROR as i32;
    let cases: &[(&str, i32, &str)] = &[
        (
            "<disk type='file'><source file='/a'/></disk>",
            virErrorNumber::VIR_ERR_NO_TARGET as i32,
            "missing target information for device /a",
        ),
        (
            "<disk type='file'><target dev='vda'/></disk>",
            virErrorNumber::VIR_ERR_NO_SOURCE as i32,
            "missing source information for device vda",
        ),
        (
            "<disk type='bogus'><target dev='vda'/></disk>",
            virErrorNumber::VIR_ERR_XML_ERROR as i32,
            "XML error: Invalid value for attribute 'type' in element 'disk': 'bogus'.",
        ),
        (
            "<disk type='file'><source file='/a'/><target dev='nvme0'/></disk>",
            xml,
            "XML error: Unknown disk name 'nvme0' and no address specified",
        ),
        (
            "<disk type='network'><source protocol='rbd' name='noslash'/><target dev='vda'/></disk>",
            xml,
            "XML error: can't split path 'noslash' into pool name and image name",
        ),
        (
            "<disk type='volume'><source pool='p'/><target dev='vda'/></disk>",
            xml,
            "XML error: 'pool' and 'volume' must be specified together for 'pool' type source",
        ),
        (
            "<disk type='file'><source file='/a'/><target dev='vda'/><iotune><total_bytes_sec>1</total_bytes_sec><read_bytes_sec>2</read_bytes_sec></iotune></disk>",
            xml,
            "XML error: total and read/write bytes_sec cannot be set at the same time",
        ),
        (
            "<disk type='file'><source file='/a'/><target dev='vda'/><iotune><total_bytes_sec>x</total_bytes_sec></iotune></disk>",
            xml,
            "XML error: disk iotune field 'total_bytes_sec' must be an integer",
        ),
        (
            "<disk type='file'><source file='/a'/><target dev='vda'/></disk><disk type='file'><source file='/b'/><target dev='vda'/></disk>",
            xml,
            "XML error: target 'vda' duplicated for disk sources '/a' and '/b'",
        ),
        (
            "<disk type='file' device='floppy'><source file='/a'/><target dev='hda' bus='fdc'/></disk>",
            internal,
            "internal error: Invalid floppy device name: hda",
        ),
        (
            "<disk type='file'><source file='/a'/><target dev='sda' bus='ide'/><driver queues='2'/></disk>",
            unsupported,
            "unsupported configuration: queues attribute in disk driver element is only supported by virtio-blk",
        ),
        (
            "<disk type='file'><source file='/a'><auth username='u'><secret usage='x'/></auth></source><auth username='v'><secret usage='y'/></auth><target dev='vda'/></disk>",
            unsupported,
            "unsupported configuration: an <auth> definition already found for disk source",
        ),
        (
            "<disk type='vhostuser'><source type='unix' path='/s'/><target dev='vda' bus='virtio'/><serial>x</serial></disk>",
            unsupported,
            "unsupported configuration: serial is not supported with vhostuser disk",
        ),
        (
            "<disk type='vhostuser' snapshot='external'><source type='unix' path='/s'/><target dev='vda' bus='virtio'/></disk>",
            unsupported,
            "unsupported configuration: only snapshot=no is supported with vhostuser disk",
        ),
        (
            "<disk type='vhostuser'><source type='unix' path='/s'/><target dev='sda'/></disk>",
            unsupported,
            "unsupported configuration: vhostuser disk supports only virtio bus",
        ),
        (
            "<disk type='file'><source file='/a'/><target dev='vda'/><boot order='1' loadparm='-1'/></disk>",
            internal,
            "internal error: invalid loadparm value '_1', expecting chars in set of [a-zA-Z0-9.] and blank spaces",
        ),
        (
            "<disk type='network'><source protocol='http' name='/a'><host name='h'/><readahead size='-1'/></source><target dev='vda'/></disk>",
            xml,
            "XML error: invalid readahead size or timeout",
        ),
        (
            "<lease><lockspace>s</lockspace><target path='/p'/></lease>",
            xml,
            "XML error: Missing 'key' element for lease",
        ),
    ];
    for (devices, code, message) in cases {
        let (c, d, m) = refused(devices);
        assert_eq!((c, m.as_str()), (*code, *message), "{devices}");
        // libvirt's attribute helpers report in the XML domain.
        let want = if message.contains("Invalid value for attribute") {
            virErrorDomain::VIR_FROM_XML as i32
        } else {
            DOMAIN
        };
        assert_eq!(d, want, "{devices}");
    }
}

#[test]
fn garbage_never_panics() {
    for text in crate::testutil::noise(3000, &[IN]) {
        if let Ok(d) = DomainDef::parse(&text) {
            let _ = d.format(Some(1));
        }
    }
}

#[test]
fn boot_orders_are_unique_and_exclude_os_boot() {
    let with_os = |os: &str, devices: &str| {
        format!(
            "<domain type='test'><name>a</name><memory>1024</memory><os><type>hvm</type>{os}</os><devices>{devices}</devices></domain>"
        )
    };
    let disk = "<disk type='file'><source file='/a'/><target dev='vda'/><boot order='2'/></disk>";
    let e = DomainDef::parse(&with_os(
        "",
        &format!("{disk}<interface type='user'><boot order='2'/></interface>"),
    ))
    .unwrap_err();
    assert_eq!(
        e.message,
        "unsupported configuration: boot order '2' used for more than one device"
    );
    let e = DomainDef::parse(&with_os("<boot dev='hd'/>", disk)).unwrap_err();
    assert_eq!(
        e.message,
        "unsupported configuration: per-device boot elements cannot be used together with os/boot elements"
    );
    // A controller takes no boot position: its <boot> is not one.
    let d = DomainDef::parse(&with_os(
        "",
        &format!("<controller type='usb'><boot order='2'/></controller>{disk}"),
    ))
    .unwrap();
    assert!(d.boot_devs.is_empty());
}

#[test]
fn only_bootable_kinds_count_against_the_default_boot_device() {
    let d = DomainDef::parse(&dom(
        "<disk type='file'><source file='/a'/><target dev='vda'/></disk>\
         <controller type='usb'><boot order='1'/></controller>",
    ))
    .unwrap();
    assert_eq!(d.boot_devs, [super::super::BootDev::Hd]);
}

#[test]
fn a_half_given_zpci_address_is_written_whole() {
    let d = DomainDef::parse(&dom(
        "<disk type='file'><source file='/a'/><target dev='vda'/>\
         <address type='pci' domain='0' bus='0' slot='8' function='0'><zpci fid='31'/></address></disk>",
    ))
    .unwrap();
    assert!(d
        .format(None)
        .contains("<zpci uid='0x0000' fid='0x0000001f'/>"));
}

#[test]
fn label_overrides_need_a_relabeling_domain_label() {
    let disk = "<disk type='file'><source file='/a'><seclabel model='selinux' relabel='no'/></source><target dev='vda'/></disk>";
    let with = |label: &str| {
        DomainDef::parse(&format!(
            "<domain type='test'><name>a</name><memory>1024</memory><os><type>hvm</type></os><devices>{disk}</devices>{label}</domain>"
        ))
    };
    for refused in [
        "<seclabel type='static' model='selinux'><label>system_u:x</label></seclabel>",
        "<seclabel type='none' model='selinux'/>",
    ] {
        assert_eq!(
            with(refused).unwrap_err().message,
            "unsupported configuration: label overrides require relabeling to be enabled at the domain level",
            "{refused}"
        );
    }
    for accepted in [
        "<seclabel type='static' model='selinux' relabel='yes'><label>system_u:x</label></seclabel>",
        "<seclabel type='dynamic' model='selinux'/>",
        "<seclabel type='static' model='dac'><label>1:1</label></seclabel>",
        "<seclabel model='none'/>",
    ] {
        assert!(with(accepted).is_ok(), "{accepted}");
    }
}

#[test]
fn nvme_source_addresses_read_as_every_pci_address() {
    // As the C library answers: a function alone is an empty address, and
    // <zpci> is read (virPCIDeviceAddressParseXML).
    let nvme = |addr: &str| {
        dom(&format!(
            "<disk type='nvme' device='disk'><source type='pci' managed='yes' namespace='1'>{addr}</source><target dev='vda'/></disk>"
        ))
    };
    let d = DomainDef::parse(&nvme("<address domain='0' bus='0' slot='0' function='9'/>")).unwrap();
    assert!(d
        .format(None)
        .contains("<address domain='0x0000' bus='0x00' slot='0x00' function='0x9'/>"));
    let e = DomainDef::parse(&nvme(
        "<address domain='0' bus='1' slot='0' function='1'><zpci uid='x'/></address>",
    ))
    .unwrap_err();
    assert_eq!(
        e.message,
        "XML error: Invalid value for attribute 'uid' in element 'zpci': 'x'. Expected non-negative integer value"
    );
}

#[test]
fn auth_and_secret_errors_carry_libvirts_domains() {
    // virStorageAuthDefParse reports in the storage domain and
    // virSecretLookupParseSecret in none, for disks and iSCSI host devices
    // alike (as the C library answers).
    let storage = virErrorDomain::VIR_FROM_STORAGE as i32;
    let none = virErrorDomain::VIR_FROM_NONE as i32;
    let xml = virErrorNumber::VIR_ERR_XML_ERROR as i32;
    let src = |auth: &str| {
        [
            format!("<disk type='network' device='disk'><source protocol='iscsi' name='iqn.2013-07.com.example:x/1'><host name='example.com'/>{auth}</source><target dev='vda'/></disk>"),
            format!("<hostdev mode='subsystem' type='scsi'><source protocol='iscsi' name='iqn.2014-08.com.example:x/1'><host name='example.com'/>{auth}</source></hostdev>"),
        ]
    };
    for (auth, domain, msg) in [
        (
            "<auth><secret type='iscsi' usage='x'/></auth>",
            storage,
            "XML error: missing username for auth",
        ),
        (
            "<auth username='u'/>",
            storage,
            "XML error: Missing <secret> element in auth",
        ),
        (
            "<auth username='u'><secret type='iscsi' uuid='zz'/></auth>",
            none,
            "XML error: invalid secret uuid 'zz'",
        ),
    ] {
        for d in src(auth) {
            assert_eq!(refused(&d), (xml, domain, msg.to_string()), "{d}");
        }
    }
    assert_eq!(
        refused("<disk type='file' device='disk'><source file='/a'><encryption format='luks'><secret type='passphrase'/></encryption></source><target dev='vda'/></disk>"),
        (xml, none, "XML error: missing secret uuid or usage attribute".to_string())
    );
}
