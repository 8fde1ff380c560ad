//! Types and constants of `libvirt-nwfilter.h`.

#[allow(unused_imports)]
use crate::prelude::*;

/// Values of `virNWFilterBindingCreateFlags`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virNWFilterBindingCreateFlags {
    VIR_NWFILTER_BINDING_CREATE_VALIDATE = 1,
}

/// Values of `virNWFilterDefineFlags`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum virNWFilterDefineFlags {
    VIR_NWFILTER_DEFINE_VALIDATE = 1,
}

/// The C handle `virNWFilter`; its contents are private to the library.
pub struct _virNWFilter {
    _private: [u8; 0],
}
/// `virNWFilter`.
pub type virNWFilter = _virNWFilter;

/// The C handle `virNWFilterBinding`; its contents are private to the library.
pub struct _virNWFilterBinding {
    _private: [u8; 0],
}
/// `virNWFilterBinding`.
pub type virNWFilterBinding = _virNWFilterBinding;

/// `virNWFilterBindingPtr`.
pub type virNWFilterBindingPtr = *mut virNWFilterBinding;
/// `virNWFilterPtr`.
pub type virNWFilterPtr = *mut virNWFilter;
