//! Entry points declared in `libvirt-host.h`.

use crate::ffi::prelude::*;

entry_point_domain!(VIR_FROM_DOMAIN);

/// `virConnectBaselineCPU`: connect baseline CPU.
#[no_mangle]
pub unsafe extern "C" fn virConnectBaselineCPU(
    conn: virConnectPtr,
    xmlCPUs: *mut *const c_char,
    ncpus: c_uint,
    flags: c_uint,
) -> *mut c_char {
    let _ = ncpus;
    let _ = flags;
    api(ptr::null_mut(), "virConnectBaselineCPU", || {
        check::conn(conn)?;
        check::non_null(xmlCPUs, "xmlCPUs")?;
        Err(unsupported())
    })
}

/// `virConnectBaselineHypervisorCPU`: connect baseline hypervisor CPU.
#[no_mangle]
pub unsafe extern "C" fn virConnectBaselineHypervisorCPU(
    conn: virConnectPtr,
    emulator: *const c_char,
    arch: *const c_char,
    machine: *const c_char,
    virttype: *const c_char,
    xmlCPUs: *mut *const c_char,
    ncpus: c_uint,
    flags: c_uint,
) -> *mut c_char {
    let _ = emulator;
    let _ = arch;
    let _ = machine;
    let _ = virttype;
    let _ = ncpus;
    let _ = flags;
    api(ptr::null_mut(), "virConnectBaselineHypervisorCPU", || {
        let conn = check::conn(conn)?;
        check::non_null(xmlCPUs, "xmlCPUs")?;
        check::writable(conn.conn())?;
        Err(unsupported())
    })
}

/// `virConnectClose`: connect close.
#[no_mangle]
pub unsafe extern "C" fn virConnectClose(conn: virConnectPtr) -> c_int {
    api(-1, "virConnectClose", || {
        check::conn(conn)?;
        Err(unsupported())
    })
}

/// `virConnectCompareCPU`: connect compare CPU.
#[no_mangle]
pub unsafe extern "C" fn virConnectCompareCPU(
    conn: virConnectPtr,
    xmlDesc: *const c_char,
    flags: c_uint,
) -> c_int {
    let _ = flags;
    api(-1, "virConnectCompareCPU", || {
        check::conn(conn)?;
        check::non_null(xmlDesc, "xmlDesc")?;
        Err(unsupported())
    })
}

/// `virConnectCompareHypervisorCPU`: connect compare hypervisor CPU.
#[no_mangle]
pub unsafe extern "C" fn virConnectCompareHypervisorCPU(
    conn: virConnectPtr,
    emulator: *const c_char,
    arch: *const c_char,
    machine: *const c_char,
    virttype: *const c_char,
    xmlCPU: *const c_char,
    flags: c_uint,
) -> c_int {
    let _ = emulator;
    let _ = arch;
    let _ = machine;
    let _ = virttype;
    let _ = flags;
    api(-1, "virConnectCompareHypervisorCPU", || {
        let conn = check::conn(conn)?;
        check::non_null(xmlCPU, "xmlCPU")?;
        check::writable(conn.conn())?;
        Err(unsupported())
    })
}

/// `virConnectGetCPUModelNames`: connect get CPU model names.
#[no_mangle]
pub unsafe extern "C" fn virConnectGetCPUModelNames(
    conn: virConnectPtr,
    arch: *const c_char,
    models: *mut *mut *mut c_char,
    flags: c_uint,
) -> c_int {
    let _ = models;
    let _ = flags;
    api(-1, "virConnectGetCPUModelNames", || {
        check::conn(conn)?;
        check::non_null(arch, "arch")?;
        Err(unsupported())
    })
}

/// `virConnectGetCapabilities`: connect get capabilities.
#[no_mangle]
pub unsafe extern "C" fn virConnectGetCapabilities(conn: virConnectPtr) -> *mut c_char {
    api(ptr::null_mut(), "virConnectGetCapabilities", || {
        check::conn(conn)?;
        Err(unsupported())
    })
}

/// `virConnectGetHostname`: connect get hostname.
#[no_mangle]
pub unsafe extern "C" fn virConnectGetHostname(conn: virConnectPtr) -> *mut c_char {
    api(ptr::null_mut(), "virConnectGetHostname", || {
        check::conn(conn)?;
        Err(unsupported())
    })
}

/// `virConnectGetLibVersion`: connect get lib version.
#[no_mangle]
pub unsafe extern "C" fn virConnectGetLibVersion(
    conn: virConnectPtr,
    libVer: *mut c_ulong,
) -> c_int {
    api(-1, "virConnectGetLibVersion", || {
        check::conn(conn)?;
        check::non_null(libVer, "libVer")?;
        Err(unsupported())
    })
}

/// `virConnectGetMaxVcpus`: connect get max vcpus.
#[no_mangle]
pub unsafe extern "C" fn virConnectGetMaxVcpus(
    conn: virConnectPtr,
    r#type: *const c_char,
) -> c_int {
    let _ = r#type;
    api(-1, "virConnectGetMaxVcpus", || {
        check::conn(conn)?;
        Err(unsupported())
    })
}

/// `virConnectGetSysinfo`: connect get sysinfo.
#[no_mangle]
pub unsafe extern "C" fn virConnectGetSysinfo(conn: virConnectPtr, flags: c_uint) -> *mut c_char {
    let _ = flags;
    api(ptr::null_mut(), "virConnectGetSysinfo", || {
        check::conn(conn)?;
        Err(unsupported())
    })
}

/// `virConnectGetType`: connect get type.
#[no_mangle]
pub unsafe extern "C" fn virConnectGetType(conn: virConnectPtr) -> *const c_char {
    api(ptr::null_mut(), "virConnectGetType", || {
        check::conn(conn)?;
        Err(unsupported())
    })
}

/// `virConnectGetURI`: connect get URI.
#[no_mangle]
pub unsafe extern "C" fn virConnectGetURI(conn: virConnectPtr) -> *mut c_char {
    api(ptr::null_mut(), "virConnectGetURI", || {
        check::conn(conn)?;
        Err(unsupported())
    })
}

/// `virConnectGetVersion`: connect get version.
#[no_mangle]
pub unsafe extern "C" fn virConnectGetVersion(conn: virConnectPtr, hvVer: *mut c_ulong) -> c_int {
    api(-1, "virConnectGetVersion", || {
        check::conn(conn)?;
        check::non_null(hvVer, "hvVer")?;
        Err(unsupported())
    })
}

/// `virConnectIsAlive`: connect is alive.
#[no_mangle]
pub unsafe extern "C" fn virConnectIsAlive(conn: virConnectPtr) -> c_int {
    api(-1, "virConnectIsAlive", || {
        check::conn(conn)?;
        Err(unsupported())
    })
}

/// `virConnectIsEncrypted`: connect is encrypted.
#[no_mangle]
pub unsafe extern "C" fn virConnectIsEncrypted(conn: virConnectPtr) -> c_int {
    api(-1, "virConnectIsEncrypted", || {
        check::conn(conn)?;
        Err(unsupported())
    })
}

/// `virConnectIsSecure`: connect is secure.
#[no_mangle]
pub unsafe extern "C" fn virConnectIsSecure(conn: virConnectPtr) -> c_int {
    api(-1, "virConnectIsSecure", || {
        check::conn(conn)?;
        Err(unsupported())
    })
}

/// `virConnectOpen`: connect open.
#[no_mangle]
pub unsafe extern "C" fn virConnectOpen(name: *const c_char) -> virConnectPtr {
    let _ = name;
    api(ptr::null_mut(), "virConnectOpen", || Err(unsupported()))
}

/// `virConnectOpenAuth`: connect open auth.
#[no_mangle]
pub unsafe extern "C" fn virConnectOpenAuth(
    name: *const c_char,
    auth: virConnectAuthPtr,
    flags: c_uint,
) -> virConnectPtr {
    let _ = name;
    let _ = auth;
    let _ = flags;
    api(ptr::null_mut(), "virConnectOpenAuth", || Err(unsupported()))
}

/// `virConnectOpenReadOnly`: connect open read only.
#[no_mangle]
pub unsafe extern "C" fn virConnectOpenReadOnly(name: *const c_char) -> virConnectPtr {
    let _ = name;
    api(ptr::null_mut(), "virConnectOpenReadOnly", || {
        Err(unsupported())
    })
}

/// `virConnectRef`: connect ref.
#[no_mangle]
pub unsafe extern "C" fn virConnectRef(conn: virConnectPtr) -> c_int {
    api(-1, "virConnectRef", || {
        check::conn(conn)?;
        Err(unsupported())
    })
}

/// `virConnectRegisterCloseCallback`: connect register close callback.
#[no_mangle]
pub unsafe extern "C" fn virConnectRegisterCloseCallback(
    conn: virConnectPtr,
    cb: virConnectCloseFunc,
    opaque: *mut c_void,
    freecb: virFreeCallback,
) -> c_int {
    let _ = opaque;
    let _ = freecb;
    api(-1, "virConnectRegisterCloseCallback", || {
        check::conn(conn)?;
        check::non_null(cb, "cb")?;
        Err(unsupported())
    })
}

/// `virConnectSetIdentity`: connect set identity.
#[no_mangle]
pub unsafe extern "C" fn virConnectSetIdentity(
    conn: virConnectPtr,
    params: virTypedParameterPtr,
    nparams: c_int,
    flags: c_uint,
) -> c_int {
    let _ = conn;
    let _ = params;
    let _ = nparams;
    let _ = flags;
    api(-1, "virConnectSetIdentity", || Err(unsupported()))
}

/// `virConnectSetKeepAlive`: connect set keep alive.
#[no_mangle]
pub unsafe extern "C" fn virConnectSetKeepAlive(
    conn: virConnectPtr,
    interval: c_int,
    count: c_uint,
) -> c_int {
    let _ = interval;
    let _ = count;
    api(-1, "virConnectSetKeepAlive", || {
        check::conn(conn)?;
        Err(unsupported())
    })
}

/// `virConnectUnregisterCloseCallback`: connect unregister close callback.
#[no_mangle]
pub unsafe extern "C" fn virConnectUnregisterCloseCallback(
    conn: virConnectPtr,
    cb: virConnectCloseFunc,
) -> c_int {
    api(-1, "virConnectUnregisterCloseCallback", || {
        check::conn(conn)?;
        check::non_null(cb, "cb")?;
        Err(unsupported())
    })
}

/// `virGetVersion`: get version.
#[no_mangle]
pub unsafe extern "C" fn virGetVersion(
    libVer: *mut c_ulong,
    r#type: *const c_char,
    typeVer: *mut c_ulong,
) -> c_int {
    let _ = libVer;
    let _ = r#type;
    let _ = typeVer;
    api(-1, "virGetVersion", || Err(unsupported()))
}

/// `virInitialize`: initialize.
#[no_mangle]
pub unsafe extern "C" fn virInitialize() -> c_int {
    api(-1, "virInitialize", || Err(unsupported()))
}

/// `virNodeAllocPages`: node alloc pages.
#[no_mangle]
pub unsafe extern "C" fn virNodeAllocPages(
    conn: virConnectPtr,
    npages: c_uint,
    pageSizes: *mut c_uint,
    pageCounts: *mut c_ulonglong,
    startCell: c_int,
    cellCount: c_uint,
    flags: c_uint,
) -> c_int {
    let _ = startCell;
    let _ = flags;
    api(-1, "virNodeAllocPages", || {
        let conn = check::conn(conn)?;
        check::writable(conn.conn())?;
        check::non_zero(npages, "npages")?;
        check::non_null(pageSizes, "pageSizes")?;
        check::non_null(pageCounts, "pageCounts")?;
        check::non_zero(cellCount, "cellCount")?;
        Err(unsupported())
    })
}

/// `virNodeGetCPUMap`: node get CPU map.
#[no_mangle]
pub unsafe extern "C" fn virNodeGetCPUMap(
    conn: virConnectPtr,
    cpumap: *mut *mut c_uchar,
    online: *mut c_uint,
    flags: c_uint,
) -> c_int {
    let _ = cpumap;
    let _ = online;
    let _ = flags;
    api(-1, "virNodeGetCPUMap", || {
        check::conn(conn)?;
        Err(unsupported())
    })
}

/// `virNodeGetCPUStats`: node get CPU stats.
#[no_mangle]
pub unsafe extern "C" fn virNodeGetCPUStats(
    conn: virConnectPtr,
    cpuNum: c_int,
    params: virNodeCPUStatsPtr,
    nparams: *mut c_int,
    flags: c_uint,
) -> c_int {
    let _ = cpuNum;
    let _ = params;
    let _ = flags;
    api(-1, "virNodeGetCPUStats", || {
        check::conn(conn)?;
        check::non_null(nparams, "nparams")?;
        check::non_negative(*nparams, "nparams")?;
        Err(unsupported())
    })
}

/// `virNodeGetCellsFreeMemory`: node get cells free memory.
#[no_mangle]
pub unsafe extern "C" fn virNodeGetCellsFreeMemory(
    conn: virConnectPtr,
    freeMems: *mut c_ulonglong,
    startCell: c_int,
    maxCells: c_int,
) -> c_int {
    api(-1, "virNodeGetCellsFreeMemory", || {
        check::conn(conn)?;
        check::non_null_array(freeMems, maxCells as i64, "freeMems")?;
        check::positive(maxCells, "maxCells")?;
        check::non_negative(startCell, "startCell")?;
        Err(unsupported())
    })
}

/// `virNodeGetFreeMemory`: node get free memory.
#[no_mangle]
pub unsafe extern "C" fn virNodeGetFreeMemory(conn: virConnectPtr) -> c_ulonglong {
    api(0, "virNodeGetFreeMemory", || {
        check::conn(conn)?;
        Err(unsupported())
    })
}

/// `virNodeGetFreePages`: node get free pages.
#[no_mangle]
pub unsafe extern "C" fn virNodeGetFreePages(
    conn: virConnectPtr,
    npages: c_uint,
    pages: *mut c_uint,
    startCell: c_int,
    cellCount: c_uint,
    counts: *mut c_ulonglong,
    flags: c_uint,
) -> c_int {
    let _ = startCell;
    let _ = flags;
    api(-1, "virNodeGetFreePages", || {
        check::conn(conn)?;
        check::non_zero(npages, "npages")?;
        check::non_null(pages, "pages")?;
        check::non_zero(cellCount, "cellCount")?;
        check::non_null(counts, "counts")?;
        Err(unsupported())
    })
}

/// `virNodeGetInfo`: node get info.
#[no_mangle]
pub unsafe extern "C" fn virNodeGetInfo(conn: virConnectPtr, info: virNodeInfoPtr) -> c_int {
    api(-1, "virNodeGetInfo", || {
        check::conn(conn)?;
        check::non_null(info, "info")?;
        Err(unsupported())
    })
}

/// `virNodeGetMemoryParameters`: node get memory parameters.
#[no_mangle]
pub unsafe extern "C" fn virNodeGetMemoryParameters(
    conn: virConnectPtr,
    params: virTypedParameterPtr,
    nparams: *mut c_int,
    flags: c_uint,
) -> c_int {
    let _ = params;
    let _ = flags;
    api(-1, "virNodeGetMemoryParameters", || {
        check::conn(conn)?;
        check::non_null(nparams, "nparams")?;
        check::non_negative(*nparams, "nparams")?;
        Err(unsupported())
    })
}

/// `virNodeGetMemoryStats`: node get memory stats.
#[no_mangle]
pub unsafe extern "C" fn virNodeGetMemoryStats(
    conn: virConnectPtr,
    cellNum: c_int,
    params: virNodeMemoryStatsPtr,
    nparams: *mut c_int,
    flags: c_uint,
) -> c_int {
    let _ = cellNum;
    let _ = params;
    let _ = flags;
    api(-1, "virNodeGetMemoryStats", || {
        check::conn(conn)?;
        check::non_null(nparams, "nparams")?;
        check::non_negative(*nparams, "nparams")?;
        Err(unsupported())
    })
}

/// `virNodeGetSEVInfo`: node get SEV info.
#[no_mangle]
pub unsafe extern "C" fn virNodeGetSEVInfo(
    conn: virConnectPtr,
    params: *mut virTypedParameterPtr,
    nparams: *mut c_int,
    flags: c_uint,
) -> c_int {
    let _ = params;
    let _ = flags;
    api(-1, "virNodeGetSEVInfo", || {
        let conn = check::conn(conn)?;
        check::non_null(nparams, "nparams")?;
        check::non_negative(*nparams, "nparams")?;
        check::writable(conn.conn())?;
        Err(unsupported())
    })
}

/// `virNodeGetSecurityModel`: node get security model.
#[no_mangle]
pub unsafe extern "C" fn virNodeGetSecurityModel(
    conn: virConnectPtr,
    secmodel: virSecurityModelPtr,
) -> c_int {
    api(-1, "virNodeGetSecurityModel", || {
        check::conn(conn)?;
        check::non_null(secmodel, "secmodel")?;
        Err(unsupported())
    })
}

/// `virNodeSetMemoryParameters`: node set memory parameters.
#[no_mangle]
pub unsafe extern "C" fn virNodeSetMemoryParameters(
    conn: virConnectPtr,
    params: virTypedParameterPtr,
    nparams: c_int,
    flags: c_uint,
) -> c_int {
    let _ = flags;
    api(-1, "virNodeSetMemoryParameters", || {
        let conn = check::conn(conn)?;
        check::writable(conn.conn())?;
        check::non_null(params, "params")?;
        check::non_negative(nparams, "nparams")?;
        Err(unsupported())
    })
}

/// `virNodeSuspendForDuration`: node suspend for duration.
#[no_mangle]
pub unsafe extern "C" fn virNodeSuspendForDuration(
    conn: virConnectPtr,
    target: c_uint,
    duration: c_ulonglong,
    flags: c_uint,
) -> c_int {
    let _ = target;
    let _ = duration;
    let _ = flags;
    api(-1, "virNodeSuspendForDuration", || {
        let conn = check::conn(conn)?;
        check::writable(conn.conn())?;
        Err(unsupported())
    })
}
