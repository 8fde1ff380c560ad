//! Types and constants of `libvirt-interface.h`.

#[allow(unused_imports)]
use crate::prelude::*;

/// Values of `virConnectListAllInterfacesFlags`.
/// Since: 0.10.2
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virConnectListAllInterfacesFlags {
    /// Since: 0.10.2
    VIR_CONNECT_LIST_INTERFACES_INACTIVE = 1,
    /// Since: 0.10.2
    VIR_CONNECT_LIST_INTERFACES_ACTIVE = 2,
}

/// Values of `virInterfaceDefineFlags`.
/// Since: 7.7.0
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virInterfaceDefineFlags {
    /// Since: 7.7.0
    VIR_INTERFACE_DEFINE_VALIDATE = 1,
}

/// Values of `virInterfaceXMLFlags`.
/// Since: 0.7.3
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virInterfaceXMLFlags {
    /// Since: 0.7.3
    VIR_INTERFACE_XML_INACTIVE = 1,
}

/// The C handle `virInterface`; its contents are private to the library.
/// Since: 0.6.4
pub struct _virInterface {
    _private: [u8; 0],
}
/// `virInterface`.
/// Since: 0.6.4
pub type virInterface = _virInterface;

/// `virInterfacePtr`.
/// Since: 0.6.4
pub type virInterfacePtr = *mut virInterface;
