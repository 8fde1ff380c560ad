//! UUIDs in libvirt's text forms.

/// Parses a UUID in any form libvirt accepts (hex digits, dashes and spaces
/// between pairs anywhere).
pub fn parse_uuid(s: &str) -> Option<[u8; 16]> {
    let mut out = [0u8; 16];
    let mut digits = s.trim().chars().filter(|c| *c != '-' && *c != ' ');
    for b in out.iter_mut() {
        let hi = digits.next()?.to_digit(16)?;
        let lo = digits.next()?.to_digit(16)?;
        *b = (hi * 16 + lo) as u8;
    }
    if digits.next().is_some() {
        return None;
    }
    Some(out)
}

/// The canonical text form of a UUID, written into `buf` without allocating.
pub fn format_uuid(u: &[u8; 16], buf: &mut [u8; 37]) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut j = 0;
    for (i, b) in u.iter().enumerate() {
        if matches!(i, 4 | 6 | 8 | 10) {
            buf[j] = b'-';
            j += 1;
        }
        buf[j] = HEX[(b >> 4) as usize];
        buf[j + 1] = HEX[(b & 15) as usize];
        j += 2;
    }
    buf[36] = 0;
}

/// The canonical text form of a UUID as a `String`.
pub fn uuid_string(u: &[u8; 16]) -> String {
    let mut buf = [0u8; 37];
    format_uuid(u, &mut buf);
    String::from_utf8_lossy(&buf[..36]).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uuid_round_trip() {
        let u = parse_uuid("6695eb01-f6a4-8304-79aa-97f2502e193f").unwrap();
        let mut buf = [0u8; 37];
        format_uuid(&u, &mut buf);
        assert_eq!(&buf[..36], b"6695eb01-f6a4-8304-79aa-97f2502e193f");
        assert_eq!(parse_uuid("6695eb01f6a4830479aa97f2502e193f"), Some(u));
        assert_eq!(parse_uuid("6695eb01-f6a4-8304-79aa-97f2502e193"), None);
        assert_eq!(parse_uuid("6695eb01-f6a4-8304-79aa-97f2502e193fff"), None);
    }
}
