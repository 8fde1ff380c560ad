//! Delivering drivers' events to applications' callbacks.
//!
//! A hub belongs to the state a driver's connections share (libvirt keeps
//! one per driver: every connection to `test:///default` sees the events
//! any of them caused, and callback ids count up across them). Drivers
//! push events into it ([`EventSink`]); pushing only queues them. Delivery
//! runs from one timer on the registered event loop, armed when the queue
//! stops being empty: one firing delivers everything queued, on the loop's
//! thread, with no lock of ours held while a callback runs, so a callback
//! may call any API, deregister itself or close its connection.
//!
//! Callbacks removed while a delivery runs are only marked; they are
//! released (the application's free function called, their connection
//! reference dropped) when the delivery ends. Removed outside a delivery,
//! they are released before the removal returns, as in libvirt.

use super::event_loop::FreeFn;
use super::loop_impl::{self, LoopImpl};
use crate::driver::events::{EventSink, Family, ObjectEvent, ObjectKey};
use crate::error::improved::{self, Improved};
use crate::error::{Error, Result};
use oxvirt_abi::{virErrorDomain, virErrorNumber};
use std::any::Any;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, Weak};

/// The connection a callback was registered on. The hub only compares
/// and hands it back (the ffi layer knows it is a connection handle), so
/// it does not name the connection type, which itself names the hub.
pub type Conn = Arc<dyn Any + Send + Sync>;

/// Hands one event to the application's function (the ffi layer builds
/// the C arguments of the event's callback type).
pub type Deliver = Box<dyn Fn(&Conn, &ObjectEvent) + Send + Sync>;
/// A further test an event must pass (qemu monitor event names).
pub type Filter = Box<dyn Fn(&ObjectEvent) -> bool + Send + Sync>;

/// What an application registers.
pub struct Callback {
    pub family: Family,
    pub event_id: i32,
    /// Only events about this object.
    pub key: Option<ObjectKey>,
    /// A registration with a filter is never a duplicate of another.
    pub filter: Option<Filter>,
    /// Registered by function (`virConnectDomainEventRegister`), not id.
    pub legacy: bool,
    /// The application's function, which duplicate and legacy lookups
    /// compare.
    pub func: usize,
    pub deliver: Deliver,
    /// Releases the application's data, once.
    pub free: Option<FreeFn>,
}

struct Entry {
    id: i32,
    conn: Conn,
    family: Family,
    event_id: i32,
    key: Option<ObjectKey>,
    filter: Option<Filter>,
    legacy: bool,
    func: usize,
    deliver: Deliver,
    free: Mutex<Option<FreeFn>>,
    deleted: AtomicBool,
}

impl Entry {
    fn wants(&self, ev: &ObjectEvent) -> bool {
        !self.deleted.load(Ordering::Acquire)
            && self.family == ev.family()
            && self.event_id == ev.event_id()
            && self.filter.as_ref().is_none_or(|f| f(ev))
            && self.key.as_ref().is_none_or(|k| ev.is_about(k))
    }

    fn release(&self) {
        let free = self.free.lock().unwrap_or_else(|p| p.into_inner()).take();
        if let Some(free) = free {
            free();
        }
    }
}

#[derive(Default)]
struct State {
    entries: Vec<Arc<Entry>>,
    queue: Vec<ObjectEvent>,
    /// The delivery timer, -1 while nobody is registered.
    timer: i32,
    /// The loop the timer belongs to.
    lp: Option<Arc<dyn LoopImpl>>,
    next_id: i32,
    dispatching: bool,
}

pub struct EventHub {
    st: Mutex<State>,
    /// Serialises creating and removing the timer (calls into the
    /// application's loop), so a registration never lands between the
    /// last removal's check and its removing the timer. Never held while
    /// a callback or free function runs.
    timer_lock: Mutex<()>,
    me: Weak<EventHub>,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

/// Whether two references name the same connection (by address: the
/// vtable half of the pointer may differ between codegen units).
fn same(a: &Conn, b: &Conn) -> bool {
    std::ptr::addr_eq(Arc::as_ptr(a), Arc::as_ptr(b))
}

fn none_error(code: virErrorNumber, detail: &str) -> Error {
    Error::new(virErrorDomain::VIR_FROM_NONE, code, Some(detail))
}

impl EventHub {
    pub fn new() -> Arc<EventHub> {
        Arc::new_cyclic(|me| EventHub {
            st: Mutex::new(State {
                timer: -1,
                ..State::default()
            }),
            timer_lock: Mutex::new(()),
            me: me.clone(),
        })
    }

    /// Adds `cb` for `conn`; its callback id.
    pub fn register(&self, conn: &Conn, cb: Callback) -> Result<i32> {
        let _t = lock(&self.timer_lock);
        let created = if lock(&self.st).timer < 0 {
            Some(self.new_timer()?)
        } else {
            None
        };
        let mut st = lock(&self.st);
        if let Some((t, lp)) = created {
            st.timer = t;
            st.lp = Some(lp);
        }
        let dup = cb.filter.is_none()
            && st.entries.iter().any(|e| {
                !e.deleted.load(Ordering::Acquire)
                    && e.filter.is_none()
                    && e.family == cb.family
                    && e.event_id == cb.event_id
                    && same(&e.conn, conn)
                    && e.key == cb.key
                    && e.legacy == cb.legacy
                    && e.func == cb.func
            });
        if dup {
            let stale = self.take_timer_if_idle(&mut st);
            drop(st);
            Self::remove_timer(stale);
            // The caller keeps its data: a failed registration drops its
            // free function uncalled.
            drop(cb);
            return Err(none_error(
                virErrorNumber::VIR_ERR_INVALID_ARG,
                "event callback already tracked",
            ));
        }
        let id = st.next_id;
        st.next_id += 1;
        st.entries.push(Arc::new(Entry {
            id,
            conn: conn.clone(),
            family: cb.family,
            event_id: cb.event_id,
            key: cb.key,
            filter: cb.filter,
            legacy: cb.legacy,
            func: cb.func,
            deliver: cb.deliver,
            free: Mutex::new(cb.free),
            deleted: AtomicBool::new(false),
        }));
        Ok(id)
    }

    /// The id of `conn`'s legacy domain life-cycle registration of `func`.
    pub fn legacy_id(&self, conn: &Conn, func: usize) -> Result<i32> {
        lock(&self.st)
            .entries
            .iter()
            .find(|e| {
                !e.deleted.load(Ordering::Acquire)
                    && e.legacy
                    && e.func == func
                    && e.family == Family::Domain
                    && e.key.is_none()
                    && same(&e.conn, conn)
            })
            .map(|e| e.id)
            .ok_or_else(|| {
                none_error(
                    virErrorNumber::VIR_ERR_INVALID_ARG,
                    &format!("event callback function {func:#x} not registered"),
                )
            })
    }

    /// The family of `conn`'s registration `id`, if it has one.
    pub fn family_of(&self, conn: &Conn, id: i32) -> Option<Family> {
        lock(&self.st)
            .entries
            .iter()
            .find(|e| e.id == id && same(&e.conn, conn))
            .map(|e| e.family)
    }

    /// Removes `conn`'s registration `id`.
    pub fn deregister(&self, conn: &Conn, id: i32) -> Result<()> {
        let _t = lock(&self.timer_lock);
        let mut st = lock(&self.st);
        let Some(at) = st
            .entries
            .iter()
            .position(|e| e.id == id && same(&e.conn, conn))
        else {
            return Err(none_error(
                virErrorNumber::VIR_ERR_INVALID_ARG,
                &format!("could not find event callback {id} for deletion"),
            ));
        };
        let gone = if st.dispatching {
            st.entries[at].deleted.store(true, Ordering::Release);
            None
        } else {
            Some(st.entries.remove(at))
        };
        let stale = self.take_timer_if_idle(&mut st);
        drop(st);
        Self::remove_timer(stale);
        drop(_t);
        if let Some(e) = gone {
            e.release();
        }
        Ok(())
    }

    /// A timer on the registered loop that runs [`EventHub::flush`].
    fn new_timer(&self) -> Result<(i32, Arc<dyn LoopImpl>)> {
        let no_loop = || {
            none_error(
                virErrorNumber::VIR_ERR_INTERNAL_ERROR,
                improved::text(Improved::NoEventLoop),
            )
        };
        let lp = loop_impl::registered().ok_or_else(no_loop)?;
        let me = self.me.clone();
        let t = lp.add_timeout(
            -1,
            Arc::new(move |_| {
                if let Some(hub) = me.upgrade() {
                    hub.flush();
                }
            }),
            None,
        );
        if t < 0 {
            return Err(no_loop());
        }
        Ok((t, lp))
    }

    /// With nobody registered, the timer goes and queued events with it;
    /// the caller removes the returned timer once it let go of the state.
    fn take_timer_if_idle(&self, st: &mut State) -> Option<(i32, Arc<dyn LoopImpl>)> {
        if !st.entries.is_empty() || st.timer < 0 {
            return None;
        }
        st.queue.clear();
        let t = std::mem::replace(&mut st.timer, -1);
        st.lp.take().map(|lp| (t, lp))
    }

    fn remove_timer(t: Option<(i32, Arc<dyn LoopImpl>)>) {
        if let Some((t, lp)) = t {
            lp.remove_timeout(t);
        }
    }

    /// Delivers every queued event to every callback that wants it, in
    /// queue order, then releases the callbacks removed meanwhile.
    pub fn flush(&self) {
        let (timer, lp) = {
            let mut st = lock(&self.st);
            if st.dispatching {
                // Another thread runs the loop too and is delivering; it
                // will see what is queued when the timer fires again.
                return;
            }
            st.dispatching = true;
            (st.timer, st.lp.clone())
        };
        // Disarmed before the queue is taken: an event queued after the
        // take re-arms the timer after this, so none is left waiting.
        if let (true, Some(lp)) = (timer >= 0, &lp) {
            lp.update_timeout(timer, -1);
        }
        let events = std::mem::take(&mut lock(&self.st).queue);
        for ev in &events {
            // The callbacks registered now; ones added by a callback get
            // the next event, as in libvirt.
            let targets: Vec<Arc<Entry>> = lock(&self.st)
                .entries
                .iter()
                .filter(|e| e.wants(ev))
                .cloned()
                .collect();
            for e in targets {
                if !e.deleted.load(Ordering::Acquire) {
                    // A panic stops at this callback: the others still get
                    // their events and the hub leaves its delivery state.
                    let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                        (e.deliver)(&e.conn, ev)
                    }));
                }
            }
        }
        let t = lock(&self.timer_lock);
        let mut st = lock(&self.st);
        let mut gone = Vec::new();
        st.entries.retain(|e| {
            let keep = !e.deleted.load(Ordering::Acquire);
            if !keep {
                gone.push(e.clone());
            }
            keep
        });
        let stale = self.take_timer_if_idle(&mut st);
        st.dispatching = false;
        drop(st);
        Self::remove_timer(stale);
        drop(t);
        for e in gone {
            e.release();
        }
    }
}

impl EventSink for EventHub {
    fn push_event(&self, ev: ObjectEvent) {
        let arm = {
            let mut st = lock(&self.st);
            if st.timer < 0 {
                return; // nobody listens
            }
            st.queue.push(ev);
            if st.queue.len() == 1 {
                st.lp.clone().map(|lp| (st.timer, lp))
            } else {
                None
            }
        };
        if let Some((t, lp)) = arm {
            lp.update_timeout(t, 0);
        }
    }
}

impl Drop for EventHub {
    fn drop(&mut self) {
        let st = self.st.get_mut().unwrap_or_else(|p| p.into_inner());
        if st.timer >= 0 {
            if let Some(lp) = st.lp.take() {
                lp.remove_timeout(st.timer);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::driver::events::DomainEvent;
    use crate::driver::ids::{DomainId, NetworkId, NodeDeviceId, StoragePoolId};
    use std::sync::atomic::AtomicUsize;

    /// A hub and a stand-in connection (any value will do).
    fn setup() -> (Arc<EventHub>, Conn) {
        loop_impl::register_default();
        (EventHub::new(), Arc::new(1u8))
    }

    type Log = Arc<Mutex<Vec<String>>>;

    fn cb(family: Family, event_id: i32, key: Option<ObjectKey>, tag: &str, log: &Log) -> Callback {
        let (tag, log) = (tag.to_string(), log.clone());
        Callback {
            family,
            event_id,
            key,
            filter: None,
            legacy: false,
            func: tag.len(),
            deliver: Box::new(move |_, ev| lock(&log).push(format!("{tag}: {ev:?}"))),
            free: None,
        }
    }

    fn dom(name: &str, u: u8) -> DomainId {
        DomainId {
            name: name.into(),
            uuid: [u; 16],
            id: -1,
        }
    }

    #[test]
    fn filters_by_family_id_and_object() {
        let (hub, c) = setup();
        let log = Log::default();
        hub.push(DomainEvent::lifecycle(dom("early", 9), 0, 0));
        let ids = [
            hub.register(&c, cb(Family::Domain, 0, None, "dom", &log)),
            hub.register(
                &c,
                cb(
                    Family::Domain,
                    0,
                    Some(ObjectKey::Uuid([1; 16])),
                    "dom1",
                    &log,
                ),
            ),
            hub.register(
                &c,
                cb(
                    Family::Network,
                    0,
                    Some(ObjectKey::Uuid([2; 16])),
                    "net2",
                    &log,
                ),
            ),
            hub.register(&c, cb(Family::StoragePool, 1, None, "refresh", &log)),
            hub.register(
                &c,
                cb(
                    Family::NodeDevice,
                    0,
                    Some(ObjectKey::Name("d".into())),
                    "devd",
                    &log,
                ),
            ),
        ];
        let ids: Vec<i32> = ids.into_iter().map(|r| r.unwrap()).collect();
        assert_eq!(ids, [0, 1, 2, 3, 4]);
        hub.push(DomainEvent::lifecycle(dom("a", 1), 2, 0));
        hub.push(DomainEvent::lifecycle(dom("b", 3), 3, 0));
        let net = |u| NetworkId {
            name: "n".into(),
            uuid: [u; 16],
        };
        hub.push_event(ObjectEvent::Network {
            net: net(2),
            event: 0,
            detail: 0,
        });
        hub.push_event(ObjectEvent::Network {
            net: net(5),
            event: 0,
            detail: 0,
        });
        let pool = StoragePoolId {
            name: "p".into(),
            uuid: [4; 16],
        };
        for event_id in [0, 1] {
            hub.push_event(ObjectEvent::StoragePool {
                pool: pool.clone(),
                event_id,
                event: 0,
                detail: 0,
            });
        }
        for name in ["d", "e"] {
            let dev = NodeDeviceId { name: name.into() };
            hub.push_event(ObjectEvent::NodeDevice {
                dev,
                event_id: 0,
                event: 1,
                detail: 0,
            });
        }
        hub.flush();
        let got: Vec<String> = lock(&log)
            .iter()
            .map(|l| l.split(':').next().unwrap_or("").to_string())
            .collect();
        assert_eq!(got, ["dom", "dom1", "dom", "net2", "refresh", "devd"]);
        for id in ids {
            hub.deregister(&c, id).unwrap();
        }
    }

    #[test]
    fn duplicates_unknown_ids_and_deferred_release() {
        let (hub, c) = setup();
        let log = Log::default();
        let other: Conn = Arc::new(2u8);
        let id = hub
            .register(&c, cb(Family::Domain, 0, None, "x", &log))
            .unwrap();
        let e = hub
            .register(&c, cb(Family::Domain, 0, None, "x", &log))
            .unwrap_err();
        assert_eq!(
            e.message,
            "invalid argument: event callback already tracked"
        );
        assert_eq!(e.domain, virErrorDomain::VIR_FROM_NONE as i32);
        // Another connection's registration is not found.
        let e = hub.deregister(&other, id).unwrap_err();
        assert!(e.message.contains("could not find event callback"));
        let e = hub.legacy_id(&c, 1).unwrap_err();
        assert_eq!(
            e.message,
            "invalid argument: event callback function 0x1 not registered"
        );

        // A callback removing itself: released once, after the delivery.
        let freed = Arc::new(AtomicUsize::new(0));
        let (h2, c2, f2) = (hub.clone(), c.clone(), freed.clone());
        let me = Arc::new(Mutex::new(-1));
        let me2 = me.clone();
        let self_id = hub
            .register(
                &c,
                Callback {
                    family: Family::Domain,
                    event_id: 0,
                    key: None,
                    filter: None,
                    legacy: true,
                    func: 7,
                    deliver: Box::new(move |_, _| {
                        let id = *lock(&me2);
                        h2.deregister(&c2, id).unwrap();
                        // Still listed (only marked) while the delivery runs.
                        h2.deregister(&c2, id).unwrap();
                        assert_eq!(f2.load(Ordering::SeqCst), 0);
                    }),
                    free: Some(Box::new({
                        let f = freed.clone();
                        move || {
                            f.fetch_add(1, Ordering::SeqCst);
                        }
                    })),
                },
            )
            .unwrap();
        *lock(&me) = self_id;
        assert_eq!(hub.legacy_id(&c, 7).unwrap(), self_id);
        hub.push(DomainEvent::lifecycle(dom("a", 1), 2, 0));
        hub.push(DomainEvent::lifecycle(dom("a", 1), 3, 0));
        hub.flush();
        assert_eq!(freed.load(Ordering::SeqCst), 1);
        let e = hub.deregister(&c, self_id).unwrap_err();
        assert_eq!(
            e.message,
            format!("invalid argument: could not find event callback {self_id} for deletion")
        );
        assert_eq!(lock(&log).len(), 2, "the other callback got both events");
        hub.deregister(&c, id).unwrap();
        // Nobody listens: the timer is gone and events are dropped.
        hub.push(DomainEvent::lifecycle(dom("a", 1), 4, 0));
        assert!(lock(&hub.st).queue.is_empty());
        assert_eq!(lock(&hub.st).timer, -1);
    }
}
