//! `<controller>` against what libvirt 9.0's test driver makes of the same
//! documents (checked with the C library: tests/python/controller_scenario.py).

use crate::conf::domain::{DomainDef, FormatCtx};
use oxvirt_abi::{virErrorDomain, virErrorNumber};

fn dom(devices: &str) -> String {
    format!(
        "<domain type='test'><name>c</name><memory>1024</memory>\
         <os><type arch='x86_64'>hvm</type></os><devices>{devices}</devices></domain>"
    )
}

/// The `<controller>` elements (and the addresses of other devices) of
/// the canonical output, one string.
fn controllers_with(devices: &str, cx: &FormatCtx) -> String {
    let d = DomainDef::parse(&dom(devices)).unwrap();
    let text = d.format_with(None, cx);
    let mut out = String::new();
    let mut inside = false;
    for l in text.lines() {
        let t = l.trim_start();
        if t.starts_with("<controller") {
            inside = !t.ends_with("/>");
            out.push_str(&l[4..]);
            out.push('\n');
        } else if inside {
            out.push_str(&l[4..]);
            out.push('\n');
            inside = t != "</controller>";
        }
    }
    out
}

fn controllers(devices: &str) -> String {
    controllers_with(devices, &FormatCtx::default())
}

fn addresses(devices: &str) -> Vec<String> {
    let d = DomainDef::parse(&dom(devices)).unwrap();
    d.format(None)
        .lines()
        .filter(|l| l.starts_with("      <address"))
        .map(|l| l.trim().to_string())
        .collect()
}

/// (error domain, code, message) of a refused document.
fn refused(devices: &str) -> (i32, i32, String) {
    let e = DomainDef::parse(&dom(devices)).unwrap_err();
    (e.domain, e.code, e.message)
}

#[test]
fn every_option_in_libvirt_order() {
    assert_eq!(
        controllers(
            "<controller type='scsi' model='virtio-scsi'><address type='pci' slot='3'/>\
             <driver page_per_vq='off' iothread='2' queues='4' ioeventfd='on' iommu='on' \
             max_sectors='512' cmd_per_lun='8' packed='on' ats='off'/><alias name='ua-s'/></controller>\
             <controller type='xenbus' maxEventChannels='2047' maxGrantFrames='64'/>\
             <controller type='virtio-serial' vectors='4' ports='16'/>\
             <controller type='usb' ports='8' model='qemu-xhci'/>\
             <controller type='pci' index='2' model='pcie-expander-bus'><pcihole64>9</pcihole64>\
             <target hotplug='off' index='5' busNr='252' port='16' chassis='1' chassisNr='7'>\
             <node>1</node></target><model name='pxb-pcie'/></controller>\
             <controller type='pci' index='0' model='pcie-root'><pcihole64 unit='b'>1025</pcihole64></controller>"
        ),
        "<controller type='scsi' index='0' model='virtio-scsi'>
  <driver queues='4' cmd_per_lun='8' max_sectors='512' ioeventfd='on' iothread='2' iommu='on' ats='off' packed='on' page_per_vq='off'/>
  <alias name='ua-s'/>
  <address type='pci' domain='0x0000' bus='0x00' slot='0x03' function='0x0'/>
</controller>
<controller type='xenbus' index='0' maxGrantFrames='64' maxEventChannels='2047'/>
<controller type='virtio-serial' index='0' ports='16' vectors='4'/>
<controller type='usb' index='0' model='qemu-xhci' ports='8'/>
<controller type='pci' index='0' model='pcie-root'>
  <pcihole64 unit='KiB'>2</pcihole64>
</controller>
<controller type='pci' index='2' model='pcie-expander-bus'>
  <model name='pxb-pcie'/>
  <target chassisNr='7' chassis='1' port='0x10' busNr='252' index='5' hotplug='off'>
    <node>1</node>
  </target>
</controller>
"
    );
}

#[test]
fn what_libvirt_leaves_out() {
    // No type is IDE; empty <driver>/<target>, model name "none", options
    // of other types, and the address of a "none" USB controller vanish.
    assert_eq!(
        controllers(
            "<controller/><controller type='scsi'><driver queues='0'/></controller>\
             <controller type='pci' index='0' model='pci-root'><target/><model name='none'/></controller>\
             <controller type='pci' index='1' model='pci-bridge'><pcihole64>5</pcihole64></controller>\
             <controller type='usb' model='none' vectors='x'><alias name='ua-u'/>\
             <address type='bogus'/><model name='pxb'/><target chassis='q'/></controller>"
        ),
        "<controller type='ide' index='0'/>
<controller type='scsi' index='0'/>
<controller type='pci' index='0' model='pci-root'/>
<controller type='pci' index='1' model='pci-bridge'/>
<controller type='usb' index='0' model='none'/>
"
    );
}

#[test]
fn sorted_by_type_and_index_as_read() {
    assert_eq!(
        controllers(
            "<controller type='ide' index='2'/><controller type='usb' index='1' model='ehci'/>\
             <controller type='ide' index='0'/><controller type='usb' index='0' model='piix3-uhci'/>\
             <controller type='ide'/><controller type='ide' index='1'/>"
        ),
        "<controller type='ide' index='0'/>
<controller type='ide' index='1'/>
<controller type='ide' index='2'/>
<controller type='ide' index='3'/>
<controller type='usb' index='0' model='piix3-uhci'/>
<controller type='usb' index='1' model='ehci'/>
"
    );
}

#[test]
fn usb2_companions_share_their_masters_index() {
    assert_eq!(
        controllers(
            "<controller type='usb' model='ich9-ehci1'/><controller type='usb' model='ich9-uhci1'/>\
             <controller type='usb' model='ich9-uhci3'/><controller type='usb' model='ich9-uhci1'/>\
             <controller type='usb' index='0' model='ich9-uhci2'><master startport='6'/></controller>"
        ),
        // The companion given index 0 takes it first: the group read
        // before it gets 1, and the second UHCI1 starts a group of its own.
        "<controller type='usb' index='1' model='ich9-ehci1'/>
<controller type='usb' index='1' model='ich9-uhci1'>
  <master startport='0'/>
</controller>
<controller type='usb' index='1' model='ich9-uhci3'>
  <master startport='4'/>
</controller>
<controller type='usb' index='2' model='ich9-uhci1'>
  <master startport='0'/>
</controller>
<controller type='usb' index='0' model='ich9-uhci2'>
  <master startport='6'/>
</controller>
"
    );
    // A master read after its companion still goes before it.
    assert_eq!(
        controllers(
            "<controller type='usb' index='0' model='ich9-uhci1'/>\
             <controller type='usb' index='0' model='ich9-ehci1'/>"
        ),
        "<controller type='usb' index='0' model='ich9-ehci1'/>
<controller type='usb' index='0' model='ich9-uhci1'>
  <master startport='0'/>
</controller>
"
    );
}

#[test]
fn migratable_hides_the_default_phb_name() {
    let doc = "<controller type='pci' index='0' model='pci-root'>\
               <model name='spapr-pci-host-bridge'/><target index='0'/></controller>";
    assert!(controllers(doc).contains("<model name='spapr-pci-host-bridge'/>"));
    let m = FormatCtx {
        migratable: true,
        ..FormatCtx::default()
    };
    assert_eq!(
        controllers_with(doc, &m),
        "<controller type='pci' index='0' model='pci-root'>
  <target index='0'/>
</controller>
"
    );
}

#[test]
fn implied_by_drive_addresses() {
    // Appended after the given ones, by type (SCSI, FDC, IDE, SATA), each
    // from 0 to the highest controller an address names.
    assert_eq!(
        controllers(
            "<disk type='file' device='disk'><source file='/d'/><target dev='sda' bus='scsi'/>\
             <address type='drive' controller='2' bus='0' target='0' unit='0'/></disk>\
             <disk type='file' device='disk'><source file='/d'/><target dev='hdb'/>\
             <address type='drive' controller='1' bus='0' target='0' unit='1'/></disk>\
             <disk type='file' device='floppy'><source file='/f'/><target dev='fda'/>\
             <address type='drive' controller='0' bus='0' target='0' unit='0'/></disk>\
             <disk type='file' device='disk'><source file='/d'/><target dev='vda'/>\
             <address type='drive' controller='4' bus='0' target='0' unit='0'/></disk>\
             <controller type='scsi' index='1' model='lsilogic'/>"
        ),
        "<controller type='scsi' index='1' model='lsilogic'/>
<controller type='scsi' index='0'/>
<controller type='scsi' index='2'/>
<controller type='fdc' index='0'/>
<controller type='ide' index='0'/>
<controller type='ide' index='1'/>
"
    );
}

#[test]
fn implied_by_virtio_chardevs_smartcards_and_scsi_hostdevs() {
    assert_eq!(
        controllers(
            "<controller type='virtio-serial' index='1'/>\
             <channel type='pty'><target type='virtio' name='a'/>\
             <address type='virtio-serial' controller='3' bus='0' port='1'/></channel>\
             <console type='pty'><target type='virtio'/></console>\
             <smartcard mode='host'><address type='ccid' controller='2' slot='0'/></smartcard>\
             <controller type='scsi' index='1' model='virtio-scsi'/>\
             <hostdev mode='subsystem' type='scsi'><source><adapter name='scsi_host0'/>\
             <address bus='0' target='0' unit='0'/></source>\
             <address type='drive' controller='1' bus='0' target='0' unit='0'/></hostdev>"
        ),
        // A SCSI host device's controllers are added as it is read, the
        // others after the post-parse rules.
        "<controller type='virtio-serial' index='1'/>
<controller type='scsi' index='1' model='virtio-scsi'/>
<controller type='scsi' index='0' model='virtio-scsi'/>
<controller type='virtio-serial' index='3'/>
<controller type='virtio-serial' index='0'/>
<controller type='ccid' index='2'/>
"
    );
}

#[test]
fn smartcards_without_address_get_the_next_slot() {
    assert_eq!(
        addresses(
            "<smartcard mode='host'/>\
             <smartcard mode='host'><address type='ccid' controller='0' slot='3'/></smartcard>\
             <smartcard mode='host'/>"
        ),
        [
            "<address type='ccid' controller='0' slot='4'/>",
            "<address type='ccid' controller='0' slot='3'/>",
            "<address type='ccid' controller='0' slot='5'/>",
        ]
    );
}

#[test]
fn errors_match_libvirt() {
    use virErrorNumber::*;
    let cases: &[(&str, virErrorNumber, &str)] = &[
        ("<controller type='bogus'/>", VIR_ERR_XML_ERROR,
         "XML error: Invalid value for attribute 'type' in element 'controller': 'bogus'."),
        ("<controller type='isa' model='x' index='-1'/>", VIR_ERR_CONFIG_UNSUPPORTED,
         "unsupported configuration: Unknown model type 'x'"),
        ("<controller type='ide' index='99999999999'/>", VIR_ERR_XML_ERROR,
         "XML error: Invalid value for attribute 'index' in element 'controller': '99999999999'. Expected integer value"),
        ("<controller type='ide' ports='-2'/>", VIR_ERR_XML_ERROR,
         "XML error: Invalid value for attribute 'ports' in element 'controller': '-2'. Expected non-negative value"),
        ("<controller type='scsi'><driver queues='-1'/></controller>", VIR_ERR_XML_ERROR,
         "XML error: Invalid value for attribute 'queues' in element 'driver': '-1'. Expected non-negative integer value"),
        ("<controller type='scsi'><driver iommu='yes'/></controller>", VIR_ERR_XML_ERROR,
         "XML error: Invalid value for attribute 'iommu' in element 'driver': 'yes'."),
        ("<controller type='pci'><model/><model/></controller>", VIR_ERR_XML_ERROR,
         "XML error: Multiple <model> elements in controller definition not allowed"),
        ("<controller type='ide'><target/><target/></controller>", VIR_ERR_XML_ERROR,
         "XML error: Multiple <target> elements in controller definition not allowed"),
        ("<controller type='scsi'><target><node>-1</node></target></controller>", VIR_ERR_XML_ERROR,
         "XML error: invalid NUMA node in target"),
        ("<controller type='pci' model='pci-root'><pcihole64>x</pcihole64></controller>", VIR_ERR_XML_ERROR,
         "XML error: Invalid value 'x' for element or attribute './pcihole64'"),
        ("<controller type='scsi' model='lsilogic'><driver iothread='1'/></controller>", VIR_ERR_XML_ERROR,
         "XML error: 'iothread' attribute only supported for virtio scsi controllers"),
        ("<controller type='scsi' index='1'/><controller type='scsi' index='1'/>", VIR_ERR_XML_ERROR,
         "XML error: Multiple 'scsi' controllers with index '1'"),
        ("<controller type='usb' model='ehci'/><controller type='usb' model='none'/>", VIR_ERR_XML_DETAIL,
         "Can't add another USB controller: USB is disabled for this domain"),
        ("<controller type='usb' index='0' model='ich9-uhci1'/>", VIR_ERR_XML_DETAIL,
         "No master USB controller specified"),
        ("<controller type='scsi'><address type='unassigned'/></controller>", VIR_ERR_CONFIG_UNSUPPORTED,
         "unsupported configuration: address of type 'unassigned' is supported only for hostdevs"),
        ("<controller type='pci' index='0' model='pci-root'><address type='pci' slot='1'/></controller>",
         VIR_ERR_CONFIG_UNSUPPORTED,
         "unsupported configuration: pci-root and pcie-root controllers should not have an address"),
        ("<controller type='pci' index='256' model='pci-bridge'/>", VIR_ERR_CONFIG_UNSUPPORTED,
         "unsupported configuration: PCI controller index 256 too high, maximum is 255"),
        ("<controller type='pci' index='1' model='pci-bridge'><target index='31'/></controller>",
         VIR_ERR_CONFIG_UNSUPPORTED,
         "unsupported configuration: PCI controller target index '31' out of range - must be 0-30"),
        ("<controller type='pci' index='0' model='pci-root'><target index='1'/></controller>",
         VIR_ERR_CONFIG_UNSUPPORTED,
         "unsupported configuration: Only the PCI controller with index 0 can have target index 0, and vice versa"),
        ("<controller type='pci' index='1' model='pci-bridge'><target chassisNr='0'/></controller>",
         VIR_ERR_CONFIG_UNSUPPORTED,
         "unsupported configuration: PCI controller chassisNr '0' out of range - must be 1-255"),
        ("<controller type='pci' index='1' model='pci-bridge'><target chassis='256'/></controller>",
         VIR_ERR_CONFIG_UNSUPPORTED,
         "unsupported configuration: PCI controller chassis '256' out of range - must be 0-255"),
        ("<controller type='pci' index='1' model='pci-bridge'><target port='256'/></controller>",
         VIR_ERR_CONFIG_UNSUPPORTED,
         "unsupported configuration: PCI controller port '256' out of range - must be 0-255"),
        ("<controller type='pci' index='1' model='pci-bridge'><target busNr='255'/></controller>",
         VIR_ERR_CONFIG_UNSUPPORTED,
         "unsupported configuration: PCI controller busNr '255' out of range - must be 1-254"),
        ("<controller type='pci' index='0' model='pci-root'><target><node>1</node></target></controller>",
         VIR_ERR_CONFIG_UNSUPPORTED,
         "unsupported configuration: The PCI controller with index=0 can't be associated with a NUMA node"),
    ];
    for (devices, code, msg) in cases {
        // libvirt's attribute and scaled-value helpers report from the XML
        // domain, the rest from the domain's.
        let from = if msg.contains("in element '") || msg.contains("for element or attribute") {
            virErrorDomain::VIR_FROM_XML
        } else {
            virErrorDomain::VIR_FROM_DOMAIN
        };
        assert_eq!(
            refused(devices),
            (from as i32, *code as i32, msg.to_string()),
            "{devices}"
        );
    }
}

#[test]
fn formatted_output_reads_back_the_same() {
    let doc = dom(
        "<controller type='usb' model='ich9-ehci1'/><controller type='usb' model='ich9-uhci1'/>\
         <controller type='pci' index='0' model='pci-root'><pcihole64 unit='GiB'>1</pcihole64></controller>\
         <controller type='pci' index='1' model='pcie-root-port'><target chassis='1' port='0x9'/></controller>\
         <controller type='scsi' model='virtio-scsi'><driver iothread='1' packed='on'/></controller>",
    );
    let d = DomainDef::parse(&doc).unwrap();
    let again = DomainDef::parse(&d.format(None)).unwrap();
    assert_eq!(again.format(None), d.format(None));
}

#[test]
fn usb_checks_run_as_controllers_are_read() {
    // The conflict is found at the second USB controller, before the
    // third controller is read.
    assert_eq!(
        refused(
            "<controller type='usb' model='none'/><controller type='usb' model='ehci'/>\
             <controller type='scsi' model='bogus'/>"
        )
        .2,
        "Can't add another USB controller: USB is disabled for this domain"
    );
    assert_eq!(
        refused(
            "<controller type='scsi' model='bogus'/>\
             <controller type='usb' model='none'/><controller type='usb' model='ehci'/>"
        )
        .2,
        "unsupported configuration: Unknown model type 'bogus'"
    );
    let d = DomainDef::parse(&dom("<controller type='usb' model='none'/>")).unwrap();
    assert!(d.devices.usb_disabled());
    let d = DomainDef::parse(&dom("<controller type='usb' model='ehci'/>")).unwrap();
    assert!(!d.devices.usb_disabled());
}

#[test]
fn usb_devices_refused_when_usb_is_disabled() {
    let none = "<controller type='usb' model='none'/>";
    for (devices, msg) in [
        ("<input type='tablet'/>", "Can't add USB input device. USB bus is disabled"),
        ("<input type='keyboard' bus='usb'/>", "Can't add USB input device. USB bus is disabled"),
        ("<hub type='usb'/>", "Can't add USB hub: USB is disabled for this domain"),
        (
            "<hub type='usb'/><hostdev mode='subsystem' type='usb'>\
             <source><vendor id='0x1234'/><product id='0xbeef'/></source></hostdev>",
            "Can't add host USB device: USB is disabled in this host",
        ),
        (
            "<hostdev mode='capabilities' type='storage'><source><block>/dev/sdf1</block></source></hostdev>",
            "Can't add host USB device: USB is disabled in this host",
        ),
    ] {
        let (_, code, m) = refused(&format!("{none}{devices}"));
        assert_eq!(code, virErrorNumber::VIR_ERR_CONFIG_UNSUPPORTED as i32, "{devices}");
        assert_eq!(m, format!("unsupported configuration: {msg}"), "{devices}");
    }
    // PS/2 inputs of an x86 guest and evdev inputs need no USB.
    assert!(DomainDef::parse(&dom(&format!(
        "{none}<input type='mouse'/><input type='keyboard'/>\
         <input type='evdev'><source dev='/dev/input/event1'/></input>"
    )))
    .is_ok());
}

#[test]
fn address_errors_come_from_libvirts_helpers_domains() {
    let none = virErrorDomain::VIR_FROM_NONE as i32;
    let device = virErrorDomain::VIR_FROM_DEVICE as i32;
    let xml = virErrorNumber::VIR_ERR_XML_ERROR as i32;
    let internal = virErrorNumber::VIR_ERR_INTERNAL_ERROR as i32;
    for (devices, want) in [
        (
            "<controller type='scsi'><address type='pci' bus='0x100' slot='1'/></controller>",
            (
                none,
                xml,
                "XML error: Invalid PCI address bus='0x100', must be <= 0xFF",
            ),
        ),
        (
            "<controller type='scsi'><address type='ccw' cssid='0xfe'/></controller>",
            (
                device,
                internal,
                "internal error: Invalid partial specification for virtio ccw address",
            ),
        ),
        (
            "<controller type='usb'><address type='usb' bus='0' port='1.2.3.4.5'/></controller>",
            (
                device,
                internal,
                "internal error: Cannot parse <address> 'port' attribute",
            ),
        ),
    ] {
        assert_eq!(
            refused(devices),
            (want.0, want.1, want.2.to_string()),
            "{devices}"
        );
    }
}

#[test]
fn many_controllers_stay_cheap() {
    // libvirt rescans its list for every free index; ours must not turn a
    // long document into cubic work.
    let many = "<controller type='scsi'/>".repeat(3000);
    let d = DomainDef::parse(&dom(&many)).unwrap();
    let text = d.format(None);
    assert!(text.contains("<controller type='scsi' index='0'/>"));
    assert!(text.contains("<controller type='scsi' index='2999'/>"));
}

#[test]
fn absurd_drive_addresses_are_refused_not_allocated() {
    // libvirt would try to add 2^31 controllers and run out of memory.
    for devices in [
        "<disk type='file' device='disk'><source file='/d'/><target dev='sda' bus='scsi'/>\
         <address type='drive' controller='2147483647' bus='0' target='0' unit='0'/></disk>",
        "<hostdev mode='subsystem' type='scsi'><source><adapter name='scsi_host0'/>\
         <address bus='0' target='0' unit='0'/></source>\
         <address type='drive' controller='70000' bus='0' target='0' unit='0'/></hostdev>",
    ] {
        let (_, code, _) = refused(devices);
        assert_eq!(code, virErrorNumber::VIR_ERR_CONFIG_UNSUPPORTED as i32);
    }
    // Below the limit, libvirt's answer: every index up to the one named.
    let out = controllers(
        "<disk type='file' device='disk'><source file='/d'/><target dev='hda'/>\
         <address type='drive' controller='300' bus='0' target='0' unit='0'/></disk>",
    );
    assert_eq!(out.lines().count(), 301);
    // A number C reads as negative is ignored.
    assert_eq!(
        controllers(
            "<disk type='file' device='disk'><source file='/d'/><target dev='hda'/>\
             <address type='drive' controller='4294967295' bus='0' target='0' unit='0'/></disk>"
        ),
        ""
    );
}
