//! The one writer of libvirt's canonical XML: two spaces per level, `<x/>`
//! for an element with nothing inside, single-quoted attributes, and
//! `virBufferEscapeString` escaping for every string. Everything goes
//! straight into one `String`.

use super::escape::escape_into;

/// A value that can be written as text or as an attribute value.
pub trait XmlValue {
    fn write_xml(&self, out: &mut String);
}

impl XmlValue for str {
    fn write_xml(&self, out: &mut String) {
        escape_into(out, self);
    }
}

impl XmlValue for String {
    fn write_xml(&self, out: &mut String) {
        escape_into(out, self);
    }
}

impl<T: XmlValue + ?Sized> XmlValue for &T {
    fn write_xml(&self, out: &mut String) {
        (**self).write_xml(out);
    }
}

/// Appends the decimal digits of `v` (numbers are most of what a domain
/// document holds; this skips the formatting machinery).
fn push_decimal(out: &mut String, mut v: u64) {
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    for &b in &buf[i..] {
        out.push(b as char);
    }
}

macro_rules! unsigned_value {
    ($($t:ty),*) => {$(
        impl XmlValue for $t {
            fn write_xml(&self, out: &mut String) {
                push_decimal(out, *self as u64);
            }
        }
    )*};
}

macro_rules! signed_value {
    ($($t:ty),*) => {$(
        impl XmlValue for $t {
            fn write_xml(&self, out: &mut String) {
                if *self < 0 {
                    out.push('-');
                }
                push_decimal(out, (*self as i64).unsigned_abs());
            }
        }
    )*};
}

unsigned_value!(u8, u16, u32, u64, usize);
signed_value!(i8, i16, i32, i64, isize);

/// A UUID in its canonical text form.
pub struct Uuid<'u>(pub &'u [u8; 16]);

/// A number in hexadecimal after `0x`, at least `.1` digits, written
/// straight into the output (addresses have many).
pub struct Hex(pub u64, pub usize);

impl XmlValue for Hex {
    fn write_xml(&self, out: &mut String) {
        use std::fmt::Write;
        let _ = write!(out, "0x{:0w$x}", self.0, w = self.1);
    }
}

impl XmlValue for Uuid<'_> {
    fn write_xml(&self, out: &mut String) {
        let mut buf = [0u8; 37];
        crate::util::uuid::format_uuid(self.0, &mut buf);
        out.extend(buf[..36].iter().map(|&b| b as char));
    }
}

/// Builds one document.
pub struct Writer {
    out: String,
    depth: usize,
}

impl Writer {
    pub fn with_capacity(capacity: usize) -> Writer {
        Writer {
            out: String::with_capacity(capacity),
            depth: 0,
        }
    }

    /// The document written.
    pub fn finish(self) -> String {
        self.out
    }

    fn indent(&mut self) {
        for _ in 0..self.depth {
            self.out.push_str("  ");
        }
    }

    /// Starts the tag of `name`: add attributes, then finish it with
    /// [`Start::empty`], [`Start::text`] or [`Start::open`].
    pub fn start<'w, 'n>(&'w mut self, name: &'n str) -> Start<'w, 'n> {
        self.indent();
        self.out.push('<');
        self.out.push_str(name);
        Start { w: self, name }
    }

    /// Closes the element [`Start::open`] opened.
    pub fn end(&mut self, name: &str) {
        self.depth = self.depth.saturating_sub(1);
        self.indent();
        self.out.push_str("</");
        self.out.push_str(name);
        self.out.push_str(">\n");
    }

    /// `<name>value</name>` on a line of its own.
    pub fn leaf(&mut self, name: &str, value: impl XmlValue) {
        self.start(name).text(value);
    }

    /// A writer for the children of an element about to be started at
    /// this level, so that whether the element has any is known before
    /// its start tag is finished (libvirt's child buffers).
    pub fn nested(&self) -> Writer {
        Writer {
            out: String::new(),
            depth: self.depth + 1,
        }
    }

    /// Whether nothing has been written.
    pub fn is_empty(&self) -> bool {
        self.out.is_empty()
    }

    /// An empty line, as some libvirt documents have between sections.
    pub fn blank_line(&mut self) {
        self.out.push('\n');
    }

    /// One line of markup formatted elsewhere, at the current level.
    pub fn raw_line(&mut self, line: &str) {
        self.indent();
        self.out.push_str(line);
        self.out.push('\n');
    }

    /// Markup kept as it was read: every line indented to the current
    /// level.
    pub fn raw_block(&mut self, block: &str) {
        for line in block.lines() {
            self.indent();
            self.out.push_str(line);
            self.out.push('\n');
        }
    }
}

/// An element whose start tag is being written.
#[must_use = "an element must be finished with empty(), text() or open()"]
pub struct Start<'w, 'n> {
    w: &'w mut Writer,
    name: &'n str,
}

impl Start<'_, '_> {
    /// ` name='value'`.
    pub fn attr(self, name: &str, value: impl XmlValue) -> Self {
        let out = &mut self.w.out;
        out.push(' ');
        out.push_str(name);
        out.push_str("='");
        value.write_xml(out);
        out.push('\'');
        self
    }

    /// [`Start::attr`] when there is a value.
    pub fn attr_opt(self, name: &str, value: Option<impl XmlValue>) -> Self {
        match value {
            Some(v) => self.attr(name, v),
            None => self,
        }
    }

    /// `<name .../>`.
    pub fn empty(self) {
        self.w.out.push_str("/>\n");
    }

    /// `<name ...>value</name>`.
    pub fn text(self, value: impl XmlValue) {
        let out = &mut self.w.out;
        out.push('>');
        value.write_xml(out);
        out.push_str("</");
        out.push_str(self.name);
        out.push_str(">\n");
    }

    /// `<name ...>children</name>`, or `<name .../>` when `children`
    /// (from [`Writer::nested`]) is empty.
    pub fn children(self, children: Writer) {
        if children.out.is_empty() {
            self.empty();
            return;
        }
        let name = self.name;
        let w = self.w;
        w.out.push_str(">\n");
        w.out.push_str(&children.out);
        w.indent();
        w.out.push_str("</");
        w.out.push_str(name);
        w.out.push_str(">\n");
    }

    /// `<name ...>` and one level deeper for the children; close it with
    /// [`Writer::end`].
    pub fn open(self) {
        self.w.out.push_str(">\n");
        self.w.depth += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_form() {
        let mut w = Writer::with_capacity(64);
        w.start("domain")
            .attr("type", "test")
            .attr_opt("id", Some(3))
            .open();
        w.leaf("name", "a<b>&'\"\u{1}");
        w.start("os").open();
        w.start("type").attr_opt("arch", None::<&str>).text("hvm");
        w.start("boot").attr("dev", "hd").empty();
        w.end("os");
        w.start("devices").open();
        w.raw_block("<disk>\n  <x/>\n</disk>");
        w.end("devices");
        w.leaf("uuid", Uuid(&[0xab; 16]));
        w.blank_line();
        w.end("domain");
        assert_eq!(
            w.finish(),
            "<domain type='test' id='3'>
  <name>a&lt;b&gt;&amp;&apos;&quot;</name>
  <os>
    <type>hvm</type>
    <boot dev='hd'/>
  </os>
  <devices>
    <disk>
      <x/>
    </disk>
  </devices>
  <uuid>abababab-abab-abab-abab-abababababab</uuid>

</domain>
"
        );
    }

    #[test]
    fn attributes_escape_quotes() {
        let mut w = Writer::with_capacity(0);
        w.start("a")
            .attr("v", String::from("it's \"x\""))
            .attr("n", -1i64)
            .empty();
        assert_eq!(w.finish(), "<a v='it&apos;s &quot;x&quot;' n='-1'/>\n");
    }

    #[test]
    fn children_decide_between_empty_and_open() {
        let mut w = Writer::with_capacity(0);
        w.start("disk").open();
        let none = w.nested();
        w.start("driver").attr("name", "qemu").children(none);
        let mut some = w.nested();
        some.start("host").attr("name", "h").empty();
        assert!(!some.is_empty());
        w.start("source").children(some);
        w.end("disk");
        assert_eq!(
            w.finish(),
            "<disk>\n  <driver name='qemu'/>\n  <source>\n    <host name='h'/>\n  </source>\n</disk>\n"
        );
    }
}

#[cfg(test)]
mod number_tests {
    use super::XmlValue;

    fn text(v: impl XmlValue) -> String {
        let mut s = String::new();
        v.write_xml(&mut s);
        s
    }

    #[test]
    fn numbers_are_written_as_display_writes_them() {
        for v in [0i64, 1, -1, 9, 10, -10, i64::MAX, i64::MIN, 1234567890] {
            assert_eq!(text(v), v.to_string());
        }
        for v in [0u64, 7, 10, 99, 100, u64::MAX] {
            assert_eq!(text(v), v.to_string());
        }
        assert_eq!(text(i32::MIN), i32::MIN.to_string());
        assert_eq!(text(u8::MAX), "255");
    }
}
