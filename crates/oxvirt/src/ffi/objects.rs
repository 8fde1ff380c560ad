//! The Rust object behind each C handle type.

pub use crate::base::connect::{Connect, ConnectRef};
pub use crate::base::handle::Handle;
pub use crate::base::objects::*;
