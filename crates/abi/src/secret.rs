//! Types and constants of `libvirt-secret.h`.

use crate::prelude::*;

/// Values of `virConnectListAllSecretsFlags`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virConnectListAllSecretsFlags {
    VIR_CONNECT_LIST_SECRETS_EPHEMERAL = 1,
    VIR_CONNECT_LIST_SECRETS_NO_EPHEMERAL = 2,
    VIR_CONNECT_LIST_SECRETS_PRIVATE = 4,
    VIR_CONNECT_LIST_SECRETS_NO_PRIVATE = 8,
}

/// Values of `virSecretDefineFlags`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virSecretDefineFlags {
    VIR_SECRET_DEFINE_VALIDATE = 1,
}

/// Values of `virSecretEventLifecycleType`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virSecretEventLifecycleType {
    VIR_SECRET_EVENT_DEFINED = 0,
    VIR_SECRET_EVENT_UNDEFINED = 1,
    #[cfg(feature = "enum_sentinels")]
    VIR_SECRET_EVENT_LAST = 2,
}

/// Values of `virSecretEventID`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virSecretEventID {
    VIR_SECRET_EVENT_ID_LIFECYCLE = 0,
    VIR_SECRET_EVENT_ID_VALUE_CHANGED = 1,
    #[cfg(feature = "enum_sentinels")]
    VIR_SECRET_EVENT_ID_LAST = 2,
}

/// Values of `virSecretUsageType`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virSecretUsageType {
    VIR_SECRET_USAGE_TYPE_NONE = 0,
    VIR_SECRET_USAGE_TYPE_VOLUME = 1,
    VIR_SECRET_USAGE_TYPE_CEPH = 2,
    VIR_SECRET_USAGE_TYPE_ISCSI = 3,
    VIR_SECRET_USAGE_TYPE_TLS = 4,
    VIR_SECRET_USAGE_TYPE_VTPM = 5,
    #[cfg(feature = "enum_sentinels")]
    VIR_SECRET_USAGE_TYPE_LAST = 6,
}

/// The C handle `virSecret`; its contents are private to the library.
pub struct _virSecret {
    _private: [u8; 0],
}
/// `virSecret`.
pub type virSecret = _virSecret;

/// `virSecretPtr`.
pub type virSecretPtr = *mut virSecret;

/// Callback type `virConnectSecretEventGenericCallback`.
pub type virConnectSecretEventGenericCallback =
    Option<unsafe extern "C" fn(conn: virConnectPtr, secret: virSecretPtr, opaque: *mut c_void)>;
/// Callback type `virConnectSecretEventLifecycleCallback`.
pub type virConnectSecretEventLifecycleCallback = Option<
    unsafe extern "C" fn(
        conn: virConnectPtr,
        secret: virSecretPtr,
        event: c_int,
        detail: c_int,
        opaque: *mut c_void,
    ),
>;
