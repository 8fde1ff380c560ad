//! Types and constants of `libvirt-stream.h`.

use crate::prelude::*;

/// Values of `virStreamEventType`.
/// Since: 0.7.2
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virStreamEventType {
    /// Since: 0.7.2
    VIR_STREAM_EVENT_READABLE = 1,
    /// Since: 0.7.2
    VIR_STREAM_EVENT_WRITABLE = 2,
    /// Since: 0.7.2
    VIR_STREAM_EVENT_ERROR = 4,
    /// Since: 0.7.2
    VIR_STREAM_EVENT_HANGUP = 8,
}

/// Values of `virStreamFlags`.
/// Since: 0.7.2
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virStreamFlags {
    /// Since: 0.7.2
    VIR_STREAM_NONBLOCK = 1,
}

/// Values of `virStreamRecvFlagsValues`.
/// Since: 3.4.0
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virStreamRecvFlagsValues {
    /// Since: 3.4.0
    VIR_STREAM_RECV_STOP_AT_HOLE = 1,
}

/// Callback type `virStreamEventCallback`.
/// Since: 0.7.2
pub type virStreamEventCallback =
    Option<unsafe extern "C" fn(stream: virStreamPtr, events: c_int, opaque: *mut c_void)>;
/// Callback type `virStreamSinkFunc`.
/// Since: 0.7.2
pub type virStreamSinkFunc = Option<
    unsafe extern "C" fn(
        st: virStreamPtr,
        data: *const c_char,
        nbytes: usize,
        opaque: *mut c_void,
    ) -> c_int,
>;
/// Callback type `virStreamSinkHoleFunc`.
/// Since: 3.4.0
pub type virStreamSinkHoleFunc = Option<
    unsafe extern "C" fn(st: virStreamPtr, length: c_longlong, opaque: *mut c_void) -> c_int,
>;
/// Callback type `virStreamSourceFunc`.
/// Since: 0.7.2
pub type virStreamSourceFunc = Option<
    unsafe extern "C" fn(
        st: virStreamPtr,
        data: *mut c_char,
        nbytes: usize,
        opaque: *mut c_void,
    ) -> c_int,
>;
/// Callback type `virStreamSourceHoleFunc`.
/// Since: 3.4.0
pub type virStreamSourceHoleFunc = Option<
    unsafe extern "C" fn(
        st: virStreamPtr,
        inData: *mut c_int,
        length: *mut c_longlong,
        opaque: *mut c_void,
    ) -> c_int,
>;
/// Callback type `virStreamSourceSkipFunc`.
/// Since: 3.4.0
pub type virStreamSourceSkipFunc = Option<
    unsafe extern "C" fn(st: virStreamPtr, length: c_longlong, opaque: *mut c_void) -> c_int,
>;
