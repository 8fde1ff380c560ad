//! Entry points declared in `libvirt-secret.h`.

use crate::driver::events::{Family, ObjectKey};
use crate::ffi::event_callbacks;
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
    api!(-1, "virConnectListAllSecrets", |cx| {
        check::conn(cx, conn)?;
        Err(cx.unsupported())
    })
}

/// `virConnectListSecrets`: Lists the secrets of the connection.
#[no_mangle]
pub unsafe extern "C" fn virConnectListSecrets(
    conn: virConnectPtr,
    uuids: *mut *mut c_char,
    maxuuids: c_int,
) -> c_int {
    api!(-1, "virConnectListSecrets", |cx| {
        check::conn(cx, conn)?;
        check::non_null_array(cx, uuids, maxuuids as i64, "uuids")?;
        check::non_negative(cx, maxuuids, "maxuuids")?;
        Err(cx.unsupported())
    })
}

/// `virConnectNumOfSecrets`: Counts the secrets of the connection; -1 on error.
#[no_mangle]
pub unsafe extern "C" fn virConnectNumOfSecrets(conn: virConnectPtr) -> c_int {
    api!(-1, "virConnectNumOfSecrets", |cx| {
        check::conn(cx, conn)?;
        Err(cx.unsupported())
    })
}

/// `virConnectSecretEventDeregisterAny`: removes this connection's
/// registration `callbackID`.
#[no_mangle]
pub unsafe extern "C" fn virConnectSecretEventDeregisterAny(
    conn: virConnectPtr,
    callbackID: c_int,
) -> c_int {
    api!(-1, "virConnectSecretEventDeregisterAny", |cx| {
        let c = check::conn(cx, conn)?;
        check::non_negative(cx, callbackID, "callbackID")?;
        c.secret(cx)?;
        event_callbacks::deregister(c, callbackID)
    })
}

/// `virConnectSecretEventRegisterAny`: calls `cb` (of the type `eventID`
/// names) on every such event, about `secret` only when given; the
/// registration's id.
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
    api!(-1, "virConnectSecretEventRegisterAny", |cx| {
        let c = check::conn(cx, conn)?;
        let key = match secret.is_null() {
            true => None,
            false => {
                let o = check::secret(cx, secret)?;
                if !std::ptr::eq(o.conn(), c) {
                    return Err(event_callbacks::foreign_object(
                        cx,
                        "secret",
                        &format!("secret '{}'", crate::util::uuid::uuid_string(&o.id.uuid)),
                    ));
                }
                Some(ObjectKey::Uuid(o.id.uuid))
            }
        };
        event_callbacks::check_callback_and_id(
            cx,
            cb,
            eventID,
            virSecretEventID::VIR_SECRET_EVENT_ID_VALUE_CHANGED as c_int + 1,
        )?;
        c.secret(cx)?;
        let func = cb.map_or(0, |f| f as usize);
        event_callbacks::register_family(c, Family::Secret, eventID, key, func, opaque, freecb)
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
    api!(ptr::null_mut(), "virSecretDefineXML", |cx| {
        let conn = check::conn(cx, conn)?;
        check::writable(cx, conn.conn())?;
        check::non_null(cx, xml, "xml")?;
        Err(cx.unsupported())
    })
}

/// `virSecretFree`: Releases the caller's reference to a secret; it is freed with its last reference.
#[no_mangle]
pub unsafe extern "C" fn virSecretFree(secret: virSecretPtr) -> c_int {
    api!(-1, "virSecretFree", |cx| {
        check::secret(cx, secret)?;
        Err(cx.unsupported())
    })
}

/// `virSecretGetConnect`: Returns the connection the secret belongs to (no new reference).
#[no_mangle]
pub unsafe extern "C" fn virSecretGetConnect(secret: virSecretPtr) -> virConnectPtr {
    api!(ptr::null_mut(), "virSecretGetConnect", |cx| {
        check::secret(cx, secret)?;
        Err(cx.unsupported())
    })
}

/// `virSecretGetUUID`: Gets the secret's UUID.
#[no_mangle]
pub unsafe extern "C" fn virSecretGetUUID(secret: virSecretPtr, uuid: *mut c_uchar) -> c_int {
    api!(-1, "virSecretGetUUID", |cx| {
        check::secret(cx, secret)?;
        check::non_null(cx, uuid, "uuid")?;
        Err(cx.unsupported())
    })
}

/// `virSecretGetUUIDString`: Gets the secret's UUID string.
#[no_mangle]
pub unsafe extern "C" fn virSecretGetUUIDString(secret: virSecretPtr, buf: *mut c_char) -> c_int {
    api!(-1, "virSecretGetUUIDString", |cx| {
        check::secret(cx, secret)?;
        check::non_null(cx, buf, "buf")?;
        Err(cx.unsupported())
    })
}

/// `virSecretGetUsageID`: Gets the secret's usage ID.
#[no_mangle]
pub unsafe extern "C" fn virSecretGetUsageID(secret: virSecretPtr) -> *const c_char {
    api!(ptr::null_mut(), "virSecretGetUsageID", |cx| {
        check::secret(cx, secret)?;
        Err(cx.unsupported())
    })
}

/// `virSecretGetUsageType`: Gets the secret's usage type.
#[no_mangle]
pub unsafe extern "C" fn virSecretGetUsageType(secret: virSecretPtr) -> c_int {
    api!(-1, "virSecretGetUsageType", |cx| {
        check::secret(cx, secret)?;
        Err(cx.unsupported())
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
    api!(ptr::null_mut(), "virSecretGetValue", |cx| {
        let secret = check::secret(cx, secret)?;
        check::writable(cx, secret.conn())?;
        check::non_null(cx, value_size, "value_size")?;
        Err(cx.unsupported())
    })
}

/// `virSecretGetXMLDesc`: Gets the secret's XML desc.
#[no_mangle]
pub unsafe extern "C" fn virSecretGetXMLDesc(secret: virSecretPtr, flags: c_uint) -> *mut c_char {
    let _ = flags;
    api!(ptr::null_mut(), "virSecretGetXMLDesc", |cx| {
        check::secret(cx, secret)?;
        Err(cx.unsupported())
    })
}

/// `virSecretLookupByUUID`: Looks up a secret by UUID; returns a new handle, or NULL if there is none.
#[no_mangle]
pub unsafe extern "C" fn virSecretLookupByUUID(
    conn: virConnectPtr,
    uuid: *const c_uchar,
) -> virSecretPtr {
    api!(ptr::null_mut(), "virSecretLookupByUUID", |cx| {
        let c = check::conn(cx, conn)?;
        check::non_null(cx, uuid, "uuid")?;
        let uuid = &*(uuid as *const [u8; 16]);
        let id = c.secret(cx)?.secret_lookup_by_uuid(cx, uuid)?;
        Ok(marshal::new_handle(Secret::new(c.to_arc(), id)))
    })
}

/// `virSecretLookupByUUIDString`: Looks up a secret by UUID string; returns a new handle, or NULL if there is none.
#[no_mangle]
pub unsafe extern "C" fn virSecretLookupByUUIDString(
    conn: virConnectPtr,
    uuidstr: *const c_char,
) -> virSecretPtr {
    api!(ptr::null_mut(), "virSecretLookupByUUIDString", |cx| {
        check::conn(cx, conn)?;
        let uuid = convert::uuid_arg(
            cx,
            uuidstr,
            "uuidstr in virSecretLookupByUUIDString must be a valid UUID",
        )?;
        // libvirt answers with the by-UUID call itself, which reports (and
        // names itself in) its own errors.
        Ok(virSecretLookupByUUID(conn, uuid.as_ptr()))
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
    api!(ptr::null_mut(), "virSecretLookupByUsage", |cx| {
        check::conn(cx, conn)?;
        check::non_null(cx, usageID, "usageID")?;
        Err(cx.unsupported())
    })
}

/// `virSecretRef`: Takes one more reference to a secret; release it with the matching free call.
#[no_mangle]
pub unsafe extern "C" fn virSecretRef(secret: virSecretPtr) -> c_int {
    api!(-1, "virSecretRef", |cx| {
        check::secret(cx, secret)?;
        Err(cx.unsupported())
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
    api!(-1, "virSecretSetValue", |cx| {
        let secret = check::secret(cx, secret)?;
        check::writable(cx, secret.conn())?;
        check::non_null(cx, value, "value")?;
        Err(cx.unsupported())
    })
}

/// `virSecretUndefine`: Undefines the secret.
#[no_mangle]
pub unsafe extern "C" fn virSecretUndefine(secret: virSecretPtr) -> c_int {
    api!(-1, "virSecretUndefine", |cx| {
        let secret = check::secret(cx, secret)?;
        check::writable(cx, secret.conn())?;
        Err(cx.unsupported())
    })
}
