//! Character devices and their relatives through the whole domain parser:
//! the outputs and errors here are the C library's (test driver, libvirt
//! 9.0.0) for the same documents.

use super::super::DomainDef;
use oxvirt_abi::virErrorDomain;

fn doc(os: &str, arch: &str, devices: &str) -> String {
    format!(
        "<domain type='test'><name>t</name><memory>1024</memory>\
         <os><type arch='{arch}'>{os}</type></os><devices>{devices}</devices></domain>"
    )
}

/// The `<devices>` element our round trip writes for `devices` of an
/// x86_64 HVM guest, without its first and last lines.
fn devices(devices: &str) -> String {
    devices_of("hvm", devices)
}

fn devices_of(os: &str, devices: &str) -> String {
    let out = DomainDef::parse(&doc(os, "x86_64", devices))
        .unwrap()
        .format(None);
    let start = out.find("  <devices>\n").unwrap() + "  <devices>\n".len();
    let end = out.find("  </devices>").unwrap();
    out[start..end].to_string()
}

/// (code, domain, message) of a refused device set.
fn refused_on(arch: &str, devices: &str) -> (i32, i32, String) {
    let e = DomainDef::parse(&doc("hvm", arch, devices)).unwrap_err();
    (e.code, e.domain, e.message)
}

fn refused(devices: &str) -> (i32, i32, String) {
    refused_on("x86_64", devices)
}

const DOMAIN: i32 = virErrorDomain::VIR_FROM_DOMAIN as i32;

#[test]
fn the_console_of_an_hvm_guest_is_its_first_serial_port() {
    assert_eq!(
        devices("<console type='pty'/>"),
        "    <serial type='pty'>
      <target port='0'/>
    </serial>
    <console type='pty'>
      <target type='serial' port='0'/>
    </console>
"
    );
    // The console is written from the serial port, port included.
    assert_eq!(
        devices(
            "<serial/><serial><target port='0'/></serial><serial type='null'/>\
             <parallel/><parallel><target port='4'/></parallel><parallel type='vc'/>"
        ),
        "    <serial type='pty'>
      <target port='1'/>
    </serial>
    <serial type='pty'>
      <target port='0'/>
    </serial>
    <serial type='null'>
      <target port='2'/>
    </serial>
    <parallel type='pty'>
      <target port='0'/>
    </parallel>
    <parallel type='pty'>
      <target port='4'/>
    </parallel>
    <parallel type='vc'>
      <target port='5'/>
    </parallel>
    <console type='pty'>
      <target type='serial' port='1'/>
    </console>
"
    );
    // Other guests keep their consoles as given, numbered in order.
    assert_eq!(
        devices_of(
            "xen",
            "<console type='pty'/><serial/><console type='pty'><target type='xen'/></console>"
        ),
        "    <serial type='pty'>
      <target port='0'/>
    </serial>
    <console type='pty'>
      <target type='serial' port='0'/>
    </console>
    <console type='pty'>
      <target type='xen' port='1'/>
    </console>
"
    );
}

#[test]
fn sources_in_canonical_form() {
    assert_eq!(
        devices(
            "<serial type='tcp'><source host='h' service='1' tls='no'>\
             <reconnect enabled='yes' timeout='10'/></source><log file='/l' append='on'/>\
             <target type='isa-serial'><model name='isa-serial'/></target></serial>\
             <serial type='udp'><source host='b' service='2'/>\
             <source mode='bind' host='a' service='1'/></serial>"
        ),
        "    <serial type='tcp'>
      <source mode='connect' host='h' service='1' tls='no'>
        <reconnect enabled='yes' timeout='10'/>
      </source>
      <protocol type='raw'/>
      <log file='/l' append='on'/>
      <target type='isa-serial' port='0'>
        <model name='isa-serial'/>
      </target>
    </serial>
    <serial type='udp'>
      <source mode='bind' host='a' service='1'/>
      <source mode='connect' host='b' service='2'/>
      <target port='1'/>
    </serial>
    <console type='tcp'>
      <source mode='connect' host='h' service='1' tls='no'>
        <reconnect enabled='yes' timeout='10'/>
      </source>
      <protocol type='raw'/>
      <log file='/l' append='on'/>
      <target type='serial' port='0'/>
    </console>
"
    );
    // A persistent definition leaves out labels that only relabel.
    assert_eq!(
        devices(
            "<parallel type='file'><source path='/p'><seclabel model='dac'/>\
             <seclabel model='selinux' relabel='no'/></source></parallel>"
        ),
        "    <parallel type='file'>
      <source path='/p'>
        <seclabel model='selinux' relabel='no'/>
      </source>
      <target port='0'/>
    </parallel>
"
    );
}

#[test]
fn channels_smartcards_and_redirection() {
    assert_eq!(
        devices(
            "<channel type='pty'><target type='guestfwd' address='10.1' port='4600'/></channel>\
             <channel type='unix'><source mode='bind'/><target type='virtio' name='a' state='connected'/></channel>\
             <smartcard mode='host'><address type='ccid' controller='0' slot='3'/></smartcard>\
             <smartcard mode='passthrough' type='spicevmc'/>\
             <controller type='usb' index='0'/><redirdev type='dbus'/>\
             <redirfilter><usbdev class='0x08' vendor='0x15e1' version='1.1' allow='yes'/></redirfilter>"
        ),
        "    <controller type='usb' index='0'/>
    <controller type='virtio-serial' index='0'/>
    <controller type='ccid' index='0'/>
    <smartcard mode='host'>
      <address type='ccid' controller='0' slot='3'/>
    </smartcard>
    <smartcard mode='passthrough' type='spicevmc'>
      <address type='ccid' controller='0' slot='4'/>
    </smartcard>
    <channel type='pty'>
      <target type='guestfwd' address='10.0.0.1' port='4600'/>
    </channel>
    <channel type='unix'>
      <target type='virtio' name='a'/>
    </channel>
    <redirdev bus='usb' type='dbus'>
      <source channel='org.qemu.usbredir'/>
    </redirdev>
    <redirfilter>
      <usbdev class='0x08' vendor='0x15E1' version='1.10' allow='yes'/>
    </redirfilter>
"
    );
}

#[test]
fn refusals_are_the_c_librarys() {
    let xml = virErrorNumber::VIR_ERR_XML_ERROR as i32;
    let unsupported = virErrorNumber::VIR_ERR_CONFIG_UNSUPPORTED as i32;
    let internal = virErrorNumber::VIR_ERR_INTERNAL_ERROR as i32;
    use oxvirt_abi::virErrorNumber;
    let cases: &[(&str, i32, i32, &str)] = &[
        ("<channel type='pty'/>", xml, DOMAIN, "XML error: target type must be specified for channel device"),
        ("<channel type='pty'><target/></channel>", unsupported, DOMAIN,
         "unsupported configuration: unknown target type '(null)' specified for character device"),
        ("<channel type='pty'><target type='guestfwd' address='::1' port='1'/></channel>", unsupported, DOMAIN,
         "unsupported configuration: guestfwd channel only supports IPv4 addresses"),
        ("<channel type='pty'><target type='guestfwd' address='nowhere' port='1'/></channel>",
         virErrorNumber::VIR_ERR_SYSTEM_ERROR as i32, virErrorDomain::VIR_FROM_NONE as i32,
         "Cannot parse socket address 'nowhere': Name or service not known"),
        ("<console type='pty'/><console type='pty'/>", unsupported, DOMAIN,
         "unsupported configuration: Only the first console can be a serial port"),
        ("<serial><target port='x'/></serial>", xml, DOMAIN, "XML error: Invalid port number: x"),
        ("<serial><target type='isa-serial' port='1'/></serial><serial><target type='isa-serial' port='1'/></serial>",
         internal, DOMAIN, "internal error: target port '1' already allocated"),
        ("<serial><target type='isa-serial' port='4'/></serial>", internal, DOMAIN,
         "internal error: Maximum supported number of ISA serial ports is '4'"),
        ("<serial type='tcp'><source host='a' service='1' mode='bind'><reconnect enabled='no'/></source></serial>",
         internal, DOMAIN, "internal error: chardev reconnect is possible only for connect mode"),
        ("<serial type='file'/>", internal, DOMAIN, "internal error: Missing source path attribute for char device"),
        ("<serial type='pty'><source/><source/></serial>", xml, DOMAIN,
         "XML error: only one source element is allowed for character device"),
        ("<serial type='file'><source path='/x'><seclabel model='dac'/><seclabel model='dac'/></source></serial>",
         virErrorNumber::VIR_ERR_XML_DETAIL as i32, DOMAIN, "seclabel for model dac is already provided"),
        ("<serial type='spiceport'><source channel='a b'/></serial>", virErrorNumber::VIR_ERR_INVALID_ARG as i32,
         DOMAIN, "invalid argument: Invalid character in source channel for char device"),
        ("<serial type='spicevmc'/>", unsupported, DOMAIN,
         "unsupported configuration: spicevmc device type only supports virtio"),
        ("<serial><target type='usb-serial'/><address type='pci'/></serial>", unsupported, DOMAIN,
         "unsupported configuration: usb-serial requires address of usb type"),
        ("<smartcard mode='host-certificates'><certificate>a</certificate></smartcard>", xml, DOMAIN,
         "XML error: host-certificates mode needs exactly three certificates"),
        ("<smartcard mode='host'><address type='pci'/></smartcard>", unsupported, DOMAIN,
         "unsupported configuration: Controllers must use the 'ccid' address type"),
        ("<redirdev type='spicevmc'/>", unsupported, DOMAIN,
         "unsupported configuration: cannot add redirected USB device: USB is disabled for this domain"),
        ("<redirfilter><usbdev version='100.1' allow='no'/></redirfilter>", xml, DOMAIN,
         "XML error: Cannot parse USB device version 100.1"),
        ("<redirfilter/><redirfilter/>", internal, DOMAIN,
         "internal error: only one set of redirection filter rule is supported"),
    ];
    for (devs, code, domain, message) in cases {
        assert_eq!(
            refused(devs),
            (*code, *domain, message.to_string()),
            "{devs}"
        );
    }
    assert_eq!(
        refused_on("aarch64", "<serial><target type='isa-debug'/></serial>"),
        (
            unsupported,
            DOMAIN,
            "unsupported configuration: isa-debug serial type only valid on x86 architecture"
                .into()
        )
    );
}

#[test]
fn garbage_never_panics() {
    let rich = doc(
        "hvm",
        "x86_64",
        "<serial type='tcp'><source host='h' service='1'><reconnect enabled='yes' timeout='1'/>\
         </source><target type='isa-serial' port='1'/></serial><console type='pty'/>\
         <channel type='pty'><target type='guestfwd' address='1.2.3.4' port='1'/></channel>\
         <smartcard mode='passthrough' type='unix'><source path='/s'/></smartcard>\
         <redirfilter><usbdev class='1' version='2.0' allow='yes'/></redirfilter>",
    );
    for text in crate::testutil::noise(2000, &[&rich]) {
        if let Ok(d) = DomainDef::parse(&text) {
            let _ = d.format(Some(1));
            let _ = d.format(None);
        }
    }
}

#[test]
fn label_overrides_need_a_relabelling_domain() {
    let with = |domain_label: &str, model: &str| {
        DomainDef::parse(&format!(
            "<domain type='test'><name>t</name><memory>1024</memory><os><type>hvm</type></os>\
             <devices><serial type='file'><source path='/x'><seclabel model='{model}' relabel='no'/>\
             </source></serial></devices>{domain_label}</domain>"
        ))
        .map(|_| ())
        .map_err(|e| e.message)
    };
    let refusal = Err(
        "unsupported configuration: label overrides require relabeling to be enabled at the domain level"
            .to_string(),
    );
    assert_eq!(with("<seclabel type='none' model='dac'/>", "dac"), refusal);
    assert_eq!(
        with(
            "<seclabel type='static' model='dac'><label>a</label></seclabel>",
            "dac"
        ),
        refusal
    );
    assert_eq!(
        with("<seclabel type='none' model='dac'/>", "selinux"),
        Ok(())
    );
    assert_eq!(
        with("<seclabel type='dynamic' model='dac'/>", "dac"),
        Ok(())
    );
}

#[test]
fn guestfwd_addresses_read_as_the_resolver_reads_them() {
    let target = |a: &str| {
        let devs = format!(
            "<channel type='pty'><target type='guestfwd' address='{a}' port='70000'/></channel>"
        );
        DomainDef::parse(&doc("hvm", "x86_64", &devs))
            .map(|d| {
                let out = d.format(None);
                let at = out.find("<target").unwrap_or(0);
                out[at..].lines().next().unwrap_or("").to_string()
            })
            .map_err(|e| e.message)
    };
    // The port keeps its low 16 bits, as the socket address does.
    let ok = |addr: &str| {
        Ok(format!(
            "<target type='guestfwd' address='{addr}' port='4464'/>"
        ))
    };
    assert_eq!(target("0x7f.1"), ok("127.0.0.1"));
    assert_eq!(target("010.1.2.3"), ok("8.1.2.3"));
    assert_eq!(target("4294967295"), ok("255.255.255.255"));
    for bad in [
        "0x",
        "09",
        "1.2.3.256",
        "1..2",
        "",
        "1.2.3.4.",
        "4294967296",
    ] {
        assert_eq!(
            target(bad),
            Err(format!(
                "Cannot parse socket address '{bad}': Name or service not known"
            )),
            "{bad}"
        );
    }
}

#[test]
fn user_aliases_are_unique_but_for_the_console_twin() {
    use oxvirt_abi::virErrorNumber;
    let accepted = |devs: &str| DomainDef::parse(&doc("hvm", "x86_64", devs)).is_ok();
    // The first serial port and its equals are one device with the console.
    assert!(accepted(
        "<serial><target port='0'/><alias name='ua-a'/></serial>\
         <serial><target port='0'/><alias name='ua-a'/></serial><parallel><alias name='ua-b'/></parallel>"
    ));
    // The first serial port is numbered 1 here: its namesake is another.
    assert!(!accepted(
        "<serial><alias name='ua-a'/></serial><serial><target port='0'/><alias name='ua-a'/></serial>\
         <parallel><alias name='ua-a'/></parallel>"
    ));
    assert_eq!(
        refused(
            "<parallel><alias name='ua-a'/></parallel>\
             <channel type='pty'><target type='xen'/><alias name='ua-a'/></channel>"
        ),
        (
            virErrorNumber::VIR_ERR_CONFIG_UNSUPPORTED as i32,
            DOMAIN,
            "unsupported configuration: non unique alias detected: ua-a".into()
        )
    );
    // Without a console (not an HVM guest) there is no twin.
    assert!(DomainDef::parse(&doc(
        "xen",
        "x86_64",
        "<serial><alias name='ua-a'/></serial><parallel><alias name='ua-a'/></parallel>"
    ))
    .is_err());
}
