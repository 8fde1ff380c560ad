//! The event loop the application registered, as core sees it: core only
//! needs timers (event delivery runs from one), and never knows whether
//! the loop is oxvirt's default one or the application's own
//! (`virEventRegisterImpl`, wrapped by the ffi layer).

use super::event_loop::{FreeFn, TimerFn};
use std::sync::{Arc, RwLock};

/// Timers of a registered event loop. The loop calls a timer's function on
/// its own thread and runs its free function once the timer is gone.
pub trait LoopImpl: Send + Sync {
    /// A new timer firing every `interval` ms (0: every iteration, -1:
    /// never); its id, or -1 when the loop refused it (then `free` has
    /// already run or been dropped).
    fn add_timeout(&self, interval: i32, cb: TimerFn, free: Option<FreeFn>) -> i32;
    fn update_timeout(&self, timer: i32, interval: i32);
    fn remove_timeout(&self, timer: i32) -> i32;
}

/// The default loop as a registered implementation.
struct Default;

impl LoopImpl for Default {
    fn add_timeout(&self, interval: i32, cb: TimerFn, free: Option<FreeFn>) -> i32 {
        super::event_loop::default_loop().add_timeout(interval, cb, free)
    }
    fn update_timeout(&self, timer: i32, interval: i32) {
        super::event_loop::default_loop().update_timeout(timer, interval)
    }
    fn remove_timeout(&self, timer: i32) -> i32 {
        super::event_loop::default_loop().remove_timeout(timer)
    }
}

static REGISTERED: RwLock<Option<Arc<dyn LoopImpl>>> = RwLock::new(None);

/// Makes `imp` the loop core uses; the first registration stays, as in
/// libvirt.
pub fn register(imp: Arc<dyn LoopImpl>) {
    let mut r = REGISTERED.write().unwrap_or_else(|p| p.into_inner());
    if r.is_none() {
        *r = Some(imp);
    }
}

/// Makes oxvirt's default loop the one core uses (unless another one was
/// registered first).
pub fn register_default() {
    register(Arc::new(Default));
}

/// The registered loop, if any.
pub fn registered() -> Option<Arc<dyn LoopImpl>> {
    REGISTERED.read().unwrap_or_else(|p| p.into_inner()).clone()
}
