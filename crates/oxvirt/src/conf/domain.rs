//! The domain definition: the part of libvirt's domain XML the foundation
//! models as typed values. General metadata, memory, vCPUs, OS, clock and
//! lifecycle actions are typed; `<devices>` is kept as the XML it was given
//! (re-indented) until the full device model lands.

use quick_xml::events::Event;
use quick_xml::Reader;
use std::fmt::Write;

/// Why a document was rejected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct XmlError(pub String);

#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct DomainDef {
    /// The `type` attribute of `<domain>` (`test`, `kvm`, …).
    pub virt_type: String,
    pub name: String,
    pub uuid: [u8; 16],
    pub memory_kib: u64,
    pub current_memory_kib: u64,
    pub vcpus: u32,
    pub os_type: String,
    pub os_arch: Option<String>,
    pub os_machine: Option<String>,
    pub boot_devs: Vec<String>,
    pub clock_offset: String,
    pub on_poweroff: String,
    pub on_reboot: String,
    pub on_crash: String,
    /// The children of `<devices>`, one element per entry, as XML text
    /// indented relative to `<devices>`.
    pub devices: Vec<String>,
}

fn attr(e: &quick_xml::events::BytesStart, name: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == name.as_bytes())
        .and_then(|a| a.unescape_value().ok().map(|v| v.into_owned()))
}

fn scaled_kib(value: &str, unit: Option<&str>) -> Result<u64, XmlError> {
    let v: u64 = value
        .trim()
        .parse()
        .map_err(|_| XmlError(format!("invalid value '{value}'")))?;
    let mul: u64 = match unit.unwrap_or("KiB") {
        "b" | "bytes" => return Ok(v / 1024),
        "k" | "KiB" => 1,
        "KB" => return Ok(v * 1000 / 1024),
        "M" | "MiB" => 1024,
        "G" | "GiB" => 1024 * 1024,
        "T" | "TiB" => 1024 * 1024 * 1024,
        u => return Err(XmlError(format!("unknown unit '{u}'"))),
    };
    Ok(v * mul)
}

impl DomainDef {
    pub fn parse(xml: &str) -> Result<DomainDef, XmlError> {
        let mut r = Reader::from_str(xml);
        let mut def = DomainDef {
            clock_offset: "utc".into(),
            on_poweroff: "destroy".into(),
            on_reboot: "restart".into(),
            on_crash: "destroy".into(),
            ..Default::default()
        };
        let mut path: Vec<String> = Vec::new();
        let mut text = String::new();
        let mut unit: Option<String> = None;
        let mut have_uuid = false;
        let mut vcpu_seen = false;
        let mut cur_seen = false;
        loop {
            let ev = r.read_event().map_err(|e| XmlError(e.to_string()))?;
            match ev {
                Event::Start(ref e) | Event::Empty(ref e) => {
                    let empty = matches!(ev, Event::Empty(_));
                    let name = String::from_utf8_lossy(e.name().as_ref()).into_owned();
                    let parent = path.last().map(String::as_str);
                    match (parent, name.as_str()) {
                        (None, "domain") => def.virt_type = attr(e, "type").unwrap_or_default(),
                        (None, other) => {
                            return Err(XmlError(format!(
                                "unexpected root element <{other}>, expecting <domain>"
                            )))
                        }
                        (Some("domain"), "memory") | (Some("domain"), "currentMemory") => {
                            unit = attr(e, "unit")
                        }
                        (Some("os"), "type") => {
                            def.os_arch = attr(e, "arch");
                            def.os_machine = attr(e, "machine");
                        }
                        (Some("os"), "boot") => def.boot_devs.extend(attr(e, "dev")),
                        (Some("domain"), "clock") => {
                            def.clock_offset = attr(e, "offset").unwrap_or_else(|| "utc".into())
                        }
                        (Some("domain"), "devices") if !empty => {
                            // Keep each device element's source text as it is.
                            loop {
                                let start = r.buffer_position() as usize;
                                match r.read_event().map_err(|e| XmlError(e.to_string()))? {
                                    Event::Start(d) => {
                                        let end_name = d.name().as_ref().to_vec();
                                        r.read_to_end(quick_xml::name::QName(&end_name))
                                            .map_err(|e| XmlError(e.to_string()))?;
                                        let end = r.buffer_position() as usize;
                                        def.devices.push(dedent(xml[start..end].trim_start()));
                                    }
                                    Event::Empty(_) => {
                                        let end = r.buffer_position() as usize;
                                        def.devices.push(xml[start..end].trim().to_string());
                                    }
                                    Event::End(_) => break,
                                    Event::Eof => {
                                        return Err(XmlError("unexpected end of document".into()))
                                    }
                                    _ => {}
                                }
                            }
                            continue;
                        }
                        _ => {}
                    }
                    if !empty {
                        path.push(name);
                        text.clear();
                    }
                }
                Event::Text(t) => {
                    text.push_str(&t.unescape().map_err(|e| XmlError(e.to_string()))?)
                }
                Event::End(_) => {
                    let name = path.pop().unwrap_or_default();
                    let parent = path.last().map(String::as_str);
                    match (parent, name.as_str()) {
                        (Some("domain"), "name") => def.name = text.trim().to_string(),
                        (Some("domain"), "uuid") => {
                            def.uuid =
                                crate::util::uuid::parse_uuid(text.trim()).ok_or_else(|| {
                                    XmlError(format!("malformed uuid element '{}'", text.trim()))
                                })?;
                            have_uuid = true;
                        }
                        (Some("domain"), "memory") => {
                            def.memory_kib = scaled_kib(&text, unit.as_deref())?
                        }
                        (Some("domain"), "currentMemory") => {
                            def.current_memory_kib = scaled_kib(&text, unit.as_deref())?;
                            cur_seen = true;
                        }
                        (Some("domain"), "vcpu") => {
                            def.vcpus = text
                                .trim()
                                .parse()
                                .map_err(|_| XmlError("invalid vcpu count".into()))?;
                            vcpu_seen = true;
                        }
                        (Some("os"), "type") => def.os_type = text.trim().to_string(),
                        (Some("domain"), "on_poweroff") => {
                            def.on_poweroff = text.trim().to_string()
                        }
                        (Some("domain"), "on_reboot") => def.on_reboot = text.trim().to_string(),
                        (Some("domain"), "on_crash") => def.on_crash = text.trim().to_string(),
                        _ => {}
                    }
                    text.clear();
                }
                Event::Eof => break,
                _ => {}
            }
        }
        if def.name.is_empty() {
            return Err(XmlError("missing name information".into()));
        }
        if !have_uuid {
            def.uuid = *uuid::Uuid::new_v4().as_bytes();
        }
        if !vcpu_seen {
            def.vcpus = 1;
        }
        if !cur_seen {
            def.current_memory_kib = def.memory_kib;
        }
        Ok(def)
    }

    /// libvirt's canonical XML; `id` is written when the domain runs.
    pub fn format(&self, id: Option<i32>) -> String {
        let mut s = String::with_capacity(1024);
        let mut uuid = [0u8; 37];
        crate::util::uuid::format_uuid(&self.uuid, &mut uuid);
        let uuid = std::str::from_utf8(&uuid[..36]).unwrap_or_default();
        match id {
            Some(id) => {
                let _ = writeln!(s, "<domain type='{}' id='{id}'>", esc(&self.virt_type));
            }
            None => {
                let _ = writeln!(s, "<domain type='{}'>", esc(&self.virt_type));
            }
        }
        let _ = writeln!(s, "  <name>{}</name>", esc(&self.name));
        let _ = writeln!(s, "  <uuid>{uuid}</uuid>");
        let _ = writeln!(s, "  <memory unit='KiB'>{}</memory>", self.memory_kib);
        let _ = writeln!(
            s,
            "  <currentMemory unit='KiB'>{}</currentMemory>",
            self.current_memory_kib
        );
        let _ = writeln!(s, "  <vcpu placement='static'>{}</vcpu>", self.vcpus);
        s.push_str("  <os>\n");
        s.push_str("    <type");
        if let Some(a) = &self.os_arch {
            let _ = write!(s, " arch='{}'", esc(a));
        }
        if let Some(m) = &self.os_machine {
            let _ = write!(s, " machine='{}'", esc(m));
        }
        let _ = writeln!(s, ">{}</type>", esc(&self.os_type));
        for b in &self.boot_devs {
            let _ = writeln!(s, "    <boot dev='{}'/>", esc(b));
        }
        s.push_str("  </os>\n");
        let _ = writeln!(s, "  <clock offset='{}'/>", esc(&self.clock_offset));
        let _ = writeln!(s, "  <on_poweroff>{}</on_poweroff>", esc(&self.on_poweroff));
        let _ = writeln!(s, "  <on_reboot>{}</on_reboot>", esc(&self.on_reboot));
        let _ = writeln!(s, "  <on_crash>{}</on_crash>", esc(&self.on_crash));
        if self.devices.is_empty() {
            s.push_str("  <devices>\n  </devices>\n");
        } else {
            s.push_str("  <devices>\n");
            for d in &self.devices {
                for line in d.lines() {
                    let _ = writeln!(s, "    {line}");
                }
            }
            s.push_str("  </devices>\n");
        }
        s.push_str("</domain>\n");
        s
    }
}

/// Removes the indentation the continuation lines of an element share.
fn dedent(block: &str) -> String {
    let lines: Vec<&str> = block.lines().collect();
    let indent = lines
        .iter()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    // The closing tag sits at the element's own indentation, which is the
    // smallest one; children are deeper by one level.
    let mut out = String::new();
    for (i, l) in lines.iter().enumerate() {
        if i > 0 {
            out.push('\n');
            out.push_str(l.get(indent..).unwrap_or(l.trim_start()));
        } else {
            out.push_str(l.trim());
        }
    }
    out
}

/// Escapes text for XML content and single-quoted attributes.
pub fn esc(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains(['<', '>', '&', '\'', '"']) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut o = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '&' => o.push_str("&amp;"),
            '\'' => o.push_str("&apos;"),
            '"' => o.push_str("&quot;"),
            c => o.push(c),
        }
    }
    std::borrow::Cow::Owned(o)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn garbage_never_panics() {
        for text in
            crate::testutil::noise(3000, &[DOC, "<domain type='test'><name>a</name></domain>"])
        {
            if let Ok(d) = DomainDef::parse(&text) {
                // Whatever parses must format without panicking.
                let _ = d.format(Some(1));
            }
        }
    }

    // The test driver's default domain: libvirt's canonical form.
    const DOC: &str = crate::drivers::test::default_config::DOMAIN_TEST;

    #[test]
    fn round_trip_is_identical() {
        let d = DomainDef::parse(DOC).unwrap();
        assert_eq!(d.name, "test");
        assert_eq!(d.memory_kib, 8388608);
        assert_eq!(d.vcpus, 2);
        assert_eq!(d.devices.len(), 3);
        assert_eq!(d.format(None), DOC);
        assert!(d
            .format(Some(1))
            .starts_with("<domain type='test' id='1'>\n"));
    }

    #[test]
    fn units_scale_to_kib() {
        let d = DomainDef::parse(
            "<domain type='test'><name>a</name><memory unit='GiB'>1</memory></domain>",
        )
        .unwrap();
        assert_eq!(d.memory_kib, 1 << 20);
        assert_eq!(d.current_memory_kib, 1 << 20);
        assert_eq!(d.vcpus, 1);
    }

    #[test]
    fn bad_documents_are_errors() {
        assert!(DomainDef::parse("<network/>").is_err());
        assert!(DomainDef::parse("<domain type='test'></domain>").is_err());
        assert!(
            DomainDef::parse("<domain type='test'><name>a</name><memory>x</memory></domain>")
                .is_err()
        );
        assert!(DomainDef::parse("<domain").is_err());
    }
}
