//! The host capabilities document (`virConnectGetCapabilities`).

use std::fmt::Write;

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
        let mut s = String::with_capacity(4096);
        s.push_str("<capabilities>\n\n  <host>\n    <cpu>\n");
        let h = &self.host;
        let _ = writeln!(s, "      <arch>{}</arch>", h.arch);
        if !h.cpu_features.is_empty() {
            s.push_str("      <features>\n");
            for f in &h.cpu_features {
                let _ = writeln!(s, "        <{f}/>");
            }
            s.push_str("      </features>\n");
        }
        for p in &h.page_sizes {
            let _ = writeln!(s, "      <pages unit='KiB' size='{p}'/>");
        }
        s.push_str("    </cpu>\n    <power_management/>\n    <iommu support='no'/>\n");
        if !h.cells.is_empty() {
            let _ = writeln!(s, "    <topology>\n      <cells num='{}'>", h.cells.len());
            for c in &h.cells {
                let _ = writeln!(s, "        <cell id='{}'>", c.id);
                let _ = writeln!(s, "          <memory unit='KiB'>{}</memory>", c.memory_kib);
                for (size, n) in &c.pages {
                    let _ = writeln!(s, "          <pages unit='KiB' size='{size}'>{n}</pages>");
                }
                let _ = writeln!(s, "          <cpus num='{}'>", c.cpus.len());
                for cpu in &c.cpus {
                    let _ = writeln!(
                        s,
                        "            <cpu id='{}' socket_id='{}' die_id='{}' core_id='{}' siblings='{}'/>",
                        cpu.id, cpu.socket, cpu.die, cpu.core, cpu.siblings
                    );
                }
                s.push_str("          </cpus>\n        </cell>\n");
            }
            s.push_str("      </cells>\n    </topology>\n");
        }
        if let Some((model, doi)) = &h.secmodel {
            let _ = writeln!(s, "    <secmodel>\n      <model>{model}</model>\n      <doi>{doi}</doi>\n    </secmodel>");
        }
        s.push_str("  </host>\n\n");
        for g in &self.guests {
            let _ = writeln!(s, "  <guest>\n    <os_type>{}</os_type>", g.os_type);
            let _ = writeln!(
                s,
                "    <arch name='{}'>\n      <wordsize>{}</wordsize>",
                g.arch, g.wordsize
            );
            let _ = writeln!(s, "      <emulator>{}</emulator>", g.emulator);
            for d in &g.domain_types {
                let _ = writeln!(s, "      <domain type='{d}'/>");
            }
            s.push_str("    </arch>\n");
            if !g.features.is_empty() {
                s.push_str("    <features>\n");
                for f in &g.features {
                    let _ = writeln!(s, "      <{f}/>");
                }
                s.push_str("    </features>\n");
            }
            s.push_str("  </guest>\n\n");
        }
        s.push_str("</capabilities>\n");
        s
    }
}
