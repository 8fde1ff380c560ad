//! Entry points declared in `libvirt-domain-snapshot.h`.

use crate::ffi::prelude::*;

entry_point_domain!(VIR_FROM_DOMAIN_SNAPSHOT);

/// `virDomainHasCurrentSnapshot`: Tells whether the domain has current snapshot: 1 if so, 0 if not, -1 on error.
#[no_mangle]
pub unsafe extern "C" fn virDomainHasCurrentSnapshot(domain: virDomainPtr, flags: c_uint) -> c_int {
    let _ = flags;
    api!(-1, "virDomainHasCurrentSnapshot", |cx| {
        check::domain(cx, domain)?;
        Err(cx.unsupported())
    })
}

/// `virDomainListAllSnapshots`: Lists all snapshots of the domain, as new handles.
#[no_mangle]
pub unsafe extern "C" fn virDomainListAllSnapshots(
    domain: virDomainPtr,
    snaps: *mut *mut virDomainSnapshotPtr,
    flags: c_uint,
) -> c_int {
    let _ = snaps;
    let _ = flags;
    api!(-1, "virDomainListAllSnapshots", |cx| {
        check::domain(cx, domain)?;
        Err(cx.unsupported())
    })
}

/// `virDomainRevertToSnapshot`: Reverts to snapshot of the domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainRevertToSnapshot(
    snapshot: virDomainSnapshotPtr,
    flags: c_uint,
) -> c_int {
    let _ = flags;
    api!(-1, "virDomainRevertToSnapshot", |cx| {
        let snapshot = check::snapshot(cx, snapshot)?;
        check::writable(cx, snapshot.conn())?;
        Err(cx.unsupported())
    })
}

/// `virDomainSnapshotCreateXML`: Creates XML on the domain snapshot.
#[no_mangle]
pub unsafe extern "C" fn virDomainSnapshotCreateXML(
    domain: virDomainPtr,
    xmlDesc: *const c_char,
    flags: c_uint,
) -> virDomainSnapshotPtr {
    let _ = flags;
    api!(ptr::null_mut(), "virDomainSnapshotCreateXML", |cx| {
        let domain = check::domain(cx, domain)?;
        check::non_null(cx, xmlDesc, "xmlDesc")?;
        check::writable(cx, domain.conn())?;
        Err(cx.unsupported())
    })
}

/// `virDomainSnapshotCurrent`: domain snapshot current.
#[no_mangle]
pub unsafe extern "C" fn virDomainSnapshotCurrent(
    domain: virDomainPtr,
    flags: c_uint,
) -> virDomainSnapshotPtr {
    let _ = flags;
    api!(ptr::null_mut(), "virDomainSnapshotCurrent", |cx| {
        check::domain(cx, domain)?;
        Err(cx.unsupported())
    })
}

/// `virDomainSnapshotDelete`: Deletes the domain snapshot.
#[no_mangle]
pub unsafe extern "C" fn virDomainSnapshotDelete(
    snapshot: virDomainSnapshotPtr,
    flags: c_uint,
) -> c_int {
    let _ = flags;
    api!(-1, "virDomainSnapshotDelete", |cx| {
        let snapshot = check::snapshot(cx, snapshot)?;
        check::writable(cx, snapshot.conn())?;
        Err(cx.unsupported())
    })
}

/// `virDomainSnapshotFree`: Releases the caller's reference to a domain snapshot; it is freed with its last reference.
#[no_mangle]
pub unsafe extern "C" fn virDomainSnapshotFree(snapshot: virDomainSnapshotPtr) -> c_int {
    api!(-1, "virDomainSnapshotFree", |cx| {
        check::snapshot(cx, snapshot)?;
        Err(cx.unsupported())
    })
}

/// `virDomainSnapshotGetConnect`: Returns the connection the domain snapshot belongs to (no new reference).
#[no_mangle]
pub unsafe extern "C" fn virDomainSnapshotGetConnect(
    snapshot: virDomainSnapshotPtr,
) -> virConnectPtr {
    api!(ptr::null_mut(), "virDomainSnapshotGetConnect", |cx| {
        check::snapshot(cx, snapshot)?;
        Err(cx.unsupported())
    })
}

/// `virDomainSnapshotGetDomain`: Gets the domain snapshot's domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainSnapshotGetDomain(
    snapshot: virDomainSnapshotPtr,
) -> virDomainPtr {
    api!(ptr::null_mut(), "virDomainSnapshotGetDomain", |cx| {
        check::snapshot(cx, snapshot)?;
        Err(cx.unsupported())
    })
}

/// `virDomainSnapshotGetName`: Gets the domain snapshot's name.
#[no_mangle]
pub unsafe extern "C" fn virDomainSnapshotGetName(snapshot: virDomainSnapshotPtr) -> *const c_char {
    api!(ptr::null_mut(), "virDomainSnapshotGetName", |cx| {
        check::snapshot(cx, snapshot)?;
        Err(cx.unsupported())
    })
}

/// `virDomainSnapshotGetParent`: Gets the domain snapshot's parent.
#[no_mangle]
pub unsafe extern "C" fn virDomainSnapshotGetParent(
    snapshot: virDomainSnapshotPtr,
    flags: c_uint,
) -> virDomainSnapshotPtr {
    let _ = flags;
    api!(ptr::null_mut(), "virDomainSnapshotGetParent", |cx| {
        check::snapshot(cx, snapshot)?;
        Err(cx.unsupported())
    })
}

/// `virDomainSnapshotGetXMLDesc`: Gets the domain snapshot's XML desc.
#[no_mangle]
pub unsafe extern "C" fn virDomainSnapshotGetXMLDesc(
    snapshot: virDomainSnapshotPtr,
    flags: c_uint,
) -> *mut c_char {
    let _ = flags;
    api!(ptr::null_mut(), "virDomainSnapshotGetXMLDesc", |cx| {
        check::snapshot(cx, snapshot)?;
        Err(cx.unsupported())
    })
}

/// `virDomainSnapshotHasMetadata`: Tells whether the domain snapshot has metadata: 1 if so, 0 if not, -1 on error.
#[no_mangle]
pub unsafe extern "C" fn virDomainSnapshotHasMetadata(
    snapshot: virDomainSnapshotPtr,
    flags: c_uint,
) -> c_int {
    let _ = flags;
    api!(-1, "virDomainSnapshotHasMetadata", |cx| {
        check::snapshot(cx, snapshot)?;
        Err(cx.unsupported())
    })
}

/// `virDomainSnapshotIsCurrent`: Tells whether the domain snapshot is current: 1 if so, 0 if not, -1 on error.
#[no_mangle]
pub unsafe extern "C" fn virDomainSnapshotIsCurrent(
    snapshot: virDomainSnapshotPtr,
    flags: c_uint,
) -> c_int {
    let _ = flags;
    api!(-1, "virDomainSnapshotIsCurrent", |cx| {
        check::snapshot(cx, snapshot)?;
        Err(cx.unsupported())
    })
}

/// `virDomainSnapshotListAllChildren`: Lists all children of the domain snapshot, as new handles.
#[no_mangle]
pub unsafe extern "C" fn virDomainSnapshotListAllChildren(
    snapshot: virDomainSnapshotPtr,
    snaps: *mut *mut virDomainSnapshotPtr,
    flags: c_uint,
) -> c_int {
    let _ = snaps;
    let _ = flags;
    api!(-1, "virDomainSnapshotListAllChildren", |cx| {
        check::snapshot(cx, snapshot)?;
        Err(cx.unsupported())
    })
}

/// `virDomainSnapshotListChildrenNames`: Lists the children names of the domain snapshot.
#[no_mangle]
pub unsafe extern "C" fn virDomainSnapshotListChildrenNames(
    snapshot: virDomainSnapshotPtr,
    names: *mut *mut c_char,
    nameslen: c_int,
    flags: c_uint,
) -> c_int {
    let _ = flags;
    api!(-1, "virDomainSnapshotListChildrenNames", |cx| {
        check::snapshot(cx, snapshot)?;
        check::non_null_array(cx, names, nameslen as i64, "names")?;
        check::non_negative(cx, nameslen, "nameslen")?;
        Err(cx.unsupported())
    })
}

/// `virDomainSnapshotListNames`: Lists the names of the domain snapshot.
#[no_mangle]
pub unsafe extern "C" fn virDomainSnapshotListNames(
    domain: virDomainPtr,
    names: *mut *mut c_char,
    nameslen: c_int,
    flags: c_uint,
) -> c_int {
    let _ = flags;
    api!(-1, "virDomainSnapshotListNames", |cx| {
        check::domain(cx, domain)?;
        check::non_null_array(cx, names, nameslen as i64, "names")?;
        check::non_negative(cx, nameslen, "nameslen")?;
        Err(cx.unsupported())
    })
}

/// `virDomainSnapshotLookupByName`: Looks up a domain snapshot by name; returns a new handle, or NULL if there is none.
#[no_mangle]
pub unsafe extern "C" fn virDomainSnapshotLookupByName(
    domain: virDomainPtr,
    name: *const c_char,
    flags: c_uint,
) -> virDomainSnapshotPtr {
    let _ = flags;
    api!(ptr::null_mut(), "virDomainSnapshotLookupByName", |cx| {
        check::domain(cx, domain)?;
        check::non_null(cx, name, "name")?;
        Err(cx.unsupported())
    })
}

/// `virDomainSnapshotNum`: domain snapshot num.
#[no_mangle]
pub unsafe extern "C" fn virDomainSnapshotNum(domain: virDomainPtr, flags: c_uint) -> c_int {
    let _ = flags;
    api!(-1, "virDomainSnapshotNum", |cx| {
        check::domain(cx, domain)?;
        Err(cx.unsupported())
    })
}

/// `virDomainSnapshotNumChildren`: domain snapshot num children.
#[no_mangle]
pub unsafe extern "C" fn virDomainSnapshotNumChildren(
    snapshot: virDomainSnapshotPtr,
    flags: c_uint,
) -> c_int {
    let _ = flags;
    api!(-1, "virDomainSnapshotNumChildren", |cx| {
        check::snapshot(cx, snapshot)?;
        Err(cx.unsupported())
    })
}

/// `virDomainSnapshotRef`: Takes one more reference to a domain snapshot; release it with the matching free call.
#[no_mangle]
pub unsafe extern "C" fn virDomainSnapshotRef(snapshot: virDomainSnapshotPtr) -> c_int {
    api!(-1, "virDomainSnapshotRef", |cx| {
        check::snapshot(cx, snapshot)?;
        Err(cx.unsupported())
    })
}
