//! Types and constants of `libvirt-event.h`.

use crate::prelude::*;

/// Values of `virEventHandleType`.
/// Since: 0.5.0
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virEventHandleType {
    /// Since: 0.5.0
    VIR_EVENT_HANDLE_READABLE = 1,
    /// Since: 0.5.0
    VIR_EVENT_HANDLE_WRITABLE = 2,
    /// Since: 0.5.0
    VIR_EVENT_HANDLE_ERROR = 4,
    /// Since: 0.5.0
    VIR_EVENT_HANDLE_HANGUP = 8,
}

/// Callback type `virEventAddHandleFunc`.
/// Since: 0.5.0
pub type virEventAddHandleFunc = Option<
    unsafe extern "C" fn(
        fd: c_int,
        event: c_int,
        cb: virEventHandleCallback,
        opaque: *mut c_void,
        ff: virFreeCallback,
    ) -> c_int,
>;
/// Callback type `virEventAddTimeoutFunc`.
/// Since: 0.5.0
pub type virEventAddTimeoutFunc = Option<
    unsafe extern "C" fn(
        timeout: c_int,
        cb: virEventTimeoutCallback,
        opaque: *mut c_void,
        ff: virFreeCallback,
    ) -> c_int,
>;
/// Callback type `virEventHandleCallback`.
/// Since: 0.5.0
pub type virEventHandleCallback =
    Option<unsafe extern "C" fn(watch: c_int, fd: c_int, events: c_int, opaque: *mut c_void)>;
/// Callback type `virEventRemoveHandleFunc`.
/// Since: 0.5.0
pub type virEventRemoveHandleFunc = Option<unsafe extern "C" fn(watch: c_int) -> c_int>;
/// Callback type `virEventRemoveTimeoutFunc`.
/// Since: 0.5.0
pub type virEventRemoveTimeoutFunc = Option<unsafe extern "C" fn(timer: c_int) -> c_int>;
/// Callback type `virEventTimeoutCallback`.
/// Since: 0.5.0
pub type virEventTimeoutCallback = Option<unsafe extern "C" fn(timer: c_int, opaque: *mut c_void)>;
/// Callback type `virEventUpdateHandleFunc`.
/// Since: 0.5.0
pub type virEventUpdateHandleFunc = Option<unsafe extern "C" fn(watch: c_int, event: c_int)>;
/// Callback type `virEventUpdateTimeoutFunc`.
/// Since: 0.5.0
pub type virEventUpdateTimeoutFunc = Option<unsafe extern "C" fn(timer: c_int, timeout: c_int)>;
