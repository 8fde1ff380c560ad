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
    api(-1, "virConnectListAllInterfaces", || {
        check::conn(conn)?;
        Err(unsupported())
    })
}

/// `virConnectListDefinedInterfaces`: Lists the defined interfaces of the connection.
#[no_mangle]
pub unsafe extern "C" fn virConnectListDefinedInterfaces(
    conn: virConnectPtr,
    names: *mut *mut c_char,
    maxnames: c_int,
) -> c_int {
    api(-1, "virConnectListDefinedInterfaces", || {
        check::conn(conn)?;
        check::non_null_array(names, maxnames as i64, "names")?;
        check::non_negative(maxnames, "maxnames")?;
        Err(unsupported())
    })
}

/// `virConnectListInterfaces`: Lists the interfaces of the connection.
#[no_mangle]
pub unsafe extern "C" fn virConnectListInterfaces(
    conn: virConnectPtr,
    names: *mut *mut c_char,
    maxnames: c_int,
) -> c_int {
    api(-1, "virConnectListInterfaces", || {
        check::conn(conn)?;
        check::non_null_array(names, maxnames as i64, "names")?;
        check::non_negative(maxnames, "maxnames")?;
        Err(unsupported())
    })
}

/// `virConnectNumOfDefinedInterfaces`: Counts the defined interfaces of the connection; -1 on error.
#[no_mangle]
pub unsafe extern "C" fn virConnectNumOfDefinedInterfaces(conn: virConnectPtr) -> c_int {
    api(-1, "virConnectNumOfDefinedInterfaces", || {
        check::conn(conn)?;
        Err(unsupported())
    })
}

/// `virConnectNumOfInterfaces`: Counts the interfaces of the connection; -1 on error.
#[no_mangle]
pub unsafe extern "C" fn virConnectNumOfInterfaces(conn: virConnectPtr) -> c_int {
    api(-1, "virConnectNumOfInterfaces", || {
        check::conn(conn)?;
        Err(unsupported())
    })
}

/// `virInterfaceChangeBegin`: interface change begin.
#[no_mangle]
pub unsafe extern "C" fn virInterfaceChangeBegin(conn: virConnectPtr, flags: c_uint) -> c_int {
    let _ = flags;
    api(-1, "virInterfaceChangeBegin", || {
        let conn = check::conn(conn)?;
        check::writable(conn.conn())?;
        Err(unsupported())
    })
}

/// `virInterfaceChangeCommit`: interface change commit.
#[no_mangle]
pub unsafe extern "C" fn virInterfaceChangeCommit(conn: virConnectPtr, flags: c_uint) -> c_int {
    let _ = flags;
    api(-1, "virInterfaceChangeCommit", || {
        let conn = check::conn(conn)?;
        check::writable(conn.conn())?;
        Err(unsupported())
    })
}

/// `virInterfaceChangeRollback`: interface change rollback.
#[no_mangle]
pub unsafe extern "C" fn virInterfaceChangeRollback(conn: virConnectPtr, flags: c_uint) -> c_int {
    let _ = flags;
    api(-1, "virInterfaceChangeRollback", || {
        let conn = check::conn(conn)?;
        check::writable(conn.conn())?;
        Err(unsupported())
    })
}

/// `virInterfaceCreate`: Creates a host interface.
#[no_mangle]
pub unsafe extern "C" fn virInterfaceCreate(iface: virInterfacePtr, flags: c_uint) -> c_int {
    let _ = flags;
    api(-1, "virInterfaceCreate", || {
        let iface = check::interface(iface)?;
        check::writable(iface.conn())?;
        Err(unsupported())
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
    api(ptr::null_mut(), "virInterfaceDefineXML", || {
        let conn = check::conn(conn)?;
        check::writable(conn.conn())?;
        check::non_null(xml, "xml")?;
        Err(unsupported())
    })
}

/// `virInterfaceDestroy`: Destroys the host interface.
#[no_mangle]
pub unsafe extern "C" fn virInterfaceDestroy(iface: virInterfacePtr, flags: c_uint) -> c_int {
    let _ = flags;
    api(-1, "virInterfaceDestroy", || {
        let iface = check::interface(iface)?;
        check::writable(iface.conn())?;
        Err(unsupported())
    })
}

/// `virInterfaceFree`: Releases the caller's reference to a host interface; it is freed with its last reference.
#[no_mangle]
pub unsafe extern "C" fn virInterfaceFree(iface: virInterfacePtr) -> c_int {
    api(-1, "virInterfaceFree", || {
        check::interface(iface)?;
        Err(unsupported())
    })
}

/// `virInterfaceGetConnect`: Returns the connection the host interface belongs to (no new reference).
#[no_mangle]
pub unsafe extern "C" fn virInterfaceGetConnect(iface: virInterfacePtr) -> virConnectPtr {
    api(ptr::null_mut(), "virInterfaceGetConnect", || {
        check::interface(iface)?;
        Err(unsupported())
    })
}

/// `virInterfaceGetMACString`: Gets the host interface's MAC string.
#[no_mangle]
pub unsafe extern "C" fn virInterfaceGetMACString(iface: virInterfacePtr) -> *const c_char {
    api(ptr::null_mut(), "virInterfaceGetMACString", || {
        check::interface(iface)?;
        Err(unsupported())
    })
}

/// `virInterfaceGetName`: Gets the host interface's name.
#[no_mangle]
pub unsafe extern "C" fn virInterfaceGetName(iface: virInterfacePtr) -> *const c_char {
    api(ptr::null_mut(), "virInterfaceGetName", || {
        check::interface(iface)?;
        Err(unsupported())
    })
}

/// `virInterfaceGetXMLDesc`: Gets the host interface's XML desc.
#[no_mangle]
pub unsafe extern "C" fn virInterfaceGetXMLDesc(
    iface: virInterfacePtr,
    flags: c_uint,
) -> *mut c_char {
    let _ = flags;
    api(ptr::null_mut(), "virInterfaceGetXMLDesc", || {
        check::interface(iface)?;
        Err(unsupported())
    })
}

/// `virInterfaceIsActive`: Tells whether the host interface is active: 1 if so, 0 if not, -1 on error.
#[no_mangle]
pub unsafe extern "C" fn virInterfaceIsActive(iface: virInterfacePtr) -> c_int {
    api(-1, "virInterfaceIsActive", || {
        check::interface(iface)?;
        Err(unsupported())
    })
}

/// `virInterfaceLookupByMACString`: Looks up a host interface by MAC string; returns a new handle, or NULL if there is none.
#[no_mangle]
pub unsafe extern "C" fn virInterfaceLookupByMACString(
    conn: virConnectPtr,
    macstr: *const c_char,
) -> virInterfacePtr {
    api(ptr::null_mut(), "virInterfaceLookupByMACString", || {
        check::conn(conn)?;
        check::non_null(macstr, "macstr")?;
        Err(unsupported())
    })
}

/// `virInterfaceLookupByName`: Looks up a host interface by name; returns a new handle, or NULL if there is none.
#[no_mangle]
pub unsafe extern "C" fn virInterfaceLookupByName(
    conn: virConnectPtr,
    name: *const c_char,
) -> virInterfacePtr {
    api(ptr::null_mut(), "virInterfaceLookupByName", || {
        check::conn(conn)?;
        check::non_null(name, "name")?;
        Err(unsupported())
    })
}

/// `virInterfaceRef`: Takes one more reference to a host interface; release it with the matching free call.
#[no_mangle]
pub unsafe extern "C" fn virInterfaceRef(iface: virInterfacePtr) -> c_int {
    api(-1, "virInterfaceRef", || {
        check::interface(iface)?;
        Err(unsupported())
    })
}

/// `virInterfaceUndefine`: Undefines the host interface.
#[no_mangle]
pub unsafe extern "C" fn virInterfaceUndefine(iface: virInterfacePtr) -> c_int {
    api(-1, "virInterfaceUndefine", || {
        let iface = check::interface(iface)?;
        check::writable(iface.conn())?;
        Err(unsupported())
    })
}
