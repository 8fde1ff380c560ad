//! `<portForward>` of a user-mode (passt) interface.

use super::super::xml_err;
use crate::conf::xml::{yes_no, Node, Opts, Writer};
use crate::error::Result;
use std::net::IpAddr;

crate::xml_enum! {
    /// `<portForward proto=…>`; "none" is refused.
    pub enum Proto { None = "none", Tcp = "tcp", Udp = "udp" }
}

/// `<range start end to exclude>`; zero is "not set".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PortRange {
    pub start: u32,
    pub end: u32,
    pub to: u32,
    pub exclude: Option<bool>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PortForward {
    pub proto: Proto,
    pub address: Option<IpAddr>,
    pub dev: Option<String>,
    pub ranges: Vec<PortRange>,
}

impl PortForward {
    pub fn parse(n: Node) -> Result<PortForward> {
        let proto = n
            .prop_with::<Proto>("proto", Opts::REQUIRED.nonzero())?
            .unwrap_or(Proto::Tcp);
        let address = match n.attr("address") {
            None => None,
            Some(a) => Some(
                super::netip::parse_addr(a)
                    .ok_or_else(|| xml_err(&format!("Invalid address '{a}' in <portForward>")))?,
            ),
        };
        let dev = n.attr("dev").map(str::to_string);
        let nz = Opts::NONE.nonzero();
        let mut ranges = Vec::new();
        for r in n.children("range") {
            ranges.push(PortRange {
                start: r.prop_with::<u32>("start", nz)?.unwrap_or(0),
                end: r.prop_with::<u32>("end", nz)?.unwrap_or(0),
                to: r.prop_with::<u32>("to", nz)?.unwrap_or(0),
                exclude: r.prop::<bool>("exclude")?,
            });
        }
        Ok(PortForward {
            proto,
            address,
            dev,
            ranges,
        })
    }

    pub fn format(&self, w: &mut Writer) {
        let s = w
            .start("portForward")
            .attr("proto", self.proto)
            .attr_opt("address", self.address.map(|a| a.to_string()))
            .attr_opt("dev", self.dev.as_deref());
        if self.ranges.is_empty() {
            s.empty();
            return;
        }
        s.open();
        for r in &self.ranges {
            let started = r.start != 0;
            w.start("range")
                .attr_opt("start", started.then_some(r.start))
                .attr_opt("end", (started && r.end != 0).then_some(r.end))
                .attr_opt("to", (started && r.to != 0).then_some(r.to))
                .attr_opt("exclude", r.exclude.map(yes_no))
                .empty();
        }
        w.end("portForward");
    }
}
