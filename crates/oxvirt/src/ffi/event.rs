//! Entry points declared in `libvirt-event.h`.

use crate::base::event_loop::{FreeFn, TimerFn};
use crate::base::loop_impl::LoopImpl;
use crate::ffi::prelude::*;
use std::sync::RwLock;

entry_point_domain!(VIR_FROM_EVENT);

/// `virEventAddHandle`: asks the registered event loop to watch `fd`;
/// -1 when no loop is registered.
#[no_mangle]
pub unsafe extern "C" fn virEventAddHandle(
    fd: c_int,
    events: c_int,
    cb: virEventHandleCallback,
    opaque: *mut c_void,
    ff: virFreeCallback,
) -> c_int {
    quiet!(-1, "virEventAddHandle", || match hooks().add_handle {
        Some(f) => f(fd, events, cb, opaque, ff),
        None => -1,
    })
}

/// `virEventAddTimeout`: asks the registered event loop for a timer;
/// -1 when no loop is registered.
#[no_mangle]
pub unsafe extern "C" fn virEventAddTimeout(
    timeout: c_int,
    cb: virEventTimeoutCallback,
    opaque: *mut c_void,
    ff: virFreeCallback,
) -> c_int {
    quiet!(-1, "virEventAddTimeout", || match hooks().add_timeout {
        Some(f) => f(timeout, cb, opaque, ff),
        None => -1,
    })
}

/// `virEventRegisterDefaultImpl`: makes oxvirt's own event loop the one
/// the library uses (ignored, as in libvirt, if the application already
/// registered one); drive it with `virEventRunDefaultImpl`.
#[no_mangle]
pub unsafe extern "C" fn virEventRegisterDefaultImpl() -> c_int {
    api!(-1, "virEventRegisterDefaultImpl", || {
        // Once per process, as libvirt: a second call changes nothing.
        static ONCE: std::sync::Once = std::sync::Once::new();
        ONCE.call_once(|| {
            // Core drives the default loop directly, not through the C
            // hooks below (unless the application registered its own
            // loop first, which then stays).
            crate::base::loop_impl::register_default();
            virEventRegisterImpl(
                Some(default_add_handle),
                Some(default_update_handle),
                Some(default_remove_handle),
                Some(default_add_timeout),
                Some(default_update_timeout),
                Some(default_remove_timeout),
            )
        });
        Ok(0)
    })
}

/// `virEventRegisterImpl`: installs the application's event loop; a
/// second registration is ignored, as in libvirt.
#[no_mangle]
pub unsafe extern "C" fn virEventRegisterImpl(
    addHandle: virEventAddHandleFunc,
    updateHandle: virEventUpdateHandleFunc,
    removeHandle: virEventRemoveHandleFunc,
    addTimeout: virEventAddTimeoutFunc,
    updateTimeout: virEventUpdateTimeoutFunc,
    removeTimeout: virEventRemoveTimeoutFunc,
) {
    quiet!((), "virEventRegisterImpl", || {
        let mut h = HOOKS.write().unwrap_or_else(|p| p.into_inner());
        if h.is_registered() {
            crate::log_warn!("event", "Ignoring attempt to replace registered event loop");
            return;
        }
        *h = Hooks {
            add_handle: addHandle,
            update_handle: updateHandle,
            remove_handle: removeHandle,
            add_timeout: addTimeout,
            update_timeout: updateTimeout,
            remove_timeout: removeTimeout,
        };
        crate::base::loop_impl::register(std::sync::Arc::new(*h));
    })
}

/// `virEventRemoveHandle`: stops watching; -1 when no loop is registered.
#[no_mangle]
pub unsafe extern "C" fn virEventRemoveHandle(watch: c_int) -> c_int {
    quiet!(-1, "virEventRemoveHandle", || match hooks().remove_handle {
        Some(f) => f(watch),
        None => -1,
    })
}

/// `virEventRemoveTimeout`: drops a timer; -1 when no loop is registered.
#[no_mangle]
pub unsafe extern "C" fn virEventRemoveTimeout(timer: c_int) -> c_int {
    quiet!(
        -1,
        "virEventRemoveTimeout",
        || match hooks().remove_timeout {
            Some(f) => f(timer),
            None => -1,
        }
    )
}

/// `virEventRunDefaultImpl`: runs one iteration of the default loop,
/// waiting until a watched descriptor or timer is ready.
#[no_mangle]
pub unsafe extern "C" fn virEventRunDefaultImpl() -> c_int {
    api!(-1, "virEventRunDefaultImpl", || {
        crate::base::event_loop::default_loop().run_once();
        Ok(0)
    })
}

/// `virEventUpdateHandle`: changes the events watched on a handle.
#[no_mangle]
pub unsafe extern "C" fn virEventUpdateHandle(watch: c_int, events: c_int) {
    quiet!((), "virEventUpdateHandle", || {
        if let Some(f) = hooks().update_handle {
            f(watch, events)
        }
    })
}

/// `virEventUpdateTimeout`: changes a timer's period (-1 disables it).
#[no_mangle]
pub unsafe extern "C" fn virEventUpdateTimeout(timer: c_int, timeout: c_int) {
    quiet!((), "virEventUpdateTimeout", || {
        if let Some(f) = hooks().update_timeout {
            f(timer, timeout)
        }
    })
}

/// The event loop the application registered (`virEventRegisterImpl`).
/// Copies of the hooks are taken before calling them, so no lock is held
/// while the application's code runs.
#[derive(Clone, Copy)]
struct Hooks {
    add_handle: virEventAddHandleFunc,
    update_handle: virEventUpdateHandleFunc,
    remove_handle: virEventRemoveHandleFunc,
    add_timeout: virEventAddTimeoutFunc,
    update_timeout: virEventUpdateTimeoutFunc,
    remove_timeout: virEventRemoveTimeoutFunc,
}

impl Hooks {
    const NONE: Hooks = Hooks {
        add_handle: None,
        update_handle: None,
        remove_handle: None,
        add_timeout: None,
        update_timeout: None,
        remove_timeout: None,
    };

    fn is_registered(&self) -> bool {
        self.add_handle.is_some()
            || self.update_handle.is_some()
            || self.remove_handle.is_some()
            || self.add_timeout.is_some()
            || self.update_timeout.is_some()
            || self.remove_timeout.is_some()
    }
}

static HOOKS: RwLock<Hooks> = RwLock::new(Hooks::NONE);

fn hooks() -> Hooks {
    *HOOKS.read().unwrap_or_else(|p| p.into_inner())
}

// The default loop's side of the hooks: C callbacks and their data wrapped
// into Rust closures. The caller's `opaque` pointers cross threads as
// integers; libvirt's contract makes them the caller's to synchronise.

unsafe extern "C" fn default_add_handle(
    fd: c_int,
    events: c_int,
    cb: virEventHandleCallback,
    opaque: *mut c_void,
    ff: virFreeCallback,
) -> c_int {
    // libvirt's default loop takes a watch without a callback (and would
    // call NULL when it fires); ours takes it and calls nothing.
    let data = opaque as usize;
    quiet!(-1, "default_add_handle", || {
        crate::base::event_loop::default_loop().add_handle(
            fd,
            events,
            // SAFETY: the loop calls back with the caller's own function and
            // data, as the caller registered them.
            std::sync::Arc::new(move |watch, fd, ev| unsafe {
                if let Some(cb) = cb {
                    cb(watch, fd, ev, data as *mut c_void)
                }
            }),
            crate::ffi::event_callbacks::free_fn(ff, data),
        )
    })
}

unsafe extern "C" fn default_update_handle(watch: c_int, events: c_int) {
    quiet!((), "default_update_handle", || {
        crate::base::event_loop::default_loop().update_handle(watch, events)
    })
}

unsafe extern "C" fn default_remove_handle(watch: c_int) -> c_int {
    quiet!(-1, "default_remove_handle", || {
        crate::base::event_loop::default_loop().remove_handle(watch)
    })
}

unsafe extern "C" fn default_add_timeout(
    timeout: c_int,
    cb: virEventTimeoutCallback,
    opaque: *mut c_void,
    ff: virFreeCallback,
) -> c_int {
    // As with handles: a timer without a callback is taken, and fires
    // nothing.
    let data = opaque as usize;
    quiet!(-1, "default_add_timeout", || {
        crate::base::event_loop::default_loop().add_timeout(
            timeout,
            // SAFETY: the caller's own function and data, as registered.
            std::sync::Arc::new(move |timer| unsafe {
                if let Some(cb) = cb {
                    cb(timer, data as *mut c_void)
                }
            }),
            crate::ffi::event_callbacks::free_fn(ff, data),
        )
    })
}

unsafe extern "C" fn default_update_timeout(timer: c_int, timeout: c_int) {
    quiet!((), "default_update_timeout", || {
        crate::base::event_loop::default_loop().update_timeout(timer, timeout)
    })
}

unsafe extern "C" fn default_remove_timeout(timer: c_int) -> c_int {
    quiet!(-1, "default_remove_timeout", || {
        crate::base::event_loop::default_loop().remove_timeout(timer)
    })
}

// The application's loop as core sees it: Rust timers handed to the C
// hooks through a trampoline whose data owns the timer's function.

/// A core timer's function and free function, owned by the C loop
/// between `addTimeout` and its call of the free function.
struct TimerData {
    cb: TimerFn,
    free: Option<FreeFn>,
}

unsafe extern "C" fn timer_trampoline(timer: c_int, opaque: *mut c_void) {
    // SAFETY: `opaque` is the TimerData given with this timer, alive until
    // the loop calls `timer_free`.
    let d = unsafe { &*(opaque as *const TimerData) };
    let cb = d.cb.clone();
    // A panic must not unwind into the application's loop.
    let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| cb(timer)));
}

unsafe extern "C" fn timer_free(opaque: *mut c_void) {
    // SAFETY: the loop frees a timer's data once, with the pointer
    // `add_timeout` gave it.
    let d = unsafe { Box::from_raw(opaque as *mut TimerData) };
    if let Some(free) = d.free {
        let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(free));
    }
}

impl LoopImpl for Hooks {
    fn add_timeout(&self, interval: i32, cb: TimerFn, free: Option<FreeFn>) -> i32 {
        let Some(add) = self.add_timeout else {
            return -1;
        };
        let data = Box::into_raw(Box::new(TimerData { cb, free }));
        // SAFETY: the application's own hook, given a trampoline and data
        // that stay valid until it calls `timer_free`.
        let t = unsafe {
            add(
                interval,
                Some(timer_trampoline),
                data as *mut c_void,
                Some(timer_free),
            )
        };
        if t < 0 {
            // Refused: the loop keeps nothing of ours.
            // SAFETY: `data` came from Box::into_raw above and was not taken.
            drop(unsafe { Box::from_raw(data) });
        }
        t
    }
    fn update_timeout(&self, timer: i32, interval: i32) {
        if let Some(f) = self.update_timeout {
            // SAFETY: the application's own hook.
            unsafe { f(timer, interval) }
        }
    }
    fn remove_timeout(&self, timer: i32) -> i32 {
        match self.remove_timeout {
            // SAFETY: the application's own hook.
            Some(f) => unsafe { f(timer) },
            None => -1,
        }
    }
}
