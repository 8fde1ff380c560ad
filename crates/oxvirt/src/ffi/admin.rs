//! The logic behind the entry points of `libvirt-admin.h`.

use crate::ffi::prelude::*;

entry_point_domain!(VIR_FROM_ADMIN);

/// `virAdmClientClose`: Closes the daemon client.
#[no_mangle]
pub unsafe extern "C" fn oxvirt_private_virAdmClientClose(
    client: virAdmClientPtr,
    flags: c_uint,
) -> c_int {
    let _ = flags;
    api!(-1, "virAdmClientClose", |cx| {
        check::adm_client(cx, client)?;
        Err(cx.unsupported())
    })
}

/// `virAdmClientFree`: Releases the caller's reference to a daemon client; it is freed with its last reference.
#[no_mangle]
pub unsafe extern "C" fn oxvirt_private_virAdmClientFree(client: virAdmClientPtr) -> c_int {
    // libvirt: freeing NULL is a successful no-op.
    api!(-1, "virAdmClientFree", |cx| {
        if client.is_null() {
            return Ok(0);
        }
        check::adm_client(cx, client)?;
        Err(cx.unsupported())
    })
}

/// `virAdmClientGetID`: Gets the daemon client's ID.
#[no_mangle]
pub unsafe extern "C" fn oxvirt_private_virAdmClientGetID(client: virAdmClientPtr) -> c_ulonglong {
    api!(u64::MAX, "virAdmClientGetID", |cx| {
        check::adm_client(cx, client)?;
        Err(cx.unsupported())
    })
}

/// `virAdmClientGetInfo`: Gets the daemon client's info.
#[no_mangle]
pub unsafe extern "C" fn oxvirt_private_virAdmClientGetInfo(
    client: virAdmClientPtr,
    params: *mut virTypedParameterPtr,
    nparams: *mut c_int,
    flags: c_uint,
) -> c_int {
    let _ = nparams;
    let _ = flags;
    api!(-1, "virAdmClientGetInfo", |cx| {
        check::adm_client(cx, client)?;
        check::non_null(cx, params, "params")?;
        Err(cx.unsupported())
    })
}

/// `virAdmClientGetTimestamp`: Gets the daemon client's timestamp.
#[no_mangle]
pub unsafe extern "C" fn oxvirt_private_virAdmClientGetTimestamp(
    client: virAdmClientPtr,
) -> c_longlong {
    api!(-1, "virAdmClientGetTimestamp", |cx| {
        check::adm_client(cx, client)?;
        Err(cx.unsupported())
    })
}

/// `virAdmClientGetTransport`: Gets the daemon client's transport.
#[no_mangle]
pub unsafe extern "C" fn oxvirt_private_virAdmClientGetTransport(client: virAdmClientPtr) -> c_int {
    api!(-1, "virAdmClientGetTransport", |cx| {
        check::adm_client(cx, client)?;
        Err(cx.unsupported())
    })
}

/// `virAdmConnectClose`: Closes the admin connection.
#[no_mangle]
pub unsafe extern "C" fn oxvirt_private_virAdmConnectClose(conn: virAdmConnectPtr) -> c_int {
    // libvirt: closing NULL succeeds with nothing left open.
    api!(-1, "virAdmConnectClose", |cx| {
        if conn.is_null() {
            return Ok(0);
        }
        check::adm_conn(cx, conn)?;
        Err(cx.unsupported())
    })
}

/// `virAdmConnectGetLibVersion`: Gets the admin connection's lib version.
#[no_mangle]
pub unsafe extern "C" fn oxvirt_private_virAdmConnectGetLibVersion(
    conn: virAdmConnectPtr,
    libVer: *mut c_ulonglong,
) -> c_int {
    api!(-1, "virAdmConnectGetLibVersion", |cx| {
        check::adm_conn(cx, conn)?;
        check::non_null(cx, libVer, "libVer")?;
        Err(cx.unsupported())
    })
}

/// `virAdmConnectGetLoggingFilters`: Gets the admin connection's logging filters.
#[no_mangle]
pub unsafe extern "C" fn oxvirt_private_virAdmConnectGetLoggingFilters(
    conn: virAdmConnectPtr,
    filters: *mut *mut c_char,
    flags: c_uint,
) -> c_int {
    let _ = filters;
    let _ = flags;
    api!(-1, "virAdmConnectGetLoggingFilters", |cx| {
        check::adm_conn(cx, conn)?;
        Err(cx.unsupported())
    })
}

/// `virAdmConnectGetLoggingOutputs`: Gets the admin connection's logging outputs.
#[no_mangle]
pub unsafe extern "C" fn oxvirt_private_virAdmConnectGetLoggingOutputs(
    conn: virAdmConnectPtr,
    outputs: *mut *mut c_char,
    flags: c_uint,
) -> c_int {
    let _ = outputs;
    let _ = flags;
    api!(-1, "virAdmConnectGetLoggingOutputs", |cx| {
        check::adm_conn(cx, conn)?;
        Err(cx.unsupported())
    })
}

/// `virAdmConnectGetURI`: Gets the admin connection's URI.
#[no_mangle]
pub unsafe extern "C" fn oxvirt_private_virAdmConnectGetURI(conn: virAdmConnectPtr) -> *mut c_char {
    api!(ptr::null_mut(), "virAdmConnectGetURI", |cx| {
        check::adm_conn(cx, conn)?;
        Err(cx.unsupported())
    })
}

/// `virAdmConnectIsAlive`: Tells whether the admin connection is alive: 1 if so, 0 if not, -1 on error.
#[no_mangle]
pub unsafe extern "C" fn oxvirt_private_virAdmConnectIsAlive(conn: virAdmConnectPtr) -> c_int {
    // libvirt: a NULL connection is simply not alive.
    api!(-1, "virAdmConnectIsAlive", |cx| {
        if conn.is_null() {
            return Ok(0);
        }
        check::adm_conn(cx, conn)?;
        Err(cx.unsupported())
    })
}

/// `virAdmConnectListServers`: Lists the servers of the admin connection.
#[no_mangle]
pub unsafe extern "C" fn oxvirt_private_virAdmConnectListServers(
    conn: virAdmConnectPtr,
    servers: *mut *mut virAdmServerPtr,
    flags: c_uint,
) -> c_int {
    let _ = servers;
    let _ = flags;
    api!(-1, "virAdmConnectListServers", |cx| {
        check::adm_conn(cx, conn)?;
        Err(cx.unsupported())
    })
}

/// `virAdmConnectLookupServer`: Looks up server of the admin connection; returns a new handle or NULL.
#[no_mangle]
pub unsafe extern "C" fn oxvirt_private_virAdmConnectLookupServer(
    conn: virAdmConnectPtr,
    name: *const c_char,
    flags: c_uint,
) -> virAdmServerPtr {
    let _ = flags;
    api!(ptr::null_mut(), "virAdmConnectLookupServer", |cx| {
        check::adm_conn(cx, conn)?;
        check::non_null(cx, name, "name")?;
        Err(cx.unsupported())
    })
}

/// `virAdmConnectOpen`: Opens a connection; returns a new handle or NULL.
#[no_mangle]
pub unsafe extern "C" fn oxvirt_private_virAdmConnectOpen(
    name: *const c_char,
    flags: c_uint,
) -> virAdmConnectPtr {
    let _ = name;
    let _ = flags;
    api!(ptr::null_mut(), "virAdmConnectOpen", |cx| Err(
        cx.unsupported()
    ))
}

/// `virAdmConnectRef`: Takes one more reference to a admin connection; release it with the matching free call.
#[no_mangle]
pub unsafe extern "C" fn oxvirt_private_virAdmConnectRef(conn: virAdmConnectPtr) -> c_int {
    api!(-1, "virAdmConnectRef", |cx| {
        check::adm_conn(cx, conn)?;
        Err(cx.unsupported())
    })
}

/// `virAdmConnectRegisterCloseCallback`: Registers close callback on the admin connection.
#[no_mangle]
pub unsafe extern "C" fn oxvirt_private_virAdmConnectRegisterCloseCallback(
    conn: virAdmConnectPtr,
    cb: virAdmConnectCloseFunc,
    opaque: *mut c_void,
    freecb: virFreeCallback,
) -> c_int {
    let _ = opaque;
    let _ = freecb;
    api!(-1, "virAdmConnectRegisterCloseCallback", |cx| {
        check::adm_conn(cx, conn)?;
        check::non_null(cx, cb, "cb")?;
        Err(cx.unsupported())
    })
}

/// `virAdmConnectSetDaemonTimeout`: Sets the admin connection's daemon timeout.
#[no_mangle]
pub unsafe extern "C" fn oxvirt_private_virAdmConnectSetDaemonTimeout(
    conn: virAdmConnectPtr,
    timeout: c_uint,
    flags: c_uint,
) -> c_int {
    let _ = timeout;
    let _ = flags;
    api!(-1, "virAdmConnectSetDaemonTimeout", |cx| {
        check::adm_conn(cx, conn)?;
        Err(cx.unsupported())
    })
}

/// `virAdmConnectSetLoggingFilters`: Sets the admin connection's logging filters.
#[no_mangle]
pub unsafe extern "C" fn oxvirt_private_virAdmConnectSetLoggingFilters(
    conn: virAdmConnectPtr,
    filters: *const c_char,
    flags: c_uint,
) -> c_int {
    let _ = filters;
    let _ = flags;
    api!(-1, "virAdmConnectSetLoggingFilters", |cx| {
        check::adm_conn(cx, conn)?;
        Err(cx.unsupported())
    })
}

/// `virAdmConnectSetLoggingOutputs`: Sets the admin connection's logging outputs.
#[no_mangle]
pub unsafe extern "C" fn oxvirt_private_virAdmConnectSetLoggingOutputs(
    conn: virAdmConnectPtr,
    outputs: *const c_char,
    flags: c_uint,
) -> c_int {
    let _ = outputs;
    let _ = flags;
    api!(-1, "virAdmConnectSetLoggingOutputs", |cx| {
        check::adm_conn(cx, conn)?;
        Err(cx.unsupported())
    })
}

/// `virAdmConnectUnregisterCloseCallback`: Unregisters close callback on the admin connection.
#[no_mangle]
pub unsafe extern "C" fn oxvirt_private_virAdmConnectUnregisterCloseCallback(
    conn: virAdmConnectPtr,
    cb: virAdmConnectCloseFunc,
) -> c_int {
    api!(-1, "virAdmConnectUnregisterCloseCallback", |cx| {
        check::adm_conn(cx, conn)?;
        check::non_null(cx, cb, "cb")?;
        Err(cx.unsupported())
    })
}

/// `virAdmGetVersion`: get version.
#[no_mangle]
pub unsafe extern "C" fn oxvirt_private_virAdmGetVersion(libVer: *mut c_ulonglong) -> c_int {
    api!(-1, "virAdmGetVersion", || {
        if libVer.is_null() {
            return Err(Error::generic_failure());
        }
        *libVer = LIBVIR_VERSION_NUMBER as c_ulonglong;
        Ok(0)
    })
}

/// `virAdmInitialize`: initialize.
#[no_mangle]
pub unsafe extern "C" fn oxvirt_private_virAdmInitialize() -> c_int {
    // Everything initialises itself on first use.
    api!(-1, "virAdmInitialize", || Ok(0))
}

/// `virAdmServerFree`: Releases the caller's reference to a daemon server; it is freed with its last reference.
#[no_mangle]
pub unsafe extern "C" fn oxvirt_private_virAdmServerFree(srv: virAdmServerPtr) -> c_int {
    // libvirt: freeing NULL is a successful no-op.
    api!(-1, "virAdmServerFree", |cx| {
        if srv.is_null() {
            return Ok(0);
        }
        check::adm_server(cx, srv)?;
        Err(cx.unsupported())
    })
}

/// `virAdmServerGetClientLimits`: Gets the daemon server's client limits.
#[no_mangle]
pub unsafe extern "C" fn oxvirt_private_virAdmServerGetClientLimits(
    srv: virAdmServerPtr,
    params: *mut virTypedParameterPtr,
    nparams: *mut c_int,
    flags: c_uint,
) -> c_int {
    let _ = params;
    let _ = nparams;
    let _ = flags;
    api!(-1, "virAdmServerGetClientLimits", |cx| {
        check::adm_server(cx, srv)?;
        Err(cx.unsupported())
    })
}

/// `virAdmServerGetName`: Gets the daemon server's name.
#[no_mangle]
pub unsafe extern "C" fn oxvirt_private_virAdmServerGetName(srv: virAdmServerPtr) -> *const c_char {
    api!(ptr::null_mut(), "virAdmServerGetName", |cx| {
        check::adm_server(cx, srv)?;
        Err(cx.unsupported())
    })
}

/// `virAdmServerGetThreadPoolParameters`: Gets the daemon server's thread pool parameters.
#[no_mangle]
pub unsafe extern "C" fn oxvirt_private_virAdmServerGetThreadPoolParameters(
    srv: virAdmServerPtr,
    params: *mut virTypedParameterPtr,
    nparams: *mut c_int,
    flags: c_uint,
) -> c_int {
    let _ = nparams;
    let _ = flags;
    api!(-1, "virAdmServerGetThreadPoolParameters", |cx| {
        check::adm_server(cx, srv)?;
        check::non_null(cx, params, "params")?;
        Err(cx.unsupported())
    })
}

/// `virAdmServerListClients`: Lists the clients of the daemon server.
#[no_mangle]
pub unsafe extern "C" fn oxvirt_private_virAdmServerListClients(
    srv: virAdmServerPtr,
    clients: *mut *mut virAdmClientPtr,
    flags: c_uint,
) -> c_int {
    let _ = clients;
    let _ = flags;
    api!(-1, "virAdmServerListClients", |cx| {
        check::adm_server(cx, srv)?;
        Err(cx.unsupported())
    })
}

/// `virAdmServerLookupClient`: Looks up client of the daemon server; returns a new handle or NULL.
#[no_mangle]
pub unsafe extern "C" fn oxvirt_private_virAdmServerLookupClient(
    srv: virAdmServerPtr,
    id: c_ulonglong,
    flags: c_uint,
) -> virAdmClientPtr {
    let _ = id;
    let _ = flags;
    api!(ptr::null_mut(), "virAdmServerLookupClient", |cx| {
        check::adm_server(cx, srv)?;
        Err(cx.unsupported())
    })
}

/// `virAdmServerSetClientLimits`: Sets the daemon server's client limits.
#[no_mangle]
pub unsafe extern "C" fn oxvirt_private_virAdmServerSetClientLimits(
    srv: virAdmServerPtr,
    params: virTypedParameterPtr,
    nparams: c_int,
    flags: c_uint,
) -> c_int {
    let _ = flags;
    api!(-1, "virAdmServerSetClientLimits", |cx| {
        check::adm_server(cx, srv)?;
        check::non_null(cx, params, "params")?;
        check::non_negative(cx, nparams, "nparams")?;
        Err(cx.unsupported())
    })
}

/// `virAdmServerSetThreadPoolParameters`: Sets the daemon server's thread pool parameters.
#[no_mangle]
pub unsafe extern "C" fn oxvirt_private_virAdmServerSetThreadPoolParameters(
    srv: virAdmServerPtr,
    params: virTypedParameterPtr,
    nparams: c_int,
    flags: c_uint,
) -> c_int {
    let _ = flags;
    api!(-1, "virAdmServerSetThreadPoolParameters", |cx| {
        check::adm_server(cx, srv)?;
        check::non_null(cx, params, "params")?;
        check::non_negative(cx, nparams, "nparams")?;
        Err(cx.unsupported())
    })
}

/// `virAdmServerUpdateTlsFiles`: Updates tls files of the daemon server.
#[no_mangle]
pub unsafe extern "C" fn oxvirt_private_virAdmServerUpdateTlsFiles(
    srv: virAdmServerPtr,
    flags: c_uint,
) -> c_int {
    let _ = flags;
    api!(-1, "virAdmServerUpdateTlsFiles", |cx| {
        check::adm_server(cx, srv)?;
        Err(cx.unsupported())
    })
}
