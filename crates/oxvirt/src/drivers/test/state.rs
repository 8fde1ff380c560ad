//! The state every connection to one test URI shares: the host, and the
//! domains indexed by name, UUID and id.

use super::default_config;
use crate::conf::capabilities::Capabilities;
use crate::conf::domain::DomainDef;
use crate::driver::{DomainId, NodeInfo};
use crate::error::Result;
use oxvirt_abi::virDomainState;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock, RwLock, Weak};

/// One domain of the test hypervisor.
pub struct DomainObj {
    def: RwLock<Arc<DomainDef>>,
    /// (id, state, reason); id is -1 while shut off.
    run: Mutex<(i32, i32, i32)>,
    pub persistent: bool,
}

impl DomainObj {
    pub(super) fn def(&self) -> Arc<DomainDef> {
        self.def.read().unwrap_or_else(|p| p.into_inner()).clone()
    }
    pub(super) fn run(&self) -> (i32, i32, i32) {
        *self.run.lock().unwrap_or_else(|p| p.into_inner())
    }
    pub(super) fn id(&self) -> DomainId {
        let def = self.def();
        DomainId {
            name: def.name.clone(),
            uuid: def.uuid,
            id: self.run().0,
        }
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
    pub domains: RwLock<Domains>,
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
        let st = TestState {
            caps: caps.clone(),
            node: node.clone(),
            domains: RwLock::new(Domains::default()),
        };
        {
            let mut d = st.domains.write().unwrap_or_else(|p| p.into_inner());
            // The default domains run, numbered from 1 in order.
            for (next_id, def) in (1..).zip(default_domains(xmls)?) {
                let obj = Arc::new(DomainObj {
                    // Running for an unknown reason, as libvirt's default domain is.
                    run: Mutex::new((next_id, virDomainState::VIR_DOMAIN_RUNNING as i32, 0)),
                    def: RwLock::new(def.clone()),
                    persistent: true,
                });
                d.by_name.insert(def.name.clone(), obj.clone());
                d.by_uuid.insert(def.uuid, obj.clone());
                d.by_id.insert(next_id, obj);
            }
        }
        Ok(st)
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
