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

/// `virAdmClientClose`: Closes the daemon client.
#[no_mangle]
pub unsafe extern "C" fn virAdmClientClose(client: virAdmClientPtr, flags: c_uint) -> c_int {
    oxvirt_private_virAdmClientClose(client, flags)
}

/// `virAdmClientFree`: Releases the caller's reference to a daemon client; it is freed with its last reference.
#[no_mangle]
pub unsafe extern "C" fn virAdmClientFree(client: virAdmClientPtr) -> c_int {
    oxvirt_private_virAdmClientFree(client)
}

/// `virAdmClientGetID`: Gets the daemon client's ID.
#[no_mangle]
pub unsafe extern "C" fn virAdmClientGetID(client: virAdmClientPtr) -> c_ulonglong {
    oxvirt_private_virAdmClientGetID(client)
}

/// `virAdmClientGetInfo`: Gets the daemon client's info.
#[no_mangle]
pub unsafe extern "C" fn virAdmClientGetInfo(
    client: virAdmClientPtr,
    params: *mut virTypedParameterPtr,
    nparams: *mut c_int,
    flags: c_uint,
) -> c_int {
    oxvirt_private_virAdmClientGetInfo(client, params, nparams, flags)
}

/// `virAdmClientGetTimestamp`: Gets the daemon client's timestamp.
#[no_mangle]
pub unsafe extern "C" fn virAdmClientGetTimestamp(client: virAdmClientPtr) -> c_longlong {
    oxvirt_private_virAdmClientGetTimestamp(client)
}

/// `virAdmClientGetTransport`: Gets the daemon client's transport.
#[no_mangle]
pub unsafe extern "C" fn virAdmClientGetTransport(client: virAdmClientPtr) -> c_int {
    oxvirt_private_virAdmClientGetTransport(client)
}

/// `virAdmConnectClose`: Closes the admin connection.
#[no_mangle]
pub unsafe extern "C" fn virAdmConnectClose(conn: virAdmConnectPtr) -> c_int {
    oxvirt_private_virAdmConnectClose(conn)
}

/// `virAdmConnectGetLibVersion`: Gets the admin connection's lib version.
#[no_mangle]
pub unsafe extern "C" fn virAdmConnectGetLibVersion(
    conn: virAdmConnectPtr,
    libVer: *mut c_ulonglong,
) -> c_int {
    oxvirt_private_virAdmConnectGetLibVersion(conn, libVer)
}

/// `virAdmConnectGetLoggingFilters`: Gets the admin connection's logging filters.
#[no_mangle]
pub unsafe extern "C" fn virAdmConnectGetLoggingFilters(
    conn: virAdmConnectPtr,
    filters: *mut *mut c_char,
    flags: c_uint,
) -> c_int {
    oxvirt_private_virAdmConnectGetLoggingFilters(conn, filters, flags)
}

/// `virAdmConnectGetLoggingOutputs`: Gets the admin connection's logging outputs.
#[no_mangle]
pub unsafe extern "C" fn virAdmConnectGetLoggingOutputs(
    conn: virAdmConnectPtr,
    outputs: *mut *mut c_char,
    flags: c_uint,
) -> c_int {
    oxvirt_private_virAdmConnectGetLoggingOutputs(conn, outputs, flags)
}

/// `virAdmConnectGetURI`: Gets the admin connection's URI.
#[no_mangle]
pub unsafe extern "C" fn virAdmConnectGetURI(conn: virAdmConnectPtr) -> *mut c_char {
    oxvirt_private_virAdmConnectGetURI(conn)
}

/// `virAdmConnectIsAlive`: Tells whether the admin connection is alive: 1 if so, 0 if not, -1 on error.
#[no_mangle]
pub unsafe extern "C" fn virAdmConnectIsAlive(conn: virAdmConnectPtr) -> c_int {
    oxvirt_private_virAdmConnectIsAlive(conn)
}

/// `virAdmConnectListServers`: Lists the servers of the admin connection.
#[no_mangle]
pub unsafe extern "C" fn virAdmConnectListServers(
    conn: virAdmConnectPtr,
    servers: *mut *mut virAdmServerPtr,
    flags: c_uint,
) -> c_int {
    oxvirt_private_virAdmConnectListServers(conn, servers, flags)
}

/// `virAdmConnectLookupServer`: Looks up server of the admin connection; returns a new handle or NULL.
#[no_mangle]
pub unsafe extern "C" fn virAdmConnectLookupServer(
    conn: virAdmConnectPtr,
    name: *const c_char,
    flags: c_uint,
) -> virAdmServerPtr {
    oxvirt_private_virAdmConnectLookupServer(conn, name, flags)
}

/// `virAdmConnectOpen`: Opens a connection; returns a new handle or NULL.
#[no_mangle]
pub unsafe extern "C" fn virAdmConnectOpen(name: *const c_char, flags: c_uint) -> virAdmConnectPtr {
    oxvirt_private_virAdmConnectOpen(name, flags)
}

/// `virAdmConnectRef`: Takes one more reference to a admin connection; release it with the matching free call.
#[no_mangle]
pub unsafe extern "C" fn virAdmConnectRef(conn: virAdmConnectPtr) -> c_int {
    oxvirt_private_virAdmConnectRef(conn)
}

/// `virAdmConnectRegisterCloseCallback`: Registers close callback on the admin connection.
#[no_mangle]
pub unsafe extern "C" fn virAdmConnectRegisterCloseCallback(
    conn: virAdmConnectPtr,
    cb: virAdmConnectCloseFunc,
    opaque: *mut c_void,
    freecb: virFreeCallback,
) -> c_int {
    oxvirt_private_virAdmConnectRegisterCloseCallback(conn, cb, opaque, freecb)
}

/// `virAdmConnectSetDaemonTimeout`: Sets the admin connection's daemon timeout.
#[no_mangle]
pub unsafe extern "C" fn virAdmConnectSetDaemonTimeout(
    conn: virAdmConnectPtr,
    timeout: c_uint,
    flags: c_uint,
) -> c_int {
    oxvirt_private_virAdmConnectSetDaemonTimeout(conn, timeout, flags)
}

/// `virAdmConnectSetLoggingFilters`: Sets the admin connection's logging filters.
#[no_mangle]
pub unsafe extern "C" fn virAdmConnectSetLoggingFilters(
    conn: virAdmConnectPtr,
    filters: *const c_char,
    flags: c_uint,
) -> c_int {
    oxvirt_private_virAdmConnectSetLoggingFilters(conn, filters, flags)
}

/// `virAdmConnectSetLoggingOutputs`: Sets the admin connection's logging outputs.
#[no_mangle]
pub unsafe extern "C" fn virAdmConnectSetLoggingOutputs(
    conn: virAdmConnectPtr,
    outputs: *const c_char,
    flags: c_uint,
) -> c_int {
    oxvirt_private_virAdmConnectSetLoggingOutputs(conn, outputs, flags)
}

/// `virAdmConnectUnregisterCloseCallback`: Unregisters close callback on the admin connection.
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

/// `virAdmServerFree`: Releases the caller's reference to a daemon server; it is freed with its last reference.
#[no_mangle]
pub unsafe extern "C" fn virAdmServerFree(srv: virAdmServerPtr) -> c_int {
    oxvirt_private_virAdmServerFree(srv)
}

/// `virAdmServerGetClientLimits`: Gets the daemon server's client limits.
#[no_mangle]
pub unsafe extern "C" fn virAdmServerGetClientLimits(
    srv: virAdmServerPtr,
    params: *mut virTypedParameterPtr,
    nparams: *mut c_int,
    flags: c_uint,
) -> c_int {
    oxvirt_private_virAdmServerGetClientLimits(srv, params, nparams, flags)
}

/// `virAdmServerGetName`: Gets the daemon server's name.
#[no_mangle]
pub unsafe extern "C" fn virAdmServerGetName(srv: virAdmServerPtr) -> *const c_char {
    oxvirt_private_virAdmServerGetName(srv)
}

/// `virAdmServerGetThreadPoolParameters`: Gets the daemon server's thread pool parameters.
#[no_mangle]
pub unsafe extern "C" fn virAdmServerGetThreadPoolParameters(
    srv: virAdmServerPtr,
    params: *mut virTypedParameterPtr,
    nparams: *mut c_int,
    flags: c_uint,
) -> c_int {
    oxvirt_private_virAdmServerGetThreadPoolParameters(srv, params, nparams, flags)
}

/// `virAdmServerListClients`: Lists the clients of the daemon server.
#[no_mangle]
pub unsafe extern "C" fn virAdmServerListClients(
    srv: virAdmServerPtr,
    clients: *mut *mut virAdmClientPtr,
    flags: c_uint,
) -> c_int {
    oxvirt_private_virAdmServerListClients(srv, clients, flags)
}

/// `virAdmServerLookupClient`: Looks up client of the daemon server; returns a new handle or NULL.
#[no_mangle]
pub unsafe extern "C" fn virAdmServerLookupClient(
    srv: virAdmServerPtr,
    id: c_ulonglong,
    flags: c_uint,
) -> virAdmClientPtr {
    oxvirt_private_virAdmServerLookupClient(srv, id, flags)
}

/// `virAdmServerSetClientLimits`: Sets the daemon server's client limits.
#[no_mangle]
pub unsafe extern "C" fn virAdmServerSetClientLimits(
    srv: virAdmServerPtr,
    params: virTypedParameterPtr,
    nparams: c_int,
    flags: c_uint,
) -> c_int {
    oxvirt_private_virAdmServerSetClientLimits(srv, params, nparams, flags)
}

/// `virAdmServerSetThreadPoolParameters`: Sets the daemon server's thread pool parameters.
#[no_mangle]
pub unsafe extern "C" fn virAdmServerSetThreadPoolParameters(
    srv: virAdmServerPtr,
    params: virTypedParameterPtr,
    nparams: c_int,
    flags: c_uint,
) -> c_int {
    oxvirt_private_virAdmServerSetThreadPoolParameters(srv, params, nparams, flags)
}

/// `virAdmServerUpdateTlsFiles`: Updates tls files of the daemon server.
#[no_mangle]
pub unsafe extern "C" fn virAdmServerUpdateTlsFiles(srv: virAdmServerPtr, flags: c_uint) -> c_int {
    oxvirt_private_virAdmServerUpdateTlsFiles(srv, flags)
}
