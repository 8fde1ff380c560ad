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
}
