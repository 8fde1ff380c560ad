//! Typed parameters (`virTypedParameter`): named values of a fixed set of
//! types, with libvirt's rules and error wording. The C arrays themselves
//! are handled in `ffi::common`; this is the part that needs no pointer.

use super::error::{Error, Result};
use oxvirt_abi::{virErrorDomain, virErrorNumber, VIR_TYPED_PARAM_FIELD_LENGTH};
use std::ffi::CStr;
use std::os::raw::c_int;

/// `VIR_TYPED_PARAM_INT` … `VIR_TYPED_PARAM_STRING`.
pub const INT: c_int = 1;
pub const UINT: c_int = 2;
pub const LLONG: c_int = 3;
pub const ULLONG: c_int = 4;
pub const DOUBLE: c_int = 5;
pub const BOOLEAN: c_int = 6;
pub const STRING: c_int = 7;

/// A parameter value and a named value: the driver layer's types, so a
/// driver's parameters cross to C with no conversion in between.
pub use crate::driver::{TypedParam as Param, TypedValue as Value};

/// The name libvirt gives a type in messages; `None` outside the enum
/// (which C's printf then shows as "(null)").
pub fn type_name(t: c_int) -> Option<&'static str> {
    Some(match t {
        0 => "unknown",
        INT => "int",
        UINT => "uint",
        LLONG => "llong",
        ULLONG => "ullong",
        DOUBLE => "double",
        BOOLEAN => "boolean",
        STRING => "string",
        _ => return None,
    })
}

fn err(code: virErrorNumber, detail: String) -> Error {
    Error::new(virErrorDomain::VIR_FROM_NONE, code, Some(&detail))
}

/// A field name must fit `virTypedParameter.field` with its NUL.
pub fn check_field(name: &[u8]) -> Result<()> {
    if name.len() >= VIR_TYPED_PARAM_FIELD_LENGTH {
        return Err(err(
            virErrorNumber::VIR_ERR_INTERNAL_ERROR,
            format!("Field name '{}' too long", String::from_utf8_lossy(name)),
        ));
    }
    Ok(())
}

/// The error of a `virTypedParamsGet<Type>` on a parameter of another type.
pub fn type_mismatch(requested: c_int, name: &str, actual: c_int) -> Error {
    err(
        virErrorNumber::VIR_ERR_INVALID_ARG,
        format!(
            "Invalid type '{}' requested for parameter '{}', actual type is '{}'",
            type_name(requested).unwrap_or("(null)"),
            name,
            type_name(actual).unwrap_or("(null)"),
        ),
    )
}

/// The error for a value of an unknown type.
pub fn unexpected_type(t: c_int, name: &str) -> Error {
    err(
        virErrorNumber::VIR_ERR_INTERNAL_ERROR,
        format!("unexpected type {t} for field {name}"),
    )
}

/// The capacity an array of `max` slots holding `n` grows to so that one
/// more fits (libvirt's growth rule: by what is missing, at least half).
pub fn grown_capacity(max: usize, n: usize) -> usize {
    let need = n + 1;
    if need <= max {
        return max;
    }
    let delta = (need - max).max(max / 2);
    max + delta
}

/// Runs a C number parser over all of `s`: the whole string must be one
/// number, with no error from the parser.
fn parse_all<T>(
    s: &CStr,
    parse: impl FnOnce(*const libc::c_char, *mut *mut libc::c_char) -> T,
) -> Option<T> {
    let start = s.as_ptr();
    let mut end: *mut libc::c_char = std::ptr::null_mut();
    // SAFETY: errno is thread-local; the parsers read the NUL-terminated s.
    unsafe {
        *libc::__errno_location() = 0;
        let v = parse(start, &mut end);
        let bad = *libc::__errno_location() != 0 || std::ptr::eq(end, start) || *end != 0;
        (!bad).then_some(v)
    }
}

fn parse_i32(s: &CStr) -> Option<i32> {
    // SAFETY: see parse_all.
    let v = parse_all(s, |p, e| unsafe { libc::strtol(p, e, 10) })?;
    i32::try_from(v).ok()
}

fn parse_u32(s: &CStr) -> Option<u32> {
    // SAFETY: see parse_all.
    let v = parse_all(s, |p, e| unsafe { libc::strtoul(p, e, 10) })?;
    // As libvirt: "-N" wraps around as in C, if N fits an unsigned int.
    if s.to_bytes().contains(&b'-') {
        if v.wrapping_neg() > u32::MAX as libc::c_ulong {
            return None;
        }
        return Some((v & 0xffff_ffff) as u32);
    }
    u32::try_from(v).ok()
}

fn parse_i64(s: &CStr) -> Option<i64> {
    // SAFETY: see parse_all.
    parse_all(s, |p, e| unsafe { libc::strtoll(p, e, 10) })
}

fn parse_u64(s: &CStr) -> Option<u64> {
    // SAFETY: see parse_all.
    parse_all(s, |p, e| unsafe { libc::strtoull(p, e, 10) })
}

fn parse_f64(s: &CStr) -> Option<f64> {
    // SAFETY: see parse_all.
    parse_all(s, |p, e| unsafe { libc::strtod(p, e) })
}

/// The value of type `t` written as `text` (`virTypedParamsAddFromString`),
/// with libvirt's errors.
pub fn parse_value(name: &str, t: c_int, text: &CStr) -> Result<Value> {
    let invalid = |what: &str| {
        err(
            virErrorNumber::VIR_ERR_INVALID_ARG,
            format!("Invalid value for field '{name}': expected {what}"),
        )
    };
    Ok(match t {
        INT => Value::Int(parse_i32(text).ok_or_else(|| invalid("int"))?),
        UINT => Value::UInt(parse_u32(text).ok_or_else(|| invalid("unsigned int"))?),
        LLONG => Value::LLong(parse_i64(text).ok_or_else(|| invalid("long long"))?),
        ULLONG => Value::ULLong(parse_u64(text).ok_or_else(|| invalid("unsigned long long"))?),
        DOUBLE => Value::Double(parse_f64(text).ok_or_else(|| invalid("double"))?),
        BOOLEAN => {
            let b = text.to_bytes();
            if b.eq_ignore_ascii_case(b"true") || b == b"1" {
                Value::Boolean(true)
            } else if b.eq_ignore_ascii_case(b"false") || b == b"0" {
                Value::Boolean(false)
            } else {
                return Err(err(
                    virErrorNumber::VIR_ERR_INVALID_ARG,
                    format!("Invalid boolean value for field '{name}'"),
                ));
            }
        }
        STRING => Value::String(text.to_string_lossy().into_owned()),
        _ => return Err(unexpected_type(t, name)),
    })
}

/// The error for a NULL value given to `virTypedParamsAddFromString`.
pub fn null_value(name: &str) -> Error {
    err(
        virErrorNumber::VIR_ERR_INVALID_ARG,
        format!("NULL value for field '{name}'"),
    )
}

/// The first parameter named `name`.
pub fn get<'a>(params: &'a [Param], name: &str) -> Option<&'a Param> {
    params.iter().find(|p| p.field == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(s: &str) -> std::ffi::CString {
        std::ffi::CString::new(s).unwrap()
    }

    #[test]
    fn parses_like_libvirt() {
        assert_eq!(parse_value("a", INT, &c("42")).unwrap(), Value::Int(42));
        assert_eq!(parse_value("a", INT, &c(" -7")).unwrap(), Value::Int(-7));
        assert!(parse_value("a", INT, &c("4294967296")).is_err());
        assert!(parse_value("a", INT, &c("12x")).is_err());
        assert!(parse_value("a", INT, &c("")).is_err());
        assert_eq!(
            parse_value("a", UINT, &c("-1")).unwrap(),
            Value::UInt(u32::MAX)
        );
        assert!(parse_value("a", UINT, &c("4294967296")).is_err());
        assert!(parse_value("a", UINT, &c("-4294967296")).is_err());
        assert_eq!(
            parse_value("a", ULLONG, &c("-1")).unwrap(),
            Value::ULLong(u64::MAX)
        );
        assert_eq!(
            parse_value("a", DOUBLE, &c("1.5")).unwrap(),
            Value::Double(1.5)
        );
        assert_eq!(
            parse_value("a", BOOLEAN, &c("TRUE")).unwrap(),
            Value::Boolean(true)
        );
        assert_eq!(
            parse_value("a", BOOLEAN, &c("0")).unwrap(),
            Value::Boolean(false)
        );
        let e = parse_value("a", BOOLEAN, &c("yes")).unwrap_err();
        assert_eq!(
            e.message,
            "invalid argument: Invalid boolean value for field 'a'"
        );
        let e = parse_value("a", UINT, &c("x")).unwrap_err();
        assert_eq!(
            e.message,
            "invalid argument: Invalid value for field 'a': expected unsigned int"
        );
        let e = parse_value("a", 99, &c("x")).unwrap_err();
        assert_eq!(e.message, "internal error: unexpected type 99 for field a");
    }

    #[test]
    fn field_length_and_messages() {
        assert!(check_field("x".repeat(79).as_bytes()).is_ok());
        let e = check_field("x".repeat(80).as_bytes()).unwrap_err();
        assert_eq!(e.code, virErrorNumber::VIR_ERR_INTERNAL_ERROR as c_int);
        assert!(e.message.ends_with("' too long"));
        let e = type_mismatch(INT, "p", STRING);
        assert_eq!(
            e.message,
            "invalid argument: Invalid type 'int' requested for parameter 'p', actual type is 'string'"
        );
        assert_eq!(
            type_mismatch(INT, "p", 42)
                .str2
                .unwrap()
                .matches("(null)")
                .count(),
            1
        );
    }

    #[test]
    fn growth() {
        assert_eq!(grown_capacity(0, 0), 1);
        assert_eq!(grown_capacity(1, 1), 2);
        assert_eq!(grown_capacity(4, 4), 6);
        assert_eq!(grown_capacity(4, 2), 4);
        assert_eq!(grown_capacity(10, 10), 15);
    }
}
