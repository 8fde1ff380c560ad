//! Types and constants of `libvirt-nwfilter.h`.

#[allow(unused_imports)]
use crate::prelude::*;

/// Values of `virNWFilterBindingCreateFlags`.
/// Since: 7.8.0
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virNWFilterBindingCreateFlags {
    /// Since: 7.8.0
    VIR_NWFILTER_BINDING_CREATE_VALIDATE = 1,
}

/// Values of `virNWFilterDefineFlags`.
/// Since: 7.7.0
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virNWFilterDefineFlags {
    /// Since: 7.7.0
    VIR_NWFILTER_DEFINE_VALIDATE = 1,
}

/// The C handle `virNWFilter`; its contents are private to the library.
/// Since: 0.8.0
pub struct _virNWFilter {
    _private: [u8; 0],
}
/// `virNWFilter`.
/// Since: 0.8.0
pub type virNWFilter = _virNWFilter;

/// The C handle `virNWFilterBinding`; its contents are private to the library.
/// Since: 4.5.0
pub struct _virNWFilterBinding {
    _private: [u8; 0],
}
/// `virNWFilterBinding`.
/// Since: 4.5.0
pub type virNWFilterBinding = _virNWFilterBinding;

/// `virNWFilterBindingPtr`.
/// Since: 4.5.0
pub type virNWFilterBindingPtr = *mut virNWFilterBinding;
/// `virNWFilterPtr`.
/// Since: 0.8.0
pub type virNWFilterPtr = *mut virNWFilter;
