//! Entry points declared in `libvirt-domain-snapshot.h`.

use crate::ffi::prelude::*;

entry_point_domain!(VIR_FROM_DOMAIN_SNAPSHOT);

use oxvirt_abi::virDomainSnapshotCreateFlags as C;
use oxvirt_abi::virDomainSnapshotDeleteFlags as D;
use oxvirt_abi::virDomainSnapshotRevertFlags as R;
use oxvirt_abi::virDomainSnapshotXMLFlags as X;

/// The identity a snapshot handle names, with its domain as the handle
/// knows it now.
fn snap_id(s: &Handle<Snapshot>) -> crate::driver::SnapshotId {
    crate::driver::SnapshotId {
        dom: s.dom.ident(),
        name: s.id.name.clone(),
    }
}

/// `virDomainHasCurrentSnapshot`: Tells whether the domain has current snapshot: 1 if so, 0 if not, -1 on error.
#[no_mangle]
pub unsafe extern "C" fn virDomainHasCurrentSnapshot(domain: virDomainPtr, flags: c_uint) -> c_int {
    api!(-1, "virDomainHasCurrentSnapshot", |cx| {
        let d = check::domain(cx, domain)?;
        Ok(d.conn
            .hv()
            .domain_has_current_snapshot(cx, &d.ident(), flags)? as c_int)
    })
}

/// `virDomainListAllSnapshots`: Lists all snapshots of the domain, as new handles.
#[no_mangle]
pub unsafe extern "C" fn virDomainListAllSnapshots(
    domain: virDomainPtr,
    snaps: *mut *mut virDomainSnapshotPtr,
    flags: c_uint,
) -> c_int {
    api!(-1, "virDomainListAllSnapshots", |cx| {
        convert::put(snaps, ptr::null_mut());
        let d = check::domain(cx, domain)?;
        let list = d.conn.hv().list_all_snapshots(cx, &d.ident(), flags)?;
        marshal::handle_array(cx, snaps, list, |id| Snapshot::new(d.to_arc(), id.name))
    })
}

/// `virDomainRevertToSnapshot`: Reverts to snapshot of the domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainRevertToSnapshot(
    snapshot: virDomainSnapshotPtr,
    flags: c_uint,
) -> c_int {
    api!(-1, "virDomainRevertToSnapshot", |cx| {
        let snapshot = check::snapshot(cx, snapshot)?;
        check::writable(cx, snapshot.conn())?;
        check::exclusive_flags(
            cx,
            flags,
            R::VIR_DOMAIN_SNAPSHOT_REVERT_RUNNING as u32,
            "VIR_DOMAIN_SNAPSHOT_REVERT_RUNNING",
            R::VIR_DOMAIN_SNAPSHOT_REVERT_PAUSED as u32,
            "VIR_DOMAIN_SNAPSHOT_REVERT_PAUSED",
        )?;
        let id = snap_id(snapshot);
        if let Some(new_id) = snapshot.conn.hv().revert_to_snapshot(cx, &id, flags)? {
            snapshot.dom.set_cached_id(new_id);
        }
        Ok(0)
    })
}

/// `virDomainSnapshotCreateXML`: Creates XML on the domain snapshot.
#[no_mangle]
pub unsafe extern "C" fn virDomainSnapshotCreateXML(
    domain: virDomainPtr,
    xmlDesc: *const c_char,
    flags: c_uint,
) -> virDomainSnapshotPtr {
    api!(ptr::null_mut(), "virDomainSnapshotCreateXML", |cx| {
        let domain = check::domain(cx, domain)?;
        check::non_null(cx, xmlDesc, "xmlDesc")?;
        check::writable(cx, domain.conn())?;
        check::require_flag(
            cx,
            flags,
            C::VIR_DOMAIN_SNAPSHOT_CREATE_CURRENT as u32,
            "VIR_DOMAIN_SNAPSHOT_CREATE_CURRENT",
            C::VIR_DOMAIN_SNAPSHOT_CREATE_REDEFINE as u32,
            "VIR_DOMAIN_SNAPSHOT_CREATE_REDEFINE",
        )?;
        check::exclusive_flags(
            cx,
            flags,
            C::VIR_DOMAIN_SNAPSHOT_CREATE_REDEFINE as u32,
            "VIR_DOMAIN_SNAPSHOT_CREATE_REDEFINE",
            C::VIR_DOMAIN_SNAPSHOT_CREATE_NO_METADATA as u32,
            "VIR_DOMAIN_SNAPSHOT_CREATE_NO_METADATA",
        )?;
        check::exclusive_flags(
            cx,
            flags,
            C::VIR_DOMAIN_SNAPSHOT_CREATE_REDEFINE as u32,
            "VIR_DOMAIN_SNAPSHOT_CREATE_REDEFINE",
            C::VIR_DOMAIN_SNAPSHOT_CREATE_HALT as u32,
            "VIR_DOMAIN_SNAPSHOT_CREATE_HALT",
        )?;
        let xml = convert::str(cx, xmlDesc, "xmlDesc")?;
        let (id, new_id) = domain
            .conn
            .hv()
            .snapshot_create_xml(cx, &domain.ident(), xml, flags)?;
        if let Some(new_id) = new_id {
            domain.set_cached_id(new_id);
        }
        Ok(marshal::new_handle(Snapshot::new(domain.to_arc(), id.name)))
    })
}

/// `virDomainSnapshotCurrent`: domain snapshot current.
#[no_mangle]
pub unsafe extern "C" fn virDomainSnapshotCurrent(
    domain: virDomainPtr,
    flags: c_uint,
) -> virDomainSnapshotPtr {
    api!(ptr::null_mut(), "virDomainSnapshotCurrent", |cx| {
        let d = check::domain(cx, domain)?;
        let id = d.conn.hv().snapshot_current(cx, &d.ident(), flags)?;
        Ok(marshal::new_handle(Snapshot::new(d.to_arc(), id.name)))
    })
}

/// `virDomainSnapshotDelete`: Deletes the domain snapshot.
#[no_mangle]
pub unsafe extern "C" fn virDomainSnapshotDelete(
    snapshot: virDomainSnapshotPtr,
    flags: c_uint,
) -> c_int {
    api!(-1, "virDomainSnapshotDelete", |cx| {
        let snapshot = check::snapshot(cx, snapshot)?;
        check::writable(cx, snapshot.conn())?;
        check::exclusive_flags(
            cx,
            flags,
            D::VIR_DOMAIN_SNAPSHOT_DELETE_CHILDREN as u32,
            "VIR_DOMAIN_SNAPSHOT_DELETE_CHILDREN",
            D::VIR_DOMAIN_SNAPSHOT_DELETE_CHILDREN_ONLY as u32,
            "VIR_DOMAIN_SNAPSHOT_DELETE_CHILDREN_ONLY",
        )?;
        snapshot
            .conn
            .hv()
            .snapshot_delete(cx, &snap_id(snapshot), flags)?;
        Ok(0)
    })
}

/// `virDomainSnapshotFree`: Releases the caller's reference to a domain snapshot; it is freed with its last reference.
#[no_mangle]
pub unsafe extern "C" fn virDomainSnapshotFree(snapshot: virDomainSnapshotPtr) -> c_int {
    api!(-1, "virDomainSnapshotFree", |cx| {
        let s = check::snapshot(cx, snapshot)?;
        Handle::release(s as *const Handle<Snapshot>);
        Ok(0)
    })
}

/// `virDomainSnapshotGetConnect`: Returns the connection the domain snapshot belongs to (no new reference).
#[no_mangle]
pub unsafe extern "C" fn virDomainSnapshotGetConnect(
    snapshot: virDomainSnapshotPtr,
) -> virConnectPtr {
    api!(ptr::null_mut(), "virDomainSnapshotGetConnect", |cx| {
        // Borrowed: the caller does not own a reference to the connection.
        Ok(std::sync::Arc::as_ptr(&check::snapshot(cx, snapshot)?.conn) as virConnectPtr)
    })
}

/// `virDomainSnapshotGetDomain`: Gets the domain snapshot's domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainSnapshotGetDomain(
    snapshot: virDomainSnapshotPtr,
) -> virDomainPtr {
    api!(ptr::null_mut(), "virDomainSnapshotGetDomain", |cx| {
        // Borrowed: the snapshot holds the reference.
        Ok(std::sync::Arc::as_ptr(&check::snapshot(cx, snapshot)?.dom) as virDomainPtr)
    })
}

/// `virDomainSnapshotGetName`: Gets the domain snapshot's name.
#[no_mangle]
pub unsafe extern "C" fn virDomainSnapshotGetName(snapshot: virDomainSnapshotPtr) -> *const c_char {
    api!(ptr::null(), "virDomainSnapshotGetName", |cx| {
        Ok(check::snapshot(cx, snapshot)?.c_name.as_ptr())
    })
}

/// `virDomainSnapshotGetParent`: Gets the domain snapshot's parent.
#[no_mangle]
pub unsafe extern "C" fn virDomainSnapshotGetParent(
    snapshot: virDomainSnapshotPtr,
    flags: c_uint,
) -> virDomainSnapshotPtr {
    api!(ptr::null_mut(), "virDomainSnapshotGetParent", |cx| {
        let s = check::snapshot(cx, snapshot)?;
        let id = s.conn.hv().snapshot_get_parent(cx, &snap_id(s), flags)?;
        Ok(marshal::new_handle(Snapshot::new(s.dom.clone(), id.name)))
    })
}

/// `virDomainSnapshotGetXMLDesc`: Gets the domain snapshot's XML desc.
#[no_mangle]
pub unsafe extern "C" fn virDomainSnapshotGetXMLDesc(
    snapshot: virDomainSnapshotPtr,
    flags: c_uint,
) -> *mut c_char {
    api!(ptr::null_mut(), "virDomainSnapshotGetXMLDesc", |cx| {
        let s = check::snapshot(cx, snapshot)?;
        if s.conn.read_only && flags & X::VIR_DOMAIN_SNAPSHOT_XML_SECURE as u32 != 0 {
            return Err(crate::error::Error::new(
                oxvirt_abi::virErrorDomain::VIR_FROM_DOMAIN_SNAPSHOT,
                oxvirt_abi::virErrorNumber::VIR_ERR_OPERATION_DENIED,
                Some("virDomainSnapshotGetXMLDesc with secure flag"),
            ));
        }
        let xml = s.conn.hv().snapshot_get_xml_desc(cx, &snap_id(s), flags)?;
        convert::c_string(cx, &xml)
    })
}

/// `virDomainSnapshotHasMetadata`: Tells whether the domain snapshot has metadata: 1 if so, 0 if not, -1 on error.
#[no_mangle]
pub unsafe extern "C" fn virDomainSnapshotHasMetadata(
    snapshot: virDomainSnapshotPtr,
    flags: c_uint,
) -> c_int {
    api!(-1, "virDomainSnapshotHasMetadata", |cx| {
        let s = check::snapshot(cx, snapshot)?;
        Ok(s.conn.hv().snapshot_has_metadata(cx, &snap_id(s), flags)? as c_int)
    })
}

/// `virDomainSnapshotIsCurrent`: Tells whether the domain snapshot is current: 1 if so, 0 if not, -1 on error.
#[no_mangle]
pub unsafe extern "C" fn virDomainSnapshotIsCurrent(
    snapshot: virDomainSnapshotPtr,
    flags: c_uint,
) -> c_int {
    api!(-1, "virDomainSnapshotIsCurrent", |cx| {
        let s = check::snapshot(cx, snapshot)?;
        Ok(s.conn.hv().snapshot_is_current(cx, &snap_id(s), flags)? as c_int)
    })
}

/// `virDomainSnapshotListAllChildren`: Lists all children of the domain snapshot, as new handles.
#[no_mangle]
pub unsafe extern "C" fn virDomainSnapshotListAllChildren(
    snapshot: virDomainSnapshotPtr,
    snaps: *mut *mut virDomainSnapshotPtr,
    flags: c_uint,
) -> c_int {
    api!(-1, "virDomainSnapshotListAllChildren", |cx| {
        convert::put(snaps, ptr::null_mut());
        let s = check::snapshot(cx, snapshot)?;
        let list = s
            .conn
            .hv()
            .snapshot_list_all_children(cx, &snap_id(s), flags)?;
        marshal::handle_array(cx, snaps, list, |id| Snapshot::new(s.dom.clone(), id.name))
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
    api!(-1, "virDomainSnapshotListChildrenNames", |cx| {
        check::snapshot(cx, snapshot)?;
        check::non_null_array(cx, names, nameslen as i64, "names")?;
        check::non_negative(cx, nameslen, "nameslen")?;
        let s = check::snapshot(cx, snapshot)?;
        let list = s
            .conn
            .hv()
            .snapshot_list_children_names(cx, &snap_id(s), flags)?;
        marshal::names_into(cx, names, nameslen, &list)
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
    api!(-1, "virDomainSnapshotListNames", |cx| {
        check::domain(cx, domain)?;
        check::non_null_array(cx, names, nameslen as i64, "names")?;
        check::non_negative(cx, nameslen, "nameslen")?;
        let d = check::domain(cx, domain)?;
        let list = d.conn.hv().snapshot_list_names(cx, &d.ident(), flags)?;
        marshal::names_into(cx, names, nameslen, &list)
    })
}

/// `virDomainSnapshotLookupByName`: Looks up a domain snapshot by name; returns a new handle, or NULL if there is none.
#[no_mangle]
pub unsafe extern "C" fn virDomainSnapshotLookupByName(
    domain: virDomainPtr,
    name: *const c_char,
    flags: c_uint,
) -> virDomainSnapshotPtr {
    api!(ptr::null_mut(), "virDomainSnapshotLookupByName", |cx| {
        check::domain(cx, domain)?;
        let d = check::domain(cx, domain)?;
        let name = convert::str(cx, name, "name")?;
        let id = d
            .conn
            .hv()
            .snapshot_lookup_by_name(cx, &d.ident(), name, flags)?;
        Ok(marshal::new_handle(Snapshot::new(d.to_arc(), id.name)))
    })
}

/// `virDomainSnapshotNum`: domain snapshot num.
#[no_mangle]
pub unsafe extern "C" fn virDomainSnapshotNum(domain: virDomainPtr, flags: c_uint) -> c_int {
    api!(-1, "virDomainSnapshotNum", |cx| {
        let d = check::domain(cx, domain)?;
        Ok(d.conn.hv().snapshot_num(cx, &d.ident(), flags)? as c_int)
    })
}

/// `virDomainSnapshotNumChildren`: domain snapshot num children.
#[no_mangle]
pub unsafe extern "C" fn virDomainSnapshotNumChildren(
    snapshot: virDomainSnapshotPtr,
    flags: c_uint,
) -> c_int {
    api!(-1, "virDomainSnapshotNumChildren", |cx| {
        let s = check::snapshot(cx, snapshot)?;
        Ok(s.conn.hv().snapshot_num_children(cx, &snap_id(s), flags)? as c_int)
    })
}

/// `virDomainSnapshotRef`: Takes one more reference to a domain snapshot; release it with the matching free call.
#[no_mangle]
pub unsafe extern "C" fn virDomainSnapshotRef(snapshot: virDomainSnapshotPtr) -> c_int {
    api!(-1, "virDomainSnapshotRef", |cx| {
        let s = check::snapshot(cx, snapshot)?;
        Handle::incref(s as *const Handle<Snapshot>);
        Ok(0)
    })
}
