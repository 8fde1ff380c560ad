//! The host capabilities document (`virConnectGetCapabilities`).

use super::xml::Writer;

#[derive(Clone, Debug, Default)]
pub struct Capabilities {
    pub host: Host,
    pub guests: Vec<Guest>,
}

#[derive(Clone, Debug, Default)]
pub struct Host {
    pub arch: String,
    pub cpu_features: Vec<String>,
    /// Page sizes in KiB.
    pub page_sizes: Vec<u64>,
    pub cells: Vec<Cell>,
    pub secmodel: Option<(String, String)>,
}

#[derive(Clone, Debug, Default)]
pub struct Cell {
    pub id: u32,
    pub memory_kib: u64,
    /// (page size KiB, count)
    pub pages: Vec<(u64, u64)>,
    pub cpus: Vec<CellCpu>,
}

#[derive(Clone, Debug, Default)]
pub struct CellCpu {
    pub id: u32,
    pub socket: u32,
    pub die: u32,
    pub core: u32,
    pub siblings: String,
}

#[derive(Clone, Debug, Default)]
pub struct Guest {
    pub os_type: String,
    pub arch: String,
    pub wordsize: u32,
    pub emulator: String,
    pub domain_types: Vec<String>,
    pub features: Vec<String>,
}

impl Capabilities {
    pub fn format(&self) -> String {
        let mut w = Writer::with_capacity(4096);
        w.start("capabilities").open();
        w.blank_line();
        self.host.format(&mut w);
        w.blank_line();
        for g in &self.guests {
            g.format(&mut w);
            w.blank_line();
        }
        w.end("capabilities");
        w.finish()
    }
}

/// `<x/>` for each name, inside `<features>` when there are any.
fn features(w: &mut Writer, names: &[String]) {
    if names.is_empty() {
        return;
    }
    w.start("features").open();
    for f in names {
        w.start(f).empty();
    }
    w.end("features");
}

impl Host {
    fn format(&self, w: &mut Writer) {
        w.start("host").open();
        w.start("cpu").open();
        w.leaf("arch", &self.arch);
        features(w, &self.cpu_features);
        for p in &self.page_sizes {
            w.start("pages").attr("unit", "KiB").attr("size", p).empty();
        }
        w.end("cpu");
        w.start("power_management").empty();
        w.start("iommu").attr("support", "no").empty();
        if !self.cells.is_empty() {
            w.start("topology").open();
            w.start("cells").attr("num", self.cells.len()).open();
            for c in &self.cells {
                c.format(w);
            }
            w.end("cells");
            w.end("topology");
        }
        if let Some((model, doi)) = &self.secmodel {
            w.start("secmodel").open();
            w.leaf("model", model);
            w.leaf("doi", doi);
            w.end("secmodel");
        }
        w.end("host");
    }
}

impl Cell {
    fn format(&self, w: &mut Writer) {
        w.start("cell").attr("id", self.id).open();
        w.start("memory").attr("unit", "KiB").text(self.memory_kib);
        for (size, n) in &self.pages {
            w.start("pages")
                .attr("unit", "KiB")
                .attr("size", size)
                .text(n);
        }
        w.start("cpus").attr("num", self.cpus.len()).open();
        for cpu in &self.cpus {
            w.start("cpu")
                .attr("id", cpu.id)
                .attr("socket_id", cpu.socket)
                .attr("die_id", cpu.die)
                .attr("core_id", cpu.core)
                .attr("siblings", &cpu.siblings)
                .empty();
        }
        w.end("cpus");
        w.end("cell");
    }
}

impl Guest {
    fn format(&self, w: &mut Writer) {
        w.start("guest").open();
        w.leaf("os_type", &self.os_type);
        w.start("arch").attr("name", &self.arch).open();
        w.leaf("wordsize", self.wordsize);
        w.leaf("emulator", &self.emulator);
        for d in &self.domain_types {
            w.start("domain").attr("type", d).empty();
        }
        w.end("arch");
        features(w, &self.features);
        w.end("guest");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_output() {
        let caps = Capabilities {
            host: Host {
                arch: "i686".into(),
                cpu_features: vec!["pae".into()],
                page_sizes: vec![4],
                cells: vec![Cell {
                    id: 0,
                    memory_kib: 2048,
                    pages: vec![(4, 512)],
                    cpus: vec![CellCpu {
                        id: 0,
                        socket: 0,
                        die: 0,
                        core: 0,
                        siblings: "0".into(),
                    }],
                }],
                secmodel: Some(("none".into(), "0".into())),
            },
            guests: vec![Guest {
                os_type: "hvm".into(),
                arch: "i686".into(),
                wordsize: 32,
                emulator: "/usr/bin/test-hv".into(),
                domain_types: vec!["test".into()],
                features: vec!["pae".into(), "nonpae".into()],
            }],
        };
        assert_eq!(
            caps.format(),
            "<capabilities>

  <host>
    <cpu>
      <arch>i686</arch>
      <features>
        <pae/>
      </features>
      <pages unit='KiB' size='4'/>
    </cpu>
    <power_management/>
    <iommu support='no'/>
    <topology>
      <cells num='1'>
        <cell id='0'>
          <memory unit='KiB'>2048</memory>
          <pages unit='KiB' size='4'>512</pages>
          <cpus num='1'>
            <cpu id='0' socket_id='0' die_id='0' core_id='0' siblings='0'/>
          </cpus>
        </cell>
      </cells>
    </topology>
    <secmodel>
      <model>none</model>
      <doi>0</doi>
    </secmodel>
  </host>

  <guest>
    <os_type>hvm</os_type>
    <arch name='i686'>
      <wordsize>32</wordsize>
      <emulator>/usr/bin/test-hv</emulator>
      <domain type='test'/>
    </arch>
    <features>
      <pae/>
      <nonpae/>
    </features>
  </guest>

</capabilities>
"
        );
    }
}
