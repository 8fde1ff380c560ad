//! The drivers built into the library. Each registers itself with core's
//! registry ([`crate::base::registry`]); nothing else names them.

pub mod test;

/// Registers every built-in driver (idempotent).
pub fn register_all() {
    test::register();
}
