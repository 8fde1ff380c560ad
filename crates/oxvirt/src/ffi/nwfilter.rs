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
    api(-1, "virConnectListAllNWFilterBindings", || {
        check::conn(conn)?;
        Err(unsupported())
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
    api(-1, "virConnectListAllNWFilters", || {
        check::conn(conn)?;
        Err(unsupported())
    })
}

/// `virConnectListNWFilters`: connect list NW filters.
#[no_mangle]
pub unsafe extern "C" fn virConnectListNWFilters(
    conn: virConnectPtr,
    names: *mut *mut c_char,
    maxnames: c_int,
) -> c_int {
    api(-1, "virConnectListNWFilters", || {
        check::conn(conn)?;
        check::non_null_array(names, maxnames as i64, "names")?;
        check::non_negative(maxnames, "maxnames")?;
        Err(unsupported())
    })
}

/// `virConnectNumOfNWFilters`: connect num of NW filters.
#[no_mangle]
pub unsafe extern "C" fn virConnectNumOfNWFilters(conn: virConnectPtr) -> c_int {
    api(-1, "virConnectNumOfNWFilters", || {
        check::conn(conn)?;
        Err(unsupported())
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
    api(ptr::null_mut(), "virNWFilterBindingCreateXML", || {
        let conn = check::conn(conn)?;
        check::non_null(xml, "xml")?;
        check::writable(conn.conn())?;
        Err(unsupported())
    })
}

/// `virNWFilterBindingDelete`: NW filter binding delete.
#[no_mangle]
pub unsafe extern "C" fn virNWFilterBindingDelete(binding: virNWFilterBindingPtr) -> c_int {
    api(-1, "virNWFilterBindingDelete", || {
        let binding = check::nwfilter_binding(binding)?;
        check::writable(binding.conn())?;
        Err(unsupported())
    })
}

/// `virNWFilterBindingFree`: NW filter binding free.
#[no_mangle]
pub unsafe extern "C" fn virNWFilterBindingFree(binding: virNWFilterBindingPtr) -> c_int {
    api(-1, "virNWFilterBindingFree", || {
        check::nwfilter_binding(binding)?;
        Err(unsupported())
    })
}

/// `virNWFilterBindingGetFilterName`: NW filter binding get filter name.
#[no_mangle]
pub unsafe extern "C" fn virNWFilterBindingGetFilterName(
    binding: virNWFilterBindingPtr,
) -> *const c_char {
    api(ptr::null_mut(), "virNWFilterBindingGetFilterName", || {
        check::nwfilter_binding(binding)?;
        Err(unsupported())
    })
}

/// `virNWFilterBindingGetPortDev`: NW filter binding get port dev.
#[no_mangle]
pub unsafe extern "C" fn virNWFilterBindingGetPortDev(
    binding: virNWFilterBindingPtr,
) -> *const c_char {
    api(ptr::null_mut(), "virNWFilterBindingGetPortDev", || {
        check::nwfilter_binding(binding)?;
        Err(unsupported())
    })
}

/// `virNWFilterBindingGetXMLDesc`: NW filter binding get XML desc.
#[no_mangle]
pub unsafe extern "C" fn virNWFilterBindingGetXMLDesc(
    binding: virNWFilterBindingPtr,
    flags: c_uint,
) -> *mut c_char {
    let _ = flags;
    api(ptr::null_mut(), "virNWFilterBindingGetXMLDesc", || {
        check::nwfilter_binding(binding)?;
        Err(unsupported())
    })
}

/// `virNWFilterBindingLookupByPortDev`: NW filter binding lookup by port dev.
#[no_mangle]
pub unsafe extern "C" fn virNWFilterBindingLookupByPortDev(
    conn: virConnectPtr,
    portdev: *const c_char,
) -> virNWFilterBindingPtr {
    api(ptr::null_mut(), "virNWFilterBindingLookupByPortDev", || {
        check::conn(conn)?;
        check::non_null(portdev, "portdev")?;
        Err(unsupported())
    })
}

/// `virNWFilterBindingRef`: NW filter binding ref.
#[no_mangle]
pub unsafe extern "C" fn virNWFilterBindingRef(binding: virNWFilterBindingPtr) -> c_int {
    api(-1, "virNWFilterBindingRef", || {
        check::nwfilter_binding(binding)?;
        Err(unsupported())
    })
}

/// `virNWFilterDefineXML`: NW filter define XML.
#[no_mangle]
pub unsafe extern "C" fn virNWFilterDefineXML(
    conn: virConnectPtr,
    xmlDesc: *const c_char,
) -> virNWFilterPtr {
    api(ptr::null_mut(), "virNWFilterDefineXML", || {
        let conn = check::conn(conn)?;
        check::non_null(xmlDesc, "xmlDesc")?;
        check::writable(conn.conn())?;
        Err(unsupported())
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
    api(ptr::null_mut(), "virNWFilterDefineXMLFlags", || {
        let conn = check::conn(conn)?;
        check::non_null(xmlDesc, "xmlDesc")?;
        check::writable(conn.conn())?;
        Err(unsupported())
    })
}

/// `virNWFilterFree`: NW filter free.
#[no_mangle]
pub unsafe extern "C" fn virNWFilterFree(nwfilter: virNWFilterPtr) -> c_int {
    api(-1, "virNWFilterFree", || {
        check::nwfilter(nwfilter)?;
        Err(unsupported())
    })
}

/// `virNWFilterGetName`: NW filter get name.
#[no_mangle]
pub unsafe extern "C" fn virNWFilterGetName(nwfilter: virNWFilterPtr) -> *const c_char {
    api(ptr::null_mut(), "virNWFilterGetName", || {
        check::nwfilter(nwfilter)?;
        Err(unsupported())
    })
}

/// `virNWFilterGetUUID`: NW filter get UUID.
#[no_mangle]
pub unsafe extern "C" fn virNWFilterGetUUID(nwfilter: virNWFilterPtr, uuid: *mut c_uchar) -> c_int {
    api(-1, "virNWFilterGetUUID", || {
        check::nwfilter(nwfilter)?;
        check::non_null(uuid, "uuid")?;
        Err(unsupported())
    })
}

/// `virNWFilterGetUUIDString`: NW filter get UUID string.
#[no_mangle]
pub unsafe extern "C" fn virNWFilterGetUUIDString(
    nwfilter: virNWFilterPtr,
    buf: *mut c_char,
) -> c_int {
    api(-1, "virNWFilterGetUUIDString", || {
        check::nwfilter(nwfilter)?;
        check::non_null(buf, "buf")?;
        Err(unsupported())
    })
}

/// `virNWFilterGetXMLDesc`: NW filter get XML desc.
#[no_mangle]
pub unsafe extern "C" fn virNWFilterGetXMLDesc(
    nwfilter: virNWFilterPtr,
    flags: c_uint,
) -> *mut c_char {
    let _ = flags;
    api(ptr::null_mut(), "virNWFilterGetXMLDesc", || {
        check::nwfilter(nwfilter)?;
        Err(unsupported())
    })
}

/// `virNWFilterLookupByName`: NW filter lookup by name.
#[no_mangle]
pub unsafe extern "C" fn virNWFilterLookupByName(
    conn: virConnectPtr,
    name: *const c_char,
) -> virNWFilterPtr {
    api(ptr::null_mut(), "virNWFilterLookupByName", || {
        check::conn(conn)?;
        check::non_null(name, "name")?;
        Err(unsupported())
    })
}

/// `virNWFilterLookupByUUID`: NW filter lookup by UUID.
#[no_mangle]
pub unsafe extern "C" fn virNWFilterLookupByUUID(
    conn: virConnectPtr,
    uuid: *const c_uchar,
) -> virNWFilterPtr {
    api(ptr::null_mut(), "virNWFilterLookupByUUID", || {
        check::conn(conn)?;
        check::non_null(uuid, "uuid")?;
        Err(unsupported())
    })
}

/// `virNWFilterLookupByUUIDString`: NW filter lookup by UUID string.
#[no_mangle]
pub unsafe extern "C" fn virNWFilterLookupByUUIDString(
    conn: virConnectPtr,
    uuidstr: *const c_char,
) -> virNWFilterPtr {
    api(ptr::null_mut(), "virNWFilterLookupByUUIDString", || {
        check::conn(conn)?;
        check::non_null(uuidstr, "uuidstr")?;
        Err(unsupported())
    })
}

/// `virNWFilterRef`: NW filter ref.
#[no_mangle]
pub unsafe extern "C" fn virNWFilterRef(nwfilter: virNWFilterPtr) -> c_int {
    api(-1, "virNWFilterRef", || {
        check::nwfilter(nwfilter)?;
        Err(unsupported())
    })
}

/// `virNWFilterUndefine`: NW filter undefine.
#[no_mangle]
pub unsafe extern "C" fn virNWFilterUndefine(nwfilter: virNWFilterPtr) -> c_int {
    api(-1, "virNWFilterUndefine", || {
        let nwfilter = check::nwfilter(nwfilter)?;
        check::writable(nwfilter.conn())?;
        Err(unsupported())
    })
}
