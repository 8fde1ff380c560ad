//! `<bandwidth>` of an interface (libvirt's `virNetDevBandwidth`): the
//! inbound and outbound rates.

use crate::conf::xml::{number, Node, Writer};
use crate::error::{Error, Result};
use oxvirt_abi::{virErrorDomain, virErrorNumber};

/// One direction's limits; zero is "not set", as in libvirt.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Rate {
    pub average: u64,
    pub peak: u64,
    pub burst: u64,
    pub floor: u64,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Bandwidth {
    pub inbound: Option<Rate>,
    pub outbound: Option<Rate>,
}

/// libvirt reports these from the netdev helpers, without a domain.
fn bw_err(code: virErrorNumber, detail: &str) -> Error {
    Error::new(virErrorDomain::VIR_FROM_NONE, code, Some(detail))
}

fn unsupported(detail: &str) -> Error {
    bw_err(virErrorNumber::VIR_ERR_CONFIG_UNSUPPORTED, detail)
}

impl Rate {
    fn parse(n: Node) -> Result<Rate> {
        let num = |name: &str| -> Result<Option<u64>> {
            match n.attr(name) {
                None => Ok(None),
                Some(s) => number::to_u64_p(s, 10).map(Some).ok_or_else(|| {
                    unsupported(&format!("could not convert bandwidth {name} value '{s}'"))
                }),
            }
        };
        let (has_avg, has_floor) = (n.attr("average").is_some(), n.attr("floor").is_some());
        let average = num("average")?;
        if !has_avg && !has_floor {
            return Err(bw_err(
                virErrorNumber::VIR_ERR_XML_DETAIL,
                "Missing mandatory average or floor attributes",
            ));
        }
        if (n.attr("peak").is_some() || n.attr("burst").is_some()) && !has_avg {
            return Err(unsupported(
                "'peak' and 'burst' require 'average' attribute",
            ));
        }
        Ok(Rate {
            average: average.unwrap_or(0),
            peak: num("peak")?.unwrap_or(0),
            burst: num("burst")?.unwrap_or(0),
            floor: num("floor")?.unwrap_or(0),
        })
    }

    fn format(&self, w: &mut Writer, name: &str) {
        if self.average == 0 && self.floor == 0 {
            return;
        }
        let nz = |v: u64| (v != 0).then_some(v);
        w.start(name)
            .attr_opt("average", nz(self.average))
            .attr_opt("peak", nz(self.peak))
            .attr_opt("floor", nz(self.floor))
            .attr_opt("burst", nz(self.burst))
            .empty();
    }
}

impl Bandwidth {
    /// Reads `<bandwidth>`; `None` when it sets neither direction.
    /// `allow_floor`: inbound `floor` is accepted (interfaces on a
    /// network).
    pub fn parse(n: Node, allow_floor: bool) -> Result<Option<Bandwidth>> {
        if n.attr("classID").is_some() {
            return Err(bw_err(
                virErrorNumber::VIR_ERR_XML_DETAIL,
                "classID attribute not supported on <bandwidth> in this usage context",
            ));
        }
        let mut inbound = None;
        let mut outbound = None;
        for c in n.elements() {
            let slot = match c.name() {
                "inbound" => &mut inbound,
                "outbound" => &mut outbound,
                _ => continue,
            };
            if slot.is_some() {
                return Err(bw_err(
                    virErrorNumber::VIR_ERR_XML_DETAIL,
                    &format!("Only one child <{}> element allowed", c.name()),
                ));
            }
            *slot = Some(c);
        }
        let inbound = inbound.map(Rate::parse).transpose()?;
        if inbound.is_some_and(|r| r.floor != 0) && !allow_floor {
            return Err(unsupported(
                "floor attribute is not supported for this config",
            ));
        }
        let outbound = outbound.map(Rate::parse).transpose()?;
        if outbound.is_some_and(|r| r.floor != 0) {
            return Err(unsupported(
                "'floor' attribute allowed only in <inbound> element",
            ));
        }
        if inbound.is_none() && outbound.is_none() {
            return Ok(None);
        }
        Ok(Some(Bandwidth { inbound, outbound }))
    }

    pub fn format(&self, w: &mut Writer) {
        w.start("bandwidth").open();
        if let Some(r) = &self.inbound {
            r.format(w, "inbound");
        }
        if let Some(r) = &self.outbound {
            r.format(w, "outbound");
        }
        w.end("bandwidth");
    }
}
