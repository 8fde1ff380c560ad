//! One domain's snapshots as data: the definitions by name and which one is
//! current. The shared state holds it; the snapshot calls (snapshots.rs)
//! query and change it. Kept apart so the state needs nothing of those calls.

use crate::conf::snapshot::SnapshotDef;
use std::collections::BTreeMap;
use std::sync::Arc;

/// One domain's snapshots, by name.
#[derive(Clone, Default)]
pub struct Snapshots {
    pub(super) defs: BTreeMap<String, Arc<SnapshotDef>>,
    pub(super) current: Option<String>,
}
