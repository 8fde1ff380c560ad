//! Typed attributes: `node.prop::<u32>("current")` and friends, with the
//! checks and messages of libvirt's `virXMLProp*` helpers.

use super::error::{invalid_attr, missing_attr, zero_attr};
use super::number;
use super::tree::Node;
use crate::error::Result;

/// A type an attribute can be read as.
pub trait PropValue: Sized {
    /// What libvirt's message says after the refused value.
    const EXPECTED: &'static str;
    /// The value of `s` (numbers in `base`), `None` when `s` is not one.
    fn parse_prop(s: &str, base: u32) -> Option<Self>;
    /// Whether [`Opts::nonzero`] refuses the value.
    fn is_zero(&self) -> bool {
        false
    }
    /// Whether [`Opts::nonnegative`] refuses the value.
    fn is_negative(&self) -> bool {
        false
    }
    /// Whether a refused zero is reported as an invalid value (names) or
    /// with libvirt's "Zero is not permitted" (numbers).
    const ZERO_IS_INVALID: bool = false;
}

macro_rules! int_prop {
    ($t:ty, $parse:path, $expected:literal, $neg:expr) => {
        impl PropValue for $t {
            const EXPECTED: &'static str = $expected;
            fn parse_prop(s: &str, base: u32) -> Option<Self> {
                $parse(s, base)
            }
            fn is_zero(&self) -> bool {
                *self == 0
            }
            fn is_negative(&self) -> bool {
                $neg(*self)
            }
        }
    };
}

int_prop!(i32, number::to_i32, ". Expected integer value", |v: i32| v
    < 0);
int_prop!(
    u32,
    number::to_u32_p,
    ". Expected non-negative integer value",
    |_| false
);
int_prop!(
    i64,
    number::to_i64,
    ". Expected long long integer value",
    |v: i64| v < 0
);
int_prop!(
    u64,
    number::to_u64_p,
    ". Expected non-negative integer value",
    |_| false
);

/// A UUID attribute (`virXMLPropUUID`).
impl PropValue for [u8; 16] {
    const EXPECTED: &'static str = ". Expected UUID";
    fn parse_prop(s: &str, _: u32) -> Option<Self> {
        crate::util::uuid::parse_uuid(s)
    }
}

/// Options of one attribute read (libvirt's `virXMLPropFlags` and base).
#[derive(Clone, Copy, Debug)]
pub struct Opts {
    pub required: bool,
    pub nonzero: bool,
    pub nonnegative: bool,
    pub base: u32,
}

impl Opts {
    pub const NONE: Opts = Opts {
        required: false,
        nonzero: false,
        nonnegative: false,
        base: 10,
    };
    pub const REQUIRED: Opts = Opts {
        required: true,
        ..Opts::NONE
    };
    pub const fn nonzero(self) -> Opts {
        Opts {
            nonzero: true,
            ..self
        }
    }
    pub const fn nonnegative(self) -> Opts {
        Opts {
            nonnegative: true,
            ..self
        }
    }
    pub const fn base(self, base: u32) -> Opts {
        Opts { base, ..self }
    }
}

impl<'d> Node<'d, '_> {
    /// An optional attribute as `T`: `Ok(None)` when absent, libvirt's
    /// error when present but not a `T`.
    pub fn prop<T: PropValue>(self, name: &str) -> Result<Option<T>> {
        self.prop_with(name, Opts::NONE)
    }

    /// A required attribute as `T`.
    pub fn prop_required<T: PropValue>(self, name: &str) -> Result<T> {
        self.prop_with(name, Opts::REQUIRED)?
            .ok_or_else(|| missing_attr(self.name(), name))
    }

    /// An attribute as `T` under `opts`.
    pub fn prop_with<T: PropValue>(self, name: &str, opts: Opts) -> Result<Option<T>> {
        let Some(raw) = self.attr(name) else {
            if opts.required {
                return Err(missing_attr(self.name(), name));
            }
            return Ok(None);
        };
        let invalid = |expected| invalid_attr(self.name(), name, raw, expected);
        let value = T::parse_prop(raw, opts.base).ok_or_else(|| invalid(T::EXPECTED))?;
        if opts.nonnegative && value.is_negative() {
            return Err(invalid(". Expected non-negative value"));
        }
        if opts.nonzero && value.is_zero() {
            if T::ZERO_IS_INVALID {
                return Err(invalid(T::EXPECTED));
            }
            return Err(zero_attr(self.name(), name));
        }
        Ok(Some(value))
    }

    /// An optional attribute as `T`, `default` when absent.
    pub fn prop_or<T: PropValue>(self, name: &str, default: T) -> Result<T> {
        Ok(self.prop(name)?.unwrap_or(default))
    }
}

#[cfg(test)]
mod tests {
    use super::super::enums::Switch;
    use super::super::tree::{Document, ParseOpts};
    use super::*;
    use oxvirt_abi::virErrorDomain;

    const OPTS: ParseOpts = ParseOpts {
        domain: virErrorDomain::VIR_FROM_DOMAIN,
        url: "(t)",
        root: "e",
    };

    fn with<R>(xml: &str, f: impl FnOnce(Node) -> R) -> R {
        let doc = Document::parse(xml, &OPTS).unwrap();
        f(doc.root())
    }

    fn msg<T: std::fmt::Debug>(r: Result<T>) -> String {
        r.unwrap_err().message
    }

    #[test]
    fn integers_of_every_width() {
        with("<e a='-5' b='7' c='0x1f' d='-1' z='0'/>", |n| {
            assert_eq!(n.prop::<i32>("a").unwrap(), Some(-5));
            assert_eq!(n.prop::<i64>("a").unwrap(), Some(-5));
            assert_eq!(n.prop::<u32>("b").unwrap(), Some(7));
            assert_eq!(n.prop::<u64>("b").unwrap(), Some(7));
            assert_eq!(n.prop::<u32>("missing").unwrap(), None);
            assert_eq!(n.prop_or::<u32>("missing", 3).unwrap(), 3);
            assert_eq!(
                n.prop_with::<u32>("c", Opts::NONE.base(16)).unwrap(),
                Some(31)
            );
            assert_eq!(
                msg(n.prop::<u32>("d")),
                "XML error: Invalid value for attribute 'd' in element 'e': '-1'. Expected non-negative integer value"
            );
            assert_eq!(
                msg(n.prop::<u64>("c")),
                "XML error: Invalid value for attribute 'c' in element 'e': '0x1f'. Expected non-negative integer value"
            );
            assert_eq!(
                msg(n.prop_with::<i32>("a", Opts::NONE.nonnegative())),
                "XML error: Invalid value for attribute 'a' in element 'e': '-5'. Expected non-negative value"
            );
            assert_eq!(
                msg(n.prop::<i64>("c")),
                "XML error: Invalid value for attribute 'c' in element 'e': '0x1f'. Expected long long integer value"
            );
            assert_eq!(
                msg(n.prop::<i32>("c")),
                "XML error: Invalid value for attribute 'c' in element 'e': '0x1f'. Expected integer value"
            );
            assert_eq!(
                msg(n.prop_with::<u32>("z", Opts::NONE.nonzero())),
                "XML error: Invalid value for attribute 'z' in element 'e': Zero is not permitted"
            );
            assert_eq!(
                msg(n.prop_required::<i32>("q")),
                "XML error: Missing required attribute 'q' in element 'e'"
            );
        });
    }

    #[test]
    fn bools_switches_uuids() {
        with(
            "<e y='yes' n='no' on='on' off='off' bad='maybe' u='6695eb01-f6a4-8304-79aa-97f2502e193f' x='zz'/>",
            |n| {
                assert_eq!(n.prop::<bool>("y").unwrap(), Some(true));
                assert_eq!(n.prop::<bool>("n").unwrap(), Some(false));
                assert_eq!(n.prop::<Switch>("on").unwrap(), Some(Switch(true)));
                assert_eq!(n.prop::<Switch>("off").unwrap(), Some(Switch(false)));
                assert_eq!(
                    msg(n.prop::<bool>("bad")),
                    "XML error: Invalid value for attribute 'bad' in element 'e': 'maybe'."
                );
                assert_eq!(
                    msg(n.prop::<bool>("on")),
                    "XML error: Invalid value for attribute 'on' in element 'e': 'on'."
                );
                assert!(n.prop::<[u8; 16]>("u").unwrap().is_some());
                assert_eq!(
                    msg(n.prop::<[u8; 16]>("x")),
                    "XML error: Invalid value for attribute 'x' in element 'e': 'zz'. Expected UUID"
                );
            },
        );
    }
}
