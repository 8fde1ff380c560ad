//! The target of a guestfwd channel: an IPv4 address and port in the
//! guest, read as libvirt reads them (through the resolver, numerically).

use super::super::{unsupported, xml_err};
use crate::conf::xml::{Node, Opts};
use crate::error::{Error, Result};
use oxvirt_abi::{virErrorDomain, virErrorNumber};
use std::net::Ipv4Addr;

/// A guestfwd target: an IPv4 address (as the C library's resolver reads
/// a numeric host) and a port.
pub(super) fn parse(t: Node) -> Result<(Ipv4Addr, u16)> {
    let Some(a) = t.attr("address") else {
        return Err(xml_err("guestfwd channel does not define a target address"));
    };
    let addr = match inet_aton(a) {
        Some(v4) => v4,
        None if a.parse::<std::net::Ipv6Addr>().is_ok() => {
            return Err(unsupported("guestfwd channel only supports IPv4 addresses"))
        }
        None => {
            return Err(Error::new(
                virErrorDomain::VIR_FROM_NONE,
                virErrorNumber::VIR_ERR_SYSTEM_ERROR,
                Some(&format!(
                    "Cannot parse socket address '{a}': Name or service not known"
                )),
            ))
        }
    };
    let port = t.prop_with::<u32>("port", Opts::REQUIRED)?.unwrap_or(0);
    // The port goes into a socket address's 16 bits.
    Ok((addr, port as u16))
}

/// IPv4 in the forms `inet_aton` takes: one to four parts, each decimal,
/// octal (`0…`) or hexadecimal (`0x…`), the last filling the remaining
/// bytes.
fn inet_aton(s: &str) -> Option<Ipv4Addr> {
    let parts: Vec<&str> = s.split('.').collect();
    if parts.is_empty() || parts.len() > 4 {
        return None;
    }
    let mut vals = Vec::with_capacity(4);
    for p in &parts {
        let (digits, radix) = if let Some(h) = p.strip_prefix("0x").or(p.strip_prefix("0X")) {
            (h, 16)
        } else if p.len() > 1 && p.starts_with('0') {
            (&p[1..], 8)
        } else {
            (*p, 10)
        };
        // strtoul reads "0x" without digits as a 0 followed by junk.
        if p.is_empty()
            || (radix == 16 && digits.is_empty())
            || !digits.chars().all(|c| c.is_digit(radix))
        {
            return None;
        }
        let v = if digits.is_empty() {
            0
        } else {
            u32::from_str_radix(digits, radix).ok()?
        };
        vals.push(v);
    }
    let (last, head) = vals.split_last()?;
    if head.iter().any(|v| *v > 0xff) {
        return None;
    }
    let room = 32 - 8 * head.len() as u32;
    if room < 32 && *last >= 1u32 << room {
        return None;
    }
    let mut n: u32 = 0;
    for (i, v) in head.iter().enumerate() {
        n |= v << (24 - 8 * i as u32);
    }
    Some(Ipv4Addr::from(n | last))
}
