//! The state every connection to one test URI shares: the host, and the
//! domains indexed by name, UUID and id.

use super::default_config;
use crate::base::event_hub::EventHub;
use crate::conf::capabilities::Capabilities;
use crate::conf::domain::DomainDef;
use crate::driver::events::{DomainEvent, EventSink};
use crate::driver::{DomainId, NodeInfo};
use crate::error::Result;
use crossbeam_utils::sync::ShardedLock;
use oxvirt_abi::virDomainState;
use std::collections::HashMap;
use std::sync::atomic::{AtomicI32, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, OnceLock, RwLock, Weak};

/// One domain of the test hypervisor. Everything about it sits behind one
/// mutex, held only while the domain itself is read or changed; its
/// definitions are `Arc` snapshots, so a reader clones one and formats or
/// inspects it after letting go of the lock.
pub struct DomainObj {
    st: Mutex<ObjState>,
}

/// What libvirt's `virDomainObj` holds for the test driver.
#[derive(Clone)]
pub struct ObjState {
    /// The running definition while the domain runs, else the persistent one.
    pub def: Arc<DomainDef>,
    /// While a persistent domain runs: its persistent definition, which
    /// becomes `def` again when it stops (libvirt's `newDef`).
    pub new_def: Option<Arc<DomainDef>>,
    /// -1 while shut off.
    pub id: i32,
    pub state: i32,
    pub reason: i32,
    pub persistent: bool,
    pub autostart: bool,
    pub managed_save: bool,
    /// The domain's snapshots (snapshots.rs).
    pub snapshots: super::snapshot_tree::Snapshots,
    /// The domain's checkpoints (checkpoints.rs).
    pub checkpoints: super::checkpoint_tree::Checkpoints,
    /// The guest's clock as `virDomainSetTime` last set it: (seconds,
    /// nanoseconds); it also drives `virDomainGetControlInfo`.
    pub time: (i64, u32),
    /// Whether the guest's "/" and "/boot" are frozen (guest.rs); kept
    /// for the object's lifetime, across stops and starts, as libvirt's.
    pub frozen: [bool; 2],
    /// The XML last formatted for this domain (xml_cache.rs).
    pub xml_cache: Option<super::xml_cache::XmlCache>,
    /// The polling settings of the I/O threads the driver knows about
    /// (iothreads.rs): made for domains of a configuration file and by
    /// `virDomainAddIOThread`, as libvirt's test driver makes them.
    pub iothread_poll: Vec<super::iothread_poll::Poll>,
}

impl ObjState {
    /// A domain that was just added: shut off for an unknown reason, as
    /// libvirt's new domain objects are.
    pub(super) fn new(def: Arc<DomainDef>) -> Self {
        ObjState {
            def,
            new_def: None,
            id: -1,
            state: virDomainState::VIR_DOMAIN_SHUTOFF as i32,
            reason: 0,
            persistent: false,
            autostart: false,
            managed_save: false,
            snapshots: Default::default(),
            checkpoints: Default::default(),
            // libvirt's test driver starts every domain's clock here.
            time: (627_319_920, 0),
            frozen: [false; 2],
            xml_cache: None,
            iothread_poll: Vec::new(),
        }
    }
    pub(super) fn active(&self) -> bool {
        self.id >= 0
    }
    /// The domain as libvirt names it in handles and events made now.
    pub(super) fn ident(&self) -> DomainId {
        DomainId {
            name: self.def.name.clone(),
            uuid: self.def.uuid,
            id: self.id,
        }
    }
}

impl DomainObj {
    pub(super) fn new(st: ObjState) -> Arc<Self> {
        Arc::new(DomainObj { st: Mutex::new(st) })
    }
    /// The domain's state, locked: callers keep the guard only while they
    /// work on this one domain.
    pub(super) fn lock(&self) -> MutexGuard<'_, ObjState> {
        self.st.lock().unwrap_or_else(|p| p.into_inner())
    }
    pub(super) fn def(&self) -> Arc<DomainDef> {
        self.lock().def.clone()
    }
    /// (id, state, reason); id is -1 while shut off.
    pub(super) fn run(&self) -> (i32, i32, i32) {
        let s = self.lock();
        (s.id, s.state, s.reason)
    }
    pub(super) fn id(&self) -> DomainId {
        self.lock().ident()
    }
}

#[derive(Default)]
pub struct Domains {
    pub by_name: HashMap<String, Arc<DomainObj>>,
    pub by_uuid: HashMap<[u8; 16], Arc<DomainObj>>,
    pub by_id: HashMap<i32, Arc<DomainObj>>,
}

/// The state every connection to one test URI shares.
pub struct TestState {
    pub caps: Arc<Capabilities>,
    pub node: NodeInfo,
    /// The indexes. Lock order: this lock, then one domain's; never two
    /// domains' at once.
    /// The index, read on nearly every call and written only when domains
    /// come and go: a sharded lock, so that readers on different cores do
    /// not write one shared reader count (which bounced between cores and
    /// kept calls on one connection from scaling).
    pub domains: ShardedLock<Domains>,
    /// The id the next started domain gets (libvirt counts from 1 and
    /// never reuses one).
    pub next_id: AtomicI32,
    /// Delivers this state's events to every connection sharing it.
    pub hub: Arc<EventHub>,
    /// Where events go: the hub (tests put a recorder here).
    pub events: RwLock<Arc<dyn EventSink>>,
}

impl TestState {
    pub(super) fn new_default() -> Result<TestState> {
        // The host never changes: built once per process, like the default
        // domains' definitions.
        static CONFIG: OnceLock<(Arc<Capabilities>, NodeInfo, Vec<&'static str>)> = OnceLock::new();
        let (caps, node, xmls) = CONFIG.get_or_init(|| {
            let cfg = default_config::build();
            (Arc::new(cfg.caps), cfg.node, cfg.domains)
        });
        let hub = EventHub::new();
        let st = TestState {
            caps: caps.clone(),
            node: node.clone(),
            domains: ShardedLock::new(Domains::default()),
            next_id: AtomicI32::new(1),
            events: RwLock::new(hub.clone()),
            hub,
        };
        {
            let mut d = st.domains.write().unwrap_or_else(|p| p.into_inner());
            // The default domains run, numbered from 1 in order.
            for def in default_domains(xmls)? {
                let next_id = st.next_id.fetch_add(1, Ordering::Relaxed);
                let obj = DomainObj::new(ObjState {
                    // Running for an unknown reason, as libvirt's default
                    // domain is; its persistent definition is the same
                    // snapshot.
                    new_def: Some(def.clone()),
                    id: next_id,
                    state: virDomainState::VIR_DOMAIN_RUNNING as i32,
                    persistent: true,
                    iothread_poll: super::iothread_poll::initial_poll(def),
                    ..ObjState::new(def.clone())
                });
                d.by_name.insert(def.name.clone(), obj.clone());
                d.by_uuid.insert(def.uuid, obj.clone());
                d.by_id.insert(next_id, obj);
            }
        }
        Ok(st)
    }
}

impl TestState {
    /// A private state built from a configuration file: its host and
    /// domains, the running ones numbered from 1 in document order. The
    /// host has no NUMA cells, as libvirt's file states have none.
    pub(super) fn from_file(cfg: super::config_file::FileConfig) -> Result<TestState> {
        let mut caps = default_config::build().caps;
        caps.host.cells.clear();
        let hub = EventHub::new();
        let st = TestState {
            caps: Arc::new(caps),
            node: cfg.node,
            domains: ShardedLock::new(Domains::default()),
            next_id: AtomicI32::new(1),
            events: RwLock::new(hub.clone()),
            hub,
        };
        {
            let mut d = st.domains.write().unwrap_or_else(|p| p.into_inner());
            for fd in cfg.domains {
                add_from_file(&mut d, &st.next_id, fd)?;
            }
        }
        Ok(st)
    }
}

/// Adds one domain of a configuration file, with libvirt's clash checks
/// (a second definition of the same domain replaces the first).
fn add_from_file(
    d: &mut Domains,
    next_id: &AtomicI32,
    fd: super::config_file::FileDomain,
) -> Result<()> {
    use crate::util::uuid::uuid_string;
    use oxvirt_abi::{virErrorDomain, virErrorNumber};
    let clash = |msg: String| {
        crate::error::Error::new(
            virErrorDomain::VIR_FROM_DOMAIN,
            virErrorNumber::VIR_ERR_OPERATION_FAILED,
            Some(&msg),
        )
    };
    let def = Arc::new(fd.def);
    if let Some(old) = d.by_uuid.get(&def.uuid).cloned() {
        let o = old.lock();
        if o.def.name != def.name {
            return Err(clash(format!(
                "domain '{}' is already defined with uuid {}",
                o.def.name,
                uuid_string(&o.def.uuid)
            )));
        }
        if o.id >= 0 {
            d.by_id.remove(&o.id);
        }
    } else if let Some(other) = d.by_name.get(&def.name) {
        let uuid = other.lock().def.uuid;
        return Err(clash(format!(
            "domain '{}' already exists with uuid {}",
            def.name,
            uuid_string(&uuid)
        )));
    }
    let persistent = !fd.transient;
    let mut o = ObjState {
        persistent,
        managed_save: fd.managed_save,
        iothread_poll: super::iothread_poll::initial_poll(&def),
        ..ObjState::new(def.clone())
    };
    if fd.runstate != virDomainState::VIR_DOMAIN_SHUTOFF as i32 {
        o.id = next_id.fetch_add(1, Ordering::Relaxed);
        o.new_def = persistent.then(|| def.clone());
        o.managed_save = false;
    }
    o.state = fd.runstate;
    let id = o.id;
    let obj = DomainObj::new(o);
    d.by_name.insert(def.name.clone(), obj.clone());
    d.by_uuid.insert(def.uuid, obj.clone());
    if id >= 0 {
        d.by_id.insert(id, obj);
    }
    Ok(())
}

impl TestState {
    /// Raises `ev`.
    pub(super) fn emit(&self, ev: DomainEvent) {
        let sink = self
            .events
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .clone();
        sink.push(ev);
    }
    /// Sends events to `sink` from now on.
    #[cfg(test)]
    pub(super) fn set_event_sink(&self, sink: Arc<dyn EventSink>) {
        *self.events.write().unwrap_or_else(|p| p.into_inner()) = sink;
    }
}

/// The default domains' definitions, parsed once per process: they never
/// change, and a definition is an immutable snapshot, so every fresh default
/// state starts from the same ones (libvirt parses its default document on
/// every open, which is most of what its open costs).
fn default_domains(xmls: &[&str]) -> Result<&'static [Arc<DomainDef>]> {
    static DEFS: OnceLock<Vec<Arc<DomainDef>>> = OnceLock::new();
    if let Some(defs) = DEFS.get() {
        return Ok(defs);
    }
    let parsed = xmls
        .iter()
        .map(|x| DomainDef::parse(x).map(Arc::new))
        .collect::<Result<Vec<_>>>()?;
    Ok(DEFS.get_or_init(|| parsed))
}

pub(super) static DEFAULT_STATE: Mutex<Weak<TestState>> = Mutex::new(Weak::new());
