//! Types and constants of `libvirt-network.h`.

use crate::prelude::*;

/// Typed-parameter or identity field name `inbound.average`.
pub const VIR_NETWORK_PORT_BANDWIDTH_IN_AVERAGE: &str = "inbound.average";
/// Typed-parameter or identity field name `inbound.burst`.
pub const VIR_NETWORK_PORT_BANDWIDTH_IN_BURST: &str = "inbound.burst";
/// Typed-parameter or identity field name `inbound.floor`.
pub const VIR_NETWORK_PORT_BANDWIDTH_IN_FLOOR: &str = "inbound.floor";
/// Typed-parameter or identity field name `inbound.peak`.
pub const VIR_NETWORK_PORT_BANDWIDTH_IN_PEAK: &str = "inbound.peak";
/// Typed-parameter or identity field name `outbound.average`.
pub const VIR_NETWORK_PORT_BANDWIDTH_OUT_AVERAGE: &str = "outbound.average";
/// Typed-parameter or identity field name `outbound.burst`.
pub const VIR_NETWORK_PORT_BANDWIDTH_OUT_BURST: &str = "outbound.burst";
/// Typed-parameter or identity field name `outbound.peak`.
pub const VIR_NETWORK_PORT_BANDWIDTH_OUT_PEAK: &str = "outbound.peak";

/// Values of `virConnectListAllNetworksFlags`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virConnectListAllNetworksFlags {
    VIR_CONNECT_LIST_NETWORKS_INACTIVE = 1,
    VIR_CONNECT_LIST_NETWORKS_ACTIVE = 2,
    VIR_CONNECT_LIST_NETWORKS_PERSISTENT = 4,
    VIR_CONNECT_LIST_NETWORKS_TRANSIENT = 8,
    VIR_CONNECT_LIST_NETWORKS_AUTOSTART = 16,
    VIR_CONNECT_LIST_NETWORKS_NO_AUTOSTART = 32,
}

/// Values of `virIPAddrType`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virIPAddrType {
    VIR_IP_ADDR_TYPE_IPV4 = 0,
    VIR_IP_ADDR_TYPE_IPV6 = 1,
    #[cfg(feature = "enum_sentinels")]
    VIR_IP_ADDR_TYPE_LAST = 2,
}

/// Values of `virNetworkCreateFlags`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virNetworkCreateFlags {
    VIR_NETWORK_CREATE_VALIDATE = 1,
}

/// Values of `virNetworkDefineFlags`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virNetworkDefineFlags {
    VIR_NETWORK_DEFINE_VALIDATE = 1,
}

/// Values of `virNetworkEventLifecycleType`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virNetworkEventLifecycleType {
    VIR_NETWORK_EVENT_DEFINED = 0,
    VIR_NETWORK_EVENT_UNDEFINED = 1,
    VIR_NETWORK_EVENT_STARTED = 2,
    VIR_NETWORK_EVENT_STOPPED = 3,
    #[cfg(feature = "enum_sentinels")]
    VIR_NETWORK_EVENT_LAST = 4,
}

/// Values of `virNetworkEventID`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virNetworkEventID {
    VIR_NETWORK_EVENT_ID_LIFECYCLE = 0,
    #[cfg(feature = "enum_sentinels")]
    VIR_NETWORK_EVENT_ID_LAST = 1,
}

/// Values of `virNetworkPortCreateFlags`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virNetworkPortCreateFlags {
    VIR_NETWORK_PORT_CREATE_RECLAIM = 1,
    VIR_NETWORK_PORT_CREATE_VALIDATE = 2,
}

/// Values of `virNetworkUpdateSection`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virNetworkUpdateSection {
    VIR_NETWORK_SECTION_NONE = 0,
    VIR_NETWORK_SECTION_BRIDGE = 1,
    VIR_NETWORK_SECTION_DOMAIN = 2,
    VIR_NETWORK_SECTION_IP = 3,
    VIR_NETWORK_SECTION_IP_DHCP_HOST = 4,
    VIR_NETWORK_SECTION_IP_DHCP_RANGE = 5,
    VIR_NETWORK_SECTION_FORWARD = 6,
    VIR_NETWORK_SECTION_FORWARD_INTERFACE = 7,
    VIR_NETWORK_SECTION_FORWARD_PF = 8,
    VIR_NETWORK_SECTION_PORTGROUP = 9,
    VIR_NETWORK_SECTION_DNS_HOST = 10,
    VIR_NETWORK_SECTION_DNS_TXT = 11,
    VIR_NETWORK_SECTION_DNS_SRV = 12,
    #[cfg(feature = "enum_sentinels")]
    VIR_NETWORK_SECTION_LAST = 13,
}

/// Values of `virNetworkUpdateFlags`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virNetworkUpdateFlags {
    VIR_NETWORK_UPDATE_AFFECT_CURRENT = 0,
    VIR_NETWORK_UPDATE_AFFECT_LIVE = 1,
    VIR_NETWORK_UPDATE_AFFECT_CONFIG = 2,
}

/// Values of `virNetworkUpdateCommand`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virNetworkUpdateCommand {
    VIR_NETWORK_UPDATE_COMMAND_NONE = 0,
    VIR_NETWORK_UPDATE_COMMAND_MODIFY = 1,
    VIR_NETWORK_UPDATE_COMMAND_DELETE = 2,
    VIR_NETWORK_UPDATE_COMMAND_ADD_LAST = 3,
    VIR_NETWORK_UPDATE_COMMAND_ADD_FIRST = 4,
    #[cfg(feature = "enum_sentinels")]
    VIR_NETWORK_UPDATE_COMMAND_LAST = 5,
}

/// Values of `virNetworkXMLFlags`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virNetworkXMLFlags {
    VIR_NETWORK_XML_INACTIVE = 1,
}

/// The C handle `virNetwork`; its contents are private to the library.
pub struct _virNetwork {
    _private: [u8; 0],
}
/// `virNetwork`.
pub type virNetwork = _virNetwork;

/// The C structure `virNetworkDHCPLease`.
#[repr(C)]
pub struct _virNetworkDHCPLease {
    pub iface: *mut c_char,
    pub expirytime: c_longlong,
    pub r#type: c_int,
    pub mac: *mut c_char,
    pub iaid: *mut c_char,
    pub ipaddr: *mut c_char,
    pub prefix: c_uint,
    pub hostname: *mut c_char,
    pub clientid: *mut c_char,
}
/// `virNetworkDHCPLease`.
pub type virNetworkDHCPLease = _virNetworkDHCPLease;

/// The C handle `virNetworkPort`; its contents are private to the library.
pub struct _virNetworkPort {
    _private: [u8; 0],
}
/// `virNetworkPort`.
pub type virNetworkPort = _virNetworkPort;

/// `virNetworkDHCPLeasePtr`.
pub type virNetworkDHCPLeasePtr = *mut virNetworkDHCPLease;
/// `virNetworkPortPtr`.
pub type virNetworkPortPtr = *mut virNetworkPort;
/// `virNetworkPtr`.
pub type virNetworkPtr = *mut virNetwork;

/// Callback type `virConnectNetworkEventGenericCallback`.
pub type virConnectNetworkEventGenericCallback =
    Option<unsafe extern "C" fn(conn: virConnectPtr, net: virNetworkPtr, opaque: *mut c_void)>;
/// Callback type `virConnectNetworkEventLifecycleCallback`.
pub type virConnectNetworkEventLifecycleCallback = Option<
    unsafe extern "C" fn(
        conn: virConnectPtr,
        net: virNetworkPtr,
        event: c_int,
        detail: c_int,
        opaque: *mut c_void,
    ),
>;
