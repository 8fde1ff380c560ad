//! `<ip>` and `<route>` of an interface, on the guest side (children of
//! `<interface>`) or the host side (children of its `<source>`): libvirt's
//! `virNetDevIPInfo`.

use crate::conf::xml::{Node, Opts, Writer};
use crate::error::{Error, Result};
use oxvirt_abi::{virErrorDomain, virErrorNumber};
use std::net::IpAddr;

/// `<ip address family prefix peer>`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IpAddrDef {
    pub address: IpAddr,
    /// 0: not given.
    pub prefix: u32,
    pub peer: Option<IpAddr>,
}

/// `<route family address netmask prefix gateway metric>`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Route {
    pub family: Option<String>,
    pub address: IpAddr,
    pub netmask: Option<IpAddr>,
    pub prefix: Option<u32>,
    pub gateway: IpAddr,
    pub metric: Option<u32>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct IpInfo {
    pub ips: Vec<IpAddrDef>,
    pub routes: Vec<Route>,
}

fn xml_err(domain: virErrorDomain, detail: &str) -> Error {
    Error::new(domain, virErrorNumber::VIR_ERR_XML_ERROR, Some(detail))
}

fn dom_err(detail: &str) -> Error {
    xml_err(virErrorDomain::VIR_FROM_DOMAIN, detail)
}

/// Route errors come from the network helpers (domain `VIR_FROM_NETWORK`).
fn route_err(detail: &str) -> Error {
    xml_err(virErrorDomain::VIR_FROM_NETWORK, detail)
}

/// An address as libvirt's `virSocketAddrParse` reads it (numeric
/// `getaddrinfo`): IPv6 text, or IPv4 in any of `inet_aton`'s forms
/// (`a.b.c.d`, `a.b.c`, `a.b`, `a`; each part decimal, octal or hex).
pub(super) fn parse_addr(s: &str) -> Option<IpAddr> {
    if s.contains(':') {
        return s.parse::<std::net::Ipv6Addr>().ok().map(IpAddr::V6);
    }
    let parts: Vec<&str> = s.split('.').collect();
    if parts.is_empty() || parts.len() > 4 {
        return None;
    }
    let mut vals = Vec::with_capacity(parts.len());
    for p in &parts {
        vals.push(aton_part(p)?);
    }
    let (last, head) = vals.split_last()?;
    let mut v: u32 = 0;
    for (i, h) in head.iter().enumerate() {
        if *h > 0xff {
            return None;
        }
        v |= h << (24 - 8 * i as u32);
    }
    let room = 32 - 8 * head.len() as u32;
    if room < 32 && u64::from(*last) >> room != 0 {
        return None;
    }
    Some(IpAddr::V4((v | last).into()))
}

/// One part of an `inet_aton` address: C's base-0 number.
fn aton_part(p: &str) -> Option<u32> {
    let (digits, radix) = if let Some(h) = p.strip_prefix("0x").or_else(|| p.strip_prefix("0X")) {
        (h, 16)
    } else if p.len() > 1 && p.starts_with('0') {
        (&p[1..], 8)
    } else {
        (p, 10)
    };
    if p.is_empty() || (digits.is_empty() && radix != 16) {
        return None;
    }
    if digits.is_empty() {
        // "0x" alone is zero to inet_aton.
        return Some(0);
    }
    if !digits.bytes().all(|b| (b as char).is_digit(radix)) {
        return None;
    }
    u32::from_str_radix(digits, radix).ok()
}

/// `family`: "ipv4"/"ipv6" or any family.
fn parse_ip(s: &str, family: Option<&str>) -> Option<IpAddr> {
    let a = parse_addr(s)?;
    match (family, a) {
        (Some("ipv4"), IpAddr::V6(_)) | (Some("ipv6"), IpAddr::V4(_)) => None,
        _ => Some(a),
    }
}

fn family_name(a: &IpAddr) -> &'static str {
    match a {
        IpAddr::V4(_) => "ipv4",
        IpAddr::V6(_) => "ipv6",
    }
}

/// `a` with all but the first `prefix` bits cleared.
fn mask_prefix(a: &IpAddr, prefix: u32) -> IpAddr {
    match a {
        IpAddr::V4(v) => {
            let m = if prefix == 0 {
                0
            } else {
                u32::MAX << (32 - prefix.min(32))
            };
            IpAddr::V4((u32::from(*v) & m).into())
        }
        IpAddr::V6(v) => {
            let m = if prefix == 0 {
                0
            } else {
                u128::MAX << (128 - prefix.min(128))
            };
            IpAddr::V6((u128::from(*v) & m).into())
        }
    }
}

impl IpAddrDef {
    fn parse(n: Node) -> Result<IpAddrDef> {
        let Some(addr) = n.attr("address") else {
            return Err(dom_err("Missing required address in <ip>"));
        };
        let family = n.attr("family").filter(|f| *f == "ipv4" || *f == "ipv6");
        let address = parse_ip(addr, family)
            .ok_or_else(|| dom_err(&format!("Invalid address '{addr}' in <ip>")))?;
        let fam = family.unwrap_or(family_name(&address));
        let prefix = match n.attr("prefix") {
            None => 0,
            Some(p) => crate::conf::xml::number::to_u32(p, 10)
                .filter(|v| !(fam == "ipv6" && *v > 128 || fam == "ipv4" && *v > 32))
                .ok_or_else(|| dom_err(&format!("Invalid prefix value '{p}' in <ip>")))?,
        };
        let peer = match n.attr("peer") {
            None => None,
            Some(p) => Some(parse_ip(p, Some(fam)).ok_or_else(|| {
                Error::new(
                    virErrorDomain::VIR_FROM_DOMAIN,
                    virErrorNumber::VIR_ERR_INVALID_ARG,
                    Some(&format!("Invalid peer '{p}' in <ip>")),
                )
            })?),
        };
        Ok(IpAddrDef {
            address,
            prefix,
            peer,
        })
    }
}

impl Route {
    fn parse(what: &str, n: Node) -> Result<Route> {
        let prefix = n.prop::<u32>("prefix")?;
        let metric = n.prop_with::<u32>("metric", Opts::NONE.nonzero())?;
        let family = n.attr("family");
        let Some(addr) = n.attr("address") else {
            return Err(route_err(&format!(
                "{what}: Missing required address attribute in route definition"
            )));
        };
        let Some(gw) = n.attr("gateway") else {
            return Err(route_err(&format!(
                "{what}: Missing required gateway attribute in route definition"
            )));
        };
        let address = parse_ip(addr, None).ok_or_else(|| {
            route_err(&format!(
                "{what}: Bad network address '{addr}' in route definition"
            ))
        })?;
        let gateway = parse_ip(gw, None).ok_or_else(|| {
            route_err(&format!(
                "{what}: Bad gateway address '{gw}' in route definition"
            ))
        })?;
        let mut netmask = None;
        let p = prefix.unwrap_or(0);
        match family {
            None | Some("ipv4") => {
                let how = if family.is_none() {
                    "No family specified for"
                } else {
                    "IPv4 family specified for"
                };
                if !address.is_ipv4() {
                    return Err(route_err(&format!(
                        "{what}: {how} non-IPv4 address '{addr}' in route definition"
                    )));
                }
                if !gateway.is_ipv4() {
                    return Err(route_err(&format!(
                        "{what}: {how} non-IPv4 gateway '{addr}' in route definition"
                    )));
                }
                if let Some(m) = n.attr("netmask") {
                    let mask = parse_ip(m, None).ok_or_else(|| {
                        route_err(&format!(
                            "{what}: Bad netmask address '{m}' in route definition"
                        ))
                    })?;
                    if !mask.is_ipv4() {
                        return Err(route_err(&format!(
                            "{what}: Invalid netmask '{m}' for address '{addr}' (both must be IPv4)"
                        )));
                    }
                    if prefix.is_some() {
                        return Err(route_err(&format!(
                            "{what}: Route definition cannot have both a prefix and a netmask"
                        )));
                    }
                    netmask = Some(mask);
                }
                if p > 32 {
                    return Err(route_err(&format!(
                        "{what}: Invalid prefix {p} specified in route definition, must be 0 - 32"
                    )));
                }
            }
            Some("ipv6") => {
                if !address.is_ipv6() {
                    return Err(route_err(&format!(
                        "{what}: ipv6 family specified for non-IPv6 address '{addr}' in route definition"
                    )));
                }
                if n.attr("netmask").is_some() {
                    return Err(route_err(&format!(
                        "{what}: Specifying netmask invalid for IPv6 address '{addr}' in route definition"
                    )));
                }
                if !gateway.is_ipv6() {
                    return Err(route_err(&format!(
                        "{what}: ipv6 specified for non-IPv6 gateway address '{gw}' in route definition"
                    )));
                }
                if p > 128 {
                    return Err(route_err(&format!(
                        "{what}: Invalid prefix {p} specified in route definition, must be 0 - 128"
                    )));
                }
            }
            Some(f) => {
                return Err(route_err(&format!(
                    "{what}: Unrecognized family '{f}' in route definition"
                )))
            }
        }
        let network = match netmask {
            Some(IpAddr::V4(m)) => match address {
                IpAddr::V4(a) => IpAddr::V4((u32::from(a) & u32::from(m)).into()),
                other => other,
            },
            _ => mask_prefix(&address, p),
        };
        if network != address {
            return Err(route_err(&format!(
                "{what}: Address '{addr}' in route definition is not a network address"
            )));
        }
        Ok(Route {
            family: family.map(str::to_string),
            address,
            netmask,
            prefix,
            gateway,
            metric,
        })
    }

    fn format(&self, w: &mut Writer) {
        w.start("route")
            .attr_opt("family", self.family.as_deref())
            .attr("address", self.address.to_string())
            .attr_opt("netmask", self.netmask.map(|m| m.to_string()))
            .attr_opt("prefix", self.prefix)
            .attr("gateway", self.gateway.to_string())
            .attr_opt("metric", self.metric.filter(|m| *m > 0))
            .empty();
    }
}

impl IpInfo {
    /// The `<ip>` and `<route>` children of `n`; `what` names the side in
    /// route errors ("guest interface", "interface host IP").
    pub fn parse(what: &str, n: Node) -> Result<IpInfo> {
        let mut info = IpInfo::default();
        for ip in n.children("ip") {
            info.ips.push(IpAddrDef::parse(ip)?);
        }
        for r in n.children("route") {
            info.routes.push(Route::parse(what, r)?);
        }
        Ok(info)
    }

    pub fn is_empty(&self) -> bool {
        self.ips.is_empty() && self.routes.is_empty()
    }

    pub fn format(&self, w: &mut Writer) {
        for ip in &self.ips {
            w.start("ip")
                .attr("address", ip.address.to_string())
                .attr("family", family_name(&ip.address))
                .attr_opt("prefix", (ip.prefix != 0).then_some(ip.prefix))
                .attr_opt("peer", ip.peer.map(|p| p.to_string()))
                .empty();
        }
        for r in &self.routes {
            r.format(w);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_as_getaddrinfo_reads_them() {
        let v4 = |s: &str| parse_addr(s).map(|a| a.to_string());
        assert_eq!(v4("1.2.3").as_deref(), Some("1.2.0.3"));
        assert_eq!(v4("10.1").as_deref(), Some("10.0.0.1"));
        assert_eq!(v4("0x7f.1").as_deref(), Some("127.0.0.1"));
        assert_eq!(v4("010.0.0.1").as_deref(), Some("8.0.0.1"));
        assert_eq!(v4("3232235777").as_deref(), Some("192.168.1.1"));
        assert_eq!(v4("fe80::0:1").as_deref(), Some("fe80::1"));
        for bad in [
            "",
            "1.2.3.4.5",
            "256.1.1.1",
            "1.2.65536",
            "1..2",
            "08.1.1.1",
            "a.b.c.d",
            "1.2.3.4 ",
        ] {
            assert_eq!(parse_addr(bad), None, "{bad}");
        }
    }
}
