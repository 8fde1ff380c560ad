//! `virDomainScreenshot` on the test hypervisor: every domain's screen is
//! the picture libvirt installs for its test driver (Debian's `libvirt0`
//! ships it), delivered through a file stream.

use super::check_flags;
use crate::base::file_stream::FileStream;
use crate::driver::{Call, DomainId, StreamDriver};
use crate::error::Result;
use std::sync::Arc;

/// Where libvirt's data files live (its `PKGDATADIR`) on the systems we
/// replace it on.
const SCREENSHOT: &str = "/usr/share/libvirt/test-screenshot.png";

/// libvirt's test driver answers for any domain handle, running or not,
/// and for any screen number.
pub(super) fn screenshot(
    cx: &Call,
    _dom: &DomainId,
    _screen: u32,
    flags: u32,
) -> Result<(String, Arc<dyn StreamDriver>)> {
    check_flags(cx, flags, 0)?;
    let stream = FileStream::open(SCREENSHOT, false)?;
    Ok(("image/png".to_string(), Arc::new(stream)))
}
