//! Entry points declared in `libvirt-nwfilter.h`.

use crate::ffi::prelude::*;

entry_point_domain!(VIR_FROM_NWFILTER);

/// `virConnectListAllNWFilterBindings`: connect list all NW filter bindings.
#[no_mangle]
pub unsafe extern "C" fn virConnectListAllNWFilterBindings(
    conn: virConnectPtr,
    bindings: *mut *mut virNWFilterBindingPtr,
    flags: c_uint,
) -> c_int {
    let _ = bindings;
    let _ = flags;
    api!(-1, "virConnectListAllNWFilterBindings", |cx| {
        check::conn(cx, conn)?;
        Err(cx.unsupported())
    })
}

/// `virConnectListAllNWFilters`: connect list all NW filters.
#[no_mangle]
pub unsafe extern "C" fn virConnectListAllNWFilters(
    conn: virConnectPtr,
    filters: *mut *mut virNWFilterPtr,
    flags: c_uint,
) -> c_int {
    let _ = filters;
    let _ = flags;
    api!(-1, "virConnectListAllNWFilters", |cx| {
        check::conn(cx, conn)?;
        Err(cx.unsupported())
    })
}

/// `virConnectListNWFilters`: connect list NW filters.
#[no_mangle]
pub unsafe extern "C" fn virConnectListNWFilters(
    conn: virConnectPtr,
    names: *mut *mut c_char,
    maxnames: c_int,
) -> c_int {
    api!(-1, "virConnectListNWFilters", |cx| {
        check::conn(cx, conn)?;
        check::non_null_array(cx, names, maxnames as i64, "names")?;
        check::non_negative(cx, maxnames, "maxnames")?;
        Err(cx.unsupported())
    })
}

/// `virConnectNumOfNWFilters`: connect num of NW filters.
#[no_mangle]
pub unsafe extern "C" fn virConnectNumOfNWFilters(conn: virConnectPtr) -> c_int {
    api!(-1, "virConnectNumOfNWFilters", |cx| {
        check::conn(cx, conn)?;
        Err(cx.unsupported())
    })
}

/// `virNWFilterBindingCreateXML`: NW filter binding create XML.
#[no_mangle]
pub unsafe extern "C" fn virNWFilterBindingCreateXML(
    conn: virConnectPtr,
    xml: *const c_char,
    flags: c_uint,
) -> virNWFilterBindingPtr {
    let _ = flags;
    api!(ptr::null_mut(), "virNWFilterBindingCreateXML", |cx| {
        let conn = check::conn(cx, conn)?;
        check::non_null(cx, xml, "xml")?;
        check::writable(cx, conn.conn())?;
        Err(cx.unsupported())
    })
}

/// `virNWFilterBindingDelete`: NW filter binding delete.
#[no_mangle]
pub unsafe extern "C" fn virNWFilterBindingDelete(binding: virNWFilterBindingPtr) -> c_int {
    api!(-1, "virNWFilterBindingDelete", |cx| {
        let binding = check::nwfilter_binding(cx, binding)?;
        check::writable(cx, binding.conn())?;
        Err(cx.unsupported())
    })
}

/// `virNWFilterBindingFree`: NW filter binding free.
#[no_mangle]
pub unsafe extern "C" fn virNWFilterBindingFree(binding: virNWFilterBindingPtr) -> c_int {
    api!(-1, "virNWFilterBindingFree", |cx| {
        check::nwfilter_binding(cx, binding)?;
        Err(cx.unsupported())
    })
}

/// `virNWFilterBindingGetFilterName`: NW filter binding get filter name.
#[no_mangle]
pub unsafe extern "C" fn virNWFilterBindingGetFilterName(
    binding: virNWFilterBindingPtr,
) -> *const c_char {
    api!(ptr::null_mut(), "virNWFilterBindingGetFilterName", |cx| {
        check::nwfilter_binding(cx, binding)?;
        Err(cx.unsupported())
    })
}

/// `virNWFilterBindingGetPortDev`: NW filter binding get port dev.
#[no_mangle]
pub unsafe extern "C" fn virNWFilterBindingGetPortDev(
    binding: virNWFilterBindingPtr,
) -> *const c_char {
    api!(ptr::null_mut(), "virNWFilterBindingGetPortDev", |cx| {
        check::nwfilter_binding(cx, binding)?;
        Err(cx.unsupported())
    })
}

/// `virNWFilterBindingGetXMLDesc`: NW filter binding get XML desc.
#[no_mangle]
pub unsafe extern "C" fn virNWFilterBindingGetXMLDesc(
    binding: virNWFilterBindingPtr,
    flags: c_uint,
) -> *mut c_char {
    let _ = flags;
    api!(ptr::null_mut(), "virNWFilterBindingGetXMLDesc", |cx| {
        check::nwfilter_binding(cx, binding)?;
        Err(cx.unsupported())
    })
}

/// `virNWFilterBindingLookupByPortDev`: NW filter binding lookup by port dev.
#[no_mangle]
pub unsafe extern "C" fn virNWFilterBindingLookupByPortDev(
    conn: virConnectPtr,
    portdev: *const c_char,
) -> virNWFilterBindingPtr {
    api!(ptr::null_mut(), "virNWFilterBindingLookupByPortDev", |cx| {
        check::conn(cx, conn)?;
        check::non_null(cx, portdev, "portdev")?;
        Err(cx.unsupported())
    })
}

/// `virNWFilterBindingRef`: NW filter binding ref.
#[no_mangle]
pub unsafe extern "C" fn virNWFilterBindingRef(binding: virNWFilterBindingPtr) -> c_int {
    api!(-1, "virNWFilterBindingRef", |cx| {
        check::nwfilter_binding(cx, binding)?;
        Err(cx.unsupported())
    })
}

/// `virNWFilterDefineXML`: NW filter define XML.
#[no_mangle]
pub unsafe extern "C" fn virNWFilterDefineXML(
    conn: virConnectPtr,
    xmlDesc: *const c_char,
) -> virNWFilterPtr {
    api!(ptr::null_mut(), "virNWFilterDefineXML", |cx| {
        let conn = check::conn(cx, conn)?;
        check::non_null(cx, xmlDesc, "xmlDesc")?;
        check::writable(cx, conn.conn())?;
        Err(cx.unsupported())
    })
}

/// `virNWFilterDefineXMLFlags`: NW filter define XML flags.
#[no_mangle]
pub unsafe extern "C" fn virNWFilterDefineXMLFlags(
    conn: virConnectPtr,
    xmlDesc: *const c_char,
    flags: c_uint,
) -> virNWFilterPtr {
    let _ = flags;
    api!(ptr::null_mut(), "virNWFilterDefineXMLFlags", |cx| {
        let conn = check::conn(cx, conn)?;
        check::non_null(cx, xmlDesc, "xmlDesc")?;
        check::writable(cx, conn.conn())?;
        Err(cx.unsupported())
    })
}

/// `virNWFilterFree`: NW filter free.
#[no_mangle]
pub unsafe extern "C" fn virNWFilterFree(nwfilter: virNWFilterPtr) -> c_int {
    api!(-1, "virNWFilterFree", |cx| {
        check::nwfilter(cx, nwfilter)?;
        Err(cx.unsupported())
    })
}

/// `virNWFilterGetName`: NW filter get name.
#[no_mangle]
pub unsafe extern "C" fn virNWFilterGetName(nwfilter: virNWFilterPtr) -> *const c_char {
    api!(ptr::null_mut(), "virNWFilterGetName", |cx| {
        check::nwfilter(cx, nwfilter)?;
        Err(cx.unsupported())
    })
}

/// `virNWFilterGetUUID`: NW filter get UUID.
#[no_mangle]
pub unsafe extern "C" fn virNWFilterGetUUID(nwfilter: virNWFilterPtr, uuid: *mut c_uchar) -> c_int {
    api!(-1, "virNWFilterGetUUID", |cx| {
        check::nwfilter(cx, nwfilter)?;
        check::non_null(cx, uuid, "uuid")?;
        Err(cx.unsupported())
    })
}

/// `virNWFilterGetUUIDString`: NW filter get UUID string.
#[no_mangle]
pub unsafe extern "C" fn virNWFilterGetUUIDString(
    nwfilter: virNWFilterPtr,
    buf: *mut c_char,
) -> c_int {
    api!(-1, "virNWFilterGetUUIDString", |cx| {
        check::nwfilter(cx, nwfilter)?;
        check::non_null(cx, buf, "buf")?;
        Err(cx.unsupported())
    })
}

/// `virNWFilterGetXMLDesc`: NW filter get XML desc.
#[no_mangle]
pub unsafe extern "C" fn virNWFilterGetXMLDesc(
    nwfilter: virNWFilterPtr,
    flags: c_uint,
) -> *mut c_char {
    let _ = flags;
    api!(ptr::null_mut(), "virNWFilterGetXMLDesc", |cx| {
        check::nwfilter(cx, nwfilter)?;
        Err(cx.unsupported())
    })
}

/// `virNWFilterLookupByName`: NW filter lookup by name.
#[no_mangle]
pub unsafe extern "C" fn virNWFilterLookupByName(
    conn: virConnectPtr,
    name: *const c_char,
) -> virNWFilterPtr {
    api!(ptr::null_mut(), "virNWFilterLookupByName", |cx| {
        let c = check::conn(cx, conn)?;
        let name = convert::str(cx, name, "name")?;
        let id = c.nwfilter(cx)?.nwfilter_lookup_by_name(cx, name)?;
        Ok(marshal::new_handle(NWFilter::new(c.to_arc(), id)))
    })
}

/// `virNWFilterLookupByUUID`: NW filter lookup by UUID.
#[no_mangle]
pub unsafe extern "C" fn virNWFilterLookupByUUID(
    conn: virConnectPtr,
    uuid: *const c_uchar,
) -> virNWFilterPtr {
    api!(ptr::null_mut(), "virNWFilterLookupByUUID", |cx| {
        check::conn(cx, conn)?;
        check::non_null(cx, uuid, "uuid")?;
        Err(cx.unsupported())
    })
}

/// `virNWFilterLookupByUUIDString`: NW filter lookup by UUID string.
#[no_mangle]
pub unsafe extern "C" fn virNWFilterLookupByUUIDString(
    conn: virConnectPtr,
    uuidstr: *const c_char,
) -> virNWFilterPtr {
    api!(ptr::null_mut(), "virNWFilterLookupByUUIDString", |cx| {
        check::conn(cx, conn)?;
        let uuid = convert::uuid_arg(
            cx,
            uuidstr,
            "uuidstr in virNWFilterLookupByUUIDString must be a valid UUID",
        )?;
        // libvirt answers with the by-UUID call itself, which reports (and
        // names itself in) its own errors.
        Ok(virNWFilterLookupByUUID(conn, uuid.as_ptr()))
    })
}

/// `virNWFilterRef`: NW filter ref.
#[no_mangle]
pub unsafe extern "C" fn virNWFilterRef(nwfilter: virNWFilterPtr) -> c_int {
    api!(-1, "virNWFilterRef", |cx| {
        check::nwfilter(cx, nwfilter)?;
        Err(cx.unsupported())
    })
}

/// `virNWFilterUndefine`: NW filter undefine.
#[no_mangle]
pub unsafe extern "C" fn virNWFilterUndefine(nwfilter: virNWFilterPtr) -> c_int {
    api!(-1, "virNWFilterUndefine", |cx| {
        let nwfilter = check::nwfilter(cx, nwfilter)?;
        check::writable(cx, nwfilter.conn())?;
        Err(cx.unsupported())
    })
}
