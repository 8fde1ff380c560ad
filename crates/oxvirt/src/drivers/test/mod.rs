//! The in-process test hypervisor (`test:///default`).
//!
//! All `test:///default` connections of a process share one state, created
//! by the first open and dropped with the last connection, as libvirt's test
//! driver does. Domains are `Arc` entries whose definition is an `Arc`
//! snapshot: a reader clones the snapshot and works on it without holding
//! any lock, and an update swaps in a new one.

mod blkio;
mod block_iotune;
mod checkpoint_tree;
mod checkpoints;
mod config_file;
pub(crate) mod default_config;
mod domains;
mod guest;
mod host;
mod info;
mod interfaces;
mod iothread_poll;
mod iothreads;
mod lifecycle;
mod memstats;
mod metadata;
mod nets;
mod numa;
mod save;
mod screenshot;
mod snapshot_tree;
mod snapshots;
mod state;
mod stats;
mod tunables;
mod tuning;
mod xml_cache;

use state::{DomainObj, Domains, TestState, DEFAULT_STATE};

use crate::base::registry::{ConnectDriver, Opened};
use crate::base::uri::Uri;
use crate::driver::auth::Authenticator;
use crate::driver::{Call, DomainId, Families};
use crate::error::{Error, Result};
use oxvirt_abi::{virErrorDomain, virErrorNumber};
use std::sync::Arc;

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

fn open_registered(
    uri: &Uri,
    flags: u32,
    auth: Option<&dyn Authenticator>,
    _cx: &Call,
) -> Result<Opened> {
    let drv = open_auth(uri, flags, auth)?;
    let hub = drv.st.hub.clone();
    Ok(Opened::WithEvents(Families::hypervisor_only(drv), hub))
}

/// Opens the test hypervisor at `uri`, without a way to authenticate.
pub fn open(uri: &Uri, flags: u32) -> Result<Arc<TestDriver>> {
    open_auth(uri, flags, None)
}

/// Opens the test hypervisor at `uri`: `test:///default` shares the
/// process's default state; any other path names a configuration file,
/// read into a state of this connection's own. When the file lists users,
/// `auth` is asked to log in as one of them.
pub fn open_auth(
    uri: &Uri,
    flags: u32,
    auth: Option<&dyn Authenticator>,
) -> Result<Arc<TestDriver>> {
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
            let base = &default_config::build().node;
            let mut cfg = config_file::load(path, base)?;
            let users = std::mem::take(&mut cfg.users);
            let st = Arc::new(TestState::from_file(cfg)?);
            config_file::authenticate(&users, auth)?;
            return Ok(Arc::new(TestDriver { st }));
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
    fn domains(&self) -> crossbeam_utils::sync::ShardedLockReadGuard<'_, Domains> {
        self.st.domains.read().unwrap_or_else(|p| p.into_inner())
    }

    /// The live object behind a handle, or libvirt's "no domain" error.
    fn obj(&self, dom: &DomainId) -> Result<Arc<DomainObj>> {
        obj_in(&self.domains(), dom)
    }
}

/// The object behind a handle in `doms` (whose lock the caller holds), or
/// libvirt's "no domain" error naming the handle.
fn obj_in(doms: &Domains, dom: &DomainId) -> Result<Arc<DomainObj>> {
    doms.by_uuid.get(&dom.uuid).cloned().ok_or_else(|| {
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

/// Rejects flags outside `supported` the way libvirt's test driver does:
/// the error names the driver function (`testDomainGetState`).
fn check_flags(cx: &Call, flags: u32, supported: u32) -> Result<()> {
    cx.check_flags(virErrorDomain::VIR_FROM_TEST, "test", flags, supported)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::driver::DomainDriver;

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
        // Other tests of this process may have domains of their own in the
        // shared state: look at the default domain only.
        let names = |flags: u32| -> Vec<String> {
            d.list_all_domains(cx, flags)
                .unwrap()
                .into_iter()
                .map(|i| i.name)
                .filter(|n| n == "test")
                .collect()
        };
        assert_eq!(names(0), vec!["test".to_string()]);
        assert!(names(
            oxvirt_abi::virConnectListAllDomainsFlags::VIR_CONNECT_LIST_DOMAINS_INACTIVE as u32
        )
        .is_empty());
    }

    #[test]
    fn connections_share_the_default_state() {
        let cx = &cx();
        let a = open(&Uri::parse("test:///default").unwrap(), 0).unwrap();
        let b = open(&Uri::parse("test:///default").unwrap(), 0).unwrap();
        // The same state, not just equal answers: other tests of this
        // process may be starting domains meanwhile.
        assert!(Arc::ptr_eq(&a.st, &b.st));
        assert!(a.list_domain_ids(cx).unwrap().contains(&1));
    }
}
