//! Entry points declared in `libvirt-domain-checkpoint.h`.

use crate::ffi::prelude::*;

entry_point_domain!(VIR_FROM_DOMAIN_CHECKPOINT);

/// A new checkpoint handle on `dom`'s domain handle.
fn new_checkpoint(dom: &Handle<Domain>, name: String) -> virDomainCheckpointPtr {
    marshal::new_handle(Checkpoint::new(dom.to_arc(), name))
}

/// `virDomainCheckpointCreateXML`: Creates XML on the domain checkpoint.
#[no_mangle]
pub unsafe extern "C" fn virDomainCheckpointCreateXML(
    domain: virDomainPtr,
    xmlDesc: *const c_char,
    flags: c_uint,
) -> virDomainCheckpointPtr {
    api!(ptr::null_mut(), "virDomainCheckpointCreateXML", |cx| {
        let domain = check::domain(cx, domain)?;
        check::non_null(cx, xmlDesc, "xmlDesc")?;
        check::writable(cx, domain.conn())?;
        use virDomainCheckpointCreateFlags as F;
        check::exclusive_flags(
            cx,
            flags,
            F::VIR_DOMAIN_CHECKPOINT_CREATE_REDEFINE as u32,
            "VIR_DOMAIN_CHECKPOINT_CREATE_REDEFINE",
            F::VIR_DOMAIN_CHECKPOINT_CREATE_QUIESCE as u32,
            "VIR_DOMAIN_CHECKPOINT_CREATE_QUIESCE",
        )?;
        check::require_flag(
            cx,
            flags,
            F::VIR_DOMAIN_CHECKPOINT_CREATE_REDEFINE_VALIDATE as u32,
            "VIR_DOMAIN_CHECKPOINT_CREATE_REDEFINE_VALIDATE",
            F::VIR_DOMAIN_CHECKPOINT_CREATE_REDEFINE as u32,
            "VIR_DOMAIN_CHECKPOINT_CREATE_REDEFINE",
        )?;
        let xml = convert::str(cx, xmlDesc, "xmlDesc")?;
        let id = domain
            .conn
            .hv()
            .checkpoint_create_xml(cx, &domain.id, xml, flags)?;
        Ok(new_checkpoint(domain, id.name))
    })
}

/// `virDomainCheckpointDelete`: Deletes the domain checkpoint.
#[no_mangle]
pub unsafe extern "C" fn virDomainCheckpointDelete(
    checkpoint: virDomainCheckpointPtr,
    flags: c_uint,
) -> c_int {
    api!(-1, "virDomainCheckpointDelete", |cx| {
        let checkpoint = check::checkpoint(cx, checkpoint)?;
        check::writable(cx, checkpoint.conn())?;
        use virDomainCheckpointDeleteFlags as F;
        check::exclusive_flags(
            cx,
            flags,
            F::VIR_DOMAIN_CHECKPOINT_DELETE_CHILDREN as u32,
            "VIR_DOMAIN_CHECKPOINT_DELETE_CHILDREN",
            F::VIR_DOMAIN_CHECKPOINT_DELETE_CHILDREN_ONLY as u32,
            "VIR_DOMAIN_CHECKPOINT_DELETE_CHILDREN_ONLY",
        )?;
        checkpoint
            .conn
            .hv()
            .checkpoint_delete(cx, &checkpoint.id, flags)?;
        Ok(0)
    })
}

/// `virDomainCheckpointFree`: Releases the caller's reference to a domain checkpoint; it is freed with its last reference.
#[no_mangle]
pub unsafe extern "C" fn virDomainCheckpointFree(checkpoint: virDomainCheckpointPtr) -> c_int {
    api!(-1, "virDomainCheckpointFree", |cx| {
        let c = check::checkpoint(cx, checkpoint)?;
        Handle::release(c as *const Handle<Checkpoint>);
        Ok(0)
    })
}

/// `virDomainCheckpointGetConnect`: Returns the connection the domain checkpoint belongs to (no new reference).
#[no_mangle]
pub unsafe extern "C" fn virDomainCheckpointGetConnect(
    checkpoint: virDomainCheckpointPtr,
) -> virConnectPtr {
    // Borrowed: the caller does not own a reference to the connection.
    api!(ptr::null_mut(), "virDomainCheckpointGetConnect", |cx| {
        let c = check::checkpoint(cx, checkpoint)?;
        Ok(std::sync::Arc::as_ptr(&c.conn) as virConnectPtr)
    })
}

/// `virDomainCheckpointGetDomain`: Gets the domain checkpoint's domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainCheckpointGetDomain(
    checkpoint: virDomainCheckpointPtr,
) -> virDomainPtr {
    // Borrowed: the checkpoint holds the reference.
    api!(ptr::null_mut(), "virDomainCheckpointGetDomain", |cx| {
        let c = check::checkpoint(cx, checkpoint)?;
        Ok(std::sync::Arc::as_ptr(&c.dom) as virDomainPtr)
    })
}

/// `virDomainCheckpointGetName`: Gets the domain checkpoint's name.
#[no_mangle]
pub unsafe extern "C" fn virDomainCheckpointGetName(
    checkpoint: virDomainCheckpointPtr,
) -> *const c_char {
    api!(ptr::null(), "virDomainCheckpointGetName", |cx| {
        Ok(check::checkpoint(cx, checkpoint)?.c_name.as_ptr())
    })
}

/// `virDomainCheckpointGetParent`: Gets the domain checkpoint's parent.
#[no_mangle]
pub unsafe extern "C" fn virDomainCheckpointGetParent(
    checkpoint: virDomainCheckpointPtr,
    flags: c_uint,
) -> virDomainCheckpointPtr {
    api!(ptr::null_mut(), "virDomainCheckpointGetParent", |cx| {
        let c = check::checkpoint(cx, checkpoint)?;
        let id = c.conn.hv().checkpoint_get_parent(cx, &c.id, flags)?;
        Ok(new_checkpoint(&c.dom, id.name))
    })
}

/// `virDomainCheckpointGetXMLDesc`: Gets the domain checkpoint's XML desc.
#[no_mangle]
pub unsafe extern "C" fn virDomainCheckpointGetXMLDesc(
    checkpoint: virDomainCheckpointPtr,
    flags: c_uint,
) -> *mut c_char {
    api!(ptr::null_mut(), "virDomainCheckpointGetXMLDesc", |cx| {
        let c = check::checkpoint(cx, checkpoint)?;
        if c.conn.read_only
            && flags & virDomainCheckpointXMLFlags::VIR_DOMAIN_CHECKPOINT_XML_SECURE as c_uint != 0
        {
            return Err(Error::new(
                virErrorDomain::VIR_FROM_DOMAIN_CHECKPOINT,
                virErrorNumber::VIR_ERR_OPERATION_DENIED,
                Some("virDomainCheckpointGetXMLDesc with secure flag"),
            ));
        }
        convert::c_string(cx, &c.conn.hv().checkpoint_get_xml_desc(cx, &c.id, flags)?)
    })
}

/// `virDomainCheckpointListAllChildren`: Lists all children of the domain checkpoint, as new handles.
#[no_mangle]
pub unsafe extern "C" fn virDomainCheckpointListAllChildren(
    checkpoint: virDomainCheckpointPtr,
    children: *mut *mut virDomainCheckpointPtr,
    flags: c_uint,
) -> c_int {
    // SAFETY: `children` is NULL or the caller's out-pointer.
    unsafe { convert::put(children, ptr::null_mut()) };
    api!(-1, "virDomainCheckpointListAllChildren", |cx| {
        let c = check::checkpoint(cx, checkpoint)?;
        let list = c.conn.hv().checkpoint_list_all_children(cx, &c.id, flags)?;
        marshal::handle_array(cx, children, list, |id| {
            Checkpoint::new(c.dom.clone(), id.name)
        })
    })
}

/// `virDomainCheckpointLookupByName`: Looks up a domain checkpoint by name; returns a new handle, or NULL if there is none.
#[no_mangle]
pub unsafe extern "C" fn virDomainCheckpointLookupByName(
    domain: virDomainPtr,
    name: *const c_char,
    flags: c_uint,
) -> virDomainCheckpointPtr {
    api!(ptr::null_mut(), "virDomainCheckpointLookupByName", |cx| {
        let d = check::domain(cx, domain)?;
        check::non_null(cx, name, "name")?;
        let name = convert::str(cx, name, "name")?;
        let id = d
            .conn
            .hv()
            .checkpoint_lookup_by_name(cx, &d.id, name, flags)?;
        Ok(new_checkpoint(d, id.name))
    })
}

/// `virDomainCheckpointRef`: Takes one more reference to a domain checkpoint; release it with the matching free call.
#[no_mangle]
pub unsafe extern "C" fn virDomainCheckpointRef(checkpoint: virDomainCheckpointPtr) -> c_int {
    api!(-1, "virDomainCheckpointRef", |cx| {
        let c = check::checkpoint(cx, checkpoint)?;
        Handle::incref(c as *const Handle<Checkpoint>);
        Ok(0)
    })
}

/// `virDomainListAllCheckpoints`: Lists all checkpoints of the domain, as new handles.
#[no_mangle]
pub unsafe extern "C" fn virDomainListAllCheckpoints(
    domain: virDomainPtr,
    checkpoints: *mut *mut virDomainCheckpointPtr,
    flags: c_uint,
) -> c_int {
    // SAFETY: `checkpoints` is NULL or the caller's out-pointer.
    unsafe { convert::put(checkpoints, ptr::null_mut()) };
    api!(-1, "virDomainListAllCheckpoints", |cx| {
        let d = check::domain(cx, domain)?;
        let list = d.conn.hv().list_all_checkpoints(cx, &d.id, flags)?;
        marshal::handle_array(cx, checkpoints, list, |id| {
            Checkpoint::new(d.to_arc(), id.name)
        })
    })
}
