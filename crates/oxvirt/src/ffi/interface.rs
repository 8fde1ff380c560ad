//! Entry points declared in `libvirt-interface.h`.

use crate::ffi::prelude::*;

entry_point_domain!(VIR_FROM_INTERFACE);

/// `virConnectListAllInterfaces`: Lists all interfaces of the connection, as new handles.
#[no_mangle]
pub unsafe extern "C" fn virConnectListAllInterfaces(
    conn: virConnectPtr,
    ifaces: *mut *mut virInterfacePtr,
    flags: c_uint,
) -> c_int {
    let _ = ifaces;
    let _ = flags;
    api!(-1, "virConnectListAllInterfaces", |cx| {
        check::conn(cx, conn)?;
        Err(cx.unsupported())
    })
}

/// `virConnectListDefinedInterfaces`: Lists the defined interfaces of the connection.
#[no_mangle]
pub unsafe extern "C" fn virConnectListDefinedInterfaces(
    conn: virConnectPtr,
    names: *mut *mut c_char,
    maxnames: c_int,
) -> c_int {
    api!(-1, "virConnectListDefinedInterfaces", |cx| {
        check::conn(cx, conn)?;
        check::non_null_array(cx, names, maxnames as i64, "names")?;
        check::non_negative(cx, maxnames, "maxnames")?;
        Err(cx.unsupported())
    })
}

/// `virConnectListInterfaces`: Lists the interfaces of the connection.
#[no_mangle]
pub unsafe extern "C" fn virConnectListInterfaces(
    conn: virConnectPtr,
    names: *mut *mut c_char,
    maxnames: c_int,
) -> c_int {
    api!(-1, "virConnectListInterfaces", |cx| {
        check::conn(cx, conn)?;
        check::non_null_array(cx, names, maxnames as i64, "names")?;
        check::non_negative(cx, maxnames, "maxnames")?;
        Err(cx.unsupported())
    })
}

/// `virConnectNumOfDefinedInterfaces`: Counts the defined interfaces of the connection; -1 on error.
#[no_mangle]
pub unsafe extern "C" fn virConnectNumOfDefinedInterfaces(conn: virConnectPtr) -> c_int {
    api!(-1, "virConnectNumOfDefinedInterfaces", |cx| {
        check::conn(cx, conn)?;
        Err(cx.unsupported())
    })
}

/// `virConnectNumOfInterfaces`: Counts the interfaces of the connection; -1 on error.
#[no_mangle]
pub unsafe extern "C" fn virConnectNumOfInterfaces(conn: virConnectPtr) -> c_int {
    api!(-1, "virConnectNumOfInterfaces", |cx| {
        check::conn(cx, conn)?;
        Err(cx.unsupported())
    })
}

/// `virInterfaceChangeBegin`: interface change begin.
#[no_mangle]
pub unsafe extern "C" fn virInterfaceChangeBegin(conn: virConnectPtr, flags: c_uint) -> c_int {
    let _ = flags;
    api!(-1, "virInterfaceChangeBegin", |cx| {
        let conn = check::conn(cx, conn)?;
        check::writable(cx, conn.conn())?;
        Err(cx.unsupported())
    })
}

/// `virInterfaceChangeCommit`: interface change commit.
#[no_mangle]
pub unsafe extern "C" fn virInterfaceChangeCommit(conn: virConnectPtr, flags: c_uint) -> c_int {
    let _ = flags;
    api!(-1, "virInterfaceChangeCommit", |cx| {
        let conn = check::conn(cx, conn)?;
        check::writable(cx, conn.conn())?;
        Err(cx.unsupported())
    })
}

/// `virInterfaceChangeRollback`: interface change rollback.
#[no_mangle]
pub unsafe extern "C" fn virInterfaceChangeRollback(conn: virConnectPtr, flags: c_uint) -> c_int {
    let _ = flags;
    api!(-1, "virInterfaceChangeRollback", |cx| {
        let conn = check::conn(cx, conn)?;
        check::writable(cx, conn.conn())?;
        Err(cx.unsupported())
    })
}

/// `virInterfaceCreate`: Creates a host interface.
#[no_mangle]
pub unsafe extern "C" fn virInterfaceCreate(iface: virInterfacePtr, flags: c_uint) -> c_int {
    let _ = flags;
    api!(-1, "virInterfaceCreate", |cx| {
        let iface = check::interface(cx, iface)?;
        check::writable(cx, iface.conn())?;
        Err(cx.unsupported())
    })
}

/// `virInterfaceDefineXML`: Defines XML on the host interface.
#[no_mangle]
pub unsafe extern "C" fn virInterfaceDefineXML(
    conn: virConnectPtr,
    xml: *const c_char,
    flags: c_uint,
) -> virInterfacePtr {
    let _ = flags;
    api!(ptr::null_mut(), "virInterfaceDefineXML", |cx| {
        let conn = check::conn(cx, conn)?;
        check::writable(cx, conn.conn())?;
        check::non_null(cx, xml, "xml")?;
        Err(cx.unsupported())
    })
}

/// `virInterfaceDestroy`: Destroys the host interface.
#[no_mangle]
pub unsafe extern "C" fn virInterfaceDestroy(iface: virInterfacePtr, flags: c_uint) -> c_int {
    let _ = flags;
    api!(-1, "virInterfaceDestroy", |cx| {
        let iface = check::interface(cx, iface)?;
        check::writable(cx, iface.conn())?;
        Err(cx.unsupported())
    })
}

/// `virInterfaceFree`: Releases the caller's reference to a host interface; it is freed with its last reference.
#[no_mangle]
pub unsafe extern "C" fn virInterfaceFree(iface: virInterfacePtr) -> c_int {
    api!(-1, "virInterfaceFree", |cx| {
        check::interface(cx, iface)?;
        Err(cx.unsupported())
    })
}

/// `virInterfaceGetConnect`: Returns the connection the host interface belongs to (no new reference).
#[no_mangle]
pub unsafe extern "C" fn virInterfaceGetConnect(iface: virInterfacePtr) -> virConnectPtr {
    api!(ptr::null_mut(), "virInterfaceGetConnect", |cx| {
        check::interface(cx, iface)?;
        Err(cx.unsupported())
    })
}

/// `virInterfaceGetMACString`: Gets the host interface's MAC string.
#[no_mangle]
pub unsafe extern "C" fn virInterfaceGetMACString(iface: virInterfacePtr) -> *const c_char {
    api!(ptr::null_mut(), "virInterfaceGetMACString", |cx| {
        check::interface(cx, iface)?;
        Err(cx.unsupported())
    })
}

/// `virInterfaceGetName`: Gets the host interface's name.
#[no_mangle]
pub unsafe extern "C" fn virInterfaceGetName(iface: virInterfacePtr) -> *const c_char {
    api!(ptr::null_mut(), "virInterfaceGetName", |cx| {
        check::interface(cx, iface)?;
        Err(cx.unsupported())
    })
}

/// `virInterfaceGetXMLDesc`: Gets the host interface's XML desc.
#[no_mangle]
pub unsafe extern "C" fn virInterfaceGetXMLDesc(
    iface: virInterfacePtr,
    flags: c_uint,
) -> *mut c_char {
    let _ = flags;
    api!(ptr::null_mut(), "virInterfaceGetXMLDesc", |cx| {
        check::interface(cx, iface)?;
        Err(cx.unsupported())
    })
}

/// `virInterfaceIsActive`: Tells whether the host interface is active: 1 if so, 0 if not, -1 on error.
#[no_mangle]
pub unsafe extern "C" fn virInterfaceIsActive(iface: virInterfacePtr) -> c_int {
    api!(-1, "virInterfaceIsActive", |cx| {
        check::interface(cx, iface)?;
        Err(cx.unsupported())
    })
}

/// `virInterfaceLookupByMACString`: Looks up a host interface by MAC string; returns a new handle, or NULL if there is none.
#[no_mangle]
pub unsafe extern "C" fn virInterfaceLookupByMACString(
    conn: virConnectPtr,
    macstr: *const c_char,
) -> virInterfacePtr {
    api!(ptr::null_mut(), "virInterfaceLookupByMACString", |cx| {
        check::conn(cx, conn)?;
        check::non_null(cx, macstr, "macstr")?;
        Err(cx.unsupported())
    })
}

/// `virInterfaceLookupByName`: Looks up a host interface by name; returns a new handle, or NULL if there is none.
#[no_mangle]
pub unsafe extern "C" fn virInterfaceLookupByName(
    conn: virConnectPtr,
    name: *const c_char,
) -> virInterfacePtr {
    api!(ptr::null_mut(), "virInterfaceLookupByName", |cx| {
        let c = check::conn(cx, conn)?;
        let name = convert::str(cx, name, "name")?;
        let id = c.interface(cx)?.interface_lookup_by_name(cx, name)?;
        Ok(marshal::new_handle(Interface::new(c.to_arc(), id)))
    })
}

/// `virInterfaceRef`: Takes one more reference to a host interface; release it with the matching free call.
#[no_mangle]
pub unsafe extern "C" fn virInterfaceRef(iface: virInterfacePtr) -> c_int {
    api!(-1, "virInterfaceRef", |cx| {
        check::interface(cx, iface)?;
        Err(cx.unsupported())
    })
}

/// `virInterfaceUndefine`: Undefines the host interface.
#[no_mangle]
pub unsafe extern "C" fn virInterfaceUndefine(iface: virInterfacePtr) -> c_int {
    api!(-1, "virInterfaceUndefine", |cx| {
        let iface = check::interface(cx, iface)?;
        check::writable(cx, iface.conn())?;
        Err(cx.unsupported())
    })
}
