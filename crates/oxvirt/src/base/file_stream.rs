//! A stream over a local file: what libvirt's in-process drivers attach
//! to a `virStreamPtr` for a screenshot, a volume upload or download
//! (libvirt's "fd stream"). Blocking reads and writes on the file; once
//! finished or aborted, the stream is closed and says so.

use crate::driver::{Call, StreamDriver};
use crate::error::{Error, Result};
use oxvirt_abi::{virErrorDomain, virErrorNumber};
use std::fs::{File, OpenOptions};
use std::io::{Read, Write};
use std::sync::Mutex;

pub struct FileStream {
    path: String,
    file: Mutex<Option<File>>,
}

fn system(e: &std::io::Error, what: String) -> Error {
    Error::system(
        virErrorDomain::VIR_FROM_STREAMS,
        e.raw_os_error().unwrap_or(0),
        Some(&what),
    )
}

fn not_open() -> Error {
    Error::new(
        virErrorDomain::VIR_FROM_STREAMS,
        virErrorNumber::VIR_ERR_INTERNAL_ERROR,
        Some("stream is not open"),
    )
}

impl FileStream {
    /// Opens `path` for reading, or for writing when `write`.
    pub fn open(path: &str, write: bool) -> Result<FileStream> {
        let file = OpenOptions::new()
            .read(!write)
            .write(write)
            .open(path)
            .map_err(|e| system(&e, format!("Unable to open stream for '{path}'")))?;
        Ok(FileStream {
            path: path.to_string(),
            file: Mutex::new(Some(file)),
        })
    }

    fn file(&self) -> std::sync::MutexGuard<'_, Option<File>> {
        self.file.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn close(&self) -> Result<()> {
        self.file().take();
        Ok(())
    }
}

/// libvirt refuses transfers larger than a C `int` can count.
const MAX_CHUNK: usize = i32::MAX as usize;

impl StreamDriver for FileStream {
    fn send(&self, _cx: &Call, data: &[u8]) -> Result<usize> {
        if data.len() > MAX_CHUNK {
            return Err(Error::system(
                virErrorDomain::VIR_FROM_STREAMS,
                libc::ERANGE,
                Some("Too many bytes to write to stream"),
            ));
        }
        let mut f = self.file();
        let f = f.as_mut().ok_or_else(not_open)?;
        f.write(data)
            .map_err(|e| system(&e, "cannot write to stream".into()))
    }

    fn recv(&self, _cx: &Call, buf: &mut [u8]) -> Result<usize> {
        if buf.len() > MAX_CHUNK {
            return Err(Error::system(
                virErrorDomain::VIR_FROM_STREAMS,
                libc::ERANGE,
                Some("Too many bytes to read from stream"),
            ));
        }
        let mut f = self.file();
        let f = f.as_mut().ok_or_else(not_open)?;
        loop {
            match f.read(buf) {
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                r => {
                    return r.map_err(|e| system(&e, format!("Unable to read from {}", self.path)))
                }
            }
        }
    }

    fn finish(&self, _cx: &Call) -> Result<()> {
        self.close()
    }

    fn abort(&self, _cx: &Call) -> Result<()> {
        self.close()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_to_the_end_then_closes() {
        let dir = std::env::temp_dir().join(format!("oxvirt-fs-{}", std::process::id()));
        std::fs::write(&dir, b"hello").unwrap();
        let s = FileStream::open(dir.to_str().unwrap(), false).unwrap();
        let cx = Call::new("virStreamRecv", virErrorDomain::VIR_FROM_STREAMS);
        let mut buf = [0u8; 3];
        assert_eq!(s.recv(&cx, &mut buf).unwrap(), 3);
        assert_eq!(s.recv(&cx, &mut buf).unwrap(), 2);
        assert_eq!(s.recv(&cx, &mut buf).unwrap(), 0);
        // Writing to a file opened for reading fails as the system says.
        assert!(s
            .send(&cx, b"x")
            .unwrap_err()
            .message
            .contains("cannot write to stream"));
        s.finish(&cx).unwrap();
        assert_eq!(
            s.recv(&cx, &mut buf).unwrap_err().message,
            "internal error: stream is not open"
        );
        std::fs::remove_file(&dir).unwrap();
        let e = FileStream::open("/nonexistent/x", false).err().unwrap();
        assert!(
            e.message
                .starts_with("Unable to open stream for '/nonexistent/x'"),
            "{}",
            e.message
        );
    }
}
