//! Types and constants of `libvirt-qemu.h`.

use crate::prelude::*;

/// Values of `virConnectDomainQemuMonitorEventRegisterFlags`.
/// Since: 1.2.3
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virConnectDomainQemuMonitorEventRegisterFlags {
    /// Since: 1.2.3
    VIR_CONNECT_DOMAIN_QEMU_MONITOR_EVENT_REGISTER_REGEX = 1,
    /// Since: 1.2.3
    VIR_CONNECT_DOMAIN_QEMU_MONITOR_EVENT_REGISTER_NOCASE = 2,
}

/// Values of `virDomainQemuAgentCommandTimeoutValues`.
/// Since: 0.10.0
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainQemuAgentCommandTimeoutValues {
    /// Since: 0.10.0
    VIR_DOMAIN_QEMU_AGENT_COMMAND_BLOCK = -2,
    /// Since: 0.10.0
    VIR_DOMAIN_QEMU_AGENT_COMMAND_DEFAULT = -1,
    /// Since: 0.10.0
    VIR_DOMAIN_QEMU_AGENT_COMMAND_NOWAIT = 0,
    /// Since: 1.2.15
    VIR_DOMAIN_QEMU_AGENT_COMMAND_SHUTDOWN = 60,
}

impl virDomainQemuAgentCommandTimeoutValues {
    /// The lowest accepted timeout value (same as `_BLOCK`).
    /// Rust forbids two variants with one value, so it is a constant here;
    /// the generated C header lists it inside the enum.
    /// Since: 0.10.0
    pub const VIR_DOMAIN_QEMU_AGENT_COMMAND_MIN: Self = Self::VIR_DOMAIN_QEMU_AGENT_COMMAND_BLOCK;
}

/// Values of `virDomainQemuMonitorCommandFlags`.
/// Since: 0.8.8
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virDomainQemuMonitorCommandFlags {
    /// Since: 0.8.8
    VIR_DOMAIN_QEMU_MONITOR_COMMAND_DEFAULT = 0,
    /// Since: 0.8.8
    VIR_DOMAIN_QEMU_MONITOR_COMMAND_HMP = 1,
}

/// Callback type `virConnectDomainQemuMonitorEventCallback`.
/// Since: 1.2.3
pub type virConnectDomainQemuMonitorEventCallback = Option<
    unsafe extern "C" fn(
        conn: virConnectPtr,
        dom: virDomainPtr,
        event: *const c_char,
        seconds: c_longlong,
        micros: c_uint,
        details: *const c_char,
        opaque: *mut c_void,
    ),
>;
