//! Types and constants of `libvirt-nodedev.h`.

use crate::prelude::*;

/// Values of `virConnectListAllNodeDeviceFlags`.
/// Since: 0.10.2
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virConnectListAllNodeDeviceFlags {
    /// Since: 0.10.2
    VIR_CONNECT_LIST_NODE_DEVICES_CAP_SYSTEM = 1,
    /// Since: 0.10.2
    VIR_CONNECT_LIST_NODE_DEVICES_CAP_PCI_DEV = 2,
    /// Since: 0.10.2
    VIR_CONNECT_LIST_NODE_DEVICES_CAP_USB_DEV = 4,
    /// Since: 0.10.2
    VIR_CONNECT_LIST_NODE_DEVICES_CAP_USB_INTERFACE = 8,
    /// Since: 0.10.2
    VIR_CONNECT_LIST_NODE_DEVICES_CAP_NET = 16,
    /// Since: 0.10.2
    VIR_CONNECT_LIST_NODE_DEVICES_CAP_SCSI_HOST = 32,
    /// Since: 0.10.2
    VIR_CONNECT_LIST_NODE_DEVICES_CAP_SCSI_TARGET = 64,
    /// Since: 0.10.2
    VIR_CONNECT_LIST_NODE_DEVICES_CAP_SCSI = 128,
    /// Since: 0.10.2
    VIR_CONNECT_LIST_NODE_DEVICES_CAP_STORAGE = 256,
    /// Since: 1.0.4
    VIR_CONNECT_LIST_NODE_DEVICES_CAP_FC_HOST = 512,
    /// Since: 1.0.4
    VIR_CONNECT_LIST_NODE_DEVICES_CAP_VPORTS = 1024,
    /// Since: 1.1.0
    VIR_CONNECT_LIST_NODE_DEVICES_CAP_SCSI_GENERIC = 2048,
    /// Since: 3.1.0
    VIR_CONNECT_LIST_NODE_DEVICES_CAP_DRM = 4096,
    /// Since: 3.4.0
    VIR_CONNECT_LIST_NODE_DEVICES_CAP_MDEV_TYPES = 8192,
    /// Since: 3.4.0
    VIR_CONNECT_LIST_NODE_DEVICES_CAP_MDEV = 16384,
    /// Since: 3.4.0
    VIR_CONNECT_LIST_NODE_DEVICES_CAP_CCW_DEV = 32768,
    /// Since: 6.8.0
    VIR_CONNECT_LIST_NODE_DEVICES_CAP_CSS_DEV = 65536,
    /// Since: 6.9.0
    VIR_CONNECT_LIST_NODE_DEVICES_CAP_VDPA = 131072,
    /// Since: 7.0.0
    VIR_CONNECT_LIST_NODE_DEVICES_CAP_AP_CARD = 262144,
    /// Since: 7.0.0
    VIR_CONNECT_LIST_NODE_DEVICES_CAP_AP_QUEUE = 524288,
    /// Since: 7.0.0
    VIR_CONNECT_LIST_NODE_DEVICES_CAP_AP_MATRIX = 1048576,
    /// Since: 7.9.0
    VIR_CONNECT_LIST_NODE_DEVICES_CAP_VPD = 2097152,
    /// Since: 7.3.0
    VIR_CONNECT_LIST_NODE_DEVICES_INACTIVE = 1073741824,
    /// Since: 7.3.0
    VIR_CONNECT_LIST_NODE_DEVICES_ACTIVE = 2147483648,
}

/// Values of `virNodeDeviceCreateXMLFlags`.
/// Since: 8.10.0
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virNodeDeviceCreateXMLFlags {
    /// Since: 8.10.0
    VIR_NODE_DEVICE_CREATE_XML_VALIDATE = 1,
}

/// Values of `virNodeDeviceDefineXMLFlags`.
/// Since: 8.10.0
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virNodeDeviceDefineXMLFlags {
    /// Since: 8.10.0
    VIR_NODE_DEVICE_DEFINE_XML_VALIDATE = 1,
}

/// Values of `virNodeDeviceEventLifecycleType`.
/// Since: 2.2.0
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virNodeDeviceEventLifecycleType {
    /// Since: 2.2.0
    VIR_NODE_DEVICE_EVENT_CREATED = 0,
    /// Since: 2.2.0
    VIR_NODE_DEVICE_EVENT_DELETED = 1,
    /// Since: 7.3.0
    VIR_NODE_DEVICE_EVENT_DEFINED = 2,
    /// Since: 7.3.0
    VIR_NODE_DEVICE_EVENT_UNDEFINED = 3,
    /// Since: 2.2.0
    #[cfg(feature = "enum_sentinels")]
    VIR_NODE_DEVICE_EVENT_LAST = 4,
}

/// Values of `virNodeDeviceEventID`.
/// Since: 2.2.0
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virNodeDeviceEventID {
    /// Since: 2.2.0
    VIR_NODE_DEVICE_EVENT_ID_LIFECYCLE = 0,
    /// Since: 2.2.0
    VIR_NODE_DEVICE_EVENT_ID_UPDATE = 1,
    /// Since: 2.2.0
    #[cfg(feature = "enum_sentinels")]
    VIR_NODE_DEVICE_EVENT_ID_LAST = 2,
}

/// The C handle `virNodeDevice`; its contents are private to the library.
/// Since: 0.5.0
pub struct _virNodeDevice {
    _private: [u8; 0],
}
/// `virNodeDevice`.
/// Since: 0.5.0
pub type virNodeDevice = _virNodeDevice;

/// `virNodeDevicePtr`.
/// Since: 0.5.0
pub type virNodeDevicePtr = *mut virNodeDevice;

/// Callback type `virConnectNodeDeviceEventGenericCallback`.
/// Since: 2.2.0
pub type virConnectNodeDeviceEventGenericCallback =
    Option<unsafe extern "C" fn(conn: virConnectPtr, dev: virNodeDevicePtr, opaque: *mut c_void)>;
/// Callback type `virConnectNodeDeviceEventLifecycleCallback`.
/// Since: 2.2.0
pub type virConnectNodeDeviceEventLifecycleCallback = Option<
    unsafe extern "C" fn(
        conn: virConnectPtr,
        dev: virNodeDevicePtr,
        event: c_int,
        detail: c_int,
        opaque: *mut c_void,
    ),
>;
