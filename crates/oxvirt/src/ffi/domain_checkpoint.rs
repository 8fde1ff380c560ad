//! Entry points declared in `libvirt-domain-checkpoint.h`.

use crate::ffi::prelude::*;

entry_point_domain!(VIR_FROM_DOMAIN_CHECKPOINT);

/// `virDomainCheckpointCreateXML`: Creates XML on the domain checkpoint.
#[no_mangle]
pub unsafe extern "C" fn virDomainCheckpointCreateXML(
    domain: virDomainPtr,
    xmlDesc: *const c_char,
    flags: c_uint,
) -> virDomainCheckpointPtr {
    let _ = flags;
    api!(ptr::null_mut(), "virDomainCheckpointCreateXML", |cx| {
        let domain = check::domain(cx, domain)?;
        check::non_null(cx, xmlDesc, "xmlDesc")?;
        check::writable(cx, domain.conn())?;
        Err(cx.unsupported())
    })
}

/// `virDomainCheckpointDelete`: Deletes the domain checkpoint.
#[no_mangle]
pub unsafe extern "C" fn virDomainCheckpointDelete(
    checkpoint: virDomainCheckpointPtr,
    flags: c_uint,
) -> c_int {
    let _ = flags;
    api!(-1, "virDomainCheckpointDelete", |cx| {
        let checkpoint = check::checkpoint(cx, checkpoint)?;
        check::writable(cx, checkpoint.conn())?;
        Err(cx.unsupported())
    })
}

/// `virDomainCheckpointFree`: Releases the caller's reference to a domain checkpoint; it is freed with its last reference.
#[no_mangle]
pub unsafe extern "C" fn virDomainCheckpointFree(checkpoint: virDomainCheckpointPtr) -> c_int {
    api!(-1, "virDomainCheckpointFree", |cx| {
        check::checkpoint(cx, checkpoint)?;
        Err(cx.unsupported())
    })
}

/// `virDomainCheckpointGetConnect`: Returns the connection the domain checkpoint belongs to (no new reference).
#[no_mangle]
pub unsafe extern "C" fn virDomainCheckpointGetConnect(
    checkpoint: virDomainCheckpointPtr,
) -> virConnectPtr {
    api!(ptr::null_mut(), "virDomainCheckpointGetConnect", |cx| {
        check::checkpoint(cx, checkpoint)?;
        Err(cx.unsupported())
    })
}

/// `virDomainCheckpointGetDomain`: Gets the domain checkpoint's domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainCheckpointGetDomain(
    checkpoint: virDomainCheckpointPtr,
) -> virDomainPtr {
    api!(ptr::null_mut(), "virDomainCheckpointGetDomain", |cx| {
        check::checkpoint(cx, checkpoint)?;
        Err(cx.unsupported())
    })
}

/// `virDomainCheckpointGetName`: Gets the domain checkpoint's name.
#[no_mangle]
pub unsafe extern "C" fn virDomainCheckpointGetName(
    checkpoint: virDomainCheckpointPtr,
) -> *const c_char {
    api!(ptr::null_mut(), "virDomainCheckpointGetName", |cx| {
        check::checkpoint(cx, checkpoint)?;
        Err(cx.unsupported())
    })
}

/// `virDomainCheckpointGetParent`: Gets the domain checkpoint's parent.
#[no_mangle]
pub unsafe extern "C" fn virDomainCheckpointGetParent(
    checkpoint: virDomainCheckpointPtr,
    flags: c_uint,
) -> virDomainCheckpointPtr {
    let _ = flags;
    api!(ptr::null_mut(), "virDomainCheckpointGetParent", |cx| {
        check::checkpoint(cx, checkpoint)?;
        Err(cx.unsupported())
    })
}

/// `virDomainCheckpointGetXMLDesc`: Gets the domain checkpoint's XML desc.
#[no_mangle]
pub unsafe extern "C" fn virDomainCheckpointGetXMLDesc(
    checkpoint: virDomainCheckpointPtr,
    flags: c_uint,
) -> *mut c_char {
    let _ = flags;
    api!(ptr::null_mut(), "virDomainCheckpointGetXMLDesc", |cx| {
        check::checkpoint(cx, checkpoint)?;
        Err(cx.unsupported())
    })
}

/// `virDomainCheckpointListAllChildren`: Lists all children of the domain checkpoint, as new handles.
#[no_mangle]
pub unsafe extern "C" fn virDomainCheckpointListAllChildren(
    checkpoint: virDomainCheckpointPtr,
    children: *mut *mut virDomainCheckpointPtr,
    flags: c_uint,
) -> c_int {
    let _ = children;
    let _ = flags;
    api!(-1, "virDomainCheckpointListAllChildren", |cx| {
        check::checkpoint(cx, checkpoint)?;
        Err(cx.unsupported())
    })
}

/// `virDomainCheckpointLookupByName`: Looks up a domain checkpoint by name; returns a new handle, or NULL if there is none.
#[no_mangle]
pub unsafe extern "C" fn virDomainCheckpointLookupByName(
    domain: virDomainPtr,
    name: *const c_char,
    flags: c_uint,
) -> virDomainCheckpointPtr {
    let _ = flags;
    api!(ptr::null_mut(), "virDomainCheckpointLookupByName", |cx| {
        check::domain(cx, domain)?;
        check::non_null(cx, name, "name")?;
        Err(cx.unsupported())
    })
}

/// `virDomainCheckpointRef`: Takes one more reference to a domain checkpoint; release it with the matching free call.
#[no_mangle]
pub unsafe extern "C" fn virDomainCheckpointRef(checkpoint: virDomainCheckpointPtr) -> c_int {
    api!(-1, "virDomainCheckpointRef", |cx| {
        check::checkpoint(cx, checkpoint)?;
        Err(cx.unsupported())
    })
}

/// `virDomainListAllCheckpoints`: Lists all checkpoints of the domain, as new handles.
#[no_mangle]
pub unsafe extern "C" fn virDomainListAllCheckpoints(
    domain: virDomainPtr,
    checkpoints: *mut *mut virDomainCheckpointPtr,
    flags: c_uint,
) -> c_int {
    let _ = checkpoints;
    let _ = flags;
    api!(-1, "virDomainListAllCheckpoints", |cx| {
        check::domain(cx, domain)?;
        Err(cx.unsupported())
    })
}
