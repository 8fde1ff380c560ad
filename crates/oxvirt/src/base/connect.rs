//! Connections: opening one (URI choice and driver choice) and the state a
//! `virConnectPtr` carries besides its driver.

use super::error::{Error, Result};
use super::handle::{tags, Class, Handle};
use super::uri::Uri;
use crate::driver::Hypervisor;
use std::sync::{Arc, Mutex};

/// A registered close callback: `key` identifies it (the caller's function
/// address), `release` frees the caller's data when it is dropped.
pub struct CloseCallback {
    pub key: usize,
    pub release: Option<Box<dyn FnOnce() + Send>>,
}

impl Drop for CloseCallback {
    fn drop(&mut self) {
        if let Some(release) = self.release.take() {
            release();
        }
    }
}

pub struct Connect {
    pub uri: Uri,
    pub read_only: bool,
    /// The driver name as `virConnectGetType` hands it out.
    pub type_name: std::ffi::CString,
    pub driver: Arc<dyn Hypervisor>,
    /// The last error raised on this connection (`virConnGetLastError`).
    pub last_error: Mutex<Option<Error>>,
    pub error_sink: Mutex<Option<super::error::Sink>>,
    /// The C copy of `last_error` that `virConnGetLastError` hands out,
    /// made on first request.
    pub error_record: Mutex<Option<super::error::record::Record>>,
    pub close_callback: Mutex<Option<CloseCallback>>,
}

impl Class for Connect {
    const TAG: u32 = tags::CONNECT;
}

pub type ConnectRef = Arc<Handle<Connect>>;

/// Opening flags (`virConnectFlags`).
pub const CONNECT_RO: u32 = 1;

impl Connect {
    /// Opens `name` (or the default URI when `None`) with `flags`.
    pub fn open(name: Option<&str>, flags: u32) -> Result<ConnectRef> {
        let no_aliases = flags & oxvirt_abi::virConnectFlags::VIR_CONNECT_NO_ALIASES as u32 != 0;
        crate::log_debug!(
            "libvirt",
            "name={}, flags=0x{flags:x}",
            name.unwrap_or("(null)")
        );
        let uri = super::uri::resolve_flags(name, no_aliases)?;
        crate::log_debug!("libvirt", "resolved to URI {}", uri.text);
        let driver = crate::drivers::open(&uri, flags)?;
        crate::log_debug!(
            "libvirt",
            "driver {} accepted {}",
            driver.type_name(),
            uri.text
        );
        let type_name = std::ffi::CString::new(driver.type_name()).unwrap_or_default();
        Ok(Handle::new(Connect {
            uri,
            type_name,
            read_only: flags & CONNECT_RO != 0,
            driver,
            last_error: Mutex::new(None),
            error_sink: Mutex::new(None),
            error_record: Mutex::new(None),
            close_callback: Mutex::new(None),
        }))
    }
}
