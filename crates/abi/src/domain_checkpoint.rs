//! Types and constants of `libvirt-domain-checkpoint.h`.

#[allow(unused_imports)]
use crate::prelude::*;

/// Values of `virDomainCheckpointCreateFlags`.
/// Since: 5.6.0
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainCheckpointCreateFlags {
    /// Since: 5.6.0
    VIR_DOMAIN_CHECKPOINT_CREATE_REDEFINE = 1,
    /// Since: 5.6.0
    VIR_DOMAIN_CHECKPOINT_CREATE_QUIESCE = 2,
    /// Since: 6.10.0
    VIR_DOMAIN_CHECKPOINT_CREATE_REDEFINE_VALIDATE = 4,
}

/// Values of `virDomainCheckpointDeleteFlags`.
/// Since: 5.6.0
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainCheckpointDeleteFlags {
    /// Since: 5.6.0
    VIR_DOMAIN_CHECKPOINT_DELETE_CHILDREN = 1,
    /// Since: 5.6.0
    VIR_DOMAIN_CHECKPOINT_DELETE_METADATA_ONLY = 2,
    /// Since: 5.6.0
    VIR_DOMAIN_CHECKPOINT_DELETE_CHILDREN_ONLY = 4,
}

/// Values of `virDomainCheckpointListFlags`.
/// Since: 5.6.0
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainCheckpointListFlags {
    /// Since: 5.6.0
    VIR_DOMAIN_CHECKPOINT_LIST_DESCENDANTS = 1,
    /// Since: 5.6.0
    VIR_DOMAIN_CHECKPOINT_LIST_TOPOLOGICAL = 2,
    /// Since: 5.6.0
    VIR_DOMAIN_CHECKPOINT_LIST_LEAVES = 4,
    /// Since: 5.6.0
    VIR_DOMAIN_CHECKPOINT_LIST_NO_LEAVES = 8,
}

impl virDomainCheckpointListFlags {
    /// List only root checkpoints; without `_DESCENDANTS` in `virDomainCheckpointListAllChildren` the same bit means "all descendants".
    /// Rust forbids two variants with one value, so it is a constant here;
    /// the generated C header lists it inside the enum.
    /// Since: 5.6.0
    pub const VIR_DOMAIN_CHECKPOINT_LIST_ROOTS: Self = Self::VIR_DOMAIN_CHECKPOINT_LIST_DESCENDANTS;
}

/// Values of `virDomainCheckpointXMLFlags`.
/// Since: 5.6.0
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainCheckpointXMLFlags {
    /// Since: 5.6.0
    VIR_DOMAIN_CHECKPOINT_XML_SECURE = 1,
    /// Since: 5.6.0
    VIR_DOMAIN_CHECKPOINT_XML_NO_DOMAIN = 2,
    /// Since: 5.6.0
    VIR_DOMAIN_CHECKPOINT_XML_SIZE = 4,
}

/// The C handle `virDomainCheckpoint`; its contents are private to the library.
/// Since: 5.2.0
pub struct _virDomainCheckpoint {
    _private: [u8; 0],
}
/// `virDomainCheckpoint`.
/// Since: 5.2.0
pub type virDomainCheckpoint = _virDomainCheckpoint;

/// `virDomainCheckpointPtr`.
/// Since: 5.2.0
pub type virDomainCheckpointPtr = *mut virDomainCheckpoint;
