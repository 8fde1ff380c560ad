//! Types and constants of `libvirt-common.h`.

use crate::prelude::*;

/// `LIBVIR_VERSION_NUMBER`.
/// Since: 0.0.1
pub const LIBVIR_VERSION_NUMBER: c_int = 9000000;
/// `VIR_TYPED_PARAM_FIELD_LENGTH`.
/// Since: 0.9.2
pub const VIR_TYPED_PARAM_FIELD_LENGTH: usize = 80;

/// Values of `virConnectCloseReason`.
/// Since: 0.10.0
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virConnectCloseReason {
    /// Since: 0.10.0
    VIR_CONNECT_CLOSE_REASON_ERROR = 0,
    /// Since: 0.10.0
    VIR_CONNECT_CLOSE_REASON_EOF = 1,
    /// Since: 0.10.0
    VIR_CONNECT_CLOSE_REASON_KEEPALIVE = 2,
    /// Since: 0.10.0
    VIR_CONNECT_CLOSE_REASON_CLIENT = 3,
    /// Since: 0.10.0
    #[cfg(feature = "enum_sentinels")]
    VIR_CONNECT_CLOSE_REASON_LAST = 4,
}

/// Values of `virTypedParameterType`.
/// Since: 0.9.2
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virTypedParameterType {
    /// Since: 0.9.2
    VIR_TYPED_PARAM_INT = 1,
    /// Since: 0.9.2
    VIR_TYPED_PARAM_UINT = 2,
    /// Since: 0.9.2
    VIR_TYPED_PARAM_LLONG = 3,
    /// Since: 0.9.2
    VIR_TYPED_PARAM_ULLONG = 4,
    /// Since: 0.9.2
    VIR_TYPED_PARAM_DOUBLE = 5,
    /// Since: 0.9.2
    VIR_TYPED_PARAM_BOOLEAN = 6,
    /// Since: 0.9.8
    VIR_TYPED_PARAM_STRING = 7,
    /// Since: 0.9.10
    #[cfg(feature = "enum_sentinels")]
    VIR_TYPED_PARAM_LAST = 8,
}

/// Values of `virTypedParameterFlags`.
/// Since: 0.9.8
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virTypedParameterFlags {
    /// Since: 0.9.8
    VIR_TYPED_PARAM_STRING_OKAY = 4,
}

/// The C structure `virTypedParameter`.
/// Since: 0.9.2
#[repr(C)]
pub struct _virTypedParameter {
    pub field: [c_char; VIR_TYPED_PARAM_FIELD_LENGTH],
    pub r#type: c_int,
    pub value: _virTypedParameterValue,
}

/// The value union of `virTypedParameter`.
#[repr(C)]
#[derive(Clone, Copy)]
pub union _virTypedParameterValue {
    pub i: c_int,
    pub ui: c_uint,
    pub l: c_longlong,
    pub ul: c_ulonglong,
    pub d: c_double,
    pub b: c_char,
    pub s: *mut c_char,
}
/// `virTypedParameter`.
/// Since: 0.9.2
pub type virTypedParameter = _virTypedParameter;

/// `virTypedParameterPtr`.
/// Since: 0.9.2
pub type virTypedParameterPtr = *mut virTypedParameter;

/// Callback type `virFreeCallback`.
/// Since: 0.5.0
pub type virFreeCallback = Option<unsafe extern "C" fn(opaque: *mut c_void)>;
