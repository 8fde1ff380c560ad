//! The network filter family, with filter bindings (libvirt's
//! `virNWFilterDriver`).

use super::call::Call;
use super::ids::{NWFilterBindingId, NWFilterId};
use crate::error::Result;

/// A connection's nwfilter family. Every method defaults to libvirt's
/// "not supported" error, so a driver implements what it serves.
pub trait NWFilterDriver: Send + Sync {
    fn num_of_nwfilters(&self, cx: &Call) -> Result<usize> {
        Err(cx.unsupported())
    }

    fn list_all_nwfilters(&self, cx: &Call, _flags: u32) -> Result<Vec<NWFilterId>> {
        Err(cx.unsupported())
    }

    fn nwfilter_lookup_by_name(&self, cx: &Call, _name: &str) -> Result<NWFilterId> {
        Err(cx.unsupported())
    }

    fn nwfilter_lookup_by_uuid(&self, cx: &Call, _uuid: &[u8; 16]) -> Result<NWFilterId> {
        Err(cx.unsupported())
    }

    fn nwfilter_get_xml_desc(
        &self,
        cx: &Call,
        _filter: &NWFilterId,
        _flags: u32,
    ) -> Result<String> {
        Err(cx.unsupported())
    }

    fn list_all_nwfilter_bindings(&self, cx: &Call, _flags: u32) -> Result<Vec<NWFilterBindingId>> {
        Err(cx.unsupported())
    }

    fn nwfilter_binding_lookup_by_port_dev(
        &self,
        cx: &Call,
        _portdev: &str,
    ) -> Result<NWFilterBindingId> {
        Err(cx.unsupported())
    }

    fn nwfilter_binding_get_xml_desc(
        &self,
        cx: &Call,
        _binding: &NWFilterBindingId,
        _flags: u32,
    ) -> Result<String> {
        Err(cx.unsupported())
    }
}
