//! Entry points declared in `libvirt-domain-snapshot.h`.

use crate::ffi::prelude::*;

entry_point_domain!(VIR_FROM_DOMAIN_SNAPSHOT);

/// `virDomainHasCurrentSnapshot`: Tells whether the domain has current snapshot: 1 if so, 0 if not, -1 on error.
#[no_mangle]
pub unsafe extern "C" fn virDomainHasCurrentSnapshot(domain: virDomainPtr, flags: c_uint) -> c_int {
    let _ = flags;
    api(-1, "virDomainHasCurrentSnapshot", || {
        check::domain(domain)?;
        Err(unsupported())
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
    api(-1, "virDomainListAllSnapshots", || {
        check::domain(domain)?;
        Err(unsupported())
    })
}

/// `virDomainRevertToSnapshot`: Reverts to snapshot of the domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainRevertToSnapshot(
    snapshot: virDomainSnapshotPtr,
    flags: c_uint,
) -> c_int {
    let _ = flags;
    api(-1, "virDomainRevertToSnapshot", || {
        let snapshot = check::snapshot(snapshot)?;
        check::writable(snapshot.conn())?;
        Err(unsupported())
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
    api(ptr::null_mut(), "virDomainSnapshotCreateXML", || {
        let domain = check::domain(domain)?;
        check::non_null(xmlDesc, "xmlDesc")?;
        check::writable(domain.conn())?;
        Err(unsupported())
    })
}

/// `virDomainSnapshotCurrent`: domain snapshot current.
#[no_mangle]
pub unsafe extern "C" fn virDomainSnapshotCurrent(
    domain: virDomainPtr,
    flags: c_uint,
) -> virDomainSnapshotPtr {
    let _ = flags;
    api(ptr::null_mut(), "virDomainSnapshotCurrent", || {
        check::domain(domain)?;
        Err(unsupported())
    })
}

/// `virDomainSnapshotDelete`: Deletes the domain snapshot.
#[no_mangle]
pub unsafe extern "C" fn virDomainSnapshotDelete(
    snapshot: virDomainSnapshotPtr,
    flags: c_uint,
) -> c_int {
    let _ = flags;
    api(-1, "virDomainSnapshotDelete", || {
        let snapshot = check::snapshot(snapshot)?;
        check::writable(snapshot.conn())?;
        Err(unsupported())
    })
}

/// `virDomainSnapshotFree`: Releases the caller's reference to a domain snapshot; it is freed with its last reference.
#[no_mangle]
pub unsafe extern "C" fn virDomainSnapshotFree(snapshot: virDomainSnapshotPtr) -> c_int {
    api(-1, "virDomainSnapshotFree", || {
        check::snapshot(snapshot)?;
        Err(unsupported())
    })
}

/// `virDomainSnapshotGetConnect`: Returns the connection the domain snapshot belongs to (no new reference).
#[no_mangle]
pub unsafe extern "C" fn virDomainSnapshotGetConnect(
    snapshot: virDomainSnapshotPtr,
) -> virConnectPtr {
    api(ptr::null_mut(), "virDomainSnapshotGetConnect", || {
        check::snapshot(snapshot)?;
        Err(unsupported())
    })
}

/// `virDomainSnapshotGetDomain`: Gets the domain snapshot's domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainSnapshotGetDomain(
    snapshot: virDomainSnapshotPtr,
) -> virDomainPtr {
    api(ptr::null_mut(), "virDomainSnapshotGetDomain", || {
        check::snapshot(snapshot)?;
        Err(unsupported())
    })
}

/// `virDomainSnapshotGetName`: Gets the domain snapshot's name.
#[no_mangle]
pub unsafe extern "C" fn virDomainSnapshotGetName(snapshot: virDomainSnapshotPtr) -> *const c_char {
    api(ptr::null_mut(), "virDomainSnapshotGetName", || {
        check::snapshot(snapshot)?;
        Err(unsupported())
    })
}

/// `virDomainSnapshotGetParent`: Gets the domain snapshot's parent.
#[no_mangle]
pub unsafe extern "C" fn virDomainSnapshotGetParent(
    snapshot: virDomainSnapshotPtr,
    flags: c_uint,
) -> virDomainSnapshotPtr {
    let _ = flags;
    api(ptr::null_mut(), "virDomainSnapshotGetParent", || {
        check::snapshot(snapshot)?;
        Err(unsupported())
    })
}

/// `virDomainSnapshotGetXMLDesc`: Gets the domain snapshot's XML desc.
#[no_mangle]
pub unsafe extern "C" fn virDomainSnapshotGetXMLDesc(
    snapshot: virDomainSnapshotPtr,
    flags: c_uint,
) -> *mut c_char {
    let _ = flags;
    api(ptr::null_mut(), "virDomainSnapshotGetXMLDesc", || {
        check::snapshot(snapshot)?;
        Err(unsupported())
    })
}

/// `virDomainSnapshotHasMetadata`: Tells whether the domain snapshot has metadata: 1 if so, 0 if not, -1 on error.
#[no_mangle]
pub unsafe extern "C" fn virDomainSnapshotHasMetadata(
    snapshot: virDomainSnapshotPtr,
    flags: c_uint,
) -> c_int {
    let _ = flags;
    api(-1, "virDomainSnapshotHasMetadata", || {
        check::snapshot(snapshot)?;
        Err(unsupported())
    })
}

/// `virDomainSnapshotIsCurrent`: Tells whether the domain snapshot is current: 1 if so, 0 if not, -1 on error.
#[no_mangle]
pub unsafe extern "C" fn virDomainSnapshotIsCurrent(
    snapshot: virDomainSnapshotPtr,
    flags: c_uint,
) -> c_int {
    let _ = flags;
    api(-1, "virDomainSnapshotIsCurrent", || {
        check::snapshot(snapshot)?;
        Err(unsupported())
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
    api(-1, "virDomainSnapshotListAllChildren", || {
        check::snapshot(snapshot)?;
        Err(unsupported())
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
    api(-1, "virDomainSnapshotListChildrenNames", || {
        check::snapshot(snapshot)?;
        check::non_null_array(names, nameslen as i64, "names")?;
        check::non_negative(nameslen, "nameslen")?;
        Err(unsupported())
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
    api(-1, "virDomainSnapshotListNames", || {
        check::domain(domain)?;
        check::non_null_array(names, nameslen as i64, "names")?;
        check::non_negative(nameslen, "nameslen")?;
        Err(unsupported())
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
    api(ptr::null_mut(), "virDomainSnapshotLookupByName", || {
        check::domain(domain)?;
        check::non_null(name, "name")?;
        Err(unsupported())
    })
}

/// `virDomainSnapshotNum`: domain snapshot num.
#[no_mangle]
pub unsafe extern "C" fn virDomainSnapshotNum(domain: virDomainPtr, flags: c_uint) -> c_int {
    let _ = flags;
    api(-1, "virDomainSnapshotNum", || {
        check::domain(domain)?;
        Err(unsupported())
    })
}

/// `virDomainSnapshotNumChildren`: domain snapshot num children.
#[no_mangle]
pub unsafe extern "C" fn virDomainSnapshotNumChildren(
    snapshot: virDomainSnapshotPtr,
    flags: c_uint,
) -> c_int {
    let _ = flags;
    api(-1, "virDomainSnapshotNumChildren", || {
        check::snapshot(snapshot)?;
        Err(unsupported())
    })
}

/// `virDomainSnapshotRef`: Takes one more reference to a domain snapshot; release it with the matching free call.
#[no_mangle]
pub unsafe extern "C" fn virDomainSnapshotRef(snapshot: virDomainSnapshotPtr) -> c_int {
    api(-1, "virDomainSnapshotRef", || {
        check::snapshot(snapshot)?;
        Err(unsupported())
    })
}
