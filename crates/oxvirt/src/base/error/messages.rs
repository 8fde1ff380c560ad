//! The standard text of every `virErrorNumber`, with and without the
//! detail string (libvirt's wording, which programs match on).

use std::os::raw::c_int;

/// The message template of `code`; `%s` stands for the detail.
pub fn template(code: c_int, with_info: bool) -> &'static str {
    // Placeholder table: completed in the error-model work.
    match (code, with_info) {
        (3, true) => "this function is not supported by the connection driver: %s",
        (3, false) => "this function is not supported by the connection driver",
        (_, true) => "%s",
        (_, false) => "unknown error",
    }
}

/// The name `virDefaultErrorFunc` prints for an error domain.
pub fn domain_name(domain: c_int) -> &'static str {
    // Placeholder table: completed in the error-model work.
    match domain {
        12 => "Test Driver",
        _ => "",
    }
}
