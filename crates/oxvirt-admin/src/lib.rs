//! `libvirt-admin.so.0`: the exported entry points of `libvirt-admin.h`. Each one forwards
//! to its private twin in `libvirt.so.0`, so objects, locks and the error slot
//! exist once, in the main library.
#![allow(
    improper_ctypes,
    non_snake_case,
    clippy::missing_safety_doc,
    clippy::too_many_arguments
)]

use oxvirt_abi::prelude::*;

extern "C" {
    fn oxvirt_private_virAdmClientClose(client: virAdmClientPtr, flags: c_uint) -> c_int;
    fn oxvirt_private_virAdmClientFree(client: virAdmClientPtr) -> c_int;
    fn oxvirt_private_virAdmClientGetID(client: virAdmClientPtr) -> c_ulonglong;
    fn oxvirt_private_virAdmClientGetInfo(
        client: virAdmClientPtr,
        params: *mut virTypedParameterPtr,
        nparams: *mut c_int,
        flags: c_uint,
    ) -> c_int;
    fn oxvirt_private_virAdmClientGetTimestamp(client: virAdmClientPtr) -> c_longlong;
    fn oxvirt_private_virAdmClientGetTransport(client: virAdmClientPtr) -> c_int;
    fn oxvirt_private_virAdmConnectClose(conn: virAdmConnectPtr) -> c_int;
    fn oxvirt_private_virAdmConnectGetLibVersion(
        conn: virAdmConnectPtr,
        libVer: *mut c_ulonglong,
    ) -> c_int;
    fn oxvirt_private_virAdmConnectGetLoggingFilters(
        conn: virAdmConnectPtr,
        filters: *mut *mut c_char,
        flags: c_uint,
    ) -> c_int;
    fn oxvirt_private_virAdmConnectGetLoggingOutputs(
        conn: virAdmConnectPtr,
        outputs: *mut *mut c_char,
        flags: c_uint,
    ) -> c_int;
    fn oxvirt_private_virAdmConnectGetURI(conn: virAdmConnectPtr) -> *mut c_char;
    fn oxvirt_private_virAdmConnectIsAlive(conn: virAdmConnectPtr) -> c_int;
    fn oxvirt_private_virAdmConnectListServers(
        conn: virAdmConnectPtr,
        servers: *mut *mut virAdmServerPtr,
        flags: c_uint,
    ) -> c_int;
    fn oxvirt_private_virAdmConnectLookupServer(
        conn: virAdmConnectPtr,
        name: *const c_char,
        flags: c_uint,
    ) -> virAdmServerPtr;
    fn oxvirt_private_virAdmConnectOpen(name: *const c_char, flags: c_uint) -> virAdmConnectPtr;
    fn oxvirt_private_virAdmConnectRef(conn: virAdmConnectPtr) -> c_int;
    fn oxvirt_private_virAdmConnectRegisterCloseCallback(
        conn: virAdmConnectPtr,
        cb: virAdmConnectCloseFunc,
        opaque: *mut c_void,
        freecb: virFreeCallback,
    ) -> c_int;
    fn oxvirt_private_virAdmConnectSetDaemonTimeout(
        conn: virAdmConnectPtr,
        timeout: c_uint,
        flags: c_uint,
    ) -> c_int;
    fn oxvirt_private_virAdmConnectSetLoggingFilters(
        conn: virAdmConnectPtr,
        filters: *const c_char,
        flags: c_uint,
    ) -> c_int;
    fn oxvirt_private_virAdmConnectSetLoggingOutputs(
        conn: virAdmConnectPtr,
        outputs: *const c_char,
        flags: c_uint,
    ) -> c_int;
    fn oxvirt_private_virAdmConnectUnregisterCloseCallback(
        conn: virAdmConnectPtr,
        cb: virAdmConnectCloseFunc,
    ) -> c_int;
    fn oxvirt_private_virAdmGetVersion(libVer: *mut c_ulonglong) -> c_int;
    fn oxvirt_private_virAdmInitialize() -> c_int;
    fn oxvirt_private_virAdmServerFree(srv: virAdmServerPtr) -> c_int;
    fn oxvirt_private_virAdmServerGetClientLimits(
        srv: virAdmServerPtr,
        params: *mut virTypedParameterPtr,
        nparams: *mut c_int,
        flags: c_uint,
    ) -> c_int;
    fn oxvirt_private_virAdmServerGetName(srv: virAdmServerPtr) -> *const c_char;
    fn oxvirt_private_virAdmServerGetThreadPoolParameters(
        srv: virAdmServerPtr,
        params: *mut virTypedParameterPtr,
        nparams: *mut c_int,
        flags: c_uint,
    ) -> c_int;
    fn oxvirt_private_virAdmServerListClients(
        srv: virAdmServerPtr,
        clients: *mut *mut virAdmClientPtr,
        flags: c_uint,
    ) -> c_int;
    fn oxvirt_private_virAdmServerLookupClient(
        srv: virAdmServerPtr,
        id: c_ulonglong,
        flags: c_uint,
    ) -> virAdmClientPtr;
    fn oxvirt_private_virAdmServerSetClientLimits(
        srv: virAdmServerPtr,
        params: virTypedParameterPtr,
        nparams: c_int,
        flags: c_uint,
    ) -> c_int;
    fn oxvirt_private_virAdmServerSetThreadPoolParameters(
        srv: virAdmServerPtr,
        params: virTypedParameterPtr,
        nparams: c_int,
        flags: c_uint,
    ) -> c_int;
    fn oxvirt_private_virAdmServerUpdateTlsFiles(srv: virAdmServerPtr, flags: c_uint) -> c_int;
}

/// `virAdmClientClose`: client close.
#[no_mangle]
pub unsafe extern "C" fn virAdmClientClose(client: virAdmClientPtr, flags: c_uint) -> c_int {
    oxvirt_private_virAdmClientClose(client, flags)
}

/// `virAdmClientFree`: client free.
#[no_mangle]
pub unsafe extern "C" fn virAdmClientFree(client: virAdmClientPtr) -> c_int {
    oxvirt_private_virAdmClientFree(client)
}

/// `virAdmClientGetID`: client get ID.
#[no_mangle]
pub unsafe extern "C" fn virAdmClientGetID(client: virAdmClientPtr) -> c_ulonglong {
    oxvirt_private_virAdmClientGetID(client)
}

/// `virAdmClientGetInfo`: client get info.
#[no_mangle]
pub unsafe extern "C" fn virAdmClientGetInfo(
    client: virAdmClientPtr,
    params: *mut virTypedParameterPtr,
    nparams: *mut c_int,
    flags: c_uint,
) -> c_int {
    oxvirt_private_virAdmClientGetInfo(client, params, nparams, flags)
}

/// `virAdmClientGetTimestamp`: client get timestamp.
#[no_mangle]
pub unsafe extern "C" fn virAdmClientGetTimestamp(client: virAdmClientPtr) -> c_longlong {
    oxvirt_private_virAdmClientGetTimestamp(client)
}

/// `virAdmClientGetTransport`: client get transport.
#[no_mangle]
pub unsafe extern "C" fn virAdmClientGetTransport(client: virAdmClientPtr) -> c_int {
    oxvirt_private_virAdmClientGetTransport(client)
}

/// `virAdmConnectClose`: connect close.
#[no_mangle]
pub unsafe extern "C" fn virAdmConnectClose(conn: virAdmConnectPtr) -> c_int {
    oxvirt_private_virAdmConnectClose(conn)
}

/// `virAdmConnectGetLibVersion`: connect get lib version.
#[no_mangle]
pub unsafe extern "C" fn virAdmConnectGetLibVersion(
    conn: virAdmConnectPtr,
    libVer: *mut c_ulonglong,
) -> c_int {
    oxvirt_private_virAdmConnectGetLibVersion(conn, libVer)
}

/// `virAdmConnectGetLoggingFilters`: connect get logging filters.
#[no_mangle]
pub unsafe extern "C" fn virAdmConnectGetLoggingFilters(
    conn: virAdmConnectPtr,
    filters: *mut *mut c_char,
    flags: c_uint,
) -> c_int {
    oxvirt_private_virAdmConnectGetLoggingFilters(conn, filters, flags)
}

/// `virAdmConnectGetLoggingOutputs`: connect get logging outputs.
#[no_mangle]
pub unsafe extern "C" fn virAdmConnectGetLoggingOutputs(
    conn: virAdmConnectPtr,
    outputs: *mut *mut c_char,
    flags: c_uint,
) -> c_int {
    oxvirt_private_virAdmConnectGetLoggingOutputs(conn, outputs, flags)
}

/// `virAdmConnectGetURI`: connect get URI.
#[no_mangle]
pub unsafe extern "C" fn virAdmConnectGetURI(conn: virAdmConnectPtr) -> *mut c_char {
    oxvirt_private_virAdmConnectGetURI(conn)
}

/// `virAdmConnectIsAlive`: connect is alive.
#[no_mangle]
pub unsafe extern "C" fn virAdmConnectIsAlive(conn: virAdmConnectPtr) -> c_int {
    oxvirt_private_virAdmConnectIsAlive(conn)
}

/// `virAdmConnectListServers`: connect list servers.
#[no_mangle]
pub unsafe extern "C" fn virAdmConnectListServers(
    conn: virAdmConnectPtr,
    servers: *mut *mut virAdmServerPtr,
    flags: c_uint,
) -> c_int {
    oxvirt_private_virAdmConnectListServers(conn, servers, flags)
}

/// `virAdmConnectLookupServer`: connect lookup server.
#[no_mangle]
pub unsafe extern "C" fn virAdmConnectLookupServer(
    conn: virAdmConnectPtr,
    name: *const c_char,
    flags: c_uint,
) -> virAdmServerPtr {
    oxvirt_private_virAdmConnectLookupServer(conn, name, flags)
}

/// `virAdmConnectOpen`: connect open.
#[no_mangle]
pub unsafe extern "C" fn virAdmConnectOpen(name: *const c_char, flags: c_uint) -> virAdmConnectPtr {
    oxvirt_private_virAdmConnectOpen(name, flags)
}

/// `virAdmConnectRef`: connect ref.
#[no_mangle]
pub unsafe extern "C" fn virAdmConnectRef(conn: virAdmConnectPtr) -> c_int {
    oxvirt_private_virAdmConnectRef(conn)
}

/// `virAdmConnectRegisterCloseCallback`: connect register close callback.
#[no_mangle]
pub unsafe extern "C" fn virAdmConnectRegisterCloseCallback(
    conn: virAdmConnectPtr,
    cb: virAdmConnectCloseFunc,
    opaque: *mut c_void,
    freecb: virFreeCallback,
) -> c_int {
    oxvirt_private_virAdmConnectRegisterCloseCallback(conn, cb, opaque, freecb)
}

/// `virAdmConnectSetDaemonTimeout`: connect set daemon timeout.
#[no_mangle]
pub unsafe extern "C" fn virAdmConnectSetDaemonTimeout(
    conn: virAdmConnectPtr,
    timeout: c_uint,
    flags: c_uint,
) -> c_int {
    oxvirt_private_virAdmConnectSetDaemonTimeout(conn, timeout, flags)
}

/// `virAdmConnectSetLoggingFilters`: connect set logging filters.
#[no_mangle]
pub unsafe extern "C" fn virAdmConnectSetLoggingFilters(
    conn: virAdmConnectPtr,
    filters: *const c_char,
    flags: c_uint,
) -> c_int {
    oxvirt_private_virAdmConnectSetLoggingFilters(conn, filters, flags)
}

/// `virAdmConnectSetLoggingOutputs`: connect set logging outputs.
#[no_mangle]
pub unsafe extern "C" fn virAdmConnectSetLoggingOutputs(
    conn: virAdmConnectPtr,
    outputs: *const c_char,
    flags: c_uint,
) -> c_int {
    oxvirt_private_virAdmConnectSetLoggingOutputs(conn, outputs, flags)
}

/// `virAdmConnectUnregisterCloseCallback`: connect unregister close callback.
#[no_mangle]
pub unsafe extern "C" fn virAdmConnectUnregisterCloseCallback(
    conn: virAdmConnectPtr,
    cb: virAdmConnectCloseFunc,
) -> c_int {
    oxvirt_private_virAdmConnectUnregisterCloseCallback(conn, cb)
}

/// `virAdmGetVersion`: get version.
#[no_mangle]
pub unsafe extern "C" fn virAdmGetVersion(libVer: *mut c_ulonglong) -> c_int {
    oxvirt_private_virAdmGetVersion(libVer)
}

/// `virAdmInitialize`: initialize.
#[no_mangle]
pub unsafe extern "C" fn virAdmInitialize() -> c_int {
    oxvirt_private_virAdmInitialize()
}

/// `virAdmServerFree`: server free.
#[no_mangle]
pub unsafe extern "C" fn virAdmServerFree(srv: virAdmServerPtr) -> c_int {
    oxvirt_private_virAdmServerFree(srv)
}

/// `virAdmServerGetClientLimits`: server get client limits.
#[no_mangle]
pub unsafe extern "C" fn virAdmServerGetClientLimits(
    srv: virAdmServerPtr,
    params: *mut virTypedParameterPtr,
    nparams: *mut c_int,
    flags: c_uint,
) -> c_int {
    oxvirt_private_virAdmServerGetClientLimits(srv, params, nparams, flags)
}

/// `virAdmServerGetName`: server get name.
#[no_mangle]
pub unsafe extern "C" fn virAdmServerGetName(srv: virAdmServerPtr) -> *const c_char {
    oxvirt_private_virAdmServerGetName(srv)
}

/// `virAdmServerGetThreadPoolParameters`: server get thread pool parameters.
#[no_mangle]
pub unsafe extern "C" fn virAdmServerGetThreadPoolParameters(
    srv: virAdmServerPtr,
    params: *mut virTypedParameterPtr,
    nparams: *mut c_int,
    flags: c_uint,
) -> c_int {
    oxvirt_private_virAdmServerGetThreadPoolParameters(srv, params, nparams, flags)
}

/// `virAdmServerListClients`: server list clients.
#[no_mangle]
pub unsafe extern "C" fn virAdmServerListClients(
    srv: virAdmServerPtr,
    clients: *mut *mut virAdmClientPtr,
    flags: c_uint,
) -> c_int {
    oxvirt_private_virAdmServerListClients(srv, clients, flags)
}

/// `virAdmServerLookupClient`: server lookup client.
#[no_mangle]
pub unsafe extern "C" fn virAdmServerLookupClient(
    srv: virAdmServerPtr,
    id: c_ulonglong,
    flags: c_uint,
) -> virAdmClientPtr {
    oxvirt_private_virAdmServerLookupClient(srv, id, flags)
}

/// `virAdmServerSetClientLimits`: server set client limits.
#[no_mangle]
pub unsafe extern "C" fn virAdmServerSetClientLimits(
    srv: virAdmServerPtr,
    params: virTypedParameterPtr,
    nparams: c_int,
    flags: c_uint,
) -> c_int {
    oxvirt_private_virAdmServerSetClientLimits(srv, params, nparams, flags)
}

/// `virAdmServerSetThreadPoolParameters`: server set thread pool parameters.
#[no_mangle]
pub unsafe extern "C" fn virAdmServerSetThreadPoolParameters(
    srv: virAdmServerPtr,
    params: virTypedParameterPtr,
    nparams: c_int,
    flags: c_uint,
) -> c_int {
    oxvirt_private_virAdmServerSetThreadPoolParameters(srv, params, nparams, flags)
}

/// `virAdmServerUpdateTlsFiles`: server update tls files.
#[no_mangle]
pub unsafe extern "C" fn virAdmServerUpdateTlsFiles(srv: virAdmServerPtr, flags: c_uint) -> c_int {
    oxvirt_private_virAdmServerUpdateTlsFiles(srv, flags)
}
