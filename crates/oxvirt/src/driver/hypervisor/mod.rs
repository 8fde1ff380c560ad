//! The hypervisor family (libvirt's `virHypervisorDriver`): the host,
//! domains, their snapshots and their checkpoints. Every connection has
//! one. libvirt keeps all of it in one table of some 300 methods; here it is
//! one trait per concern, so a driver implements each in its own file, and
//! [`HypervisorDriver`] is whatever implements all four.

pub mod checkpoint;
pub mod domain;
pub mod host;
pub mod snapshot;
pub mod tuning;

pub use checkpoint::CheckpointDriver;
pub use domain::{DomainDriver, DomainInfo, FsInfo};
pub use host::{HostDriver, NodeCpuMap, NodeInfo};
pub use snapshot::SnapshotDriver;
pub use tuning::{ControlInfo, IoThreadInfo, ParamsAnswer, TypedParam, TypedValue, VcpuInfo};

/// A whole hypervisor family.
pub trait HypervisorDriver: HostDriver + DomainDriver + SnapshotDriver + CheckpointDriver {}

impl<T: HostDriver + DomainDriver + SnapshotDriver + CheckpointDriver> HypervisorDriver for T {}
