//! Entry points declared in `libvirt-network.h`.

use crate::ffi::prelude::*;

entry_point_domain!(VIR_FROM_NETWORK);

/// `virConnectListAllNetworks`: connect list all networks.
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

/// `virConnectListDefinedNetworks`: connect list defined networks.
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

/// `virConnectListNetworks`: connect list networks.
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

/// `virConnectNumOfDefinedNetworks`: connect num of defined networks.
#[no_mangle]
pub unsafe extern "C" fn virConnectNumOfDefinedNetworks(conn: virConnectPtr) -> c_int {
    api(-1, "virConnectNumOfDefinedNetworks", || {
        check::conn(conn)?;
        Err(unsupported())
    })
}

/// `virConnectNumOfNetworks`: connect num of networks.
#[no_mangle]
pub unsafe extern "C" fn virConnectNumOfNetworks(conn: virConnectPtr) -> c_int {
    api(-1, "virConnectNumOfNetworks", || {
        check::conn(conn)?;
        Err(unsupported())
    })
}

/// `virNetworkCreate`: network create.
#[no_mangle]
pub unsafe extern "C" fn virNetworkCreate(network: virNetworkPtr) -> c_int {
    api(-1, "virNetworkCreate", || {
        let network = check::network(network)?;
        check::writable(network.conn())?;
        Err(unsupported())
    })
}

/// `virNetworkCreateXML`: network create XML.
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

/// `virNetworkCreateXMLFlags`: network create XML flags.
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

/// `virNetworkDefineXML`: network define XML.
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

/// `virNetworkDefineXMLFlags`: network define XML flags.
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

/// `virNetworkDestroy`: network destroy.
#[no_mangle]
pub unsafe extern "C" fn virNetworkDestroy(network: virNetworkPtr) -> c_int {
    api(-1, "virNetworkDestroy", || {
        let network = check::network(network)?;
        check::writable(network.conn())?;
        Err(unsupported())
    })
}

/// `virNetworkFree`: network free.
#[no_mangle]
pub unsafe extern "C" fn virNetworkFree(network: virNetworkPtr) -> c_int {
    api(-1, "virNetworkFree", || {
        check::network(network)?;
        Err(unsupported())
    })
}

/// `virNetworkGetAutostart`: network get autostart.
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

/// `virNetworkGetBridgeName`: network get bridge name.
#[no_mangle]
pub unsafe extern "C" fn virNetworkGetBridgeName(network: virNetworkPtr) -> *mut c_char {
    api(ptr::null_mut(), "virNetworkGetBridgeName", || {
        check::network(network)?;
        Err(unsupported())
    })
}

/// `virNetworkGetConnect`: network get connect.
#[no_mangle]
pub unsafe extern "C" fn virNetworkGetConnect(net: virNetworkPtr) -> virConnectPtr {
    api(ptr::null_mut(), "virNetworkGetConnect", || {
        check::network(net)?;
        Err(unsupported())
    })
}

/// `virNetworkGetDHCPLeases`: network get DHCP leases.
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

/// `virNetworkGetName`: network get name.
#[no_mangle]
pub unsafe extern "C" fn virNetworkGetName(network: virNetworkPtr) -> *const c_char {
    api(ptr::null_mut(), "virNetworkGetName", || {
        check::network(network)?;
        Err(unsupported())
    })
}

/// `virNetworkGetUUID`: network get UUID.
#[no_mangle]
pub unsafe extern "C" fn virNetworkGetUUID(network: virNetworkPtr, uuid: *mut c_uchar) -> c_int {
    api(-1, "virNetworkGetUUID", || {
        check::network(network)?;
        check::non_null(uuid, "uuid")?;
        Err(unsupported())
    })
}

/// `virNetworkGetUUIDString`: network get UUID string.
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

/// `virNetworkGetXMLDesc`: network get XML desc.
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

/// `virNetworkIsActive`: network is active.
#[no_mangle]
pub unsafe extern "C" fn virNetworkIsActive(net: virNetworkPtr) -> c_int {
    api(-1, "virNetworkIsActive", || {
        check::network(net)?;
        Err(unsupported())
    })
}

/// `virNetworkIsPersistent`: network is persistent.
#[no_mangle]
pub unsafe extern "C" fn virNetworkIsPersistent(net: virNetworkPtr) -> c_int {
    api(-1, "virNetworkIsPersistent", || {
        check::network(net)?;
        Err(unsupported())
    })
}

/// `virNetworkListAllPorts`: network list all ports.
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

/// `virNetworkLookupByName`: network lookup by name.
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

/// `virNetworkLookupByUUID`: network lookup by UUID.
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

/// `virNetworkLookupByUUIDString`: network lookup by UUID string.
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

/// `virNetworkPortCreateXML`: network port create XML.
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

/// `virNetworkPortDelete`: network port delete.
#[no_mangle]
pub unsafe extern "C" fn virNetworkPortDelete(port: virNetworkPortPtr, flags: c_uint) -> c_int {
    let _ = flags;
    api(-1, "virNetworkPortDelete", || {
        let port = check::network_port(port)?;
        check::writable(port.conn())?;
        Err(unsupported())
    })
}

/// `virNetworkPortFree`: network port free.
#[no_mangle]
pub unsafe extern "C" fn virNetworkPortFree(port: virNetworkPortPtr) -> c_int {
    api(-1, "virNetworkPortFree", || {
        check::network_port(port)?;
        Err(unsupported())
    })
}

/// `virNetworkPortGetNetwork`: network port get network.
#[no_mangle]
pub unsafe extern "C" fn virNetworkPortGetNetwork(port: virNetworkPortPtr) -> virNetworkPtr {
    api(ptr::null_mut(), "virNetworkPortGetNetwork", || {
        check::network_port(port)?;
        Err(unsupported())
    })
}

/// `virNetworkPortGetParameters`: network port get parameters.
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

/// `virNetworkPortGetUUID`: network port get UUID.
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

/// `virNetworkPortGetUUIDString`: network port get UUID string.
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

/// `virNetworkPortGetXMLDesc`: network port get XML desc.
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

/// `virNetworkPortLookupByUUID`: network port lookup by UUID.
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

/// `virNetworkPortLookupByUUIDString`: network port lookup by UUID string.
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

/// `virNetworkPortRef`: network port ref.
#[no_mangle]
pub unsafe extern "C" fn virNetworkPortRef(port: virNetworkPortPtr) -> c_int {
    api(-1, "virNetworkPortRef", || {
        check::network_port(port)?;
        Err(unsupported())
    })
}

/// `virNetworkPortSetParameters`: network port set parameters.
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

/// `virNetworkRef`: network ref.
#[no_mangle]
pub unsafe extern "C" fn virNetworkRef(network: virNetworkPtr) -> c_int {
    api(-1, "virNetworkRef", || {
        check::network(network)?;
        Err(unsupported())
    })
}

/// `virNetworkSetAutostart`: network set autostart.
#[no_mangle]
pub unsafe extern "C" fn virNetworkSetAutostart(network: virNetworkPtr, autostart: c_int) -> c_int {
    let _ = autostart;
    api(-1, "virNetworkSetAutostart", || {
        let network = check::network(network)?;
        check::writable(network.conn())?;
        Err(unsupported())
    })
}

/// `virNetworkUndefine`: network undefine.
#[no_mangle]
pub unsafe extern "C" fn virNetworkUndefine(network: virNetworkPtr) -> c_int {
    api(-1, "virNetworkUndefine", || {
        let network = check::network(network)?;
        check::writable(network.conn())?;
        Err(unsupported())
    })
}

/// `virNetworkUpdate`: network update.
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
