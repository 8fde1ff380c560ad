//! Entry points declared in `libvirt-stream.h`.

use crate::driver::StreamDriver;
use crate::ffi::prelude::*;
use std::sync::Arc;

entry_point_domain!(VIR_FROM_STREAMS);

/// `virStreamAbort`: Aborts the stream.
#[no_mangle]
pub unsafe extern "C" fn virStreamAbort(stream: virStreamPtr) -> c_int {
    api!(-1, "virStreamAbort", |cx| {
        let s = check::stream(cx, stream)?;
        // Aborting a stream nothing was attached to moved no data: libvirt
        // answers success.
        if s.backend
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .is_none()
        {
            return Ok(0);
        }
        backend(cx, s)?.abort(cx)?;
        Ok(0)
    })
}

/// `virStreamEventAddCallback`: stream event add callback.
#[no_mangle]
pub unsafe extern "C" fn virStreamEventAddCallback(
    stream: virStreamPtr,
    events: c_int,
    cb: virStreamEventCallback,
    opaque: *mut c_void,
    ff: virFreeCallback,
) -> c_int {
    let _ = events;
    let _ = cb;
    let _ = opaque;
    let _ = ff;
    api!(-1, "virStreamEventAddCallback", |cx| {
        check::stream(cx, stream)?;
        Err(cx.unsupported())
    })
}

/// `virStreamEventRemoveCallback`: stream event remove callback.
#[no_mangle]
pub unsafe extern "C" fn virStreamEventRemoveCallback(stream: virStreamPtr) -> c_int {
    api!(-1, "virStreamEventRemoveCallback", |cx| {
        check::stream(cx, stream)?;
        Err(cx.unsupported())
    })
}

/// `virStreamEventUpdateCallback`: stream event update callback.
#[no_mangle]
pub unsafe extern "C" fn virStreamEventUpdateCallback(
    stream: virStreamPtr,
    events: c_int,
) -> c_int {
    let _ = events;
    api!(-1, "virStreamEventUpdateCallback", |cx| {
        check::stream(cx, stream)?;
        Err(cx.unsupported())
    })
}

/// `virStreamFinish`: Finishes the stream.
#[no_mangle]
pub unsafe extern "C" fn virStreamFinish(stream: virStreamPtr) -> c_int {
    api!(-1, "virStreamFinish", |cx| {
        backend(cx, check::stream(cx, stream)?)?.finish(cx)?;
        Ok(0)
    })
}

/// `virStreamFree`: Releases the caller's reference to a stream; it is freed with its last reference.
#[no_mangle]
pub unsafe extern "C" fn virStreamFree(stream: virStreamPtr) -> c_int {
    api!(-1, "virStreamFree", |cx| {
        let s = check::stream(cx, stream)?;
        Handle::release(s as *const Handle<Stream>);
        Ok(0)
    })
}

/// `virStreamNew`: stream new.
#[no_mangle]
pub unsafe extern "C" fn virStreamNew(conn: virConnectPtr, flags: c_uint) -> virStreamPtr {
    api!(ptr::null_mut(), "virStreamNew", |cx| {
        let c = check::conn(cx, conn)?;
        // libvirt keeps the flags unchecked; the operation that attaches
        // the stream decides what they mean.
        Ok(marshal::new_handle(Stream {
            conn: c.to_arc(),
            flags,
            backend: std::sync::Mutex::new(None),
        }))
    })
}

/// `virStreamRecv`: Receives the stream.
#[no_mangle]
pub unsafe extern "C" fn virStreamRecv(
    stream: virStreamPtr,
    data: *mut c_char,
    nbytes: usize,
) -> c_int {
    api!(-1, "virStreamRecv", |cx| {
        let s = check::stream(cx, stream)?;
        check::non_null(cx, data, "data")?;
        let buf = std::slice::from_raw_parts_mut(data as *mut u8, nbytes);
        recv(cx, s, buf)
    })
}

/// `virStreamRecvAll`: Receives all of the stream.
#[no_mangle]
pub unsafe extern "C" fn virStreamRecvAll(
    stream: virStreamPtr,
    handler: virStreamSinkFunc,
    opaque: *mut c_void,
) -> c_int {
    api!(-1, "virStreamRecvAll", |cx| {
        let s = check::stream(cx, stream)?;
        check::non_null(cx, handler, "handler")?;
        let handler = handler.ok_or_else(|| cx.unsupported())?;
        blocking_only(s, "data sinks cannot be used for non-blocking streams")?;
        aborting_on_error(cx, s, || {
            let mut buf = vec![0u8; TRANSFER_CHUNK];
            set_errno(0);
            loop {
                let got = recv(cx, s, &mut buf)? as usize;
                if got == 0 {
                    return Ok(0);
                }
                let mut offset = 0;
                while offset < got {
                    let rest = &buf[offset..got];
                    let done = handler(stream, rest.as_ptr() as *const c_char, rest.len(), opaque);
                    if done < 0 {
                        return Err(handler_failed("recv handler failed"));
                    }
                    offset += done as usize;
                }
            }
        })
    })
}

/// `virStreamRecvFlags`: Receives flags of the stream.
#[no_mangle]
pub unsafe extern "C" fn virStreamRecvFlags(
    stream: virStreamPtr,
    data: *mut c_char,
    nbytes: usize,
    flags: c_uint,
) -> c_int {
    api!(-1, "virStreamRecvFlags", |cx| {
        let s = check::stream(cx, stream)?;
        check::non_null(cx, data, "data")?;
        // Only sparse streams know holes; a file stream opened for a
        // screenshot or a plain transfer answers as libvirt's does for
        // any flag: by not supporting the call.
        let _ = (s, nbytes, flags);
        Err(cx.unsupported())
    })
}

/// `virStreamRecvHole`: Receives hole of the stream.
#[no_mangle]
pub unsafe extern "C" fn virStreamRecvHole(
    stream: virStreamPtr,
    length: *mut c_longlong,
    flags: c_uint,
) -> c_int {
    let _ = flags;
    api!(-1, "virStreamRecvHole", |cx| {
        check::stream(cx, stream)?;
        check::non_null(cx, length, "length")?;
        Err(cx.unsupported())
    })
}

/// `virStreamRef`: Takes one more reference to a stream; release it with the matching free call.
#[no_mangle]
pub unsafe extern "C" fn virStreamRef(stream: virStreamPtr) -> c_int {
    api!(-1, "virStreamRef", |cx| {
        let s = check::stream(cx, stream)?;
        Handle::incref(s as *const Handle<Stream>);
        Ok(0)
    })
}

/// `virStreamSend`: Sends the stream.
#[no_mangle]
pub unsafe extern "C" fn virStreamSend(
    stream: virStreamPtr,
    data: *const c_char,
    nbytes: usize,
) -> c_int {
    api!(-1, "virStreamSend", |cx| {
        let s = check::stream(cx, stream)?;
        check::non_null(cx, data, "data")?;
        let data = std::slice::from_raw_parts(data as *const u8, nbytes);
        send(cx, s, data)
    })
}

/// `virStreamSendAll`: Sends all of the stream.
#[no_mangle]
pub unsafe extern "C" fn virStreamSendAll(
    stream: virStreamPtr,
    handler: virStreamSourceFunc,
    opaque: *mut c_void,
) -> c_int {
    api!(-1, "virStreamSendAll", |cx| {
        let s = check::stream(cx, stream)?;
        check::non_null(cx, handler, "handler")?;
        let handler = handler.ok_or_else(|| cx.unsupported())?;
        blocking_only(s, "data sources cannot be used for non-blocking streams")?;
        aborting_on_error(cx, s, || {
            let mut buf = vec![0u8; TRANSFER_CHUNK];
            set_errno(0);
            loop {
                let got = handler(stream, buf.as_mut_ptr() as *mut c_char, buf.len(), opaque);
                if got < 0 {
                    return Err(handler_failed("send handler failed"));
                }
                if got == 0 {
                    return Ok(0);
                }
                let got = (got as usize).min(buf.len());
                let mut offset = 0;
                while offset < got {
                    offset += send(cx, s, &buf[offset..got])? as usize;
                }
            }
        })
    })
}

/// `virStreamSendHole`: Sends hole of the stream.
#[no_mangle]
pub unsafe extern "C" fn virStreamSendHole(
    stream: virStreamPtr,
    length: c_longlong,
    flags: c_uint,
) -> c_int {
    let _ = length;
    let _ = flags;
    api!(-1, "virStreamSendHole", |cx| {
        check::stream(cx, stream)?;
        Err(cx.unsupported())
    })
}

/// `virStreamSparseRecvAll`: stream sparse recv all.
#[no_mangle]
pub unsafe extern "C" fn virStreamSparseRecvAll(
    stream: virStreamPtr,
    handler: virStreamSinkFunc,
    holeHandler: virStreamSinkHoleFunc,
    opaque: *mut c_void,
) -> c_int {
    let _ = opaque;
    api!(-1, "virStreamSparseRecvAll", |cx| {
        check::stream(cx, stream)?;
        check::non_null(cx, handler, "handler")?;
        check::non_null(cx, holeHandler, "holeHandler")?;
        Err(cx.unsupported())
    })
}

/// `virStreamSparseSendAll`: stream sparse send all.
#[no_mangle]
pub unsafe extern "C" fn virStreamSparseSendAll(
    stream: virStreamPtr,
    handler: virStreamSourceFunc,
    holeHandler: virStreamSourceHoleFunc,
    skipHandler: virStreamSourceSkipFunc,
    opaque: *mut c_void,
) -> c_int {
    let _ = opaque;
    api!(-1, "virStreamSparseSendAll", |cx| {
        check::stream(cx, stream)?;
        check::non_null(cx, handler, "handler")?;
        check::non_null(cx, holeHandler, "holeHandler")?;
        check::non_null(cx, skipHandler, "skipHandler")?;
        Err(cx.unsupported())
    })
}

/// How much `virStreamSendAll`/`RecvAll` move per step: libvirt's legacy
/// RPC payload limit, which its own loops use.
const TRANSFER_CHUNK: usize = 256 * 1024;

/// The backend the stream's operation attached, or libvirt's "not
/// supported" when none has been.
fn backend(cx: &Cx, s: &Handle<Stream>) -> Result<Arc<dyn StreamDriver>> {
    s.backend
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .clone()
        .ok_or_else(|| cx.unsupported())
}

fn recv(cx: &Cx, s: &Handle<Stream>, buf: &mut [u8]) -> Result<c_int> {
    Ok(backend(cx, s)?.recv(cx, buf)?.min(c_int::MAX as usize) as c_int)
}

fn send(cx: &Cx, s: &Handle<Stream>, data: &[u8]) -> Result<c_int> {
    Ok(backend(cx, s)?.send(cx, data)?.min(c_int::MAX as usize) as c_int)
}

/// The `*All` transfers block; libvirt refuses them on a non-blocking
/// stream.
fn blocking_only(s: &Handle<Stream>, msg: &str) -> Result<()> {
    if s.flags & virStreamFlags::VIR_STREAM_NONBLOCK as u32 != 0 {
        return Err(Error::new(
            virErrorDomain::VIR_FROM_STREAMS,
            virErrorNumber::VIR_ERR_OPERATION_INVALID,
            Some(msg),
        ));
    }
    Ok(())
}

/// Runs a whole transfer; when it fails, the stream is aborted and the
/// transfer's own error is the one reported.
fn aborting_on_error(
    cx: &Cx,
    s: &Handle<Stream>,
    f: impl FnOnce() -> Result<c_int>,
) -> Result<c_int> {
    let r = f();
    if r.is_err() {
        if let Ok(b) = backend(cx, s) {
            let _ = b.abort(cx);
        }
    }
    r
}

/// The application's handler failed: libvirt reports the `errno` it left
/// (EIO when it left none).
fn handler_failed(what: &str) -> Error {
    let errno = std::io::Error::last_os_error()
        .raw_os_error()
        .filter(|e| *e != 0)
        .unwrap_or(libc::EIO);
    Error::system(virErrorDomain::VIR_FROM_STREAMS, errno, Some(what))
}

fn set_errno(v: c_int) {
    // SAFETY: errno is this thread's own variable.
    unsafe { *libc::__errno_location() = v };
}
