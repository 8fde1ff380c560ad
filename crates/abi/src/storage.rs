//! Types and constants of `libvirt-storage.h`.

use crate::prelude::*;

/// Values of `virConnectListAllStoragePoolsFlags`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virConnectListAllStoragePoolsFlags {
    VIR_CONNECT_LIST_STORAGE_POOLS_INACTIVE = 1,
    VIR_CONNECT_LIST_STORAGE_POOLS_ACTIVE = 2,
    VIR_CONNECT_LIST_STORAGE_POOLS_PERSISTENT = 4,
    VIR_CONNECT_LIST_STORAGE_POOLS_TRANSIENT = 8,
    VIR_CONNECT_LIST_STORAGE_POOLS_AUTOSTART = 16,
    VIR_CONNECT_LIST_STORAGE_POOLS_NO_AUTOSTART = 32,
    VIR_CONNECT_LIST_STORAGE_POOLS_DIR = 64,
    VIR_CONNECT_LIST_STORAGE_POOLS_FS = 128,
    VIR_CONNECT_LIST_STORAGE_POOLS_NETFS = 256,
    VIR_CONNECT_LIST_STORAGE_POOLS_LOGICAL = 512,
    VIR_CONNECT_LIST_STORAGE_POOLS_DISK = 1024,
    VIR_CONNECT_LIST_STORAGE_POOLS_ISCSI = 2048,
    VIR_CONNECT_LIST_STORAGE_POOLS_SCSI = 4096,
    VIR_CONNECT_LIST_STORAGE_POOLS_MPATH = 8192,
    VIR_CONNECT_LIST_STORAGE_POOLS_RBD = 16384,
    VIR_CONNECT_LIST_STORAGE_POOLS_SHEEPDOG = 32768,
    VIR_CONNECT_LIST_STORAGE_POOLS_GLUSTER = 65536,
    VIR_CONNECT_LIST_STORAGE_POOLS_ZFS = 131072,
    VIR_CONNECT_LIST_STORAGE_POOLS_VSTORAGE = 262144,
    VIR_CONNECT_LIST_STORAGE_POOLS_ISCSI_DIRECT = 524288,
}

/// Values of `virStoragePoolState`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virStoragePoolState {
    VIR_STORAGE_POOL_INACTIVE = 0,
    VIR_STORAGE_POOL_BUILDING = 1,
    VIR_STORAGE_POOL_RUNNING = 2,
    VIR_STORAGE_POOL_DEGRADED = 3,
    VIR_STORAGE_POOL_INACCESSIBLE = 4,
    #[cfg(feature = "enum_sentinels")]
    VIR_STORAGE_POOL_STATE_LAST = 5,
}

/// Values of `virStoragePoolBuildFlags`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virStoragePoolBuildFlags {
    VIR_STORAGE_POOL_BUILD_NEW = 0,
    VIR_STORAGE_POOL_BUILD_REPAIR = 1,
    VIR_STORAGE_POOL_BUILD_RESIZE = 2,
    VIR_STORAGE_POOL_BUILD_NO_OVERWRITE = 4,
    VIR_STORAGE_POOL_BUILD_OVERWRITE = 8,
}

/// Values of `virStoragePoolCreateFlags`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virStoragePoolCreateFlags {
    VIR_STORAGE_POOL_CREATE_NORMAL = 0,
    VIR_STORAGE_POOL_CREATE_WITH_BUILD = 1,
    VIR_STORAGE_POOL_CREATE_WITH_BUILD_OVERWRITE = 2,
    VIR_STORAGE_POOL_CREATE_WITH_BUILD_NO_OVERWRITE = 4,
}

/// Values of `virStoragePoolDefineFlags`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virStoragePoolDefineFlags {
    VIR_STORAGE_POOL_DEFINE_VALIDATE = 1,
}

/// Values of `virStoragePoolDeleteFlags`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virStoragePoolDeleteFlags {
    VIR_STORAGE_POOL_DELETE_NORMAL = 0,
    VIR_STORAGE_POOL_DELETE_ZEROED = 1,
}

/// Values of `virStoragePoolEventLifecycleType`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virStoragePoolEventLifecycleType {
    VIR_STORAGE_POOL_EVENT_DEFINED = 0,
    VIR_STORAGE_POOL_EVENT_UNDEFINED = 1,
    VIR_STORAGE_POOL_EVENT_STARTED = 2,
    VIR_STORAGE_POOL_EVENT_STOPPED = 3,
    VIR_STORAGE_POOL_EVENT_CREATED = 4,
    VIR_STORAGE_POOL_EVENT_DELETED = 5,
    #[cfg(feature = "enum_sentinels")]
    VIR_STORAGE_POOL_EVENT_LAST = 6,
}

/// Values of `virStoragePoolEventID`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virStoragePoolEventID {
    VIR_STORAGE_POOL_EVENT_ID_LIFECYCLE = 0,
    VIR_STORAGE_POOL_EVENT_ID_REFRESH = 1,
    #[cfg(feature = "enum_sentinels")]
    VIR_STORAGE_POOL_EVENT_ID_LAST = 2,
}

/// Values of `virStorageVolType`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virStorageVolType {
    VIR_STORAGE_VOL_FILE = 0,
    VIR_STORAGE_VOL_BLOCK = 1,
    VIR_STORAGE_VOL_DIR = 2,
    VIR_STORAGE_VOL_NETWORK = 3,
    VIR_STORAGE_VOL_NETDIR = 4,
    VIR_STORAGE_VOL_PLOOP = 5,
    #[cfg(feature = "enum_sentinels")]
    VIR_STORAGE_VOL_LAST = 6,
}

/// Values of `virStorageVolCreateFlags`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virStorageVolCreateFlags {
    VIR_STORAGE_VOL_CREATE_PREALLOC_METADATA = 1,
    VIR_STORAGE_VOL_CREATE_REFLINK = 2,
    VIR_STORAGE_VOL_CREATE_VALIDATE = 4,
}

/// Values of `virStorageVolDeleteFlags`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virStorageVolDeleteFlags {
    VIR_STORAGE_VOL_DELETE_NORMAL = 0,
    VIR_STORAGE_VOL_DELETE_ZEROED = 1,
    VIR_STORAGE_VOL_DELETE_WITH_SNAPSHOTS = 2,
}

/// Values of `virStorageVolDownloadFlags`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virStorageVolDownloadFlags {
    VIR_STORAGE_VOL_DOWNLOAD_SPARSE_STREAM = 1,
}

/// Values of `virStorageVolInfoFlags`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virStorageVolInfoFlags {
    VIR_STORAGE_VOL_USE_ALLOCATION = 0,
    VIR_STORAGE_VOL_GET_PHYSICAL = 1,
}

/// Values of `virStorageVolResizeFlags`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virStorageVolResizeFlags {
    VIR_STORAGE_VOL_RESIZE_ALLOCATE = 1,
    VIR_STORAGE_VOL_RESIZE_DELTA = 2,
    VIR_STORAGE_VOL_RESIZE_SHRINK = 4,
}

/// Values of `virStorageVolUploadFlags`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virStorageVolUploadFlags {
    VIR_STORAGE_VOL_UPLOAD_SPARSE_STREAM = 1,
}

/// Values of `virStorageVolWipeAlgorithm`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virStorageVolWipeAlgorithm {
    VIR_STORAGE_VOL_WIPE_ALG_ZERO = 0,
    VIR_STORAGE_VOL_WIPE_ALG_NNSA = 1,
    VIR_STORAGE_VOL_WIPE_ALG_DOD = 2,
    VIR_STORAGE_VOL_WIPE_ALG_BSI = 3,
    VIR_STORAGE_VOL_WIPE_ALG_GUTMANN = 4,
    VIR_STORAGE_VOL_WIPE_ALG_SCHNEIER = 5,
    VIR_STORAGE_VOL_WIPE_ALG_PFITZNER7 = 6,
    VIR_STORAGE_VOL_WIPE_ALG_PFITZNER33 = 7,
    VIR_STORAGE_VOL_WIPE_ALG_RANDOM = 8,
    VIR_STORAGE_VOL_WIPE_ALG_TRIM = 9,
    #[cfg(feature = "enum_sentinels")]
    VIR_STORAGE_VOL_WIPE_ALG_LAST = 10,
}

/// Values of `virStorageXMLFlags`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virStorageXMLFlags {
    VIR_STORAGE_XML_INACTIVE = 1,
}

/// The C handle `virStoragePool`; its contents are private to the library.
pub struct _virStoragePool {
    _private: [u8; 0],
}
/// `virStoragePool`.
pub type virStoragePool = _virStoragePool;

/// The C structure `virStoragePoolInfo`.
#[repr(C)]
pub struct _virStoragePoolInfo {
    pub state: c_int,
    pub capacity: c_ulonglong,
    pub allocation: c_ulonglong,
    pub available: c_ulonglong,
}
/// `virStoragePoolInfo`.
pub type virStoragePoolInfo = _virStoragePoolInfo;

/// The C handle `virStorageVol`; its contents are private to the library.
pub struct _virStorageVol {
    _private: [u8; 0],
}
/// `virStorageVol`.
pub type virStorageVol = _virStorageVol;

/// The C structure `virStorageVolInfo`.
#[repr(C)]
pub struct _virStorageVolInfo {
    pub r#type: c_int,
    pub capacity: c_ulonglong,
    pub allocation: c_ulonglong,
}
/// `virStorageVolInfo`.
pub type virStorageVolInfo = _virStorageVolInfo;

/// `virStoragePoolInfoPtr`.
pub type virStoragePoolInfoPtr = *mut virStoragePoolInfo;
/// `virStoragePoolPtr`.
pub type virStoragePoolPtr = *mut virStoragePool;
/// `virStorageVolInfoPtr`.
pub type virStorageVolInfoPtr = *mut virStorageVolInfo;
/// `virStorageVolPtr`.
pub type virStorageVolPtr = *mut virStorageVol;

/// Callback type `virConnectStoragePoolEventGenericCallback`.
pub type virConnectStoragePoolEventGenericCallback =
    Option<unsafe extern "C" fn(conn: virConnectPtr, pool: virStoragePoolPtr, opaque: *mut c_void)>;
/// Callback type `virConnectStoragePoolEventLifecycleCallback`.
pub type virConnectStoragePoolEventLifecycleCallback = Option<
    unsafe extern "C" fn(
        conn: virConnectPtr,
        pool: virStoragePoolPtr,
        event: c_int,
        detail: c_int,
        opaque: *mut c_void,
    ),
>;
