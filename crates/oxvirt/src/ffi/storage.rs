//! Entry points declared in `libvirt-storage.h`.

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
    api(ptr::null_mut(), "virConnectFindStoragePoolSources", || {
        let conn = check::conn(conn)?;
        check::non_null(r#type, "type")?;
        check::writable(conn.conn())?;
        Err(unsupported())
    })
}

/// `virConnectGetStoragePoolCapabilities`: Gets the connection's storage pool capabilities.
#[no_mangle]
pub unsafe extern "C" fn virConnectGetStoragePoolCapabilities(
    conn: virConnectPtr,
    flags: c_uint,
) -> *mut c_char {
    let _ = flags;
    api(
        ptr::null_mut(),
        "virConnectGetStoragePoolCapabilities",
        || {
            check::conn(conn)?;
            Err(unsupported())
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
    let _ = pools;
    let _ = flags;
    api(-1, "virConnectListAllStoragePools", || {
        check::conn(conn)?;
        Err(unsupported())
    })
}

/// `virConnectListDefinedStoragePools`: Lists the defined storage pools of the connection.
#[no_mangle]
pub unsafe extern "C" fn virConnectListDefinedStoragePools(
    conn: virConnectPtr,
    names: *mut *mut c_char,
    maxnames: c_int,
) -> c_int {
    api(-1, "virConnectListDefinedStoragePools", || {
        check::conn(conn)?;
        check::non_null_array(names, maxnames as i64, "names")?;
        check::non_negative(maxnames, "maxnames")?;
        Err(unsupported())
    })
}

/// `virConnectListStoragePools`: Lists the storage pools of the connection.
#[no_mangle]
pub unsafe extern "C" fn virConnectListStoragePools(
    conn: virConnectPtr,
    names: *mut *mut c_char,
    maxnames: c_int,
) -> c_int {
    api(-1, "virConnectListStoragePools", || {
        check::conn(conn)?;
        check::non_null_array(names, maxnames as i64, "names")?;
        check::non_negative(maxnames, "maxnames")?;
        Err(unsupported())
    })
}

/// `virConnectNumOfDefinedStoragePools`: Counts the defined storage pools of the connection; -1 on error.
#[no_mangle]
pub unsafe extern "C" fn virConnectNumOfDefinedStoragePools(conn: virConnectPtr) -> c_int {
    api(-1, "virConnectNumOfDefinedStoragePools", || {
        check::conn(conn)?;
        Err(unsupported())
    })
}

/// `virConnectNumOfStoragePools`: Counts the storage pools of the connection; -1 on error.
#[no_mangle]
pub unsafe extern "C" fn virConnectNumOfStoragePools(conn: virConnectPtr) -> c_int {
    api(-1, "virConnectNumOfStoragePools", || {
        check::conn(conn)?;
        Err(unsupported())
    })
}

/// `virConnectStoragePoolEventDeregisterAny`: connect storage pool event deregister any.
#[no_mangle]
pub unsafe extern "C" fn virConnectStoragePoolEventDeregisterAny(
    conn: virConnectPtr,
    callbackID: c_int,
) -> c_int {
    api(-1, "virConnectStoragePoolEventDeregisterAny", || {
        check::conn(conn)?;
        check::non_negative(callbackID, "callbackID")?;
        Err(unsupported())
    })
}

/// `virConnectStoragePoolEventRegisterAny`: connect storage pool event register any.
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
    let _ = pool;
    let _ = opaque;
    let _ = freecb;
    api(-1, "virConnectStoragePoolEventRegisterAny", || {
        check::conn(conn)?;
        check::non_null(cb, "cb")?;
        check::non_negative(eventID, "eventID")?;
        Err(unsupported())
    })
}

/// `virStoragePoolBuild`: Builds the storage pool.
#[no_mangle]
pub unsafe extern "C" fn virStoragePoolBuild(pool: virStoragePoolPtr, flags: c_uint) -> c_int {
    let _ = flags;
    api(-1, "virStoragePoolBuild", || {
        let pool = check::storage_pool(pool)?;
        check::writable(pool.conn())?;
        Err(unsupported())
    })
}

/// `virStoragePoolCreate`: Creates a storage pool.
#[no_mangle]
pub unsafe extern "C" fn virStoragePoolCreate(pool: virStoragePoolPtr, flags: c_uint) -> c_int {
    let _ = flags;
    api(-1, "virStoragePoolCreate", || {
        let pool = check::storage_pool(pool)?;
        check::writable(pool.conn())?;
        Err(unsupported())
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
    api(ptr::null_mut(), "virStoragePoolCreateXML", || {
        let conn = check::conn(conn)?;
        check::non_null(xmlDesc, "xmlDesc")?;
        check::writable(conn.conn())?;
        Err(unsupported())
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
    api(ptr::null_mut(), "virStoragePoolDefineXML", || {
        let conn = check::conn(conn)?;
        check::writable(conn.conn())?;
        check::non_null(xml, "xml")?;
        Err(unsupported())
    })
}

/// `virStoragePoolDelete`: Deletes the storage pool.
#[no_mangle]
pub unsafe extern "C" fn virStoragePoolDelete(pool: virStoragePoolPtr, flags: c_uint) -> c_int {
    let _ = flags;
    api(-1, "virStoragePoolDelete", || {
        let pool = check::storage_pool(pool)?;
        check::writable(pool.conn())?;
        Err(unsupported())
    })
}

/// `virStoragePoolDestroy`: Destroys the storage pool.
#[no_mangle]
pub unsafe extern "C" fn virStoragePoolDestroy(pool: virStoragePoolPtr) -> c_int {
    api(-1, "virStoragePoolDestroy", || {
        let pool = check::storage_pool(pool)?;
        check::writable(pool.conn())?;
        Err(unsupported())
    })
}

/// `virStoragePoolFree`: Releases the caller's reference to a storage pool; it is freed with its last reference.
#[no_mangle]
pub unsafe extern "C" fn virStoragePoolFree(pool: virStoragePoolPtr) -> c_int {
    api(-1, "virStoragePoolFree", || {
        check::storage_pool(pool)?;
        Err(unsupported())
    })
}

/// `virStoragePoolGetAutostart`: Gets the storage pool's autostart.
#[no_mangle]
pub unsafe extern "C" fn virStoragePoolGetAutostart(
    pool: virStoragePoolPtr,
    autostart: *mut c_int,
) -> c_int {
    api(-1, "virStoragePoolGetAutostart", || {
        check::storage_pool(pool)?;
        check::non_null(autostart, "autostart")?;
        Err(unsupported())
    })
}

/// `virStoragePoolGetConnect`: Returns the connection the storage pool belongs to (no new reference).
#[no_mangle]
pub unsafe extern "C" fn virStoragePoolGetConnect(pool: virStoragePoolPtr) -> virConnectPtr {
    api(ptr::null_mut(), "virStoragePoolGetConnect", || {
        check::storage_pool(pool)?;
        Err(unsupported())
    })
}

/// `virStoragePoolGetInfo`: Gets the storage pool's info.
#[no_mangle]
pub unsafe extern "C" fn virStoragePoolGetInfo(
    pool: virStoragePoolPtr,
    info: virStoragePoolInfoPtr,
) -> c_int {
    api(-1, "virStoragePoolGetInfo", || {
        check::storage_pool(pool)?;
        check::non_null(info, "info")?;
        Err(unsupported())
    })
}

/// `virStoragePoolGetName`: Gets the storage pool's name.
#[no_mangle]
pub unsafe extern "C" fn virStoragePoolGetName(pool: virStoragePoolPtr) -> *const c_char {
    api(ptr::null_mut(), "virStoragePoolGetName", || {
        check::storage_pool(pool)?;
        Err(unsupported())
    })
}

/// `virStoragePoolGetUUID`: Gets the storage pool's UUID.
#[no_mangle]
pub unsafe extern "C" fn virStoragePoolGetUUID(
    pool: virStoragePoolPtr,
    uuid: *mut c_uchar,
) -> c_int {
    api(-1, "virStoragePoolGetUUID", || {
        check::storage_pool(pool)?;
        check::non_null(uuid, "uuid")?;
        Err(unsupported())
    })
}

/// `virStoragePoolGetUUIDString`: Gets the storage pool's UUID string.
#[no_mangle]
pub unsafe extern "C" fn virStoragePoolGetUUIDString(
    pool: virStoragePoolPtr,
    buf: *mut c_char,
) -> c_int {
    api(-1, "virStoragePoolGetUUIDString", || {
        check::storage_pool(pool)?;
        check::non_null(buf, "buf")?;
        Err(unsupported())
    })
}

/// `virStoragePoolGetXMLDesc`: Gets the storage pool's XML desc.
#[no_mangle]
pub unsafe extern "C" fn virStoragePoolGetXMLDesc(
    pool: virStoragePoolPtr,
    flags: c_uint,
) -> *mut c_char {
    let _ = flags;
    api(ptr::null_mut(), "virStoragePoolGetXMLDesc", || {
        check::storage_pool(pool)?;
        Err(unsupported())
    })
}

/// `virStoragePoolIsActive`: Tells whether the storage pool is active: 1 if so, 0 if not, -1 on error.
#[no_mangle]
pub unsafe extern "C" fn virStoragePoolIsActive(pool: virStoragePoolPtr) -> c_int {
    api(-1, "virStoragePoolIsActive", || {
        check::storage_pool(pool)?;
        Err(unsupported())
    })
}

/// `virStoragePoolIsPersistent`: Tells whether the storage pool is persistent: 1 if so, 0 if not, -1 on error.
#[no_mangle]
pub unsafe extern "C" fn virStoragePoolIsPersistent(pool: virStoragePoolPtr) -> c_int {
    api(-1, "virStoragePoolIsPersistent", || {
        check::storage_pool(pool)?;
        Err(unsupported())
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
    api(-1, "virStoragePoolListAllVolumes", || {
        check::storage_pool(pool)?;
        Err(unsupported())
    })
}

/// `virStoragePoolListVolumes`: Lists the volumes of the storage pool.
#[no_mangle]
pub unsafe extern "C" fn virStoragePoolListVolumes(
    pool: virStoragePoolPtr,
    names: *mut *mut c_char,
    maxnames: c_int,
) -> c_int {
    api(-1, "virStoragePoolListVolumes", || {
        check::storage_pool(pool)?;
        check::non_null_array(names, maxnames as i64, "names")?;
        check::non_negative(maxnames, "maxnames")?;
        Err(unsupported())
    })
}

/// `virStoragePoolLookupByName`: Looks up a storage pool by name; returns a new handle, or NULL if there is none.
#[no_mangle]
pub unsafe extern "C" fn virStoragePoolLookupByName(
    conn: virConnectPtr,
    name: *const c_char,
) -> virStoragePoolPtr {
    api(ptr::null_mut(), "virStoragePoolLookupByName", || {
        check::conn(conn)?;
        check::non_null(name, "name")?;
        Err(unsupported())
    })
}

/// `virStoragePoolLookupByTargetPath`: Looks up a storage pool by target path; returns a new handle, or NULL if there is none.
#[no_mangle]
pub unsafe extern "C" fn virStoragePoolLookupByTargetPath(
    conn: virConnectPtr,
    path: *const c_char,
) -> virStoragePoolPtr {
    api(ptr::null_mut(), "virStoragePoolLookupByTargetPath", || {
        check::conn(conn)?;
        check::non_null(path, "path")?;
        Err(unsupported())
    })
}

/// `virStoragePoolLookupByUUID`: Looks up a storage pool by UUID; returns a new handle, or NULL if there is none.
#[no_mangle]
pub unsafe extern "C" fn virStoragePoolLookupByUUID(
    conn: virConnectPtr,
    uuid: *const c_uchar,
) -> virStoragePoolPtr {
    api(ptr::null_mut(), "virStoragePoolLookupByUUID", || {
        check::conn(conn)?;
        check::non_null(uuid, "uuid")?;
        Err(unsupported())
    })
}

/// `virStoragePoolLookupByUUIDString`: Looks up a storage pool by UUID string; returns a new handle, or NULL if there is none.
#[no_mangle]
pub unsafe extern "C" fn virStoragePoolLookupByUUIDString(
    conn: virConnectPtr,
    uuidstr: *const c_char,
) -> virStoragePoolPtr {
    api(ptr::null_mut(), "virStoragePoolLookupByUUIDString", || {
        check::conn(conn)?;
        check::non_null(uuidstr, "uuidstr")?;
        Err(unsupported())
    })
}

/// `virStoragePoolLookupByVolume`: Looks up a storage pool by volume; returns a new handle, or NULL if there is none.
#[no_mangle]
pub unsafe extern "C" fn virStoragePoolLookupByVolume(vol: virStorageVolPtr) -> virStoragePoolPtr {
    api(ptr::null_mut(), "virStoragePoolLookupByVolume", || {
        check::storage_vol(vol)?;
        Err(unsupported())
    })
}

/// `virStoragePoolNumOfVolumes`: Counts the volumes of the storage pool; -1 on error.
#[no_mangle]
pub unsafe extern "C" fn virStoragePoolNumOfVolumes(pool: virStoragePoolPtr) -> c_int {
    api(-1, "virStoragePoolNumOfVolumes", || {
        check::storage_pool(pool)?;
        Err(unsupported())
    })
}

/// `virStoragePoolRef`: Takes one more reference to a storage pool; release it with the matching free call.
#[no_mangle]
pub unsafe extern "C" fn virStoragePoolRef(pool: virStoragePoolPtr) -> c_int {
    api(-1, "virStoragePoolRef", || {
        check::storage_pool(pool)?;
        Err(unsupported())
    })
}

/// `virStoragePoolRefresh`: Refreshes the storage pool.
#[no_mangle]
pub unsafe extern "C" fn virStoragePoolRefresh(pool: virStoragePoolPtr, flags: c_uint) -> c_int {
    let _ = flags;
    api(-1, "virStoragePoolRefresh", || {
        let pool = check::storage_pool(pool)?;
        check::writable(pool.conn())?;
        Err(unsupported())
    })
}

/// `virStoragePoolSetAutostart`: Sets the storage pool's autostart.
#[no_mangle]
pub unsafe extern "C" fn virStoragePoolSetAutostart(
    pool: virStoragePoolPtr,
    autostart: c_int,
) -> c_int {
    let _ = autostart;
    api(-1, "virStoragePoolSetAutostart", || {
        let pool = check::storage_pool(pool)?;
        check::writable(pool.conn())?;
        Err(unsupported())
    })
}

/// `virStoragePoolUndefine`: Undefines the storage pool.
#[no_mangle]
pub unsafe extern "C" fn virStoragePoolUndefine(pool: virStoragePoolPtr) -> c_int {
    api(-1, "virStoragePoolUndefine", || {
        let pool = check::storage_pool(pool)?;
        check::writable(pool.conn())?;
        Err(unsupported())
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
    api(ptr::null_mut(), "virStorageVolCreateXML", || {
        let pool = check::storage_pool(pool)?;
        check::non_null(xmlDesc, "xmlDesc")?;
        check::writable(pool.conn())?;
        Err(unsupported())
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
    api(ptr::null_mut(), "virStorageVolCreateXMLFrom", || {
        let pool = check::storage_pool(pool)?;
        check::storage_vol(clonevol)?;
        check::non_null(xmlDesc, "xmlDesc")?;
        check::writable(pool.conn())?;
        Err(unsupported())
    })
}

/// `virStorageVolDelete`: Deletes the storage volume.
#[no_mangle]
pub unsafe extern "C" fn virStorageVolDelete(vol: virStorageVolPtr, flags: c_uint) -> c_int {
    let _ = flags;
    api(-1, "virStorageVolDelete", || {
        let vol = check::storage_vol(vol)?;
        check::writable(vol.conn())?;
        Err(unsupported())
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
    api(-1, "virStorageVolDownload", || {
        let vol = check::storage_vol(vol)?;
        check::stream(stream)?;
        check::writable(vol.conn())?;
        Err(unsupported())
    })
}

/// `virStorageVolFree`: Releases the caller's reference to a storage volume; it is freed with its last reference.
#[no_mangle]
pub unsafe extern "C" fn virStorageVolFree(vol: virStorageVolPtr) -> c_int {
    api(-1, "virStorageVolFree", || {
        check::storage_vol(vol)?;
        Err(unsupported())
    })
}

/// `virStorageVolGetConnect`: Returns the connection the storage volume belongs to (no new reference).
#[no_mangle]
pub unsafe extern "C" fn virStorageVolGetConnect(vol: virStorageVolPtr) -> virConnectPtr {
    api(ptr::null_mut(), "virStorageVolGetConnect", || {
        check::storage_vol(vol)?;
        Err(unsupported())
    })
}

/// `virStorageVolGetInfo`: Gets the storage volume's info.
#[no_mangle]
pub unsafe extern "C" fn virStorageVolGetInfo(
    vol: virStorageVolPtr,
    info: virStorageVolInfoPtr,
) -> c_int {
    api(-1, "virStorageVolGetInfo", || {
        check::storage_vol(vol)?;
        check::non_null(info, "info")?;
        Err(unsupported())
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
    api(-1, "virStorageVolGetInfoFlags", || {
        check::storage_vol(vol)?;
        check::non_null(info, "info")?;
        Err(unsupported())
    })
}

/// `virStorageVolGetKey`: Gets the storage volume's key.
#[no_mangle]
pub unsafe extern "C" fn virStorageVolGetKey(vol: virStorageVolPtr) -> *const c_char {
    api(ptr::null_mut(), "virStorageVolGetKey", || {
        check::storage_vol(vol)?;
        Err(unsupported())
    })
}

/// `virStorageVolGetName`: Gets the storage volume's name.
#[no_mangle]
pub unsafe extern "C" fn virStorageVolGetName(vol: virStorageVolPtr) -> *const c_char {
    api(ptr::null_mut(), "virStorageVolGetName", || {
        check::storage_vol(vol)?;
        Err(unsupported())
    })
}

/// `virStorageVolGetPath`: Gets the storage volume's path.
#[no_mangle]
pub unsafe extern "C" fn virStorageVolGetPath(vol: virStorageVolPtr) -> *mut c_char {
    api(ptr::null_mut(), "virStorageVolGetPath", || {
        check::storage_vol(vol)?;
        Err(unsupported())
    })
}

/// `virStorageVolGetXMLDesc`: Gets the storage volume's XML desc.
#[no_mangle]
pub unsafe extern "C" fn virStorageVolGetXMLDesc(
    vol: virStorageVolPtr,
    flags: c_uint,
) -> *mut c_char {
    let _ = flags;
    api(ptr::null_mut(), "virStorageVolGetXMLDesc", || {
        check::storage_vol(vol)?;
        Err(unsupported())
    })
}

/// `virStorageVolLookupByKey`: Looks up a storage volume by key; returns a new handle, or NULL if there is none.
#[no_mangle]
pub unsafe extern "C" fn virStorageVolLookupByKey(
    conn: virConnectPtr,
    key: *const c_char,
) -> virStorageVolPtr {
    api(ptr::null_mut(), "virStorageVolLookupByKey", || {
        check::conn(conn)?;
        check::non_null(key, "key")?;
        Err(unsupported())
    })
}

/// `virStorageVolLookupByName`: Looks up a storage volume by name; returns a new handle, or NULL if there is none.
#[no_mangle]
pub unsafe extern "C" fn virStorageVolLookupByName(
    pool: virStoragePoolPtr,
    name: *const c_char,
) -> virStorageVolPtr {
    api(ptr::null_mut(), "virStorageVolLookupByName", || {
        check::storage_pool(pool)?;
        check::non_null(name, "name")?;
        Err(unsupported())
    })
}

/// `virStorageVolLookupByPath`: Looks up a storage volume by path; returns a new handle, or NULL if there is none.
#[no_mangle]
pub unsafe extern "C" fn virStorageVolLookupByPath(
    conn: virConnectPtr,
    path: *const c_char,
) -> virStorageVolPtr {
    api(ptr::null_mut(), "virStorageVolLookupByPath", || {
        check::conn(conn)?;
        check::non_null(path, "path")?;
        Err(unsupported())
    })
}

/// `virStorageVolRef`: Takes one more reference to a storage volume; release it with the matching free call.
#[no_mangle]
pub unsafe extern "C" fn virStorageVolRef(vol: virStorageVolPtr) -> c_int {
    api(-1, "virStorageVolRef", || {
        check::storage_vol(vol)?;
        Err(unsupported())
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
    api(-1, "virStorageVolResize", || {
        let vol = check::storage_vol(vol)?;
        check::writable(vol.conn())?;
        Err(unsupported())
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
    api(-1, "virStorageVolUpload", || {
        let vol = check::storage_vol(vol)?;
        check::stream(stream)?;
        check::writable(vol.conn())?;
        Err(unsupported())
    })
}

/// `virStorageVolWipe`: Wipes the storage volume.
#[no_mangle]
pub unsafe extern "C" fn virStorageVolWipe(vol: virStorageVolPtr, flags: c_uint) -> c_int {
    let _ = flags;
    api(-1, "virStorageVolWipe", || {
        let vol = check::storage_vol(vol)?;
        check::writable(vol.conn())?;
        Err(unsupported())
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
    api(-1, "virStorageVolWipePattern", || {
        let vol = check::storage_vol(vol)?;
        check::writable(vol.conn())?;
        Err(unsupported())
    })
}
