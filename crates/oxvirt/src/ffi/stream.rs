//! Entry points declared in `libvirt-stream.h`.

use crate::ffi::prelude::*;

entry_point_domain!(VIR_FROM_STREAMS);

/// `virStreamAbort`: Aborts the stream.
#[no_mangle]
pub unsafe extern "C" fn virStreamAbort(stream: virStreamPtr) -> c_int {
    api!(-1, "virStreamAbort", |cx| {
        check::stream(cx, stream)?;
        Err(cx.unsupported())
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
        check::stream(cx, stream)?;
        Err(cx.unsupported())
    })
}

/// `virStreamFree`: Releases the caller's reference to a stream; it is freed with its last reference.
#[no_mangle]
pub unsafe extern "C" fn virStreamFree(stream: virStreamPtr) -> c_int {
    api!(-1, "virStreamFree", |cx| {
        check::stream(cx, stream)?;
        Err(cx.unsupported())
    })
}

/// `virStreamNew`: stream new.
#[no_mangle]
pub unsafe extern "C" fn virStreamNew(conn: virConnectPtr, flags: c_uint) -> virStreamPtr {
    let _ = flags;
    api!(ptr::null_mut(), "virStreamNew", |cx| {
        check::conn(cx, conn)?;
        Err(cx.unsupported())
    })
}

/// `virStreamRecv`: Receives the stream.
#[no_mangle]
pub unsafe extern "C" fn virStreamRecv(
    stream: virStreamPtr,
    data: *mut c_char,
    nbytes: usize,
) -> c_int {
    let _ = nbytes;
    api!(-1, "virStreamRecv", |cx| {
        check::stream(cx, stream)?;
        check::non_null(cx, data, "data")?;
        Err(cx.unsupported())
    })
}

/// `virStreamRecvAll`: Receives all of the stream.
#[no_mangle]
pub unsafe extern "C" fn virStreamRecvAll(
    stream: virStreamPtr,
    handler: virStreamSinkFunc,
    opaque: *mut c_void,
) -> c_int {
    let _ = opaque;
    api!(-1, "virStreamRecvAll", |cx| {
        check::stream(cx, stream)?;
        check::non_null(cx, handler, "handler")?;
        Err(cx.unsupported())
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
    let _ = nbytes;
    let _ = flags;
    api!(-1, "virStreamRecvFlags", |cx| {
        check::stream(cx, stream)?;
        check::non_null(cx, data, "data")?;
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
        check::stream(cx, stream)?;
        Err(cx.unsupported())
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
        let backend = s.backend.lock().unwrap_or_else(|p| p.into_inner()).clone();
        let backend = backend.ok_or_else(|| cx.unsupported())?;
        let data = std::slice::from_raw_parts(data as *const u8, nbytes);
        Ok(backend.send(cx, data)?.min(c_int::MAX as usize) as c_int)
    })
}

/// `virStreamSendAll`: Sends all of the stream.
#[no_mangle]
pub unsafe extern "C" fn virStreamSendAll(
    stream: virStreamPtr,
    handler: virStreamSourceFunc,
    opaque: *mut c_void,
) -> c_int {
    let _ = opaque;
    api!(-1, "virStreamSendAll", |cx| {
        check::stream(cx, stream)?;
        check::non_null(cx, handler, "handler")?;
        Err(cx.unsupported())
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
