//! Escaping for output (libvirt's `virBufferEscapeString`) and reference
//! expansion for input (the five predefined entities and character
//! references, nothing else: documents never name files or other entities).

use std::borrow::Cow;

/// What `virBufferEscapeString` does with one byte: `Some(text)` replaces
/// it, `Some("")` drops it. Control characters other than tab, newline and
/// carriage return are dropped silently up to 0x19 (0x1a..0x1f pass, as in
/// libvirt); the markup characters become entities.
#[inline]
fn escape_byte(b: u8) -> Option<&'static str> {
    match b {
        b'<' => Some("&lt;"),
        b'>' => Some("&gt;"),
        b'&' => Some("&amp;"),
        b'"' => Some("&quot;"),
        b'\'' => Some("&apos;"),
        0x01..=0x08 | 0x0b | 0x0c | 0x0e..=0x19 => Some(""),
        _ => None,
    }
}

/// Appends `s` to `out` escaped for text content or a single-quoted
/// attribute value.
pub fn escape_into(out: &mut String, s: &str) {
    let bytes = s.as_bytes();
    let mut done = 0;
    for (i, &b) in bytes.iter().enumerate() {
        // A table lookup first: nearly every byte passes unchanged.
        if !SPECIAL[b as usize] {
            continue;
        }
        if let Some(rep) = escape_byte(b) {
            // Every byte replaced is ASCII, so `done..i` is a char boundary.
            out.push_str(&s[done..i]);
            out.push_str(rep);
            done = i + 1;
        }
    }
    out.push_str(&s[done..]);
}

/// The bytes [`escape_byte`] replaces or drops.
static SPECIAL: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = matches!(
            b as u8,
            b'<' | b'>' | b'&' | b'"' | b'\'' | 0x01..=0x08 | 0x0b | 0x0c | 0x0e..=0x19
        );
        b += 1;
    }
    t
};

/// `s` escaped as [`escape_into`] would write it.
pub fn escape(s: &str) -> Cow<'_, str> {
    if !s.bytes().any(|b| escape_byte(b).is_some()) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    escape_into(&mut out, s);
    Cow::Owned(out)
}

/// Whether `c` may appear in an XML 1.0 document.
pub fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{d7ff}' | '\u{e000}'..='\u{fffd}' | '\u{10000}'..)
}

/// Why raw text could not be expanded; the text is libxml2's wording.
#[derive(Debug, PartialEq, Eq)]
pub struct RefError {
    pub message: String,
    /// Byte offset in the raw text.
    pub at: usize,
}

/// Expands references in raw text or an attribute value and normalises
/// line ends (and, in attributes, white space) as an XML parser must.
pub fn unescape(raw: &str, attribute: bool) -> Result<Cow<'_, str>, RefError> {
    if !raw
        .bytes()
        .any(|b| matches!(b, b'&' | b'\r' | b'\t' | b'\n' | b'<'))
    {
        return Ok(Cow::Borrowed(raw));
    }
    let err = |message: String, at: usize| Err(RefError { message, at });
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    let mut at = 0;
    while let Some(i) = rest.find(['&', '\r', '\t', '\n', '<']) {
        out.push_str(&rest[..i]);
        let b = rest.as_bytes()[i];
        let mut used = i + 1;
        match b {
            b'<' if attribute => {
                return err(
                    "Unescaped '<' not allowed in attributes values".into(),
                    at + i,
                )
            }
            b'<' => out.push('<'),
            b'\r' => {
                if rest.as_bytes().get(i + 1) == Some(&b'\n') {
                    used += 1;
                }
                out.push(if attribute { ' ' } else { '\n' });
            }
            b'\t' | b'\n' if attribute => out.push(' '),
            b'\t' | b'\n' => out.push(b as char),
            _ => {
                let Some(len) = rest[i..].find(';') else {
                    return err("EntityRef: expecting ';'".into(), at + i);
                };
                let name = &rest[i + 1..i + len];
                used = i + len + 1;
                match expand(name) {
                    Ok(c) => out.push(c),
                    Err(message) => return err(message, at + i),
                }
            }
        }
        rest = &rest[used..];
        at += used;
    }
    out.push_str(rest);
    Ok(Cow::Owned(out))
}

fn expand(name: &str) -> Result<char, String> {
    let (digits, radix) = match name {
        "lt" => return Ok('<'),
        "gt" => return Ok('>'),
        "amp" => return Ok('&'),
        "apos" => return Ok('\''),
        "quot" => return Ok('"'),
        "" => return Err("xmlParseEntityRef: no name".into()),
        n if n.starts_with("#x") => (&n[2..], 16),
        n if n.starts_with('#') => (&n[1..], 10),
        n => return Err(format!("Entity '{n}' not defined")),
    };
    let value = (!digits.is_empty() && digits.bytes().all(|b| (b as char).is_digit(radix)))
        .then(|| u32::from_str_radix(digits, radix).ok())
        .flatten();
    match value.and_then(char::from_u32) {
        Some(c) if is_xml_char(c) => Ok(c),
        _ => Err(format!(
            "xmlParseCharRef: invalid xmlChar value {}",
            value.map_or(0, |v| v as i64)
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_like_virbuffer() {
        assert_eq!(escape("plain é"), "plain é");
        assert!(matches!(escape("plain"), Cow::Borrowed(_)));
        assert_eq!(
            escape("<a href=\"x\">&'</a>"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;"
        );
        // Tab, newline and CR stay; 0x01..0x08, 0x0b, 0x0c, 0x0e..0x19 vanish.
        assert_eq!(escape("a\tb\nc\rd"), "a\tb\nc\rd");
        assert_eq!(escape("a\u{1}\u{8}\u{b}\u{c}\u{e}\u{19}b"), "ab");
        assert_eq!(escape("a\u{1a}\u{1f}b"), "a\u{1a}\u{1f}b");
        let mut s = String::from("x");
        escape_into(&mut s, "é<ü");
        assert_eq!(s, "xé&lt;ü");
    }

    #[test]
    fn references_expand() {
        assert_eq!(
            unescape("a&lt;&gt;&amp;&apos;&quot;b", false).unwrap(),
            "a<>&'\"b"
        );
        assert_eq!(unescape("&#65;&#x42;&#xe9;", false).unwrap(), "ABé");
        assert_eq!(unescape("a\r\nb\rc", false).unwrap(), "a\nb\nc");
        assert_eq!(unescape("a\r\nb\tc\nd", true).unwrap(), "a b c d");
        assert!(matches!(
            unescape("plain", false).unwrap(),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn bad_references_are_refused() {
        let msg = |s: &str| unescape(s, false).unwrap_err().message;
        assert_eq!(msg("&x;"), "Entity 'x' not defined");
        assert_eq!(msg("&;"), "xmlParseEntityRef: no name");
        assert_eq!(msg("&amp"), "EntityRef: expecting ';'");
        assert_eq!(msg("&#1;"), "xmlParseCharRef: invalid xmlChar value 1");
        assert_eq!(
            msg("&#xD800;"),
            "xmlParseCharRef: invalid xmlChar value 55296"
        );
        assert_eq!(
            msg("&#99999999999;"),
            "xmlParseCharRef: invalid xmlChar value 0"
        );
        assert_eq!(msg("&#x;"), "xmlParseCharRef: invalid xmlChar value 0");
        assert!(unescape("a<b", true).is_err());
    }
}
