//! libvirt's scaled integers (`virScaleInteger`, `virParseScaledValue`) and
//! the domain memory rule built on them (`virDomainParseMemory`). All
//! arithmetic is checked: a value too large for its unit is libvirt's
//! overflow error, never a wrapped number.

use super::error::xml_error;
use super::number;
use crate::error::{Error, Result};
use oxvirt_abi::{virErrorDomain, virErrorNumber};

/// The largest byte count a memory element may scale to (`LLONG_MAX`: an
/// `off_t`, on the 64-bit hosts we build for).
pub const MEMORY_MAX_BYTES: u64 = i64::MAX as u64;

/// The largest KiB count anything reports memory in
/// (`VIR_DOMAIN_MEMORY_PARAM_UNLIMITED`).
pub const MEMORY_MAX_KIB: u64 = MEMORY_MAX_BYTES >> 10;

fn none_error(code: virErrorNumber, detail: &str) -> Error {
    Error::new(virErrorDomain::VIR_FROM_NONE, code, Some(detail))
}

/// The multiplier a unit names. Case never matters: `b`, `byte`, `bytes`;
/// `k m g t p e` alone or followed by `iB` are powers of 1024, followed by
/// `B` powers of 1000.
pub fn unit_scale(unit: &str) -> Result<u64> {
    let unknown = || {
        none_error(
            virErrorNumber::VIR_ERR_INVALID_ARG,
            &format!("unknown suffix '{unit}'"),
        )
    };
    if ["b", "byte", "bytes"]
        .iter()
        .any(|u| unit.eq_ignore_ascii_case(u))
    {
        return Ok(1);
    }
    let b = unit.as_bytes();
    let base: u64 = match b.get(1..) {
        Some([]) => 1024,
        Some(rest) if rest.eq_ignore_ascii_case(b"iB") => 1024,
        Some([c]) if c.eq_ignore_ascii_case(&b'b') => 1000,
        _ => return Err(unknown()),
    };
    let power = match b[0].to_ascii_lowercase() {
        b'k' => 1,
        b'm' => 2,
        b'g' => 3,
        b't' => 4,
        b'p' => 5,
        b'e' => 6,
        _ => return Err(unknown()),
    };
    base.checked_pow(power).ok_or_else(unknown)
}

/// `value` scaled by `unit` (or by `default_scale` when there is none),
/// refused with libvirt's overflow error when the product exceeds `limit`.
pub fn scale_integer(
    value: u64,
    unit: Option<&str>,
    default_scale: u64,
    limit: u64,
) -> Result<u64> {
    let unit = unit.filter(|u| !u.is_empty());
    let scale = match unit {
        Some(u) => unit_scale(u)?,
        None if default_scale == 0 => {
            return Err(none_error(
                virErrorNumber::VIR_ERR_INTERNAL_ERROR,
                "invalid scale 0",
            ))
        }
        None => default_scale,
    };
    match value.checked_mul(scale) {
        Some(v) if v <= limit => Ok(v),
        _ => Err(none_error(
            virErrorNumber::VIR_ERR_OVERFLOW,
            &format!("value too large: {value}{}", unit.unwrap_or("")),
        )),
    }
}

/// `virParseScaledValue`: `text` is the value as libvirt's XPath reads it
/// (`None` when absent or empty), `unit` its unit, `what` the location
/// libvirt names in its messages (`./memory[1]`). `Ok(None)` when the value
/// is absent and not `required`.
pub fn parse_scaled(
    text: Option<&str>,
    unit: Option<&str>,
    what: &str,
    default_scale: u64,
    max: u64,
    required: bool,
) -> Result<Option<u64>> {
    let Some(text) = text.filter(|t| !t.is_empty()) else {
        if required {
            return Err(xml_error(&format!("missing element or attribute '{what}'")));
        }
        return Ok(None);
    };
    let value = number::to_u64_p(text, 10).ok_or_else(|| {
        xml_error(&format!(
            "Invalid value '{text}' for element or attribute '{what}'"
        ))
    })?;
    scale_integer(value, unit, default_scale, max).map(Some)
}

/// `virDomainParseMemory`: a memory amount in KiB (rounded up from bytes),
/// 1 KiB being the unit when none is given; 0 when absent and not
/// `required`.
pub fn parse_memory_kib(
    text: Option<&str>,
    unit: Option<&str>,
    what: &str,
    required: bool,
) -> Result<u64> {
    let bytes = parse_scaled(text, unit, what, 1024, MEMORY_MAX_BYTES, required)?.unwrap_or(0);
    let kib = bytes.div_ceil(1024);
    if kib >= MEMORY_MAX_BYTES.div_ceil(1024) {
        return Err(Error::new(
            virErrorDomain::VIR_FROM_DOMAIN,
            virErrorNumber::VIR_ERR_OVERFLOW,
            Some("size value too large"),
        ));
    }
    Ok(kib)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(r: Result<impl std::fmt::Debug>) -> (i32, i32, String) {
        let e = r.unwrap_err();
        (e.code, e.domain, e.message)
    }

    const OVERFLOW: i32 = virErrorNumber::VIR_ERR_OVERFLOW as i32;
    const NONE: i32 = virErrorDomain::VIR_FROM_NONE as i32;

    #[test]
    fn every_unit_and_spelling() {
        let k = 1024u64;
        let table: &[(&[&str], u64)] = &[
            (&["b", "B", "byte", "BYTE", "bytes", "Bytes"], 1),
            (&["k", "K", "KiB", "kib", "KIB"], k),
            (&["KB", "kb", "kB"], 1000),
            (&["M", "m", "MiB", "mib"], k.pow(2)),
            (&["MB", "mb"], 1000u64.pow(2)),
            (&["G", "g", "GiB"], k.pow(3)),
            (&["GB", "gB"], 1000u64.pow(3)),
            (&["T", "TiB"], k.pow(4)),
            (&["TB"], 1000u64.pow(4)),
            (&["P", "PiB"], k.pow(5)),
            (&["PB"], 1000u64.pow(5)),
            (&["E", "EiB", "eib"], k.pow(6)),
            (&["EB", "eb"], 1000u64.pow(6)),
        ];
        for (names, scale) in table {
            for n in *names {
                assert_eq!(unit_scale(n).unwrap(), *scale, "{n}");
                assert_eq!(scale_integer(3, Some(n), 1, u64::MAX).unwrap(), 3 * scale);
            }
        }
    }

    #[test]
    fn unknown_units() {
        for u in [
            "ki", "KiBB", "biB", "bb", "x", "Zi", " KiB", "KiB ", "é", "kiB\0",
        ] {
            assert_eq!(
                err(unit_scale(u)),
                (
                    virErrorNumber::VIR_ERR_INVALID_ARG as i32,
                    NONE,
                    format!("invalid argument: unknown suffix '{u}'")
                )
            );
        }
        // An empty unit is no unit.
        assert_eq!(scale_integer(2, Some(""), 1024, u64::MAX).unwrap(), 2048);
        assert_eq!(
            err(scale_integer(2, None, 0, u64::MAX)).2,
            "internal error: invalid scale 0"
        );
    }

    #[test]
    fn overflow_edges_per_unit() {
        let limit = MEMORY_MAX_BYTES;
        for u in [
            "b", "KiB", "KB", "MiB", "MB", "GiB", "GB", "TiB", "TB", "PiB", "PB", "EiB", "EB",
        ] {
            let s = unit_scale(u).unwrap();
            let largest = limit / s;
            assert_eq!(
                scale_integer(largest, Some(u), 1, limit).unwrap(),
                largest * s
            );
            assert_eq!(
                err(scale_integer(largest + 1, Some(u), 1, limit)),
                (
                    OVERFLOW,
                    NONE,
                    format!("numerical overflow: value too large: {}{u}", largest + 1)
                )
            );
            assert_eq!(
                scale_integer(u64::MAX, Some(u), 1, u64::MAX).is_err(),
                s > 1
            );
        }
        assert_eq!(scale_integer(0, Some("EiB"), 1, 0).unwrap(), 0);
        assert_eq!(
            err(scale_integer(u64::MAX, None, 1024, u64::MAX)).2,
            "numerical overflow: value too large: 18446744073709551615"
        );
    }

    #[test]
    fn memory_like_libvirt() {
        let mem = |t: &str, u: Option<&str>| parse_memory_kib(Some(t), u, "./memory[1]", false);
        assert_eq!(mem("1", None).unwrap(), 1);
        assert_eq!(mem("1", Some("b")).unwrap(), 1);
        assert_eq!(mem("1025", Some("bytes")).unwrap(), 2);
        assert_eq!(mem("1", Some("KB")).unwrap(), 1);
        assert_eq!(mem("1", Some("GiB")).unwrap(), 1 << 20);
        assert_eq!(mem(" 5", None).unwrap(), 5);
        assert_eq!(mem("+5", None).unwrap(), 5);
        assert_eq!(
            parse_memory_kib(None, None, "./memory[1]", false).unwrap(),
            0
        );
        assert_eq!(
            parse_memory_kib(Some(""), None, "./memory[1]", false).unwrap(),
            0
        );
        // The largest accepted per unit, and one more.
        assert_eq!(mem("9007199254740991", None).unwrap(), MEMORY_MAX_KIB);
        assert_eq!(
            err(mem("9007199254740992", None)),
            (
                OVERFLOW,
                NONE,
                "numerical overflow: value too large: 9007199254740992".into()
            )
        );
        assert_eq!(mem("8388607", Some("TiB")).unwrap(), 8388607 << 30);
        assert_eq!(
            err(mem("99999999999", Some("TiB"))).2,
            "numerical overflow: value too large: 99999999999TiB"
        );
        assert_eq!(mem("7", Some("EiB")).unwrap(), 7 << 50);
        assert_eq!(
            err(mem("8", Some("EiB"))).2,
            "numerical overflow: value too large: 8EiB"
        );
        assert_eq!(
            mem("9223372036854774784", Some("b")).unwrap(),
            MEMORY_MAX_KIB
        );
        let dom = virErrorDomain::VIR_FROM_DOMAIN as i32;
        assert_eq!(
            err(mem("9223372036854774785", Some("b"))),
            (
                OVERFLOW,
                dom,
                "numerical overflow: size value too large".into()
            )
        );
        assert_eq!(
            err(mem("18446744073709551615", Some("b"))).2,
            "numerical overflow: value too large: 18446744073709551615b"
        );
        let xml = (
            virErrorNumber::VIR_ERR_XML_ERROR as i32,
            virErrorDomain::VIR_FROM_XML as i32,
        );
        for bad in [
            "18446744073709551616",
            "-1",
            "-0",
            "x",
            "5 ",
            "1k",
            "0x10",
            " ",
        ] {
            assert_eq!(
                err(mem(bad, None)),
                (
                    xml.0,
                    xml.1,
                    format!(
                        "XML error: Invalid value '{bad}' for element or attribute './memory[1]'"
                    )
                )
            );
        }
        assert_eq!(
            err(parse_memory_kib(None, None, "./memory[1]", true)).2,
            "XML error: missing element or attribute './memory[1]'"
        );
    }
}
