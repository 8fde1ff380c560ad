//! Entry points declared in `libvirt-host.h`.

use crate::base::connect::CloseCallback;
use crate::ffi::prelude::*;

entry_point_domain!(VIR_FROM_DOMAIN);

/// The connection life-cycle calls, which libvirt keeps apart from the rest
/// of this header, report errors without an error domain.
#[inline]
fn api_core<T>(errval: T, name: &'static str, body: impl FnOnce() -> Result<T>) -> T {
    crate::ffi::entry::run(virErrorDomain::VIR_FROM_NONE, errval, name, body)
}

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

/// `virConnectClose`: Closes the connection.
#[no_mangle]
pub unsafe extern "C" fn virConnectClose(conn: virConnectPtr) -> c_int {
    api_core(-1, "virConnectClose", || {
        let c = check::conn(conn)?;
        // 1 while other references keep the connection, 0 once it is gone.
        Ok((Handle::decref(c as *const Handle<Connect>) > 0) as c_int)
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
    api(-1, "virConnectCompareCPU", || {
        check::conn(conn)?;
        check::non_null(xmlDesc, "xmlDesc")?;
        Err(unsupported())
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
    api(-1, "virConnectCompareHypervisorCPU", || {
        let conn = check::conn(conn)?;
        check::non_null(xmlCPU, "xmlCPU")?;
        check::writable(conn.conn())?;
        Err(unsupported())
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
    let _ = models;
    let _ = flags;
    api(-1, "virConnectGetCPUModelNames", || {
        check::conn(conn)?;
        check::non_null(arch, "arch")?;
        Err(unsupported())
    })
}

/// `virConnectGetCapabilities`: Gets the connection's capabilities.
#[no_mangle]
pub unsafe extern "C" fn virConnectGetCapabilities(conn: virConnectPtr) -> *mut c_char {
    api(ptr::null_mut(), "virConnectGetCapabilities", || {
        convert::c_string(&check::conn(conn)?.driver.capabilities()?)
    })
}

/// `virConnectGetHostname`: Gets the connection's hostname.
#[no_mangle]
pub unsafe extern "C" fn virConnectGetHostname(conn: virConnectPtr) -> *mut c_char {
    api(ptr::null_mut(), "virConnectGetHostname", || {
        convert::c_string(&check::conn(conn)?.driver.hostname()?)
    })
}

/// `virConnectGetLibVersion`: Gets the connection's lib version.
#[no_mangle]
pub unsafe extern "C" fn virConnectGetLibVersion(
    conn: virConnectPtr,
    libVer: *mut c_ulong,
) -> c_int {
    api(-1, "virConnectGetLibVersion", || {
        check::conn(conn)?;
        check::non_null(libVer, "libVer")?;
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
    api(-1, "virConnectGetMaxVcpus", || {
        let c = check::conn(conn)?;
        c.driver.max_vcpus(convert::opt_str(r#type, "type")?)
    })
}

/// `virConnectGetSysinfo`: Gets the connection's sysinfo.
#[no_mangle]
pub unsafe extern "C" fn virConnectGetSysinfo(conn: virConnectPtr, flags: c_uint) -> *mut c_char {
    api(ptr::null_mut(), "virConnectGetSysinfo", || {
        convert::c_string(&check::conn(conn)?.driver.sysinfo(flags)?)
    })
}

/// `virConnectGetType`: Gets the connection's type.
#[no_mangle]
pub unsafe extern "C" fn virConnectGetType(conn: virConnectPtr) -> *const c_char {
    api(ptr::null(), "virConnectGetType", || {
        Ok(check::conn(conn)?.type_name.as_ptr())
    })
}

/// `virConnectGetURI`: Gets the connection's URI.
#[no_mangle]
pub unsafe extern "C" fn virConnectGetURI(conn: virConnectPtr) -> *mut c_char {
    api(ptr::null_mut(), "virConnectGetURI", || {
        convert::c_string(&check::conn(conn)?.uri.format())
    })
}

/// `virConnectGetVersion`: Gets the connection's version.
#[no_mangle]
pub unsafe extern "C" fn virConnectGetVersion(conn: virConnectPtr, hvVer: *mut c_ulong) -> c_int {
    api(-1, "virConnectGetVersion", || {
        let c = check::conn(conn)?;
        check::non_null(hvVer, "hvVer")?;
        *hvVer = c.driver.version()? as c_ulong;
        Ok(0)
    })
}

/// `virConnectIsAlive`: Tells whether the connection is alive: 1 if so, 0 if not, -1 on error.
#[no_mangle]
pub unsafe extern "C" fn virConnectIsAlive(conn: virConnectPtr) -> c_int {
    api(-1, "virConnectIsAlive", || {
        Ok(check::conn(conn)?.driver.is_alive()? as c_int)
    })
}

/// `virConnectIsEncrypted`: Tells whether the connection is encrypted: 1 if so, 0 if not, -1 on error.
#[no_mangle]
pub unsafe extern "C" fn virConnectIsEncrypted(conn: virConnectPtr) -> c_int {
    api(-1, "virConnectIsEncrypted", || {
        Ok(check::conn(conn)?.driver.is_encrypted()? as c_int)
    })
}

/// `virConnectIsSecure`: Tells whether the connection is secure: 1 if so, 0 if not, -1 on error.
#[no_mangle]
pub unsafe extern "C" fn virConnectIsSecure(conn: virConnectPtr) -> c_int {
    api(-1, "virConnectIsSecure", || {
        Ok(check::conn(conn)?.driver.is_secure()? as c_int)
    })
}

/// `virConnectOpen`: Opens a connection; returns a new handle or NULL.
///
/// - `name`: (optional) may be NULL
#[no_mangle]
pub unsafe extern "C" fn virConnectOpen(name: *const c_char) -> virConnectPtr {
    api_core(ptr::null_mut(), "virConnectOpen", || open(name, 0))
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
    // No driver asks for credentials yet; the remote driver will use `auth`.
    let _ = auth;
    api_core(ptr::null_mut(), "virConnectOpenAuth", || open(name, flags))
}

/// `virConnectOpenReadOnly`: Opens a connection (read only); returns a new handle or NULL.
///
/// - `name`: (optional) may be NULL
#[no_mangle]
pub unsafe extern "C" fn virConnectOpenReadOnly(name: *const c_char) -> virConnectPtr {
    api_core(ptr::null_mut(), "virConnectOpenReadOnly", || {
        open(name, virConnectFlags::VIR_CONNECT_RO as u32)
    })
}

/// `virConnectRef`: Takes one more reference to a connection; release it with the matching free call.
#[no_mangle]
pub unsafe extern "C" fn virConnectRef(conn: virConnectPtr) -> c_int {
    api(-1, "virConnectRef", || {
        let c = check::conn(conn)?;
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
    api(-1, "virConnectRegisterCloseCallback", || {
        let c = check::conn(conn)?;
        check::non_null(cb, "cb")?;
        if !c.driver.reports_close() {
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
    api(-1, "virConnectSetIdentity", || Err(unsupported()))
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
    api(-1, "virConnectSetKeepAlive", || {
        check::conn(conn)?;
        Err(unsupported())
    })
}

/// `virConnectUnregisterCloseCallback`: Unregisters close callback on the connection.
#[no_mangle]
pub unsafe extern "C" fn virConnectUnregisterCloseCallback(
    conn: virConnectPtr,
    cb: virConnectCloseFunc,
) -> c_int {
    api(-1, "virConnectUnregisterCloseCallback", || {
        let c = check::conn(conn)?;
        check::non_null(cb, "cb")?;
        if !c.driver.reports_close() {
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
    api_core(-1, "virGetVersion", || {
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
    // Everything initialises itself on first use.
    api_core(-1, "virInitialize", || Ok(0))
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
    let _ = cpumap;
    let _ = online;
    let _ = flags;
    api(-1, "virNodeGetCPUMap", || {
        check::conn(conn)?;
        Err(unsupported())
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

/// `virNodeGetCellsFreeMemory`: Gets the host node's cells free memory.
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

/// `virNodeGetFreeMemory`: Gets the host node's free memory.
#[no_mangle]
pub unsafe extern "C" fn virNodeGetFreeMemory(conn: virConnectPtr) -> c_ulonglong {
    api(0, "virNodeGetFreeMemory", || {
        check::conn(conn)?.driver.node_free_memory()
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

/// `virNodeGetInfo`: Gets the host node's info.
#[no_mangle]
pub unsafe extern "C" fn virNodeGetInfo(conn: virConnectPtr, info: virNodeInfoPtr) -> c_int {
    api(-1, "virNodeGetInfo", || {
        let c = check::conn(conn)?;
        check::non_null(info, "info")?;
        let n = c.driver.node_info()?;
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
    api(-1, "virNodeGetMemoryParameters", || {
        check::conn(conn)?;
        check::non_null(nparams, "nparams")?;
        check::non_negative(*nparams, "nparams")?;
        Err(unsupported())
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
    api(-1, "virNodeGetMemoryStats", || {
        check::conn(conn)?;
        check::non_null(nparams, "nparams")?;
        check::non_negative(*nparams, "nparams")?;
        Err(unsupported())
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
    api(-1, "virNodeGetSEVInfo", || {
        let conn = check::conn(conn)?;
        check::non_null(nparams, "nparams")?;
        check::non_negative(*nparams, "nparams")?;
        check::writable(conn.conn())?;
        Err(unsupported())
    })
}

/// `virNodeGetSecurityModel`: Gets the host node's security model.
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

/// `virNodeSetMemoryParameters`: Sets the host node's memory parameters.
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
    api(-1, "virNodeSuspendForDuration", || {
        let conn = check::conn(conn)?;
        check::writable(conn.conn())?;
        Err(unsupported())
    })
}

unsafe fn open(name: *const c_char, flags: c_uint) -> Result<virConnectPtr> {
    let name = convert::opt_str(name, "name")?;
    Ok(Handle::into_raw(Connect::open(name, flags)?) as virConnectPtr)
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
