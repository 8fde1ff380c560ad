//! The public object kinds besides connections. Each handle holds its
//! object's identity (what libvirt's RPC protocol carries for it), the C
//! strings its getters hand out (owned by the handle, as libvirt's are),
//! and a reference to its connection, which it keeps alive.

use super::connect::{Connect, ConnectRef};
use super::handle::{tags, Class, Handle};
use crate::driver::ids::*;
use crate::driver::StreamDriver;
use std::ffi::CString;
use std::sync::atomic::{AtomicI32, Ordering};
use std::sync::{Arc, Mutex};

/// Anything that belongs to a connection.
pub trait OnConnect {
    fn conn(&self) -> &Handle<Connect>;
}

impl OnConnect for Handle<Connect> {
    fn conn(&self) -> &Handle<Connect> {
        self
    }
}

/// A C copy of `s` for a getter to hand out; a name with a NUL byte
/// cannot come from C, so an empty string stands in for it.
fn c_copy(s: &str) -> CString {
    CString::new(s).unwrap_or_default()
}

/// One object kind: `$name` wraps identity `$id`; `c_name` caches the
/// string its name getter returns, taken from the identity by `$cname`.
macro_rules! object {
    ($(#[$m:meta])* $name:ident, $tag:ident, $id:ty, |$i:ident| $cname:expr) => {
        $(#[$m])*
        pub struct $name {
            pub conn: ConnectRef,
            pub id: $id,
            /// What the name getter hands out, owned by the handle.
            pub c_name: CString,
        }
        impl $name {
            pub fn new(conn: ConnectRef, id: $id) -> Self {
                let $i = &id;
                let c_name = c_copy($cname);
                $name { conn, id, c_name }
            }
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

/// `virDomainPtr`. Like libvirt's, the handle caches the domain's id as it
/// was when the handle was made, and the calls that start or stop the
/// domain through this handle update that cache (`virDomainGetID` answers
/// it); other handles to the same domain keep theirs.
pub struct Domain {
    pub conn: ConnectRef,
    /// The identity the handle was made with.
    pub id: DomainId,
    /// What the name getter hands out, owned by the handle.
    pub c_name: CString,
    cur_id: AtomicI32,
}
impl Domain {
    pub fn new(conn: ConnectRef, id: DomainId) -> Self {
        let c_name = c_copy(&id.name);
        let cur_id = AtomicI32::new(id.id);
        Domain {
            conn,
            id,
            c_name,
            cur_id,
        }
    }
    /// The id the handle caches now.
    pub fn cached_id(&self) -> i32 {
        self.cur_id.load(Ordering::Relaxed)
    }
    /// The identity as the handle knows it now (what libvirt's remote
    /// driver would send for it).
    pub fn ident(&self) -> DomainId {
        DomainId {
            id: self.cached_id(),
            ..self.id.clone()
        }
    }
    /// Caches `id` after the driver started or stopped the domain.
    pub fn set_cached_id(&self, id: i32) {
        self.cur_id.store(id, Ordering::Relaxed);
    }
}
impl Class for Domain {
    const TAG: u32 = tags::DOMAIN;
}
impl OnConnect for Handle<Domain> {
    fn conn(&self) -> &Handle<Connect> {
        &self.conn
    }
}
object!(/// `virNetworkPtr`.
    Network, NETWORK, NetworkId, |i| &i.name);
object!(/// `virNetworkPortPtr`.
    NetworkPort, NETWORK_PORT, NetworkPortId, |i| &i.net.name);
object!(/// `virInterfacePtr`.
    Interface, INTERFACE, InterfaceId, |i| &i.name);
object!(/// `virStoragePoolPtr`.
    StoragePool, STORAGE_POOL, StoragePoolId, |i| &i.name);
object!(/// `virStorageVolPtr`.
    StorageVol, STORAGE_VOL, StorageVolId, |i| &i.name);
object!(/// `virNodeDevicePtr`.
    NodeDevice, NODE_DEVICE, NodeDeviceId, |i| &i.name);
object!(/// `virSecretPtr`; `c_name` is the usage id.
    Secret, SECRET, SecretId, |i| &i.usage_id);
object!(/// `virNWFilterPtr`.
    NWFilter, NWFILTER, NWFilterId, |i| &i.name);
object!(/// `virNWFilterBindingPtr`; `c_name` is the port device.
    NWFilterBinding, NWFILTER_BINDING, NWFilterBindingId, |i| &i.portdev);

/// A domain's snapshot or checkpoint: like libvirt's, its handle holds the
/// domain handle it was made from, which `…GetDomain` hands out.
macro_rules! moment {
    ($(#[$m:meta])* $name:ident, $tag:ident, $id:ident) => {
        $(#[$m])*
        pub struct $name {
            pub conn: ConnectRef,
            pub dom: Arc<Handle<Domain>>,
            pub id: $id,
            /// What the name getter hands out, owned by the handle.
            pub c_name: CString,
        }
        impl $name {
            /// The moment `name` of the domain behind `dom`.
            pub fn new(dom: Arc<Handle<Domain>>, name: String) -> Self {
                let c_name = c_copy(&name);
                $name {
                    conn: dom.conn.clone(),
                    id: $id {
                        dom: dom.ident(),
                        name,
                    },
                    dom,
                    c_name,
                }
            }
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

moment!(/// `virDomainSnapshotPtr`.
    Snapshot, SNAPSHOT, SnapshotId);
moment!(/// `virDomainCheckpointPtr`.
    Checkpoint, CHECKPOINT, CheckpointId);

/// `virStreamPtr`: its backend is attached by the operation that uses it.
pub struct Stream {
    pub conn: ConnectRef,
    pub flags: u32,
    pub backend: Mutex<Option<Arc<dyn StreamDriver>>>,
}
impl Class for Stream {
    const TAG: u32 = tags::STREAM;
}
impl OnConnect for Handle<Stream> {
    fn conn(&self) -> &Handle<Connect> {
        &self.conn
    }
}

/// `virAdmConnectPtr`: admin connections have no hypervisor connection.
pub struct AdmConnect {
    pub uri: String,
}
impl Class for AdmConnect {
    const TAG: u32 = tags::ADM_CONNECT;
}
/// `virAdmServerPtr`.
pub struct AdmServer {
    pub conn: Arc<Handle<AdmConnect>>,
    pub c_name: CString,
}
impl Class for AdmServer {
    const TAG: u32 = tags::ADM_SERVER;
}
/// `virAdmClientPtr`.
pub struct AdmClient {
    pub server: Arc<Handle<AdmServer>>,
    pub id: u64,
}
impl Class for AdmClient {
    const TAG: u32 = tags::ADM_CLIENT;
}
