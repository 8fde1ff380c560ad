//! Values libvirt spells by name: `yes`/`no`, `on`/`off`, and the enums a
//! model declares with [`xml_enum!`](crate::xml_enum) (libvirt's
//! `VIR_ENUM_IMPL`: one name per value, looked up exactly).

use super::prop::PropValue;
use super::writer::XmlValue;

/// `yes`/`no` (libvirt's tristate bool; absence is `None`).
impl PropValue for bool {
    const EXPECTED: &'static str = ".";
    fn parse_prop(s: &str, _: u32) -> Option<Self> {
        match s {
            "yes" => Some(true),
            "no" => Some(false),
            _ => None,
        }
    }
}

/// `on`/`off` (libvirt's tristate switch; absence is `None`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Switch(pub bool);

impl PropValue for Switch {
    const EXPECTED: &'static str = ".";
    fn parse_prop(s: &str, _: u32) -> Option<Self> {
        match s {
            "on" => Some(Switch(true)),
            "off" => Some(Switch(false)),
            _ => None,
        }
    }
}

impl XmlValue for Switch {
    fn write_xml(&self, out: &mut String) {
        out.push_str(if self.0 { "on" } else { "off" });
    }
}

/// The name of a `bool` as libvirt writes it.
pub fn yes_no(b: bool) -> &'static str {
    if b {
        "yes"
    } else {
        "no"
    }
}

/// Declares an enum spelled by name in XML: `name()`, `from_name()`,
/// `NAMES`, and reading (`node.prop::<T>`) and writing (`XmlValue`) by
/// name. The first variant is index 0, as in libvirt's tables.
#[macro_export]
macro_rules! xml_enum {
    ($(#[$m:meta])* $vis:vis enum $name:ident { $($(#[$vm:meta])* $v:ident = $s:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        $vis enum $name { $($(#[$vm])* $v),+ }

        impl $name {
            /// Every name, in value order.
            pub const NAMES: &'static [&'static str] = &[$($s),+];
            const ALL: &'static [$name] = &[$($name::$v),+];

            pub fn name(self) -> &'static str {
                Self::NAMES[self as usize]
            }

            pub fn from_name(s: &str) -> Option<Self> {
                Self::NAMES.iter().position(|n| *n == s).map(|i| Self::ALL[i])
            }
        }

        impl $crate::conf::xml::PropValue for $name {
            const EXPECTED: &'static str = ".";
            const ZERO_IS_INVALID: bool = true;
            fn parse_prop(s: &str, _: u32) -> Option<Self> {
                Self::from_name(s)
            }
            fn is_zero(&self) -> bool {
                *self as usize == 0
            }
        }

        impl $crate::conf::xml::XmlValue for $name {
            fn write_xml(&self, out: &mut String) {
                out.push_str(self.name());
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use super::super::tree::{Document, ParseOpts};
    use super::super::Opts;
    use super::*;

    crate::xml_enum! {
        enum Mode { Absent = "absent", Fast = "fast", Slow = "slow-ish" }
    }

    #[test]
    fn enums_by_name() {
        assert_eq!(Mode::from_name("slow-ish"), Some(Mode::Slow));
        assert_eq!(Mode::from_name("Fast"), None);
        assert_eq!(Mode::Fast.name(), "fast");
        let opts = ParseOpts {
            domain: oxvirt_abi::virErrorDomain::VIR_FROM_XML,
            url: "u",
            root: "e",
        };
        let doc = Document::parse("<e a='fast' b='absent' c='x'/>", &opts).unwrap();
        let n = doc.root();
        assert_eq!(n.prop::<Mode>("a").unwrap(), Some(Mode::Fast));
        assert_eq!(n.prop::<Mode>("b").unwrap(), Some(Mode::Absent));
        assert_eq!(
            n.prop_with::<Mode>("b", Opts::NONE.nonzero())
                .unwrap_err()
                .message,
            "XML error: Invalid value for attribute 'b' in element 'e': 'absent'."
        );
        assert_eq!(
            n.prop::<Mode>("c").unwrap_err().message,
            "XML error: Invalid value for attribute 'c' in element 'e': 'x'."
        );
        let mut s = String::new();
        Mode::Slow.write_xml(&mut s);
        Switch(false).write_xml(&mut s);
        assert_eq!(s, "slow-ishoff");
        assert_eq!(yes_no(true), "yes");
    }
}
