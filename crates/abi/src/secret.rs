//! Types and constants of `libvirt-secret.h`.

use crate::prelude::*;

/// Values of `virConnectListAllSecretsFlags`.
/// Since: 0.10.2
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virConnectListAllSecretsFlags {
    /// Since: 0.10.2
    VIR_CONNECT_LIST_SECRETS_EPHEMERAL = 1,
    /// Since: 0.10.2
    VIR_CONNECT_LIST_SECRETS_NO_EPHEMERAL = 2,
    /// Since: 0.10.2
    VIR_CONNECT_LIST_SECRETS_PRIVATE = 4,
    /// Since: 0.10.2
    VIR_CONNECT_LIST_SECRETS_NO_PRIVATE = 8,
}

/// Values of `virSecretDefineFlags`.
/// Since: 7.7.0
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virSecretDefineFlags {
    /// Since: 7.7.0
    VIR_SECRET_DEFINE_VALIDATE = 1,
}

/// Values of `virSecretEventLifecycleType`.
/// Since: 3.0.0
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virSecretEventLifecycleType {
    /// Since: 3.0.0
    VIR_SECRET_EVENT_DEFINED = 0,
    /// Since: 3.0.0
    VIR_SECRET_EVENT_UNDEFINED = 1,
    /// Since: 3.0.0
    #[cfg(feature = "enum_sentinels")]
    VIR_SECRET_EVENT_LAST = 2,
}

/// Values of `virSecretEventID`.
/// Since: 3.0.0
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virSecretEventID {
    /// Since: 3.0.0
    VIR_SECRET_EVENT_ID_LIFECYCLE = 0,
    /// Since: 3.0.0
    VIR_SECRET_EVENT_ID_VALUE_CHANGED = 1,
    /// Since: 3.0.0
    #[cfg(feature = "enum_sentinels")]
    VIR_SECRET_EVENT_ID_LAST = 2,
}

/// Values of `virSecretUsageType`.
/// Since: 0.7.1
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virSecretUsageType {
    /// Since: 0.7.1
    VIR_SECRET_USAGE_TYPE_NONE = 0,
    /// Since: 0.7.1
    VIR_SECRET_USAGE_TYPE_VOLUME = 1,
    /// Since: 0.9.7
    VIR_SECRET_USAGE_TYPE_CEPH = 2,
    /// Since: 1.0.4
    VIR_SECRET_USAGE_TYPE_ISCSI = 3,
    /// Since: 2.3.0
    VIR_SECRET_USAGE_TYPE_TLS = 4,
    /// Since: 5.6.0
    VIR_SECRET_USAGE_TYPE_VTPM = 5,
    /// Since: 0.9.7
    #[cfg(feature = "enum_sentinels")]
    VIR_SECRET_USAGE_TYPE_LAST = 6,
}

/// The C handle `virSecret`; its contents are private to the library.
/// Since: 0.7.1
pub struct _virSecret {
    _private: [u8; 0],
}
/// `virSecret`.
/// Since: 0.7.1
pub type virSecret = _virSecret;

/// `virSecretPtr`.
/// Since: 0.7.1
pub type virSecretPtr = *mut virSecret;

/// Callback type `virConnectSecretEventGenericCallback`.
/// Since: 3.0.0
pub type virConnectSecretEventGenericCallback =
    Option<unsafe extern "C" fn(conn: virConnectPtr, secret: virSecretPtr, opaque: *mut c_void)>;
/// Callback type `virConnectSecretEventLifecycleCallback`.
/// Since: 3.0.0
pub type virConnectSecretEventLifecycleCallback = Option<
    unsafe extern "C" fn(
        conn: virConnectPtr,
        secret: virSecretPtr,
        event: c_int,
        detail: c_int,
        opaque: *mut c_void,
    ),
>;
