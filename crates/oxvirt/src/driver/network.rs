//! The virtual network family, with network ports (libvirt's
//! `virNetworkDriver`).

use super::call::Call;
use super::ids::{NetworkId, NetworkPortId};
use crate::error::Result;

/// A connection's network family. Every method defaults to libvirt's
/// "not supported" error, so a driver implements what it serves.
pub trait NetworkDriver: Send + Sync {
    /// Active networks.
    fn num_of_networks(&self, cx: &Call) -> Result<usize> {
        Err(cx.unsupported())
    }

    /// `virConnectListAllNetworks`.
    fn list_all_networks(&self, cx: &Call, _flags: u32) -> Result<Vec<NetworkId>> {
        Err(cx.unsupported())
    }

    fn network_lookup_by_name(&self, cx: &Call, _name: &str) -> Result<NetworkId> {
        Err(cx.unsupported())
    }

    fn network_lookup_by_uuid(&self, cx: &Call, _uuid: &[u8; 16]) -> Result<NetworkId> {
        Err(cx.unsupported())
    }

    fn network_get_xml_desc(&self, cx: &Call, _net: &NetworkId, _flags: u32) -> Result<String> {
        Err(cx.unsupported())
    }

    fn network_is_active(&self, cx: &Call, _net: &NetworkId) -> Result<bool> {
        Err(cx.unsupported())
    }

    fn network_is_persistent(&self, cx: &Call, _net: &NetworkId) -> Result<bool> {
        Err(cx.unsupported())
    }

    fn network_list_all_ports(
        &self,
        cx: &Call,
        _net: &NetworkId,
        _flags: u32,
    ) -> Result<Vec<NetworkPortId>> {
        Err(cx.unsupported())
    }

    fn network_port_lookup_by_uuid(
        &self,
        cx: &Call,
        _net: &NetworkId,
        _uuid: &[u8; 16],
    ) -> Result<NetworkPortId> {
        Err(cx.unsupported())
    }

    fn network_port_get_xml_desc(
        &self,
        cx: &Call,
        _port: &NetworkPortId,
        _flags: u32,
    ) -> Result<String> {
        Err(cx.unsupported())
    }
}
