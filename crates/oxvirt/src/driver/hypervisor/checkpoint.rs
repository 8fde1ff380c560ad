//! Domain checkpoints: the points incremental backups start from.

/// A connection's domain checkpoints; every method defaults to libvirt's
/// "not supported" error.
pub trait CheckpointDriver: Send + Sync {}
