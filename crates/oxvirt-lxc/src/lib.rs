//! `libvirt-lxc.so.0`: the exported entry points of `libvirt-lxc.h`. Each one forwards
//! to its private twin in `libvirt.so.0`, so objects, locks and the error slot
//! exist once, in the main library.
#![allow(
    improper_ctypes,
    non_snake_case,
    clippy::missing_safety_doc,
    clippy::too_many_arguments
)]

use oxvirt_abi::prelude::*;

extern "C" {
    fn oxvirt_private_virDomainLxcEnterCGroup(domain: virDomainPtr, flags: c_uint) -> c_int;
    fn oxvirt_private_virDomainLxcEnterNamespace(
        domain: virDomainPtr,
        nfdlist: c_uint,
        fdlist: *mut c_int,
        noldfdlist: *mut c_uint,
        oldfdlist: *mut *mut c_int,
        flags: c_uint,
    ) -> c_int;
    fn oxvirt_private_virDomainLxcEnterSecurityLabel(
        model: virSecurityModelPtr,
        label: virSecurityLabelPtr,
        oldlabel: virSecurityLabelPtr,
        flags: c_uint,
    ) -> c_int;
    fn oxvirt_private_virDomainLxcOpenNamespace(
        domain: virDomainPtr,
        fdlist: *mut *mut c_int,
        flags: c_uint,
    ) -> c_int;
}

/// `virDomainLxcEnterCGroup`: domain lxc enter c group.
#[no_mangle]
pub unsafe extern "C" fn virDomainLxcEnterCGroup(domain: virDomainPtr, flags: c_uint) -> c_int {
    oxvirt_private_virDomainLxcEnterCGroup(domain, flags)
}

/// `virDomainLxcEnterNamespace`: domain lxc enter namespace.
#[no_mangle]
pub unsafe extern "C" fn virDomainLxcEnterNamespace(
    domain: virDomainPtr,
    nfdlist: c_uint,
    fdlist: *mut c_int,
    noldfdlist: *mut c_uint,
    oldfdlist: *mut *mut c_int,
    flags: c_uint,
) -> c_int {
    oxvirt_private_virDomainLxcEnterNamespace(domain, nfdlist, fdlist, noldfdlist, oldfdlist, flags)
}

/// `virDomainLxcEnterSecurityLabel`: domain lxc enter security label.
#[no_mangle]
pub unsafe extern "C" fn virDomainLxcEnterSecurityLabel(
    model: virSecurityModelPtr,
    label: virSecurityLabelPtr,
    oldlabel: virSecurityLabelPtr,
    flags: c_uint,
) -> c_int {
    oxvirt_private_virDomainLxcEnterSecurityLabel(model, label, oldlabel, flags)
}

/// `virDomainLxcOpenNamespace`: domain lxc open namespace.
#[no_mangle]
pub unsafe extern "C" fn virDomainLxcOpenNamespace(
    domain: virDomainPtr,
    fdlist: *mut *mut c_int,
    flags: c_uint,
) -> c_int {
    oxvirt_private_virDomainLxcOpenNamespace(domain, fdlist, flags)
}
