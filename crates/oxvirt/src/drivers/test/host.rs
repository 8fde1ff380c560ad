//! What the test driver answers about the connection and its host.

use super::{check_flags, test_error, TestDriver};
use crate::base::log::{self, Priority};
use crate::conf::sysinfo::{Block, Sysinfo};
use crate::conf::{cpu_map, sysinfo};
use crate::driver::{Call, HostDriver, NodeCpuMap, NodeInfo};
use crate::error::{Error, Result};
use crate::util::hostname::{canonicalize, kernel_hostname, system_resolver};
use oxvirt_abi::{virErrorDomain, virErrorNumber};
use std::path::Path;
use std::sync::OnceLock;

/// Where libvirt keeps its CPU map (its package data directory).
const CPU_MAP_DIR: &str = "/usr/share/libvirt/cpu_map";

/// The buffers of `virSecurityModel` hold this many bytes with the NUL.
const SECURITY_BUFLEN: usize = 257;

/// The test host's SMBIOS data, whatever its configuration.
fn test_sysinfo() -> Sysinfo {
    let entries = [
        ("vendor", "LENOVO"),
        ("version", "G4ETA1WW (2.61 )"),
        ("date", "05/07/2014"),
        ("release", "2.61"),
    ];
    sysinfo::Sysinfo {
        blocks: vec![Block {
            name: "bios".into(),
            entries: entries
                .iter()
                .map(|(n, v)| (n.to_string(), v.to_string()))
                .collect(),
        }],
    }
}

/// The CPU models libvirt's map defines for architecture family `family`,
/// read once per process (as libvirt keeps its map once loaded).
fn map_models(family: &str) -> Result<Vec<String>> {
    static X86: OnceLock<Vec<String>> = OnceLock::new();
    static PPC64: OnceLock<Vec<String>> = OnceLock::new();
    let slot = if family == "x86" { &X86 } else { &PPC64 };
    if let Some(m) = slot.get() {
        return Ok(m.clone());
    }
    let m = cpu_map::models(Path::new(CPU_MAP_DIR), family)?;
    Ok(slot.get_or_init(|| m).clone())
}

impl TestDriver {
    /// Each NUMA cell's (memory, free memory) in KiB: the default host's
    /// cells have half their memory free.
    fn cells(&self) -> Vec<(u64, u64)> {
        self.st
            .caps
            .host
            .cells
            .iter()
            .map(|c| (c.memory_kib, c.memory_kib / 2))
            .collect()
    }
}

impl HostDriver for TestDriver {
    fn type_name(&self) -> &'static str {
        "TEST"
    }
    fn version(&self, _cx: &Call) -> Result<u64> {
        Ok(2)
    }
    fn hostname(&self, _cx: &Call) -> Result<String> {
        let raw = kernel_hostname().map_err(|errno| {
            Error::system(
                virErrorDomain::VIR_FROM_NONE,
                errno,
                Some("failed to determine host name"),
            )
        })?;
        let (name, warning) = canonicalize(&raw, system_resolver);
        if let Some(w) = warning {
            if log::enabled(Priority::Warn) {
                // Where libvirt 9.0.0 logs it from.
                log::message(
                    Priority::Warn,
                    "util.util",
                    "virGetHostnameImpl",
                    462,
                    format_args!("{w}"),
                );
            }
        }
        Ok(name)
    }
    fn capabilities(&self, _cx: &Call) -> Result<String> {
        Ok(self.st.caps.format())
    }
    fn sysinfo(&self, cx: &Call, flags: u32) -> Result<String> {
        check_flags(cx, flags, 0)?;
        Ok(test_sysinfo().format())
    }
    fn max_vcpus(&self, _cx: &Call, _type: Option<&str>) -> Result<i32> {
        // Whatever the type, even an unknown one.
        Ok(32)
    }
    fn node_info(&self, _cx: &Call) -> Result<NodeInfo> {
        Ok(self.st.node.clone())
    }
    fn node_free_memory(&self, _cx: &Call) -> Result<u64> {
        // libvirt sums into a 32-bit unsigned integer.
        let sum = self
            .cells()
            .iter()
            .fold(0u32, |a, (_, free)| a.wrapping_add(*free as u32));
        Ok(sum as u64)
    }
    fn node_cells_free_memory(
        &self,
        _cx: &Call,
        start_cell: i32,
        max_cells: i32,
    ) -> Result<Vec<u64>> {
        let cells = self.cells();
        let start = usize::try_from(start_cell).unwrap_or(usize::MAX);
        if start >= cells.len() {
            return Err(test_error(
                virErrorNumber::VIR_ERR_INVALID_ARG,
                Some("Range exceeds available cells"),
            ));
        }
        let max = usize::try_from(max_cells).unwrap_or(0);
        Ok(cells[start..]
            .iter()
            .take(max)
            .map(|(mem, _)| *mem)
            .collect())
    }
    fn node_cpu_stats(
        &self,
        cx: &Call,
        _cpu_num: i32,
        nparams: Option<usize>,
        flags: u32,
    ) -> Result<Vec<(String, u64)>> {
        check_flags(cx, flags, 0)?;
        let all = [
            ("user", 9797400000u64),
            ("kernel", 34678723400000),
            ("idle", 87264900000),
            ("iowait", 763600000),
        ];
        let n = nparams.unwrap_or(all.len());
        Ok(all
            .iter()
            .take(n)
            .map(|(f, v)| (f.to_string(), *v))
            .collect())
    }
    fn node_cpu_map(&self, cx: &Call, want_map: bool, flags: u32) -> Result<NodeCpuMap> {
        check_flags(cx, flags, 0)?;
        Ok(NodeCpuMap {
            cpus: 8,
            map: if want_map { vec![0x15] } else { Vec::new() },
            online: 3,
        })
    }
    fn node_free_pages(
        &self,
        cx: &Call,
        pages: &[u32],
        _start_cell: i32,
        cell_count: u32,
        flags: u32,
    ) -> Result<Vec<u64>> {
        check_flags(cx, flags, 0)?;
        let total = pages
            .len()
            .checked_mul(cell_count as usize)
            .ok_or_else(|| test_error(virErrorNumber::VIR_ERR_NO_MEMORY, None))?;
        let mut out = Vec::new();
        out.try_reserve_exact(total)
            .map_err(|_| test_error(virErrorNumber::VIR_ERR_NO_MEMORY, None))?;
        // Made-up counts: a 32-bit sequence x = 2x + 7 from 6, wrapping,
        // widened with its sign as libvirt stores it.
        let mut x: i32 = 6;
        for _ in 0..total {
            x = x.wrapping_mul(2).wrapping_add(7);
            out.push(x as i64 as u64);
        }
        Ok(out)
    }
    fn node_security_model(&self, _cx: &Call) -> Result<(String, String)> {
        let Some((model, doi)) = self.st.caps.host.secmodel.clone() else {
            return Ok((String::new(), String::new()));
        };
        if model.len() >= SECURITY_BUFLEN {
            return Err(test_error(
                virErrorNumber::VIR_ERR_INTERNAL_ERROR,
                Some(&format!(
                    "security model string exceeds max {} bytes",
                    SECURITY_BUFLEN - 1
                )),
            ));
        }
        if doi.len() >= SECURITY_BUFLEN {
            return Err(test_error(
                virErrorNumber::VIR_ERR_INTERNAL_ERROR,
                Some(&format!(
                    "security DOI string exceeds max {} bytes",
                    SECURITY_BUFLEN - 1
                )),
            ));
        }
        Ok((model, doi))
    }
    fn cpu_model_names(&self, cx: &Call, arch: &str, flags: u32) -> Result<Option<Vec<String>>> {
        check_flags(cx, flags, 0)?;
        if !crate::conf::arch::is_known(arch) {
            return Err(test_error(
                virErrorNumber::VIR_ERR_INVALID_ARG,
                Some(&format!("cannot find architecture {arch}")),
            ));
        }
        match arch {
            "i686" | "x86_64" => map_models("x86").map(Some),
            "ppc64" | "ppc64le" => map_models("ppc64").map(Some),
            // CPU drivers that take any model.
            "armv6l" | "armv7b" | "armv7l" | "aarch64" | "s390" | "s390x" => Ok(None),
            _ => Err(Error::new(
                virErrorDomain::VIR_FROM_CPU,
                virErrorNumber::VIR_ERR_NO_SUPPORT,
                Some(&format!(
                    "'{arch}' architecture is not supported by CPU driver"
                )),
            )),
        }
    }
    fn is_encrypted(&self, _cx: &Call) -> Result<bool> {
        Ok(false)
    }
    fn is_secure(&self, _cx: &Call) -> Result<bool> {
        Ok(true)
    }
    fn is_alive(&self, _cx: &Call) -> Result<bool> {
        Ok(true)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sysinfo_is_libvirts_text() {
        assert_eq!(
            test_sysinfo().format(),
            "<sysinfo type='smbios'>\n  <bios>\n    <entry name='vendor'>LENOVO</entry>\n    \
             <entry name='version'>G4ETA1WW (2.61 )</entry>\n    \
             <entry name='date'>05/07/2014</entry>\n    <entry name='release'>2.61</entry>\n  \
             </bios>\n</sysinfo>\n"
        );
    }
}
