//! Start-up the library does once, on the first call that needs it.

use std::sync::Once;

/// Registers the built-in drivers with core's registry (libvirt registers
/// its drivers in `virInitialize`, which every open calls).
pub fn drivers() {
    static ONCE: Once = Once::new();
    ONCE.call_once(crate::drivers::register_all);
}
