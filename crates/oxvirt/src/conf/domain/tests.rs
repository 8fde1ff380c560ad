use super::*;

/// The test driver's default domain, in libvirt's canonical form.
const DOC: &str = include_str!("../../../data/test-default-domain.xml");
/// A minimal domain with `extra` inside.
fn dom(extra: &str) -> String {
    format!("<domain type='test'><name>a</name>{extra}<os><type>hvm</type></os></domain>")
}

/// (code, domain, message) of a refused document.
fn refused(xml: &str) -> (i32, i32, String) {
    let e = DomainDef::parse(xml).unwrap_err();
    (e.code, e.domain, e.message)
}

const DOMAIN: i32 = virErrorDomain::VIR_FROM_DOMAIN as i32;
const XML: i32 = virErrorDomain::VIR_FROM_XML as i32;
const NONE: i32 = virErrorDomain::VIR_FROM_NONE as i32;

#[test]
fn garbage_never_panics() {
    for text in crate::testutil::noise(3000, &[DOC, &dom("<memory>1</memory>")]) {
        if let Ok(d) = DomainDef::parse(&text) {
            // Whatever parses must format without panicking.
            let _ = d.format(Some(1));
        }
    }
}

#[test]
fn round_trip_is_identical() {
    let d = DomainDef::parse(DOC).unwrap();
    assert_eq!(d.name, "test");
    assert_eq!(d.memory_kib, 8388608);
    assert_eq!(d.current_memory_kib, 2097152);
    assert_eq!(d.vcpus, 2);
    assert_eq!(d.virt_type, "test");
    assert_eq!(d.os_type, "hvm");
    assert_eq!(d.boot_devs, [BootDev::Hd]);
    assert_eq!(d.devices.len(), 3);
    assert_eq!(d.format(None), DOC);
    assert!(d
        .format(Some(1))
        .starts_with("<domain type='test' id='1'>\n"));
    // What it writes, it reads back the same.
    assert_eq!(DomainDef::parse(&d.format(Some(1))).unwrap(), d);
}

#[test]
fn units_scale_to_kib() {
    let d = DomainDef::parse(&dom("<memory unit='GiB'>1</memory>")).unwrap();
    assert_eq!(d.memory_kib, 1 << 20);
    assert_eq!(d.current_memory_kib, 1 << 20);
    assert_eq!(d.vcpus, 1);
    let d = DomainDef::parse(&dom(
        "<memory unit='b'>1025</memory><currentMemory unit='KB'>1</currentMemory>",
    ))
    .unwrap();
    assert_eq!((d.memory_kib, d.current_memory_kib), (2, 1));
    // Text inside nested elements counts, as in XPath.
    let d = DomainDef::parse(&dom("<memory>1<x>2</x></memory>")).unwrap();
    assert_eq!(d.memory_kib, 12);
    // Larger current memory is capped.
    let d = DomainDef::parse(&dom("<memory>1</memory><currentMemory>2</currentMemory>")).unwrap();
    assert_eq!(d.current_memory_kib, 1);
}

#[test]
fn memory_errors_match_libvirt() {
    let overflow = virErrorNumber::VIR_ERR_OVERFLOW as i32;
    let xml_err = virErrorNumber::VIR_ERR_XML_ERROR as i32;
    assert_eq!(
        refused(&dom("<memory unit='TiB'>99999999999</memory>")),
        (
            overflow,
            NONE,
            "numerical overflow: value too large: 99999999999TiB".into()
        )
    );
    assert_eq!(
        refused(&dom("<memory>9007199254740992</memory>")),
        (
            overflow,
            NONE,
            "numerical overflow: value too large: 9007199254740992".into()
        )
    );
    assert!(DomainDef::parse(&dom("<memory>9007199254740991</memory>")).is_ok());
    assert_eq!(
        refused(&dom("<memory unit='b'>9223372036854774785</memory>")),
        (
            overflow,
            DOMAIN,
            "numerical overflow: size value too large".into()
        )
    );
    assert_eq!(
        refused(&dom("<memory>5 </memory>")),
        (
            xml_err,
            XML,
            "XML error: Invalid value '5 ' for element or attribute './memory[1]'".into()
        )
    );
    assert_eq!(
        refused(&dom("<memory>1</memory><currentMemory>-1</currentMemory>")).2,
        "XML error: Invalid value '-1' for element or attribute './currentMemory[1]'"
    );
    assert_eq!(
        refused(&dom("<memory unit='foo'>1</memory>")),
        (
            virErrorNumber::VIR_ERR_INVALID_ARG as i32,
            NONE,
            "invalid argument: unknown suffix 'foo'".into()
        )
    );
    for missing in ["", "<memory></memory>", "<memory unit='KiB'/>"] {
        assert_eq!(
            refused(&dom(missing)),
            (xml_err, DOMAIN, "XML error: Memory size must be specified via <memory> or in the <numa> configuration".into())
        );
    }
}

#[test]
fn document_errors_match_libvirt() {
    let code = |c: virErrorNumber| c as i32;
    assert_eq!(
        refused("<network/>"),
        (
            code(virErrorNumber::VIR_ERR_XML_ERROR),
            XML,
            "XML error: expecting root element of 'domain', not 'network'".into()
        )
    );
    assert_eq!(
        refused("<domain"),
        (
            code(virErrorNumber::VIR_ERR_XML_DETAIL),
            DOMAIN,
            "(domain_definition):1: Couldn't find end of Start Tag domain line 1\n<domain\n-------^".into()
        )
    );
    assert_eq!(
        refused("<domain type='test'></domain>"),
        (
            code(virErrorNumber::VIR_ERR_NO_NAME),
            DOMAIN,
            "missing name information".into()
        )
    );
    assert_eq!(
        refused("<domain type='test'><name></name></domain>").2,
        "missing name information"
    );
    assert_eq!(
        refused("<domain><name>a</name></domain>"),
        (
            code(virErrorNumber::VIR_ERR_INTERNAL_ERROR),
            DOMAIN,
            "internal error: missing domain type attribute".into()
        )
    );
    let unsupported = code(virErrorNumber::VIR_ERR_CONFIG_UNSUPPORTED);
    assert_eq!(
        refused("<domain type='bogus'><name>a</name></domain>"),
        (
            unsupported,
            DOMAIN,
            "unsupported configuration: invalid domain type bogus".into()
        )
    );
    assert_eq!(
        refused("<domain type='test'><name>a</name><memory>5</memory></domain>"),
        (
            code(virErrorNumber::VIR_ERR_XML_ERROR),
            DOMAIN,
            "XML error: an os <type> must be specified".into()
        )
    );
    assert_eq!(
        refused("<domain type='test'><name>a</name><os><type>bogus</type></os></domain>").2,
        "unsupported configuration: unknown OS type 'bogus'"
    );
    assert_eq!(
        refused("<domain type='test'><name>a</name><os><type arch='zz'>hvm</type></os></domain>").2,
        "unsupported configuration: Unknown architecture zz"
    );
    assert_eq!(
        refused(&dom("<uuid>zz</uuid>")),
        (
            code(virErrorNumber::VIR_ERR_INTERNAL_ERROR),
            DOMAIN,
            "internal error: malformed uuid element".into()
        )
    );
    let d = DomainDef::parse(&dom(
        "<memory>5</memory><uuid> 6695eb01-f6a4-8304-79aa-97f2502e193f </uuid>",
    ))
    .unwrap();
    assert_eq!(d.uuid[0], 0x66);
}

#[test]
fn field_errors_match_libvirt() {
    let m = |extra: &str| refused(&dom(&format!("<memory>5</memory>{extra}")));
    assert_eq!(
        m("<vcpu>3 </vcpu>"),
        (
            virErrorNumber::VIR_ERR_XML_ERROR as i32,
            DOMAIN,
            "XML error: maximum vcpus count must be an integer".into()
        )
    );
    assert_eq!(
        m("<vcpu></vcpu>").2,
        "XML error: maximum vcpus count must be an integer"
    );
    assert_eq!(
        DomainDef::parse(&dom("<memory>5</memory><vcpu> 3</vcpu>"))
            .unwrap()
            .vcpus,
        3
    );
    assert_eq!(
        m("<vcpu current='x'>3</vcpu>"),
        (
            virErrorNumber::VIR_ERR_XML_ERROR as i32,
            XML,
            "XML error: Invalid value for attribute 'current' in element 'vcpu': 'x'. Expected non-negative integer value".into()
        )
    );
    assert_eq!(
        m("<vcpu placement='bogus'>3</vcpu>").2,
        "XML error: Invalid value for attribute 'placement' in element 'vcpu': 'bogus'."
    );
    assert_eq!(
        m("<on_reboot>x</on_reboot>"),
        (
            virErrorNumber::VIR_ERR_CONFIG_UNSUPPORTED as i32,
            DOMAIN,
            "unsupported configuration: unknown on_reboot action: x".into()
        )
    );
    assert_eq!(
        m("<clock offset='x'/>").2,
        "unsupported configuration: unknown clock offset 'x'"
    );
    assert_eq!(
        refused("<domain type='test'><name>a</name><memory>5</memory><os><type>hvm</type><boot/></os></domain>").2,
        "XML error: Missing required attribute 'dev' in element 'boot'"
    );
    let d = DomainDef::parse(&dom(
        "<memory>5</memory><on_crash>preserve</on_crash><clock offset='localtime'/>",
    ))
    .unwrap();
    assert_eq!(
        (d.on_crash, d.clock_offset),
        (LifecycleAction::Preserve, ClockOffset::Localtime)
    );
}

#[test]
fn names_are_escaped_on_output() {
    let d = DomainDef::parse(&dom("<name>x</name><memory>5</memory>")).unwrap();
    assert_eq!(d.name, "a");
    let d = DomainDef::parse(
        "<domain type='test'><name>a&amp;b&lt;&gt;&quot;&apos;</name><memory>5</memory><os><type>hvm</type></os></domain>",
    )
    .unwrap();
    assert_eq!(d.name, "a&b<>\"'");
    assert!(d
        .format(None)
        .contains("<name>a&amp;b&lt;&gt;&quot;&apos;</name>\n"));
}

#[test]
fn hostile_documents_are_refused() {
    let deep = "<domain>".repeat(100_000) + &"</domain>".repeat(100_000);
    assert_eq!(refused(&deep).0, virErrorNumber::VIR_ERR_XML_DETAIL as i32);
    let dtd = "<!DOCTYPE domain [<!ENTITY x SYSTEM \"file:///etc/hostname\">]><domain type='test'><name>&x;</name><memory>5</memory><os><type>hvm</type></os></domain>";
    assert_eq!(refused(dtd).0, virErrorNumber::VIR_ERR_XML_DETAIL as i32);
}

/// A domain with memory and `extra` (which brings its own `<os>`).
fn full(extra: &str) -> String {
    format!("<domain type='test'><name>a</name><memory>1024</memory>{extra}</domain>")
}

/// A document already in libvirt's canonical form (as the C library's test
/// driver writes it) comes back byte for byte.
fn round_trips(xml: &str) {
    let def = DomainDef::parse(xml).unwrap();
    assert_eq!(def.format(None), xml);
}

#[test]
fn general_metadata_round_trip() {
    round_trips(
        "<domain type='test'>
  <name>t</name>
  <uuid>c7a5fdbd-edaf-9455-926a-d65c16db1809</uuid>
  <genid>e9392370-2917-565e-692b-d057f46512d6</genid>
  <title>A &amp; B</title>
  <description>line one
line two</description>
  <metadata>
    <app1:foo xmlns:app1=\"http://foo.org/\">fooish</app1:foo>
    <app2:bar xmlns:app2=\"http://bar.com/\" maman=\"baz\">barish</app2:bar>
  </metadata>
  <maxMemory slots='16' unit='KiB'>1524288</maxMemory>
  <memory dumpCore='off' unit='KiB'>219136</memory>
  <currentMemory unit='KiB'>219136</currentMemory>
  <vcpu placement='static' cpuset='1-4,8-20,525' current='2'>4</vcpu>
  <os>
    <type arch='i686'>hvm</type>
    <boot dev='hd'/>
  </os>
  <clock offset='utc'/>
  <on_poweroff>destroy</on_poweroff>
  <on_reboot>restart</on_reboot>
  <on_crash>destroy</on_crash>
  <on_lockfailure>poweroff</on_lockfailure>
  <devices>
  </devices>
</domain>
",
    );
}

#[test]
fn defaults_filled_like_libvirt() {
    let def = DomainDef::parse(&full(
        "<vcpu cpuset='0-3,^1' current='4'>4</vcpu>\
         <os><type>hvm</type></os>",
    ))
    .unwrap();
    let out = def.format(None);
    // The test driver's default architecture, the default boot device, a
    // canonical CPU set, and `current` left out when all vCPUs are online.
    assert!(
        out.contains("<vcpu placement='static' cpuset='0,2-3'>4</vcpu>"),
        "{out}"
    );
    assert!(
        out.contains("<type arch='i686'>hvm</type>\n    <boot dev='hd'/>"),
        "{out}"
    );
}

#[test]
fn os_children_in_libvirt_order() {
    // A loader chosen by hand: every attribute, and an NVRAM template.
    round_trips(
        "<domain type='test'>
  <name>t2</name>
  <uuid>c7a5fdbd-edaf-9455-926a-d65c16db1808</uuid>
  <memory unit='KiB'>219136</memory>
  <currentMemory unit='KiB'>219136</currentMemory>
  <vcpu placement='static'>1</vcpu>
  <os>
    <type arch='x86_64' machine='pc'>hvm</type>
    <loader readonly='yes' secure='no' type='pflash' stateless='no'>/x.fd</loader>
    <nvram template='/t.fd'>/n.fd</nvram>
    <boot dev='hd'/>
  </os>
  <clock offset='utc'/>
  <on_poweroff>destroy</on_poweroff>
  <on_reboot>restart</on_reboot>
  <on_crash>destroy</on_crash>
  <devices>
  </devices>
</domain>
",
    );
    round_trips(
        "<domain type='test'>
  <name>t</name>
  <uuid>c7a5fdbd-edaf-9455-926a-d65c16db1809</uuid>
  <memory unit='KiB'>219136</memory>
  <currentMemory unit='KiB'>219136</currentMemory>
  <vcpu placement='static'>1</vcpu>
  <os firmware='efi'>
    <type arch='x86_64' machine='pc'>hvm</type>
    <firmware>
      <feature enabled='no' name='enrolled-keys'/>
      <feature enabled='no' name='secure-boot'/>
    </firmware>
    <loader secure='yes'/>
    <nvram>/n.fd</nvram>
    <kernel>/vmlinuz</kernel>
    <initrd>/initrd</initrd>
    <cmdline>console=ttyS0</cmdline>
    <dtb>/dtb</dtb>
    <acpi>
      <table type='slic'>/slic.dat</table>
    </acpi>
    <boot dev='cdrom'/>
    <boot dev='network'/>
    <bootmenu enable='yes' timeout='3000'/>
    <bios useserial='yes' rebootTimeout='0'/>
    <smbios mode='sysinfo'/>
  </os>
  <clock offset='utc'/>
  <on_poweroff>destroy</on_poweroff>
  <on_reboot>restart</on_reboot>
  <on_crash>destroy</on_crash>
  <devices>
  </devices>
</domain>
",
    );
}

#[test]
fn cpu_round_trip_and_defaults() {
    round_trips(
        "<domain type='test'>
  <name>t</name>
  <uuid>c7a5fdbd-edaf-9455-926a-d65c16db1809</uuid>
  <memory unit='KiB'>328704</memory>
  <currentMemory unit='KiB'>328704</currentMemory>
  <vcpu placement='static'>4</vcpu>
  <os>
    <type arch='i686'>hvm</type>
    <boot dev='hd'/>
  </os>
  <cpu mode='custom' match='exact' check='partial'>
    <model fallback='forbid'>core2duo</model>
    <vendor>Intel</vendor>
    <topology sockets='1' dies='1' cores='2' threads='2'/>
    <cache level='3' mode='emulate'/>
    <feature policy='require' name='ds'/>
    <feature policy='disable' name='sse4.2'/>
    <numa>
      <cell id='0' cpus='0-1' memory='109568' unit='KiB'/>
      <cell id='1' cpus='2-3' memory='219136' unit='KiB' memAccess='shared'/>
    </numa>
  </cpu>
  <clock offset='utc'/>
  <on_poweroff>destroy</on_poweroff>
  <on_reboot>restart</on_reboot>
  <on_crash>destroy</on_crash>
  <devices>
  </devices>
</domain>
",
    );
    let out = DomainDef::parse(&full(
        "<os><type>hvm</type></os><cpu><model>x</model><topology sockets='1' cores='2' threads='1'/><feature name='f'/></cpu>",
    ))
    .unwrap()
    .format(None);
    assert!(
        out.contains(
            "  <cpu mode='custom' match='exact'>
    <model fallback='allow'>x</model>
    <topology sockets='1' dies='1' cores='2' threads='1'/>
    <feature policy='require' name='f'/>
  </cpu>
"
        ),
        "{out}"
    );
    let out = DomainDef::parse(&full(
        "<os><type>hvm</type></os><cpu mode='host-passthrough' migratable='on'/>",
    ))
    .unwrap()
    .format(None);
    assert!(
        out.contains("  <cpu mode='host-passthrough' migratable='on'/>\n"),
        "{out}"
    );
}

#[test]
fn new_elements_refused_like_libvirt() {
    let os = "<os><type>hvm</type></os>";
    let cases: &[(&str, &str)] = &[
        ("<cpu mode='bogus'/>", "unsupported configuration: Invalid mode attribute 'bogus'"),
        ("<cpu mode='custom' migratable='on'/>", "unsupported configuration: Attribute migratable is only allowed for 'host-passthrough' / 'maximum' CPU mode"),
        ("<cpu><feature name='x'/></cpu>", "XML error: Non-empty feature list specified without CPU model"),
        ("<cpu><model>a</model><feature name='x'/><feature name='x'/></cpu>", "XML error: CPU feature 'x' specified more than once"),
        ("<cpu><model>a</model><feature policy='maybe' name='x'/></cpu>", "unsupported configuration: Invalid CPU feature policy"),
        ("<cpu><vendor>Intel</vendor></cpu>", "XML error: CPU vendor specified without CPU model"),
        ("<cpu><model vendor_id='short'>a</model></cpu>", "XML error: vendor_id must be exactly 12 characters long"),
        ("<cpu><topology cores='1' threads='1'/></cpu>", "XML error: Missing required attribute 'sockets' in element 'topology'"),
        ("<title>a\nb</title>", "XML error: Domain title can't contain newlines"),
        ("<on_lockfailure>explode</on_lockfailure>", "unsupported configuration: unknown on_lockfailure action: explode"),
    ];
    for (extra, want) in cases {
        let (_, _, msg) = refused(&full(&format!("{os}{extra}")));
        assert_eq!(msg, *want, "{extra}");
    }
    let (_, _, msg) = refused(&full("<os><type>hvm</type><smbios mode='x'/></os>"));
    assert_eq!(msg, "unsupported configuration: unknown smbios mode 'x'");
}

/// The documents of tests/hostile-xml (which sends them through the C API),
/// through the model: each refused with an XML error, fast.
#[test]
fn hostile_domains_are_refused() {
    use std::time::{Duration, Instant};
    let tail = "<memory>1024</memory><os><type>hvm</type></os></domain>";
    let mut laughs = String::from("<!DOCTYPE domain [<!ENTITY lol 'lol'>");
    for i in 1..=9 {
        let prev = if i == 1 {
            "lol".into()
        } else {
            format!("lol{}", i - 1)
        };
        laughs += &format!("<!ENTITY lol{i} '{}'>", format!("&{prev};").repeat(10));
    }
    laughs += "]><domain type='test'><name>bl</name><description>&lol9;</description>";
    let quadratic = format!(
        "<!DOCTYPE domain [<!ENTITY a '{}'>]><domain type='test'><name>q</name><description>{}</description>",
        "a".repeat(100_000),
        "&a;".repeat(10_000)
    );
    let cases: Vec<(&str, String)> = vec![
        ("billion laughs", laughs),
        ("quadratic blowup", quadratic),
        (
            "recursive entity",
            "<!DOCTYPE domain [<!ENTITY a '&b;'><!ENTITY b '&a;'>]><domain type='test'><name>&a;</name>".into(),
        ),
        (
            "external entity",
            "<!DOCTYPE domain [<!ENTITY x SYSTEM 'file:///etc/passwd'>]><domain type='test'><name>x</name><description>&x;</description>".into(),
        ),
        (
            "external parameter entity",
            "<!DOCTYPE domain [<!ENTITY % p SYSTEM 'file:///etc/passwd'> %p;]><domain type='test'><name>p</name>".into(),
        ),
        (
            "external DTD",
            "<!DOCTYPE domain SYSTEM 'file:///etc/passwd'><domain type='test'><name>&ext;</name>".into(),
        ),
        (
            "100 000 deep",
            format!(
                "<domain type='test'><name>d</name><metadata>{}{}</metadata>",
                "<a>".repeat(100_000),
                "</a>".repeat(100_000)
            ),
        ),
        (
            "huge attribute",
            format!(
                "<domain type='test'><name>h</name><metadata><x v='{}'/></metadata>",
                "A".repeat(xml::MAX_TEXT + 1)
            ),
        ),
    ];
    for (what, head) in cases {
        let doc = head + tail;
        let start = Instant::now();
        let (code, domain, message) = refused(&doc);
        let took = start.elapsed();
        assert!(
            code == virErrorNumber::VIR_ERR_XML_DETAIL as i32
                || code == virErrorNumber::VIR_ERR_XML_ERROR as i32,
            "{what}: code {code}: {message:.200}"
        );
        assert_eq!(domain, DOMAIN, "{what}");
        // The message quotes the offending line (and a pointer as long),
        // whole up to 1 MiB like libvirt, a window beyond.
        assert!(
            message.len() < 2 * (1 << 20) + 300,
            "{what}: {} bytes of message",
            message.len()
        );
        // Debug build, shared machine: generous; release is ~1000x under.
        assert!(took < Duration::from_secs(5), "{what}: {took:?}");
    }
    // Invalid UTF-8 is refused by the byte-level entry the model sits on.
    let e = Document::parse_bytes(
        b"<domain type='test'><name>bad\xC3\x28\xFF</name></domain>",
        &ParseOpts {
            domain: virErrorDomain::VIR_FROM_DOMAIN,
            url: "(domain_definition)",
            root: "domain",
        },
    )
    .unwrap_err();
    assert_eq!(e.code, virErrorNumber::VIR_ERR_XML_DETAIL as i32);
    assert!(e.message.contains("Input is not proper UTF-8"));
}

#[test]
fn byte_order_mark_keeps_devices_whole() {
    let with_bom = format!("\u{feff}{DOC}");
    let d = DomainDef::parse(&with_bom).unwrap();
    assert_eq!(d.format(None), DomainDef::parse(DOC).unwrap().format(None));
}
