//! Entry points declared in `libvirt-host.h`.

use crate::base::connect::CloseCallback;
use crate::driver::auth::{Authenticator, CallbackFailed, CredentialRequest};
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
    api!(ptr::null_mut(), "virConnectBaselineCPU", |cx| {
        check::conn(cx, conn)?;
        check::non_null(cx, xmlCPUs, "xmlCPUs")?;
        Err(cx.unsupported())
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
    api!(ptr::null_mut(), "virConnectBaselineHypervisorCPU", |cx| {
        let conn = check::conn(cx, conn)?;
        check::non_null(cx, xmlCPUs, "xmlCPUs")?;
        check::writable(cx, conn.conn())?;
        Err(cx.unsupported())
    })
}

/// `virConnectClose`: Closes the connection.
#[no_mangle]
pub unsafe extern "C" fn virConnectClose(conn: virConnectPtr) -> c_int {
    api_in!(virErrorDomain::VIR_FROM_NONE, -1, "virConnectClose", |cx| {
        let c = check::conn(cx, conn)?;
        // Nothing can fail from here on, and the context's own reference
        // must not count as one that keeps the connection.
        cx.forget_conn();
        // 1 while other references keep the connection, 0 once it is gone.
        Ok(Handle::release(c as *const Handle<Connect>) as c_int)
    })
}

/// `virConnectCompareCPU`: Compares CPU on the connection.
#[no_mangle]
pub unsafe extern "C" fn virConnectCompareCPU(
    conn: virConnectPtr,
    xmlDesc: *const c_char,
    flags: c_uint,
) -> c_int {
    let _ = flags;
    api!(-1, "virConnectCompareCPU", |cx| {
        check::conn(cx, conn)?;
        check::non_null(cx, xmlDesc, "xmlDesc")?;
        Err(cx.unsupported())
    })
}

/// `virConnectCompareHypervisorCPU`: Compares hypervisor CPU on the connection.
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
    api!(-1, "virConnectCompareHypervisorCPU", |cx| {
        let conn = check::conn(cx, conn)?;
        check::non_null(cx, xmlCPU, "xmlCPU")?;
        check::writable(cx, conn.conn())?;
        Err(cx.unsupported())
    })
}

/// `virConnectGetCPUModelNames`: Gets the connection's CPU model names.
#[no_mangle]
pub unsafe extern "C" fn virConnectGetCPUModelNames(
    conn: virConnectPtr,
    arch: *const c_char,
    models: *mut *mut *mut c_char,
    flags: c_uint,
) -> c_int {
    api!(-1, "virConnectGetCPUModelNames", |cx| {
        convert::put(models, ptr::null_mut());
        let c = check::conn(cx, conn)?;
        check::non_null(cx, arch, "arch")?;
        let arch = convert::str(cx, arch, "arch")?;
        match c.hv().cpu_model_names(cx, arch, flags)? {
            Some(list) => marshal::string_array(cx, models, &list),
            None => Ok(0),
        }
    })
}

/// `virConnectGetCapabilities`: Gets the connection's capabilities.
#[no_mangle]
pub unsafe extern "C" fn virConnectGetCapabilities(conn: virConnectPtr) -> *mut c_char {
    api!(ptr::null_mut(), "virConnectGetCapabilities", |cx| {
        convert::c_string(cx, &check::conn(cx, conn)?.hv().capabilities(cx)?)
    })
}

/// `virConnectGetHostname`: Gets the connection's hostname.
#[no_mangle]
pub unsafe extern "C" fn virConnectGetHostname(conn: virConnectPtr) -> *mut c_char {
    api!(ptr::null_mut(), "virConnectGetHostname", |cx| {
        convert::c_string(cx, &check::conn(cx, conn)?.hv().hostname(cx)?)
    })
}

/// `virConnectGetLibVersion`: Gets the connection's lib version.
#[no_mangle]
pub unsafe extern "C" fn virConnectGetLibVersion(
    conn: virConnectPtr,
    libVer: *mut c_ulong,
) -> c_int {
    api!(-1, "virConnectGetLibVersion", |cx| {
        check::conn(cx, conn)?;
        check::non_null(cx, libVer, "libVer")?;
        *libVer = LIBVIR_VERSION_NUMBER as c_ulong;
        Ok(0)
    })
}

/// `virConnectGetMaxVcpus`: Gets the connection's max vcpus.
#[no_mangle]
pub unsafe extern "C" fn virConnectGetMaxVcpus(
    conn: virConnectPtr,
    r#type: *const c_char,
) -> c_int {
    api!(-1, "virConnectGetMaxVcpus", |cx| {
        let c = check::conn(cx, conn)?;
        c.hv().max_vcpus(cx, convert::opt_str(cx, r#type, "type")?)
    })
}

/// `virConnectGetSysinfo`: Gets the connection's sysinfo.
#[no_mangle]
pub unsafe extern "C" fn virConnectGetSysinfo(conn: virConnectPtr, flags: c_uint) -> *mut c_char {
    api!(ptr::null_mut(), "virConnectGetSysinfo", |cx| {
        convert::c_string(cx, &check::conn(cx, conn)?.hv().sysinfo(cx, flags)?)
    })
}

/// `virConnectGetType`: Gets the connection's type.
#[no_mangle]
pub unsafe extern "C" fn virConnectGetType(conn: virConnectPtr) -> *const c_char {
    api!(ptr::null(), "virConnectGetType", |cx| {
        Ok(check::conn(cx, conn)?.type_name.as_ptr())
    })
}

/// `virConnectGetURI`: Gets the connection's URI.
#[no_mangle]
pub unsafe extern "C" fn virConnectGetURI(conn: virConnectPtr) -> *mut c_char {
    api!(ptr::null_mut(), "virConnectGetURI", |cx| {
        convert::c_string(cx, &check::conn(cx, conn)?.uri.format())
    })
}

/// `virConnectGetVersion`: Gets the connection's version.
#[no_mangle]
pub unsafe extern "C" fn virConnectGetVersion(conn: virConnectPtr, hvVer: *mut c_ulong) -> c_int {
    api!(-1, "virConnectGetVersion", |cx| {
        let c = check::conn(cx, conn)?;
        check::non_null(cx, hvVer, "hvVer")?;
        *hvVer = c.hv().version(cx)? as c_ulong;
        Ok(0)
    })
}

/// `virConnectIsAlive`: Tells whether the connection is alive: 1 if so, 0 if not, -1 on error.
#[no_mangle]
pub unsafe extern "C" fn virConnectIsAlive(conn: virConnectPtr) -> c_int {
    api!(-1, "virConnectIsAlive", |cx| {
        Ok(check::conn(cx, conn)?.hv().is_alive(cx)? as c_int)
    })
}

/// `virConnectIsEncrypted`: Tells whether the connection is encrypted: 1 if so, 0 if not, -1 on error.
#[no_mangle]
pub unsafe extern "C" fn virConnectIsEncrypted(conn: virConnectPtr) -> c_int {
    api!(-1, "virConnectIsEncrypted", |cx| {
        Ok(check::conn(cx, conn)?.hv().is_encrypted(cx)? as c_int)
    })
}

/// `virConnectIsSecure`: Tells whether the connection is secure: 1 if so, 0 if not, -1 on error.
#[no_mangle]
pub unsafe extern "C" fn virConnectIsSecure(conn: virConnectPtr) -> c_int {
    api!(-1, "virConnectIsSecure", |cx| {
        Ok(check::conn(cx, conn)?.hv().is_secure(cx)? as c_int)
    })
}

/// `virConnectOpen`: Opens a connection; returns a new handle or NULL.
///
/// - `name`: (optional) may be NULL
#[no_mangle]
pub unsafe extern "C" fn virConnectOpen(name: *const c_char) -> virConnectPtr {
    api_in!(
        virErrorDomain::VIR_FROM_NONE,
        ptr::null_mut(),
        "virConnectOpen",
        |cx| open(cx, name, 0)
    )
}

/// `virConnectOpenAuth`: Opens a connection (auth); returns a new handle or NULL.
///
/// - `name`: (optional) may be NULL
#[no_mangle]
pub unsafe extern "C" fn virConnectOpenAuth(
    name: *const c_char,
    auth: virConnectAuthPtr,
    flags: c_uint,
) -> virConnectPtr {
    api_in!(
        virErrorDomain::VIR_FROM_NONE,
        ptr::null_mut(),
        "virConnectOpenAuth",
        |cx| {
            // SAFETY: libvirt's contract: `auth` is NULL or a valid
            // `virConnectAuth` for the duration of the call.
            let auth = unsafe { CAuth::from_ptr(auth) };
            open_auth(cx, name, flags, auth.as_ref().map(|a| a as _))
        }
    )
}

/// `virConnectOpenReadOnly`: Opens a connection (read only); returns a new handle or NULL.
///
/// - `name`: (optional) may be NULL
#[no_mangle]
pub unsafe extern "C" fn virConnectOpenReadOnly(name: *const c_char) -> virConnectPtr {
    api_in!(
        virErrorDomain::VIR_FROM_NONE,
        ptr::null_mut(),
        "virConnectOpenReadOnly",
        |cx| open(cx, name, virConnectFlags::VIR_CONNECT_RO as u32)
    )
}

/// `virConnectRef`: Takes one more reference to a connection; release it with the matching free call.
#[no_mangle]
pub unsafe extern "C" fn virConnectRef(conn: virConnectPtr) -> c_int {
    api!(-1, "virConnectRef", |cx| {
        let c = check::conn(cx, conn)?;
        Handle::incref(c as *const Handle<Connect>);
        Ok(0)
    })
}

/// `virConnectRegisterCloseCallback`: Registers close callback on the connection.
#[no_mangle]
pub unsafe extern "C" fn virConnectRegisterCloseCallback(
    conn: virConnectPtr,
    cb: virConnectCloseFunc,
    opaque: *mut c_void,
    freecb: virFreeCallback,
) -> c_int {
    api!(-1, "virConnectRegisterCloseCallback", |cx| {
        let c = check::conn(cx, conn)?;
        check::non_null(cx, cb, "cb")?;
        if !c.hv().reports_close() {
            return Ok(0);
        }
        let key = cb.map_or(0, |f| f as usize);
        let mut slot = c.close_callback.lock().unwrap_or_else(|p| p.into_inner());
        if slot.is_some() {
            return Err(Error::new(
                virErrorDomain::VIR_FROM_DOMAIN,
                virErrorNumber::VIR_ERR_OPERATION_INVALID,
                Some("A close callback is already registered"),
            ));
        }
        let opaque = opaque as usize;
        *slot = Some(CloseCallback {
            key,
            release: freecb.map(|f| {
                // SAFETY: the caller's free function for its own data, called once.
                Box::new(move || unsafe { f(opaque as *mut c_void) }) as Box<dyn FnOnce() + Send>
            }),
        });
        Ok(0)
    })
}

/// `virConnectSetIdentity`: Sets the connection's identity.
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
    api!(-1, "virConnectSetIdentity", |cx| Err(cx.unsupported()))
}

/// `virConnectSetKeepAlive`: Sets the connection's keep alive.
#[no_mangle]
pub unsafe extern "C" fn virConnectSetKeepAlive(
    conn: virConnectPtr,
    interval: c_int,
    count: c_uint,
) -> c_int {
    let _ = interval;
    let _ = count;
    api!(-1, "virConnectSetKeepAlive", |cx| {
        check::conn(cx, conn)?;
        Err(cx.unsupported())
    })
}

/// `virConnectUnregisterCloseCallback`: Unregisters close callback on the connection.
#[no_mangle]
pub unsafe extern "C" fn virConnectUnregisterCloseCallback(
    conn: virConnectPtr,
    cb: virConnectCloseFunc,
) -> c_int {
    api!(-1, "virConnectUnregisterCloseCallback", |cx| {
        let c = check::conn(cx, conn)?;
        check::non_null(cx, cb, "cb")?;
        if !c.hv().reports_close() {
            return Ok(0);
        }
        let key = cb.map_or(0, |f| f as usize);
        let mut slot = c.close_callback.lock().unwrap_or_else(|p| p.into_inner());
        match slot.as_ref() {
            Some(reg) if reg.key == key => {
                // Dropping the registration calls the caller's free function,
                // outside no lock of ours but this connection's slot.
                let old = slot.take();
                drop(slot);
                drop(old);
                Ok(0)
            }
            _ => Err(Error::new(
                virErrorDomain::VIR_FROM_DOMAIN,
                virErrorNumber::VIR_ERR_OPERATION_INVALID,
                Some("A different callback was requested"),
            )),
        }
    })
}

/// `virGetVersion`: get version.
#[no_mangle]
pub unsafe extern "C" fn virGetVersion(
    libVer: *mut c_ulong,
    r#type: *const c_char,
    typeVer: *mut c_ulong,
) -> c_int {
    let _ = r#type;
    api_in!(virErrorDomain::VIR_FROM_NONE, -1, "virGetVersion", || {
        if libVer.is_null() {
            return Err(generic_failure());
        }
        *libVer = LIBVIR_VERSION_NUMBER as c_ulong;
        convert::put(typeVer, LIBVIR_VERSION_NUMBER as c_ulong);
        Ok(0)
    })
}

/// `virInitialize`: initialize.
#[no_mangle]
pub unsafe extern "C" fn virInitialize() -> c_int {
    // Everything else initialises itself on first use.
    api_in!(virErrorDomain::VIR_FROM_NONE, -1, "virInitialize", || {
        super::init::drivers();
        Ok(0)
    })
}

/// `virNodeAllocPages`: Allocates pages on the host node.
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
    api!(-1, "virNodeAllocPages", |cx| {
        let conn = check::conn(cx, conn)?;
        check::writable(cx, conn.conn())?;
        check::non_zero(cx, npages, "npages")?;
        check::non_null(cx, pageSizes, "pageSizes")?;
        check::non_null(cx, pageCounts, "pageCounts")?;
        check::non_zero(cx, cellCount, "cellCount")?;
        Err(cx.unsupported())
    })
}

/// `virNodeGetCPUMap`: Gets the host node's CPU map.
///
/// - `cpumap`: (optional) may be NULL
/// - `online`: (optional) may be NULL
#[no_mangle]
pub unsafe extern "C" fn virNodeGetCPUMap(
    conn: virConnectPtr,
    cpumap: *mut *mut c_uchar,
    online: *mut c_uint,
    flags: c_uint,
) -> c_int {
    api!(-1, "virNodeGetCPUMap", |cx| {
        let c = check::conn(cx, conn)?;
        let m = c.hv().node_cpu_map(cx, !cpumap.is_null(), flags)?;
        if !cpumap.is_null() {
            *cpumap = convert::c_array(cx, &m.map)?;
        }
        convert::put(online, m.online);
        Ok(m.cpus)
    })
}

/// `virNodeGetCPUStats`: Gets the host node's CPU stats.
#[no_mangle]
pub unsafe extern "C" fn virNodeGetCPUStats(
    conn: virConnectPtr,
    cpuNum: c_int,
    params: virNodeCPUStatsPtr,
    nparams: *mut c_int,
    flags: c_uint,
) -> c_int {
    api!(-1, "virNodeGetCPUStats", |cx| {
        let c = check::conn(cx, conn)?;
        check::non_null(cx, nparams, "nparams")?;
        check::non_negative(cx, *nparams, "*nparams")?;
        let all = virNodeGetCPUStatsAllCPUs::VIR_NODE_CPU_STATS_ALL_CPUS as c_int;
        if cpuNum < 0 && cpuNum != all {
            return Err(check::invalid_arg(
                cx,
                "cpuNum",
                format!(
                    "cpuNum in {} only accepts {all} as a negative value",
                    cx.api()
                ),
            ));
        }
        let want = (!params.is_null()).then_some(*nparams as usize);
        let stats = c.hv().node_cpu_stats(cx, cpuNum, want, flags)?;
        if !params.is_null() {
            for (i, (field, value)) in stats.iter().take(*nparams as usize).enumerate() {
                let mut out: virNodeCPUStats = std::mem::zeroed();
                for (d, s) in out
                    .field
                    .iter_mut()
                    .zip(field.bytes().take(VIR_NODE_CPU_STATS_FIELD_LENGTH - 1))
                {
                    *d = s as c_char;
                }
                out.value = *value;
                params.add(i).write(out);
            }
        }
        *nparams = stats.len().min(c_int::MAX as usize) as c_int;
        Ok(0)
    })
}

/// `virNodeGetCellsFreeMemory`: Gets the host node's cells free memory.
#[no_mangle]
pub unsafe extern "C" fn virNodeGetCellsFreeMemory(
    conn: virConnectPtr,
    freeMems: *mut c_ulonglong,
    startCell: c_int,
    maxCells: c_int,
) -> c_int {
    api!(-1, "virNodeGetCellsFreeMemory", |cx| {
        let c = check::conn(cx, conn)?;
        check::non_null_array(cx, freeMems, maxCells as i64, "freeMems")?;
        check::positive(cx, maxCells, "maxCells")?;
        check::non_negative(cx, startCell, "startCell")?;
        let mems = c.hv().node_cells_free_memory(cx, startCell, maxCells)?;
        Ok(marshal::copy_into(freeMems, maxCells, &mems))
    })
}

/// `virNodeGetFreeMemory`: Gets the host node's free memory.
#[no_mangle]
pub unsafe extern "C" fn virNodeGetFreeMemory(conn: virConnectPtr) -> c_ulonglong {
    api!(0, "virNodeGetFreeMemory", |cx| {
        match check::conn(cx, conn)?.hv().node_free_memory(cx)? {
            // Zero is this call's failure value: libvirt reports it as a
            // failure without a cause.
            0 => Err(generic_failure()),
            n => Ok(n),
        }
    })
}

/// `virNodeGetFreePages`: Gets the host node's free pages.
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
    api!(-1, "virNodeGetFreePages", |cx| {
        let c = check::conn(cx, conn)?;
        check::non_zero(cx, npages, "npages")?;
        check::non_null(cx, pages, "pages")?;
        check::non_zero(cx, cellCount, "cellCount")?;
        check::non_null(cx, counts, "counts")?;
        let sizes = std::slice::from_raw_parts(pages, npages as usize);
        let found = c
            .hv()
            .node_free_pages(cx, sizes, startCell, cellCount, flags)?;
        // The caller's array holds npages * cellCount counts.
        ptr::copy_nonoverlapping(found.as_ptr(), counts, found.len());
        Ok(0)
    })
}

/// `virNodeGetInfo`: Gets the host node's info.
#[no_mangle]
pub unsafe extern "C" fn virNodeGetInfo(conn: virConnectPtr, info: virNodeInfoPtr) -> c_int {
    api!(-1, "virNodeGetInfo", |cx| {
        let c = check::conn(cx, conn)?;
        check::non_null(cx, info, "info")?;
        let n = c.hv().node_info(cx)?;
        let mut out: virNodeInfo = std::mem::zeroed();
        for (d, s) in out.model.iter_mut().zip(n.model.bytes().take(31)) {
            *d = s as c_char;
        }
        out.memory = n.memory_kib as c_ulong;
        out.cpus = n.cpus;
        out.mhz = n.mhz;
        out.nodes = n.nodes;
        out.sockets = n.sockets;
        out.cores = n.cores;
        out.threads = n.threads;
        info.write(out);
        Ok(0)
    })
}

/// `virNodeGetMemoryParameters`: Gets the host node's memory parameters.
#[no_mangle]
pub unsafe extern "C" fn virNodeGetMemoryParameters(
    conn: virConnectPtr,
    params: virTypedParameterPtr,
    nparams: *mut c_int,
    flags: c_uint,
) -> c_int {
    let _ = params;
    let _ = flags;
    api!(-1, "virNodeGetMemoryParameters", |cx| {
        check::conn(cx, conn)?;
        check::param_buffer(cx, params, nparams)?;
        Err(cx.unsupported())
    })
}

/// `virNodeGetMemoryStats`: Gets the host node's memory stats.
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
    api!(-1, "virNodeGetMemoryStats", |cx| {
        check::conn(cx, conn)?;
        check::non_null(cx, nparams, "nparams")?;
        check::non_negative(cx, *nparams, "*nparams")?;
        Err(cx.unsupported())
    })
}

/// `virNodeGetSEVInfo`: Gets the host node's SEV info.
#[no_mangle]
pub unsafe extern "C" fn virNodeGetSEVInfo(
    conn: virConnectPtr,
    params: *mut virTypedParameterPtr,
    nparams: *mut c_int,
    flags: c_uint,
) -> c_int {
    let _ = params;
    let _ = flags;
    api!(-1, "virNodeGetSEVInfo", |cx| {
        let conn = check::conn(cx, conn)?;
        check::non_null(cx, nparams, "nparams")?;
        check::non_negative(cx, *nparams, "*nparams")?;
        check::writable(cx, conn.conn())?;
        Err(cx.unsupported())
    })
}

/// `virNodeGetSecurityModel`: Gets the host node's security model.
#[no_mangle]
pub unsafe extern "C" fn virNodeGetSecurityModel(
    conn: virConnectPtr,
    secmodel: virSecurityModelPtr,
) -> c_int {
    api!(-1, "virNodeGetSecurityModel", |cx| {
        let c = check::conn(cx, conn)?;
        check::non_null(cx, secmodel, "secmodel")?;
        let (model, doi) = c.hv().node_security_model(cx)?;
        let mut out: virSecurityModel = std::mem::zeroed();
        for (d, s) in out
            .model
            .iter_mut()
            .zip(model.bytes().take(VIR_SECURITY_MODEL_BUFLEN - 1))
        {
            *d = s as c_char;
        }
        for (d, s) in out
            .doi
            .iter_mut()
            .zip(doi.bytes().take(VIR_SECURITY_DOI_BUFLEN - 1))
        {
            *d = s as c_char;
        }
        secmodel.write(out);
        Ok(0)
    })
}

/// `virNodeSetMemoryParameters`: Sets the host node's memory parameters.
#[no_mangle]
pub unsafe extern "C" fn virNodeSetMemoryParameters(
    conn: virConnectPtr,
    params: virTypedParameterPtr,
    nparams: c_int,
    flags: c_uint,
) -> c_int {
    let _ = flags;
    api!(-1, "virNodeSetMemoryParameters", |cx| {
        let conn = check::conn(cx, conn)?;
        check::writable(cx, conn.conn())?;
        check::non_null(cx, params, "params")?;
        check::non_negative(cx, nparams, "nparams")?;
        Err(cx.unsupported())
    })
}

/// `virNodeSuspendForDuration`: Suspends for duration of the host node.
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
    api!(-1, "virNodeSuspendForDuration", |cx| {
        let conn = check::conn(cx, conn)?;
        check::writable(cx, conn.conn())?;
        Err(cx.unsupported())
    })
}

/// # Safety
/// `name` is NULL or a NUL-terminated string.
unsafe fn open(cx: &Cx, name: *const c_char, flags: c_uint) -> Result<virConnectPtr> {
    // SAFETY: as this function's own contract.
    unsafe { open_auth(cx, name, flags, None) }
}

/// [`open`] with the application's authentication.
///
/// # Safety
/// `name` is NULL or a NUL-terminated string.
unsafe fn open_auth(
    cx: &Cx,
    name: *const c_char,
    flags: c_uint,
    auth: Option<&dyn Authenticator>,
) -> Result<virConnectPtr> {
    super::init::drivers();
    // SAFETY: as this function's own contract.
    let name = unsafe { convert::opt_str(cx, name, "name") }?;
    Ok(Handle::into_raw(Connect::open(name, flags, auth, cx)?) as virConnectPtr)
}

/// The application's `virConnectAuth`: its credential types, and its
/// callback answering the driver's requests.
struct CAuth {
    types: Vec<i32>,
    cb: virConnectAuthCallbackPtr,
    cbdata: *mut c_void,
}

impl CAuth {
    /// # Safety
    /// `auth` is NULL or points to a `virConnectAuth` whose `credtype`
    /// holds `ncredtype` entries (or is NULL).
    unsafe fn from_ptr(auth: virConnectAuthPtr) -> Option<CAuth> {
        // SAFETY: as this function's own contract.
        let a = unsafe { auth.as_ref() }?;
        let types = if a.credtype.is_null() {
            Vec::new()
        } else {
            // SAFETY: as this function's own contract.
            unsafe { std::slice::from_raw_parts(a.credtype, a.ncredtype as usize) }.to_vec()
        };
        Some(CAuth {
            types,
            cb: a.cb,
            cbdata: a.cbdata,
        })
    }
}

impl Authenticator for CAuth {
    fn cred_types(&self) -> &[i32] {
        &self.types
    }
    fn has_callback(&self) -> bool {
        self.cb.is_some()
    }
    fn ask(
        &self,
        requests: &[CredentialRequest],
    ) -> std::result::Result<Vec<Option<String>>, CallbackFailed> {
        let cb = self.cb.ok_or(CallbackFailed)?;
        let c = |s: &str| std::ffi::CString::new(s.replace('\0', "")).unwrap_or_default();
        let texts: Vec<_> = requests
            .iter()
            .map(|r| {
                (
                    c(&r.prompt),
                    r.challenge.as_deref().map(c),
                    r.default.as_deref().map(c),
                )
            })
            .collect();
        let opt = |s: &Option<std::ffi::CString>| s.as_ref().map_or(ptr::null(), |s| s.as_ptr());
        let mut creds: Vec<virConnectCredential> = requests
            .iter()
            .zip(&texts)
            .map(|(r, (p, ch, d))| virConnectCredential {
                r#type: r.kind,
                prompt: p.as_ptr(),
                challenge: opt(ch),
                defresult: opt(d),
                result: ptr::null_mut(),
                resultlen: 0,
            })
            .collect();
        // SAFETY: libvirt's contract for the application's callback: it
        // gets `creds.len()` credentials whose strings live until it
        // returns, and answers each with a malloc'd string (or NULL).
        let rc = unsafe { cb(creds.as_mut_ptr(), creds.len() as c_uint, self.cbdata) };
        let answers = creds
            .iter()
            .map(|cr| {
                if cr.result.is_null() {
                    return None;
                }
                // SAFETY: the callback's answer is a NUL-terminated string
                // it allocated with malloc; it is ours to free.
                unsafe {
                    let s = std::ffi::CStr::from_ptr(cr.result)
                        .to_string_lossy()
                        .into_owned();
                    libc::free(cr.result as *mut c_void);
                    Some(s)
                }
            })
            .collect();
        if rc < 0 {
            return Err(CallbackFailed);
        }
        Ok(answers)
    }
}

/// The credential types the default authentication callback answers.
static mut DEFAULT_CRED_TYPES: [c_int; 6] = [
    virConnectCredentialType::VIR_CRED_AUTHNAME as c_int,
    virConnectCredentialType::VIR_CRED_ECHOPROMPT as c_int,
    virConnectCredentialType::VIR_CRED_REALM as c_int,
    virConnectCredentialType::VIR_CRED_PASSPHRASE as c_int,
    virConnectCredentialType::VIR_CRED_NOECHOPROMPT as c_int,
    virConnectCredentialType::VIR_CRED_EXTERNAL as c_int,
];

static mut DEFAULT_AUTH: virConnectAuth = virConnectAuth {
    credtype: ptr::addr_of_mut!(DEFAULT_CRED_TYPES) as *mut c_int,
    ncredtype: 6,
    cb: Some(super::auth::default_auth_callback),
    cbdata: ptr::null_mut(),
};

/// Authentication that asks on the terminal (`virConnectAuthPtrDefault`).
/// Since: 0.4.1
#[no_mangle]
pub static mut virConnectAuthPtrDefault: virConnectAuthPtr = ptr::addr_of_mut!(DEFAULT_AUTH);

/// What libvirt reports when a call fails without saying why.
fn generic_failure() -> Error {
    Error {
        code: virErrorNumber::VIR_ERR_INTERNAL_ERROR as c_int,
        domain: virErrorDomain::VIR_FROM_NONE as c_int,
        level: virErrorLevel::VIR_ERR_ERROR as c_int,
        message: "An error occurred, but the cause is unknown".into(),
        str1: None,
        str2: None,
        str3: None,
        int1: 0,
        int2: 0,
    }
}
