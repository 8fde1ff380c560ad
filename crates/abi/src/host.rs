//! Types and constants of `libvirt-host.h`.

use crate::prelude::*;

/// `VIR_NODE_CPU_STATS_FIELD_LENGTH`.
/// Since: 0.9.3
pub const VIR_NODE_CPU_STATS_FIELD_LENGTH: usize = 80;
/// `VIR_NODE_MEMORY_STATS_FIELD_LENGTH`.
/// Since: 0.9.3
pub const VIR_NODE_MEMORY_STATS_FIELD_LENGTH: usize = 80;
/// `VIR_SECURITY_DOI_BUFLEN`.
/// Since: 0.6.1
pub const VIR_SECURITY_DOI_BUFLEN: usize = 257;
/// `VIR_SECURITY_LABEL_BUFLEN`.
/// Since: 0.6.1
pub const VIR_SECURITY_LABEL_BUFLEN: usize = 4097;
/// `VIR_SECURITY_MODEL_BUFLEN`.
/// Since: 0.6.1
pub const VIR_SECURITY_MODEL_BUFLEN: usize = 257;
/// `VIR_UUID_BUFLEN`.
/// Since: 0.2.0
pub const VIR_UUID_BUFLEN: usize = 16;
/// `VIR_UUID_STRING_BUFLEN`.
/// Since: 0.2.0
pub const VIR_UUID_STRING_BUFLEN: usize = 37;
/// Typed-parameter or identity field name `group-name`.
/// Since: 5.8.0
pub const VIR_CONNECT_IDENTITY_GROUP_NAME: &str = "group-name";
/// Typed-parameter or identity field name `process-id`.
/// Since: 5.8.0
pub const VIR_CONNECT_IDENTITY_PROCESS_ID: &str = "process-id";
/// Typed-parameter or identity field name `process-time`.
/// Since: 5.8.0
pub const VIR_CONNECT_IDENTITY_PROCESS_TIME: &str = "process-time";
/// Typed-parameter or identity field name `sasl-user-name`.
/// Since: 5.8.0
pub const VIR_CONNECT_IDENTITY_SASL_USER_NAME: &str = "sasl-user-name";
/// Typed-parameter or identity field name `selinux-context`.
/// Since: 5.8.0
pub const VIR_CONNECT_IDENTITY_SELINUX_CONTEXT: &str = "selinux-context";
/// Typed-parameter or identity field name `unix-group-id`.
/// Since: 5.8.0
pub const VIR_CONNECT_IDENTITY_UNIX_GROUP_ID: &str = "unix-group-id";
/// Typed-parameter or identity field name `unix-user-id`.
/// Since: 5.8.0
pub const VIR_CONNECT_IDENTITY_UNIX_USER_ID: &str = "unix-user-id";
/// Typed-parameter or identity field name `user-name`.
/// Since: 5.8.0
pub const VIR_CONNECT_IDENTITY_USER_NAME: &str = "user-name";
/// Typed-parameter or identity field name `x509-distinguished-name`.
/// Since: 5.8.0
pub const VIR_CONNECT_IDENTITY_X509_DISTINGUISHED_NAME: &str = "x509-distinguished-name";
/// Typed-parameter or identity field name `idle`.
/// Since: 0.9.3
pub const VIR_NODE_CPU_STATS_IDLE: &str = "idle";
/// Typed-parameter or identity field name `intr`.
/// Since: 1.2.2
pub const VIR_NODE_CPU_STATS_INTR: &str = "intr";
/// Typed-parameter or identity field name `iowait`.
/// Since: 0.9.3
pub const VIR_NODE_CPU_STATS_IOWAIT: &str = "iowait";
/// Typed-parameter or identity field name `kernel`.
/// Since: 0.9.3
pub const VIR_NODE_CPU_STATS_KERNEL: &str = "kernel";
/// Typed-parameter or identity field name `user`.
/// Since: 0.9.3
pub const VIR_NODE_CPU_STATS_USER: &str = "user";
/// Typed-parameter or identity field name `utilization`.
/// Since: 0.9.3
pub const VIR_NODE_CPU_STATS_UTILIZATION: &str = "utilization";
/// Typed-parameter or identity field name `shm_full_scans`.
/// Since: 0.10.2
pub const VIR_NODE_MEMORY_SHARED_FULL_SCANS: &str = "shm_full_scans";
/// Typed-parameter or identity field name `shm_merge_across_nodes`.
/// Since: 1.0.0
pub const VIR_NODE_MEMORY_SHARED_MERGE_ACROSS_NODES: &str = "shm_merge_across_nodes";
/// Typed-parameter or identity field name `shm_pages_shared`.
/// Since: 0.10.2
pub const VIR_NODE_MEMORY_SHARED_PAGES_SHARED: &str = "shm_pages_shared";
/// Typed-parameter or identity field name `shm_pages_sharing`.
/// Since: 0.10.2
pub const VIR_NODE_MEMORY_SHARED_PAGES_SHARING: &str = "shm_pages_sharing";
/// Typed-parameter or identity field name `shm_pages_to_scan`.
/// Since: 0.10.2
pub const VIR_NODE_MEMORY_SHARED_PAGES_TO_SCAN: &str = "shm_pages_to_scan";
/// Typed-parameter or identity field name `shm_pages_unshared`.
/// Since: 0.10.2
pub const VIR_NODE_MEMORY_SHARED_PAGES_UNSHARED: &str = "shm_pages_unshared";
/// Typed-parameter or identity field name `shm_pages_volatile`.
/// Since: 0.10.2
pub const VIR_NODE_MEMORY_SHARED_PAGES_VOLATILE: &str = "shm_pages_volatile";
/// Typed-parameter or identity field name `shm_sleep_millisecs`.
/// Since: 0.10.2
pub const VIR_NODE_MEMORY_SHARED_SLEEP_MILLISECS: &str = "shm_sleep_millisecs";
/// Typed-parameter or identity field name `buffers`.
/// Since: 0.9.3
pub const VIR_NODE_MEMORY_STATS_BUFFERS: &str = "buffers";
/// Typed-parameter or identity field name `cached`.
/// Since: 0.9.3
pub const VIR_NODE_MEMORY_STATS_CACHED: &str = "cached";
/// Typed-parameter or identity field name `free`.
/// Since: 0.9.3
pub const VIR_NODE_MEMORY_STATS_FREE: &str = "free";
/// Typed-parameter or identity field name `total`.
/// Since: 0.9.3
pub const VIR_NODE_MEMORY_STATS_TOTAL: &str = "total";
/// Typed-parameter or identity field name `cbitpos`.
/// Since: 4.5.0
pub const VIR_NODE_SEV_CBITPOS: &str = "cbitpos";
/// Typed-parameter or identity field name `cert-chain`.
/// Since: 4.5.0
pub const VIR_NODE_SEV_CERT_CHAIN: &str = "cert-chain";
/// Typed-parameter or identity field name `cpu0-id`.
/// Since: 8.4.0
pub const VIR_NODE_SEV_CPU0_ID: &str = "cpu0-id";
/// Typed-parameter or identity field name `max-es-guests`.
/// Since: 8.0.0
pub const VIR_NODE_SEV_MAX_ES_GUESTS: &str = "max-es-guests";
/// Typed-parameter or identity field name `max-guests`.
/// Since: 8.0.0
pub const VIR_NODE_SEV_MAX_GUESTS: &str = "max-guests";
/// Typed-parameter or identity field name `pdh`.
/// Since: 4.5.0
pub const VIR_NODE_SEV_PDH: &str = "pdh";
/// Typed-parameter or identity field name `reduced-phys-bits`.
/// Since: 4.5.0
pub const VIR_NODE_SEV_REDUCED_PHYS_BITS: &str = "reduced-phys-bits";

/// Values of `virConnectBaselineCPUFlags`.
/// Since: 1.1.2
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virConnectBaselineCPUFlags {
    /// Since: 1.1.2
    VIR_CONNECT_BASELINE_CPU_EXPAND_FEATURES = 1,
    /// Since: 1.2.14
    VIR_CONNECT_BASELINE_CPU_MIGRATABLE = 2,
}

/// Values of `virConnectCompareCPUFlags`.
/// Since: 1.2.6
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virConnectCompareCPUFlags {
    /// Since: 1.2.6
    VIR_CONNECT_COMPARE_CPU_FAIL_INCOMPATIBLE = 1,
    /// Since: 6.9.0
    VIR_CONNECT_COMPARE_CPU_VALIDATE_XML = 2,
}

/// Values of `virConnectFlags`.
/// Since: 0.4.1
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virConnectFlags {
    /// Since: 0.4.1
    VIR_CONNECT_RO = 1,
    /// Since: 0.9.7
    VIR_CONNECT_NO_ALIASES = 2,
}

/// Values of `virCPUCompareResult`.
/// Since: 0.7.5
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virCPUCompareResult {
    /// Since: 0.7.5
    VIR_CPU_COMPARE_ERROR = -1,
    /// Since: 0.7.5
    VIR_CPU_COMPARE_INCOMPATIBLE = 0,
    /// Since: 0.7.5
    VIR_CPU_COMPARE_IDENTICAL = 1,
    /// Since: 0.7.5
    VIR_CPU_COMPARE_SUPERSET = 2,
    /// Since: 0.9.10
    #[cfg(feature = "enum_sentinels")]
    VIR_CPU_COMPARE_LAST = 3,
}

/// Values of `virConnectCredentialType`.
/// Since: 0.4.1
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virConnectCredentialType {
    /// Since: 0.4.1
    VIR_CRED_USERNAME = 1,
    /// Since: 0.4.1
    VIR_CRED_AUTHNAME = 2,
    /// Since: 0.4.1
    VIR_CRED_LANGUAGE = 3,
    /// Since: 0.4.1
    VIR_CRED_CNONCE = 4,
    /// Since: 0.4.1
    VIR_CRED_PASSPHRASE = 5,
    /// Since: 0.4.1
    VIR_CRED_ECHOPROMPT = 6,
    /// Since: 0.4.1
    VIR_CRED_NOECHOPROMPT = 7,
    /// Since: 0.4.1
    VIR_CRED_REALM = 8,
    /// Since: 0.4.1
    VIR_CRED_EXTERNAL = 9,
    /// Since: 0.9.10
    #[cfg(feature = "enum_sentinels")]
    VIR_CRED_LAST = 10,
}

/// Values of `virNodeAllocPagesFlags`.
/// Since: 1.2.9
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virNodeAllocPagesFlags {
    /// Since: 1.2.9
    VIR_NODE_ALLOC_PAGES_ADD = 0,
    /// Since: 1.2.9
    VIR_NODE_ALLOC_PAGES_SET = 1,
}

/// Values of `virNodeGetCPUStatsAllCPUs`.
/// Since: 0.9.8
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virNodeGetCPUStatsAllCPUs {
    /// Since: 0.9.3
    VIR_NODE_CPU_STATS_ALL_CPUS = -1,
}

/// Values of `virNodeGetMemoryStatsAllCells`.
/// Since: 0.9.8
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virNodeGetMemoryStatsAllCells {
    /// Since: 0.9.3
    VIR_NODE_MEMORY_STATS_ALL_CELLS = -1,
}

/// Values of `virNodeSuspendTarget`.
/// Since: 0.9.8
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virNodeSuspendTarget {
    /// Since: 0.9.8
    VIR_NODE_SUSPEND_TARGET_MEM = 0,
    /// Since: 0.9.8
    VIR_NODE_SUSPEND_TARGET_DISK = 1,
    /// Since: 0.9.8
    VIR_NODE_SUSPEND_TARGET_HYBRID = 2,
    /// Since: 0.9.8
    #[cfg(feature = "enum_sentinels")]
    VIR_NODE_SUSPEND_TARGET_LAST = 3,
}

/// The C handle `virConnect`; its contents are private to the library.
/// Since: 0.0.1
pub struct _virConnect {
    _private: [u8; 0],
}
/// `virConnect`.
/// Since: 0.0.1
pub type virConnect = _virConnect;

/// The C structure `virConnectAuth`.
/// Since: 0.4.1
#[repr(C)]
pub struct _virConnectAuth {
    pub credtype: *mut c_int,
    pub ncredtype: c_uint,
    pub cb: virConnectAuthCallbackPtr,
    pub cbdata: *mut c_void,
}
/// `virConnectAuth`.
/// Since: 0.4.1
pub type virConnectAuth = _virConnectAuth;

/// The C structure `virConnectCredential`.
/// Since: 0.4.1
#[repr(C)]
pub struct _virConnectCredential {
    pub r#type: c_int,
    pub prompt: *const c_char,
    pub challenge: *const c_char,
    pub defresult: *const c_char,
    pub result: *mut c_char,
    pub resultlen: c_uint,
}
/// `virConnectCredential`.
/// Since: 0.4.1
pub type virConnectCredential = _virConnectCredential;

/// The C structure `virNodeCPUStats`.
/// Since: 0.9.3
#[repr(C)]
pub struct _virNodeCPUStats {
    pub field: [c_char; VIR_NODE_CPU_STATS_FIELD_LENGTH],
    pub value: c_ulonglong,
}
/// `virNodeCPUStats`.
/// Since: 0.9.3
pub type virNodeCPUStats = _virNodeCPUStats;

/// The C structure `virNodeInfo`.
/// Since: 0.1.0
#[repr(C)]
pub struct _virNodeInfo {
    pub model: [c_char; 32],
    pub memory: c_ulong,
    pub cpus: c_uint,
    pub mhz: c_uint,
    pub nodes: c_uint,
    pub sockets: c_uint,
    pub cores: c_uint,
    pub threads: c_uint,
}
/// `virNodeInfo`.
/// Since: 0.1.0
pub type virNodeInfo = _virNodeInfo;

/// The C structure `virNodeMemoryStats`.
/// Since: 0.9.3
#[repr(C)]
pub struct _virNodeMemoryStats {
    pub field: [c_char; VIR_NODE_MEMORY_STATS_FIELD_LENGTH],
    pub value: c_ulonglong,
}
/// `virNodeMemoryStats`.
/// Since: 0.9.3
pub type virNodeMemoryStats = _virNodeMemoryStats;

/// The C structure `virSecurityLabel`.
/// Since: 0.6.1
#[repr(C)]
pub struct _virSecurityLabel {
    pub label: [c_char; VIR_SECURITY_LABEL_BUFLEN],
    pub enforcing: c_int,
}
/// `virSecurityLabel`.
/// Since: 0.6.1
pub type virSecurityLabel = _virSecurityLabel;

/// The C structure `virSecurityModel`.
/// Since: 0.6.1
#[repr(C)]
pub struct _virSecurityModel {
    pub model: [c_char; VIR_SECURITY_MODEL_BUFLEN],
    pub doi: [c_char; VIR_SECURITY_DOI_BUFLEN],
}
/// `virSecurityModel`.
/// Since: 0.6.1
pub type virSecurityModel = _virSecurityModel;

/// The C handle `virStream`; its contents are private to the library.
/// Since: 0.7.2
pub struct _virStream {
    _private: [u8; 0],
}
/// `virStream`.
/// Since: 0.7.2
pub type virStream = _virStream;

/// `virConnectAuthPtr`.
/// Since: 0.4.1
pub type virConnectAuthPtr = *mut virConnectAuth;
/// `virConnectCredentialPtr`.
/// Since: 0.4.1
pub type virConnectCredentialPtr = *mut virConnectCredential;
/// `virConnectPtr`.
/// Since: 0.0.1
pub type virConnectPtr = *mut virConnect;
/// `virNodeCPUStatsPtr`.
/// Since: 0.9.3
pub type virNodeCPUStatsPtr = *mut virNodeCPUStats;
/// `virNodeInfoPtr`.
/// Since: 0.1.0
pub type virNodeInfoPtr = *mut virNodeInfo;
/// `virNodeMemoryStatsPtr`.
/// Since: 0.9.3
pub type virNodeMemoryStatsPtr = *mut virNodeMemoryStats;
/// `virSecurityLabelPtr`.
/// Since: 0.6.1
pub type virSecurityLabelPtr = *mut virSecurityLabel;
/// `virSecurityModelPtr`.
/// Since: 0.6.1
pub type virSecurityModelPtr = *mut virSecurityModel;
/// `virStreamPtr`.
/// Since: 0.7.2
pub type virStreamPtr = *mut virStream;

/// Callback type `virConnectAuthCallbackPtr`.
/// Since: 0.4.1
pub type virConnectAuthCallbackPtr = Option<
    unsafe extern "C" fn(
        cred: virConnectCredentialPtr,
        ncred: c_uint,
        cbdata: *mut c_void,
    ) -> c_int,
>;
/// Callback type `virConnectCloseFunc`.
/// Since: 0.10.0
pub type virConnectCloseFunc =
    Option<unsafe extern "C" fn(conn: virConnectPtr, reason: c_int, opaque: *mut c_void)>;
