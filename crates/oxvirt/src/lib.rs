//! oxvirt: libvirt's client library in Rust.
//!
//! Layers, top to bottom (see `ARCHITECTURE.md`):
//! - [`ffi`]: the C boundary, one module per public header; it checks
//!   arguments, converts between C and Rust and records errors, nothing else.
//! - [`base`]: connections and object handles, URIs, errors, typed
//!   parameters, configuration and logging.
//! - [`driver`]: the traits a hypervisor connection implements.
//! - [`drivers`]: the implementations (the in-process test driver today).
//! - [`conf`]: XML models.
#![allow(non_snake_case, non_camel_case_types, non_upper_case_globals)]

pub mod base;
pub mod conf;
pub mod driver;
pub mod drivers;
pub mod error;
pub mod ffi;
pub mod util;

#[cfg(test)]
mod testutil;
