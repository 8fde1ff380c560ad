//! Reference-counted objects handed to C as opaque pointers.
//!
//! Every `virConnectPtr`, `virDomainPtr`, … is an `Arc<Handle<T>>` turned
//! into a raw pointer. The class tag at offset 0 lets an entry point tell a
//! domain from a network (libvirt's `virObjectIsClass`); `vir*Ref` and
//! `vir*Free` move the strong count, so a handle stays valid for as long as
//! any holder keeps it, whatever another thread does meanwhile.

use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;

/// A kind of object: its tag is unique per class.
pub trait Class: Send + Sync + 'static {
    const TAG: u32;
}

/// Tags are arbitrary but distinctive, so that a stray pointer is unlikely
/// to pass for a live object.
pub mod tags {
    pub const CONNECT: u32 = 0x6f78_c001;
    pub const DOMAIN: u32 = 0x6f78_c002;
    pub const NETWORK: u32 = 0x6f78_c003;
    pub const NETWORK_PORT: u32 = 0x6f78_c004;
    pub const INTERFACE: u32 = 0x6f78_c005;
    pub const STORAGE_POOL: u32 = 0x6f78_c006;
    pub const STORAGE_VOL: u32 = 0x6f78_c007;
    pub const NODE_DEVICE: u32 = 0x6f78_c008;
    pub const SECRET: u32 = 0x6f78_c009;
    pub const NWFILTER: u32 = 0x6f78_c00a;
    pub const NWFILTER_BINDING: u32 = 0x6f78_c00b;
    pub const STREAM: u32 = 0x6f78_c00c;
    pub const SNAPSHOT: u32 = 0x6f78_c00d;
    pub const CHECKPOINT: u32 = 0x6f78_c00e;
    pub const ADM_CONNECT: u32 = 0x6f78_c00f;
    pub const ADM_SERVER: u32 = 0x6f78_c010;
    pub const ADM_CLIENT: u32 = 0x6f78_c011;
    /// Written over the tag when the last reference goes.
    pub const DEAD: u32 = 0xdead_beef;
}

#[repr(C)]
pub struct Handle<T: Class> {
    tag: AtomicU32,
    obj: T,
}

impl<T: Class> Handle<T> {
    pub fn new(obj: T) -> Arc<Self> {
        Arc::new(Handle {
            tag: AtomicU32::new(T::TAG),
            obj,
        })
    }

    /// Gives one strong reference to C.
    pub fn into_raw(this: Arc<Self>) -> *mut Self {
        Arc::into_raw(this) as *mut Self
    }

    /// Borrows the object behind a C pointer if it is a live object of this
    /// class.
    ///
    /// # Safety
    /// `p` is NULL or points to memory at least as large as a tag; the
    /// caller holds a reference for the duration of the borrow.
    pub unsafe fn from_ptr<'a>(p: *const Self) -> Option<&'a Self> {
        if p.is_null() {
            return None;
        }
        // SAFETY: the caller promises `p` points at least at a tag, which is
        // the first field of this repr(C) struct.
        let tag = unsafe { &*(p as *const AtomicU32) };
        if tag.load(Ordering::Relaxed) != T::TAG {
            return None;
        }
        // SAFETY: the tag says this is a live Handle<T>, and the caller
        // holds a reference for the borrow's duration.
        Some(unsafe { &*p })
    }

    /// Takes a new strong reference, as `vir*Ref`.
    ///
    /// # Safety
    /// `p` came from [`Handle::into_raw`] and is live.
    pub unsafe fn incref(p: *const Self) {
        // SAFETY: the caller promises `p` is a live pointer from `into_raw`.
        unsafe { Arc::increment_strong_count(p) };
    }

    /// Drops one strong reference, as `vir*Free`/`virConnectClose`, and
    /// says whether other references remain. The answer comes from the
    /// release itself (`Arc::into_inner` gives the object to exactly one of
    /// any racing releasers), never from a count read beforehand, which two
    /// threads could both read as 2.
    ///
    /// # Safety
    /// `p` came from [`Handle::into_raw`] and the caller owns the reference.
    pub unsafe fn release(p: *const Self) -> bool {
        // SAFETY: the caller gives up the reference `into_raw` made.
        let arc = unsafe { Arc::from_raw(p) };
        match Arc::into_inner(arc) {
            Some(last) => {
                drop(last);
                false
            }
            None => true,
        }
    }

    /// A new owned reference from a borrowed one.
    pub fn to_arc(&self) -> Arc<Self> {
        // SAFETY: every Handle lives inside an Arc (only `new` builds one),
        // and `&self` proves it is alive.
        unsafe {
            let p = self as *const Self;
            Arc::increment_strong_count(p);
            Arc::from_raw(p)
        }
    }
}

impl<T: Class> std::ops::Deref for Handle<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.obj
    }
}

impl<T: Class> Drop for Handle<T> {
    fn drop(&mut self) {
        self.tag.store(tags::DEAD, Ordering::Relaxed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct A;
    impl Class for A {
        const TAG: u32 = 1;
    }
    struct B;
    impl Class for B {
        const TAG: u32 = 2;
    }

    #[test]
    fn racing_releases_free_exactly_once() {
        for _ in 0..2000 {
            let p = Handle::into_raw(Handle::new(A)) as usize;
            // SAFETY: p is live; this takes the second reference.
            unsafe { Handle::incref(p as *const Handle<A>) };
            let go = std::sync::Arc::new(std::sync::Barrier::new(2));
            let g = go.clone();
            let t = std::thread::spawn(move || {
                g.wait();
                // SAFETY: this thread owns one of the two references.
                unsafe { Handle::release(p as *const Handle<A>) }
            });
            go.wait();
            // SAFETY: this thread owns the other reference.
            let here = unsafe { Handle::release(p as *const Handle<A>) };
            let there = t.join().unwrap();
            assert!(here != there, "exactly one release is the last");
        }
    }

    #[test]
    fn tag_rejects_other_class_and_null() {
        let a = Handle::into_raw(Handle::new(A));
        // SAFETY: `a` is live until its last release below.
        unsafe {
            assert!(Handle::<A>::from_ptr(a).is_some());
            assert!(Handle::<B>::from_ptr(a as *const Handle<B>).is_none());
            assert!(Handle::<A>::from_ptr(std::ptr::null()).is_none());
            Handle::incref(a);
            assert!(Handle::release(a));
            assert!(!Handle::release(a));
        }
    }
}
