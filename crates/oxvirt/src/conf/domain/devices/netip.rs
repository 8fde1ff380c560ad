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

/// `family`: "ipv4"/"ipv6" or any family.
fn parse_ip(s: &str, family: Option<&str>) -> Option<IpAddr> {
    let a: IpAddr = s.parse().ok()?;
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
