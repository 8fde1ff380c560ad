//! The tuning elements outside `<devices>`: what libvirt's test driver
//! writes back for them (checked against the C library by
//! tests/python/toplevel_xml_scenario.py and the corpus).

use super::*;

fn define(inner: &str) -> Result<DomainDef> {
    DomainDef::parse(&format!(
        "<domain type='test'><name>t</name><memory unit='MiB'>1024</memory><vcpu>2</vcpu>{inner}<os><type>hvm</type></os></domain>"
    ))
}

fn block(xml: &str, name: &str) -> String {
    let a = xml.find(&format!("<{name}")).unwrap_or(0);
    let end = format!("</{name}>");
    let b = xml.find(&end).map_or(xml.len(), |b| b + end.len());
    xml[a..b].to_string()
}

#[test]
fn iothreads_fill_up_to_the_count() {
    let d =
        define("<iothreads>3</iothreads><iothreadids><iothread id='2'/></iothreadids>").unwrap();
    let ids: Vec<(u32, bool)> = d.iothreads.ids.iter().map(|t| (t.id, t.autofill)).collect();
    assert_eq!(ids, [(2, false), (1, true), (3, true)]);
    let mut t = d.iothreads.clone();
    t.remove(2);
    assert!(t.ids.iter().all(|t| !t.autofill));
    let d = define("<iothreads>2</iothreads>").unwrap();
    let x = d.format(None);
    assert!(x.contains("<iothreads>2</iothreads>\n  <os>"), "{x}");
    let e =
        define("<iothreadids><iothread id='1' thread_pool_max='0'/></iothreadids>").unwrap_err();
    assert_eq!(
        e.message,
        "unsupported configuration: thread_pool_max must be a positive integer"
    );
    assert!(define("<iothreads>99999999</iothreads>").is_err());
}

#[test]
fn cputune_is_canonical() {
    let d = define(
        "<iothreads>2</iothreads><cputune><iothreadpin iothread='2' cpuset='1'/>\
         <vcpusched vcpus='0-1' scheduler='fifo' priority='3'/><quota>0</quota><shares>0</shares>\
         <vcpupin vcpu='1' cpuset='0-3,^1'/><iothreadpin iothread='1' cpuset='2'/></cputune>",
    )
    .unwrap();
    assert_eq!(
        block(&d.format(None), "cputune"),
        "<cputune>
    <shares>0</shares>
    <vcpupin vcpu='1' cpuset='0,2-3'/>
    <iothreadpin iothread='1' cpuset='2'/>
    <iothreadpin iothread='2' cpuset='1'/>
    <vcpusched vcpus='0' scheduler='fifo' priority='3'/>
    <vcpusched vcpus='1' scheduler='fifo' priority='3'/>
  </cputune>"
    );
    let e = define("<cputune><iothreadpin iothread='1' cpuset='0'/></cputune>").unwrap_err();
    assert_eq!(
        e.message,
        "unsupported configuration: Cannot find 'iothread' : 1"
    );
}

#[test]
fn numatune_placement_follows_libvirt() {
    let d = define("<numatune><memory mode='preferred'/></numatune>").unwrap_err();
    assert_eq!(
        d.message,
        "unsupported configuration: nodeset for NUMA memory tuning must be set if 'placement' is 'static'"
    );
    let d = DomainDef::parse(
        "<domain type='test'><name>t</name><memory>1024</memory><vcpu placement='auto'>2</vcpu><os><type>hvm</type></os></domain>",
    )
    .unwrap();
    assert!(d.numatune.has_placement_auto());
    assert_eq!(d.numatune.nodeset_text(), "");
    let mut t = define("<numatune><memory nodeset='0-3,^1'/></numatune>")
        .unwrap()
        .numatune;
    assert_eq!(t.nodeset_text(), "0,2-3");
    t.set(true, None, Some(NumaMode::Interleave), None).unwrap();
    assert_eq!(
        (t.mode(), t.nodeset_text().as_str()),
        (Some(NumaMode::Interleave), "0,2-3")
    );
    assert_eq!(parse_nodeset("^5").unwrap(), Bitmap::default());
    assert!(parse_nodeset("5-").is_err());
}

#[test]
fn memtune_and_blkiotune_are_canonical() {
    let d = define(
        "<memtune><swap_hard_limit unit='KB'>2048</swap_hard_limit><hard_limit unit='M'>1</hard_limit>\
         <soft_limit>9007199254740991</soft_limit></memtune>\
         <blkiotune><device><path>/a</path></device><weight>7</weight></blkiotune>",
    )
    .unwrap();
    let x = d.format(None);
    assert_eq!(
        block(&x, "memtune"),
        "<memtune>
    <hard_limit unit='KiB'>1024</hard_limit>
    <swap_hard_limit unit='KiB'>2000</swap_hard_limit>
  </memtune>"
    );
    assert_eq!(
        block(&x, "blkiotune"),
        "<blkiotune>\n    <weight>7</weight>\n  </blkiotune>"
    );
    let e = define(
        "<blkiotune><device><path>/a</path></device><device><path>/a</path></device></blkiotune>",
    )
    .unwrap_err();
    assert_eq!(
        e.message,
        "unsupported configuration: duplicate blkio device path '/a'"
    );
}

#[test]
fn features_and_seclabels_are_canonical() {
    let d = DomainDef::parse(
        "<domain type='test'><name>t</name><memory>1024</memory><os><type>hvm</type></os>\
         <features><pmu/><acpi/><hyperv/><smm><tseg>48</tseg></smm></features>\
         <seclabel model='selinux' type='static'><label>l</label></seclabel><seclabel model='dac'/></domain>",
    )
    .unwrap();
    let x = d.format(None);
    assert_eq!(
        block(&x, "features"),
        "<features>
    <acpi/>
    <hyperv mode='custom'>
    </hyperv>
    <pmu state='on'/>
    <smm state='on'>
      <tseg unit='MiB'>48</tseg>
    </smm>
  </features>"
    );
    assert!(x.contains(
        "  <seclabel type='static' model='selinux' relabel='no'>\n    <label>l</label>\n  </seclabel>\n</domain>"
    ));
}

#[test]
fn memory_devices_count_in_the_total() {
    let over = DomainDef::parse(
        "<domain type='test'><name>t</name><memory>1024</memory><os><type>hvm</type></os>\
         <devices><memory model='dimm'><target><size>2048</size></target></memory></devices></domain>",
    )
    .unwrap_err();
    assert_eq!(
        over.message,
        "XML error: Total size of memory devices exceeds the total memory size"
    );
    let numa = DomainDef::parse(
        "<domain type='test'><name>t</name><os><type>hvm</type></os><cpu><numa><cell cpus='0' memory='1024'/></numa></cpu>\
         <devices><memory model='dimm'><target><size>512</size></target></memory></devices></domain>",
    )
    .unwrap();
    assert_eq!(numa.memory_kib, 1536);
}
