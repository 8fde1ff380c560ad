//! Entry points declared in `libvirt-storage.h`.

use crate::driver::events::{Family, ObjectKey};
use crate::ffi::event_callbacks;
use crate::ffi::prelude::*;

entry_point_domain!(VIR_FROM_STORAGE);

/// `virConnectFindStoragePoolSources`: connect find storage pool sources.
#[no_mangle]
pub unsafe extern "C" fn virConnectFindStoragePoolSources(
    conn: virConnectPtr,
    r#type: *const c_char,
    srcSpec: *const c_char,
    flags: c_uint,
) -> *mut c_char {
    let _ = srcSpec;
    let _ = flags;
    api!(ptr::null_mut(), "virConnectFindStoragePoolSources", |cx| {
        let conn = check::conn(cx, conn)?;
        check::non_null(cx, r#type, "type")?;
        check::writable(cx, conn.conn())?;
        Err(cx.unsupported())
    })
}

/// `virConnectGetStoragePoolCapabilities`: Gets the connection's storage pool capabilities.
#[no_mangle]
pub unsafe extern "C" fn virConnectGetStoragePoolCapabilities(
    conn: virConnectPtr,
    flags: c_uint,
) -> *mut c_char {
    let _ = flags;
    api!(
        ptr::null_mut(),
        "virConnectGetStoragePoolCapabilities",
        |cx| {
            check::conn(cx, conn)?;
            Err(cx.unsupported())
        },
    )
}

/// `virConnectListAllStoragePools`: Lists all storage pools of the connection, as new handles.
#[no_mangle]
pub unsafe extern "C" fn virConnectListAllStoragePools(
    conn: virConnectPtr,
    pools: *mut *mut virStoragePoolPtr,
    flags: c_uint,
) -> c_int {
    api!(-1, "virConnectListAllStoragePools", |cx| {
        convert::put(pools, ptr::null_mut());
        let c = check::conn(cx, conn)?;
        let list = c.storage(cx)?.list_all_storage_pools(cx, flags)?;
        marshal::handle_array(cx, pools, list, |id| StoragePool::new(c.to_arc(), id))
    })
}

/// `virConnectListDefinedStoragePools`: Lists the defined storage pools of the connection.
#[no_mangle]
pub unsafe extern "C" fn virConnectListDefinedStoragePools(
    conn: virConnectPtr,
    names: *mut *mut c_char,
    maxnames: c_int,
) -> c_int {
    api!(-1, "virConnectListDefinedStoragePools", |cx| {
        check::conn(cx, conn)?;
        check::non_null_array(cx, names, maxnames as i64, "names")?;
        check::non_negative(cx, maxnames, "maxnames")?;
        Err(cx.unsupported())
    })
}

/// `virConnectListStoragePools`: Lists the storage pools of the connection.
#[no_mangle]
pub unsafe extern "C" fn virConnectListStoragePools(
    conn: virConnectPtr,
    names: *mut *mut c_char,
    maxnames: c_int,
) -> c_int {
    api!(-1, "virConnectListStoragePools", |cx| {
        check::conn(cx, conn)?;
        check::non_null_array(cx, names, maxnames as i64, "names")?;
        check::non_negative(cx, maxnames, "maxnames")?;
        Err(cx.unsupported())
    })
}

/// `virConnectNumOfDefinedStoragePools`: Counts the defined storage pools of the connection; -1 on error.
#[no_mangle]
pub unsafe extern "C" fn virConnectNumOfDefinedStoragePools(conn: virConnectPtr) -> c_int {
    api!(-1, "virConnectNumOfDefinedStoragePools", |cx| {
        check::conn(cx, conn)?;
        Err(cx.unsupported())
    })
}

/// `virConnectNumOfStoragePools`: Counts the storage pools of the connection; -1 on error.
#[no_mangle]
pub unsafe extern "C" fn virConnectNumOfStoragePools(conn: virConnectPtr) -> c_int {
    api!(-1, "virConnectNumOfStoragePools", |cx| {
        check::conn(cx, conn)?;
        Err(cx.unsupported())
    })
}

/// `virConnectStoragePoolEventDeregisterAny`: removes this connection's
/// registration `callbackID`.
#[no_mangle]
pub unsafe extern "C" fn virConnectStoragePoolEventDeregisterAny(
    conn: virConnectPtr,
    callbackID: c_int,
) -> c_int {
    api!(-1, "virConnectStoragePoolEventDeregisterAny", |cx| {
        let c = check::conn(cx, conn)?;
        check::non_negative(cx, callbackID, "callbackID")?;
        c.storage(cx)?;
        event_callbacks::deregister(c, callbackID)
    })
}

/// `virConnectStoragePoolEventRegisterAny`: calls `cb` (of the type `eventID`
/// names) on every such event, about `pool` only when given; the
/// registration's id.
///
/// - `freecb`: (optional) may be NULL
#[no_mangle]
pub unsafe extern "C" fn virConnectStoragePoolEventRegisterAny(
    conn: virConnectPtr,
    pool: virStoragePoolPtr,
    eventID: c_int,
    cb: virConnectStoragePoolEventGenericCallback,
    opaque: *mut c_void,
    freecb: virFreeCallback,
) -> c_int {
    api!(-1, "virConnectStoragePoolEventRegisterAny", |cx| {
        let c = check::conn(cx, conn)?;
        let key = match pool.is_null() {
            true => None,
            false => {
                let o = check::storage_pool(cx, pool)?;
                if !std::ptr::eq(o.conn(), c) {
                    return Err(event_callbacks::foreign_object(
                        cx,
                        "pool",
                        &format!("storage pool '{}'", o.id.name),
                    ));
                }
                Some(ObjectKey::Uuid(o.id.uuid))
            }
        };
        event_callbacks::check_callback_and_id(
            cx,
            cb,
            eventID,
            virStoragePoolEventID::VIR_STORAGE_POOL_EVENT_ID_REFRESH as c_int + 1,
        )?;
        c.storage(cx)?;
        let func = cb.map_or(0, |f| f as usize);
        event_callbacks::register_family(c, Family::StoragePool, eventID, key, func, opaque, freecb)
    })
}

/// `virStoragePoolBuild`: Builds the storage pool.
#[no_mangle]
pub unsafe extern "C" fn virStoragePoolBuild(pool: virStoragePoolPtr, flags: c_uint) -> c_int {
    let _ = flags;
    api!(-1, "virStoragePoolBuild", |cx| {
        let pool = check::storage_pool(cx, pool)?;
        check::writable(cx, pool.conn())?;
        Err(cx.unsupported())
    })
}

/// `virStoragePoolCreate`: Creates a storage pool.
#[no_mangle]
pub unsafe extern "C" fn virStoragePoolCreate(pool: virStoragePoolPtr, flags: c_uint) -> c_int {
    let _ = flags;
    api!(-1, "virStoragePoolCreate", |cx| {
        let pool = check::storage_pool(cx, pool)?;
        check::writable(cx, pool.conn())?;
        Err(cx.unsupported())
    })
}

/// `virStoragePoolCreateXML`: Creates XML on the storage pool.
#[no_mangle]
pub unsafe extern "C" fn virStoragePoolCreateXML(
    conn: virConnectPtr,
    xmlDesc: *const c_char,
    flags: c_uint,
) -> virStoragePoolPtr {
    let _ = flags;
    api!(ptr::null_mut(), "virStoragePoolCreateXML", |cx| {
        let conn = check::conn(cx, conn)?;
        check::non_null(cx, xmlDesc, "xmlDesc")?;
        check::writable(cx, conn.conn())?;
        Err(cx.unsupported())
    })
}

/// `virStoragePoolDefineXML`: Defines XML on the storage pool.
#[no_mangle]
pub unsafe extern "C" fn virStoragePoolDefineXML(
    conn: virConnectPtr,
    xml: *const c_char,
    flags: c_uint,
) -> virStoragePoolPtr {
    let _ = flags;
    api!(ptr::null_mut(), "virStoragePoolDefineXML", |cx| {
        let conn = check::conn(cx, conn)?;
        check::writable(cx, conn.conn())?;
        check::non_null(cx, xml, "xml")?;
        Err(cx.unsupported())
    })
}

/// `virStoragePoolDelete`: Deletes the storage pool.
#[no_mangle]
pub unsafe extern "C" fn virStoragePoolDelete(pool: virStoragePoolPtr, flags: c_uint) -> c_int {
    let _ = flags;
    api!(-1, "virStoragePoolDelete", |cx| {
        let pool = check::storage_pool(cx, pool)?;
        check::writable(cx, pool.conn())?;
        Err(cx.unsupported())
    })
}

/// `virStoragePoolDestroy`: Destroys the storage pool.
#[no_mangle]
pub unsafe extern "C" fn virStoragePoolDestroy(pool: virStoragePoolPtr) -> c_int {
    api!(-1, "virStoragePoolDestroy", |cx| {
        let pool = check::storage_pool(cx, pool)?;
        check::writable(cx, pool.conn())?;
        Err(cx.unsupported())
    })
}

/// `virStoragePoolFree`: Releases the caller's reference to a storage pool; it is freed with its last reference.
#[no_mangle]
pub unsafe extern "C" fn virStoragePoolFree(pool: virStoragePoolPtr) -> c_int {
    api!(-1, "virStoragePoolFree", |cx| {
        check::storage_pool(cx, pool)?;
        Err(cx.unsupported())
    })
}

/// `virStoragePoolGetAutostart`: Gets the storage pool's autostart.
#[no_mangle]
pub unsafe extern "C" fn virStoragePoolGetAutostart(
    pool: virStoragePoolPtr,
    autostart: *mut c_int,
) -> c_int {
    api!(-1, "virStoragePoolGetAutostart", |cx| {
        check::storage_pool(cx, pool)?;
        check::non_null(cx, autostart, "autostart")?;
        Err(cx.unsupported())
    })
}

/// `virStoragePoolGetConnect`: Returns the connection the storage pool belongs to (no new reference).
#[no_mangle]
pub unsafe extern "C" fn virStoragePoolGetConnect(pool: virStoragePoolPtr) -> virConnectPtr {
    api!(ptr::null_mut(), "virStoragePoolGetConnect", |cx| {
        check::storage_pool(cx, pool)?;
        Err(cx.unsupported())
    })
}

/// `virStoragePoolGetInfo`: Gets the storage pool's info.
#[no_mangle]
pub unsafe extern "C" fn virStoragePoolGetInfo(
    pool: virStoragePoolPtr,
    info: virStoragePoolInfoPtr,
) -> c_int {
    api!(-1, "virStoragePoolGetInfo", |cx| {
        check::storage_pool(cx, pool)?;
        check::non_null(cx, info, "info")?;
        Err(cx.unsupported())
    })
}

/// `virStoragePoolGetName`: Gets the storage pool's name.
#[no_mangle]
pub unsafe extern "C" fn virStoragePoolGetName(pool: virStoragePoolPtr) -> *const c_char {
    api!(ptr::null_mut(), "virStoragePoolGetName", |cx| {
        check::storage_pool(cx, pool)?;
        Err(cx.unsupported())
    })
}

/// `virStoragePoolGetUUID`: Gets the storage pool's UUID.
#[no_mangle]
pub unsafe extern "C" fn virStoragePoolGetUUID(
    pool: virStoragePoolPtr,
    uuid: *mut c_uchar,
) -> c_int {
    api!(-1, "virStoragePoolGetUUID", |cx| {
        check::storage_pool(cx, pool)?;
        check::non_null(cx, uuid, "uuid")?;
        Err(cx.unsupported())
    })
}

/// `virStoragePoolGetUUIDString`: Gets the storage pool's UUID string.
#[no_mangle]
pub unsafe extern "C" fn virStoragePoolGetUUIDString(
    pool: virStoragePoolPtr,
    buf: *mut c_char,
) -> c_int {
    api!(-1, "virStoragePoolGetUUIDString", |cx| {
        check::storage_pool(cx, pool)?;
        check::non_null(cx, buf, "buf")?;
        Err(cx.unsupported())
    })
}

/// `virStoragePoolGetXMLDesc`: Gets the storage pool's XML desc.
#[no_mangle]
pub unsafe extern "C" fn virStoragePoolGetXMLDesc(
    pool: virStoragePoolPtr,
    flags: c_uint,
) -> *mut c_char {
    let _ = flags;
    api!(ptr::null_mut(), "virStoragePoolGetXMLDesc", |cx| {
        check::storage_pool(cx, pool)?;
        Err(cx.unsupported())
    })
}

/// `virStoragePoolIsActive`: Tells whether the storage pool is active: 1 if so, 0 if not, -1 on error.
#[no_mangle]
pub unsafe extern "C" fn virStoragePoolIsActive(pool: virStoragePoolPtr) -> c_int {
    api!(-1, "virStoragePoolIsActive", |cx| {
        check::storage_pool(cx, pool)?;
        Err(cx.unsupported())
    })
}

/// `virStoragePoolIsPersistent`: Tells whether the storage pool is persistent: 1 if so, 0 if not, -1 on error.
#[no_mangle]
pub unsafe extern "C" fn virStoragePoolIsPersistent(pool: virStoragePoolPtr) -> c_int {
    api!(-1, "virStoragePoolIsPersistent", |cx| {
        check::storage_pool(cx, pool)?;
        Err(cx.unsupported())
    })
}

/// `virStoragePoolListAllVolumes`: Lists all volumes of the storage pool, as new handles.
#[no_mangle]
pub unsafe extern "C" fn virStoragePoolListAllVolumes(
    pool: virStoragePoolPtr,
    vols: *mut *mut virStorageVolPtr,
    flags: c_uint,
) -> c_int {
    let _ = vols;
    let _ = flags;
    api!(-1, "virStoragePoolListAllVolumes", |cx| {
        check::storage_pool(cx, pool)?;
        Err(cx.unsupported())
    })
}

/// `virStoragePoolListVolumes`: Lists the volumes of the storage pool.
#[no_mangle]
pub unsafe extern "C" fn virStoragePoolListVolumes(
    pool: virStoragePoolPtr,
    names: *mut *mut c_char,
    maxnames: c_int,
) -> c_int {
    api!(-1, "virStoragePoolListVolumes", |cx| {
        check::storage_pool(cx, pool)?;
        check::non_null_array(cx, names, maxnames as i64, "names")?;
        check::non_negative(cx, maxnames, "maxnames")?;
        Err(cx.unsupported())
    })
}

/// `virStoragePoolLookupByName`: Looks up a storage pool by name; returns a new handle, or NULL if there is none.
#[no_mangle]
pub unsafe extern "C" fn virStoragePoolLookupByName(
    conn: virConnectPtr,
    name: *const c_char,
) -> virStoragePoolPtr {
    api!(ptr::null_mut(), "virStoragePoolLookupByName", |cx| {
        let c = check::conn(cx, conn)?;
        let name = convert::str(cx, name, "name")?;
        let id = c.storage(cx)?.storage_pool_lookup_by_name(cx, name)?;
        Ok(marshal::new_handle(StoragePool::new(c.to_arc(), id)))
    })
}

/// `virStoragePoolLookupByTargetPath`: Looks up a storage pool by target path; returns a new handle, or NULL if there is none.
#[no_mangle]
pub unsafe extern "C" fn virStoragePoolLookupByTargetPath(
    conn: virConnectPtr,
    path: *const c_char,
) -> virStoragePoolPtr {
    api!(ptr::null_mut(), "virStoragePoolLookupByTargetPath", |cx| {
        check::conn(cx, conn)?;
        check::non_null(cx, path, "path")?;
        Err(cx.unsupported())
    })
}

/// `virStoragePoolLookupByUUID`: Looks up a storage pool by UUID; returns a new handle, or NULL if there is none.
#[no_mangle]
pub unsafe extern "C" fn virStoragePoolLookupByUUID(
    conn: virConnectPtr,
    uuid: *const c_uchar,
) -> virStoragePoolPtr {
    api!(ptr::null_mut(), "virStoragePoolLookupByUUID", |cx| {
        check::conn(cx, conn)?;
        check::non_null(cx, uuid, "uuid")?;
        Err(cx.unsupported())
    })
}

/// `virStoragePoolLookupByUUIDString`: Looks up a storage pool by UUID string; returns a new handle, or NULL if there is none.
#[no_mangle]
pub unsafe extern "C" fn virStoragePoolLookupByUUIDString(
    conn: virConnectPtr,
    uuidstr: *const c_char,
) -> virStoragePoolPtr {
    api!(ptr::null_mut(), "virStoragePoolLookupByUUIDString", |cx| {
        check::conn(cx, conn)?;
        let uuid = convert::uuid_arg(
            cx,
            uuidstr,
            "uuidstr in virStoragePoolLookupByUUIDString must be a valid UUID",
        )?;
        // libvirt answers with the by-UUID call itself, which reports (and
        // names itself in) its own errors.
        Ok(virStoragePoolLookupByUUID(conn, uuid.as_ptr()))
    })
}

/// `virStoragePoolLookupByVolume`: Looks up a storage pool by volume; returns a new handle, or NULL if there is none.
#[no_mangle]
pub unsafe extern "C" fn virStoragePoolLookupByVolume(vol: virStorageVolPtr) -> virStoragePoolPtr {
    api!(ptr::null_mut(), "virStoragePoolLookupByVolume", |cx| {
        check::storage_vol(cx, vol)?;
        Err(cx.unsupported())
    })
}

/// `virStoragePoolNumOfVolumes`: Counts the volumes of the storage pool; -1 on error.
#[no_mangle]
pub unsafe extern "C" fn virStoragePoolNumOfVolumes(pool: virStoragePoolPtr) -> c_int {
    api!(-1, "virStoragePoolNumOfVolumes", |cx| {
        check::storage_pool(cx, pool)?;
        Err(cx.unsupported())
    })
}

/// `virStoragePoolRef`: Takes one more reference to a storage pool; release it with the matching free call.
#[no_mangle]
pub unsafe extern "C" fn virStoragePoolRef(pool: virStoragePoolPtr) -> c_int {
    api!(-1, "virStoragePoolRef", |cx| {
        check::storage_pool(cx, pool)?;
        Err(cx.unsupported())
    })
}

/// `virStoragePoolRefresh`: Refreshes the storage pool.
#[no_mangle]
pub unsafe extern "C" fn virStoragePoolRefresh(pool: virStoragePoolPtr, flags: c_uint) -> c_int {
    let _ = flags;
    api!(-1, "virStoragePoolRefresh", |cx| {
        let pool = check::storage_pool(cx, pool)?;
        check::writable(cx, pool.conn())?;
        Err(cx.unsupported())
    })
}

/// `virStoragePoolSetAutostart`: Sets the storage pool's autostart.
#[no_mangle]
pub unsafe extern "C" fn virStoragePoolSetAutostart(
    pool: virStoragePoolPtr,
    autostart: c_int,
) -> c_int {
    let _ = autostart;
    api!(-1, "virStoragePoolSetAutostart", |cx| {
        let pool = check::storage_pool(cx, pool)?;
        check::writable(cx, pool.conn())?;
        Err(cx.unsupported())
    })
}

/// `virStoragePoolUndefine`: Undefines the storage pool.
#[no_mangle]
pub unsafe extern "C" fn virStoragePoolUndefine(pool: virStoragePoolPtr) -> c_int {
    api!(-1, "virStoragePoolUndefine", |cx| {
        let pool = check::storage_pool(cx, pool)?;
        check::writable(cx, pool.conn())?;
        Err(cx.unsupported())
    })
}

/// `virStorageVolCreateXML`: Creates XML on the storage volume.
#[no_mangle]
pub unsafe extern "C" fn virStorageVolCreateXML(
    pool: virStoragePoolPtr,
    xmlDesc: *const c_char,
    flags: c_uint,
) -> virStorageVolPtr {
    let _ = flags;
    api!(ptr::null_mut(), "virStorageVolCreateXML", |cx| {
        let pool = check::storage_pool(cx, pool)?;
        check::non_null(cx, xmlDesc, "xmlDesc")?;
        check::writable(cx, pool.conn())?;
        Err(cx.unsupported())
    })
}

/// `virStorageVolCreateXMLFrom`: Creates XML from on the storage volume.
#[no_mangle]
pub unsafe extern "C" fn virStorageVolCreateXMLFrom(
    pool: virStoragePoolPtr,
    xmlDesc: *const c_char,
    clonevol: virStorageVolPtr,
    flags: c_uint,
) -> virStorageVolPtr {
    let _ = flags;
    api!(ptr::null_mut(), "virStorageVolCreateXMLFrom", |cx| {
        let pool = check::storage_pool(cx, pool)?;
        check::storage_vol(cx, clonevol)?;
        check::non_null(cx, xmlDesc, "xmlDesc")?;
        check::writable(cx, pool.conn())?;
        Err(cx.unsupported())
    })
}

/// `virStorageVolDelete`: Deletes the storage volume.
#[no_mangle]
pub unsafe extern "C" fn virStorageVolDelete(vol: virStorageVolPtr, flags: c_uint) -> c_int {
    let _ = flags;
    api!(-1, "virStorageVolDelete", |cx| {
        let vol = check::storage_vol(cx, vol)?;
        check::writable(cx, vol.conn())?;
        Err(cx.unsupported())
    })
}

/// `virStorageVolDownload`: Downloads the storage volume.
#[no_mangle]
pub unsafe extern "C" fn virStorageVolDownload(
    vol: virStorageVolPtr,
    stream: virStreamPtr,
    offset: c_ulonglong,
    length: c_ulonglong,
    flags: c_uint,
) -> c_int {
    let _ = offset;
    let _ = length;
    let _ = flags;
    api!(-1, "virStorageVolDownload", |cx| {
        let vol = check::storage_vol(cx, vol)?;
        check::stream(cx, stream)?;
        check::writable(cx, vol.conn())?;
        Err(cx.unsupported())
    })
}

/// `virStorageVolFree`: Releases the caller's reference to a storage volume; it is freed with its last reference.
#[no_mangle]
pub unsafe extern "C" fn virStorageVolFree(vol: virStorageVolPtr) -> c_int {
    api!(-1, "virStorageVolFree", |cx| {
        check::storage_vol(cx, vol)?;
        Err(cx.unsupported())
    })
}

/// `virStorageVolGetConnect`: Returns the connection the storage volume belongs to (no new reference).
#[no_mangle]
pub unsafe extern "C" fn virStorageVolGetConnect(vol: virStorageVolPtr) -> virConnectPtr {
    api!(ptr::null_mut(), "virStorageVolGetConnect", |cx| {
        check::storage_vol(cx, vol)?;
        Err(cx.unsupported())
    })
}

/// `virStorageVolGetInfo`: Gets the storage volume's info.
#[no_mangle]
pub unsafe extern "C" fn virStorageVolGetInfo(
    vol: virStorageVolPtr,
    info: virStorageVolInfoPtr,
) -> c_int {
    api!(-1, "virStorageVolGetInfo", |cx| {
        check::storage_vol(cx, vol)?;
        check::non_null(cx, info, "info")?;
        Err(cx.unsupported())
    })
}

/// `virStorageVolGetInfoFlags`: Gets the storage volume's info flags.
#[no_mangle]
pub unsafe extern "C" fn virStorageVolGetInfoFlags(
    vol: virStorageVolPtr,
    info: virStorageVolInfoPtr,
    flags: c_uint,
) -> c_int {
    let _ = flags;
    api!(-1, "virStorageVolGetInfoFlags", |cx| {
        check::storage_vol(cx, vol)?;
        check::non_null(cx, info, "info")?;
        Err(cx.unsupported())
    })
}

/// `virStorageVolGetKey`: Gets the storage volume's key.
#[no_mangle]
pub unsafe extern "C" fn virStorageVolGetKey(vol: virStorageVolPtr) -> *const c_char {
    api!(ptr::null_mut(), "virStorageVolGetKey", |cx| {
        check::storage_vol(cx, vol)?;
        Err(cx.unsupported())
    })
}

/// `virStorageVolGetName`: Gets the storage volume's name.
#[no_mangle]
pub unsafe extern "C" fn virStorageVolGetName(vol: virStorageVolPtr) -> *const c_char {
    api!(ptr::null_mut(), "virStorageVolGetName", |cx| {
        check::storage_vol(cx, vol)?;
        Err(cx.unsupported())
    })
}

/// `virStorageVolGetPath`: Gets the storage volume's path.
#[no_mangle]
pub unsafe extern "C" fn virStorageVolGetPath(vol: virStorageVolPtr) -> *mut c_char {
    api!(ptr::null_mut(), "virStorageVolGetPath", |cx| {
        check::storage_vol(cx, vol)?;
        Err(cx.unsupported())
    })
}

/// `virStorageVolGetXMLDesc`: Gets the storage volume's XML desc.
#[no_mangle]
pub unsafe extern "C" fn virStorageVolGetXMLDesc(
    vol: virStorageVolPtr,
    flags: c_uint,
) -> *mut c_char {
    let _ = flags;
    api!(ptr::null_mut(), "virStorageVolGetXMLDesc", |cx| {
        check::storage_vol(cx, vol)?;
        Err(cx.unsupported())
    })
}

/// `virStorageVolLookupByKey`: Looks up a storage volume by key; returns a new handle, or NULL if there is none.
#[no_mangle]
pub unsafe extern "C" fn virStorageVolLookupByKey(
    conn: virConnectPtr,
    key: *const c_char,
) -> virStorageVolPtr {
    api!(ptr::null_mut(), "virStorageVolLookupByKey", |cx| {
        check::conn(cx, conn)?;
        check::non_null(cx, key, "key")?;
        Err(cx.unsupported())
    })
}

/// `virStorageVolLookupByName`: Looks up a storage volume by name; returns a new handle, or NULL if there is none.
#[no_mangle]
pub unsafe extern "C" fn virStorageVolLookupByName(
    pool: virStoragePoolPtr,
    name: *const c_char,
) -> virStorageVolPtr {
    api!(ptr::null_mut(), "virStorageVolLookupByName", |cx| {
        check::storage_pool(cx, pool)?;
        check::non_null(cx, name, "name")?;
        Err(cx.unsupported())
    })
}

/// `virStorageVolLookupByPath`: Looks up a storage volume by path; returns a new handle, or NULL if there is none.
#[no_mangle]
pub unsafe extern "C" fn virStorageVolLookupByPath(
    conn: virConnectPtr,
    path: *const c_char,
) -> virStorageVolPtr {
    api!(ptr::null_mut(), "virStorageVolLookupByPath", |cx| {
        check::conn(cx, conn)?;
        check::non_null(cx, path, "path")?;
        Err(cx.unsupported())
    })
}

/// `virStorageVolRef`: Takes one more reference to a storage volume; release it with the matching free call.
#[no_mangle]
pub unsafe extern "C" fn virStorageVolRef(vol: virStorageVolPtr) -> c_int {
    api!(-1, "virStorageVolRef", |cx| {
        check::storage_vol(cx, vol)?;
        Err(cx.unsupported())
    })
}

/// `virStorageVolResize`: Resizes the storage volume.
#[no_mangle]
pub unsafe extern "C" fn virStorageVolResize(
    vol: virStorageVolPtr,
    capacity: c_ulonglong,
    flags: c_uint,
) -> c_int {
    let _ = capacity;
    let _ = flags;
    api!(-1, "virStorageVolResize", |cx| {
        let vol = check::storage_vol(cx, vol)?;
        check::writable(cx, vol.conn())?;
        Err(cx.unsupported())
    })
}

/// `virStorageVolUpload`: Uploads the storage volume.
#[no_mangle]
pub unsafe extern "C" fn virStorageVolUpload(
    vol: virStorageVolPtr,
    stream: virStreamPtr,
    offset: c_ulonglong,
    length: c_ulonglong,
    flags: c_uint,
) -> c_int {
    let _ = offset;
    let _ = length;
    let _ = flags;
    api!(-1, "virStorageVolUpload", |cx| {
        let vol = check::storage_vol(cx, vol)?;
        check::stream(cx, stream)?;
        check::writable(cx, vol.conn())?;
        Err(cx.unsupported())
    })
}

/// `virStorageVolWipe`: Wipes the storage volume.
#[no_mangle]
pub unsafe extern "C" fn virStorageVolWipe(vol: virStorageVolPtr, flags: c_uint) -> c_int {
    let _ = flags;
    api!(-1, "virStorageVolWipe", |cx| {
        let vol = check::storage_vol(cx, vol)?;
        check::writable(cx, vol.conn())?;
        Err(cx.unsupported())
    })
}

/// `virStorageVolWipePattern`: Wipes pattern of the storage volume.
#[no_mangle]
pub unsafe extern "C" fn virStorageVolWipePattern(
    vol: virStorageVolPtr,
    algorithm: c_uint,
    flags: c_uint,
) -> c_int {
    let _ = algorithm;
    let _ = flags;
    api!(-1, "virStorageVolWipePattern", |cx| {
        let vol = check::storage_vol(cx, vol)?;
        check::writable(cx, vol.conn())?;
        Err(cx.unsupported())
    })
}
