//! The seam between the public API and a hypervisor connection.
//!
//! A driver implements these traits; the ffi layer calls them and never
//! knows which driver it talks to. Every method has a default that fails
//! with `VIR_ERR_NO_SUPPORT`, so a partial driver is honest about what it
//! lacks, and a remote driver can implement the same traits as an
//! in-process one. Arguments and results are plain Rust values.

use crate::base::error::{unsupported, Result};

/// What identifies a domain to the public API (`virDomainPtr` caches it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DomainId {
    pub name: String,
    pub uuid: [u8; 16],
    /// -1 while the domain is not running.
    pub id: i32,
}

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
pub trait Hypervisor: Send + Sync {
    /// The driver name `virConnectGetType` reports.
    fn type_name(&self) -> &'static str;

    /// Whether the connection can be closed under the client (a socket
    /// that drops): only then does it keep close callbacks and call them.
    /// An in-process driver cannot be, and libvirt accepts and ignores the
    /// registration there.
    fn reports_close(&self) -> bool {
        false
    }

    fn version(&self) -> Result<u64> {
        Err(unsupported())
    }
    fn hostname(&self) -> Result<String> {
        Err(unsupported())
    }
    fn capabilities(&self) -> Result<String> {
        Err(unsupported())
    }
    fn sysinfo(&self, _flags: u32) -> Result<String> {
        Err(unsupported())
    }
    fn max_vcpus(&self, _type: Option<&str>) -> Result<i32> {
        Err(unsupported())
    }
    fn node_info(&self) -> Result<NodeInfo> {
        Err(unsupported())
    }
    fn node_free_memory(&self) -> Result<u64> {
        Err(unsupported())
    }
    fn is_encrypted(&self) -> Result<bool> {
        Err(unsupported())
    }
    fn is_secure(&self) -> Result<bool> {
        Err(unsupported())
    }
    fn is_alive(&self) -> Result<bool> {
        Err(unsupported())
    }

    fn num_of_domains(&self) -> Result<usize> {
        Err(unsupported())
    }
    fn list_domain_ids(&self) -> Result<Vec<i32>> {
        Err(unsupported())
    }
    fn num_of_defined_domains(&self) -> Result<usize> {
        Err(unsupported())
    }
    fn list_defined_domain_names(&self) -> Result<Vec<String>> {
        Err(unsupported())
    }
    fn list_all_domains(&self, _flags: u32) -> Result<Vec<DomainId>> {
        Err(unsupported())
    }
    fn domain_lookup_by_id(&self, _id: i32) -> Result<DomainId> {
        Err(unsupported())
    }
    fn domain_lookup_by_name(&self, _name: &str) -> Result<DomainId> {
        Err(unsupported())
    }
    fn domain_lookup_by_uuid(&self, _uuid: &[u8; 16]) -> Result<DomainId> {
        Err(unsupported())
    }
    fn domain_get_info(&self, _dom: &DomainId) -> Result<DomainInfo> {
        Err(unsupported())
    }
    /// (state, reason)
    fn domain_get_state(&self, _dom: &DomainId, _flags: u32) -> Result<(i32, i32)> {
        Err(unsupported())
    }
    fn domain_get_xml_desc(&self, _dom: &DomainId, _flags: u32) -> Result<String> {
        Err(unsupported())
    }
    fn domain_get_os_type(&self, _dom: &DomainId) -> Result<String> {
        Err(unsupported())
    }
    fn domain_get_max_memory(&self, _dom: &DomainId) -> Result<u64> {
        Err(unsupported())
    }
    fn domain_is_active(&self, _dom: &DomainId) -> Result<bool> {
        Err(unsupported())
    }
    fn domain_is_persistent(&self, _dom: &DomainId) -> Result<bool> {
        Err(unsupported())
    }
    fn domain_is_updated(&self, _dom: &DomainId) -> Result<bool> {
        Err(unsupported())
    }
}
