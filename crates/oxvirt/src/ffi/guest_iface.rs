//! `virDomainInterface` arrays in C memory: what
//! `virDomainInterfaceAddresses` hands the caller, and
//! `virDomainInterfaceFree`, which takes one back.

use crate::driver::hypervisor::domain::GuestInterface;
use crate::ffi::prelude::*;
use std::os::raw::{c_char, c_int, c_void};

/// Frees what [`store`] made for one interface.
///
/// # Safety
/// `iface` is NULL or one element [`store`] made, not freed yet.
pub unsafe fn free(iface: virDomainInterfacePtr) {
    if iface.is_null() {
        return;
    }
    // SAFETY: the contract above: every pointer in it came from malloc.
    unsafe {
        let i = &*iface;
        libc::free(i.name as *mut c_void);
        libc::free(i.hwaddr as *mut c_void);
        if !i.addrs.is_null() {
            for k in 0..i.naddrs as usize {
                libc::free((*i.addrs.add(k)).addr as *mut c_void);
            }
        }
        libc::free(i.addrs as *mut c_void);
        libc::free(iface as *mut c_void);
    }
}

fn opt_string(cx: &Cx, s: Option<&str>) -> Result<*mut c_char> {
    match s {
        Some(s) => convert::c_string(cx, s),
        None => Ok(ptr::null_mut()),
    }
}

/// `n` zeroed `T`s from the C allocator (NULL pointers, zero counts).
fn zeroed<T>(cx: &Cx, n: usize) -> Result<*mut T> {
    // SAFETY: calloc has no preconditions; the result is checked.
    let p = unsafe { libc::calloc(n.max(1), std::mem::size_of::<T>()) } as *mut T;
    if p.is_null() {
        return Err(Error::new(
            cx.from(),
            oxvirt_abi::virErrorNumber::VIR_ERR_NO_MEMORY,
            None,
        ));
    }
    Ok(p)
}

/// One interface in C memory; on failure nothing stays allocated.
fn one(cx: &Cx, g: &GuestInterface) -> Result<virDomainInterfacePtr> {
    let p = zeroed::<virDomainInterface>(cx, 1)?;
    // Filled step by step: `free` undoes whatever part is done, since
    // what is not done yet is NULL or not counted in naddrs.
    let fill = || -> Result<()> {
        // SAFETY: p is one zeroed element from the C allocator, owned here.
        let i = unsafe { &mut *p };
        i.name = opt_string(cx, g.name.as_deref())?;
        i.hwaddr = opt_string(cx, g.hwaddr.as_deref())?;
        if g.addrs.is_empty() {
            return Ok(());
        }
        i.addrs = zeroed::<virDomainIPAddress>(cx, g.addrs.len())?;
        for (k, (ty, addr, prefix)) in g.addrs.iter().enumerate() {
            let s = convert::c_string(cx, addr)?;
            // SAFETY: i.addrs holds g.addrs.len() elements.
            let a = unsafe { &mut *i.addrs.add(k) };
            a.r#type = *ty as c_int;
            a.addr = s;
            a.prefix = *prefix;
            i.naddrs = (k + 1) as u32;
        }
        Ok(())
    };
    match fill() {
        Ok(()) => Ok(p),
        Err(e) => {
            // SAFETY: p is what this function made (see above).
            unsafe { free(p) };
            Err(e)
        }
    }
}

/// Stores `list` in `*out` as a new array of new interfaces (the caller
/// frees each with `virDomainInterfaceFree` and the array with `free`);
/// returns how many. An empty list stores NULL, as libvirt's zero-length
/// allocation does.
///
/// # Safety
/// `out` is valid for one pointer write (checked non-NULL before).
pub unsafe fn store(
    cx: &Cx,
    out: *mut *mut virDomainInterfacePtr,
    list: &[GuestInterface],
) -> Result<c_int> {
    if list.is_empty() {
        // SAFETY: the caller's contract.
        unsafe { *out = ptr::null_mut() };
        return Ok(0);
    }
    let mut made: Vec<virDomainInterfacePtr> = Vec::with_capacity(list.len());
    for g in list {
        match one(cx, g) {
            Ok(p) => made.push(p),
            Err(e) => {
                for p in made {
                    // SAFETY: each was made by `one` just above.
                    unsafe { free(p) };
                }
                return Err(e);
            }
        }
    }
    match convert::c_array(cx, &made) {
        Ok(arr) => {
            // SAFETY: the caller's contract.
            unsafe { *out = arr };
            Ok(made.len().min(c_int::MAX as usize) as c_int)
        }
        Err(e) => {
            for p in made {
                // SAFETY: each was made by `one` above.
                unsafe { free(p) };
            }
            Err(e)
        }
    }
}
