//! The test driver's calls about a domain's interfaces: bandwidth
//! parameters and guest addresses.

use super::lifecycle::check_active;
use super::nets::find_net;
use super::tuning::{one_def_live, pick, put, validate_params};
use super::{check_flags, test_error, TestDriver};
use crate::conf::domain::devices::{Bandwidth, Interface, NetSource, Rate};
use crate::driver::hypervisor::domain::GuestInterface;
use crate::driver::{Call, DomainId, ParamsAnswer, TypedParam, TypedValue};
use crate::error::{Error, Result};
use oxvirt_abi::virDomainModificationImpact as M;
use oxvirt_abi::virErrorNumber;
use std::net::{IpAddr, Ipv4Addr};

const LIVE: u32 = M::VIR_DOMAIN_AFFECT_LIVE as u32;
const CONFIG: u32 = M::VIR_DOMAIN_AFFECT_CONFIG as u32;
/// `VIR_TYPED_PARAM_STRING_OKAY`.
const STRING_OKAY: u32 = 1 << 2;
/// `VIR_TYPED_PARAM_UINT`.
const T_UINT: i32 = 2;
/// `VIR_DOMAIN_INTERFACE_ADDRESSES_SRC_LAST`.
const ADDR_SOURCES: u32 = 3;
/// `VIR_IP_ADDR_TYPE_IPV4`.
const IPV4: i32 = 0;

/// The parameters, in the order the C driver reports them.
const PARAMS: [&str; 7] = [
    "inbound.average",
    "inbound.peak",
    "inbound.burst",
    "inbound.floor",
    "outbound.average",
    "outbound.peak",
    "outbound.burst",
];

/// The device a caller named; NULL gets libvirt's argument error where
/// the C driver would crash on it.
fn device_arg<'a>(cx: &Call, device: Option<&'a str>) -> Result<&'a str> {
    device.ok_or_else(|| {
        Error::invalid_arg(
            cx.from(),
            cx.api(),
            "device",
            &format!("device in {} must not be NULL", cx.api()),
        )
    })
}

/// The address the C driver derives for an interface on a network: the
/// network's first address (its first DHCP range's start, else its own
/// address) plus `offset`. The test driver keeps no networks of its own
/// yet, so only the default configuration's network is known.
fn network_address(name: &str, offset: usize) -> Result<(i32, String, u32)> {
    if name != "default" {
        return Err(test_error(
            virErrorNumber::VIR_ERR_NO_NETWORK,
            Some(&format!("no network with matching name '{name}'")),
        ));
    }
    let start = u32::from(Ipv4Addr::new(192, 168, 122, 2));
    let addr = Ipv4Addr::from(start.wrapping_add(offset as u32));
    Ok((IPV4, IpAddr::V4(addr).to_string(), 24))
}

impl TestDriver {
    pub(super) fn get_interface_params(
        &self,
        cx: &Call,
        dom: &DomainId,
        device: Option<&str>,
        nparams: i32,
        flags: u32,
    ) -> Result<ParamsAnswer> {
        check_flags(cx, flags, LIVE | CONFIG | STRING_OKAY)?;
        if nparams == 0 {
            return Ok(ParamsAnswer::Count(PARAMS.len() as i32));
        }
        let obj = self.obj(dom)?;
        let def = {
            let o = obj.lock();
            pick(&o, one_def_live(&o, flags)?)
        };
        let i = find_net(&def, device_arg(cx, device)?)?;
        let bw = def
            .devices
            .interfaces()
            .nth(i)
            .and_then(|n| n.bandwidth.clone())
            .unwrap_or_default();
        let (inb, out) = (
            bw.inbound.unwrap_or_default(),
            bw.outbound.unwrap_or_default(),
        );
        // The values are kept as 64-bit numbers and reported as unsigned
        // ints, truncated as C's assignment truncates them.
        let values = [
            inb.average,
            inb.peak,
            inb.burst,
            inb.floor,
            out.average,
            out.peak,
            out.burst,
        ];
        Ok(ParamsAnswer::Params(
            PARAMS
                .iter()
                .zip(values)
                .take(nparams.max(0) as usize)
                .map(|(n, v)| TypedParam::new(*n, TypedValue::UInt(v as u32)))
                .collect(),
        ))
    }

    pub(super) fn set_interface_params(
        &self,
        cx: &Call,
        dom: &DomainId,
        device: Option<&str>,
        params: &[TypedParam],
        flags: u32,
    ) -> Result<()> {
        check_flags(cx, flags, LIVE | CONFIG)?;
        let keys: Vec<(&str, i32)> = PARAMS.iter().map(|n| (*n, T_UINT)).collect();
        validate_params(params, &keys)?;
        let obj = self.obj(dom)?;
        let mut o = obj.lock();
        let live = one_def_live(&o, flags)?;
        let mut def = (*pick(&o, live)).clone();
        let i = find_net(&def, device_arg(cx, device)?)?;
        let (mut inb, mut out) = (Rate::default(), Rate::default());
        let (mut in_given, mut out_given) = (false, false);
        for p in params {
            let TypedValue::UInt(v) = p.value else {
                continue;
            };
            let v = u64::from(v);
            match p.field.as_str() {
                "inbound.average" => (inb.average, in_given) = (v, true),
                "inbound.peak" => inb.peak = v,
                "inbound.burst" => inb.burst = v,
                "inbound.floor" => (inb.floor, in_given) = (v, true),
                "outbound.average" => (out.average, out_given) = (v, true),
                "outbound.peak" => out.peak = v,
                "outbound.burst" => out.burst = v,
                _ => {}
            }
        }
        // A direction is set by its average (or inbound floor); naming one
        // of those as 0 clears the direction.
        let inb = (inb.average != 0 || inb.floor != 0).then_some(inb);
        let out = (out.average != 0).then_some(out);
        let Some(net) = def.devices.interfaces_mut().nth(i) else {
            return Ok(());
        };
        match &mut net.bandwidth {
            None => {
                net.bandwidth = Some(Bandwidth {
                    inbound: inb,
                    outbound: out,
                })
            }
            Some(bw) => {
                if inb.is_some() || in_given {
                    bw.inbound = inb;
                }
                if out.is_some() || out_given {
                    bw.outbound = out;
                }
            }
        }
        put(&mut o, live, def);
        Ok(())
    }

    pub(super) fn interface_addresses(
        &self,
        cx: &Call,
        dom: &DomainId,
        source: u32,
        flags: u32,
    ) -> Result<Vec<GuestInterface>> {
        check_flags(cx, flags, 0)?;
        if source >= ADDR_SOURCES {
            return Err(test_error(
                virErrorNumber::VIR_ERR_ARGUMENT_UNSUPPORTED,
                Some(&format!("Unknown IP address data source {source}")),
            ));
        }
        let obj = self.obj(dom)?;
        let (def, id) = {
            let o = obj.lock();
            check_active(&o)?;
            (o.def.clone(), o.id)
        };
        def.devices
            .interfaces()
            .enumerate()
            .map(|(i, net)| guest_interface(net, i, id))
            .collect()
    }
}

fn guest_interface(net: &Interface, i: usize, id: i32) -> Result<GuestInterface> {
    let addr = match &net.source {
        NetSource::Network { name, .. } => {
            // Different addresses per interface and per domain.
            let offset = (20 * (i64::from(id) - 1) + i as i64 + 1) as usize;
            network_address(name, offset)?
        }
        _ => (IPV4, format!("192.168.0.{}", 1 + i), 24),
    };
    Ok(GuestInterface {
        name: net.ifname.clone(),
        hwaddr: Some(net.mac.to_string()),
        addrs: vec![addr],
    })
}

#[cfg(test)]
mod tests {
    use super::super::open;
    use crate::base::uri::Uri;
    use crate::driver::{Call, DomainDriver, ParamsAnswer, TypedParam, TypedValue};
    use oxvirt_abi::virErrorDomain;

    fn cx() -> Call {
        Call::new("virTest", virErrorDomain::VIR_FROM_DOMAIN)
    }

    const XML: &str = "<domain type='test'><name>if-t</name>\
        <uuid>5d2f7a10-41b3-4c8e-9e5f-0000000000ff</uuid><memory>1024</memory>\
        <os><type>hvm</type></os><devices>\
        <interface type='network'><mac address='02:00:00:00:00:01'/><source network='default'/>\
        <bandwidth><inbound average='1' peak='2'/><outbound average='3'/></bandwidth></interface>\
        <interface type='bridge'><mac address='02:00:00:00:00:02'/><source bridge='b'/>\
        <target dev='vnet0'/></interface></devices></domain>";

    fn values(a: ParamsAnswer) -> Vec<u32> {
        match a {
            ParamsAnswer::Params(l) => l
                .iter()
                .map(|p| match p.value {
                    TypedValue::UInt(v) => v,
                    _ => u32::MAX,
                })
                .collect(),
            ParamsAnswer::Count(n) => vec![n as u32; 1],
        }
    }

    /// What the C driver answers for the same calls (see
    /// tests/python/interface_scenario.py).
    #[test]
    fn parameters_names_and_addresses() {
        let cx = &cx();
        let d = open(&Uri::parse("test:///default").unwrap(), 0).unwrap();
        let dom = d.domain_define_xml(cx, XML, 0).unwrap();
        let get = |dev: &str, n: i32| d.domain_get_interface_parameters(cx, &dom, Some(dev), n, 0);
        assert_eq!(values(get("testnet0", 0).unwrap()), [7]);
        assert_eq!(
            values(get("02:00:00:00:00:01", 7).unwrap()),
            [1, 2, 0, 0, 3, 0, 0]
        );
        assert_eq!(values(get("testnet0", 2).unwrap()), [1, 2]);
        // The bridge's vnet0 is a generated tap name: dropped, renamed.
        assert_eq!(values(get("testnet1", 7).unwrap()), [0; 7]);
        let e = get("vnet0", 7).unwrap_err();
        assert_eq!(
            e.message,
            "invalid argument: 'vnet0' is not a known interface"
        );

        let set = |dev: &str, p: &[(&str, u32)]| {
            let params: Vec<TypedParam> = p
                .iter()
                .map(|(n, v)| TypedParam::new(*n, TypedValue::UInt(*v)))
                .collect();
            d.domain_set_interface_parameters(cx, &dom, Some(dev), &params, 0)
        };
        set("testnet0", &[("outbound.average", 0)]).unwrap();
        assert_eq!(values(get("testnet0", 7).unwrap()), [1, 2, 0, 0, 0, 0, 0]);
        set("testnet0", &[("inbound.floor", 9)]).unwrap();
        assert_eq!(values(get("testnet0", 7).unwrap()), [0, 0, 0, 9, 0, 0, 0]);
        assert!(set("testnet0", &[("inbound.nosuch", 1)]).is_err());
        let e = d
            .domain_get_interface_parameters(cx, &dom, None, 7, 0)
            .unwrap_err();
        assert_eq!(e.message, "device in virTest must not be NULL");
        assert!(d
            .domain_get_interface_parameters(cx, &dom, None, 0, 0)
            .is_ok());

        let e = d.domain_interface_addresses(cx, &dom, 0, 0).unwrap_err();
        assert_eq!(
            e.message,
            "Requested operation is not valid: domain is not running"
        );
        let id = d.domain_create(cx, &dom, 0).unwrap().unwrap_or(0);
        let addrs = d.domain_interface_addresses(cx, &dom, 0, 0).unwrap();
        let off = 20 * (id - 1) + 1;
        assert_eq!(
            addrs[0].addrs,
            [(0, format!("192.168.122.{}", 2 + off), 24)]
        );
        assert_eq!(addrs[1].addrs, [(0, "192.168.0.2".to_string(), 24)]);
        assert_eq!(addrs[1].name.as_deref(), Some("testnet1"));
        assert_eq!(addrs[1].hwaddr.as_deref(), Some("02:00:00:00:00:02"));
        let e = d.domain_interface_addresses(cx, &dom, 3, 0).unwrap_err();
        assert_eq!(
            e.message,
            "argument unsupported: Unknown IP address data source 3"
        );
        d.domain_destroy(cx, &dom, 0).unwrap();
        d.domain_undefine(cx, &dom, 0).unwrap();
    }
}
