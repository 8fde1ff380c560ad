//! The core services every entry point and driver relies on.

pub mod config;
pub mod connect;
pub mod error;
pub mod event_loop;
pub mod file_stream;
pub mod handle;
pub mod log;
pub mod objects;
pub mod registry;
pub mod typed_params;
pub mod uri;
