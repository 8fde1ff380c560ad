//! The public object kinds besides connections. Each caches what libvirt's
//! handle caches (name, UUID, id) and keeps its connection alive.

use super::connect::{Connect, ConnectRef};
use super::handle::{tags, Class, Handle};
use crate::driver::DomainId;
use std::ffi::CString;

/// Anything that belongs to a connection.
pub trait OnConnect {
    fn conn(&self) -> &Handle<Connect>;
}

impl OnConnect for Handle<Connect> {
    fn conn(&self) -> &Handle<Connect> {
        self
    }
}

/// `virDomainPtr`.
pub struct Domain {
    pub conn: ConnectRef,
    pub id: DomainId,
    /// The name as `virDomainGetName` hands it out (owned by the handle).
    pub c_name: CString,
}

impl Domain {
    pub fn new(conn: ConnectRef, id: DomainId) -> Self {
        let c_name = CString::new(id.name.clone()).unwrap_or_default();
        Domain { conn, id, c_name }
    }
}

impl Class for Domain {
    const TAG: u32 = tags::DOMAIN;
}

/// Objects whose families are not implemented yet: a name and the
/// connection, so their handles can already be checked and counted.
macro_rules! named_object {
    ($(#[$m:meta])* $name:ident, $tag:ident) => {
        $(#[$m])*
        pub struct $name {
            pub conn: ConnectRef,
            pub c_name: CString,
        }
        impl Class for $name {
            const TAG: u32 = tags::$tag;
        }
        impl OnConnect for Handle<$name> {
            fn conn(&self) -> &Handle<Connect> {
                &self.conn
            }
        }
    };
}

impl OnConnect for Handle<Domain> {
    fn conn(&self) -> &Handle<Connect> {
        &self.conn
    }
}

named_object!(/// `virNetworkPtr`.
    Network, NETWORK);
named_object!(/// `virNetworkPortPtr`.
    NetworkPort, NETWORK_PORT);
named_object!(/// `virInterfacePtr`.
    Interface, INTERFACE);
named_object!(/// `virStoragePoolPtr`.
    StoragePool, STORAGE_POOL);
named_object!(/// `virStorageVolPtr`.
    StorageVol, STORAGE_VOL);
named_object!(/// `virNodeDevicePtr`.
    NodeDevice, NODE_DEVICE);
named_object!(/// `virSecretPtr`.
    Secret, SECRET);
named_object!(/// `virNWFilterPtr`.
    NWFilter, NWFILTER);
named_object!(/// `virNWFilterBindingPtr`.
    NWFilterBinding, NWFILTER_BINDING);
named_object!(/// `virStreamPtr`.
    Stream, STREAM);
named_object!(/// `virDomainSnapshotPtr`.
    Snapshot, SNAPSHOT);
named_object!(/// `virDomainCheckpointPtr`.
    Checkpoint, CHECKPOINT);

/// `virAdmConnectPtr`: admin connections have no hypervisor connection.
pub struct AdmConnect {
    pub uri: String,
}
impl Class for AdmConnect {
    const TAG: u32 = tags::ADM_CONNECT;
}
/// `virAdmServerPtr`.
pub struct AdmServer {
    pub conn: std::sync::Arc<Handle<AdmConnect>>,
    pub c_name: CString,
}
impl Class for AdmServer {
    const TAG: u32 = tags::ADM_SERVER;
}
/// `virAdmClientPtr`.
pub struct AdmClient {
    pub server: std::sync::Arc<Handle<AdmServer>>,
    pub id: u64,
}
impl Class for AdmClient {
    const TAG: u32 = tags::ADM_CLIENT;
}
