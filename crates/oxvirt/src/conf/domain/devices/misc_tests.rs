//! Tests of the device kinds typed in memballoon.rs … hostdev.rs: each
//! kind read and written back through a whole definition, and libvirt's
//! errors for what it refuses.

use super::super::DomainDef;
use oxvirt_abi::{virErrorDomain, virErrorNumber};

fn doc(devices: &str) -> String {
    format!(
        "<domain type='test'><name>a</name><memory>4194304</memory>\
         <os><type>hvm</type></os><devices>{devices}</devices></domain>"
    )
}

/// The `<devices>` content libvirt's canonical form gives `devices`,
/// one line per line, indentation dropped.
fn written(devices: &str) -> Vec<String> {
    let d = DomainDef::parse(&doc(devices)).unwrap();
    let x = d.format(None);
    let start = x.find("<devices>").unwrap() + "<devices>".len();
    let end = x.find("</devices>").unwrap();
    x[start..end]
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

fn refused(devices: &str) -> (i32, i32, String) {
    let e = DomainDef::parse(&doc(devices)).unwrap_err();
    (e.code, e.domain, e.message)
}

const DOMAIN: i32 = virErrorDomain::VIR_FROM_DOMAIN as i32;
const NONE: i32 = virErrorDomain::VIR_FROM_NONE as i32;
const INTERNAL: i32 = virErrorNumber::VIR_ERR_INTERNAL_ERROR as i32;
const UNSUPPORTED: i32 = virErrorNumber::VIR_ERR_CONFIG_UNSUPPORTED as i32;
const XML_ERROR: i32 = virErrorNumber::VIR_ERR_XML_ERROR as i32;

#[test]
fn balloon_period_and_options() {
    assert_eq!(
        written("<memballoon model='virtio'><stats period='0x10'/><driver packed='on'/><address type='pci' slot='3'/></memballoon>"),
        [
            "<memballoon model='virtio'>",
            "<stats period='16'/>",
            "<address type='pci' domain='0x0000' bus='0x00' slot='0x03' function='0x0'/>",
            "<driver packed='on'/>",
            "</memballoon>"
        ]
    );
    // A negative period is no period; the address of no balloon is dropped.
    assert_eq!(
        written("<memballoon model='virtio'><stats period='-3'/></memballoon>"),
        ["<memballoon model='virtio'/>"]
    );
    assert_eq!(
        written("<memballoon model='none'><address type='pci' slot='3'/></memballoon>"),
        ["<memballoon model='none'/>"]
    );
    let d = DomainDef::parse(&doc("<memballoon model='none'/>")).unwrap();
    assert!(d.devices.memballoon().is_some_and(|b| !b.is_present()));
    assert_eq!(
        refused("<memballoon model='virtio'/><memballoon model='virtio'/>"),
        (
            INTERNAL,
            DOMAIN,
            "internal error: only a single memory balloon device is supported".into()
        )
    );
}

#[test]
fn small_kinds() {
    assert_eq!(written("<panic/>"), Vec::<String>::new());
    assert_eq!(written("<nvram/>"), ["<nvram>", "</nvram>"]);
    assert_eq!(written("<hub type='usb'/>"), ["<hub type='usb'/>"]);
    assert_eq!(
        written("<watchdog model='ib700'/>"),
        ["<watchdog model='ib700' action='reset'/>"]
    );
    assert_eq!(
        written("<vsock><cid address='5'/></vsock>"),
        ["<vsock>", "<cid auto='no' address='5'/>", "</vsock>"]
    );
    assert_eq!(
        written("<shmem name='s'><size unit='K'>4096</size></shmem>"),
        [
            "<shmem name='s'>",
            "<model type='ivshmem'/>",
            "<size unit='M'>4</size>",
            "</shmem>"
        ]
    );
    assert_eq!(
        written("<rng model='virtio'><backend model='random'/></rng>"),
        [
            "<rng model='virtio'>",
            "<backend model='random'>/dev/random</backend>",
            "</rng>"
        ]
    );
    assert_eq!(
        refused("<watchdog model='x'/>"),
        (
            UNSUPPORTED,
            DOMAIN,
            "unsupported configuration: unknown watchdog model 'x'".into()
        )
    );
    assert_eq!(
        refused("<shmem name='a'><msi/></shmem>"),
        (
            XML_ERROR,
            DOMAIN,
            "XML error: msi option is only supported with a server".into()
        )
    );
    assert_eq!(
        refused("<iommu model='virtio'><driver aw_bits='48'/></iommu>"),
        (
            XML_ERROR,
            DOMAIN,
            "XML error: iommu model 'virtio' doesn't support additional attributes".into()
        )
    );
}

#[test]
fn filesystems() {
    assert_eq!(
        written("<filesystem fmode='644'><source dir='/a'/><target dir='/b'/></filesystem>"),
        [
            "<filesystem type='mount' accessmode='passthrough' fmode='0644'>",
            "<source dir='/a'/>",
            "<target dir='/b'/>",
            "</filesystem>"
        ]
    );
    assert_eq!(
        written(
            "<filesystem type='ram'><source usage='2' units='MiB'/><target dir='/b'/></filesystem>"
        ),
        [
            "<filesystem type='ram' accessmode='passthrough'>",
            "<source usage='2048' units='KiB'/>",
            "<target dir='/b'/>",
            "</filesystem>"
        ]
    );
    let (code, _, msg) = refused("<filesystem><target dir='/b'/></filesystem>");
    assert_eq!(code, virErrorNumber::VIR_ERR_NO_SOURCE as i32);
    assert!(msg.ends_with("/b"), "{msg}");
    assert_eq!(
        refused("<filesystem dmode='1000'><source dir='/a'/></filesystem>").2,
        "XML error: invalid dmode: '01000'"
    );
}

#[test]
fn host_devices() {
    assert_eq!(
        written("<hostdev mode='subsystem' type='usb'><source><vendor id='0x1'/><product id='2'/></source></hostdev>"),
        [
            "<hostdev mode='subsystem' type='usb' managed='no'>",
            "<source>",
            "<vendor id='0x0001'/>",
            "<product id='0x0002'/>",
            "</source>",
            "</hostdev>"
        ]
    );
    // SCSI host devices without an address get the next free unit.
    let scsi = |u: u32| {
        format!(
            "<hostdev mode='subsystem' type='scsi'><source><adapter name='h'/>\
             <address bus='0' target='0' unit='{u}'/></source></hostdev>"
        )
    };
    let out = written(&(0..8).map(scsi).collect::<String>());
    let addrs: Vec<&String> = out.iter().filter(|l| l.contains("type='drive'")).collect();
    assert_eq!(addrs.len(), 8);
    assert!(addrs[6].contains("controller='0' bus='0' target='0' unit='6'"));
    assert!(addrs[7].contains("controller='1' bus='0' target='0' unit='0'"));
    assert_eq!(
        refused("<hostdev mode='subsystem' type='pci'><source><address bus='0x100' slot='1'/></source></hostdev>"),
        (
            XML_ERROR,
            NONE,
            "XML error: Invalid PCI address bus='0x100', must be <= 0xFF".into()
        )
    );
    assert_eq!(
        refused(
            "<hostdev mode='subsystem' type='pci'><source/><teaming persistent='x'/></hostdev>"
        )
        .2,
        "unsupported configuration: unknown teaming type '(null)'"
    );
    assert_eq!(
        refused("<hostdev mode='subsystem' type='scsi_host'><source protocol='vhost' wwpn='naa.12'/></hostdev>").2,
        "XML error: malformed 'wwpn' value"
    );
}

#[test]
fn memory_devices() {
    assert_eq!(
        written("<memory model='virtio-mem'><target><size unit='MiB'>512</size><block unit='MiB'>2</block><requested unit='MiB'>256</requested></target></memory>"),
        [
            "<memory model='virtio-mem'>",
            "<target>",
            "<size unit='KiB'>524288</size>",
            "<block unit='KiB'>2048</block>",
            "<requested unit='KiB'>262144</requested>",
            "</target>",
            "</memory>"
        ]
    );
    let live = DomainDef::parse(&doc(
        "<memory model='virtio-mem'><target><size>4096</size><block>2048</block></target></memory>",
    ))
    .unwrap()
    .format(Some(1));
    assert!(live.contains("<current unit='KiB'>0</current>"));
    assert_eq!(
        refused("<memory model='dimm'/>").2,
        "XML error: missing <target> element for <memory> device"
    );
    assert_eq!(
        refused("<memory model='virtio-pmem'><target><size>1</size></target></memory>").2,
        "path is required for model 'virtio-pmem'"
    );
}

#[test]
fn garbage_devices_never_panic() {
    let seed = doc(
        "<hostdev mode='subsystem' type='scsi'><source protocol='iscsi' name='n'><host name='h' port='1'/>\
         <auth type='chap' username='u'><secret type='iscsi' usage='x'/></auth></source></hostdev>\
         <hostdev mode='subsystem' type='usb'><source><vendor id='1'/><product id='2'/><address bus='1' device='2'/></source></hostdev>\
         <filesystem type='mount'><driver type='virtiofs' queue='4'/><binary path='/p'><lock posix='on'/><thread_pool size='2'/></binary>\
         <source dir='/a'/><target dir='/b'/></filesystem>\
         <memory model='nvdimm'><source><path>/p</path></source><target><size>1024</size><label><size>128</size></label></target></memory>\
         <memballoon model='virtio'><stats period='3'/></memballoon>\
         <rng model='virtio'><rate bytes='1' period='2'/><backend model='egd' type='unix'><source path='/s'/></backend></rng>\
         <shmem name='s'><model type='ivshmem-doorbell'/><server path='/x'/><msi vectors='2'/></shmem>\
         <vsock><cid address='4'/></vsock><iommu model='intel'/><panic model='isa'/><watchdog model='ib700'/><nvram/><hub type='usb'/>",
    );
    for text in crate::testutil::noise(3000, &[&seed]) {
        if let Ok(d) = DomainDef::parse(&text) {
            let _ = d.format(Some(1));
        }
    }
}

#[test]
fn memory_devices_count_in_the_total() {
    let dimm = "<memory model='dimm'><target><size>1024</size><node>0</node></target></memory>";
    let numa = "<cpu><numa><cell id='0' cpus='0' memory='2048'/></numa></cpu>";
    let with = |memory: &str| {
        format!(
            "<domain type='test'><name>a</name><maxMemory slots='2'>8192</maxMemory>{memory}{numa}\
             <os><type>hvm</type></os><devices>{dimm}</devices></domain>"
        )
    };
    // Without <memory>, the NUMA cells and the modules make the total.
    let d = DomainDef::parse(&with("")).unwrap();
    assert_eq!((d.memory_kib, d.current_memory_kib), (3072, 3072));
    // With it, <memory> stands (the cells do not override it).
    let d = DomainDef::parse(&with("<memory>4096</memory>")).unwrap();
    assert_eq!(d.memory_kib, 4096);
    let e = DomainDef::parse(&doc(&dimm
        .replace("1024", "8388608")
        .replace("<node>0</node>", "")))
    .unwrap_err();
    assert_eq!(
        e.message,
        "XML error: Total size of memory devices exceeds the total memory size"
    );
}

#[test]
fn domain_wide_host_device_rules() {
    let pci = "<hostdev mode='subsystem' type='pci'><source><address bus='1' slot='2'/></source></hostdev>";
    assert_eq!(
        refused(&pci.repeat(2)),
        (
            XML_ERROR,
            DOMAIN,
            "XML error: Hostdev already exists in the domain configuration".into()
        )
    );
    assert_eq!(
        refused("<controller type='usb' index='0' model='none'/><hub type='usb'/>").2,
        "unsupported configuration: Can't add USB hub: USB is disabled for this domain"
    );
    let drive = "<address type='drive' controller='0' bus='1' target='0' unit='3'/>";
    let scsi = |a: &str| {
        format!(
            "<hostdev mode='subsystem' type='scsi'><source><adapter name='{a}'/>\
             <address bus='0' target='0' unit='0'/></source>{drive}</hostdev>"
        )
    };
    assert_eq!(
        refused(&(scsi("a") + &scsi("b"))).2,
        "unsupported configuration: SCSI host address controller='1' bus='0' target='0' unit='3' in use by another SCSI host device"
    );
}

#[test]
fn address_errors_come_from_the_device_code() {
    let e = DomainDef::parse(&doc(
        "<watchdog model='diag288'><address type='ccw' cssid='0xfe'/></watchdog>",
    ))
    .unwrap_err();
    assert_eq!(
        (e.domain, e.message.as_str()),
        (
            virErrorDomain::VIR_FROM_DEVICE as i32,
            "internal error: Invalid partial specification for virtio ccw address"
        )
    );
}

#[test]
fn rng_egd_backends_are_character_devices() {
    assert_eq!(
        written("<rng model='virtio'><backend model='egd' type='unix'><source path='/s'/><protocol type='raw'/></backend></rng>"),
        [
            "<rng model='virtio'>",
            "<backend model='egd' type='unix'>",
            "<source mode='connect' path='/s'/>",
            "</backend>",
            "</rng>"
        ]
    );
    assert_eq!(
        refused("<rng model='virtio'><backend model='egd' type='pipe'/></rng>").2,
        "internal error: Missing source path attribute for char device"
    );
    assert_eq!(
        refused("<rng model='virtio'><backend model='egd' type='nope'/></rng>").2,
        "unsupported configuration: unknown backend type 'nope' for egd"
    );
}

#[test]
fn scsi_disks_take_units_first() {
    let out = written(
        "<disk type='file' device='disk'><source file='/a.img'/><target dev='sda'/>\
         <address type='drive' controller='0' bus='0' target='0' unit='0'/></disk>\
         <hostdev mode='subsystem' type='scsi'><source><adapter name='a'/>\
         <address bus='0' target='0' unit='0'/></source></hostdev>",
    );
    assert!(out
        .iter()
        .any(|l| l == "<address type='drive' controller='0' bus='0' target='0' unit='1'/>"));
}
