//! The test driver's domain snapshots: a tree of definitions per domain,
//! the current one, creation (with HALT and REDEFINE), listing with
//! libvirt's filters, revert (with its state changes and events) and
//! deletion.
//!
//! A domain's snapshots live in its `ObjState` (behind the domain's lock);
//! each definition is an `Arc` snapshot, formatted after the lock is let go.

use super::snapshot_tree::Snapshots;
use super::state::ObjState;
use super::{check_flags, obj_in, test_error, TestDriver};
use crate::conf::snapshot::{
    Location, SnapshotDef, STATE_DISK_SNAPSHOT, STATE_PAUSED, STATE_RUNNING, STATE_SHUTOFF,
};
use crate::driver::events::DomainEvent;
use crate::driver::{Call, DomainId, SnapshotDriver, SnapshotId};
use crate::error::{Error, Result};
use crate::util::uuid::uuid_string;
use oxvirt_abi::virDomainEventType as Ev;
use oxvirt_abi::virDomainSnapshotCreateFlags as C;
use oxvirt_abi::virDomainSnapshotDeleteFlags as D;
use oxvirt_abi::virDomainSnapshotListFlags as L;
use oxvirt_abi::virDomainSnapshotRevertFlags as R;
use oxvirt_abi::{
    virDomainEventStartedDetailType, virDomainEventStoppedDetailType,
    virDomainEventSuspendedDetailType, virDomainPausedReason, virDomainRunningReason,
    virDomainShutoffReason, virErrorDomain, virErrorNumber,
};
use std::sync::Arc;

impl Snapshots {
    pub fn len(&self) -> usize {
        self.defs.len()
    }

    /// The parent a snapshot is linked to: its named parent when that
    /// exists.
    fn parent_of<'a>(&'a self, def: &'a SnapshotDef) -> Option<&'a str> {
        def.parent.as_deref().filter(|p| self.defs.contains_key(*p))
    }

    fn children(&self, of: Option<&str>) -> Vec<&str> {
        self.defs
            .values()
            .filter(|d| self.parent_of(d) == of)
            .map(|d| d.name.as_str())
            .collect()
    }

    /// `of`'s descendants (or every snapshot), parents before children.
    fn descendants(&self, of: Option<&str>, out: &mut Vec<String>) {
        for c in self.children(of) {
            out.push(c.to_string());
            self.descendants(Some(c), out);
        }
    }

    fn has_children(&self, name: &str) -> bool {
        self.defs.values().any(|d| self.parent_of(d) == Some(name))
    }

    /// The names `flags` selects below `from` (the domain when `None`), as
    /// libvirt's moment lists select them.
    fn select(&self, from: Option<&str>, flags: u32) -> Vec<String> {
        let f = |x: L| flags & x as u32 != 0;
        let metadata = flags
            & (L::VIR_DOMAIN_SNAPSHOT_LIST_METADATA as u32
                | L::VIR_DOMAIN_SNAPSHOT_LIST_NO_METADATA as u32);
        if metadata == L::VIR_DOMAIN_SNAPSHOT_LIST_NO_METADATA as u32 {
            return Vec::new();
        }
        // ROOTS (from the domain) and DESCENDANTS (from a snapshot) share
        // a bit with opposite meanings.
        let all = if from.is_none() {
            !f(L::VIR_DOMAIN_SNAPSHOT_LIST_DESCENDANTS)
        } else {
            f(L::VIR_DOMAIN_SNAPSHOT_LIST_DESCENDANTS)
        };
        let mut names = Vec::new();
        if all {
            self.descendants(from, &mut names);
        } else {
            names = self
                .children(from)
                .into_iter()
                .map(str::to_string)
                .collect();
        }
        let leaves = flags
            & (L::VIR_DOMAIN_SNAPSHOT_LIST_LEAVES as u32
                | L::VIR_DOMAIN_SNAPSHOT_LIST_NO_LEAVES as u32);
        let status_bits = L::VIR_DOMAIN_SNAPSHOT_LIST_INACTIVE as u32
            | L::VIR_DOMAIN_SNAPSHOT_LIST_ACTIVE as u32
            | L::VIR_DOMAIN_SNAPSHOT_LIST_DISK_ONLY as u32;
        let status = flags & status_bits;
        let location_bits = L::VIR_DOMAIN_SNAPSHOT_LIST_INTERNAL as u32
            | L::VIR_DOMAIN_SNAPSHOT_LIST_EXTERNAL as u32;
        let location = flags & location_bits;
        names.retain(|n| {
            let Some(d) = self.defs.get(n) else {
                return false;
            };
            if leaves == L::VIR_DOMAIN_SNAPSHOT_LIST_LEAVES as u32 && self.has_children(n) {
                return false;
            }
            if leaves == L::VIR_DOMAIN_SNAPSHOT_LIST_NO_LEAVES as u32 && !self.has_children(n) {
                return false;
            }
            if status != 0 && status != status_bits {
                let ok = match d.state {
                    STATE_SHUTOFF => status & L::VIR_DOMAIN_SNAPSHOT_LIST_INACTIVE as u32 != 0,
                    STATE_DISK_SNAPSHOT => {
                        status & L::VIR_DOMAIN_SNAPSHOT_LIST_DISK_ONLY as u32 != 0
                    }
                    _ => status & L::VIR_DOMAIN_SNAPSHOT_LIST_ACTIVE as u32 != 0,
                };
                if !ok {
                    return false;
                }
            }
            if location != location_bits {
                if location == L::VIR_DOMAIN_SNAPSHOT_LIST_INTERNAL as u32 && d.is_external() {
                    return false;
                }
                if location == L::VIR_DOMAIN_SNAPSHOT_LIST_EXTERNAL as u32 && !d.is_external() {
                    return false;
                }
            }
            true
        });
        names
    }
}

const LIST_FLAGS: u32 = L::VIR_DOMAIN_SNAPSHOT_LIST_DESCENDANTS as u32
    | L::VIR_DOMAIN_SNAPSHOT_LIST_TOPOLOGICAL as u32
    | L::VIR_DOMAIN_SNAPSHOT_LIST_METADATA as u32
    | L::VIR_DOMAIN_SNAPSHOT_LIST_NO_METADATA as u32
    | L::VIR_DOMAIN_SNAPSHOT_LIST_LEAVES as u32
    | L::VIR_DOMAIN_SNAPSHOT_LIST_NO_LEAVES as u32
    | L::VIR_DOMAIN_SNAPSHOT_LIST_INACTIVE as u32
    | L::VIR_DOMAIN_SNAPSHOT_LIST_ACTIVE as u32
    | L::VIR_DOMAIN_SNAPSHOT_LIST_DISK_ONLY as u32
    | L::VIR_DOMAIN_SNAPSHOT_LIST_INTERNAL as u32
    | L::VIR_DOMAIN_SNAPSHOT_LIST_EXTERNAL as u32;

fn no_snapshot(detail: String) -> Error {
    test_error(virErrorNumber::VIR_ERR_NO_DOMAIN_SNAPSHOT, Some(&detail))
}

fn find<'s>(o: &'s ObjState, name: &str) -> Result<&'s Arc<SnapshotDef>> {
    o.snapshots
        .defs
        .get(name)
        .ok_or_else(|| no_snapshot(format!("no domain snapshot with matching name '{name}'")))
}

fn conf_error(code: virErrorNumber, detail: &str) -> Error {
    Error::new(virErrorDomain::VIR_FROM_DOMAIN_SNAPSHOT, code, Some(detail))
}

fn sid(dom: &DomainId, name: &str) -> SnapshotId {
    SnapshotId {
        dom: dom.clone(),
        name: name.to_string(),
    }
}

impl TestDriver {
    /// Runs `f` on the domain's state, locked.
    fn with_obj<T>(&self, dom: &DomainId, f: impl FnOnce(&mut ObjState) -> Result<T>) -> Result<T> {
        let obj = self.obj(dom)?;
        let mut o = obj.lock();
        f(&mut o)
    }

    fn emit_lifecycle(&self, o: &ObjState, event: Ev, detail: i32) {
        self.st
            .emit(DomainEvent::lifecycle(o.ident(), event as i32, detail));
    }

    /// libvirt's `virDomainSnapshotRedefinePrep` and assignment.
    fn redefine(&self, o: &mut ObjState, mut def: SnapshotDef, flags: u32) -> Result<String> {
        let invalid = |m: String| conf_error(virErrorNumber::VIR_ERR_INVALID_ARG, &m);
        // The moment list's own checks report in the domain's error domain.
        let cycle = |m: String| {
            Error::new(
                virErrorDomain::VIR_FROM_DOMAIN,
                virErrorNumber::VIR_ERR_INVALID_ARG,
                Some(&m),
            )
        };
        if let Some(p) = def.parent.clone() {
            if p == def.name {
                return Err(cycle(format!(
                    "cannot set moment {} as its own parent",
                    def.name
                )));
            }
            let mut other =
                o.snapshots.defs.get(&p).cloned().ok_or_else(|| {
                    cycle(format!("parent {p} for moment {} not found", def.name))
                })?;
            while let Some(pp) = other.parent.clone() {
                if pp == def.name {
                    return Err(cycle(format!(
                        "parent {} would create cycle to {}",
                        other.name, def.name
                    )));
                }
                match o.snapshots.defs.get(&pp) {
                    Some(x) => other = x.clone(),
                    None => break,
                }
            }
        }
        let other = o.snapshots.defs.get(&def.name).cloned();
        if flags & C::VIR_DOMAIN_SNAPSHOT_CREATE_DISK_ONLY as u32 != 0
            && def.state != STATE_DISK_SNAPSHOT
        {
            return Err(invalid(format!(
                "disk-only flag for snapshot {} requires disk-snapshot state",
                def.name
            )));
        }
        if let Some(d) = &def.dom {
            if d.uuid != o.def.uuid {
                return Err(invalid(format!(
                    "definition for snapshot {} must use uuid {}",
                    def.name,
                    uuid_string(&o.def.uuid)
                )));
            }
        }
        if let Some(other) = &other {
            let online = |s: i32| s == STATE_RUNNING || s == STATE_PAUSED;
            if online(other.state) != online(def.state) {
                return Err(invalid(format!(
                    "cannot change between online and offline snapshot state in snapshot {}",
                    def.name
                )));
            }
            if (other.state == STATE_DISK_SNAPSHOT) != (def.state == STATE_DISK_SNAPSHOT) {
                return Err(invalid(format!(
                    "cannot change between disk only and full system in snapshot {}",
                    def.name
                )));
            }
        }
        let location = if def.state == STATE_DISK_SNAPSHOT || def.is_external() {
            Location::External
        } else {
            Location::Internal
        };
        let other_dom = other.as_ref().and_then(|x| x.dom.clone());
        def.align_disks(other_dom.as_deref(), location)?;
        let name = def.name.clone();
        o.snapshots.defs.insert(name.clone(), Arc::new(def));
        Ok(name)
    }

    fn create_snapshot(
        &self,
        cx: &Call,
        dom: &DomainId,
        xml: &str,
        flags: u32,
    ) -> Result<(SnapshotId, Option<i32>)> {
        check_flags(
            cx,
            flags,
            C::VIR_DOMAIN_SNAPSHOT_CREATE_REDEFINE as u32
                | C::VIR_DOMAIN_SNAPSHOT_CREATE_CURRENT as u32
                | C::VIR_DOMAIN_SNAPSHOT_CREATE_HALT as u32
                | C::VIR_DOMAIN_SNAPSHOT_CREATE_QUIESCE as u32
                | C::VIR_DOMAIN_SNAPSHOT_CREATE_ATOMIC as u32
                | C::VIR_DOMAIN_SNAPSHOT_CREATE_LIVE as u32
                | C::VIR_DOMAIN_SNAPSHOT_CREATE_VALIDATE as u32,
        )?;
        let redefine = flags & C::VIR_DOMAIN_SNAPSHOT_CREATE_REDEFINE as u32 != 0;
        let update_current = !redefine || flags & C::VIR_DOMAIN_SNAPSHOT_CREATE_CURRENT as u32 != 0;
        let halt = flags & C::VIR_DOMAIN_SNAPSHOT_CREATE_HALT as u32 != 0;
        let mut doms = self.st.domains.write().unwrap_or_else(|p| p.into_inner());
        let obj = obj_in(&doms, dom)?;
        let mut o = obj.lock();
        if o.checkpoints.count() > 0 {
            return Err(test_error(
                virErrorNumber::VIR_ERR_OPERATION_UNSUPPORTED,
                Some("cannot create snapshot while checkpoint exists"),
            ));
        }
        if !o.persistent && halt {
            return Err(test_error(
                virErrorNumber::VIR_ERR_OPERATION_INVALID,
                Some("cannot halt after transient domain snapshot"),
            ));
        }
        let mut def = SnapshotDef::parse(xml, redefine)?;
        let mut new_id = None;
        let name = if redefine {
            self.redefine(&mut o, def, flags)?
        } else {
            def.dom = Some(o.def.clone());
            for d in &def.disks {
                if d.snapshot == Location::Manual {
                    return Err(test_error(
                        virErrorNumber::VIR_ERR_OPERATION_UNSUPPORTED,
                        Some("'manual' snapshot mode is not supported by the test driver"),
                    ));
                }
            }
            let mut location = Location::Internal;
            def.state = o.state;
            if def.memory == Location::External {
                location = Location::External;
            } else {
                def.memory = if def.state == STATE_SHUTOFF {
                    Location::No
                } else {
                    Location::Internal
                };
            }
            def.align_disks(None, location)?;
            if o.snapshots.defs.contains_key(&def.name) {
                return Err(Error::new(
                    virErrorDomain::VIR_FROM_DOMAIN,
                    virErrorNumber::VIR_ERR_OPERATION_FAILED,
                    Some(&format!("domain moment {} already exists", def.name)),
                ));
            }
            def.parent = o.snapshots.current.clone();
            let name = def.name.clone();
            o.snapshots.defs.insert(name.clone(), Arc::new(def));
            if halt && o.active() {
                Self::shutoff_state(
                    &mut doms,
                    &mut o,
                    virDomainShutoffReason::VIR_DOMAIN_SHUTOFF_FROM_SNAPSHOT,
                );
                o.id = -1;
                new_id = Some(-1);
                self.emit_lifecycle(
                    &o,
                    Ev::VIR_DOMAIN_EVENT_STOPPED,
                    virDomainEventStoppedDetailType::VIR_DOMAIN_EVENT_STOPPED_FROM_SNAPSHOT as i32,
                );
            }
            name
        };
        if update_current {
            o.snapshots.current = Some(name.clone());
        }
        Ok((sid(&o.ident(), &name), new_id))
    }

    fn delete_snapshot(&self, cx: &Call, snap: &SnapshotId, flags: u32) -> Result<()> {
        check_flags(
            cx,
            flags,
            D::VIR_DOMAIN_SNAPSHOT_DELETE_CHILDREN as u32
                | D::VIR_DOMAIN_SNAPSHOT_DELETE_CHILDREN_ONLY as u32,
        )?;
        self.with_obj(&snap.dom, |o| {
            let def = find(o, &snap.name)?.clone();
            let s = &mut o.snapshots;
            let children_only = flags & D::VIR_DOMAIN_SNAPSHOT_DELETE_CHILDREN_ONLY as u32 != 0;
            if flags
                & (D::VIR_DOMAIN_SNAPSHOT_DELETE_CHILDREN as u32
                    | D::VIR_DOMAIN_SNAPSHOT_DELETE_CHILDREN_ONLY as u32)
                != 0
            {
                let mut below = Vec::new();
                s.descendants(Some(&def.name), &mut below);
                let mut was_current = false;
                for n in below {
                    was_current |= s.current.as_deref() == Some(n.as_str());
                    s.defs.remove(&n);
                }
                if was_current {
                    s.current = Some(def.name.clone());
                }
            } else {
                // The children move up to the deleted one's parent.
                let parent = s.parent_of(&def).map(str::to_string);
                let kids: Vec<String> = s
                    .children(Some(&def.name))
                    .into_iter()
                    .map(str::to_string)
                    .collect();
                for k in kids {
                    if let Some(kd) = s.defs.get_mut(&k) {
                        let mut d = (**kd).clone();
                        d.parent = parent.clone();
                        *kd = Arc::new(d);
                    }
                }
            }
            if !children_only {
                if s.current.as_deref() == Some(def.name.as_str()) {
                    s.current = def.parent.clone().filter(|p| s.defs.contains_key(p));
                }
                s.defs.remove(&def.name);
            }
            Ok(())
        })
    }

    /// Reverts the domain to `snap`; answers the id the snapshot's domain
    /// handle takes when it changes.
    fn revert(&self, cx: &Call, snap: &SnapshotId, flags: u32) -> Result<Option<i32>> {
        check_flags(
            cx,
            flags,
            R::VIR_DOMAIN_SNAPSHOT_REVERT_RUNNING as u32
                | R::VIR_DOMAIN_SNAPSHOT_REVERT_PAUSED as u32
                | R::VIR_DOMAIN_SNAPSHOT_REVERT_FORCE as u32,
        )?;
        let run_flag = flags & R::VIR_DOMAIN_SNAPSHOT_REVERT_RUNNING as u32 != 0;
        let pause_flag = flags & R::VIR_DOMAIN_SNAPSHOT_REVERT_PAUSED as u32 != 0;
        let mut doms = self.st.domains.write().unwrap_or_else(|p| p.into_inner());
        let obj = obj_in(&doms, &snap.dom)?;
        let mut o = obj.lock();
        let def = find(&o, &snap.name)?.clone();
        let online = def.state == STATE_RUNNING || def.state == STATE_PAUSED;
        if !o.persistent && !online && !run_flag && !pause_flag {
            return Err(test_error(
                virErrorNumber::VIR_ERR_OPERATION_INVALID,
                Some(
                    "transient domain needs to request run or pause to revert to inactive snapshot",
                ),
            ));
        }
        let Some(config) = def.dom.clone() else {
            return Err(test_error(
                virErrorNumber::VIR_ERR_SNAPSHOT_REVERT_RISKY,
                Some(&format!(
                    "snapshot '{}' lacks domain '{}' rollback info",
                    def.name, o.def.name
                )),
            ));
        };
        o.snapshots.current = None;
        let mut new_id = None;
        let stop_ev =
            virDomainEventStoppedDetailType::VIR_DOMAIN_EVENT_STOPPED_FROM_SNAPSHOT as i32;
        let start_ev =
            virDomainEventStartedDetailType::VIR_DOMAIN_EVENT_STARTED_FROM_SNAPSHOT as i32;
        let susp_ev =
            virDomainEventSuspendedDetailType::VIR_DOMAIN_EVENT_SUSPENDED_FROM_SNAPSHOT as i32;
        if online {
            if o.active() {
                Self::shutoff_state(
                    &mut doms,
                    &mut o,
                    virDomainShutoffReason::VIR_DOMAIN_SHUTOFF_FROM_SNAPSHOT,
                );
                o.id = -1;
                new_id = Some(-1);
                self.emit_lifecycle(&o, Ev::VIR_DOMAIN_EVENT_STOPPED, stop_ev);
            }
            super::lifecycle::assign_def(&mut o, config, false);
            self.start_state(&mut doms, &obj, &mut o);
            o.reason = virDomainRunningReason::VIR_DOMAIN_RUNNING_FROM_SNAPSHOT as i32;
            self.emit_lifecycle(&o, Ev::VIR_DOMAIN_EVENT_STARTED, start_ev);
            if !run_flag && (def.state == STATE_PAUSED || pause_flag) {
                o.state = STATE_PAUSED;
                o.reason = virDomainPausedReason::VIR_DOMAIN_PAUSED_FROM_SNAPSHOT as i32;
                self.emit_lifecycle(&o, Ev::VIR_DOMAIN_EVENT_SUSPENDED, susp_ev);
            }
        } else {
            super::lifecycle::assign_def(&mut o, config, false);
            if o.active() {
                Self::shutoff_state(
                    &mut doms,
                    &mut o,
                    virDomainShutoffReason::VIR_DOMAIN_SHUTOFF_FROM_SNAPSHOT,
                );
                o.id = -1;
                new_id = Some(-1);
                self.emit_lifecycle(&o, Ev::VIR_DOMAIN_EVENT_STOPPED, stop_ev);
            }
            // libvirt's test driver announces the start it is asked for
            // without starting the domain.
            if run_flag || pause_flag {
                self.emit_lifecycle(&o, Ev::VIR_DOMAIN_EVENT_STARTED, start_ev);
                if pause_flag {
                    self.emit_lifecycle(&o, Ev::VIR_DOMAIN_EVENT_SUSPENDED, susp_ev);
                }
            }
        }
        o.snapshots.current = Some(def.name.clone());
        Ok(new_id)
    }
}

impl SnapshotDriver for TestDriver {
    fn snapshot_num(&self, cx: &Call, dom: &DomainId, flags: u32) -> Result<usize> {
        check_flags(cx, flags, LIST_FLAGS)?;
        self.with_obj(dom, |o| Ok(o.snapshots.select(None, flags).len()))
    }
    fn snapshot_list_names(&self, cx: &Call, dom: &DomainId, flags: u32) -> Result<Vec<String>> {
        check_flags(cx, flags, LIST_FLAGS)?;
        self.with_obj(dom, |o| Ok(o.snapshots.select(None, flags)))
    }
    fn list_all_snapshots(&self, cx: &Call, dom: &DomainId, flags: u32) -> Result<Vec<SnapshotId>> {
        check_flags(cx, flags, LIST_FLAGS)?;
        let names = self.with_obj(dom, |o| Ok(o.snapshots.select(None, flags)))?;
        Ok(names.iter().map(|n| sid(dom, n)).collect())
    }
    fn snapshot_num_children(&self, cx: &Call, snap: &SnapshotId, flags: u32) -> Result<usize> {
        check_flags(cx, flags, LIST_FLAGS)?;
        self.with_obj(&snap.dom, |o| {
            find(o, &snap.name)?;
            Ok(o.snapshots.select(Some(&snap.name), flags).len())
        })
    }
    fn snapshot_list_children_names(
        &self,
        cx: &Call,
        snap: &SnapshotId,
        flags: u32,
    ) -> Result<Vec<String>> {
        check_flags(cx, flags, LIST_FLAGS)?;
        self.with_obj(&snap.dom, |o| {
            find(o, &snap.name)?;
            Ok(o.snapshots.select(Some(&snap.name), flags))
        })
    }
    fn snapshot_list_all_children(
        &self,
        cx: &Call,
        snap: &SnapshotId,
        flags: u32,
    ) -> Result<Vec<SnapshotId>> {
        check_flags(cx, flags, LIST_FLAGS)?;
        let names = self.with_obj(&snap.dom, |o| {
            find(o, &snap.name)?;
            Ok(o.snapshots.select(Some(&snap.name), flags))
        })?;
        Ok(names.iter().map(|n| sid(&snap.dom, n)).collect())
    }
    fn snapshot_lookup_by_name(
        &self,
        cx: &Call,
        dom: &DomainId,
        name: &str,
        flags: u32,
    ) -> Result<SnapshotId> {
        check_flags(cx, flags, 0)?;
        self.with_obj(dom, |o| find(o, name).map(|d| sid(dom, &d.name)))
    }
    fn domain_has_current_snapshot(&self, cx: &Call, dom: &DomainId, flags: u32) -> Result<bool> {
        check_flags(cx, flags, 0)?;
        self.with_obj(dom, |o| Ok(o.snapshots.current.is_some()))
    }
    fn snapshot_get_parent(&self, cx: &Call, snap: &SnapshotId, flags: u32) -> Result<SnapshotId> {
        check_flags(cx, flags, 0)?;
        self.with_obj(&snap.dom, |o| {
            let d = find(o, &snap.name)?;
            match &d.parent {
                Some(p) => Ok(sid(&snap.dom, p)),
                None => Err(no_snapshot(format!(
                    "snapshot '{}' does not have a parent",
                    d.name
                ))),
            }
        })
    }
    fn snapshot_current(&self, cx: &Call, dom: &DomainId, flags: u32) -> Result<SnapshotId> {
        check_flags(cx, flags, 0)?;
        self.with_obj(dom, |o| match &o.snapshots.current {
            Some(c) => Ok(sid(dom, c)),
            None => Err(no_snapshot(
                "the domain does not have a current snapshot".into(),
            )),
        })
    }
    fn snapshot_get_xml_desc(&self, cx: &Call, snap: &SnapshotId, flags: u32) -> Result<String> {
        use oxvirt_abi::virDomainSnapshotXMLFlags as X;
        check_flags(cx, flags, X::VIR_DOMAIN_SNAPSHOT_XML_SECURE as u32)?;
        let def = self.with_obj(&snap.dom, |o| find(o, &snap.name).cloned())?;
        // Formatted after the domain's lock is let go.
        let secure = flags & X::VIR_DOMAIN_SNAPSHOT_XML_SECURE as u32 != 0;
        Ok(def.format(&uuid_string(&snap.dom.uuid), secure))
    }
    fn snapshot_is_current(&self, cx: &Call, snap: &SnapshotId, flags: u32) -> Result<bool> {
        check_flags(cx, flags, 0)?;
        self.with_obj(&snap.dom, |o| {
            find(o, &snap.name)?;
            Ok(o.snapshots.current.as_deref() == Some(snap.name.as_str()))
        })
    }
    fn snapshot_has_metadata(&self, cx: &Call, snap: &SnapshotId, flags: u32) -> Result<bool> {
        check_flags(cx, flags, 0)?;
        self.with_obj(&snap.dom, |o| find(o, &snap.name).map(|_| true))
    }
    fn snapshot_create_xml(
        &self,
        cx: &Call,
        dom: &DomainId,
        xml: &str,
        flags: u32,
    ) -> Result<(SnapshotId, Option<i32>)> {
        self.create_snapshot(cx, dom, xml, flags)
    }
    fn revert_to_snapshot(&self, cx: &Call, snap: &SnapshotId, flags: u32) -> Result<Option<i32>> {
        self.revert(cx, snap, flags)
    }
    fn snapshot_delete(&self, cx: &Call, snap: &SnapshotId, flags: u32) -> Result<()> {
        self.delete_snapshot(cx, snap, flags)
    }
}
