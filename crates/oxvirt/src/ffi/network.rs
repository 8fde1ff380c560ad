//! Entry points declared in `libvirt-network.h`.

use crate::driver::events::{Family, ObjectKey};
use crate::ffi::event_callbacks;
use crate::ffi::prelude::*;

entry_point_domain!(VIR_FROM_NETWORK);

/// `virConnectListAllNetworks`: Lists all networks of the connection, as new handles.
#[no_mangle]
pub unsafe extern "C" fn virConnectListAllNetworks(
    conn: virConnectPtr,
    nets: *mut *mut virNetworkPtr,
    flags: c_uint,
) -> c_int {
    api!(-1, "virConnectListAllNetworks", |cx| {
        convert::put(nets, ptr::null_mut());
        let c = check::conn(cx, conn)?;
        let list = c.network(cx)?.list_all_networks(cx, flags)?;
        marshal::handle_array(cx, nets, list, |id| Network::new(c.to_arc(), id))
    })
}

/// `virConnectListDefinedNetworks`: Lists the defined networks of the connection.
#[no_mangle]
pub unsafe extern "C" fn virConnectListDefinedNetworks(
    conn: virConnectPtr,
    names: *mut *mut c_char,
    maxnames: c_int,
) -> c_int {
    api!(-1, "virConnectListDefinedNetworks", |cx| {
        check::conn(cx, conn)?;
        check::non_null_array(cx, names, maxnames as i64, "names")?;
        check::non_negative(cx, maxnames, "maxnames")?;
        Err(cx.unsupported())
    })
}

/// `virConnectListNetworks`: Lists the networks of the connection.
#[no_mangle]
pub unsafe extern "C" fn virConnectListNetworks(
    conn: virConnectPtr,
    names: *mut *mut c_char,
    maxnames: c_int,
) -> c_int {
    api!(-1, "virConnectListNetworks", |cx| {
        check::conn(cx, conn)?;
        check::non_null_array(cx, names, maxnames as i64, "names")?;
        check::non_negative(cx, maxnames, "maxnames")?;
        Err(cx.unsupported())
    })
}

/// `virConnectNetworkEventDeregisterAny`: removes this connection's
/// registration `callbackID`.
#[no_mangle]
pub unsafe extern "C" fn virConnectNetworkEventDeregisterAny(
    conn: virConnectPtr,
    callbackID: c_int,
) -> c_int {
    api!(-1, "virConnectNetworkEventDeregisterAny", |cx| {
        let c = check::conn(cx, conn)?;
        check::non_negative(cx, callbackID, "callbackID")?;
        c.network(cx)?;
        event_callbacks::deregister(c, callbackID)
    })
}

/// `virConnectNetworkEventRegisterAny`: calls `cb` (of the type `eventID`
/// names) on every such event, about `net` only when given; the
/// registration's id.
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
    api!(-1, "virConnectNetworkEventRegisterAny", |cx| {
        let c = check::conn(cx, conn)?;
        let key = match net.is_null() {
            true => None,
            false => {
                let o = check::network(cx, net)?;
                if !std::ptr::eq(o.conn(), c) {
                    return Err(event_callbacks::foreign_object(
                        cx,
                        "net",
                        &format!("network '{}'", o.id.name),
                    ));
                }
                Some(ObjectKey::Uuid(o.id.uuid))
            }
        };
        event_callbacks::check_callback_and_id(
            cx,
            cb,
            eventID,
            virNetworkEventID::VIR_NETWORK_EVENT_ID_LIFECYCLE as c_int + 1,
        )?;
        c.network(cx)?;
        let func = cb.map_or(0, |f| f as usize);
        event_callbacks::register_family(c, Family::Network, eventID, key, func, opaque, freecb)
    })
}

/// `virConnectNumOfDefinedNetworks`: Counts the defined networks of the connection; -1 on error.
#[no_mangle]
pub unsafe extern "C" fn virConnectNumOfDefinedNetworks(conn: virConnectPtr) -> c_int {
    api!(-1, "virConnectNumOfDefinedNetworks", |cx| {
        check::conn(cx, conn)?;
        Err(cx.unsupported())
    })
}

/// `virConnectNumOfNetworks`: Counts the networks of the connection; -1 on error.
#[no_mangle]
pub unsafe extern "C" fn virConnectNumOfNetworks(conn: virConnectPtr) -> c_int {
    api!(-1, "virConnectNumOfNetworks", |cx| {
        check::conn(cx, conn)?;
        Err(cx.unsupported())
    })
}

/// `virNetworkCreate`: Creates a network.
#[no_mangle]
pub unsafe extern "C" fn virNetworkCreate(network: virNetworkPtr) -> c_int {
    api!(-1, "virNetworkCreate", |cx| {
        let network = check::network(cx, network)?;
        check::writable(cx, network.conn())?;
        Err(cx.unsupported())
    })
}

/// `virNetworkCreateXML`: Creates XML on the network.
#[no_mangle]
pub unsafe extern "C" fn virNetworkCreateXML(
    conn: virConnectPtr,
    xmlDesc: *const c_char,
) -> virNetworkPtr {
    api!(ptr::null_mut(), "virNetworkCreateXML", |cx| {
        let conn = check::conn(cx, conn)?;
        check::non_null(cx, xmlDesc, "xmlDesc")?;
        check::writable(cx, conn.conn())?;
        Err(cx.unsupported())
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
    api!(ptr::null_mut(), "virNetworkCreateXMLFlags", |cx| {
        let conn = check::conn(cx, conn)?;
        check::non_null(cx, xmlDesc, "xmlDesc")?;
        check::writable(cx, conn.conn())?;
        Err(cx.unsupported())
    })
}

/// `virNetworkDHCPLeaseFree`: network DHCP lease free.
#[no_mangle]
pub unsafe extern "C" fn virNetworkDHCPLeaseFree(lease: virNetworkDHCPLeasePtr) {
    // libvirt: freeing NULL does nothing and leaves the last error alone.
    if lease.is_null() {
        return;
    }
    api!((), "virNetworkDHCPLeaseFree", |cx| Err(cx.unsupported()))
}

/// `virNetworkDefineXML`: Defines XML on the network.
#[no_mangle]
pub unsafe extern "C" fn virNetworkDefineXML(
    conn: virConnectPtr,
    xml: *const c_char,
) -> virNetworkPtr {
    api!(ptr::null_mut(), "virNetworkDefineXML", |cx| {
        let conn = check::conn(cx, conn)?;
        check::writable(cx, conn.conn())?;
        check::non_null(cx, xml, "xml")?;
        Err(cx.unsupported())
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
    api!(ptr::null_mut(), "virNetworkDefineXMLFlags", |cx| {
        let conn = check::conn(cx, conn)?;
        check::writable(cx, conn.conn())?;
        check::non_null(cx, xml, "xml")?;
        Err(cx.unsupported())
    })
}

/// `virNetworkDestroy`: Destroys the network.
#[no_mangle]
pub unsafe extern "C" fn virNetworkDestroy(network: virNetworkPtr) -> c_int {
    api!(-1, "virNetworkDestroy", |cx| {
        let network = check::network(cx, network)?;
        check::writable(cx, network.conn())?;
        Err(cx.unsupported())
    })
}

/// `virNetworkFree`: Releases the caller's reference to a network; it is freed with its last reference.
#[no_mangle]
pub unsafe extern "C" fn virNetworkFree(network: virNetworkPtr) -> c_int {
    api!(-1, "virNetworkFree", |cx| {
        check::network(cx, network)?;
        Err(cx.unsupported())
    })
}

/// `virNetworkGetAutostart`: Gets the network's autostart.
#[no_mangle]
pub unsafe extern "C" fn virNetworkGetAutostart(
    network: virNetworkPtr,
    autostart: *mut c_int,
) -> c_int {
    api!(-1, "virNetworkGetAutostart", |cx| {
        check::network(cx, network)?;
        check::non_null(cx, autostart, "autostart")?;
        Err(cx.unsupported())
    })
}

/// `virNetworkGetBridgeName`: Gets the network's bridge name.
#[no_mangle]
pub unsafe extern "C" fn virNetworkGetBridgeName(network: virNetworkPtr) -> *mut c_char {
    api!(ptr::null_mut(), "virNetworkGetBridgeName", |cx| {
        check::network(cx, network)?;
        Err(cx.unsupported())
    })
}

/// `virNetworkGetConnect`: Returns the connection the network belongs to (no new reference).
#[no_mangle]
pub unsafe extern "C" fn virNetworkGetConnect(net: virNetworkPtr) -> virConnectPtr {
    api!(ptr::null_mut(), "virNetworkGetConnect", |cx| {
        check::network(cx, net)?;
        Err(cx.unsupported())
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
    api!(-1, "virNetworkGetDHCPLeases", |cx| {
        check::network(cx, network)?;
        Err(cx.unsupported())
    })
}

/// `virNetworkGetName`: Gets the network's name.
#[no_mangle]
pub unsafe extern "C" fn virNetworkGetName(network: virNetworkPtr) -> *const c_char {
    api!(ptr::null_mut(), "virNetworkGetName", |cx| {
        // libvirt answers from the handle, without asking the driver.
        Ok(check::network(cx, network)?.c_name.as_ptr())
    })
}

/// `virNetworkGetUUID`: Gets the network's UUID.
#[no_mangle]
pub unsafe extern "C" fn virNetworkGetUUID(network: virNetworkPtr, uuid: *mut c_uchar) -> c_int {
    api!(-1, "virNetworkGetUUID", |cx| {
        check::network(cx, network)?;
        check::non_null(cx, uuid, "uuid")?;
        Err(cx.unsupported())
    })
}

/// `virNetworkGetUUIDString`: Gets the network's UUID string.
#[no_mangle]
pub unsafe extern "C" fn virNetworkGetUUIDString(
    network: virNetworkPtr,
    buf: *mut c_char,
) -> c_int {
    api!(-1, "virNetworkGetUUIDString", |cx| {
        check::network(cx, network)?;
        check::non_null(cx, buf, "buf")?;
        Err(cx.unsupported())
    })
}

/// `virNetworkGetXMLDesc`: Gets the network's XML desc.
#[no_mangle]
pub unsafe extern "C" fn virNetworkGetXMLDesc(
    network: virNetworkPtr,
    flags: c_uint,
) -> *mut c_char {
    api!(ptr::null_mut(), "virNetworkGetXMLDesc", |cx| {
        let n = check::network(cx, network)?;
        let xml = n.conn.network(cx)?.network_get_xml_desc(cx, &n.id, flags)?;
        convert::c_string(cx, &xml)
    })
}

/// `virNetworkIsActive`: Tells whether the network is active: 1 if so, 0 if not, -1 on error.
#[no_mangle]
pub unsafe extern "C" fn virNetworkIsActive(net: virNetworkPtr) -> c_int {
    api!(-1, "virNetworkIsActive", |cx| {
        check::network(cx, net)?;
        Err(cx.unsupported())
    })
}

/// `virNetworkIsPersistent`: Tells whether the network is persistent: 1 if so, 0 if not, -1 on error.
#[no_mangle]
pub unsafe extern "C" fn virNetworkIsPersistent(net: virNetworkPtr) -> c_int {
    api!(-1, "virNetworkIsPersistent", |cx| {
        check::network(cx, net)?;
        Err(cx.unsupported())
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
    api!(-1, "virNetworkListAllPorts", |cx| {
        check::network(cx, network)?;
        Err(cx.unsupported())
    })
}

/// `virNetworkLookupByName`: Looks up a network by name; returns a new handle, or NULL if there is none.
#[no_mangle]
pub unsafe extern "C" fn virNetworkLookupByName(
    conn: virConnectPtr,
    name: *const c_char,
) -> virNetworkPtr {
    api!(ptr::null_mut(), "virNetworkLookupByName", |cx| {
        let c = check::conn(cx, conn)?;
        let name = convert::str(cx, name, "name")?;
        let id = c.network(cx)?.network_lookup_by_name(cx, name)?;
        Ok(marshal::new_handle(Network::new(c.to_arc(), id)))
    })
}

/// `virNetworkLookupByUUID`: Looks up a network by UUID; returns a new handle, or NULL if there is none.
#[no_mangle]
pub unsafe extern "C" fn virNetworkLookupByUUID(
    conn: virConnectPtr,
    uuid: *const c_uchar,
) -> virNetworkPtr {
    api!(ptr::null_mut(), "virNetworkLookupByUUID", |cx| {
        check::conn(cx, conn)?;
        check::non_null(cx, uuid, "uuid")?;
        Err(cx.unsupported())
    })
}

/// `virNetworkLookupByUUIDString`: Looks up a network by UUID string; returns a new handle, or NULL if there is none.
#[no_mangle]
pub unsafe extern "C" fn virNetworkLookupByUUIDString(
    conn: virConnectPtr,
    uuidstr: *const c_char,
) -> virNetworkPtr {
    api!(ptr::null_mut(), "virNetworkLookupByUUIDString", |cx| {
        check::conn(cx, conn)?;
        let uuid = convert::uuid_arg(
            cx,
            uuidstr,
            "uuidstr in virNetworkLookupByUUIDString must be a valid UUID",
        )?;
        // libvirt answers with the by-UUID call itself, which reports (and
        // names itself in) its own errors.
        Ok(virNetworkLookupByUUID(conn, uuid.as_ptr()))
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
    api!(ptr::null_mut(), "virNetworkPortCreateXML", |cx| {
        let net = check::network(cx, net)?;
        check::non_null(cx, xmldesc, "xmldesc")?;
        check::writable(cx, net.conn())?;
        Err(cx.unsupported())
    })
}

/// `virNetworkPortDelete`: Deletes the network port.
#[no_mangle]
pub unsafe extern "C" fn virNetworkPortDelete(port: virNetworkPortPtr, flags: c_uint) -> c_int {
    let _ = flags;
    api!(-1, "virNetworkPortDelete", |cx| {
        let port = check::network_port(cx, port)?;
        check::writable(cx, port.conn())?;
        Err(cx.unsupported())
    })
}

/// `virNetworkPortFree`: Releases the caller's reference to a network port; it is freed with its last reference.
#[no_mangle]
pub unsafe extern "C" fn virNetworkPortFree(port: virNetworkPortPtr) -> c_int {
    api!(-1, "virNetworkPortFree", |cx| {
        check::network_port(cx, port)?;
        Err(cx.unsupported())
    })
}

/// `virNetworkPortGetNetwork`: Gets the network port's network.
#[no_mangle]
pub unsafe extern "C" fn virNetworkPortGetNetwork(port: virNetworkPortPtr) -> virNetworkPtr {
    api!(ptr::null_mut(), "virNetworkPortGetNetwork", |cx| {
        check::network_port(cx, port)?;
        Err(cx.unsupported())
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
    api!(-1, "virNetworkPortGetParameters", |cx| {
        check::network_port(cx, port)?;
        Err(cx.unsupported())
    })
}

/// `virNetworkPortGetUUID`: Gets the network port's UUID.
#[no_mangle]
pub unsafe extern "C" fn virNetworkPortGetUUID(
    port: virNetworkPortPtr,
    uuid: *mut c_uchar,
) -> c_int {
    api!(-1, "virNetworkPortGetUUID", |cx| {
        check::network_port(cx, port)?;
        check::non_null(cx, uuid, "uuid")?;
        Err(cx.unsupported())
    })
}

/// `virNetworkPortGetUUIDString`: Gets the network port's UUID string.
#[no_mangle]
pub unsafe extern "C" fn virNetworkPortGetUUIDString(
    port: virNetworkPortPtr,
    buf: *mut c_char,
) -> c_int {
    api!(-1, "virNetworkPortGetUUIDString", |cx| {
        check::network_port(cx, port)?;
        check::non_null(cx, buf, "buf")?;
        Err(cx.unsupported())
    })
}

/// `virNetworkPortGetXMLDesc`: Gets the network port's XML desc.
#[no_mangle]
pub unsafe extern "C" fn virNetworkPortGetXMLDesc(
    port: virNetworkPortPtr,
    flags: c_uint,
) -> *mut c_char {
    let _ = flags;
    api!(ptr::null_mut(), "virNetworkPortGetXMLDesc", |cx| {
        check::network_port(cx, port)?;
        Err(cx.unsupported())
    })
}

/// `virNetworkPortLookupByUUID`: Looks up a network port by UUID; returns a new handle, or NULL if there is none.
#[no_mangle]
pub unsafe extern "C" fn virNetworkPortLookupByUUID(
    net: virNetworkPtr,
    uuid: *const c_uchar,
) -> virNetworkPortPtr {
    api!(ptr::null_mut(), "virNetworkPortLookupByUUID", |cx| {
        check::network(cx, net)?;
        check::non_null(cx, uuid, "uuid")?;
        Err(cx.unsupported())
    })
}

/// `virNetworkPortLookupByUUIDString`: Looks up a network port by UUID string; returns a new handle, or NULL if there is none.
#[no_mangle]
pub unsafe extern "C" fn virNetworkPortLookupByUUIDString(
    net: virNetworkPtr,
    uuidstr: *const c_char,
) -> virNetworkPortPtr {
    api!(ptr::null_mut(), "virNetworkPortLookupByUUIDString", |cx| {
        check::network(cx, net)?;
        let uuid = convert::uuid_arg(
            cx,
            uuidstr,
            "uuidstr in virNetworkPortLookupByUUIDString must be a valid UUID",
        )?;
        // libvirt answers with the by-UUID call itself, which reports (and
        // names itself in) its own errors.
        Ok(virNetworkPortLookupByUUID(net, uuid.as_ptr()))
    })
}

/// `virNetworkPortRef`: Takes one more reference to a network port; release it with the matching free call.
#[no_mangle]
pub unsafe extern "C" fn virNetworkPortRef(port: virNetworkPortPtr) -> c_int {
    api!(-1, "virNetworkPortRef", |cx| {
        check::network_port(cx, port)?;
        Err(cx.unsupported())
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
    api!(-1, "virNetworkPortSetParameters", |cx| {
        let port = check::network_port(cx, port)?;
        check::writable(cx, port.conn())?;
        Err(cx.unsupported())
    })
}

/// `virNetworkRef`: Takes one more reference to a network; release it with the matching free call.
#[no_mangle]
pub unsafe extern "C" fn virNetworkRef(network: virNetworkPtr) -> c_int {
    api!(-1, "virNetworkRef", |cx| {
        check::network(cx, network)?;
        Err(cx.unsupported())
    })
}

/// `virNetworkSetAutostart`: Sets the network's autostart.
#[no_mangle]
pub unsafe extern "C" fn virNetworkSetAutostart(network: virNetworkPtr, autostart: c_int) -> c_int {
    let _ = autostart;
    api!(-1, "virNetworkSetAutostart", |cx| {
        let network = check::network(cx, network)?;
        check::writable(cx, network.conn())?;
        Err(cx.unsupported())
    })
}

/// `virNetworkUndefine`: Undefines the network.
#[no_mangle]
pub unsafe extern "C" fn virNetworkUndefine(network: virNetworkPtr) -> c_int {
    api!(-1, "virNetworkUndefine", |cx| {
        let network = check::network(cx, network)?;
        check::writable(cx, network.conn())?;
        Err(cx.unsupported())
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
    api!(-1, "virNetworkUpdate", |cx| {
        let network = check::network(cx, network)?;
        check::writable(cx, network.conn())?;
        check::non_null(cx, xml, "xml")?;
        Err(cx.unsupported())
    })
}
