//! The seam between the public API and a driver.
//!
//! libvirt splits a connection into families of driver methods; so do we:
//! one trait per family ([`HypervisorDriver`], [`NetworkDriver`], …), each
//! method taking the per-call context ([`Call`]) and naming objects by the
//! identity types of [`ids`]. Every method defaults to libvirt's "not
//! supported" error, so a partial driver is honest about what it lacks.
//! Arguments and results are plain Rust values; nothing here knows C, the
//! connection object or any concrete driver.

pub mod auth;
pub mod call;
pub mod events;
pub mod hypervisor;
pub mod ids;
pub mod interface;
pub mod network;
pub mod nodedev;
pub mod nwfilter;
pub mod secret;
pub mod storage;
pub mod stream;

pub use call::Call;
pub use hypervisor::{
    CheckpointDriver, ControlInfo, DomainDriver, DomainInfo, FsInfo, HostDriver, HypervisorDriver,
    NodeCpuMap, NodeInfo, ParamsAnswer, SnapshotDriver, TypedParam, TypedValue, VcpuInfo,
};
pub use ids::*;
pub use interface::InterfaceDriver;
pub use network::NetworkDriver;
pub use nodedev::NodeDeviceDriver;
pub use nwfilter::NWFilterDriver;
pub use secret::SecretDriver;
pub use storage::StorageDriver;
pub use stream::StreamDriver;

use std::sync::Arc;

/// What one opened driver serves: the hypervisor family always, the others
/// where it has them. A family left out answers every call with libvirt's
/// "not supported" error, which is what libvirt says when a connection has
/// no secondary driver of that kind.
pub struct Families {
    pub hypervisor: Arc<dyn HypervisorDriver>,
    pub network: Option<Arc<dyn NetworkDriver>>,
    pub storage: Option<Arc<dyn StorageDriver>>,
    pub interface: Option<Arc<dyn InterfaceDriver>>,
    pub nodedev: Option<Arc<dyn NodeDeviceDriver>>,
    pub secret: Option<Arc<dyn SecretDriver>>,
    pub nwfilter: Option<Arc<dyn NWFilterDriver>>,
}

impl Families {
    /// A driver that serves only the hypervisor family.
    pub fn hypervisor_only(hypervisor: Arc<dyn HypervisorDriver>) -> Self {
        Families {
            hypervisor,
            network: None,
            storage: None,
            interface: None,
            nodedev: None,
            secret: None,
            nwfilter: None,
        }
    }
}
