//! MAC addresses of interfaces: libvirt's syntax, its canonical form and
//! the addresses it makes up when a definition gives none.

use std::fmt;

/// The prefix of the addresses libvirt generates (QEMU's OUI, the default
/// of every driver's `macPrefix`).
pub const GENERATED_PREFIX: [u8; 3] = [0x52, 0x54, 0x00];

/// A MAC address.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct MacAddr(pub [u8; 6]);

impl MacAddr {
    /// libvirt's `virMacAddrParse`: six colon-separated groups of one or
    /// two hex digits, nothing before or after.
    pub fn parse(s: &str) -> Option<MacAddr> {
        let mut out = [0u8; 6];
        let mut parts = s.split(':');
        for o in out.iter_mut() {
            let p = parts.next()?;
            if p.is_empty() || p.len() > 2 || !p.bytes().all(|b| b.is_ascii_hexdigit()) {
                return None;
            }
            *o = u8::from_str_radix(p, 16).ok()?;
        }
        parts.next().is_none().then_some(MacAddr(out))
    }

    /// A random address under libvirt's prefix.
    pub fn generate() -> MacAddr {
        // A version-4 UUID's first bytes are random.
        let r = *uuid::Uuid::new_v4().as_bytes();
        let [a, b, c] = GENERATED_PREFIX;
        MacAddr([a, b, c, r[0], r[1], r[2]])
    }

    pub fn is_multicast(&self) -> bool {
        self.0[0] & 1 == 1
    }
}

impl fmt::Display for MacAddr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let [a, b, c, d, e, g] = self.0;
        write!(f, "{a:02x}:{b:02x}:{c:02x}:{d:02x}:{e:02x}:{g:02x}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syntax_and_canonical_form() {
        let m = MacAddr::parse("0:A:1b:22:33:fE").unwrap();
        assert_eq!(m.to_string(), "00:0a:1b:22:33:fe");
        for bad in [
            "",
            "00:11:22:33:44",
            "00:11:22:33:44:55:66",
            "001:1:2:3:4:5",
            "0g:1:2:3:4:5",
            "+1:1:2:3:4:5",
            "00:11:22:33:44:55:",
        ] {
            assert_eq!(MacAddr::parse(bad), None, "{bad}");
        }
        assert!(MacAddr::parse("01:00:00:00:00:00").unwrap().is_multicast());
        let g = MacAddr::generate();
        assert_eq!(g.0[..3], GENERATED_PREFIX);
        assert!(!g.is_multicast());
    }
}
