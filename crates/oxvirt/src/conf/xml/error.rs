//! The errors the toolkit raises, worded and classified as libvirt's
//! `virxml.c` (domain `VIR_FROM_XML`) and its parser error hook report them.

use crate::error::Error;
use oxvirt_abi::{virErrorDomain, virErrorNumber};

/// `VIR_ERR_XML_ERROR` from libvirt's XML helpers.
pub fn xml_error(detail: &str) -> Error {
    Error::new(
        virErrorDomain::VIR_FROM_XML,
        virErrorNumber::VIR_ERR_XML_ERROR,
        Some(detail),
    )
}

/// A required attribute is absent.
pub fn missing_attr(element: &str, attr: &str) -> Error {
    xml_error(&format!(
        "Missing required attribute '{attr}' in element '{element}'"
    ))
}

/// An attribute's value is not what the model accepts; `expected` is the
/// tail libvirt gives per type (`". Expected UUID"`, `"."` for names).
pub fn invalid_attr(element: &str, attr: &str, value: &str, expected: &str) -> Error {
    xml_error(&format!(
        "Invalid value for attribute '{attr}' in element '{element}': '{value}'{expected}"
    ))
}

/// A number attribute holds 0 where the model refuses it.
pub fn zero_attr(element: &str, attr: &str) -> Error {
    xml_error(&format!(
        "Invalid value for attribute '{attr}' in element '{element}': Zero is not permitted"
    ))
}

/// A document that is not well-formed, as libvirt's parser hook reports
/// it: `VIR_ERR_XML_DETAIL` in the caller's domain, the document's name and
/// line, then the offending line and a pointer under the column.
pub fn syntax(domain: virErrorDomain, url: &str, src: &str, at: usize, what: &str) -> Error {
    let at = floor_boundary(src, at.min(src.len()));
    let bytes = src.as_bytes();
    let line = 1 + bytes[..at].iter().filter(|&&b| b == b'\n').count();
    // The line shown is the one holding the position, skipping back over a
    // line end the position may sit on.
    let mut cur = at;
    while cur > 0 && matches!(bytes.get(cur), Some(b'\n' | b'\r')) {
        cur -= 1;
    }
    let start = bytes[..cur]
        .iter()
        .rposition(|&b| b == b'\n' || b == b'\r')
        .map_or(0, |p| p + 1);
    let end = bytes[start..]
        .iter()
        .position(|&b| b == b'\n' || b == b'\r')
        .map_or(src.len(), |p| start + p);
    // libvirt copies the whole line; past MAX_LINE (only hostile input has
    // such lines) the message shows a window around the position instead,
    // as libxml2's own context printer does, so it stays small.
    let (start, end) = if end - start > MAX_LINE {
        (
            ceil_boundary(src, at.saturating_sub(WINDOW).max(start)),
            floor_boundary(src, (at + WINDOW).min(end)),
        )
    } else {
        (start, end)
    };
    let context = &src[start..end];
    let col = at.saturating_sub(start);
    let mut pointer: String = context
        .bytes()
        .take(col)
        .map(|b| if b == b'\t' { '\t' } else { '-' })
        .collect();
    pointer.push('^');
    // libvirt prints an empty line through "%s" of NULL.
    let context = if context.is_empty() {
        "(null)"
    } else {
        context
    };
    Error::new(
        domain,
        virErrorNumber::VIR_ERR_XML_DETAIL,
        Some(&format!("{url}:{line}: {what}\n{context}\n{pointer}")),
    )
}

/// The longest line an error message quotes whole.
const MAX_LINE: usize = 1 << 20;
/// Bytes either side of the position quoted from a longer line.
const WINDOW: usize = 80;

fn ceil_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

fn floor_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syntax_points_at_the_column() {
        let e = syntax(
            virErrorDomain::VIR_FROM_DOMAIN,
            "(domain_definition)",
            "<domain",
            7,
            "Couldn't find end of Start Tag domain line 1",
        );
        assert_eq!(
            e.message,
            "(domain_definition):1: Couldn't find end of Start Tag domain line 1\n<domain\n-------^"
        );
        assert_eq!(e.code, virErrorNumber::VIR_ERR_XML_DETAIL as i32);
        assert_eq!(e.domain, virErrorDomain::VIR_FROM_DOMAIN as i32);
        let e = syntax(virErrorDomain::VIR_FROM_XML, "x", "<a>\n\t<b>\n", 6, "m");
        assert_eq!(e.message, "x:2: m\n\t<b>\n\t-^");
    }

    #[test]
    fn attr_messages() {
        assert_eq!(
            invalid_attr("vcpu", "current", "x", ". Expected non-negative integer value").message,
            "XML error: Invalid value for attribute 'current' in element 'vcpu': 'x'. Expected non-negative integer value"
        );
        assert_eq!(
            missing_attr("boot", "dev").message,
            "XML error: Missing required attribute 'dev' in element 'boot'"
        );
        assert_eq!(
            zero_attr("a", "b").message,
            "XML error: Invalid value for attribute 'b' in element 'a': Zero is not permitted"
        );
        assert_eq!(
            missing_attr("a", "b").domain,
            virErrorDomain::VIR_FROM_XML as i32
        );
    }
}
