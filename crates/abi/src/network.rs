//! Types and constants of `libvirt-network.h`.

use crate::prelude::*;

/// Typed-parameter or identity field name `inbound.average`.
/// Since: 5.5.0
pub const VIR_NETWORK_PORT_BANDWIDTH_IN_AVERAGE: &str = "inbound.average";
/// Typed-parameter or identity field name `inbound.burst`.
/// Since: 5.5.0
pub const VIR_NETWORK_PORT_BANDWIDTH_IN_BURST: &str = "inbound.burst";
/// Typed-parameter or identity field name `inbound.floor`.
/// Since: 5.5.0
pub const VIR_NETWORK_PORT_BANDWIDTH_IN_FLOOR: &str = "inbound.floor";
/// Typed-parameter or identity field name `inbound.peak`.
/// Since: 5.5.0
pub const VIR_NETWORK_PORT_BANDWIDTH_IN_PEAK: &str = "inbound.peak";
/// Typed-parameter or identity field name `outbound.average`.
/// Since: 5.5.0
pub const VIR_NETWORK_PORT_BANDWIDTH_OUT_AVERAGE: &str = "outbound.average";
/// Typed-parameter or identity field name `outbound.burst`.
/// Since: 5.5.0
pub const VIR_NETWORK_PORT_BANDWIDTH_OUT_BURST: &str = "outbound.burst";
/// Typed-parameter or identity field name `outbound.peak`.
/// Since: 5.5.0
pub const VIR_NETWORK_PORT_BANDWIDTH_OUT_PEAK: &str = "outbound.peak";

/// Values of `virConnectListAllNetworksFlags`.
/// Since: 0.10.2
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virConnectListAllNetworksFlags {
    /// Since: 0.10.2
    VIR_CONNECT_LIST_NETWORKS_INACTIVE = 1,
    /// Since: 0.10.2
    VIR_CONNECT_LIST_NETWORKS_ACTIVE = 2,
    /// Since: 0.10.2
    VIR_CONNECT_LIST_NETWORKS_PERSISTENT = 4,
    /// Since: 0.10.2
    VIR_CONNECT_LIST_NETWORKS_TRANSIENT = 8,
    /// Since: 0.10.2
    VIR_CONNECT_LIST_NETWORKS_AUTOSTART = 16,
    /// Since: 0.10.2
    VIR_CONNECT_LIST_NETWORKS_NO_AUTOSTART = 32,
}

/// Values of `virIPAddrType`.
/// Since: 1.2.6
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virIPAddrType {
    /// Since: 1.2.6
    VIR_IP_ADDR_TYPE_IPV4 = 0,
    /// Since: 1.2.6
    VIR_IP_ADDR_TYPE_IPV6 = 1,
    /// Since: 1.2.6
    #[cfg(feature = "enum_sentinels")]
    VIR_IP_ADDR_TYPE_LAST = 2,
}

/// Values of `virNetworkCreateFlags`.
/// Since: 7.8.0
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virNetworkCreateFlags {
    /// Since: 7.8.0
    VIR_NETWORK_CREATE_VALIDATE = 1,
}

/// Values of `virNetworkDefineFlags`.
/// Since: 7.7.0
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virNetworkDefineFlags {
    /// Since: 7.7.0
    VIR_NETWORK_DEFINE_VALIDATE = 1,
}

/// Values of `virNetworkEventLifecycleType`.
/// Since: 1.2.1
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virNetworkEventLifecycleType {
    /// Since: 1.2.1
    VIR_NETWORK_EVENT_DEFINED = 0,
    /// Since: 1.2.1
    VIR_NETWORK_EVENT_UNDEFINED = 1,
    /// Since: 1.2.1
    VIR_NETWORK_EVENT_STARTED = 2,
    /// Since: 1.2.1
    VIR_NETWORK_EVENT_STOPPED = 3,
    /// Since: 1.2.1
    #[cfg(feature = "enum_sentinels")]
    VIR_NETWORK_EVENT_LAST = 4,
}

/// Values of `virNetworkEventID`.
/// Since: 1.2.1
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virNetworkEventID {
    /// Since: 1.2.1
    VIR_NETWORK_EVENT_ID_LIFECYCLE = 0,
    /// Since: 1.2.1
    #[cfg(feature = "enum_sentinels")]
    VIR_NETWORK_EVENT_ID_LAST = 1,
}

/// Values of `virNetworkPortCreateFlags`.
/// Since: 5.5.0
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virNetworkPortCreateFlags {
    /// Since: 5.5.0
    VIR_NETWORK_PORT_CREATE_RECLAIM = 1,
    /// Since: 7.8.0
    VIR_NETWORK_PORT_CREATE_VALIDATE = 2,
}

/// Values of `virNetworkUpdateSection`.
/// Since: 0.10.2
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virNetworkUpdateSection {
    /// Since: 0.10.2
    VIR_NETWORK_SECTION_NONE = 0,
    /// Since: 0.10.2
    VIR_NETWORK_SECTION_BRIDGE = 1,
    /// Since: 0.10.2
    VIR_NETWORK_SECTION_DOMAIN = 2,
    /// Since: 0.10.2
    VIR_NETWORK_SECTION_IP = 3,
    /// Since: 0.10.2
    VIR_NETWORK_SECTION_IP_DHCP_HOST = 4,
    /// Since: 0.10.2
    VIR_NETWORK_SECTION_IP_DHCP_RANGE = 5,
    /// Since: 0.10.2
    VIR_NETWORK_SECTION_FORWARD = 6,
    /// Since: 0.10.2
    VIR_NETWORK_SECTION_FORWARD_INTERFACE = 7,
    /// Since: 0.10.2
    VIR_NETWORK_SECTION_FORWARD_PF = 8,
    /// Since: 0.10.2
    VIR_NETWORK_SECTION_PORTGROUP = 9,
    /// Since: 0.10.2
    VIR_NETWORK_SECTION_DNS_HOST = 10,
    /// Since: 0.10.2
    VIR_NETWORK_SECTION_DNS_TXT = 11,
    /// Since: 0.10.2
    VIR_NETWORK_SECTION_DNS_SRV = 12,
    /// Since: 0.10.2
    #[cfg(feature = "enum_sentinels")]
    VIR_NETWORK_SECTION_LAST = 13,
}

/// Values of `virNetworkUpdateFlags`.
/// Since: 0.10.2
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virNetworkUpdateFlags {
    /// Since: 0.10.2
    VIR_NETWORK_UPDATE_AFFECT_CURRENT = 0,
    /// Since: 0.10.2
    VIR_NETWORK_UPDATE_AFFECT_LIVE = 1,
    /// Since: 0.10.2
    VIR_NETWORK_UPDATE_AFFECT_CONFIG = 2,
}

/// Values of `virNetworkUpdateCommand`.
/// Since: 0.10.2
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virNetworkUpdateCommand {
    /// Since: 0.10.2
    VIR_NETWORK_UPDATE_COMMAND_NONE = 0,
    /// Since: 0.10.2
    VIR_NETWORK_UPDATE_COMMAND_MODIFY = 1,
    /// Since: 0.10.2
    VIR_NETWORK_UPDATE_COMMAND_DELETE = 2,
    /// Since: 0.10.2
    VIR_NETWORK_UPDATE_COMMAND_ADD_LAST = 3,
    /// Since: 0.10.2
    VIR_NETWORK_UPDATE_COMMAND_ADD_FIRST = 4,
    /// Since: 0.10.2
    #[cfg(feature = "enum_sentinels")]
    VIR_NETWORK_UPDATE_COMMAND_LAST = 5,
}

/// Values of `virNetworkXMLFlags`.
/// Since: 0.9.10
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virNetworkXMLFlags {
    /// Since: 0.9.10
    VIR_NETWORK_XML_INACTIVE = 1,
}

/// The C handle `virNetwork`; its contents are private to the library.
/// Since: 0.2.0
pub struct _virNetwork {
    _private: [u8; 0],
}
/// `virNetwork`.
/// Since: 0.2.0
pub type virNetwork = _virNetwork;

/// The C structure `virNetworkDHCPLease`.
/// Since: 1.2.6
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
/// Since: 1.2.6
pub type virNetworkDHCPLease = _virNetworkDHCPLease;

/// The C handle `virNetworkPort`; its contents are private to the library.
/// Since: 5.5.0
pub struct _virNetworkPort {
    _private: [u8; 0],
}
/// `virNetworkPort`.
/// Since: 5.5.0
pub type virNetworkPort = _virNetworkPort;

/// `virNetworkDHCPLeasePtr`.
/// Since: 1.2.6
pub type virNetworkDHCPLeasePtr = *mut virNetworkDHCPLease;
/// `virNetworkPortPtr`.
/// Since: 5.5.0
pub type virNetworkPortPtr = *mut virNetworkPort;
/// `virNetworkPtr`.
/// Since: 0.2.0
pub type virNetworkPtr = *mut virNetwork;

/// Callback type `virConnectNetworkEventGenericCallback`.
/// Since: 1.2.1
pub type virConnectNetworkEventGenericCallback =
    Option<unsafe extern "C" fn(conn: virConnectPtr, net: virNetworkPtr, opaque: *mut c_void)>;
/// Callback type `virConnectNetworkEventLifecycleCallback`.
/// Since: 1.2.1
pub type virConnectNetworkEventLifecycleCallback = Option<
    unsafe extern "C" fn(
        conn: virConnectPtr,
        net: virNetworkPtr,
        event: c_int,
        detail: c_int,
        opaque: *mut c_void,
    ),
>;
