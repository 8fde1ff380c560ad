//! libvirt's public C interface as Rust definitions: every type, enum and
//! constant of the libvirt 9.0.0 headers. The C headers in `include/` are
//! generated from these files (see `xtask`), so they are the one place where
//! the interface is written down. Nothing here has behaviour.
#![allow(
    non_camel_case_types,
    non_snake_case,
    non_upper_case_globals,
    clippy::all
)]

/// The C scalar types the definitions are written in.
pub mod prelude {
    pub use crate::*;
    pub use std::os::raw::{
        c_char, c_double, c_int, c_long, c_longlong, c_uchar, c_uint, c_ulong, c_ulonglong,
        c_ushort, c_void,
    };
}

pub mod admin;
pub mod common;
pub mod domain;
pub mod domain_checkpoint;
pub mod domain_snapshot;
pub mod event;
pub mod host;
pub mod interface;
pub mod network;
pub mod nodedev;
pub mod nwfilter;
pub mod qemu;
pub mod secret;
pub mod storage;
pub mod stream;
pub mod virterror;

pub use admin::*;
pub use common::*;
pub use domain::*;
pub use domain_checkpoint::*;
pub use domain_snapshot::*;
pub use event::*;
pub use host::*;
pub use interface::*;
pub use network::*;
pub use nodedev::*;
pub use nwfilter::*;
pub use qemu::*;
pub use secret::*;
pub use storage::*;
pub use stream::*;
pub use virterror::*;
