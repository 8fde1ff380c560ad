//! Types and constants of `libvirt-interface.h`.

#[allow(unused_imports)]
use crate::prelude::*;

/// Values of `virConnectListAllInterfacesFlags`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virConnectListAllInterfacesFlags {
    VIR_CONNECT_LIST_INTERFACES_INACTIVE = 1,
    VIR_CONNECT_LIST_INTERFACES_ACTIVE = 2,
}

/// Values of `virInterfaceDefineFlags`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virInterfaceDefineFlags {
    VIR_INTERFACE_DEFINE_VALIDATE = 1,
}

/// Values of `virInterfaceXMLFlags`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virInterfaceXMLFlags {
    VIR_INTERFACE_XML_INACTIVE = 1,
}

/// The C handle `virInterface`; its contents are private to the library.
pub struct _virInterface {
    _private: [u8; 0],
}
/// `virInterface`.
pub type virInterface = _virInterface;

/// `virInterfacePtr`.
pub type virInterfacePtr = *mut virInterface;
