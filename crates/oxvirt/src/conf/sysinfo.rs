//! The host's system information document (`virConnectGetSysinfo`):
//! SMBIOS tables as libvirt formats them.

use super::xml::Writer;

/// One SMBIOS block (`<bios>`, `<system>`, …) and its entries in order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Block {
    pub name: String,
    /// (entry name, value)
    pub entries: Vec<(String, String)>,
}

/// `<sysinfo type='smbios'>`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sysinfo {
    pub blocks: Vec<Block>,
}

impl Sysinfo {
    /// libvirt's canonical form; a block without entries is left out.
    pub fn format(&self) -> String {
        let mut w = Writer::with_capacity(256);
        w.start("sysinfo").attr("type", "smbios").open();
        for b in self.blocks.iter().filter(|b| !b.entries.is_empty()) {
            w.start(&b.name).open();
            for (name, value) in &b.entries {
                w.start("entry")
                    .attr("name", name.as_str())
                    .text(value.as_str());
            }
            w.end(&b.name);
        }
        w.end("sysinfo");
        w.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_blocks_and_escapes_values() {
        let s = Sysinfo {
            blocks: vec![
                Block {
                    name: "bios".into(),
                    entries: vec![
                        ("vendor".into(), "A&B".into()),
                        ("version".into(), "1 (2 )".into()),
                    ],
                },
                Block {
                    name: "system".into(),
                    entries: vec![],
                },
            ],
        };
        assert_eq!(
            s.format(),
            "<sysinfo type='smbios'>\n  <bios>\n    <entry name='vendor'>A&amp;B</entry>\n    \
             <entry name='version'>1 (2 )</entry>\n  </bios>\n</sysinfo>\n"
        );
    }
}
