//! Entry points declared in `libvirt-domain-checkpoint.h`.

use crate::ffi::prelude::*;

entry_point_domain!(VIR_FROM_DOMAIN_CHECKPOINT);

/// `virDomainCheckpointCreateXML`: domain checkpoint create XML.
#[no_mangle]
pub unsafe extern "C" fn virDomainCheckpointCreateXML(
    domain: virDomainPtr,
    xmlDesc: *const c_char,
    flags: c_uint,
) -> virDomainCheckpointPtr {
    let _ = flags;
    api(ptr::null_mut(), "virDomainCheckpointCreateXML", || {
        let domain = check::domain(domain)?;
        check::non_null(xmlDesc, "xmlDesc")?;
        check::writable(domain.conn())?;
        Err(unsupported())
    })
}

/// `virDomainCheckpointDelete`: domain checkpoint delete.
#[no_mangle]
pub unsafe extern "C" fn virDomainCheckpointDelete(
    checkpoint: virDomainCheckpointPtr,
    flags: c_uint,
) -> c_int {
    let _ = flags;
    api(-1, "virDomainCheckpointDelete", || {
        let checkpoint = check::checkpoint(checkpoint)?;
        check::writable(checkpoint.conn())?;
        Err(unsupported())
    })
}

/// `virDomainCheckpointFree`: domain checkpoint free.
#[no_mangle]
pub unsafe extern "C" fn virDomainCheckpointFree(checkpoint: virDomainCheckpointPtr) -> c_int {
    api(-1, "virDomainCheckpointFree", || {
        check::checkpoint(checkpoint)?;
        Err(unsupported())
    })
}

/// `virDomainCheckpointGetConnect`: domain checkpoint get connect.
#[no_mangle]
pub unsafe extern "C" fn virDomainCheckpointGetConnect(
    checkpoint: virDomainCheckpointPtr,
) -> virConnectPtr {
    api(ptr::null_mut(), "virDomainCheckpointGetConnect", || {
        check::checkpoint(checkpoint)?;
        Err(unsupported())
    })
}

/// `virDomainCheckpointGetDomain`: domain checkpoint get domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainCheckpointGetDomain(
    checkpoint: virDomainCheckpointPtr,
) -> virDomainPtr {
    api(ptr::null_mut(), "virDomainCheckpointGetDomain", || {
        check::checkpoint(checkpoint)?;
        Err(unsupported())
    })
}

/// `virDomainCheckpointGetName`: domain checkpoint get name.
#[no_mangle]
pub unsafe extern "C" fn virDomainCheckpointGetName(
    checkpoint: virDomainCheckpointPtr,
) -> *const c_char {
    api(ptr::null_mut(), "virDomainCheckpointGetName", || {
        check::checkpoint(checkpoint)?;
        Err(unsupported())
    })
}

/// `virDomainCheckpointGetParent`: domain checkpoint get parent.
#[no_mangle]
pub unsafe extern "C" fn virDomainCheckpointGetParent(
    checkpoint: virDomainCheckpointPtr,
    flags: c_uint,
) -> virDomainCheckpointPtr {
    let _ = flags;
    api(ptr::null_mut(), "virDomainCheckpointGetParent", || {
        check::checkpoint(checkpoint)?;
        Err(unsupported())
    })
}

/// `virDomainCheckpointGetXMLDesc`: domain checkpoint get XML desc.
#[no_mangle]
pub unsafe extern "C" fn virDomainCheckpointGetXMLDesc(
    checkpoint: virDomainCheckpointPtr,
    flags: c_uint,
) -> *mut c_char {
    let _ = flags;
    api(ptr::null_mut(), "virDomainCheckpointGetXMLDesc", || {
        check::checkpoint(checkpoint)?;
        Err(unsupported())
    })
}

/// `virDomainCheckpointListAllChildren`: domain checkpoint list all children.
#[no_mangle]
pub unsafe extern "C" fn virDomainCheckpointListAllChildren(
    checkpoint: virDomainCheckpointPtr,
    children: *mut *mut virDomainCheckpointPtr,
    flags: c_uint,
) -> c_int {
    let _ = children;
    let _ = flags;
    api(-1, "virDomainCheckpointListAllChildren", || {
        check::checkpoint(checkpoint)?;
        Err(unsupported())
    })
}

/// `virDomainCheckpointLookupByName`: domain checkpoint lookup by name.
#[no_mangle]
pub unsafe extern "C" fn virDomainCheckpointLookupByName(
    domain: virDomainPtr,
    name: *const c_char,
    flags: c_uint,
) -> virDomainCheckpointPtr {
    let _ = flags;
    api(ptr::null_mut(), "virDomainCheckpointLookupByName", || {
        check::domain(domain)?;
        check::non_null(name, "name")?;
        Err(unsupported())
    })
}

/// `virDomainCheckpointRef`: domain checkpoint ref.
#[no_mangle]
pub unsafe extern "C" fn virDomainCheckpointRef(checkpoint: virDomainCheckpointPtr) -> c_int {
    api(-1, "virDomainCheckpointRef", || {
        check::checkpoint(checkpoint)?;
        Err(unsupported())
    })
}

/// `virDomainListAllCheckpoints`: domain list all checkpoints.
#[no_mangle]
pub unsafe extern "C" fn virDomainListAllCheckpoints(
    domain: virDomainPtr,
    checkpoints: *mut *mut virDomainCheckpointPtr,
    flags: c_uint,
) -> c_int {
    let _ = checkpoints;
    let _ = flags;
    api(-1, "virDomainListAllCheckpoints", || {
        check::domain(domain)?;
        Err(unsupported())
    })
}
