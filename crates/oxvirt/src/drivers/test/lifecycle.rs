//! The test driver's domain life cycle: define, undefine, start, stop,
//! pause, and the few settings that go with it (autostart, memory).
//!
//! The state machine, ids, errors and events are libvirt's test driver's.
//! Every change that touches the indexes (a domain added, removed, started
//! or stopped) holds the index lock and then the one domain's lock, in that
//! order; changes to one domain alone hold only its lock. Events are raised
//! while the domain's lock is held, so they keep the order of its changes.

use super::state::{DomainObj, Domains, ObjState};
use super::{check_flags, obj_in, test_error, TestDriver};
use crate::conf::domain::{DomainDef, LifecycleAction};
use crate::driver::events::DomainEvent;
use crate::driver::{Call, DomainId};
use crate::error::{Error, Result};
use crate::util::uuid::uuid_string;
use oxvirt_abi::virDomainEventDefinedDetailType as Defined;
use oxvirt_abi::virDomainEventType as Ev;
use oxvirt_abi::{
    virDomainEventResumedDetailType, virDomainEventStartedDetailType,
    virDomainEventStoppedDetailType, virDomainEventSuspendedDetailType,
    virDomainEventUndefinedDetailType, virDomainPausedReason, virDomainRunningReason,
    virDomainShutoffReason, virDomainState, virErrorDomain, virErrorNumber,
};
use std::sync::Arc;

/// An error of libvirt's domain configuration code (the object list and
/// the domain object helpers the test driver uses).
fn conf_error(code: virErrorNumber, detail: &str) -> Error {
    Error::new(virErrorDomain::VIR_FROM_DOMAIN, code, Some(detail))
}

pub(super) fn not_running() -> Error {
    conf_error(
        virErrorNumber::VIR_ERR_OPERATION_INVALID,
        "domain is not running",
    )
}

pub(super) fn check_active(o: &ObjState) -> Result<()> {
    if o.active() {
        Ok(())
    } else {
        Err(not_running())
    }
}

fn conf_error_test(detail: String) -> Error {
    test_error(virErrorNumber::VIR_ERR_OPERATION_INVALID, Some(&detail))
}

fn internal(detail: String) -> Error {
    test_error(virErrorNumber::VIR_ERR_INTERNAL_ERROR, Some(&detail))
}

const SHUTOFF: i32 = virDomainState::VIR_DOMAIN_SHUTOFF as i32;
const RUNNING: i32 = virDomainState::VIR_DOMAIN_RUNNING as i32;
const PAUSED: i32 = virDomainState::VIR_DOMAIN_PAUSED as i32;

/// libvirt's `virDomainDefCopy`: a round trip through the secure XML,
/// which drops what the XML cannot carry (an empty I/O limit group name,
/// for one). Our own document always reads back; should it not, the
/// definition is kept as it is.
fn copy_def(def: &DomainDef, id: i32) -> DomainDef {
    let secure = crate::conf::domain::FormatCtx {
        secure: true,
        ..Default::default()
    };
    DomainDef::parse(&def.format_with(Some(id), &secure)).unwrap_or_else(|_| def.clone())
}

/// Puts `def` in `o`, the way libvirt assigns a new definition to an
/// existing domain: a running domain's persistent definition is replaced;
/// a live definition for a stopped domain keeps the persistent one aside
/// until the domain stops; otherwise the definition is replaced. Answers
/// whether a previous definition was replaced (a define "updated" it).
pub(super) fn assign_def(o: &mut ObjState, def: Arc<DomainDef>, live: bool) -> bool {
    if o.active() {
        return o.new_def.replace(def).is_some();
    }
    if live {
        if o.new_def.is_none() {
            o.new_def = Some(o.def.clone());
        }
        o.def = def;
        return false;
    }
    o.def = def;
    true
}

/// Adds `def` to the indexes or assigns it to the domain of the same UUID,
/// with libvirt's clash checks. `start` is creation from XML: the
/// definition is a live one and an active or starting domain refuses it.
/// Answers the domain and whether an old definition was replaced.
pub(super) fn add(
    doms: &mut Domains,
    def: DomainDef,
    start: bool,
) -> Result<(Arc<DomainObj>, bool)> {
    let def = Arc::new(def);
    if let Some(obj) = doms.by_uuid.get(&def.uuid).cloned() {
        let replaced = {
            let mut o = obj.lock();
            if o.def.name != def.name {
                return Err(conf_error(
                    virErrorNumber::VIR_ERR_OPERATION_FAILED,
                    &format!(
                        "domain '{}' is already defined with uuid {}",
                        o.def.name,
                        uuid_string(&o.def.uuid)
                    ),
                ));
            }
            if start && o.active() {
                return Err(conf_error(
                    virErrorNumber::VIR_ERR_OPERATION_INVALID,
                    &format!("domain '{}' is already active", o.def.name),
                ));
            }
            if start && !o.persistent {
                return Err(conf_error(
                    virErrorNumber::VIR_ERR_OPERATION_INVALID,
                    &format!("domain '{}' is already being started", o.def.name),
                ));
            }
            assign_def(&mut o, def, start)
        };
        return Ok((obj, replaced));
    }
    if let Some(other) = doms.by_name.get(&def.name) {
        let uuid = other.lock().def.uuid;
        return Err(conf_error(
            virErrorNumber::VIR_ERR_OPERATION_FAILED,
            &format!(
                "domain '{}' already exists with uuid {}",
                def.name,
                uuid_string(&uuid)
            ),
        ));
    }
    let obj = DomainObj::new(ObjState::new(def.clone()));
    doms.by_uuid.insert(def.uuid, obj.clone());
    doms.by_name.insert(def.name.clone(), obj.clone());
    Ok((obj, false))
}

/// Drops a domain from every index.
fn remove(doms: &mut Domains, o: &ObjState) {
    doms.by_uuid.remove(&o.def.uuid);
    doms.by_name.remove(&o.def.name);
    if o.id >= 0 {
        doms.by_id.remove(&o.id);
    }
}

impl TestDriver {
    pub(super) fn write_domains(
        &self,
    ) -> crossbeam_utils::sync::ShardedLockWriteGuard<'_, Domains> {
        self.st.domains.write().unwrap_or_else(|p| p.into_inner())
    }

    pub(super) fn lifecycle_event(&self, o: &ObjState, event: Ev, detail: i32) {
        self.st
            .emit(DomainEvent::lifecycle(o.ident(), event as i32, detail));
    }

    /// Starts `o` (libvirt's running state with `reason`, a fresh id) and
    /// indexes it by that id.
    pub(super) fn start_state(&self, doms: &mut Domains, obj: &Arc<DomainObj>, o: &mut ObjState) {
        o.state = RUNNING;
        o.reason = virDomainRunningReason::VIR_DOMAIN_RUNNING_BOOTED as i32;
        o.id = self
            .st
            .next_id
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        // A persistent domain keeps its persistent definition aside while
        // it runs, to return to it when it stops.
        if o.persistent && o.new_def.is_none() {
            o.new_def = Some(Arc::new(copy_def(&o.def, o.id)));
        }
        o.managed_save = false;
        doms.by_id.insert(o.id, obj.clone());
    }

    /// Stops `o`: its persistent definition (if it has one) becomes its
    /// definition again and it leaves the id index. A transient domain
    /// without one keeps its definition and id, as libvirt's does (its
    /// stop event names that id), and is removed by the caller.
    pub(super) fn shutoff_state(
        doms: &mut Domains,
        o: &mut ObjState,
        reason: virDomainShutoffReason,
    ) {
        doms.by_id.remove(&o.id);
        if let Some(def) = o.new_def.take() {
            o.def = def;
            o.id = -1;
        }
        o.state = SHUTOFF;
        o.reason = reason as i32;
    }

    /// Stops a running domain and raises its "stopped" event; a transient
    /// domain disappears.
    pub(super) fn stop(
        &self,
        doms: &mut Domains,
        o: &mut ObjState,
        reason: virDomainShutoffReason,
        detail: virDomainEventStoppedDetailType,
    ) {
        Self::shutoff_state(doms, o, reason);
        self.lifecycle_event(o, Ev::VIR_DOMAIN_EVENT_STOPPED, detail as i32);
        if !o.persistent {
            remove(doms, o);
        }
        // Whatever the event said, a stopped domain has no id any more.
        o.id = -1;
    }

    /// Shutdown and reboot: the guest does what its `on_poweroff` or
    /// `on_reboot` says; restarting keeps it running (no event), anything
    /// else stops it. Answers the id the caller's handle takes.
    fn guest_action(
        &self,
        doms: &mut Domains,
        o: &mut ObjState,
        action: LifecycleAction,
    ) -> Option<i32> {
        match action {
            LifecycleAction::Restart | LifecycleAction::RenameRestart => {
                o.state = RUNNING;
                o.reason = virDomainRunningReason::VIR_DOMAIN_RUNNING_BOOTED as i32;
                None
            }
            _ => {
                self.stop(
                    doms,
                    o,
                    virDomainShutoffReason::VIR_DOMAIN_SHUTOFF_SHUTDOWN,
                    virDomainEventStoppedDetailType::VIR_DOMAIN_EVENT_STOPPED_SHUTDOWN,
                );
                Some(-1)
            }
        }
    }

    /// The definition a memory change applies to, per `flags`
    /// (`virDomainModificationImpact`), and whether it is the live one.
    fn one_def_state(o: &ObjState, flags: u32) -> Result<bool> {
        use oxvirt_abi::virDomainModificationImpact as M;
        let live = M::VIR_DOMAIN_AFFECT_LIVE as u32;
        let config = M::VIR_DOMAIN_AFFECT_CONFIG as u32;
        if flags & live != 0 && flags & config != 0 {
            return Err(Error::invalid_arg(
                virErrorDomain::VIR_FROM_DOMAIN,
                "virDomainObjGetOneDefState",
                "flags",
                "Flags 'VIR_DOMAIN_AFFECT_LIVE' and 'VIR_DOMAIN_AFFECT_CONFIG' are mutually exclusive",
            ));
        }
        let mut flags = flags;
        if flags & (live | config) == 0 {
            flags |= if o.active() { live } else { config };
        }
        if !o.active() && flags & live != 0 {
            return Err(not_running());
        }
        if !o.persistent && flags & config != 0 {
            return Err(conf_error(
                virErrorNumber::VIR_ERR_OPERATION_INVALID,
                "transient domains do not have any persistent config",
            ));
        }
        Ok(flags & live != 0)
    }
}

/// What `DomainDriver` (in domains.rs) forwards to for the life cycle.
impl TestDriver {
    pub(super) fn define_xml(&self, cx: &Call, xml: &str, flags: u32) -> Result<DomainId> {
        use oxvirt_abi::virDomainDefineFlags as F;
        check_flags(cx, flags, F::VIR_DOMAIN_DEFINE_VALIDATE as u32)?;
        // Schema validation (the VALIDATE flag) is not done: the parser's
        // own checks apply either way.
        let mut def = DomainDef::parse(xml)?;
        if let Some(c) = def.name.chars().find(|&c| c == '\n') {
            return Err(Error::new(
                virErrorDomain::VIR_FROM_XML,
                virErrorNumber::VIR_ERR_XML_DETAIL,
                Some(&format!("invalid char in name: {c}")),
            ));
        }
        super::nets::name_interfaces(&mut def)?;
        let mut doms = self.write_domains();
        let (obj, replaced) = add(&mut doms, def, false)?;
        let mut o = obj.lock();
        o.persistent = true;
        let detail = if replaced {
            Defined::VIR_DOMAIN_EVENT_DEFINED_UPDATED
        } else {
            Defined::VIR_DOMAIN_EVENT_DEFINED_ADDED
        };
        self.lifecycle_event(&o, Ev::VIR_DOMAIN_EVENT_DEFINED, detail as i32);
        Ok(o.ident())
    }

    pub(super) fn undefine(&self, cx: &Call, dom: &DomainId, flags: u32) -> Result<()> {
        use oxvirt_abi::virDomainUndefineFlagsValues as F;
        check_flags(
            cx,
            flags,
            F::VIR_DOMAIN_UNDEFINE_MANAGED_SAVE as u32
                | F::VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA as u32,
        )?;
        let mut doms = self.write_domains();
        let obj = obj_in(&doms, dom)?;
        let mut o = obj.lock();
        if o.managed_save && flags & F::VIR_DOMAIN_UNDEFINE_MANAGED_SAVE as u32 == 0 {
            return Err(test_error(
                virErrorNumber::VIR_ERR_OPERATION_INVALID,
                Some("Refusing to undefine while domain managed save image exists"),
            ));
        }
        // Snapshots of an inactive domain need the flag that says their
        // metadata may go with it.
        let nsnap = o.snapshots.len();
        if !o.active() && nsnap > 0 && flags & F::VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA as u32 == 0
        {
            return Err(conf_error_test(format!(
                "cannot delete inactive domain with {nsnap} snapshots"
            )));
        }
        self.lifecycle_event(
            &o,
            Ev::VIR_DOMAIN_EVENT_UNDEFINED,
            virDomainEventUndefinedDetailType::VIR_DOMAIN_EVENT_UNDEFINED_REMOVED as i32,
        );
        o.managed_save = false;
        if o.active() {
            // A running domain only becomes transient.
            o.persistent = false;
        } else {
            remove(&mut doms, &o);
        }
        Ok(())
    }

    pub(super) fn create_xml(&self, cx: &Call, xml: &str, flags: u32) -> Result<DomainId> {
        use oxvirt_abi::virDomainCreateFlags as F;
        check_flags(cx, flags, F::VIR_DOMAIN_START_VALIDATE as u32)?;
        let mut def = DomainDef::parse(xml)?;
        super::nets::name_interfaces(&mut def)?;
        let mut doms = self.write_domains();
        let (obj, _) = add(&mut doms, def, true)?;
        let mut o = obj.lock();
        self.start_state(&mut doms, &obj, &mut o);
        self.lifecycle_event(
            &o,
            Ev::VIR_DOMAIN_EVENT_STARTED,
            virDomainEventStartedDetailType::VIR_DOMAIN_EVENT_STARTED_BOOTED as i32,
        );
        Ok(o.ident())
    }

    pub(super) fn create(&self, cx: &Call, dom: &DomainId, flags: u32) -> Result<Option<i32>> {
        check_flags(cx, flags, 0)?;
        let mut doms = self.write_domains();
        let obj = obj_in(&doms, dom)?;
        let mut o = obj.lock();
        if o.state != SHUTOFF {
            return Err(internal(format!(
                "Domain '{}' is already running",
                dom.name
            )));
        }
        self.start_state(&mut doms, &obj, &mut o);
        self.lifecycle_event(
            &o,
            Ev::VIR_DOMAIN_EVENT_STARTED,
            virDomainEventStartedDetailType::VIR_DOMAIN_EVENT_STARTED_BOOTED as i32,
        );
        Ok(Some(o.id))
    }

    pub(super) fn destroy(&self, cx: &Call, dom: &DomainId, flags: u32) -> Result<Option<i32>> {
        use oxvirt_abi::virDomainDestroyFlagsValues as F;
        check_flags(cx, flags, F::VIR_DOMAIN_DESTROY_GRACEFUL as u32)?;
        let mut doms = self.write_domains();
        let obj = obj_in(&doms, dom)?;
        let mut o = obj.lock();
        check_active(&o)?;
        self.stop(
            &mut doms,
            &mut o,
            virDomainShutoffReason::VIR_DOMAIN_SHUTOFF_DESTROYED,
            virDomainEventStoppedDetailType::VIR_DOMAIN_EVENT_STOPPED_DESTROYED,
        );
        Ok(Some(-1))
    }

    pub(super) fn shutdown(&self, cx: &Call, dom: &DomainId, flags: u32) -> Result<Option<i32>> {
        check_flags(cx, flags, 0)?;
        let mut doms = self.write_domains();
        let obj = obj_in(&doms, dom)?;
        let mut o = obj.lock();
        if o.state == SHUTOFF {
            return Err(internal(format!("domain '{}' not running", dom.name)));
        }
        let action = o.def.on_poweroff;
        Ok(self.guest_action(&mut doms, &mut o, action))
    }

    pub(super) fn reboot(&self, cx: &Call, dom: &DomainId, flags: u32) -> Result<Option<i32>> {
        use oxvirt_abi::virDomainRebootFlagValues as F;
        check_flags(
            cx,
            flags,
            F::VIR_DOMAIN_REBOOT_DEFAULT as u32
                | F::VIR_DOMAIN_REBOOT_ACPI_POWER_BTN as u32
                | F::VIR_DOMAIN_REBOOT_GUEST_AGENT as u32
                | F::VIR_DOMAIN_REBOOT_INITCTL as u32
                | F::VIR_DOMAIN_REBOOT_SIGNAL as u32
                | F::VIR_DOMAIN_REBOOT_PARAVIRT as u32,
        )?;
        let mut doms = self.write_domains();
        let obj = obj_in(&doms, dom)?;
        let mut o = obj.lock();
        check_active(&o)?;
        let action = o.def.on_reboot;
        Ok(self.guest_action(&mut doms, &mut o, action))
    }

    pub(super) fn reset(&self, cx: &Call, dom: &DomainId, flags: u32) -> Result<()> {
        check_flags(cx, flags, 0)?;
        check_active(&self.obj(dom)?.lock())
    }

    pub(super) fn suspend(&self, _cx: &Call, dom: &DomainId) -> Result<()> {
        let obj = self.obj(dom)?;
        let mut o = obj.lock();
        if o.state == SHUTOFF || o.state == PAUSED {
            return Err(internal(format!("domain '{}' not running", dom.name)));
        }
        o.state = PAUSED;
        o.reason = virDomainPausedReason::VIR_DOMAIN_PAUSED_USER as i32;
        self.lifecycle_event(
            &o,
            Ev::VIR_DOMAIN_EVENT_SUSPENDED,
            virDomainEventSuspendedDetailType::VIR_DOMAIN_EVENT_SUSPENDED_PAUSED as i32,
        );
        Ok(())
    }

    pub(super) fn resume(&self, _cx: &Call, dom: &DomainId) -> Result<()> {
        let obj = self.obj(dom)?;
        let mut o = obj.lock();
        if o.state != PAUSED {
            return Err(internal(format!("domain '{}' not paused", dom.name)));
        }
        o.state = RUNNING;
        o.reason = virDomainRunningReason::VIR_DOMAIN_RUNNING_UNPAUSED as i32;
        self.lifecycle_event(
            &o,
            Ev::VIR_DOMAIN_EVENT_RESUMED,
            virDomainEventResumedDetailType::VIR_DOMAIN_EVENT_RESUMED_UNPAUSED as i32,
        );
        Ok(())
    }

    pub(super) fn get_autostart(&self, _cx: &Call, dom: &DomainId) -> Result<bool> {
        Ok(self.obj(dom)?.lock().autostart)
    }

    pub(super) fn set_autostart(&self, _cx: &Call, dom: &DomainId, autostart: bool) -> Result<()> {
        self.obj(dom)?.lock().autostart = autostart;
        Ok(())
    }

    pub(super) fn set_current_memory(&self, cx: &Call, dom: &DomainId, kib: u64) -> Result<()> {
        use oxvirt_abi::virDomainModificationImpact as M;
        self.set_memory(cx, dom, kib, M::VIR_DOMAIN_AFFECT_LIVE as u32)
    }

    pub(super) fn set_max_memory(&self, cx: &Call, dom: &DomainId, kib: u64) -> Result<()> {
        use oxvirt_abi::virDomainMemoryModFlags as M;
        self.set_memory(cx, dom, kib, M::VIR_DOMAIN_MEM_MAXIMUM as u32)
    }

    pub(super) fn set_memory_flags(
        &self,
        cx: &Call,
        dom: &DomainId,
        kib: u64,
        flags: u32,
    ) -> Result<()> {
        use oxvirt_abi::virDomainMemoryModFlags as M;
        check_flags(
            cx,
            flags,
            M::VIR_DOMAIN_MEM_LIVE as u32
                | M::VIR_DOMAIN_MEM_CONFIG as u32
                | M::VIR_DOMAIN_MEM_MAXIMUM as u32,
        )?;
        self.set_memory(cx, dom, kib, flags)
    }

    pub(super) fn has_managed_save_image(
        &self,
        cx: &Call,
        dom: &DomainId,
        flags: u32,
    ) -> Result<bool> {
        check_flags(cx, flags, 0)?;
        Ok(self.obj(dom)?.lock().managed_save)
    }
}

impl TestDriver {
    /// libvirt's test driver serves the three memory setters with one
    /// function (named `testDomainSetMemoryFlags` in its errors).
    fn set_memory(&self, _cx: &Call, dom: &DomainId, kib: u64, flags: u32) -> Result<()> {
        use oxvirt_abi::virDomainMemoryModFlags as M;
        let obj = self.obj(dom)?;
        let mut o = obj.lock();
        let live = Self::one_def_state(&o, flags)?;
        // The definition to change: the persistent one of a running domain
        // when the change is to its configuration.
        let to_config = o.active() && !live;
        let cur = match (&o.new_def, to_config) {
            (Some(d), true) => d.clone(),
            _ => o.def.clone(),
        };
        let mut def = (*cur).clone();
        if flags & M::VIR_DOMAIN_MEM_MAXIMUM as u32 != 0 {
            if live {
                return Err(test_error(
                    virErrorNumber::VIR_ERR_OPERATION_INVALID,
                    Some("cannot resize the maximum memory on an active domain"),
                ));
            }
            def.memory_kib = kib;
            def.current_memory_kib = def.current_memory_kib.min(kib);
        } else {
            if kib > def.memory_kib {
                return Err(test_error(
                    virErrorNumber::VIR_ERR_INVALID_ARG,
                    Some("cannot set memory higher than max memory"),
                ));
            }
            def.current_memory_kib = kib;
        }
        // The new snapshot replaces the old one; readers holding the old
        // one keep it.
        let def = Arc::new(def);
        match (&mut o.new_def, to_config) {
            (Some(d), true) => *d = def,
            _ => o.def = def,
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::super::open;
    use crate::base::uri::Uri;
    use crate::driver::events::{DomainEvent, DomainEventKind, RecordingSink};
    use crate::driver::{Call, DomainDriver};
    use oxvirt_abi::virErrorDomain;
    use std::sync::Arc;

    fn cx() -> Call {
        Call::new("virTest", virErrorDomain::VIR_FROM_DOMAIN)
    }

    fn xml(name: &str, uuid_tail: &str) -> String {
        format!(
            "<domain type='test'><name>{name}</name>\
             <uuid>6b3c1e2a-0000-4000-8000-{uuid_tail}</uuid>\
             <memory>1024</memory><os><type>hvm</type></os></domain>"
        )
    }

    /// (name, id, event, detail) of the life-cycle events about `name`.
    fn about(events: &[DomainEvent], name: &str) -> Vec<(i32, i32, i32)> {
        events
            .iter()
            .filter(|e| e.dom.name == name)
            .filter_map(|e| match e.kind {
                DomainEventKind::Lifecycle { event, detail } => Some((e.dom.id, event, detail)),
                _ => None,
            })
            .collect()
    }

    /// The sequence libvirt's test driver raises (recorded from the C
    /// library with python3-libvirt's default event loop): define, start,
    /// suspend, resume, shutdown, start, destroy, undefine; then a
    /// transient domain created and destroyed. A stopped persistent
    /// domain's events carry id -1, a transient one's the id it ran with.
    #[test]
    fn lifecycle_events_match_the_c_driver() {
        let cx = &cx();
        let d = open(&Uri::parse("test:///default").unwrap(), 0).unwrap();
        let sink = Arc::new(RecordingSink::default());
        d.st.set_event_sink(sink.clone());

        let dom = d
            .domain_define_xml(cx, &xml("lc-ev", "000000000001"), 0)
            .unwrap();
        assert_eq!(dom.id, -1);
        let id1 = d.domain_create(cx, &dom, 0).unwrap().unwrap();
        d.domain_suspend(cx, &dom).unwrap();
        d.domain_resume(cx, &dom).unwrap();
        assert_eq!(d.domain_shutdown(cx, &dom, 0).unwrap(), Some(-1));
        let id2 = d.domain_create(cx, &dom, 0).unwrap().unwrap();
        assert!(id2 > id1);
        assert_eq!(d.domain_destroy(cx, &dom, 0).unwrap(), Some(-1));
        d.domain_undefine(cx, &dom, 0).unwrap();
        assert!(d.domain_lookup_by_name(cx, "lc-ev").is_err());

        let t = d
            .domain_create_xml(cx, &xml("lc-ev-t", "000000000002"), 0)
            .unwrap();
        assert!(!d.domain_is_persistent(cx, &t).unwrap());
        d.domain_destroy(cx, &t, 0).unwrap();
        assert!(d.domain_get_state(cx, &t, 0).is_err());

        let ev = sink.events();
        assert_eq!(
            about(&ev, "lc-ev"),
            vec![
                (-1, 0, 0),
                (id1, 2, 0),
                (id1, 3, 0),
                (id1, 4, 0),
                (-1, 5, 0),
                (id2, 2, 0),
                (-1, 5, 1),
                (-1, 1, 0),
            ]
        );
        assert_eq!(about(&ev, "lc-ev-t"), vec![(t.id, 2, 0), (t.id, 5, 1)]);
    }

    #[test]
    fn states_errors_and_definitions() {
        let cx = &cx();
        let d = open(&Uri::parse("test:///default").unwrap(), 0).unwrap();
        let dom = d
            .domain_define_xml(cx, &xml("lc-st", "000000000003"), 0)
            .unwrap();
        // A new domain is shut off for an unknown reason.
        assert_eq!(d.domain_get_state(cx, &dom, 0).unwrap(), (5, 0));
        let e = d.domain_destroy(cx, &dom, 0).unwrap_err();
        assert_eq!(
            e.message,
            "Requested operation is not valid: domain is not running"
        );
        let e = d.domain_suspend(cx, &dom).unwrap_err();
        assert_eq!(e.message, "internal error: domain 'lc-st' not running");
        d.domain_create(cx, &dom, 0).unwrap();
        let e = d.domain_create(cx, &dom, 0).unwrap_err();
        assert_eq!(
            e.message,
            "internal error: Domain 'lc-st' is already running"
        );
        // Same name, other UUID; same UUID, other name.
        let e = d
            .domain_define_xml(cx, &xml("lc-st", "000000000004"), 0)
            .unwrap_err();
        assert!(
            e.message.contains("already exists with uuid"),
            "{}",
            e.message
        );
        let e = d
            .domain_define_xml(cx, &xml("lc-st2", "000000000003"), 0)
            .unwrap_err();
        assert!(
            e.message.contains("is already defined with uuid"),
            "{}",
            e.message
        );
        // Undefining a running domain leaves it running, transient; its
        // destruction removes it.
        d.domain_undefine(cx, &dom, 0).unwrap();
        assert!(!d.domain_is_persistent(cx, &dom).unwrap());
        assert!(d.domain_is_active(cx, &dom).unwrap());
        d.domain_destroy(cx, &dom, 0).unwrap();
        assert!(d.domain_lookup_by_name(cx, "lc-st").is_err());
    }
}
