//! Domain checkpoints: the points incremental backups start from.

use crate::driver::{Call, CheckpointId, DomainId};
use crate::error::Result;

/// A connection's domain checkpoints; every method defaults to libvirt's
/// "not supported" error. Flags are the public API's, passed through.
pub trait CheckpointDriver: Send + Sync {
    /// `virDomainCheckpointCreateXML`: the checkpoint made (or redefined).
    fn checkpoint_create_xml(
        &self,
        cx: &Call,
        dom: &DomainId,
        xml: &str,
        flags: u32,
    ) -> Result<CheckpointId> {
        let _ = (dom, xml, flags);
        Err(cx.unsupported())
    }
    /// `virDomainCheckpointGetXMLDesc`.
    fn checkpoint_get_xml_desc(&self, cx: &Call, chk: &CheckpointId, flags: u32) -> Result<String> {
        let _ = (chk, flags);
        Err(cx.unsupported())
    }
    /// `virDomainListAllCheckpoints`.
    fn list_all_checkpoints(
        &self,
        cx: &Call,
        dom: &DomainId,
        flags: u32,
    ) -> Result<Vec<CheckpointId>> {
        let _ = (dom, flags);
        Err(cx.unsupported())
    }
    /// `virDomainCheckpointListAllChildren`.
    fn checkpoint_list_all_children(
        &self,
        cx: &Call,
        chk: &CheckpointId,
        flags: u32,
    ) -> Result<Vec<CheckpointId>> {
        let _ = (chk, flags);
        Err(cx.unsupported())
    }
    /// `virDomainCheckpointLookupByName`.
    fn checkpoint_lookup_by_name(
        &self,
        cx: &Call,
        dom: &DomainId,
        name: &str,
        flags: u32,
    ) -> Result<CheckpointId> {
        let _ = (dom, name, flags);
        Err(cx.unsupported())
    }
    /// `virDomainCheckpointGetParent`.
    fn checkpoint_get_parent(
        &self,
        cx: &Call,
        chk: &CheckpointId,
        flags: u32,
    ) -> Result<CheckpointId> {
        let _ = (chk, flags);
        Err(cx.unsupported())
    }
    /// `virDomainCheckpointDelete`.
    fn checkpoint_delete(&self, cx: &Call, chk: &CheckpointId, flags: u32) -> Result<()> {
        let _ = (chk, flags);
        Err(cx.unsupported())
    }
}
