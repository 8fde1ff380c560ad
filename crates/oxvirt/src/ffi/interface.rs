//! Entry points declared in `libvirt-interface.h`.

use crate::ffi::prelude::*;

entry_point_domain!(VIR_FROM_INTERFACE);

/// `virConnectListAllInterfaces`: connect list all interfaces.
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

/// `virConnectListDefinedInterfaces`: connect list defined interfaces.
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

/// `virConnectListInterfaces`: connect list interfaces.
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

/// `virConnectNumOfDefinedInterfaces`: connect num of defined interfaces.
#[no_mangle]
pub unsafe extern "C" fn virConnectNumOfDefinedInterfaces(conn: virConnectPtr) -> c_int {
    api(-1, "virConnectNumOfDefinedInterfaces", || {
        check::conn(conn)?;
        Err(unsupported())
    })
}

/// `virConnectNumOfInterfaces`: connect num of interfaces.
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

/// `virInterfaceCreate`: interface create.
#[no_mangle]
pub unsafe extern "C" fn virInterfaceCreate(iface: virInterfacePtr, flags: c_uint) -> c_int {
    let _ = flags;
    api(-1, "virInterfaceCreate", || {
        let iface = check::interface(iface)?;
        check::writable(iface.conn())?;
        Err(unsupported())
    })
}

/// `virInterfaceDefineXML`: interface define XML.
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

/// `virInterfaceDestroy`: interface destroy.
#[no_mangle]
pub unsafe extern "C" fn virInterfaceDestroy(iface: virInterfacePtr, flags: c_uint) -> c_int {
    let _ = flags;
    api(-1, "virInterfaceDestroy", || {
        let iface = check::interface(iface)?;
        check::writable(iface.conn())?;
        Err(unsupported())
    })
}

/// `virInterfaceFree`: interface free.
#[no_mangle]
pub unsafe extern "C" fn virInterfaceFree(iface: virInterfacePtr) -> c_int {
    api(-1, "virInterfaceFree", || {
        check::interface(iface)?;
        Err(unsupported())
    })
}

/// `virInterfaceGetConnect`: interface get connect.
#[no_mangle]
pub unsafe extern "C" fn virInterfaceGetConnect(iface: virInterfacePtr) -> virConnectPtr {
    api(ptr::null_mut(), "virInterfaceGetConnect", || {
        check::interface(iface)?;
        Err(unsupported())
    })
}

/// `virInterfaceGetMACString`: interface get MAC string.
#[no_mangle]
pub unsafe extern "C" fn virInterfaceGetMACString(iface: virInterfacePtr) -> *const c_char {
    api(ptr::null_mut(), "virInterfaceGetMACString", || {
        check::interface(iface)?;
        Err(unsupported())
    })
}

/// `virInterfaceGetName`: interface get name.
#[no_mangle]
pub unsafe extern "C" fn virInterfaceGetName(iface: virInterfacePtr) -> *const c_char {
    api(ptr::null_mut(), "virInterfaceGetName", || {
        check::interface(iface)?;
        Err(unsupported())
    })
}

/// `virInterfaceGetXMLDesc`: interface get XML desc.
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

/// `virInterfaceIsActive`: interface is active.
#[no_mangle]
pub unsafe extern "C" fn virInterfaceIsActive(iface: virInterfacePtr) -> c_int {
    api(-1, "virInterfaceIsActive", || {
        check::interface(iface)?;
        Err(unsupported())
    })
}

/// `virInterfaceLookupByMACString`: interface lookup by MAC string.
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

/// `virInterfaceLookupByName`: interface lookup by name.
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

/// `virInterfaceRef`: interface ref.
#[no_mangle]
pub unsafe extern "C" fn virInterfaceRef(iface: virInterfacePtr) -> c_int {
    api(-1, "virInterfaceRef", || {
        check::interface(iface)?;
        Err(unsupported())
    })
}

/// `virInterfaceUndefine`: interface undefine.
#[no_mangle]
pub unsafe extern "C" fn virInterfaceUndefine(iface: virInterfacePtr) -> c_int {
    api(-1, "virInterfaceUndefine", || {
        let iface = check::interface(iface)?;
        check::writable(iface.conn())?;
        Err(unsupported())
    })
}
