//! The host device family (libvirt's `virNodeDeviceDriver`).

use super::call::Call;
use super::ids::NodeDeviceId;
use crate::error::Result;

/// A connection's nodedev family. Every method defaults to libvirt's
/// "not supported" error, so a driver implements what it serves.
pub trait NodeDeviceDriver: Send + Sync {
    fn node_num_of_devices(&self, cx: &Call, _cap: Option<&str>, _flags: u32) -> Result<usize> {
        Err(cx.unsupported())
    }

    fn list_all_node_devices(&self, cx: &Call, _flags: u32) -> Result<Vec<NodeDeviceId>> {
        Err(cx.unsupported())
    }

    fn node_device_lookup_by_name(&self, cx: &Call, _name: &str) -> Result<NodeDeviceId> {
        Err(cx.unsupported())
    }

    fn node_device_get_xml_desc(
        &self,
        cx: &Call,
        _dev: &NodeDeviceId,
        _flags: u32,
    ) -> Result<String> {
        Err(cx.unsupported())
    }

    fn node_device_get_parent(&self, cx: &Call, _dev: &NodeDeviceId) -> Result<Option<String>> {
        Err(cx.unsupported())
    }
}
