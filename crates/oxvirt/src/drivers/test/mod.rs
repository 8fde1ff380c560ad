//! The in-process test hypervisor (`test:///default`).
//!
//! All `test:///default` connections of a process share one state, created
//! by the first open and dropped with the last connection, as libvirt's test
//! driver does. Domains are `Arc` entries whose definition is an `Arc`
//! snapshot: a reader clones the snapshot and works on it without holding
//! any lock, and an update swaps in a new one.

pub(crate) mod default_config;

use crate::base::registry::{ConnectDriver, Opened};
use crate::base::uri::Uri;
use crate::conf::capabilities::Capabilities;
use crate::conf::domain::DomainDef;
use crate::driver::{Call, DomainId, DomainInfo, Families, HypervisorDriver, NodeInfo};
use crate::error::{Error, Result};
use oxvirt_abi::{virDomainState, virErrorDomain, virErrorNumber};
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock, RwLock, Weak};

/// One domain of the test hypervisor.
pub struct DomainObj {
    def: RwLock<Arc<DomainDef>>,
    /// (id, state, reason); id is -1 while shut off.
    run: Mutex<(i32, i32, i32)>,
    persistent: bool,
}

impl DomainObj {
    fn def(&self) -> Arc<DomainDef> {
        self.def.read().unwrap_or_else(|p| p.into_inner()).clone()
    }
    fn run(&self) -> (i32, i32, i32) {
        *self.run.lock().unwrap_or_else(|p| p.into_inner())
    }
    fn id(&self) -> DomainId {
        let def = self.def();
        DomainId {
            name: def.name.clone(),
            uuid: def.uuid,
            id: self.run().0,
        }
    }
}

#[derive(Default)]
struct Domains {
    by_name: HashMap<String, Arc<DomainObj>>,
    by_uuid: HashMap<[u8; 16], Arc<DomainObj>>,
    by_id: HashMap<i32, Arc<DomainObj>>,
}

/// The state every connection to one test URI shares.
pub struct TestState {
    caps: Arc<Capabilities>,
    node: NodeInfo,
    domains: RwLock<Domains>,
}

impl TestState {
    fn new_default() -> Result<TestState> {
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

static DEFAULT_STATE: Mutex<Weak<TestState>> = Mutex::new(Weak::new());

/// A connection to the test hypervisor.
pub struct TestDriver {
    st: Arc<TestState>,
}

fn test_error(code: virErrorNumber, info: Option<&str>) -> Error {
    Error::new(virErrorDomain::VIR_FROM_TEST, code, info)
}

/// The test driver's entry in core's registry: `test:` URIs without a
/// server (`test://host/…` and `test+unix:…` belong to the remote driver).
static DRIVER: ConnectDriver = ConnectDriver {
    name: "Test",
    order: 0,
    schemes: &["test"],
    local_only: true,
    open: open_registered,
};

/// Makes `test:///…` URIs open this driver.
pub fn register() {
    crate::base::registry::register(&DRIVER);
}

fn open_registered(uri: &Uri, flags: u32, _cx: &Call) -> Result<Opened> {
    Ok(Opened::Yes(Families::hypervisor_only(open(uri, flags)?)))
}

/// Opens the test hypervisor at `uri`.
pub fn open(uri: &Uri, flags: u32) -> Result<Arc<TestDriver>> {
    let ro = oxvirt_abi::virConnectFlags::VIR_CONNECT_RO as u32;
    if flags & !ro != 0 {
        let f = "testConnectOpen";
        return Err(Error::invalid_arg(
            virErrorDomain::VIR_FROM_TEST,
            f,
            "flags",
            &format!("unsupported flags (0x{:x}) in function {f}", flags & !ro),
        ));
    }
    match uri.path.as_str() {
        "" | "/" => {
            return Err(test_error(
                virErrorNumber::VIR_ERR_INVALID_ARG,
                Some("testOpen: supply a path or use test:///default"),
            ))
        }
        "/default" => {}
        path => {
            // Any other path names a configuration file.
            if std::fs::metadata(path)
                .map(|m| !m.is_file())
                .unwrap_or(true)
            {
                return Err(test_error(
                    virErrorNumber::VIR_ERR_XML_ERROR,
                    Some(&format!("failed to parse xml document '{path}'")),
                ));
            }
            return Err(test_error(
                virErrorNumber::VIR_ERR_INTERNAL_ERROR,
                Some("custom test configurations are not supported yet"),
            ));
        }
    }
    let mut slot = DEFAULT_STATE.lock().unwrap_or_else(|p| p.into_inner());
    let st = match slot.upgrade() {
        Some(st) => st,
        None => {
            let st = Arc::new(TestState::new_default()?);
            *slot = Arc::downgrade(&st);
            st
        }
    };
    Ok(Arc::new(TestDriver { st }))
}

impl TestDriver {
    fn domains(&self) -> std::sync::RwLockReadGuard<'_, Domains> {
        self.st.domains.read().unwrap_or_else(|p| p.into_inner())
    }

    /// The live object behind a handle, or libvirt's "no domain" error.
    fn obj(&self, dom: &DomainId) -> Result<Arc<DomainObj>> {
        self.domains()
            .by_uuid
            .get(&dom.uuid)
            .cloned()
            .ok_or_else(|| {
                let u = crate::util::uuid::uuid_string(&dom.uuid);
                test_error(
                    virErrorNumber::VIR_ERR_NO_DOMAIN,
                    Some(&format!(
                        "no domain with matching uuid '{u}' ({})",
                        dom.name
                    )),
                )
            })
    }
}

fn state_matches(flags: u32, active: bool, persistent: bool, state: i32) -> bool {
    use oxvirt_abi::virConnectListAllDomainsFlags as F;
    let f = |x: F| flags & x as u32 != 0;
    if (f(F::VIR_CONNECT_LIST_DOMAINS_ACTIVE) || f(F::VIR_CONNECT_LIST_DOMAINS_INACTIVE))
        && !((f(F::VIR_CONNECT_LIST_DOMAINS_ACTIVE) && active)
            || (f(F::VIR_CONNECT_LIST_DOMAINS_INACTIVE) && !active))
    {
        return false;
    }
    if (f(F::VIR_CONNECT_LIST_DOMAINS_PERSISTENT) || f(F::VIR_CONNECT_LIST_DOMAINS_TRANSIENT))
        && !((f(F::VIR_CONNECT_LIST_DOMAINS_PERSISTENT) && persistent)
            || (f(F::VIR_CONNECT_LIST_DOMAINS_TRANSIENT) && !persistent))
    {
        return false;
    }
    let running = state == virDomainState::VIR_DOMAIN_RUNNING as i32;
    let paused = state == virDomainState::VIR_DOMAIN_PAUSED as i32;
    let shutoff = state == virDomainState::VIR_DOMAIN_SHUTOFF as i32;
    let any_state = f(F::VIR_CONNECT_LIST_DOMAINS_RUNNING)
        || f(F::VIR_CONNECT_LIST_DOMAINS_PAUSED)
        || f(F::VIR_CONNECT_LIST_DOMAINS_SHUTOFF)
        || f(F::VIR_CONNECT_LIST_DOMAINS_OTHER);
    if any_state
        && !((f(F::VIR_CONNECT_LIST_DOMAINS_RUNNING) && running)
            || (f(F::VIR_CONNECT_LIST_DOMAINS_PAUSED) && paused)
            || (f(F::VIR_CONNECT_LIST_DOMAINS_SHUTOFF) && shutoff)
            || (f(F::VIR_CONNECT_LIST_DOMAINS_OTHER) && !running && !paused && !shutoff))
    {
        return false;
    }
    // The default domains have no autostart, snapshots, checkpoints or
    // managed save: of each pair of filters only the "NO_*" one matches.
    [
        (
            F::VIR_CONNECT_LIST_DOMAINS_AUTOSTART,
            F::VIR_CONNECT_LIST_DOMAINS_NO_AUTOSTART,
        ),
        (
            F::VIR_CONNECT_LIST_DOMAINS_HAS_SNAPSHOT,
            F::VIR_CONNECT_LIST_DOMAINS_NO_SNAPSHOT,
        ),
        (
            F::VIR_CONNECT_LIST_DOMAINS_MANAGEDSAVE,
            F::VIR_CONNECT_LIST_DOMAINS_NO_MANAGEDSAVE,
        ),
        (
            F::VIR_CONNECT_LIST_DOMAINS_HAS_CHECKPOINT,
            F::VIR_CONNECT_LIST_DOMAINS_NO_CHECKPOINT,
        ),
    ]
    .iter()
    .all(|&(has, no)| !(f(has) || f(no)) || f(no))
}

impl HypervisorDriver for TestDriver {
    fn type_name(&self) -> &'static str {
        "TEST"
    }
    fn version(&self, _cx: &Call) -> Result<u64> {
        Ok(2)
    }
    fn hostname(&self, _cx: &Call) -> Result<String> {
        let mut buf = [0u8; 256];
        // SAFETY: gethostname writes at most buf.len() bytes.
        let rc = unsafe { libc::gethostname(buf.as_mut_ptr() as *mut libc::c_char, buf.len()) };
        if rc != 0 {
            return Err(Error::new(
                virErrorDomain::VIR_FROM_NONE,
                virErrorNumber::VIR_ERR_SYSTEM_ERROR,
                Some("failed to determine host name"),
            ));
        }
        let end = buf.iter().position(|b| *b == 0).unwrap_or(buf.len());
        Ok(String::from_utf8_lossy(&buf[..end]).into_owned())
    }
    fn capabilities(&self, _cx: &Call) -> Result<String> {
        Ok(self.st.caps.format())
    }
    fn max_vcpus(&self, _cx: &Call, _type: Option<&str>) -> Result<i32> {
        Ok(32)
    }
    fn node_info(&self, _cx: &Call) -> Result<NodeInfo> {
        Ok(self.st.node.clone())
    }
    fn is_encrypted(&self, _cx: &Call) -> Result<bool> {
        Ok(false)
    }
    fn is_secure(&self, _cx: &Call) -> Result<bool> {
        Ok(true)
    }
    fn is_alive(&self, _cx: &Call) -> Result<bool> {
        Ok(true)
    }
    fn num_of_domains(&self, _cx: &Call) -> Result<usize> {
        Ok(self.domains().by_id.len())
    }
    fn list_domain_ids(&self, _cx: &Call) -> Result<Vec<i32>> {
        let mut ids: Vec<i32> = self.domains().by_id.keys().copied().collect();
        ids.sort_unstable();
        Ok(ids)
    }
    fn num_of_defined_domains(&self, _cx: &Call) -> Result<usize> {
        Ok(self
            .domains()
            .by_name
            .values()
            .filter(|d| d.run().0 < 0)
            .count())
    }
    fn list_defined_domain_names(&self, _cx: &Call) -> Result<Vec<String>> {
        let mut v: Vec<String> = self
            .domains()
            .by_name
            .iter()
            .filter(|(_, d)| d.run().0 < 0)
            .map(|(n, _)| n.clone())
            .collect();
        v.sort();
        Ok(v)
    }
    fn list_all_domains(&self, cx: &Call, flags: u32) -> Result<Vec<DomainId>> {
        // Every filter of virConnectListAllDomainsFlags (bits 0 to 15).
        check_flags(cx, flags, 0xffff)?;
        let mut v: Vec<DomainId> = self
            .domains()
            .by_name
            .values()
            .filter(|d| {
                let (id, state, _) = d.run();
                state_matches(flags, id >= 0, d.persistent, state)
            })
            .map(|d| d.id())
            .collect();
        v.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(v)
    }
    fn domain_lookup_by_id(&self, _cx: &Call, id: i32) -> Result<DomainId> {
        self.domains()
            .by_id
            .get(&id)
            .map(|d| d.id())
            .ok_or_else(|| test_error(virErrorNumber::VIR_ERR_NO_DOMAIN, None))
    }
    fn domain_lookup_by_name(&self, _cx: &Call, name: &str) -> Result<DomainId> {
        self.domains()
            .by_name
            .get(name)
            .map(|d| d.id())
            .ok_or_else(|| test_error(virErrorNumber::VIR_ERR_NO_DOMAIN, None))
    }
    fn domain_lookup_by_uuid(&self, _cx: &Call, uuid: &[u8; 16]) -> Result<DomainId> {
        self.domains()
            .by_uuid
            .get(uuid)
            .map(|d| d.id())
            .ok_or_else(|| test_error(virErrorNumber::VIR_ERR_NO_DOMAIN, None))
    }
    fn domain_get_info(&self, _cx: &Call, dom: &DomainId) -> Result<DomainInfo> {
        let obj = self.obj(dom)?;
        let def = obj.def();
        let (_, state, _) = obj.run();
        let now_ns = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_micros() as u64 * 1000)
            .unwrap_or(0);
        Ok(DomainInfo {
            state: state as u8,
            max_mem_kib: def.memory_kib,
            memory_kib: def.current_memory_kib,
            nr_virt_cpu: def.vcpus as u16,
            cpu_time_ns: now_ns,
        })
    }
    fn domain_get_state(&self, cx: &Call, dom: &DomainId, flags: u32) -> Result<(i32, i32)> {
        check_flags(cx, flags, 0)?;
        let (_, state, reason) = self.obj(dom)?.run();
        Ok((state, reason))
    }
    fn domain_get_xml_desc(&self, cx: &Call, dom: &DomainId, flags: u32) -> Result<String> {
        use oxvirt_abi::virDomainXMLFlags as X;
        check_flags(
            cx,
            flags,
            X::VIR_DOMAIN_XML_SECURE as u32
                | X::VIR_DOMAIN_XML_INACTIVE as u32
                | X::VIR_DOMAIN_XML_MIGRATABLE as u32,
        )?;
        let obj = self.obj(dom)?;
        let (mut id, _, _) = obj.run();
        if flags & X::VIR_DOMAIN_XML_INACTIVE as u32 != 0 {
            id = -1;
        }
        Ok(obj.def().format((id >= 0).then_some(id)))
    }
    fn domain_get_os_type(&self, _cx: &Call, dom: &DomainId) -> Result<String> {
        // libvirt's test driver answers "linux" whatever the definition says.
        self.obj(dom)?;
        Ok("linux".into())
    }
    fn domain_get_max_memory(&self, _cx: &Call, dom: &DomainId) -> Result<u64> {
        Ok(self.obj(dom)?.def().memory_kib)
    }
    fn domain_is_active(&self, _cx: &Call, dom: &DomainId) -> Result<bool> {
        Ok(self.obj(dom)?.run().0 >= 0)
    }
    fn domain_is_persistent(&self, _cx: &Call, dom: &DomainId) -> Result<bool> {
        Ok(self.obj(dom)?.persistent)
    }
    fn domain_is_updated(&self, _cx: &Call, dom: &DomainId) -> Result<bool> {
        self.obj(dom)?;
        Ok(false)
    }
}

/// Rejects flags outside `supported` the way libvirt's test driver does:
/// the error names the driver function (`testDomainGetState`).
fn check_flags(cx: &Call, flags: u32, supported: u32) -> Result<()> {
    cx.check_flags(virErrorDomain::VIR_FROM_TEST, "test", flags, supported)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cx() -> Call {
        Call::new("virTest", virErrorDomain::VIR_FROM_DOMAIN)
    }

    #[test]
    fn default_state_has_running_test_domain() {
        let cx = &cx();
        let d = open(&Uri::parse("test:///default").unwrap(), 0).unwrap();
        let id = d.domain_lookup_by_name(cx, "test").unwrap();
        assert_eq!(id.id, 1);
        assert_eq!(d.domain_lookup_by_id(cx, 1).unwrap(), id);
        assert_eq!(d.domain_lookup_by_uuid(cx, &id.uuid).unwrap(), id);
        let info = d.domain_get_info(cx, &id).unwrap();
        assert_eq!(
            (
                info.state,
                info.max_mem_kib,
                info.memory_kib,
                info.nr_virt_cpu
            ),
            (1, 8388608, 2097152, 2)
        );
        assert!(d
            .domain_get_xml_desc(cx, &id, 0)
            .unwrap()
            .starts_with("<domain type='test' id='1'>"));
        assert!(d.domain_lookup_by_name(cx, "nope").is_err());
        assert_eq!(d.list_all_domains(cx, 0).unwrap().len(), 1);
        assert_eq!(
            d.list_all_domains(
                cx,
                oxvirt_abi::virConnectListAllDomainsFlags::VIR_CONNECT_LIST_DOMAINS_INACTIVE as u32
            )
            .unwrap()
            .len(),
            0
        );
    }

    #[test]
    fn connections_share_the_default_state() {
        let cx = &cx();
        let a = open(&Uri::parse("test:///default").unwrap(), 0).unwrap();
        let b = open(&Uri::parse("test:///default").unwrap(), 0).unwrap();
        assert_eq!(
            a.list_domain_ids(cx).unwrap(),
            b.list_domain_ids(cx).unwrap()
        );
    }
}
