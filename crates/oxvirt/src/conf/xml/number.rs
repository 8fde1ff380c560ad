//! Whole-string integer parsing with the semantics of libvirt's
//! `virStrToLong_*` family, which sits on C's `strtol`/`strtoul`: leading
//! C-locale white space and one sign are accepted, trailing bytes are not,
//! out-of-range values fail. Each variant keeps its C quirk (`to_u32` reads
//! `-1` as `u32::MAX`; the `*_p` variants refuse any minus sign), because
//! which inputs libvirt accepts is part of its contract.

/// C's `isspace` in the C locale.
fn is_c_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

/// What `strtoull`/`strtoll` see in `s`: the sign and the magnitude, `None`
/// for the magnitude when it does not fit 64 bits (C's `ERANGE`). `None`
/// overall when there are no digits or bytes follow them.
fn scan(s: &str, base: u32) -> Option<(bool, Option<u64>)> {
    let (neg, mag, end) = scan_prefix(s, base)?;
    (end == s.len()).then_some((neg, mag))
}

/// [`scan`] of the start of `s` (C's end pointer): also the number of
/// bytes read; `None` when no digits start `s`.
fn scan_prefix(s: &str, base: u32) -> Option<(bool, Option<u64>, usize)> {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() && is_c_space(b[i]) {
        i += 1;
    }
    let neg = match b.get(i) {
        Some(b'-') => {
            i += 1;
            true
        }
        Some(b'+') => {
            i += 1;
            false
        }
        _ => false,
    };
    let hex_prefix = |i: usize| {
        b.get(i) == Some(&b'0')
            && matches!(b.get(i + 1), Some(b'x' | b'X'))
            && b.get(i + 2).is_some_and(u8::is_ascii_hexdigit)
    };
    let base = match base {
        0 if hex_prefix(i) => {
            i += 2;
            16
        }
        0 if b.get(i) == Some(&b'0') => 8,
        0 => 10,
        16 if hex_prefix(i) => {
            i += 2;
            16
        }
        b @ 2..=36 => b,
        _ => return None,
    };
    let start = i;
    let mut mag: Option<u64> = Some(0);
    while let Some(d) = b.get(i).and_then(|c| (*c as char).to_digit(base)) {
        mag = mag
            .and_then(|m| m.checked_mul(base as u64))
            .and_then(|m| m.checked_add(d as u64));
        i += 1;
    }
    (i > start).then_some((neg, mag, i))
}

/// A signed value of sign `neg` and magnitude `mag`, when it fits.
fn signed(neg: bool, mag: Option<u64>) -> Option<i64> {
    let mag = mag?;
    if neg {
        0i64.checked_sub_unsigned(mag)
    } else {
        i64::try_from(mag).ok()
    }
}

/// `virStrToLong_i`.
pub fn to_i32(s: &str, base: u32) -> Option<i32> {
    to_i64(s, base).and_then(|v| i32::try_from(v).ok())
}

/// `virStrToLong_ui`: a negative number counts from `u32::MAX` down.
pub fn to_u32(s: &str, base: u32) -> Option<u32> {
    let (neg, mag) = scan(s, base)?;
    let mag = mag?;
    if neg {
        // -1 .. -u32::MAX wrap into the 32-bit range, as on LP64 libvirt.
        (mag <= u32::MAX as u64).then(|| (mag as u32).wrapping_neg())
    } else {
        u32::try_from(mag).ok()
    }
}

/// `virStrToLong_uip`: like [`to_u32`] but no sign of minus at all.
pub fn to_u32_p(s: &str, base: u32) -> Option<u32> {
    match scan(s, base)? {
        (false, Some(m)) => u32::try_from(m).ok(),
        _ => None,
    }
}

/// `virStrToLong_ll`.
pub fn to_i64(s: &str, base: u32) -> Option<i64> {
    let (neg, mag) = scan(s, base)?;
    signed(neg, mag)
}

/// `virStrToLong_ull`: a negative number wraps, as `strtoull` does.
pub fn to_u64(s: &str, base: u32) -> Option<u64> {
    let (neg, mag) = scan(s, base)?;
    let mag = mag?;
    Some(if neg { mag.wrapping_neg() } else { mag })
}

/// `virStrToLong_ullp`: no minus sign at all.
pub fn to_u64_p(s: &str, base: u32) -> Option<u64> {
    match scan(s, base)? {
        (false, m) => m,
        (true, _) => None,
    }
}

/// `virStrToLong_i` with an end pointer: the C `int` the start of `s`
/// reads as, and the number of bytes it takes.
pub fn i32_prefix(s: &str, base: u32) -> Option<(i32, usize)> {
    let (neg, mag, end) = scan_prefix(s, base)?;
    Some((i32::try_from(signed(neg, mag)?).ok()?, end))
}

/// `virStrToLong_uip` with an end pointer: like [`i32_prefix`], unsigned
/// and no minus sign at all.
pub fn u32_p_prefix(s: &str, base: u32) -> Option<(u32, usize)> {
    match scan_prefix(s, base)? {
        (false, Some(m), end) => Some((u32::try_from(m).ok()?, end)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn c_whitespace_leads_but_never_trails() {
        assert_eq!(to_u64_p(" \t\n\x0b\x0c\r5", 10), Some(5));
        assert_eq!(to_u64_p("5 ", 10), None);
        assert_eq!(to_u64_p("", 10), None);
        assert_eq!(to_u64_p(" ", 10), None);
        assert_eq!(to_u64_p("+5", 10), Some(5));
        assert_eq!(to_u64_p("+-5", 10), None);
        assert_eq!(to_u64_p("5x", 10), None);
        assert_eq!(to_u64_p("0x10", 10), None);
    }

    #[test]
    fn widths_and_signs() {
        assert_eq!(to_u64_p("18446744073709551615", 10), Some(u64::MAX));
        assert_eq!(to_u64_p("18446744073709551616", 10), None);
        assert_eq!(to_u64_p("-0", 10), None);
        assert_eq!(to_u64("-1", 10), Some(u64::MAX));
        assert_eq!(to_u64("-18446744073709551616", 10), None);
        assert_eq!(to_u32("-1", 10), Some(u32::MAX));
        assert_eq!(to_u32("-4294967295", 10), Some(1));
        assert_eq!(to_u32("-4294967296", 10), None);
        assert_eq!(to_u32("4294967296", 10), None);
        assert_eq!(to_u32_p("-1", 10), None);
        assert_eq!(to_u32_p("4294967295", 10), Some(u32::MAX));
        assert_eq!(to_i32("-2147483648", 10), Some(i32::MIN));
        assert_eq!(to_i32("2147483648", 10), None);
        assert_eq!(to_i64("-9223372036854775808", 10), Some(i64::MIN));
        assert_eq!(to_i64("-9223372036854775809", 10), None);
        assert_eq!(to_i64("9223372036854775807", 10), Some(i64::MAX));
        assert_eq!(to_i64("9223372036854775808", 10), None);
    }

    #[test]
    fn bases() {
        assert_eq!(to_u32_p("0x1F", 16), Some(31));
        assert_eq!(to_u32_p("1f", 16), Some(31));
        assert_eq!(to_u32_p("0x", 16), None);
        assert_eq!(to_u32_p("010", 0), Some(8));
        assert_eq!(to_u32_p("0x10", 0), Some(16));
        assert_eq!(to_u32_p("08", 0), None);
        assert_eq!(to_u32_p("1", 1), None);
    }

    #[test]
    fn prefixes_stop_where_the_digits_do() {
        assert_eq!(i32_prefix(" -12:30", 10), Some((-12, 4)));
        assert_eq!(i32_prefix("+7", 10), Some((7, 2)));
        assert_eq!(i32_prefix("2147483648-", 10), None);
        assert_eq!(i32_prefix("-2147483648-", 10), Some((i32::MIN, 11)));
        assert_eq!(i32_prefix("-x", 10), None);
        assert_eq!(u32_p_prefix("12.3", 10), Some((12, 2)));
        assert_eq!(u32_p_prefix("-1.2", 10), None);
        assert_eq!(u32_p_prefix("4294967296", 10), None);
        assert_eq!(u32_p_prefix(".1", 10), None);
    }
}
