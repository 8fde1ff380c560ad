//! Entry points declared in `libvirt-network.h`.

use crate::ffi::prelude::*;

entry_point_domain!(VIR_FROM_NETWORK);

/// `virConnectListAllNetworks`: Lists all networks of the connection, as new handles.
#[no_mangle]
pub unsafe extern "C" fn virConnectListAllNetworks(
    conn: virConnectPtr,
    nets: *mut *mut virNetworkPtr,
    flags: c_uint,
) -> c_int {
    let _ = nets;
    let _ = flags;
    api(-1, "virConnectListAllNetworks", || {
        check::conn(conn)?;
        Err(unsupported())
    })
}

/// `virConnectListDefinedNetworks`: Lists the defined networks of the connection.
#[no_mangle]
pub unsafe extern "C" fn virConnectListDefinedNetworks(
    conn: virConnectPtr,
    names: *mut *mut c_char,
    maxnames: c_int,
) -> c_int {
    api(-1, "virConnectListDefinedNetworks", || {
        check::conn(conn)?;
        check::non_null_array(names, maxnames as i64, "names")?;
        check::non_negative(maxnames, "maxnames")?;
        Err(unsupported())
    })
}

/// `virConnectListNetworks`: Lists the networks of the connection.
#[no_mangle]
pub unsafe extern "C" fn virConnectListNetworks(
    conn: virConnectPtr,
    names: *mut *mut c_char,
    maxnames: c_int,
) -> c_int {
    api(-1, "virConnectListNetworks", || {
        check::conn(conn)?;
        check::non_null_array(names, maxnames as i64, "names")?;
        check::non_negative(maxnames, "maxnames")?;
        Err(unsupported())
    })
}

/// `virConnectNetworkEventDeregisterAny`: connect network event deregister any.
#[no_mangle]
pub unsafe extern "C" fn virConnectNetworkEventDeregisterAny(
    conn: virConnectPtr,
    callbackID: c_int,
) -> c_int {
    api(-1, "virConnectNetworkEventDeregisterAny", || {
        check::conn(conn)?;
        check::non_negative(callbackID, "callbackID")?;
        Err(unsupported())
    })
}

/// `virConnectNetworkEventRegisterAny`: connect network event register any.
///
/// - `freecb`: (optional) may be NULL
#[no_mangle]
pub unsafe extern "C" fn virConnectNetworkEventRegisterAny(
    conn: virConnectPtr,
    net: virNetworkPtr,
    eventID: c_int,
    cb: virConnectNetworkEventGenericCallback,
    opaque: *mut c_void,
    freecb: virFreeCallback,
) -> c_int {
    let _ = net;
    let _ = opaque;
    let _ = freecb;
    api(-1, "virConnectNetworkEventRegisterAny", || {
        check::conn(conn)?;
        check::non_null(cb, "cb")?;
        check::non_negative(eventID, "eventID")?;
        Err(unsupported())
    })
}

/// `virConnectNumOfDefinedNetworks`: Counts the defined networks of the connection; -1 on error.
#[no_mangle]
pub unsafe extern "C" fn virConnectNumOfDefinedNetworks(conn: virConnectPtr) -> c_int {
    api(-1, "virConnectNumOfDefinedNetworks", || {
        check::conn(conn)?;
        Err(unsupported())
    })
}

/// `virConnectNumOfNetworks`: Counts the networks of the connection; -1 on error.
#[no_mangle]
pub unsafe extern "C" fn virConnectNumOfNetworks(conn: virConnectPtr) -> c_int {
    api(-1, "virConnectNumOfNetworks", || {
        check::conn(conn)?;
        Err(unsupported())
    })
}

/// `virNetworkCreate`: Creates a network.
#[no_mangle]
pub unsafe extern "C" fn virNetworkCreate(network: virNetworkPtr) -> c_int {
    api(-1, "virNetworkCreate", || {
        let network = check::network(network)?;
        check::writable(network.conn())?;
        Err(unsupported())
    })
}

/// `virNetworkCreateXML`: Creates XML on the network.
#[no_mangle]
pub unsafe extern "C" fn virNetworkCreateXML(
    conn: virConnectPtr,
    xmlDesc: *const c_char,
) -> virNetworkPtr {
    api(ptr::null_mut(), "virNetworkCreateXML", || {
        let conn = check::conn(conn)?;
        check::non_null(xmlDesc, "xmlDesc")?;
        check::writable(conn.conn())?;
        Err(unsupported())
    })
}

/// `virNetworkCreateXMLFlags`: Creates XML flags on the network.
#[no_mangle]
pub unsafe extern "C" fn virNetworkCreateXMLFlags(
    conn: virConnectPtr,
    xmlDesc: *const c_char,
    flags: c_uint,
) -> virNetworkPtr {
    let _ = flags;
    api(ptr::null_mut(), "virNetworkCreateXMLFlags", || {
        let conn = check::conn(conn)?;
        check::non_null(xmlDesc, "xmlDesc")?;
        check::writable(conn.conn())?;
        Err(unsupported())
    })
}

/// `virNetworkDHCPLeaseFree`: network DHCP lease free.
#[no_mangle]
pub unsafe extern "C" fn virNetworkDHCPLeaseFree(lease: virNetworkDHCPLeasePtr) {
    // libvirt: freeing NULL does nothing and leaves the last error alone.
    if lease.is_null() {
        return;
    }
    api((), "virNetworkDHCPLeaseFree", || Err(unsupported()))
}

/// `virNetworkDefineXML`: Defines XML on the network.
#[no_mangle]
pub unsafe extern "C" fn virNetworkDefineXML(
    conn: virConnectPtr,
    xml: *const c_char,
) -> virNetworkPtr {
    api(ptr::null_mut(), "virNetworkDefineXML", || {
        let conn = check::conn(conn)?;
        check::writable(conn.conn())?;
        check::non_null(xml, "xml")?;
        Err(unsupported())
    })
}

/// `virNetworkDefineXMLFlags`: Defines XML flags on the network.
#[no_mangle]
pub unsafe extern "C" fn virNetworkDefineXMLFlags(
    conn: virConnectPtr,
    xml: *const c_char,
    flags: c_uint,
) -> virNetworkPtr {
    let _ = flags;
    api(ptr::null_mut(), "virNetworkDefineXMLFlags", || {
        let conn = check::conn(conn)?;
        check::writable(conn.conn())?;
        check::non_null(xml, "xml")?;
        Err(unsupported())
    })
}

/// `virNetworkDestroy`: Destroys the network.
#[no_mangle]
pub unsafe extern "C" fn virNetworkDestroy(network: virNetworkPtr) -> c_int {
    api(-1, "virNetworkDestroy", || {
        let network = check::network(network)?;
        check::writable(network.conn())?;
        Err(unsupported())
    })
}

/// `virNetworkFree`: Releases the caller's reference to a network; it is freed with its last reference.
#[no_mangle]
pub unsafe extern "C" fn virNetworkFree(network: virNetworkPtr) -> c_int {
    api(-1, "virNetworkFree", || {
        check::network(network)?;
        Err(unsupported())
    })
}

/// `virNetworkGetAutostart`: Gets the network's autostart.
#[no_mangle]
pub unsafe extern "C" fn virNetworkGetAutostart(
    network: virNetworkPtr,
    autostart: *mut c_int,
) -> c_int {
    api(-1, "virNetworkGetAutostart", || {
        check::network(network)?;
        check::non_null(autostart, "autostart")?;
        Err(unsupported())
    })
}

/// `virNetworkGetBridgeName`: Gets the network's bridge name.
#[no_mangle]
pub unsafe extern "C" fn virNetworkGetBridgeName(network: virNetworkPtr) -> *mut c_char {
    api(ptr::null_mut(), "virNetworkGetBridgeName", || {
        check::network(network)?;
        Err(unsupported())
    })
}

/// `virNetworkGetConnect`: Returns the connection the network belongs to (no new reference).
#[no_mangle]
pub unsafe extern "C" fn virNetworkGetConnect(net: virNetworkPtr) -> virConnectPtr {
    api(ptr::null_mut(), "virNetworkGetConnect", || {
        check::network(net)?;
        Err(unsupported())
    })
}

/// `virNetworkGetDHCPLeases`: Gets the network's DHCP leases.
#[no_mangle]
pub unsafe extern "C" fn virNetworkGetDHCPLeases(
    network: virNetworkPtr,
    mac: *const c_char,
    leases: *mut *mut virNetworkDHCPLeasePtr,
    flags: c_uint,
) -> c_int {
    let _ = mac;
    let _ = leases;
    let _ = flags;
    api(-1, "virNetworkGetDHCPLeases", || {
        check::network(network)?;
        Err(unsupported())
    })
}

/// `virNetworkGetName`: Gets the network's name.
#[no_mangle]
pub unsafe extern "C" fn virNetworkGetName(network: virNetworkPtr) -> *const c_char {
    api(ptr::null_mut(), "virNetworkGetName", || {
        check::network(network)?;
        Err(unsupported())
    })
}

/// `virNetworkGetUUID`: Gets the network's UUID.
#[no_mangle]
pub unsafe extern "C" fn virNetworkGetUUID(network: virNetworkPtr, uuid: *mut c_uchar) -> c_int {
    api(-1, "virNetworkGetUUID", || {
        check::network(network)?;
        check::non_null(uuid, "uuid")?;
        Err(unsupported())
    })
}

/// `virNetworkGetUUIDString`: Gets the network's UUID string.
#[no_mangle]
pub unsafe extern "C" fn virNetworkGetUUIDString(
    network: virNetworkPtr,
    buf: *mut c_char,
) -> c_int {
    api(-1, "virNetworkGetUUIDString", || {
        check::network(network)?;
        check::non_null(buf, "buf")?;
        Err(unsupported())
    })
}

/// `virNetworkGetXMLDesc`: Gets the network's XML desc.
#[no_mangle]
pub unsafe extern "C" fn virNetworkGetXMLDesc(
    network: virNetworkPtr,
    flags: c_uint,
) -> *mut c_char {
    let _ = flags;
    api(ptr::null_mut(), "virNetworkGetXMLDesc", || {
        check::network(network)?;
        Err(unsupported())
    })
}

/// `virNetworkIsActive`: Tells whether the network is active: 1 if so, 0 if not, -1 on error.
#[no_mangle]
pub unsafe extern "C" fn virNetworkIsActive(net: virNetworkPtr) -> c_int {
    api(-1, "virNetworkIsActive", || {
        check::network(net)?;
        Err(unsupported())
    })
}

/// `virNetworkIsPersistent`: Tells whether the network is persistent: 1 if so, 0 if not, -1 on error.
#[no_mangle]
pub unsafe extern "C" fn virNetworkIsPersistent(net: virNetworkPtr) -> c_int {
    api(-1, "virNetworkIsPersistent", || {
        check::network(net)?;
        Err(unsupported())
    })
}

/// `virNetworkListAllPorts`: Lists all ports of the network, as new handles.
#[no_mangle]
pub unsafe extern "C" fn virNetworkListAllPorts(
    network: virNetworkPtr,
    ports: *mut *mut virNetworkPortPtr,
    flags: c_uint,
) -> c_int {
    let _ = ports;
    let _ = flags;
    api(-1, "virNetworkListAllPorts", || {
        check::network(network)?;
        Err(unsupported())
    })
}

/// `virNetworkLookupByName`: Looks up a network by name; returns a new handle, or NULL if there is none.
#[no_mangle]
pub unsafe extern "C" fn virNetworkLookupByName(
    conn: virConnectPtr,
    name: *const c_char,
) -> virNetworkPtr {
    api(ptr::null_mut(), "virNetworkLookupByName", || {
        check::conn(conn)?;
        check::non_null(name, "name")?;
        Err(unsupported())
    })
}

/// `virNetworkLookupByUUID`: Looks up a network by UUID; returns a new handle, or NULL if there is none.
#[no_mangle]
pub unsafe extern "C" fn virNetworkLookupByUUID(
    conn: virConnectPtr,
    uuid: *const c_uchar,
) -> virNetworkPtr {
    api(ptr::null_mut(), "virNetworkLookupByUUID", || {
        check::conn(conn)?;
        check::non_null(uuid, "uuid")?;
        Err(unsupported())
    })
}

/// `virNetworkLookupByUUIDString`: Looks up a network by UUID string; returns a new handle, or NULL if there is none.
#[no_mangle]
pub unsafe extern "C" fn virNetworkLookupByUUIDString(
    conn: virConnectPtr,
    uuidstr: *const c_char,
) -> virNetworkPtr {
    api(ptr::null_mut(), "virNetworkLookupByUUIDString", || {
        check::conn(conn)?;
        check::non_null(uuidstr, "uuidstr")?;
        Err(unsupported())
    })
}

/// `virNetworkPortCreateXML`: Creates XML on the network port.
#[no_mangle]
pub unsafe extern "C" fn virNetworkPortCreateXML(
    net: virNetworkPtr,
    xmldesc: *const c_char,
    flags: c_uint,
) -> virNetworkPortPtr {
    let _ = flags;
    api(ptr::null_mut(), "virNetworkPortCreateXML", || {
        let net = check::network(net)?;
        check::non_null(xmldesc, "xmldesc")?;
        check::writable(net.conn())?;
        Err(unsupported())
    })
}

/// `virNetworkPortDelete`: Deletes the network port.
#[no_mangle]
pub unsafe extern "C" fn virNetworkPortDelete(port: virNetworkPortPtr, flags: c_uint) -> c_int {
    let _ = flags;
    api(-1, "virNetworkPortDelete", || {
        let port = check::network_port(port)?;
        check::writable(port.conn())?;
        Err(unsupported())
    })
}

/// `virNetworkPortFree`: Releases the caller's reference to a network port; it is freed with its last reference.
#[no_mangle]
pub unsafe extern "C" fn virNetworkPortFree(port: virNetworkPortPtr) -> c_int {
    api(-1, "virNetworkPortFree", || {
        check::network_port(port)?;
        Err(unsupported())
    })
}

/// `virNetworkPortGetNetwork`: Gets the network port's network.
#[no_mangle]
pub unsafe extern "C" fn virNetworkPortGetNetwork(port: virNetworkPortPtr) -> virNetworkPtr {
    api(ptr::null_mut(), "virNetworkPortGetNetwork", || {
        check::network_port(port)?;
        Err(unsupported())
    })
}

/// `virNetworkPortGetParameters`: Gets the network port's parameters.
#[no_mangle]
pub unsafe extern "C" fn virNetworkPortGetParameters(
    port: virNetworkPortPtr,
    params: *mut virTypedParameterPtr,
    nparams: *mut c_int,
    flags: c_uint,
) -> c_int {
    let _ = params;
    let _ = nparams;
    let _ = flags;
    api(-1, "virNetworkPortGetParameters", || {
        check::network_port(port)?;
        Err(unsupported())
    })
}

/// `virNetworkPortGetUUID`: Gets the network port's UUID.
#[no_mangle]
pub unsafe extern "C" fn virNetworkPortGetUUID(
    port: virNetworkPortPtr,
    uuid: *mut c_uchar,
) -> c_int {
    api(-1, "virNetworkPortGetUUID", || {
        check::network_port(port)?;
        check::non_null(uuid, "uuid")?;
        Err(unsupported())
    })
}

/// `virNetworkPortGetUUIDString`: Gets the network port's UUID string.
#[no_mangle]
pub unsafe extern "C" fn virNetworkPortGetUUIDString(
    port: virNetworkPortPtr,
    buf: *mut c_char,
) -> c_int {
    api(-1, "virNetworkPortGetUUIDString", || {
        check::network_port(port)?;
        check::non_null(buf, "buf")?;
        Err(unsupported())
    })
}

/// `virNetworkPortGetXMLDesc`: Gets the network port's XML desc.
#[no_mangle]
pub unsafe extern "C" fn virNetworkPortGetXMLDesc(
    port: virNetworkPortPtr,
    flags: c_uint,
) -> *mut c_char {
    let _ = flags;
    api(ptr::null_mut(), "virNetworkPortGetXMLDesc", || {
        check::network_port(port)?;
        Err(unsupported())
    })
}

/// `virNetworkPortLookupByUUID`: Looks up a network port by UUID; returns a new handle, or NULL if there is none.
#[no_mangle]
pub unsafe extern "C" fn virNetworkPortLookupByUUID(
    net: virNetworkPtr,
    uuid: *const c_uchar,
) -> virNetworkPortPtr {
    api(ptr::null_mut(), "virNetworkPortLookupByUUID", || {
        check::network(net)?;
        check::non_null(uuid, "uuid")?;
        Err(unsupported())
    })
}

/// `virNetworkPortLookupByUUIDString`: Looks up a network port by UUID string; returns a new handle, or NULL if there is none.
#[no_mangle]
pub unsafe extern "C" fn virNetworkPortLookupByUUIDString(
    net: virNetworkPtr,
    uuidstr: *const c_char,
) -> virNetworkPortPtr {
    api(ptr::null_mut(), "virNetworkPortLookupByUUIDString", || {
        check::network(net)?;
        check::non_null(uuidstr, "uuidstr")?;
        Err(unsupported())
    })
}

/// `virNetworkPortRef`: Takes one more reference to a network port; release it with the matching free call.
#[no_mangle]
pub unsafe extern "C" fn virNetworkPortRef(port: virNetworkPortPtr) -> c_int {
    api(-1, "virNetworkPortRef", || {
        check::network_port(port)?;
        Err(unsupported())
    })
}

/// `virNetworkPortSetParameters`: Sets the network port's parameters.
#[no_mangle]
pub unsafe extern "C" fn virNetworkPortSetParameters(
    port: virNetworkPortPtr,
    params: virTypedParameterPtr,
    nparams: c_int,
    flags: c_uint,
) -> c_int {
    let _ = params;
    let _ = nparams;
    let _ = flags;
    api(-1, "virNetworkPortSetParameters", || {
        let port = check::network_port(port)?;
        check::writable(port.conn())?;
        Err(unsupported())
    })
}

/// `virNetworkRef`: Takes one more reference to a network; release it with the matching free call.
#[no_mangle]
pub unsafe extern "C" fn virNetworkRef(network: virNetworkPtr) -> c_int {
    api(-1, "virNetworkRef", || {
        check::network(network)?;
        Err(unsupported())
    })
}

/// `virNetworkSetAutostart`: Sets the network's autostart.
#[no_mangle]
pub unsafe extern "C" fn virNetworkSetAutostart(network: virNetworkPtr, autostart: c_int) -> c_int {
    let _ = autostart;
    api(-1, "virNetworkSetAutostart", || {
        let network = check::network(network)?;
        check::writable(network.conn())?;
        Err(unsupported())
    })
}

/// `virNetworkUndefine`: Undefines the network.
#[no_mangle]
pub unsafe extern "C" fn virNetworkUndefine(network: virNetworkPtr) -> c_int {
    api(-1, "virNetworkUndefine", || {
        let network = check::network(network)?;
        check::writable(network.conn())?;
        Err(unsupported())
    })
}

/// `virNetworkUpdate`: Updates the network.
#[no_mangle]
pub unsafe extern "C" fn virNetworkUpdate(
    network: virNetworkPtr,
    command: c_uint,
    section: c_uint,
    parentIndex: c_int,
    xml: *const c_char,
    flags: c_uint,
) -> c_int {
    let _ = command;
    let _ = section;
    let _ = parentIndex;
    let _ = flags;
    api(-1, "virNetworkUpdate", || {
        let network = check::network(network)?;
        check::writable(network.conn())?;
        check::non_null(xml, "xml")?;
        Err(unsupported())
    })
}
