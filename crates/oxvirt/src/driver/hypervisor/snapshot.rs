//! Domain snapshots: created, listed, reverted to and deleted per domain.

/// A connection's domain snapshots; every method defaults to libvirt's
/// "not supported" error.
pub trait SnapshotDriver: Send + Sync {}
