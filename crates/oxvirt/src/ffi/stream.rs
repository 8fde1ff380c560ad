//! Entry points declared in `libvirt-stream.h`.

use crate::ffi::prelude::*;

entry_point_domain!(VIR_FROM_STREAMS);

/// `virStreamAbort`: Aborts the stream.
#[no_mangle]
pub unsafe extern "C" fn virStreamAbort(stream: virStreamPtr) -> c_int {
    api(-1, "virStreamAbort", || {
        check::stream(stream)?;
        Err(unsupported())
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
    api(-1, "virStreamEventAddCallback", || {
        check::stream(stream)?;
        Err(unsupported())
    })
}

/// `virStreamEventRemoveCallback`: stream event remove callback.
#[no_mangle]
pub unsafe extern "C" fn virStreamEventRemoveCallback(stream: virStreamPtr) -> c_int {
    api(-1, "virStreamEventRemoveCallback", || {
        check::stream(stream)?;
        Err(unsupported())
    })
}

/// `virStreamEventUpdateCallback`: stream event update callback.
#[no_mangle]
pub unsafe extern "C" fn virStreamEventUpdateCallback(
    stream: virStreamPtr,
    events: c_int,
) -> c_int {
    let _ = events;
    api(-1, "virStreamEventUpdateCallback", || {
        check::stream(stream)?;
        Err(unsupported())
    })
}

/// `virStreamFinish`: Finishes the stream.
#[no_mangle]
pub unsafe extern "C" fn virStreamFinish(stream: virStreamPtr) -> c_int {
    api(-1, "virStreamFinish", || {
        check::stream(stream)?;
        Err(unsupported())
    })
}

/// `virStreamFree`: Releases the caller's reference to a stream; it is freed with its last reference.
#[no_mangle]
pub unsafe extern "C" fn virStreamFree(stream: virStreamPtr) -> c_int {
    api(-1, "virStreamFree", || {
        check::stream(stream)?;
        Err(unsupported())
    })
}

/// `virStreamNew`: stream new.
#[no_mangle]
pub unsafe extern "C" fn virStreamNew(conn: virConnectPtr, flags: c_uint) -> virStreamPtr {
    let _ = flags;
    api(ptr::null_mut(), "virStreamNew", || {
        check::conn(conn)?;
        Err(unsupported())
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
    api(-1, "virStreamRecv", || {
        check::stream(stream)?;
        check::non_null(data, "data")?;
        Err(unsupported())
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
    api(-1, "virStreamRecvAll", || {
        check::stream(stream)?;
        check::non_null(handler, "handler")?;
        Err(unsupported())
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
    api(-1, "virStreamRecvFlags", || {
        check::stream(stream)?;
        check::non_null(data, "data")?;
        Err(unsupported())
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
    api(-1, "virStreamRecvHole", || {
        check::stream(stream)?;
        check::non_null(length, "length")?;
        Err(unsupported())
    })
}

/// `virStreamRef`: Takes one more reference to a stream; release it with the matching free call.
#[no_mangle]
pub unsafe extern "C" fn virStreamRef(stream: virStreamPtr) -> c_int {
    api(-1, "virStreamRef", || {
        check::stream(stream)?;
        Err(unsupported())
    })
}

/// `virStreamSend`: Sends the stream.
#[no_mangle]
pub unsafe extern "C" fn virStreamSend(
    stream: virStreamPtr,
    data: *const c_char,
    nbytes: usize,
) -> c_int {
    let _ = nbytes;
    api(-1, "virStreamSend", || {
        check::stream(stream)?;
        check::non_null(data, "data")?;
        Err(unsupported())
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
    api(-1, "virStreamSendAll", || {
        check::stream(stream)?;
        check::non_null(handler, "handler")?;
        Err(unsupported())
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
    api(-1, "virStreamSendHole", || {
        check::stream(stream)?;
        Err(unsupported())
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
    api(-1, "virStreamSparseRecvAll", || {
        check::stream(stream)?;
        check::non_null(handler, "handler")?;
        check::non_null(holeHandler, "holeHandler")?;
        Err(unsupported())
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
    api(-1, "virStreamSparseSendAll", || {
        check::stream(stream)?;
        check::non_null(handler, "handler")?;
        check::non_null(holeHandler, "holeHandler")?;
        check::non_null(skipHandler, "skipHandler")?;
        Err(unsupported())
    })
}
