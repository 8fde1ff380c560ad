//! Types and constants of `libvirt-storage.h`.

use crate::prelude::*;

/// Values of `virConnectListAllStoragePoolsFlags`.
/// Since: 0.10.2
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virConnectListAllStoragePoolsFlags {
    /// Since: 0.10.2
    VIR_CONNECT_LIST_STORAGE_POOLS_INACTIVE = 1,
    /// Since: 0.10.2
    VIR_CONNECT_LIST_STORAGE_POOLS_ACTIVE = 2,
    /// Since: 0.10.2
    VIR_CONNECT_LIST_STORAGE_POOLS_PERSISTENT = 4,
    /// Since: 0.10.2
    VIR_CONNECT_LIST_STORAGE_POOLS_TRANSIENT = 8,
    /// Since: 0.10.2
    VIR_CONNECT_LIST_STORAGE_POOLS_AUTOSTART = 16,
    /// Since: 0.10.2
    VIR_CONNECT_LIST_STORAGE_POOLS_NO_AUTOSTART = 32,
    /// Since: 0.10.2
    VIR_CONNECT_LIST_STORAGE_POOLS_DIR = 64,
    /// Since: 0.10.2
    VIR_CONNECT_LIST_STORAGE_POOLS_FS = 128,
    /// Since: 0.10.2
    VIR_CONNECT_LIST_STORAGE_POOLS_NETFS = 256,
    /// Since: 0.10.2
    VIR_CONNECT_LIST_STORAGE_POOLS_LOGICAL = 512,
    /// Since: 0.10.2
    VIR_CONNECT_LIST_STORAGE_POOLS_DISK = 1024,
    /// Since: 0.10.2
    VIR_CONNECT_LIST_STORAGE_POOLS_ISCSI = 2048,
    /// Since: 0.10.2
    VIR_CONNECT_LIST_STORAGE_POOLS_SCSI = 4096,
    /// Since: 0.10.2
    VIR_CONNECT_LIST_STORAGE_POOLS_MPATH = 8192,
    /// Since: 0.10.2
    VIR_CONNECT_LIST_STORAGE_POOLS_RBD = 16384,
    /// Since: 0.10.2
    VIR_CONNECT_LIST_STORAGE_POOLS_SHEEPDOG = 32768,
    /// Since: 1.2.1
    VIR_CONNECT_LIST_STORAGE_POOLS_GLUSTER = 65536,
    /// Since: 1.2.8
    VIR_CONNECT_LIST_STORAGE_POOLS_ZFS = 131072,
    /// Since: 3.1.0
    VIR_CONNECT_LIST_STORAGE_POOLS_VSTORAGE = 262144,
    /// Since: 5.6.0
    VIR_CONNECT_LIST_STORAGE_POOLS_ISCSI_DIRECT = 524288,
}

/// Values of `virStoragePoolState`.
/// Since: 0.4.1
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virStoragePoolState {
    /// Since: 0.4.1
    VIR_STORAGE_POOL_INACTIVE = 0,
    /// Since: 0.4.1
    VIR_STORAGE_POOL_BUILDING = 1,
    /// Since: 0.4.1
    VIR_STORAGE_POOL_RUNNING = 2,
    /// Since: 0.4.1
    VIR_STORAGE_POOL_DEGRADED = 3,
    /// Since: 0.8.2
    VIR_STORAGE_POOL_INACCESSIBLE = 4,
    /// Since: 0.9.10
    #[cfg(feature = "enum_sentinels")]
    VIR_STORAGE_POOL_STATE_LAST = 5,
}

/// Values of `virStoragePoolBuildFlags`.
/// Since: 0.4.1
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virStoragePoolBuildFlags {
    /// Since: 0.4.1
    VIR_STORAGE_POOL_BUILD_NEW = 0,
    /// Since: 0.4.1
    VIR_STORAGE_POOL_BUILD_REPAIR = 1,
    /// Since: 0.4.1
    VIR_STORAGE_POOL_BUILD_RESIZE = 2,
    /// Since: 0.9.5
    VIR_STORAGE_POOL_BUILD_NO_OVERWRITE = 4,
    /// Since: 0.9.5
    VIR_STORAGE_POOL_BUILD_OVERWRITE = 8,
}

/// Values of `virStoragePoolCreateFlags`.
/// Since: 1.3.1
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virStoragePoolCreateFlags {
    /// Since: 1.3.1
    VIR_STORAGE_POOL_CREATE_NORMAL = 0,
    /// Since: 1.3.1
    VIR_STORAGE_POOL_CREATE_WITH_BUILD = 1,
    /// Since: 1.3.1
    VIR_STORAGE_POOL_CREATE_WITH_BUILD_OVERWRITE = 2,
    /// Since: 1.3.1
    VIR_STORAGE_POOL_CREATE_WITH_BUILD_NO_OVERWRITE = 4,
}

/// Values of `virStoragePoolDefineFlags`.
/// Since: 7.7.0
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virStoragePoolDefineFlags {
    /// Since: 7.7.0
    VIR_STORAGE_POOL_DEFINE_VALIDATE = 1,
}

/// Values of `virStoragePoolDeleteFlags`.
/// Since: 0.4.1
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virStoragePoolDeleteFlags {
    /// Since: 0.4.1
    VIR_STORAGE_POOL_DELETE_NORMAL = 0,
    /// Since: 0.4.1
    VIR_STORAGE_POOL_DELETE_ZEROED = 1,
}

/// Values of `virStoragePoolEventLifecycleType`.
/// Since: 2.0.0
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virStoragePoolEventLifecycleType {
    /// Since: 2.0.0
    VIR_STORAGE_POOL_EVENT_DEFINED = 0,
    /// Since: 2.0.0
    VIR_STORAGE_POOL_EVENT_UNDEFINED = 1,
    /// Since: 2.0.0
    VIR_STORAGE_POOL_EVENT_STARTED = 2,
    /// Since: 2.0.0
    VIR_STORAGE_POOL_EVENT_STOPPED = 3,
    /// Since: 3.8.0
    VIR_STORAGE_POOL_EVENT_CREATED = 4,
    /// Since: 3.8.0
    VIR_STORAGE_POOL_EVENT_DELETED = 5,
    /// Since: 2.0.0
    #[cfg(feature = "enum_sentinels")]
    VIR_STORAGE_POOL_EVENT_LAST = 6,
}

/// Values of `virStoragePoolEventID`.
/// Since: 2.0.0
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virStoragePoolEventID {
    /// Since: 2.0.0
    VIR_STORAGE_POOL_EVENT_ID_LIFECYCLE = 0,
    /// Since: 2.0.0
    VIR_STORAGE_POOL_EVENT_ID_REFRESH = 1,
    /// Since: 2.0.0
    #[cfg(feature = "enum_sentinels")]
    VIR_STORAGE_POOL_EVENT_ID_LAST = 2,
}

/// Values of `virStorageVolType`.
/// Since: 0.4.1
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virStorageVolType {
    /// Since: 0.4.1
    VIR_STORAGE_VOL_FILE = 0,
    /// Since: 0.4.1
    VIR_STORAGE_VOL_BLOCK = 1,
    /// Since: 0.9.5
    VIR_STORAGE_VOL_DIR = 2,
    /// Since: 0.9.13
    VIR_STORAGE_VOL_NETWORK = 3,
    /// Since: 1.2.0
    VIR_STORAGE_VOL_NETDIR = 4,
    /// Since: 1.3.4
    VIR_STORAGE_VOL_PLOOP = 5,
    /// Since: 0.9.10
    #[cfg(feature = "enum_sentinels")]
    VIR_STORAGE_VOL_LAST = 6,
}

/// Values of `virStorageVolCreateFlags`.
/// Since: 1.0.1
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virStorageVolCreateFlags {
    /// Since: 1.0.1
    VIR_STORAGE_VOL_CREATE_PREALLOC_METADATA = 1,
    /// Since: 1.2.13
    VIR_STORAGE_VOL_CREATE_REFLINK = 2,
    /// Since: 8.10.0
    VIR_STORAGE_VOL_CREATE_VALIDATE = 4,
}

/// Values of `virStorageVolDeleteFlags`.
/// Since: 0.4.1
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virStorageVolDeleteFlags {
    /// Since: 0.4.1
    VIR_STORAGE_VOL_DELETE_NORMAL = 0,
    /// Since: 0.4.1
    VIR_STORAGE_VOL_DELETE_ZEROED = 1,
    /// Since: 1.2.21
    VIR_STORAGE_VOL_DELETE_WITH_SNAPSHOTS = 2,
}

/// Values of `virStorageVolDownloadFlags`.
/// Since: 3.4.0
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virStorageVolDownloadFlags {
    /// Since: 3.4.0
    VIR_STORAGE_VOL_DOWNLOAD_SPARSE_STREAM = 1,
}

/// Values of `virStorageVolInfoFlags`.
/// Since: 3.0.0
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virStorageVolInfoFlags {
    /// Since: 3.0.0
    VIR_STORAGE_VOL_USE_ALLOCATION = 0,
    /// Since: 3.0.0
    VIR_STORAGE_VOL_GET_PHYSICAL = 1,
}

/// Values of `virStorageVolResizeFlags`.
/// Since: 0.9.10
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virStorageVolResizeFlags {
    /// Since: 0.9.10
    VIR_STORAGE_VOL_RESIZE_ALLOCATE = 1,
    /// Since: 0.9.10
    VIR_STORAGE_VOL_RESIZE_DELTA = 2,
    /// Since: 0.9.10
    VIR_STORAGE_VOL_RESIZE_SHRINK = 4,
}

/// Values of `virStorageVolUploadFlags`.
/// Since: 3.4.0
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virStorageVolUploadFlags {
    /// Since: 3.4.0
    VIR_STORAGE_VOL_UPLOAD_SPARSE_STREAM = 1,
}

/// Values of `virStorageVolWipeAlgorithm`.
/// Since: 0.9.10
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virStorageVolWipeAlgorithm {
    /// Since: 0.9.10
    VIR_STORAGE_VOL_WIPE_ALG_ZERO = 0,
    /// Since: 0.9.10
    VIR_STORAGE_VOL_WIPE_ALG_NNSA = 1,
    /// Since: 0.9.10
    VIR_STORAGE_VOL_WIPE_ALG_DOD = 2,
    /// Since: 0.9.10
    VIR_STORAGE_VOL_WIPE_ALG_BSI = 3,
    /// Since: 0.9.10
    VIR_STORAGE_VOL_WIPE_ALG_GUTMANN = 4,
    /// Since: 0.9.10
    VIR_STORAGE_VOL_WIPE_ALG_SCHNEIER = 5,
    /// Since: 0.9.10
    VIR_STORAGE_VOL_WIPE_ALG_PFITZNER7 = 6,
    /// Since: 0.9.10
    VIR_STORAGE_VOL_WIPE_ALG_PFITZNER33 = 7,
    /// Since: 0.9.10
    VIR_STORAGE_VOL_WIPE_ALG_RANDOM = 8,
    /// Since: 1.3.2
    VIR_STORAGE_VOL_WIPE_ALG_TRIM = 9,
    /// Since: 0.9.10
    #[cfg(feature = "enum_sentinels")]
    VIR_STORAGE_VOL_WIPE_ALG_LAST = 10,
}

/// Values of `virStorageXMLFlags`.
/// Since: 0.9.13
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virStorageXMLFlags {
    /// Since: 0.9.13
    VIR_STORAGE_XML_INACTIVE = 1,
}

/// The C handle `virStoragePool`; its contents are private to the library.
/// Since: 0.4.1
pub struct _virStoragePool {
    _private: [u8; 0],
}
/// `virStoragePool`.
/// Since: 0.4.1
pub type virStoragePool = _virStoragePool;

/// The C structure `virStoragePoolInfo`.
/// Since: 0.4.1
#[repr(C)]
pub struct _virStoragePoolInfo {
    pub state: c_int,
    pub capacity: c_ulonglong,
    pub allocation: c_ulonglong,
    pub available: c_ulonglong,
}
/// `virStoragePoolInfo`.
/// Since: 0.4.1
pub type virStoragePoolInfo = _virStoragePoolInfo;

/// The C handle `virStorageVol`; its contents are private to the library.
/// Since: 0.4.1
pub struct _virStorageVol {
    _private: [u8; 0],
}
/// `virStorageVol`.
/// Since: 0.4.1
pub type virStorageVol = _virStorageVol;

/// The C structure `virStorageVolInfo`.
/// Since: 0.4.1
#[repr(C)]
pub struct _virStorageVolInfo {
    pub r#type: c_int,
    pub capacity: c_ulonglong,
    pub allocation: c_ulonglong,
}
/// `virStorageVolInfo`.
/// Since: 0.4.1
pub type virStorageVolInfo = _virStorageVolInfo;

/// `virStoragePoolInfoPtr`.
/// Since: 0.4.1
pub type virStoragePoolInfoPtr = *mut virStoragePoolInfo;
/// `virStoragePoolPtr`.
/// Since: 0.4.1
pub type virStoragePoolPtr = *mut virStoragePool;
/// `virStorageVolInfoPtr`.
/// Since: 0.4.1
pub type virStorageVolInfoPtr = *mut virStorageVolInfo;
/// `virStorageVolPtr`.
/// Since: 0.4.1
pub type virStorageVolPtr = *mut virStorageVol;

/// Callback type `virConnectStoragePoolEventGenericCallback`.
/// Since: 2.0.0
pub type virConnectStoragePoolEventGenericCallback =
    Option<unsafe extern "C" fn(conn: virConnectPtr, pool: virStoragePoolPtr, opaque: *mut c_void)>;
/// Callback type `virConnectStoragePoolEventLifecycleCallback`.
/// Since: 2.0.0
pub type virConnectStoragePoolEventLifecycleCallback = Option<
    unsafe extern "C" fn(
        conn: virConnectPtr,
        pool: virStoragePoolPtr,
        event: c_int,
        detail: c_int,
        opaque: *mut c_void,
    ),
>;
