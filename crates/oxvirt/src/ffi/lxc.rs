//! The logic behind the entry points of `libvirt-lxc.h`.

use crate::ffi::prelude::*;

entry_point_domain!(VIR_FROM_NONE);

/// `virDomainLxcEnterCGroup`: domain lxc enter c group.
#[no_mangle]
pub unsafe extern "C" fn oxvirt_private_virDomainLxcEnterCGroup(
    domain: virDomainPtr,
    flags: c_uint,
) -> c_int {
    api!(-1, "virDomainLxcEnterCGroup", |cx| {
        let domain = check::domain(cx, domain)?;
        check::writable(cx, domain.conn())?;
        cx.check_own_flags(flags, 0)?;
        Err(cx.unsupported())
    })
}

/// `virDomainLxcEnterNamespace`: domain lxc enter namespace.
#[no_mangle]
pub unsafe extern "C" fn oxvirt_private_virDomainLxcEnterNamespace(
    domain: virDomainPtr,
    nfdlist: c_uint,
    fdlist: *mut c_int,
    noldfdlist: *mut c_uint,
    oldfdlist: *mut *mut c_int,
    flags: c_uint,
) -> c_int {
    let _ = domain;
    let _ = nfdlist;
    let _ = fdlist;
    let _ = noldfdlist;
    let _ = oldfdlist;
    api!(-1, "virDomainLxcEnterNamespace", |cx| {
        cx.check_own_flags(flags, 0)?;
        Err(cx.unsupported())
    })
}

/// `virDomainLxcEnterSecurityLabel`: domain lxc enter security label.
#[no_mangle]
pub unsafe extern "C" fn oxvirt_private_virDomainLxcEnterSecurityLabel(
    model: virSecurityModelPtr,
    label: virSecurityLabelPtr,
    oldlabel: virSecurityLabelPtr,
    flags: c_uint,
) -> c_int {
    let _ = oldlabel;
    api!(-1, "virDomainLxcEnterSecurityLabel", |cx| {
        cx.check_own_flags(flags, 0)?;
        check::non_null(cx, model, "model")?;
        check::non_null(cx, label, "label")?;
        Err(cx.unsupported())
    })
}

/// `virDomainLxcOpenNamespace`: domain lxc open namespace.
#[no_mangle]
pub unsafe extern "C" fn oxvirt_private_virDomainLxcOpenNamespace(
    domain: virDomainPtr,
    fdlist: *mut *mut c_int,
    flags: c_uint,
) -> c_int {
    let _ = flags;
    api!(-1, "virDomainLxcOpenNamespace", |cx| {
        let domain = check::domain(cx, domain)?;
        check::non_null(cx, fdlist, "fdlist")?;
        check::writable(cx, domain.conn())?;
        Err(cx.unsupported())
    })
}
