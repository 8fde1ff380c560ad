//! The public object kinds besides connections. Each handle holds its
//! object's identity (what libvirt's RPC protocol carries for it), the C
//! strings its getters hand out (owned by the handle, as libvirt's are),
//! and a reference to its connection, which it keeps alive.

use super::connect::{Connect, ConnectRef};
use super::handle::{tags, Class, Handle};
use crate::driver::ids::*;
use crate::driver::StreamDriver;
use std::ffi::CString;
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

object!(/// `virDomainPtr`.
    Domain, DOMAIN, DomainId, |i| &i.name);
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
object!(/// `virDomainSnapshotPtr`.
    Snapshot, SNAPSHOT, SnapshotId, |i| &i.name);
object!(/// `virDomainCheckpointPtr`.
    Checkpoint, CHECKPOINT, CheckpointId, |i| &i.name);

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
