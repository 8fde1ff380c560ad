//! Types and constants of `libvirt-stream.h`.

use crate::prelude::*;

/// Values of `virStreamEventType`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virStreamEventType {
    VIR_STREAM_EVENT_READABLE = 1,
    VIR_STREAM_EVENT_WRITABLE = 2,
    VIR_STREAM_EVENT_ERROR = 4,
    VIR_STREAM_EVENT_HANGUP = 8,
}

/// Values of `virStreamFlags`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virStreamFlags {
    VIR_STREAM_NONBLOCK = 1,
}

/// Values of `virStreamRecvFlagsValues`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virStreamRecvFlagsValues {
    VIR_STREAM_RECV_STOP_AT_HOLE = 1,
}

/// Callback type `virStreamEventCallback`.
pub type virStreamEventCallback =
    Option<unsafe extern "C" fn(stream: virStreamPtr, events: c_int, opaque: *mut c_void)>;
/// Callback type `virStreamSinkFunc`.
pub type virStreamSinkFunc = Option<
    unsafe extern "C" fn(
        st: virStreamPtr,
        data: *const c_char,
        nbytes: usize,
        opaque: *mut c_void,
    ) -> c_int,
>;
/// Callback type `virStreamSinkHoleFunc`.
pub type virStreamSinkHoleFunc = Option<
    unsafe extern "C" fn(st: virStreamPtr, length: c_longlong, opaque: *mut c_void) -> c_int,
>;
/// Callback type `virStreamSourceFunc`.
pub type virStreamSourceFunc = Option<
    unsafe extern "C" fn(
        st: virStreamPtr,
        data: *mut c_char,
        nbytes: usize,
        opaque: *mut c_void,
    ) -> c_int,
>;
/// Callback type `virStreamSourceHoleFunc`.
pub type virStreamSourceHoleFunc = Option<
    unsafe extern "C" fn(
        st: virStreamPtr,
        inData: *mut c_int,
        length: *mut c_longlong,
        opaque: *mut c_void,
    ) -> c_int,
>;
/// Callback type `virStreamSourceSkipFunc`.
pub type virStreamSourceSkipFunc = Option<
    unsafe extern "C" fn(st: virStreamPtr, length: c_longlong, opaque: *mut c_void) -> c_int,
>;
