//! The hypervisor family: domains, their snapshots and checkpoints, and
//! the host (libvirt's `virHypervisorDriver`). Every connection has one.

use super::call::Call;
use super::ids::DomainId;
use crate::error::Result;

/// `virDomainInfo`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DomainInfo {
    pub state: u8,
    pub max_mem_kib: u64,
    pub memory_kib: u64,
    pub nr_virt_cpu: u16,
    pub cpu_time_ns: u64,
}

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

/// A connection to a hypervisor (libvirt's `virHypervisorDriver`).
pub trait HypervisorDriver: Send + Sync {
    /// The driver name `virConnectGetType` reports.
    fn type_name(&self) -> &'static str;

    /// Whether the connection can be closed under the client (a socket
    /// that drops): only then does it keep close callbacks and call them.
    /// An in-process driver cannot be, and libvirt accepts and ignores the
    /// registration there.
    fn reports_close(&self) -> bool {
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
    fn is_encrypted(&self, cx: &Call) -> Result<bool> {
        Err(cx.unsupported())
    }
    fn is_secure(&self, cx: &Call) -> Result<bool> {
        Err(cx.unsupported())
    }
    fn is_alive(&self, cx: &Call) -> Result<bool> {
        Err(cx.unsupported())
    }

    fn num_of_domains(&self, cx: &Call) -> Result<usize> {
        Err(cx.unsupported())
    }
    fn list_domain_ids(&self, cx: &Call) -> Result<Vec<i32>> {
        Err(cx.unsupported())
    }
    fn num_of_defined_domains(&self, cx: &Call) -> Result<usize> {
        Err(cx.unsupported())
    }
    fn list_defined_domain_names(&self, cx: &Call) -> Result<Vec<String>> {
        Err(cx.unsupported())
    }
    fn list_all_domains(&self, cx: &Call, _flags: u32) -> Result<Vec<DomainId>> {
        Err(cx.unsupported())
    }
    fn domain_lookup_by_id(&self, cx: &Call, _id: i32) -> Result<DomainId> {
        Err(cx.unsupported())
    }
    fn domain_lookup_by_name(&self, cx: &Call, _name: &str) -> Result<DomainId> {
        Err(cx.unsupported())
    }
    fn domain_lookup_by_uuid(&self, cx: &Call, _uuid: &[u8; 16]) -> Result<DomainId> {
        Err(cx.unsupported())
    }
    fn domain_get_info(&self, cx: &Call, _dom: &DomainId) -> Result<DomainInfo> {
        Err(cx.unsupported())
    }
    /// (state, reason)
    fn domain_get_state(&self, cx: &Call, _dom: &DomainId, _flags: u32) -> Result<(i32, i32)> {
        Err(cx.unsupported())
    }
    fn domain_get_xml_desc(&self, cx: &Call, _dom: &DomainId, _flags: u32) -> Result<String> {
        Err(cx.unsupported())
    }
    fn domain_get_os_type(&self, cx: &Call, _dom: &DomainId) -> Result<String> {
        Err(cx.unsupported())
    }
    fn domain_get_max_memory(&self, cx: &Call, _dom: &DomainId) -> Result<u64> {
        Err(cx.unsupported())
    }
    fn domain_is_active(&self, cx: &Call, _dom: &DomainId) -> Result<bool> {
        Err(cx.unsupported())
    }
    fn domain_is_persistent(&self, cx: &Call, _dom: &DomainId) -> Result<bool> {
        Err(cx.unsupported())
    }
    fn domain_is_updated(&self, cx: &Call, _dom: &DomainId) -> Result<bool> {
        Err(cx.unsupported())
    }
}
