//! Entry points declared in `libvirt-nodedev.h`.

use crate::driver::events::{Family, ObjectKey};
use crate::ffi::event_callbacks;
use crate::ffi::prelude::*;

entry_point_domain!(VIR_FROM_NODEDEV);

/// `virConnectListAllNodeDevices`: Lists all node devices of the connection, as new handles.
#[no_mangle]
pub unsafe extern "C" fn virConnectListAllNodeDevices(
    conn: virConnectPtr,
    devices: *mut *mut virNodeDevicePtr,
    flags: c_uint,
) -> c_int {
    let _ = devices;
    let _ = flags;
    api!(-1, "virConnectListAllNodeDevices", |cx| {
        check::conn(cx, conn)?;
        Err(cx.unsupported())
    })
}

/// `virConnectNodeDeviceEventDeregisterAny`: removes this connection's
/// registration `callbackID`.
#[no_mangle]
pub unsafe extern "C" fn virConnectNodeDeviceEventDeregisterAny(
    conn: virConnectPtr,
    callbackID: c_int,
) -> c_int {
    api!(-1, "virConnectNodeDeviceEventDeregisterAny", |cx| {
        let c = check::conn(cx, conn)?;
        check::non_negative(cx, callbackID, "callbackID")?;
        c.nodedev(cx)?;
        event_callbacks::deregister(c, callbackID)
    })
}

/// `virConnectNodeDeviceEventRegisterAny`: calls `cb` (of the type `eventID`
/// names) on every such event, about `dev` only when given; the
/// registration's id.
///
/// - `freecb`: (optional) may be NULL
#[no_mangle]
pub unsafe extern "C" fn virConnectNodeDeviceEventRegisterAny(
    conn: virConnectPtr,
    dev: virNodeDevicePtr,
    eventID: c_int,
    cb: virConnectNodeDeviceEventGenericCallback,
    opaque: *mut c_void,
    freecb: virFreeCallback,
) -> c_int {
    api!(-1, "virConnectNodeDeviceEventRegisterAny", |cx| {
        let c = check::conn(cx, conn)?;
        let key = match dev.is_null() {
            true => None,
            false => {
                let o = check::node_device(cx, dev)?;
                if !std::ptr::eq(o.conn(), c) {
                    return Err(event_callbacks::foreign_object(
                        cx,
                        "dev",
                        &format!("node device '{}'", o.id.name),
                    ));
                }
                Some(ObjectKey::Name(o.id.name.clone()))
            }
        };
        event_callbacks::check_callback_and_id(
            cx,
            cb,
            eventID,
            virNodeDeviceEventID::VIR_NODE_DEVICE_EVENT_ID_UPDATE as c_int + 1,
        )?;
        c.nodedev(cx)?;
        let func = cb.map_or(0, |f| f as usize);
        event_callbacks::register_family(c, Family::NodeDevice, eventID, key, func, opaque, freecb)
    })
}

/// `virNodeDeviceCreate`: Creates a node device.
#[no_mangle]
pub unsafe extern "C" fn virNodeDeviceCreate(dev: virNodeDevicePtr, flags: c_uint) -> c_int {
    let _ = flags;
    api!(-1, "virNodeDeviceCreate", |cx| {
        let dev = check::node_device(cx, dev)?;
        check::writable(cx, dev.conn())?;
        Err(cx.unsupported())
    })
}

/// `virNodeDeviceCreateXML`: Creates XML on the node device.
#[no_mangle]
pub unsafe extern "C" fn virNodeDeviceCreateXML(
    conn: virConnectPtr,
    xmlDesc: *const c_char,
    flags: c_uint,
) -> virNodeDevicePtr {
    let _ = flags;
    api!(ptr::null_mut(), "virNodeDeviceCreateXML", |cx| {
        let conn = check::conn(cx, conn)?;
        check::writable(cx, conn.conn())?;
        check::non_null(cx, xmlDesc, "xmlDesc")?;
        Err(cx.unsupported())
    })
}

/// `virNodeDeviceDefineXML`: Defines XML on the node device.
#[no_mangle]
pub unsafe extern "C" fn virNodeDeviceDefineXML(
    conn: virConnectPtr,
    xmlDesc: *const c_char,
    flags: c_uint,
) -> virNodeDevicePtr {
    let _ = flags;
    api!(ptr::null_mut(), "virNodeDeviceDefineXML", |cx| {
        let conn = check::conn(cx, conn)?;
        check::writable(cx, conn.conn())?;
        check::non_null(cx, xmlDesc, "xmlDesc")?;
        Err(cx.unsupported())
    })
}

/// `virNodeDeviceDestroy`: Destroys the node device.
#[no_mangle]
pub unsafe extern "C" fn virNodeDeviceDestroy(dev: virNodeDevicePtr) -> c_int {
    api!(-1, "virNodeDeviceDestroy", |cx| {
        let dev = check::node_device(cx, dev)?;
        check::writable(cx, dev.conn())?;
        Err(cx.unsupported())
    })
}

/// `virNodeDeviceDetachFlags`: Detaches flags of the node device.
#[no_mangle]
pub unsafe extern "C" fn virNodeDeviceDetachFlags(
    dev: virNodeDevicePtr,
    driverName: *const c_char,
    flags: c_uint,
) -> c_int {
    let _ = driverName;
    let _ = flags;
    api!(-1, "virNodeDeviceDetachFlags", |cx| {
        let dev = check::node_device(cx, dev)?;
        check::writable(cx, dev.conn())?;
        Err(cx.unsupported())
    })
}

/// `virNodeDeviceDettach`: node device dettach.
#[no_mangle]
pub unsafe extern "C" fn virNodeDeviceDettach(dev: virNodeDevicePtr) -> c_int {
    api!(-1, "virNodeDeviceDettach", |cx| {
        let dev = check::node_device(cx, dev)?;
        check::writable(cx, dev.conn())?;
        Err(cx.unsupported())
    })
}

/// `virNodeDeviceFree`: Releases the caller's reference to a node device; it is freed with its last reference.
#[no_mangle]
pub unsafe extern "C" fn virNodeDeviceFree(dev: virNodeDevicePtr) -> c_int {
    api!(-1, "virNodeDeviceFree", |cx| {
        check::node_device(cx, dev)?;
        Err(cx.unsupported())
    })
}

/// `virNodeDeviceGetAutostart`: Gets the node device's autostart.
#[no_mangle]
pub unsafe extern "C" fn virNodeDeviceGetAutostart(
    dev: virNodeDevicePtr,
    autostart: *mut c_int,
) -> c_int {
    let _ = autostart;
    api!(-1, "virNodeDeviceGetAutostart", |cx| {
        let dev = check::node_device(cx, dev)?;
        check::writable(cx, dev.conn())?;
        Err(cx.unsupported())
    })
}

/// `virNodeDeviceGetName`: Gets the node device's name.
#[no_mangle]
pub unsafe extern "C" fn virNodeDeviceGetName(dev: virNodeDevicePtr) -> *const c_char {
    api!(ptr::null_mut(), "virNodeDeviceGetName", |cx| {
        check::node_device(cx, dev)?;
        Err(cx.unsupported())
    })
}

/// `virNodeDeviceGetParent`: Gets the node device's parent.
#[no_mangle]
pub unsafe extern "C" fn virNodeDeviceGetParent(dev: virNodeDevicePtr) -> *const c_char {
    api!(ptr::null_mut(), "virNodeDeviceGetParent", |cx| {
        check::node_device(cx, dev)?;
        Err(cx.unsupported())
    })
}

/// `virNodeDeviceGetXMLDesc`: Gets the node device's XML desc.
#[no_mangle]
pub unsafe extern "C" fn virNodeDeviceGetXMLDesc(
    dev: virNodeDevicePtr,
    flags: c_uint,
) -> *mut c_char {
    let _ = flags;
    api!(ptr::null_mut(), "virNodeDeviceGetXMLDesc", |cx| {
        check::node_device(cx, dev)?;
        Err(cx.unsupported())
    })
}

/// `virNodeDeviceIsActive`: Tells whether the node device is active: 1 if so, 0 if not, -1 on error.
#[no_mangle]
pub unsafe extern "C" fn virNodeDeviceIsActive(dev: virNodeDevicePtr) -> c_int {
    api!(-1, "virNodeDeviceIsActive", |cx| {
        check::node_device(cx, dev)?;
        Err(cx.unsupported())
    })
}

/// `virNodeDeviceIsPersistent`: Tells whether the node device is persistent: 1 if so, 0 if not, -1 on error.
#[no_mangle]
pub unsafe extern "C" fn virNodeDeviceIsPersistent(dev: virNodeDevicePtr) -> c_int {
    api!(-1, "virNodeDeviceIsPersistent", |cx| {
        check::node_device(cx, dev)?;
        Err(cx.unsupported())
    })
}

/// `virNodeDeviceListCaps`: Lists the caps of the node device.
#[no_mangle]
pub unsafe extern "C" fn virNodeDeviceListCaps(
    dev: virNodeDevicePtr,
    names: *mut *mut c_char,
    maxnames: c_int,
) -> c_int {
    api!(-1, "virNodeDeviceListCaps", |cx| {
        check::node_device(cx, dev)?;
        check::non_null_array(cx, names, maxnames as i64, "names")?;
        check::non_negative(cx, maxnames, "maxnames")?;
        Err(cx.unsupported())
    })
}

/// `virNodeDeviceLookupByName`: Looks up a node device by name; returns a new handle, or NULL if there is none.
#[no_mangle]
pub unsafe extern "C" fn virNodeDeviceLookupByName(
    conn: virConnectPtr,
    name: *const c_char,
) -> virNodeDevicePtr {
    api!(ptr::null_mut(), "virNodeDeviceLookupByName", |cx| {
        let c = check::conn(cx, conn)?;
        let name = convert::str(cx, name, "name")?;
        let id = c.nodedev(cx)?.node_device_lookup_by_name(cx, name)?;
        Ok(marshal::new_handle(NodeDevice::new(c.to_arc(), id)))
    })
}

/// `virNodeDeviceLookupSCSIHostByWWN`: node device lookup SCSI host by WWN.
#[no_mangle]
pub unsafe extern "C" fn virNodeDeviceLookupSCSIHostByWWN(
    conn: virConnectPtr,
    wwnn: *const c_char,
    wwpn: *const c_char,
    flags: c_uint,
) -> virNodeDevicePtr {
    let _ = flags;
    api!(ptr::null_mut(), "virNodeDeviceLookupSCSIHostByWWN", |cx| {
        check::conn(cx, conn)?;
        check::non_null(cx, wwnn, "wwnn")?;
        check::non_null(cx, wwpn, "wwpn")?;
        Err(cx.unsupported())
    })
}

/// `virNodeDeviceNumOfCaps`: Counts the caps of the node device; -1 on error.
#[no_mangle]
pub unsafe extern "C" fn virNodeDeviceNumOfCaps(dev: virNodeDevicePtr) -> c_int {
    api!(-1, "virNodeDeviceNumOfCaps", |cx| {
        check::node_device(cx, dev)?;
        Err(cx.unsupported())
    })
}

/// `virNodeDeviceReAttach`: node device re attach.
#[no_mangle]
pub unsafe extern "C" fn virNodeDeviceReAttach(dev: virNodeDevicePtr) -> c_int {
    api!(-1, "virNodeDeviceReAttach", |cx| {
        let dev = check::node_device(cx, dev)?;
        check::writable(cx, dev.conn())?;
        Err(cx.unsupported())
    })
}

/// `virNodeDeviceRef`: Takes one more reference to a node device; release it with the matching free call.
#[no_mangle]
pub unsafe extern "C" fn virNodeDeviceRef(dev: virNodeDevicePtr) -> c_int {
    api!(-1, "virNodeDeviceRef", |cx| {
        check::node_device(cx, dev)?;
        Err(cx.unsupported())
    })
}

/// `virNodeDeviceReset`: Resets the node device.
#[no_mangle]
pub unsafe extern "C" fn virNodeDeviceReset(dev: virNodeDevicePtr) -> c_int {
    api!(-1, "virNodeDeviceReset", |cx| {
        let dev = check::node_device(cx, dev)?;
        check::writable(cx, dev.conn())?;
        Err(cx.unsupported())
    })
}

/// `virNodeDeviceSetAutostart`: Sets the node device's autostart.
#[no_mangle]
pub unsafe extern "C" fn virNodeDeviceSetAutostart(
    dev: virNodeDevicePtr,
    autostart: c_int,
) -> c_int {
    let _ = autostart;
    api!(-1, "virNodeDeviceSetAutostart", |cx| {
        let dev = check::node_device(cx, dev)?;
        check::writable(cx, dev.conn())?;
        Err(cx.unsupported())
    })
}

/// `virNodeDeviceUndefine`: Undefines the node device.
#[no_mangle]
pub unsafe extern "C" fn virNodeDeviceUndefine(dev: virNodeDevicePtr, flags: c_uint) -> c_int {
    let _ = flags;
    api!(-1, "virNodeDeviceUndefine", |cx| {
        let dev = check::node_device(cx, dev)?;
        check::writable(cx, dev.conn())?;
        Err(cx.unsupported())
    })
}

/// `virNodeListDevices`: Lists the devices of the host node.
#[no_mangle]
pub unsafe extern "C" fn virNodeListDevices(
    conn: virConnectPtr,
    cap: *const c_char,
    names: *mut *mut c_char,
    maxnames: c_int,
    flags: c_uint,
) -> c_int {
    let _ = cap;
    let _ = flags;
    api!(-1, "virNodeListDevices", |cx| {
        check::conn(cx, conn)?;
        check::non_null_array(cx, names, maxnames as i64, "names")?;
        check::non_negative(cx, maxnames, "maxnames")?;
        Err(cx.unsupported())
    })
}

/// `virNodeNumOfDevices`: Counts the devices of the host node; -1 on error.
#[no_mangle]
pub unsafe extern "C" fn virNodeNumOfDevices(
    conn: virConnectPtr,
    cap: *const c_char,
    flags: c_uint,
) -> c_int {
    let _ = cap;
    let _ = flags;
    api!(-1, "virNodeNumOfDevices", |cx| {
        check::conn(cx, conn)?;
        Err(cx.unsupported())
    })
}
