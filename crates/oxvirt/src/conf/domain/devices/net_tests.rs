//! The interface model against what libvirt 9.0's C library answers for
//! the same documents (taken from its test driver).

use super::super::super::DomainDef;
use super::super::{Device, FormatCtx};
use super::*;
use oxvirt_abi::virErrorDomain as D;

fn doc(ifaces: &str) -> String {
    format!(
        "<domain type='test'><name>a</name><memory>1024</memory><os><type>hvm</type></os><devices>{ifaces}</devices></domain>"
    )
}

/// The `<interface>` elements of the formatted definition.
fn formatted(ifaces: &str, cx: &FormatCtx) -> String {
    let mut def = DomainDef::parse(&doc(ifaces)).unwrap();
    generate_ifnames(def.devices.interfaces_mut(), "testnet").unwrap();
    let text = def.format_with(None, cx);
    let start = text.find("    <interface").unwrap();
    let end = text.rfind("    </interface>\n").unwrap() + "    </interface>\n".len();
    text[start..end].to_string()
}

/// (domain, code, message) of a refused interface.
fn refused(iface: &str) -> (i32, i32, String) {
    let e = DomainDef::parse(&doc(iface)).unwrap_err();
    (e.domain, e.code, e.message)
}

#[test]
fn canonical_form_of_a_full_interface() {
    let given = "<interface type='network'><mac address='02:54:00:AA:00:01'/>
  <source network='default' portgroup='web'/>
  <bandwidth><inbound average='1000' peak='5000' burst='1024' floor='200'/><outbound average='128'/></bandwidth>
  <virtualport><parameters interfaceid='09b11c53-8b5c-4eeb-8f00-d84eaa0aaa4f' instanceid='09b11c53-8b5c-4eeb-8f00-d84eaa0aaa50'/></virtualport>
  <model type='VIRTIO'/>
  <driver name='vhost' txmode='iothread' queues='4' rx_queue_size='256' iommu='on'><host csum='off' mrg_rxbuf='on'/><guest tso4='off'/></driver>
  <filterref filter='clean-traffic'><parameter name='IP' value='10.0.0.1'/><parameter name='bad name' value='x'/><parameter name='CTRL' value='x'/><parameter name='IP' value='10.0.0.2'/></filterref>
  <link state='down'/><mtu size='9000'/><boot order='1'/><rom bar='off'/>
  <address type='pci' domain='0' bus='0' slot='3' function='0'/></interface>";
    let want = "    <interface type='network'>
      <mac address='02:54:00:aa:00:01'/>
      <source network='default' portgroup='web'/>
      <virtualport>
        <parameters instanceid='09b11c53-8b5c-4eeb-8f00-d84eaa0aaa50' interfaceid='09b11c53-8b5c-4eeb-8f00-d84eaa0aaa4f'/>
      </virtualport>
      <bandwidth>
        <inbound average='1000' peak='5000' floor='200' burst='1024'/>
        <outbound average='128'/>
      </bandwidth>
      <target dev='testnet0'/>
      <model type='virtio'/>
      <driver name='vhost' txmode='iothread' queues='4' rx_queue_size='256' iommu='on'>
        <host csum='off' mrg_rxbuf='on'/>
        <guest tso4='off'/>
      </driver>
      <filterref filter='clean-traffic'>
        <parameter name='CTRL' value='x'/>
        <parameter name='IP' value='10.0.0.1'/>
        <parameter name='IP' value='10.0.0.2'/>
      </filterref>
      <link state='down'/>
      <mtu size='9000'/>
      <boot order='1'/>
      <rom bar='off'/>
      <address type='pci' domain='0x0000' bus='0x00' slot='0x03' function='0x0'/>
    </interface>
";
    assert_eq!(formatted(given, &FormatCtx::default()), want);
}

#[test]
fn sources_of_each_kind() {
    let given = "<interface type='udp'><mac address='02:00:00:00:00:01'/><source address='127.0.0.1' port='5555'><local address='127.0.0.1' port='6666'/></source></interface>
<interface type='ethernet'><mac address='02:00:00:00:00:02'/><target dev='mytap0' managed='no'/><ip address='1.2.3'/>
  <route family='ipv4' address='10.0.0.0' prefix='8' gateway='192.168.1.1'/><source><ip address='192.168.1.1' prefix='24' peer='192.168.1.10'/></source></interface>
<interface type='hostdev' managed='yes'><mac address='02:00:00:00:00:03'/><driver name='vfio'/><source><address type='pci' bus='3' function='1'/></source></interface>
<interface type='direct'><mac address='02:00:00:00:00:04'/><source dev='eth1'/></interface>";
    let want = "    <interface type='udp'>
      <mac address='02:00:00:00:00:01'/>
      <source address='127.0.0.1' port='5555'>
        <local address='127.0.0.1' port='6666'/>
      </source>
      <target dev='testnet0'/>
    </interface>
    <interface type='ethernet'>
      <mac address='02:00:00:00:00:02'/>
      <source>
        <ip address='192.168.1.1' family='ipv4' prefix='24' peer='192.168.1.10'/>
      </source>
      <ip address='1.2.0.3' family='ipv4'/>
      <route family='ipv4' address='10.0.0.0' prefix='8' gateway='192.168.1.1'/>
      <target dev='mytap0' managed='no'/>
    </interface>
    <interface type='hostdev' managed='yes'>
      <mac address='02:00:00:00:00:03'/>
      <driver name='vfio'/>
      <source>
        <address type='pci' domain='0x0000' bus='0x03' slot='0x00' function='0x1'/>
      </source>
      <target dev='testnet1'/>
    </interface>
    <interface type='direct'>
      <mac address='02:00:00:00:00:04'/>
      <source dev='eth1' mode='vepa'/>
      <target dev='testnet2'/>
    </interface>
";
    assert_eq!(formatted(given, &FormatCtx::default()), want);
}

#[test]
fn made_up_mac_and_target_names() {
    let def = DomainDef::parse(&doc(
        "<interface type='user'/><interface type='bridge'><source bridge='b'/><target dev='vnet3'/></interface>
         <interface type='user'><target dev='testnet0'/></interface>",
    ))
    .unwrap();
    let mut def = def;
    let nets: Vec<&Interface> = def.devices.interfaces().collect();
    assert!(nets.iter().all(|n| n.mac_generated));
    assert!(nets.iter().all(|n| n.mac.0[..3] == [0x52, 0x54, 0x00]));
    assert_ne!(nets[0].mac, nets[1].mac);
    // A generated tap name is not kept by an inactive definition.
    assert_eq!(nets[1].ifname, None);
    generate_ifnames(def.devices.interfaces_mut(), "testnet").unwrap();
    let names: Vec<_> = def
        .devices
        .interfaces()
        .map(|n| n.ifname.clone().unwrap())
        .collect();
    assert_eq!(names, ["testnet1", "testnet2", "testnet0"]);
    let first = def
        .devices
        .iter()
        .find(|d| matches!(d, Device::Interface(_)));
    assert!(first.and_then(Device::info).is_some());
}

#[test]
fn inactive_format_hides_generated_tap_names_unless_unmanaged() {
    let def = DomainDef::parse(&doc(
        "<interface type='ethernet'><target dev='vnet9' managed='no'/></interface>",
    ))
    .unwrap();
    let mut i = def.devices.interfaces().next().unwrap().clone();
    let inactive = FormatCtx {
        inactive: true,
        ..FormatCtx::default()
    };
    let out = |i: &Interface| {
        let mut w = Writer::with_capacity(256);
        i.format(&mut w, &inactive);
        w.finish()
    };
    assert!(out(&i).contains("<target dev='vnet9' managed='no'/>"));
    i.managed_tap = None;
    assert!(!out(&i).contains("<target"));
    i.ifname = Some("tap9".into());
    assert!(out(&i).contains("<target dev='tap9'/>"));
}

#[test]
fn refusals_with_libvirt_errors() {
    let dom = D::VIR_FROM_DOMAIN as i32;
    let cases: &[(&str, i32, i32, &str)] = &[
        ("<interface type='user'><mac address='zz'/></interface>", dom, 27, "XML error: unable to parse mac address 'zz'"),
        ("<interface type='network'/>", dom, 27, "XML error: interface type='network' requires a 'source' element"),
        ("<interface type='user'><vlan><tag id='5000'/></vlan></interface>", D::VIR_FROM_NONE as i32, 27, "XML error: vlan tag id 5000 too large (maximum 4095)"),
        ("<interface type='direct'><source dev='e'/><virtualport type='802.1Qbh'/></interface>", D::VIR_FROM_NET as i32, 27, "XML error: missing profileid in <virtualport type='802.1Qbh'>"),
        ("<interface type='network'><source network='n'/><bandwidth><inbound/></bandwidth></interface>", D::VIR_FROM_NONE as i32, 35, "Missing mandatory average or floor attributes"),
        ("<interface type='ethernet'><route address='10.0.0.1' prefix='8' gateway='1.2.3.4'/></interface>", D::VIR_FROM_NETWORK as i32, 27, "XML error: guest interface: Address '10.0.0.1' in route definition is not a network address"),
        ("<interface type='bridge'><source bridge='b'><ip address='1.2.3.4'/></source></interface>", dom, 67, "unsupported configuration: Invalid attempt to set network interface host-side IP route and/or address info on interface of type 'bridge'. This is only supported on interfaces of type 'ethernet'"),
        ("<interface type='user'><backend type='passt'/></interface>", dom, 27, "XML error: Invalid value for attribute 'type' in element 'backend': 'passt'."),
        ("<interface type='user'><coalesce><rx><frames max='99999999999'/></rx></coalesce></interface>", dom, 82, "numerical overflow: value '99999999999' is too big for coalesce parameter, maximum is '4294967295'"),
        ("<interface type='vhostuser'><source type='unix' path='/a' mode='client'/></interface>", dom, 1, "internal error: Wrong or no <model> 'type' attribute specified with <interface type='vhostuser'/>. vhostuser requires the virtio-net* frontend"),
        ("<interface type='user'><tune><sndbuf>-1</sndbuf></tune></interface>", dom, 27, "XML error: sndbuf must be a positive integer"),
        // Boot positions are checked before each interface is validated.
        ("<interface type='user'><boot order='2'/></interface><interface type='bridge'><source bridge='b'/><target dev='t' managed='no'/><boot order='2'/></interface>", dom, 67, "unsupported configuration: boot order '2' used for more than one device"),
        ("<disk type='file' device='disk'><boot order='01'/></disk><interface type='user'><boot order='1'/></interface>", dom, 67, "unsupported configuration: boot order '1' used for more than one device"),
    ];
    for (xml, domain, code, msg) in cases {
        assert_eq!(refused(xml), (*domain, *code, msg.to_string()), "{xml}");
    }
}

#[test]
fn interface_parse_never_panics() {
    let seed = "<interface type='udp'><mac address='02:00:00:00:00:01'/><source address='a' port='1'><local address='b' port='2'/></source>
<vlan trunk='yes'><tag id='1' nativeMode='tagged'/></vlan><bandwidth><inbound average='1'/></bandwidth><ip address='1.2.3.4' prefix='8'/>
<route address='0.0.0.0' gateway='1.2.3.4'/><model type='virtio'/><driver queues='2'><host csum='on'/></driver><portForward proto='tcp'><range start='1'/></portForward></interface>";
    for text in crate::testutil::noise(2000, &[&doc(seed)]) {
        if let Ok(d) = DomainDef::parse(&text) {
            let _ = d.format(None);
        }
    }
}

#[test]
fn hostdev_interfaces_read_their_source_as_a_hostdev_does() {
    let cx = FormatCtx::default();
    let mac = "<mac address='52:54:00:11:22:33'/>";
    let one = |src: &str| {
        let text = formatted(
            &format!("<interface type='hostdev' managed='yes'>{src}{mac}</interface>"),
            &cx,
        );
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    };
    let head = "<interface type='hostdev' managed='yes'> <mac address='52:54:00:11:22:33'/>";
    let tail = "<target dev='testnet0'/> </interface>";
    assert_eq!(
        one("<driver name='vfio'/><source writeFiltering='yes'><address type='pci' bus='6' slot='7' function='1'/></source>"),
        format!("{head} <driver name='vfio'/> <source writeFiltering='yes'> <address type='pci' domain='0x0000' bus='0x06' slot='0x07' function='0x1'/> </source> {tail}")
    );
    assert_eq!(
        one("<source startupPolicy='optional'><vendor id='0x1234'/><product id='0xbeef'/><address bus='1' device='2'/></source>"),
        format!("{head} <source startupPolicy='optional'> <vendor id='0x1234'/> <product id='0xbeef'/> <address type='usb' bus='1' device='2'/> </source> {tail}")
    );
    assert_eq!(
        one("<source protocol='vhost' wwpn='naa.5123456789abcde0'><address type='scsi_host'/></source>"),
        format!("{head} <source protocol='vhost' wwpn='naa.5123456789abcde0'/> {tail}")
    );
    let dom = D::VIR_FROM_DOMAIN as i32;
    let xml = D::VIR_FROM_XML as i32;
    let cases: &[(&str, i32, i32, &str)] = &[
        ("<interface type='hostdev'><source><address type='mdev' uuid='c2177883-f1bb-47f0-914d-32a22e3a8804'/></source></interface>", xml, 27, "XML error: Missing required attribute 'model' in element 'interface'"),
        ("<interface type='hostdev'><driver name='default'/><source><address type='pci'/></source></interface>", xml, 27, "XML error: Invalid value for attribute 'name' in element 'driver': 'default'."),
        ("<interface type='hostdev' sgio='filtered'><source><address type='pci'/></source></interface>", dom, 27, "XML error: sgio is only supported for scsi host device"),
        ("<interface type='hostdev' model='virtio'><source><address type='pci'/></source></interface>", dom, 27, "XML error: 'model' attribute in <hostdev> is only supported when type='pci'"),
    ];
    for (x, domain, code, msg) in cases {
        assert_eq!(refused(x), (*domain, *code, msg.to_string()), "{x}");
    }
}

#[test]
fn teaming_attributes_are_each_the_first_of_any_teaming() {
    // libvirt reads `string(./teaming/@type)` and `@persistent` apart, for
    // interfaces and host devices alike.
    let cx = FormatCtx::default();
    let text = formatted(
        "<interface type='user'><teaming persistent='ua-net0'/><teaming type='transient'/></interface>",
        &cx,
    );
    assert!(
        text.contains("<teaming type='transient' persistent='ua-net0'/>"),
        "{text}"
    );
    let def = DomainDef::parse(&doc(
        "<hostdev mode='subsystem' type='pci' managed='yes'><source><address domain='0' bus='6' slot='7' function='0'/></source><teaming persistent='ua-net0'/><teaming type='transient'/></hostdev>",
    ))
    .unwrap();
    assert!(def
        .format(None)
        .contains("<teaming type='transient' persistent='ua-net0'/>"));
}
