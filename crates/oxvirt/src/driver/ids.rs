//! What identifies each kind of object: exactly the fields libvirt's RPC
//! protocol carries for it (`remote_nonnull_*`), so the remote driver maps
//! an identity to the wire and back one to one, and a handle caches what
//! its getters (`virDomainGetName`, `virDomainGetID`, …) answer.

pub type Uuid = [u8; 16];

/// A domain: name, UUID, and its id (-1 while it does not run).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct DomainId {
    pub name: String,
    pub uuid: Uuid,
    pub id: i32,
}

/// A virtual network.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct NetworkId {
    pub name: String,
    pub uuid: Uuid,
}

/// A port of a network.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct NetworkPortId {
    pub net: NetworkId,
    pub uuid: Uuid,
}

/// A host interface: name and MAC address.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct InterfaceId {
    pub name: String,
    pub mac: String,
}

/// A storage pool.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct StoragePoolId {
    pub name: String,
    pub uuid: Uuid,
}

/// A storage volume: its pool's name, its own name and its key.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct StorageVolId {
    pub pool: String,
    pub name: String,
    pub key: String,
}

/// A host device.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct NodeDeviceId {
    pub name: String,
}

/// A secret: UUID and usage (a `virSecretUsageType` and its id).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct SecretId {
    pub uuid: Uuid,
    pub usage_type: i32,
    pub usage_id: String,
}

/// A network filter.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct NWFilterId {
    pub name: String,
    pub uuid: Uuid,
}

/// A network filter binding: the port device and the filter's name.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct NWFilterBindingId {
    pub portdev: String,
    pub filtername: String,
}

/// A domain snapshot: its name and its domain.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct SnapshotId {
    pub dom: DomainId,
    pub name: String,
}

/// A domain checkpoint: its name and its domain.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct CheckpointId {
    pub dom: DomainId,
    pub name: String,
}
