//! Driver choice: which implementation serves a URI.

use crate::base::error::{Error, Result};
use crate::base::uri::Uri;
use crate::driver::Hypervisor;
use oxvirt_abi::{virErrorDomain, virErrorNumber};
use std::sync::Arc;

pub mod test;

/// Opens the driver that serves `uri`.
pub fn open(uri: &Uri, flags: u32) -> Result<Arc<dyn Hypervisor>> {
    match uri.driver() {
        "test" if uri.transport().is_none() && uri.server.is_none() => test::open(uri, flags),
        _ => Err(Error::new(
            virErrorDomain::VIR_FROM_NONE,
            virErrorNumber::VIR_ERR_NO_CONNECT,
            Some(&uri.text),
        )),
    }
}
