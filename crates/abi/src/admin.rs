//! Types and constants of `libvirt-admin.h`.

use crate::prelude::*;

/// Typed-parameter or identity field name `readonly`.
/// Since: 2.0.0
pub const VIR_CLIENT_INFO_READONLY: &str = "readonly";
/// Typed-parameter or identity field name `sasl_user_name`.
/// Since: 2.0.0
pub const VIR_CLIENT_INFO_SASL_USER_NAME: &str = "sasl_user_name";
/// Typed-parameter or identity field name `selinux_context`.
/// Since: 2.0.0
pub const VIR_CLIENT_INFO_SELINUX_CONTEXT: &str = "selinux_context";
/// Typed-parameter or identity field name `sock_addr`.
/// Since: 2.0.0
pub const VIR_CLIENT_INFO_SOCKET_ADDR: &str = "sock_addr";
/// Typed-parameter or identity field name `unix_group_id`.
/// Since: 2.0.0
pub const VIR_CLIENT_INFO_UNIX_GROUP_ID: &str = "unix_group_id";
/// Typed-parameter or identity field name `unix_group_name`.
/// Since: 2.0.0
pub const VIR_CLIENT_INFO_UNIX_GROUP_NAME: &str = "unix_group_name";
/// Typed-parameter or identity field name `unix_process_id`.
/// Since: 2.0.0
pub const VIR_CLIENT_INFO_UNIX_PROCESS_ID: &str = "unix_process_id";
/// Typed-parameter or identity field name `unix_user_id`.
/// Since: 2.0.0
pub const VIR_CLIENT_INFO_UNIX_USER_ID: &str = "unix_user_id";
/// Typed-parameter or identity field name `unix_user_name`.
/// Since: 2.0.0
pub const VIR_CLIENT_INFO_UNIX_USER_NAME: &str = "unix_user_name";
/// Typed-parameter or identity field name `tls_x509_dname`.
/// Since: 2.0.0
pub const VIR_CLIENT_INFO_X509_DISTINGUISHED_NAME: &str = "tls_x509_dname";
/// Typed-parameter or identity field name `nclients`.
/// Since: 2.0.0
pub const VIR_SERVER_CLIENTS_CURRENT: &str = "nclients";
/// Typed-parameter or identity field name `nclients_max`.
/// Since: 2.0.0
pub const VIR_SERVER_CLIENTS_MAX: &str = "nclients_max";
/// Typed-parameter or identity field name `nclients_unauth`.
/// Since: 2.0.0
pub const VIR_SERVER_CLIENTS_UNAUTH_CURRENT: &str = "nclients_unauth";
/// Typed-parameter or identity field name `nclients_unauth_max`.
/// Since: 2.0.0
pub const VIR_SERVER_CLIENTS_UNAUTH_MAX: &str = "nclients_unauth_max";
/// Typed-parameter or identity field name `jobQueueDepth`.
/// Since: 2.0.0
pub const VIR_THREADPOOL_JOB_QUEUE_DEPTH: &str = "jobQueueDepth";
/// Typed-parameter or identity field name `nWorkers`.
/// Since: 2.0.0
pub const VIR_THREADPOOL_WORKERS_CURRENT: &str = "nWorkers";
/// Typed-parameter or identity field name `freeWorkers`.
/// Since: 2.0.0
pub const VIR_THREADPOOL_WORKERS_FREE: &str = "freeWorkers";
/// Typed-parameter or identity field name `maxWorkers`.
/// Since: 2.0.0
pub const VIR_THREADPOOL_WORKERS_MAX: &str = "maxWorkers";
/// Typed-parameter or identity field name `minWorkers`.
/// Since: 2.0.0
pub const VIR_THREADPOOL_WORKERS_MIN: &str = "minWorkers";
/// Typed-parameter or identity field name `prioWorkers`.
/// Since: 2.0.0
pub const VIR_THREADPOOL_WORKERS_PRIORITY: &str = "prioWorkers";

/// Values of `virClientTransport`.
/// Since: 2.0.0
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virClientTransport {
    /// Since: 2.0.0
    VIR_CLIENT_TRANS_UNIX = 0,
    /// Since: 2.0.0
    VIR_CLIENT_TRANS_TCP = 1,
    /// Since: 2.0.0
    VIR_CLIENT_TRANS_TLS = 2,
    /// Since: 2.0.0
    #[cfg(feature = "enum_sentinels")]
    VIR_CLIENT_TRANS_LAST = 3,
}

/// The C handle `virAdmClient`; its contents are private to the library.
/// Since: 2.0.0
pub struct _virAdmClient {
    _private: [u8; 0],
}
/// `virAdmClient`.
/// Since: 2.0.0
pub type virAdmClient = _virAdmClient;

/// The C handle `virAdmConnect`; its contents are private to the library.
/// Since: 2.0.0
pub struct _virAdmConnect {
    _private: [u8; 0],
}
/// `virAdmConnect`.
/// Since: 2.0.0
pub type virAdmConnect = _virAdmConnect;

/// The C handle `virAdmServer`; its contents are private to the library.
/// Since: 2.0.0
pub struct _virAdmServer {
    _private: [u8; 0],
}
/// `virAdmServer`.
/// Since: 2.0.0
pub type virAdmServer = _virAdmServer;

/// `virAdmClientPtr`.
/// Since: 2.0.0
pub type virAdmClientPtr = *mut virAdmClient;
/// `virAdmConnectPtr`.
/// Since: 2.0.0
pub type virAdmConnectPtr = *mut virAdmConnect;
/// `virAdmServerPtr`.
/// Since: 2.0.0
pub type virAdmServerPtr = *mut virAdmServer;

/// Callback type `virAdmConnectCloseFunc`.
/// Since: 2.0.0
pub type virAdmConnectCloseFunc =
    Option<unsafe extern "C" fn(conn: virAdmConnectPtr, reason: c_int, opaque: *mut c_void)>;
