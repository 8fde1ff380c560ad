//! Connections: opening one (URI choice, then the driver registry) and the
//! state a `virConnectPtr` carries besides its driver families.

use super::error::ConnErrors;
use super::event_hub::EventHub;
use super::handle::{tags, Class, Handle};
use super::uri::Uri;
use crate::driver::*;
use crate::error::Result;
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
    families: Families,
    /// The connection's last error and error callback.
    pub errors: ConnErrors,
    pub close_callback: Mutex<Option<CloseCallback>>,
    /// Where applications register for the driver's events.
    pub events: Arc<EventHub>,
}

impl Class for Connect {
    const TAG: u32 = tags::CONNECT;
}

pub type ConnectRef = Arc<Handle<Connect>>;

/// Opening flags (`virConnectFlags`).
pub const CONNECT_RO: u32 = 1;

/// The family accessor for a secondary driver: the family, or libvirt's
/// "not supported" error naming the API when the driver has none.
macro_rules! family {
    ($fn:ident, $field:ident, $tr:ident) => {
        pub fn $fn(&self, cx: &Call) -> Result<&dyn $tr> {
            self.families
                .$field
                .as_deref()
                .ok_or_else(|| cx.unsupported())
        }
    };
}

impl Connect {
    /// Opens `name` (or the default URI when `None`) with `flags`; the
    /// driver asks `auth` for the credentials it needs.
    pub fn open(
        name: Option<&str>,
        flags: u32,
        auth: Option<&dyn auth::Authenticator>,
        cx: &Call,
    ) -> Result<ConnectRef> {
        let no_aliases = flags & oxvirt_abi::virConnectFlags::VIR_CONNECT_NO_ALIASES as u32 != 0;
        crate::log_debug!(
            "libvirt",
            "name={}, flags=0x{flags:x}",
            name.unwrap_or("(null)")
        );
        let uri = super::uri::resolve_flags(name, no_aliases)?;
        crate::log_debug!("libvirt", "resolved to URI {}", uri.text);
        let (_, families, events) = super::registry::open(&uri, flags, auth, cx)?;
        // A driver that raises no events still takes registrations.
        let events = events.unwrap_or_else(EventHub::new);
        let type_name = families.hypervisor.type_name();
        crate::log_debug!("libvirt", "driver {type_name} accepted {}", uri.text);
        let type_name = std::ffi::CString::new(type_name).unwrap_or_default();
        Ok(Handle::new(Connect {
            uri,
            type_name,
            read_only: flags & CONNECT_RO != 0,
            families,
            errors: ConnErrors::default(),
            close_callback: Mutex::new(None),
            events,
        }))
    }

    /// The hypervisor family, which every connection has.
    pub fn hv(&self) -> &dyn HypervisorDriver {
        &*self.families.hypervisor
    }

    family!(network, network, NetworkDriver);
    family!(storage, storage, StorageDriver);
    family!(interface, interface, InterfaceDriver);
    family!(nodedev, nodedev, NodeDeviceDriver);
    family!(secret, secret, SecretDriver);
    family!(nwfilter, nwfilter, NWFilterDriver);
}
