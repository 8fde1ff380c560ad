//! The stream family: the data channel behind a `virStreamPtr`.
//!
//! A stream belongs to whichever operation attached it (a volume upload, a
//! screenshot, a console), as in libvirt, where each such operation installs
//! its own stream driver; so the backend hangs off the stream, not off the
//! connection.

use super::call::Call;
use crate::error::Result;

/// The data side of one stream.
pub trait StreamDriver: Send + Sync {
    /// Sends `data`; returns how much was taken (0 would block).
    fn send(&self, cx: &Call, _data: &[u8]) -> Result<usize> {
        Err(cx.unsupported())
    }

    /// Receives into `buf`; returns how much was read (0 at end of stream).
    fn recv(&self, cx: &Call, _buf: &mut [u8]) -> Result<usize> {
        Err(cx.unsupported())
    }

    /// Ends the transfer cleanly.
    fn finish(&self, cx: &Call) -> Result<()> {
        Err(cx.unsupported())
    }

    /// Ends the transfer, discarding what is in flight.
    fn abort(&self, cx: &Call) -> Result<()> {
        Err(cx.unsupported())
    }
}
