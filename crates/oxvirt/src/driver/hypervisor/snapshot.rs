//! Domain snapshots: created, listed, reverted to and deleted per domain.

use crate::driver::{Call, DomainId, SnapshotId};
use crate::error::Result;

/// A connection's domain snapshots; every method defaults to libvirt's
/// "not supported" error. Lists answer every selected name; the ffi layer
/// trims them to the caller's buffer.
pub trait SnapshotDriver: Send + Sync {
    fn snapshot_num(&self, cx: &Call, dom: &DomainId, flags: u32) -> Result<usize> {
        let _ = (dom, flags);
        Err(cx.unsupported())
    }
    fn snapshot_list_names(&self, cx: &Call, dom: &DomainId, flags: u32) -> Result<Vec<String>> {
        let _ = (dom, flags);
        Err(cx.unsupported())
    }
    fn list_all_snapshots(&self, cx: &Call, dom: &DomainId, flags: u32) -> Result<Vec<SnapshotId>> {
        let _ = (dom, flags);
        Err(cx.unsupported())
    }
    fn snapshot_num_children(&self, cx: &Call, snap: &SnapshotId, flags: u32) -> Result<usize> {
        let _ = (snap, flags);
        Err(cx.unsupported())
    }
    fn snapshot_list_children_names(
        &self,
        cx: &Call,
        snap: &SnapshotId,
        flags: u32,
    ) -> Result<Vec<String>> {
        let _ = (snap, flags);
        Err(cx.unsupported())
    }
    fn snapshot_list_all_children(
        &self,
        cx: &Call,
        snap: &SnapshotId,
        flags: u32,
    ) -> Result<Vec<SnapshotId>> {
        let _ = (snap, flags);
        Err(cx.unsupported())
    }
    fn snapshot_lookup_by_name(
        &self,
        cx: &Call,
        dom: &DomainId,
        name: &str,
        flags: u32,
    ) -> Result<SnapshotId> {
        let _ = (dom, name, flags);
        Err(cx.unsupported())
    }
    fn domain_has_current_snapshot(&self, cx: &Call, dom: &DomainId, flags: u32) -> Result<bool> {
        let _ = (dom, flags);
        Err(cx.unsupported())
    }
    fn snapshot_get_parent(&self, cx: &Call, snap: &SnapshotId, flags: u32) -> Result<SnapshotId> {
        let _ = (snap, flags);
        Err(cx.unsupported())
    }
    fn snapshot_current(&self, cx: &Call, dom: &DomainId, flags: u32) -> Result<SnapshotId> {
        let _ = (dom, flags);
        Err(cx.unsupported())
    }
    fn snapshot_get_xml_desc(&self, cx: &Call, snap: &SnapshotId, flags: u32) -> Result<String> {
        let _ = (snap, flags);
        Err(cx.unsupported())
    }
    fn snapshot_is_current(&self, cx: &Call, snap: &SnapshotId, flags: u32) -> Result<bool> {
        let _ = (snap, flags);
        Err(cx.unsupported())
    }
    fn snapshot_has_metadata(&self, cx: &Call, snap: &SnapshotId, flags: u32) -> Result<bool> {
        let _ = (snap, flags);
        Err(cx.unsupported())
    }
    /// The new snapshot, and the id the domain's handle takes when the
    /// creation stopped the domain.
    fn snapshot_create_xml(
        &self,
        cx: &Call,
        dom: &DomainId,
        xml: &str,
        flags: u32,
    ) -> Result<(SnapshotId, Option<i32>)> {
        let _ = (dom, xml, flags);
        Err(cx.unsupported())
    }
    /// The id the snapshot's domain handle takes when it changes.
    fn revert_to_snapshot(&self, cx: &Call, snap: &SnapshotId, flags: u32) -> Result<Option<i32>> {
        let _ = (snap, flags);
        Err(cx.unsupported())
    }
    fn snapshot_delete(&self, cx: &Call, snap: &SnapshotId, flags: u32) -> Result<()> {
        let _ = (snap, flags);
        Err(cx.unsupported())
    }
}
