//! The C boundary: one module per public header.
//!
//! Every exported function has the same shape: `api!(errval, name, |cx| body)`
//! resets the thread's error, runs the body under `catch_unwind` with a
//! per-call context, and turns an `Err` into libvirt's error record and the
//! function's error value. The body checks handles and arguments
//! (`check::*`), converts C values, calls the driver and converts the result
//! back. Nothing else lives here.
#![allow(clippy::missing_safety_doc, clippy::too_many_arguments)]

#[macro_use]
pub mod entry;
pub mod auth;
pub mod check;
pub mod convert;
pub mod init;
pub mod marshal;
pub mod objects;

pub mod admin;
pub mod common;
pub mod domain;
pub mod domain_checkpoint;
pub mod domain_snapshot;
pub mod event;
pub mod guest_iface;
pub mod host;
pub mod interface;
pub mod lxc;
pub mod network;
pub mod nodedev;
pub mod nwfilter;
pub mod qemu;
pub mod secret;
pub mod storage;
pub mod stream;
pub mod virterror;

/// What every ffi module uses.
pub mod prelude {
    pub use super::check;
    pub use super::convert;
    pub use super::entry::Cx;
    pub use super::marshal;
    pub use super::objects::*;
    pub use crate::base::error::{Error, Result};
    pub use oxvirt_abi::prelude::*;
    pub use std::ptr;
}
