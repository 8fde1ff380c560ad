//! The host side of the hypervisor family: what the connection and the
//! node it runs on answer (version, names, capabilities, node information).

use crate::driver::call::Call;
use crate::error::Result;

/// `virNodeInfo`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NodeInfo {
    pub model: String,
    pub memory_kib: u64,
    pub cpus: u32,
    pub mhz: u32,
    pub nodes: u32,
    pub sockets: u32,
    pub cores: u32,
    pub threads: u32,
}

/// What `virNodeGetCPUMap` answers: the number of CPUs, the bitmap of the
/// online ones (one bit per CPU, lowest first) and how many are online.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NodeCpuMap {
    pub cpus: i32,
    pub map: Vec<u8>,
    pub online: u32,
}

/// The connection and its host.
pub trait HostDriver: Send + Sync {
    /// The driver name `virConnectGetType` reports.
    fn type_name(&self) -> &'static str;

    /// Whether the connection can be closed under the client (a socket
    /// that drops): only then does it keep close callbacks and call them.
    /// An in-process driver cannot be, and libvirt accepts and ignores the
    /// registration there.
    fn reports_close(&self) -> bool {
        false
    }

    /// Whether the driver raises QEMU monitor events (libvirt-qemu's
    /// `virConnectDomainQemuMonitorEventRegister` answers "not supported"
    /// otherwise).
    fn qemu_monitor_events(&self) -> bool {
        false
    }

    fn version(&self, cx: &Call) -> Result<u64> {
        Err(cx.unsupported())
    }
    fn hostname(&self, cx: &Call) -> Result<String> {
        Err(cx.unsupported())
    }
    fn capabilities(&self, cx: &Call) -> Result<String> {
        Err(cx.unsupported())
    }
    fn sysinfo(&self, cx: &Call, _flags: u32) -> Result<String> {
        Err(cx.unsupported())
    }
    fn max_vcpus(&self, cx: &Call, _type: Option<&str>) -> Result<i32> {
        Err(cx.unsupported())
    }
    fn node_info(&self, cx: &Call) -> Result<NodeInfo> {
        Err(cx.unsupported())
    }
    fn node_free_memory(&self, cx: &Call) -> Result<u64> {
        Err(cx.unsupported())
    }
    /// The memory of at most `max_cells` NUMA cells from `start_cell` on.
    fn node_cells_free_memory(
        &self,
        cx: &Call,
        _start_cell: i32,
        _max_cells: i32,
    ) -> Result<Vec<u64>> {
        Err(cx.unsupported())
    }
    /// CPU statistics (field name, value) of CPU `cpu_num` (-1: all), at
    /// most `nparams` of them; `None` asks how many there are (the length of
    /// the answer is the count, the values may be zero).
    fn node_cpu_stats(
        &self,
        cx: &Call,
        _cpu_num: i32,
        _nparams: Option<usize>,
        _flags: u32,
    ) -> Result<Vec<(String, u64)>> {
        Err(cx.unsupported())
    }
    /// The host's CPUs and which are online; `want_map` false when the
    /// caller does not ask for the bitmap.
    fn node_cpu_map(&self, cx: &Call, _want_map: bool, _flags: u32) -> Result<NodeCpuMap> {
        Err(cx.unsupported())
    }
    /// Free pages of each size in `pages` (KiB) for `cell_count` cells from
    /// `start_cell`: cell by cell, `pages.len()` counts each.
    fn node_free_pages(
        &self,
        cx: &Call,
        _pages: &[u32],
        _start_cell: i32,
        _cell_count: u32,
        _flags: u32,
    ) -> Result<Vec<u64>> {
        Err(cx.unsupported())
    }
    /// The host's security model and DOI (both empty when it has none).
    fn node_security_model(&self, cx: &Call) -> Result<(String, String)> {
        Err(cx.unsupported())
    }
    /// The CPU models known for `arch`; `None` when any model is accepted.
    fn cpu_model_names(&self, cx: &Call, _arch: &str, _flags: u32) -> Result<Option<Vec<String>>> {
        Err(cx.unsupported())
    }
    fn is_encrypted(&self, cx: &Call) -> Result<bool> {
        Err(cx.unsupported())
    }
    fn is_secure(&self, cx: &Call) -> Result<bool> {
        Err(cx.unsupported())
    }
    fn is_alive(&self, cx: &Call) -> Result<bool> {
        Err(cx.unsupported())
    }
}
