//! Small value helpers every layer may use; they import nothing of ours.

pub mod hostname;
pub mod keycode;
pub mod path;
pub mod uuid;
