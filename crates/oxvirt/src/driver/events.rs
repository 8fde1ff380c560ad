//! The events a driver raises about its domains, and where it puts them.
//!
//! A driver decides *what* happened (libvirt's event and detail codes, in
//! libvirt's order); delivering events to applications' callbacks is core's
//! business (`base::event_hub`). The two meet at [`EventSink`]: a driver
//! pushes each event into the sink it was given, and never waits for
//! delivery, so raising an event can happen at the point the state changes.

use crate::driver::ids::{DomainId, NetworkId, NodeDeviceId, SecretId, StoragePoolId};
use crate::driver::TypedParam;
use oxvirt_abi::virDomainEventID;
use std::sync::Mutex;

/// What an event says, one variant per `virDomainEventID` (the fields are
/// the extra arguments of that id's callback type).
#[derive(Clone, Debug, PartialEq)]
pub enum DomainEventKind {
    /// `VIR_DOMAIN_EVENT_ID_LIFECYCLE`: a `virDomainEventType` and its
    /// detail (`virDomainEvent*DetailType` of that type).
    Lifecycle { event: i32, detail: i32 },
    /// `VIR_DOMAIN_EVENT_ID_REBOOT`.
    Reboot,
    /// `VIR_DOMAIN_EVENT_ID_RTC_CHANGE`: the guest clock's new offset.
    RtcChange { offset: i64 },
    /// `VIR_DOMAIN_EVENT_ID_WATCHDOG`: a `virDomainEventWatchdogAction`.
    Watchdog { action: i32 },
    /// `VIR_DOMAIN_EVENT_ID_DEVICE_REMOVED`: the device's alias.
    DeviceRemoved { alias: String },
    /// `VIR_DOMAIN_EVENT_ID_METADATA_CHANGE`: a `virDomainMetadataType` and
    /// the namespace URI for `VIR_DOMAIN_METADATA_ELEMENT`.
    MetadataChange { kind: i32, nsuri: Option<String> },
    /// `VIR_DOMAIN_EVENT_ID_IO_ERROR`, or with a reason
    /// `VIR_DOMAIN_EVENT_ID_IO_ERROR_REASON` (libvirt raises both).
    IoError {
        src_path: String,
        dev_alias: String,
        action: i32,
        reason: Option<String>,
    },
    /// `VIR_DOMAIN_EVENT_ID_GRAPHICS`.
    Graphics {
        phase: i32,
        local: GraphicsAddress,
        remote: GraphicsAddress,
        auth_scheme: String,
        /// (type, name) pairs.
        subject: Vec<(String, String)>,
    },
    /// `VIR_DOMAIN_EVENT_ID_CONTROL_ERROR`.
    ControlError,
    /// `VIR_DOMAIN_EVENT_ID_BLOCK_JOB` (disk by path), or with `by_target`
    /// `VIR_DOMAIN_EVENT_ID_BLOCK_JOB_2` (disk by target name).
    BlockJob {
        disk: String,
        job: i32,
        status: i32,
        by_target: bool,
    },
    /// `VIR_DOMAIN_EVENT_ID_DISK_CHANGE`.
    DiskChange {
        old_src: Option<String>,
        new_src: Option<String>,
        dev_alias: String,
        reason: i32,
    },
    /// `VIR_DOMAIN_EVENT_ID_TRAY_CHANGE`.
    TrayChange { dev_alias: String, reason: i32 },
    /// `VIR_DOMAIN_EVENT_ID_PMWAKEUP`.
    PmWakeup { reason: i32 },
    /// `VIR_DOMAIN_EVENT_ID_PMSUSPEND`.
    PmSuspend { reason: i32 },
    /// `VIR_DOMAIN_EVENT_ID_BALLOON_CHANGE`: the new balloon size in KiB.
    BalloonChange { actual: u64 },
    /// `VIR_DOMAIN_EVENT_ID_PMSUSPEND_DISK`.
    PmSuspendDisk { reason: i32 },
    /// `VIR_DOMAIN_EVENT_ID_TUNABLE`.
    Tunable { params: Vec<TypedParam> },
    /// `VIR_DOMAIN_EVENT_ID_AGENT_LIFECYCLE`.
    AgentLifecycle { state: i32, reason: i32 },
    /// `VIR_DOMAIN_EVENT_ID_DEVICE_ADDED`.
    DeviceAdded { alias: String },
    /// `VIR_DOMAIN_EVENT_ID_MIGRATION_ITERATION`.
    MigrationIteration { iteration: i32 },
    /// `VIR_DOMAIN_EVENT_ID_JOB_COMPLETED`.
    JobCompleted { params: Vec<TypedParam> },
    /// `VIR_DOMAIN_EVENT_ID_DEVICE_REMOVAL_FAILED`.
    DeviceRemovalFailed { alias: String },
    /// `VIR_DOMAIN_EVENT_ID_BLOCK_THRESHOLD`.
    BlockThreshold {
        dev: String,
        path: Option<String>,
        threshold: u64,
        excess: u64,
    },
    /// `VIR_DOMAIN_EVENT_ID_MEMORY_FAILURE`.
    MemoryFailure {
        recipient: i32,
        action: i32,
        flags: u32,
    },
    /// `VIR_DOMAIN_EVENT_ID_MEMORY_DEVICE_SIZE_CHANGE`.
    MemoryDeviceSizeChange { alias: String, size: u64 },
}

/// One end of a graphics connection (`virDomainEventGraphicsAddress`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GraphicsAddress {
    /// A `virDomainEventGraphicsAddressType`.
    pub family: i32,
    pub node: String,
    pub service: String,
}

/// One domain event: the domain as the event names it (libvirt's events
/// carry the name, UUID and id the domain had when the event was made,
/// which for a stopped persistent domain is already id -1) and what
/// happened to it.
#[derive(Clone, Debug, PartialEq)]
pub struct DomainEvent {
    pub dom: DomainId,
    pub kind: DomainEventKind,
}

impl DomainEvent {
    /// A life-cycle event (`virDomainEventType`, detail).
    pub fn lifecycle(dom: DomainId, event: i32, detail: i32) -> Self {
        DomainEvent {
            dom,
            kind: DomainEventKind::Lifecycle { event, detail },
        }
    }

    /// The `virDomainEventID` an application registers for to get this.
    pub fn event_id(&self) -> i32 {
        use virDomainEventID as E;
        (match self.kind {
            DomainEventKind::Lifecycle { .. } => E::VIR_DOMAIN_EVENT_ID_LIFECYCLE,
            DomainEventKind::Reboot => E::VIR_DOMAIN_EVENT_ID_REBOOT,
            DomainEventKind::RtcChange { .. } => E::VIR_DOMAIN_EVENT_ID_RTC_CHANGE,
            DomainEventKind::Watchdog { .. } => E::VIR_DOMAIN_EVENT_ID_WATCHDOG,
            DomainEventKind::DeviceRemoved { .. } => E::VIR_DOMAIN_EVENT_ID_DEVICE_REMOVED,
            DomainEventKind::MetadataChange { .. } => E::VIR_DOMAIN_EVENT_ID_METADATA_CHANGE,
            DomainEventKind::IoError { reason: None, .. } => E::VIR_DOMAIN_EVENT_ID_IO_ERROR,
            DomainEventKind::IoError { .. } => E::VIR_DOMAIN_EVENT_ID_IO_ERROR_REASON,
            DomainEventKind::Graphics { .. } => E::VIR_DOMAIN_EVENT_ID_GRAPHICS,
            DomainEventKind::ControlError => E::VIR_DOMAIN_EVENT_ID_CONTROL_ERROR,
            DomainEventKind::BlockJob {
                by_target: false, ..
            } => E::VIR_DOMAIN_EVENT_ID_BLOCK_JOB,
            DomainEventKind::BlockJob { .. } => E::VIR_DOMAIN_EVENT_ID_BLOCK_JOB_2,
            DomainEventKind::DiskChange { .. } => E::VIR_DOMAIN_EVENT_ID_DISK_CHANGE,
            DomainEventKind::TrayChange { .. } => E::VIR_DOMAIN_EVENT_ID_TRAY_CHANGE,
            DomainEventKind::PmWakeup { .. } => E::VIR_DOMAIN_EVENT_ID_PMWAKEUP,
            DomainEventKind::PmSuspend { .. } => E::VIR_DOMAIN_EVENT_ID_PMSUSPEND,
            DomainEventKind::BalloonChange { .. } => E::VIR_DOMAIN_EVENT_ID_BALLOON_CHANGE,
            DomainEventKind::PmSuspendDisk { .. } => E::VIR_DOMAIN_EVENT_ID_PMSUSPEND_DISK,
            DomainEventKind::Tunable { .. } => E::VIR_DOMAIN_EVENT_ID_TUNABLE,
            DomainEventKind::AgentLifecycle { .. } => E::VIR_DOMAIN_EVENT_ID_AGENT_LIFECYCLE,
            DomainEventKind::DeviceAdded { .. } => E::VIR_DOMAIN_EVENT_ID_DEVICE_ADDED,
            DomainEventKind::MigrationIteration { .. } => {
                E::VIR_DOMAIN_EVENT_ID_MIGRATION_ITERATION
            }
            DomainEventKind::JobCompleted { .. } => E::VIR_DOMAIN_EVENT_ID_JOB_COMPLETED,
            DomainEventKind::DeviceRemovalFailed { .. } => {
                E::VIR_DOMAIN_EVENT_ID_DEVICE_REMOVAL_FAILED
            }
            DomainEventKind::BlockThreshold { .. } => E::VIR_DOMAIN_EVENT_ID_BLOCK_THRESHOLD,
            DomainEventKind::MemoryFailure { .. } => E::VIR_DOMAIN_EVENT_ID_MEMORY_FAILURE,
            DomainEventKind::MemoryDeviceSizeChange { .. } => {
                E::VIR_DOMAIN_EVENT_ID_MEMORY_DEVICE_SIZE_CHANGE
            }
        }) as i32
    }
}

/// The event families an application registers for, each with its own
/// event ids and callback signatures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Family {
    Domain,
    Network,
    StoragePool,
    NodeDevice,
    Secret,
    /// libvirt-qemu's monitor events (`virConnectDomainQemuMonitorEventRegister`).
    QemuMonitor,
}

/// An event of any family. The non-domain families carry libvirt's two
/// kinds each: a life-cycle event (event, detail) and the family's second
/// id (pool refresh, device update, secret value change), told apart by
/// `event_id`.
#[derive(Clone, Debug, PartialEq)]
pub enum ObjectEvent {
    Domain(DomainEvent),
    Network {
        net: NetworkId,
        event: i32,
        detail: i32,
    },
    StoragePool {
        pool: StoragePoolId,
        event_id: i32,
        event: i32,
        detail: i32,
    },
    NodeDevice {
        dev: NodeDeviceId,
        event_id: i32,
        event: i32,
        detail: i32,
    },
    Secret {
        secret: SecretId,
        event_id: i32,
        event: i32,
        detail: i32,
    },
    QemuMonitor {
        dom: DomainId,
        event: String,
        seconds: i64,
        micros: u32,
        details: Option<String>,
    },
}

impl ObjectEvent {
    pub fn family(&self) -> Family {
        match self {
            ObjectEvent::Domain(_) => Family::Domain,
            ObjectEvent::Network { .. } => Family::Network,
            ObjectEvent::StoragePool { .. } => Family::StoragePool,
            ObjectEvent::NodeDevice { .. } => Family::NodeDevice,
            ObjectEvent::Secret { .. } => Family::Secret,
            ObjectEvent::QemuMonitor { .. } => Family::QemuMonitor,
        }
    }

    /// The family's event id an application registers for to get this.
    pub fn event_id(&self) -> i32 {
        match self {
            ObjectEvent::Domain(d) => d.event_id(),
            ObjectEvent::Network { .. } | ObjectEvent::QemuMonitor { .. } => 0,
            ObjectEvent::StoragePool { event_id, .. }
            | ObjectEvent::NodeDevice { event_id, .. }
            | ObjectEvent::Secret { event_id, .. } => *event_id,
        }
    }

    /// Whether this event is about the object a registration filters on,
    /// named as libvirt keys it: domains, networks, pools and secrets by
    /// UUID, node devices by name.
    pub fn is_about(&self, key: &ObjectKey) -> bool {
        match (self, key) {
            (ObjectEvent::Domain(d), ObjectKey::Uuid(u)) => d.dom.uuid == *u,
            (ObjectEvent::QemuMonitor { dom, .. }, ObjectKey::Uuid(u)) => dom.uuid == *u,
            (ObjectEvent::Network { net, .. }, ObjectKey::Uuid(u)) => net.uuid == *u,
            (ObjectEvent::StoragePool { pool, .. }, ObjectKey::Uuid(u)) => pool.uuid == *u,
            (ObjectEvent::Secret { secret, .. }, ObjectKey::Uuid(u)) => secret.uuid == *u,
            (ObjectEvent::NodeDevice { dev, .. }, ObjectKey::Name(n)) => dev.name == *n,
            _ => false,
        }
    }
}

/// The object a registration is limited to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ObjectKey {
    Uuid(crate::driver::ids::Uuid),
    Name(String),
}

impl From<DomainEvent> for ObjectEvent {
    fn from(ev: DomainEvent) -> Self {
        ObjectEvent::Domain(ev)
    }
}

/// Where a driver puts the events it raises. Pushing must not block on
/// delivery and must not call back into the driver: drivers may push while
/// they hold the lock of the object the event is about, so that events
/// about one object keep the order of its changes.
pub trait EventSink: Send + Sync {
    fn push_event(&self, ev: ObjectEvent);

    /// Raises a domain event.
    fn push(&self, ev: DomainEvent) {
        self.push_event(ObjectEvent::Domain(ev))
    }
}

/// The sink of a driver nobody listens to: events are dropped.
pub struct DropSink;

impl EventSink for DropSink {
    fn push_event(&self, _ev: ObjectEvent) {}
}

/// A sink that keeps every domain event, in order (tests read it back).
#[derive(Default)]
pub struct RecordingSink {
    events: Mutex<Vec<DomainEvent>>,
}

impl RecordingSink {
    /// The events pushed so far, oldest first.
    pub fn events(&self) -> Vec<DomainEvent> {
        self.events
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }
}

impl EventSink for RecordingSink {
    fn push_event(&self, ev: ObjectEvent) {
        if let ObjectEvent::Domain(ev) = ev {
            self.events
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .push(ev);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn event_ids_and_recording() {
        let dom = DomainId {
            name: "a".into(),
            uuid: [0; 16],
            id: -1,
        };
        let sink = RecordingSink::default();
        sink.push(DomainEvent::lifecycle(dom.clone(), 0, 0));
        sink.push(DomainEvent {
            dom: dom.clone(),
            kind: DomainEventKind::Reboot,
        });
        let got = sink.events();
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].event_id(), 0);
        assert_eq!(got[1].event_id(), 1);
        DropSink.push(got[0].clone());
    }
}
