//! Types and constants of `libvirt-domain-snapshot.h`.

#[allow(unused_imports)]
use crate::prelude::*;

/// Values of `virDomainSnapshotCreateFlags`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainSnapshotCreateFlags {
    VIR_DOMAIN_SNAPSHOT_CREATE_REDEFINE = 1,
    VIR_DOMAIN_SNAPSHOT_CREATE_CURRENT = 2,
    VIR_DOMAIN_SNAPSHOT_CREATE_NO_METADATA = 4,
    VIR_DOMAIN_SNAPSHOT_CREATE_HALT = 8,
    VIR_DOMAIN_SNAPSHOT_CREATE_DISK_ONLY = 16,
    VIR_DOMAIN_SNAPSHOT_CREATE_REUSE_EXT = 32,
    VIR_DOMAIN_SNAPSHOT_CREATE_QUIESCE = 64,
    VIR_DOMAIN_SNAPSHOT_CREATE_ATOMIC = 128,
    VIR_DOMAIN_SNAPSHOT_CREATE_LIVE = 256,
    VIR_DOMAIN_SNAPSHOT_CREATE_VALIDATE = 512,
}

/// Values of `virDomainSnapshotDeleteFlags`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainSnapshotDeleteFlags {
    VIR_DOMAIN_SNAPSHOT_DELETE_CHILDREN = 1,
    VIR_DOMAIN_SNAPSHOT_DELETE_METADATA_ONLY = 2,
    VIR_DOMAIN_SNAPSHOT_DELETE_CHILDREN_ONLY = 4,
}

/// Values of `virDomainSnapshotListFlags`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainSnapshotListFlags {
    VIR_DOMAIN_SNAPSHOT_LIST_DESCENDANTS = 1,
    VIR_DOMAIN_SNAPSHOT_LIST_METADATA = 2,
    VIR_DOMAIN_SNAPSHOT_LIST_LEAVES = 4,
    VIR_DOMAIN_SNAPSHOT_LIST_NO_LEAVES = 8,
    VIR_DOMAIN_SNAPSHOT_LIST_NO_METADATA = 16,
    VIR_DOMAIN_SNAPSHOT_LIST_INACTIVE = 32,
    VIR_DOMAIN_SNAPSHOT_LIST_ACTIVE = 64,
    VIR_DOMAIN_SNAPSHOT_LIST_DISK_ONLY = 128,
    VIR_DOMAIN_SNAPSHOT_LIST_INTERNAL = 256,
    VIR_DOMAIN_SNAPSHOT_LIST_EXTERNAL = 512,
    VIR_DOMAIN_SNAPSHOT_LIST_TOPOLOGICAL = 1024,
}

impl virDomainSnapshotListFlags {
    /// List only root snapshots; for child listings the same bit means "all descendants".
    /// Rust forbids two variants with one value, so it is a constant here;
    /// the generated C header lists it inside the enum.
    pub const VIR_DOMAIN_SNAPSHOT_LIST_ROOTS: Self = Self::VIR_DOMAIN_SNAPSHOT_LIST_DESCENDANTS;
}

/// Values of `virDomainSnapshotRevertFlags`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainSnapshotRevertFlags {
    VIR_DOMAIN_SNAPSHOT_REVERT_RUNNING = 1,
    VIR_DOMAIN_SNAPSHOT_REVERT_PAUSED = 2,
    VIR_DOMAIN_SNAPSHOT_REVERT_FORCE = 4,
    VIR_DOMAIN_SNAPSHOT_REVERT_RESET_NVRAM = 8,
}

/// Values of `virDomainSnapshotXMLFlags`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainSnapshotXMLFlags {
    VIR_DOMAIN_SNAPSHOT_XML_SECURE = 1,
}

/// The C handle `virDomainSnapshot`; its contents are private to the library.
pub struct _virDomainSnapshot {
    _private: [u8; 0],
}
/// `virDomainSnapshot`.
pub type virDomainSnapshot = _virDomainSnapshot;

/// `virDomainSnapshotPtr`.
pub type virDomainSnapshotPtr = *mut virDomainSnapshot;
