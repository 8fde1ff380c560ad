//! Entry points declared in `libvirt-secret.h`.

use crate::ffi::prelude::*;

entry_point_domain!(VIR_FROM_SECRET);

/// `virConnectListAllSecrets`: Lists all secrets of the connection, as new handles.
#[no_mangle]
pub unsafe extern "C" fn virConnectListAllSecrets(
    conn: virConnectPtr,
    secrets: *mut *mut virSecretPtr,
    flags: c_uint,
) -> c_int {
    let _ = secrets;
    let _ = flags;
    api(-1, "virConnectListAllSecrets", || {
        check::conn(conn)?;
        Err(unsupported())
    })
}

/// `virConnectListSecrets`: Lists the secrets of the connection.
#[no_mangle]
pub unsafe extern "C" fn virConnectListSecrets(
    conn: virConnectPtr,
    uuids: *mut *mut c_char,
    maxuuids: c_int,
) -> c_int {
    api(-1, "virConnectListSecrets", || {
        check::conn(conn)?;
        check::non_null_array(uuids, maxuuids as i64, "uuids")?;
        check::non_negative(maxuuids, "maxuuids")?;
        Err(unsupported())
    })
}

/// `virConnectNumOfSecrets`: Counts the secrets of the connection; -1 on error.
#[no_mangle]
pub unsafe extern "C" fn virConnectNumOfSecrets(conn: virConnectPtr) -> c_int {
    api(-1, "virConnectNumOfSecrets", || {
        check::conn(conn)?;
        Err(unsupported())
    })
}

/// `virConnectSecretEventDeregisterAny`: connect secret event deregister any.
#[no_mangle]
pub unsafe extern "C" fn virConnectSecretEventDeregisterAny(
    conn: virConnectPtr,
    callbackID: c_int,
) -> c_int {
    api(-1, "virConnectSecretEventDeregisterAny", || {
        check::conn(conn)?;
        check::non_negative(callbackID, "callbackID")?;
        Err(unsupported())
    })
}

/// `virConnectSecretEventRegisterAny`: connect secret event register any.
///
/// - `freecb`: (optional) may be NULL
#[no_mangle]
pub unsafe extern "C" fn virConnectSecretEventRegisterAny(
    conn: virConnectPtr,
    secret: virSecretPtr,
    eventID: c_int,
    cb: virConnectSecretEventGenericCallback,
    opaque: *mut c_void,
    freecb: virFreeCallback,
) -> c_int {
    let _ = secret;
    let _ = opaque;
    let _ = freecb;
    api(-1, "virConnectSecretEventRegisterAny", || {
        check::conn(conn)?;
        check::non_null(cb, "cb")?;
        check::non_negative(eventID, "eventID")?;
        Err(unsupported())
    })
}

/// `virSecretDefineXML`: Defines XML on the secret.
#[no_mangle]
pub unsafe extern "C" fn virSecretDefineXML(
    conn: virConnectPtr,
    xml: *const c_char,
    flags: c_uint,
) -> virSecretPtr {
    let _ = flags;
    api(ptr::null_mut(), "virSecretDefineXML", || {
        let conn = check::conn(conn)?;
        check::writable(conn.conn())?;
        check::non_null(xml, "xml")?;
        Err(unsupported())
    })
}

/// `virSecretFree`: Releases the caller's reference to a secret; it is freed with its last reference.
#[no_mangle]
pub unsafe extern "C" fn virSecretFree(secret: virSecretPtr) -> c_int {
    api(-1, "virSecretFree", || {
        check::secret(secret)?;
        Err(unsupported())
    })
}

/// `virSecretGetConnect`: Returns the connection the secret belongs to (no new reference).
#[no_mangle]
pub unsafe extern "C" fn virSecretGetConnect(secret: virSecretPtr) -> virConnectPtr {
    api(ptr::null_mut(), "virSecretGetConnect", || {
        check::secret(secret)?;
        Err(unsupported())
    })
}

/// `virSecretGetUUID`: Gets the secret's UUID.
#[no_mangle]
pub unsafe extern "C" fn virSecretGetUUID(secret: virSecretPtr, uuid: *mut c_uchar) -> c_int {
    api(-1, "virSecretGetUUID", || {
        check::secret(secret)?;
        check::non_null(uuid, "uuid")?;
        Err(unsupported())
    })
}

/// `virSecretGetUUIDString`: Gets the secret's UUID string.
#[no_mangle]
pub unsafe extern "C" fn virSecretGetUUIDString(secret: virSecretPtr, buf: *mut c_char) -> c_int {
    api(-1, "virSecretGetUUIDString", || {
        check::secret(secret)?;
        check::non_null(buf, "buf")?;
        Err(unsupported())
    })
}

/// `virSecretGetUsageID`: Gets the secret's usage ID.
#[no_mangle]
pub unsafe extern "C" fn virSecretGetUsageID(secret: virSecretPtr) -> *const c_char {
    api(ptr::null_mut(), "virSecretGetUsageID", || {
        check::secret(secret)?;
        Err(unsupported())
    })
}

/// `virSecretGetUsageType`: Gets the secret's usage type.
#[no_mangle]
pub unsafe extern "C" fn virSecretGetUsageType(secret: virSecretPtr) -> c_int {
    api(-1, "virSecretGetUsageType", || {
        check::secret(secret)?;
        Err(unsupported())
    })
}

/// `virSecretGetValue`: Gets the secret's value.
#[no_mangle]
pub unsafe extern "C" fn virSecretGetValue(
    secret: virSecretPtr,
    value_size: *mut usize,
    flags: c_uint,
) -> *mut c_uchar {
    let _ = flags;
    api(ptr::null_mut(), "virSecretGetValue", || {
        let secret = check::secret(secret)?;
        check::writable(secret.conn())?;
        check::non_null(value_size, "value_size")?;
        Err(unsupported())
    })
}

/// `virSecretGetXMLDesc`: Gets the secret's XML desc.
#[no_mangle]
pub unsafe extern "C" fn virSecretGetXMLDesc(secret: virSecretPtr, flags: c_uint) -> *mut c_char {
    let _ = flags;
    api(ptr::null_mut(), "virSecretGetXMLDesc", || {
        check::secret(secret)?;
        Err(unsupported())
    })
}

/// `virSecretLookupByUUID`: Looks up a secret by UUID; returns a new handle, or NULL if there is none.
#[no_mangle]
pub unsafe extern "C" fn virSecretLookupByUUID(
    conn: virConnectPtr,
    uuid: *const c_uchar,
) -> virSecretPtr {
    api(ptr::null_mut(), "virSecretLookupByUUID", || {
        check::conn(conn)?;
        check::non_null(uuid, "uuid")?;
        Err(unsupported())
    })
}

/// `virSecretLookupByUUIDString`: Looks up a secret by UUID string; returns a new handle, or NULL if there is none.
#[no_mangle]
pub unsafe extern "C" fn virSecretLookupByUUIDString(
    conn: virConnectPtr,
    uuidstr: *const c_char,
) -> virSecretPtr {
    api(ptr::null_mut(), "virSecretLookupByUUIDString", || {
        check::conn(conn)?;
        check::non_null(uuidstr, "uuidstr")?;
        Err(unsupported())
    })
}

/// `virSecretLookupByUsage`: Looks up a secret by usage; returns a new handle, or NULL if there is none.
#[no_mangle]
pub unsafe extern "C" fn virSecretLookupByUsage(
    conn: virConnectPtr,
    usageType: c_int,
    usageID: *const c_char,
) -> virSecretPtr {
    let _ = usageType;
    api(ptr::null_mut(), "virSecretLookupByUsage", || {
        check::conn(conn)?;
        check::non_null(usageID, "usageID")?;
        Err(unsupported())
    })
}

/// `virSecretRef`: Takes one more reference to a secret; release it with the matching free call.
#[no_mangle]
pub unsafe extern "C" fn virSecretRef(secret: virSecretPtr) -> c_int {
    api(-1, "virSecretRef", || {
        check::secret(secret)?;
        Err(unsupported())
    })
}

/// `virSecretSetValue`: Sets the secret's value.
#[no_mangle]
pub unsafe extern "C" fn virSecretSetValue(
    secret: virSecretPtr,
    value: *const c_uchar,
    value_size: usize,
    flags: c_uint,
) -> c_int {
    let _ = value_size;
    let _ = flags;
    api(-1, "virSecretSetValue", || {
        let secret = check::secret(secret)?;
        check::writable(secret.conn())?;
        check::non_null(value, "value")?;
        Err(unsupported())
    })
}

/// `virSecretUndefine`: Undefines the secret.
#[no_mangle]
pub unsafe extern "C" fn virSecretUndefine(secret: virSecretPtr) -> c_int {
    api(-1, "virSecretUndefine", || {
        let secret = check::secret(secret)?;
        check::writable(secret.conn())?;
        Err(unsupported())
    })
}
