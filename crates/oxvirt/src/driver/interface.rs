//! The host interface family (libvirt's `virInterfaceDriver`).

use super::call::Call;
use super::ids::InterfaceId;
use crate::error::Result;

/// A connection's interface family. Every method defaults to libvirt's
/// "not supported" error, so a driver implements what it serves.
pub trait InterfaceDriver: Send + Sync {
    /// Active interfaces.
    fn num_of_interfaces(&self, cx: &Call) -> Result<usize> {
        Err(cx.unsupported())
    }

    fn list_all_interfaces(&self, cx: &Call, _flags: u32) -> Result<Vec<InterfaceId>> {
        Err(cx.unsupported())
    }

    fn interface_lookup_by_name(&self, cx: &Call, _name: &str) -> Result<InterfaceId> {
        Err(cx.unsupported())
    }

    fn interface_lookup_by_mac(&self, cx: &Call, _mac: &str) -> Result<InterfaceId> {
        Err(cx.unsupported())
    }

    fn interface_get_xml_desc(
        &self,
        cx: &Call,
        _iface: &InterfaceId,
        _flags: u32,
    ) -> Result<String> {
        Err(cx.unsupported())
    }

    fn interface_is_active(&self, cx: &Call, _iface: &InterfaceId) -> Result<bool> {
        Err(cx.unsupported())
    }
}
