//! Types and constants of `libvirt-nodedev.h`.

use crate::prelude::*;

/// Values of `virConnectListAllNodeDeviceFlags`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virConnectListAllNodeDeviceFlags {
    VIR_CONNECT_LIST_NODE_DEVICES_CAP_SYSTEM = 1,
    VIR_CONNECT_LIST_NODE_DEVICES_CAP_PCI_DEV = 2,
    VIR_CONNECT_LIST_NODE_DEVICES_CAP_USB_DEV = 4,
    VIR_CONNECT_LIST_NODE_DEVICES_CAP_USB_INTERFACE = 8,
    VIR_CONNECT_LIST_NODE_DEVICES_CAP_NET = 16,
    VIR_CONNECT_LIST_NODE_DEVICES_CAP_SCSI_HOST = 32,
    VIR_CONNECT_LIST_NODE_DEVICES_CAP_SCSI_TARGET = 64,
    VIR_CONNECT_LIST_NODE_DEVICES_CAP_SCSI = 128,
    VIR_CONNECT_LIST_NODE_DEVICES_CAP_STORAGE = 256,
    VIR_CONNECT_LIST_NODE_DEVICES_CAP_FC_HOST = 512,
    VIR_CONNECT_LIST_NODE_DEVICES_CAP_VPORTS = 1024,
    VIR_CONNECT_LIST_NODE_DEVICES_CAP_SCSI_GENERIC = 2048,
    VIR_CONNECT_LIST_NODE_DEVICES_CAP_DRM = 4096,
    VIR_CONNECT_LIST_NODE_DEVICES_CAP_MDEV_TYPES = 8192,
    VIR_CONNECT_LIST_NODE_DEVICES_CAP_MDEV = 16384,
    VIR_CONNECT_LIST_NODE_DEVICES_CAP_CCW_DEV = 32768,
    VIR_CONNECT_LIST_NODE_DEVICES_CAP_CSS_DEV = 65536,
    VIR_CONNECT_LIST_NODE_DEVICES_CAP_VDPA = 131072,
    VIR_CONNECT_LIST_NODE_DEVICES_CAP_AP_CARD = 262144,
    VIR_CONNECT_LIST_NODE_DEVICES_CAP_AP_QUEUE = 524288,
    VIR_CONNECT_LIST_NODE_DEVICES_CAP_AP_MATRIX = 1048576,
    VIR_CONNECT_LIST_NODE_DEVICES_CAP_VPD = 2097152,
    VIR_CONNECT_LIST_NODE_DEVICES_INACTIVE = 1073741824,
    VIR_CONNECT_LIST_NODE_DEVICES_ACTIVE = 2147483648,
}

/// Values of `virNodeDeviceCreateXMLFlags`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virNodeDeviceCreateXMLFlags {
    VIR_NODE_DEVICE_CREATE_XML_VALIDATE = 1,
}

/// Values of `virNodeDeviceDefineXMLFlags`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virNodeDeviceDefineXMLFlags {
    VIR_NODE_DEVICE_DEFINE_XML_VALIDATE = 1,
}

/// Values of `virNodeDeviceEventLifecycleType`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virNodeDeviceEventLifecycleType {
    VIR_NODE_DEVICE_EVENT_CREATED = 0,
    VIR_NODE_DEVICE_EVENT_DELETED = 1,
    VIR_NODE_DEVICE_EVENT_DEFINED = 2,
    VIR_NODE_DEVICE_EVENT_UNDEFINED = 3,
    #[cfg(feature = "enum_sentinels")]
    VIR_NODE_DEVICE_EVENT_LAST = 4,
}

/// Values of `virNodeDeviceEventID`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virNodeDeviceEventID {
    VIR_NODE_DEVICE_EVENT_ID_LIFECYCLE = 0,
    VIR_NODE_DEVICE_EVENT_ID_UPDATE = 1,
    #[cfg(feature = "enum_sentinels")]
    VIR_NODE_DEVICE_EVENT_ID_LAST = 2,
}

/// The C handle `virNodeDevice`; its contents are private to the library.
pub struct _virNodeDevice {
    _private: [u8; 0],
}
/// `virNodeDevice`.
pub type virNodeDevice = _virNodeDevice;

/// `virNodeDevicePtr`.
pub type virNodeDevicePtr = *mut virNodeDevice;

/// Callback type `virConnectNodeDeviceEventGenericCallback`.
pub type virConnectNodeDeviceEventGenericCallback =
    Option<unsafe extern "C" fn(conn: virConnectPtr, dev: virNodeDevicePtr, opaque: *mut c_void)>;
/// Callback type `virConnectNodeDeviceEventLifecycleCallback`.
pub type virConnectNodeDeviceEventLifecycleCallback = Option<
    unsafe extern "C" fn(
        conn: virConnectPtr,
        dev: virNodeDevicePtr,
        event: c_int,
        detail: c_int,
        opaque: *mut c_void,
    ),
>;
