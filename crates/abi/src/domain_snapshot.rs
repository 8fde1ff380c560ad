//! Types and constants of `libvirt-domain-snapshot.h`.

#[allow(unused_imports)]
use crate::prelude::*;

/// Values of `virDomainSnapshotCreateFlags`.
/// Since: 0.9.5
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainSnapshotCreateFlags {
    /// Since: 0.9.5
    VIR_DOMAIN_SNAPSHOT_CREATE_REDEFINE = 1,
    /// Since: 0.9.5
    VIR_DOMAIN_SNAPSHOT_CREATE_CURRENT = 2,
    /// Since: 0.9.5
    VIR_DOMAIN_SNAPSHOT_CREATE_NO_METADATA = 4,
    /// Since: 0.9.5
    VIR_DOMAIN_SNAPSHOT_CREATE_HALT = 8,
    /// Since: 0.9.5
    VIR_DOMAIN_SNAPSHOT_CREATE_DISK_ONLY = 16,
    /// Since: 0.9.10
    VIR_DOMAIN_SNAPSHOT_CREATE_REUSE_EXT = 32,
    /// Since: 0.9.10
    VIR_DOMAIN_SNAPSHOT_CREATE_QUIESCE = 64,
    /// Since: 0.9.11
    VIR_DOMAIN_SNAPSHOT_CREATE_ATOMIC = 128,
    /// Since: 1.0.1
    VIR_DOMAIN_SNAPSHOT_CREATE_LIVE = 256,
    /// Since: 5.6.0
    VIR_DOMAIN_SNAPSHOT_CREATE_VALIDATE = 512,
}

/// Values of `virDomainSnapshotDeleteFlags`.
/// Since: 0.8.0
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainSnapshotDeleteFlags {
    /// Since: 0.8.0
    VIR_DOMAIN_SNAPSHOT_DELETE_CHILDREN = 1,
    /// Since: 0.9.5
    VIR_DOMAIN_SNAPSHOT_DELETE_METADATA_ONLY = 2,
    /// Since: 0.9.5
    VIR_DOMAIN_SNAPSHOT_DELETE_CHILDREN_ONLY = 4,
}

/// Values of `virDomainSnapshotListFlags`.
/// Since: 0.9.5
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainSnapshotListFlags {
    /// Since: 0.9.7
    VIR_DOMAIN_SNAPSHOT_LIST_DESCENDANTS = 1,
    /// Since: 0.9.5
    VIR_DOMAIN_SNAPSHOT_LIST_METADATA = 2,
    /// Since: 0.9.7
    VIR_DOMAIN_SNAPSHOT_LIST_LEAVES = 4,
    /// Since: 0.9.13
    VIR_DOMAIN_SNAPSHOT_LIST_NO_LEAVES = 8,
    /// Since: 0.9.13
    VIR_DOMAIN_SNAPSHOT_LIST_NO_METADATA = 16,
    /// Since: 1.0.1
    VIR_DOMAIN_SNAPSHOT_LIST_INACTIVE = 32,
    /// Since: 1.0.1
    VIR_DOMAIN_SNAPSHOT_LIST_ACTIVE = 64,
    /// Since: 1.0.1
    VIR_DOMAIN_SNAPSHOT_LIST_DISK_ONLY = 128,
    /// Since: 1.0.1
    VIR_DOMAIN_SNAPSHOT_LIST_INTERNAL = 256,
    /// Since: 1.0.1
    VIR_DOMAIN_SNAPSHOT_LIST_EXTERNAL = 512,
    /// Since: 5.2.0
    VIR_DOMAIN_SNAPSHOT_LIST_TOPOLOGICAL = 1024,
}

impl virDomainSnapshotListFlags {
    /// List only root snapshots; for child listings the same bit means "all descendants".
    /// Rust forbids two variants with one value, so it is a constant here;
    /// the generated C header lists it inside the enum.
    /// Since: 0.9.5
    pub const VIR_DOMAIN_SNAPSHOT_LIST_ROOTS: Self = Self::VIR_DOMAIN_SNAPSHOT_LIST_DESCENDANTS;
}

/// Values of `virDomainSnapshotRevertFlags`.
/// Since: 0.9.5
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainSnapshotRevertFlags {
    /// Since: 0.9.5
    VIR_DOMAIN_SNAPSHOT_REVERT_RUNNING = 1,
    /// Since: 0.9.5
    VIR_DOMAIN_SNAPSHOT_REVERT_PAUSED = 2,
    /// Since: 0.9.7
    VIR_DOMAIN_SNAPSHOT_REVERT_FORCE = 4,
    /// Since: 8.1.0
    VIR_DOMAIN_SNAPSHOT_REVERT_RESET_NVRAM = 8,
}

/// Values of `virDomainSnapshotXMLFlags`.
/// Since: 5.1.0
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainSnapshotXMLFlags {
    /// Since: 5.1.0
    VIR_DOMAIN_SNAPSHOT_XML_SECURE = 1,
}

/// The C handle `virDomainSnapshot`; its contents are private to the library.
/// Since: 0.8.0
pub struct _virDomainSnapshot {
    _private: [u8; 0],
}
/// `virDomainSnapshot`.
/// Since: 0.8.0
pub type virDomainSnapshot = _virDomainSnapshot;

/// `virDomainSnapshotPtr`.
/// Since: 0.8.0
pub type virDomainSnapshotPtr = *mut virDomainSnapshot;
