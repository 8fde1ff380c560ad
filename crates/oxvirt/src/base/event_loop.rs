//! The default event loop (`virEventRegisterDefaultImpl`,
//! `virEventRunDefaultImpl`): file-descriptor watches and timers, run one
//! iteration at a time by whichever thread calls `run_once`.
//!
//! Any thread may add, change or remove watches and timers while another
//! runs the loop: the state sits behind one mutex that is never held while a
//! callback runs, and changes wake a blocked `poll` through an eventfd.
//! Removal is deferred the way libvirt's loop defers it: a removed entry is
//! never dispatched again, and its free function runs on the loop thread at
//! the end of the next iteration, after any callback that was already
//! running has returned.

use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

/// `virEventHandleType` bits.
pub const READABLE: i32 = 1;
pub const WRITABLE: i32 = 2;
pub const ERROR: i32 = 4;
pub const HANGUP: i32 = 8;

/// Called with (watch, fd, events that happened).
pub type HandleFn = Arc<dyn Fn(i32, i32, i32) + Send + Sync>;
/// Called with the timer id.
pub type TimerFn = Arc<dyn Fn(i32) + Send + Sync>;
/// Releases the caller's data once the entry is gone.
pub type FreeFn = Box<dyn FnOnce() + Send>;

struct Watch {
    id: i32,
    fd: i32,
    events: i32,
    cb: HandleFn,
    free: Option<FreeFn>,
    removed: Arc<AtomicBool>,
}

struct Timer {
    id: i32,
    /// Milliseconds between firings; 0 fires every iteration, -1 never.
    interval: i32,
    due: Instant,
    cb: TimerFn,
    free: Option<FreeFn>,
    removed: Arc<AtomicBool>,
}

#[derive(Default)]
struct State {
    watches: Vec<Watch>,
    timers: Vec<Timer>,
    last_watch: i32,
    last_timer: i32,
}

pub struct EventLoop {
    state: Mutex<State>,
    wake: OwnedFd,
}

/// The process's default loop, created on first use.
pub fn default_loop() -> &'static EventLoop {
    static LOOP: OnceLock<EventLoop> = OnceLock::new();
    LOOP.get_or_init(EventLoop::new)
}

fn to_poll(events: i32) -> libc::c_short {
    let mut p = 0;
    if events & READABLE != 0 {
        p |= libc::POLLIN;
    }
    if events & WRITABLE != 0 {
        p |= libc::POLLOUT;
    }
    if events & ERROR != 0 {
        p |= libc::POLLERR;
    }
    if events & HANGUP != 0 {
        p |= libc::POLLHUP;
    }
    p
}

fn from_poll(revents: libc::c_short) -> i32 {
    let mut e = 0;
    if revents & libc::POLLIN != 0 {
        e |= READABLE;
    }
    if revents & libc::POLLOUT != 0 {
        e |= WRITABLE;
    }
    if revents & (libc::POLLERR | libc::POLLNVAL) != 0 {
        e |= ERROR;
    }
    if revents & libc::POLLHUP != 0 {
        e |= HANGUP;
    }
    e
}

impl EventLoop {
    fn new() -> EventLoop {
        // SAFETY: eventfd has no preconditions; a failure is fatal for the
        // loop, which cannot work without a way to be woken.
        let fd = unsafe { libc::eventfd(0, libc::EFD_CLOEXEC | libc::EFD_NONBLOCK) };
        assert!(fd >= 0, "eventfd failed");
        EventLoop {
            state: Mutex::new(State::default()),
            // SAFETY: fd is a new descriptor we own.
            wake: unsafe { OwnedFd::from_raw_fd(fd) },
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Makes a blocked `run_once` look at the state again.
    fn wakeup(&self) {
        let one: u64 = 1;
        // SAFETY: writes 8 bytes from a u64 to our eventfd.
        unsafe {
            libc::write(
                self.wake.as_raw_fd(),
                &one as *const u64 as *const libc::c_void,
                8,
            )
        };
    }

    pub fn add_handle(&self, fd: i32, events: i32, cb: HandleFn, free: Option<FreeFn>) -> i32 {
        let mut st = self.lock();
        st.last_watch += 1;
        let id = st.last_watch;
        st.watches.push(Watch {
            id,
            fd,
            events,
            cb,
            free,
            removed: Arc::new(AtomicBool::new(false)),
        });
        drop(st);
        self.wakeup();
        id
    }

    pub fn update_handle(&self, watch: i32, events: i32) {
        if let Some(w) = self
            .lock()
            .watches
            .iter_mut()
            .find(|w| w.id == watch && !w.removed.load(Ordering::Relaxed))
        {
            w.events = events;
        }
        self.wakeup();
    }

    /// 0, or -1 if there is no such watch.
    pub fn remove_handle(&self, watch: i32) -> i32 {
        let found = self
            .lock()
            .watches
            .iter()
            .find(|w| w.id == watch)
            .is_some_and(|w| !w.removed.swap(true, Ordering::Relaxed));
        self.wakeup();
        if found {
            0
        } else {
            -1
        }
    }

    pub fn add_timeout(&self, interval: i32, cb: TimerFn, free: Option<FreeFn>) -> i32 {
        let mut st = self.lock();
        st.last_timer += 1;
        let id = st.last_timer;
        let due = Instant::now() + Duration::from_millis(interval.max(0) as u64);
        st.timers.push(Timer {
            id,
            interval,
            due,
            cb,
            free,
            removed: Arc::new(AtomicBool::new(false)),
        });
        drop(st);
        self.wakeup();
        id
    }

    pub fn update_timeout(&self, timer: i32, interval: i32) {
        if let Some(t) = self
            .lock()
            .timers
            .iter_mut()
            .find(|t| t.id == timer && !t.removed.load(Ordering::Relaxed))
        {
            t.interval = interval;
            t.due = Instant::now() + Duration::from_millis(interval.max(0) as u64);
        }
        self.wakeup();
    }

    /// 0, or -1 if there is no such timer.
    pub fn remove_timeout(&self, timer: i32) -> i32 {
        let found = self
            .lock()
            .timers
            .iter()
            .find(|t| t.id == timer)
            .is_some_and(|t| !t.removed.swap(true, Ordering::Relaxed));
        self.wakeup();
        if found {
            0
        } else {
            -1
        }
    }

    /// Waits for a watched descriptor, a due timer or a change, dispatches
    /// what is ready, then releases removed entries.
    pub fn run_once(&self) {
        let (mut fds, ids, timeout) = self.prepare();
        // SAFETY: fds is a valid array of pollfd of the given length.
        let n = unsafe { libc::poll(fds.as_mut_ptr(), fds.len() as libc::nfds_t, timeout) };
        if n > 0 && fds[0].revents != 0 {
            let mut buf = 0u64;
            // SAFETY: reads 8 bytes into a u64 from our eventfd.
            unsafe {
                libc::read(
                    self.wake.as_raw_fd(),
                    &mut buf as *mut u64 as *mut libc::c_void,
                    8,
                )
            };
        }
        let ready: Vec<(i32, i32)> = if n > 0 {
            fds[1..]
                .iter()
                .zip(&ids)
                .filter(|(p, _)| p.revents != 0)
                .map(|(p, id)| (*id, from_poll(p.revents)))
                .collect()
        } else {
            Vec::new()
        };
        self.dispatch(&ready);
        self.collect_removed();
    }

    /// The pollfd array (the wake-up fd first), the watch id of each other
    /// entry, and the poll timeout in ms until the next timer.
    fn prepare(&self) -> (Vec<libc::pollfd>, Vec<i32>, i32) {
        let st = self.lock();
        let mut fds = vec![libc::pollfd {
            fd: self.wake.as_raw_fd(),
            events: libc::POLLIN,
            revents: 0,
        }];
        let mut ids = Vec::new();
        for w in st
            .watches
            .iter()
            .filter(|w| w.events != 0 && !w.removed.load(Ordering::Relaxed))
        {
            fds.push(libc::pollfd {
                fd: w.fd,
                events: to_poll(w.events),
                revents: 0,
            });
            ids.push(w.id);
        }
        let now = Instant::now();
        let timeout = st
            .timers
            .iter()
            .filter(|t| t.interval >= 0 && !t.removed.load(Ordering::Relaxed))
            .map(|t| {
                // Round up: waking before the timer is due would spin.
                let wait = t
                    .due
                    .saturating_duration_since(now)
                    .as_micros()
                    .div_ceil(1000);
                wait.min(i32::MAX as u128) as i32
            })
            .min()
            .unwrap_or(-1);
        (fds, ids, timeout)
    }

    fn dispatch(&self, ready: &[(i32, i32)]) {
        // Take what to call under the lock, call it without.
        let now = Instant::now();
        let (handles, timers) = {
            let mut st = self.lock();
            let handles: Vec<_> = ready
                .iter()
                .filter_map(|(id, ev)| {
                    let w = st.watches.iter().find(|w| w.id == *id)?;
                    Some((w.id, w.fd, *ev, w.cb.clone(), w.removed.clone()))
                })
                .collect();
            let mut timers = Vec::new();
            for t in st.timers.iter_mut() {
                if t.interval >= 0 && t.due <= now && !t.removed.load(Ordering::Relaxed) {
                    t.due = now + Duration::from_millis(t.interval as u64);
                    timers.push((t.id, t.cb.clone(), t.removed.clone()));
                }
            }
            (handles, timers)
        };
        for (id, cb, removed) in timers {
            if !removed.load(Ordering::Relaxed) {
                cb(id);
            }
        }
        for (id, fd, ev, cb, removed) in handles {
            if !removed.load(Ordering::Relaxed) {
                cb(id, fd, ev);
            }
        }
    }

    fn collect_removed(&self) {
        let mut frees: Vec<FreeFn> = Vec::new();
        {
            let mut st = self.lock();
            st.watches.retain_mut(|w| {
                let keep = !w.removed.load(Ordering::Relaxed);
                if !keep {
                    frees.extend(w.free.take());
                }
                keep
            });
            st.timers.retain_mut(|t| {
                let keep = !t.removed.load(Ordering::Relaxed);
                if !keep {
                    frees.extend(t.free.take());
                }
                keep
            });
        }
        for f in frees {
            f();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::AtomicI32;

    #[test]
    fn readable_pipe_and_timer_fire_then_removal_frees() {
        let l = EventLoop::new();
        let mut p = [0; 2];
        // SAFETY: pipe writes two descriptors into the array we pass.
        assert_eq!(unsafe { libc::pipe(p.as_mut_ptr()) }, 0);
        let seen = Arc::new(AtomicI32::new(0));
        let freed = Arc::new(AtomicI32::new(0));
        let (s, f) = (seen.clone(), freed.clone());
        let w = l.add_handle(
            p[0],
            READABLE,
            Arc::new(move |_, _, ev| {
                s.fetch_or(ev, Ordering::SeqCst);
            }),
            Some(Box::new(move || {
                f.fetch_add(1, Ordering::SeqCst);
            })),
        );
        assert_eq!(w, 1);
        // SAFETY: one byte from a static buffer to our own pipe.
        unsafe { libc::write(p[1], b"x".as_ptr() as *const libc::c_void, 1) };
        l.run_once();
        assert_eq!(seen.load(Ordering::SeqCst), READABLE);

        let ticks = Arc::new(AtomicI32::new(0));
        let t2 = ticks.clone();
        let t = l.add_timeout(
            0,
            Arc::new(move |_| {
                t2.fetch_add(1, Ordering::SeqCst);
            }),
            None,
        );
        assert_eq!(t, 1);
        l.run_once();
        assert!(ticks.load(Ordering::SeqCst) >= 1);
        l.update_timeout(t, -1);
        let before = ticks.load(Ordering::SeqCst);
        l.update_handle(w, 0);
        l.run_once(); // woken by the updates; nothing is due
        assert_eq!(ticks.load(Ordering::SeqCst), before);

        assert_eq!(l.remove_handle(w), 0);
        assert_eq!(l.remove_handle(w), -1);
        assert_eq!(freed.load(Ordering::SeqCst), 0, "freed only by the loop");
        l.run_once();
        assert_eq!(freed.load(Ordering::SeqCst), 1);
        assert_eq!(l.remove_timeout(t), 0);
        assert_eq!(l.remove_timeout(99), -1);
        // SAFETY: closing our own descriptors.
        unsafe {
            libc::close(p[0]);
            libc::close(p[1]);
        }
    }
}
