//! Domains: listing, lookup, information, definition and life cycle.

use crate::driver::call::Call;
use crate::driver::ids::DomainId;
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

/// A connection's domains.
pub trait DomainDriver: Send + Sync {
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
