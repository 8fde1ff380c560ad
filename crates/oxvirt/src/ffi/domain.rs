//! Entry points declared in `libvirt-domain.h`.

use crate::driver::events::{Family, ObjectKey};
use crate::ffi::event_callbacks::{self, callback, Registration};
use crate::ffi::prelude::*;

entry_point_domain!(VIR_FROM_DOMAIN);

/// `virConnectDomainEventDeregister`: removes a callback registered with
/// `virConnectDomainEventRegister`, found by its function.
#[no_mangle]
pub unsafe extern "C" fn virConnectDomainEventDeregister(
    conn: virConnectPtr,
    cb: virConnectDomainEventCallback,
) -> c_int {
    api!(-1, "virConnectDomainEventDeregister", |cx| {
        let c = check::conn(cx, conn)?;
        check::non_null(cx, cb, "cb")?;
        let me = event_callbacks::conn_ref(c);
        let id = c.events.legacy_id(&me, cb.map_or(0, |f| f as usize))?;
        c.events.deregister(&me, id)?;
        Ok(0)
    })
}

/// `virConnectDomainEventDeregisterAny`: removes the registration
/// `callbackID` of this connection.
#[no_mangle]
pub unsafe extern "C" fn virConnectDomainEventDeregisterAny(
    conn: virConnectPtr,
    callbackID: c_int,
) -> c_int {
    api!(-1, "virConnectDomainEventDeregisterAny", |cx| {
        let c = check::conn(cx, conn)?;
        check::non_negative(cx, callbackID, "callbackID")?;
        event_callbacks::deregister(c, callbackID)
    })
}

/// `virConnectDomainEventRegister`: calls `cb` on every domain life-cycle
/// event (the pre-0.8 form: one registration per function).
///
/// - `freecb`: (optional) may be NULL
#[no_mangle]
pub unsafe extern "C" fn virConnectDomainEventRegister(
    conn: virConnectPtr,
    cb: virConnectDomainEventCallback,
    opaque: *mut c_void,
    freecb: virFreeCallback,
) -> c_int {
    api!(-1, "virConnectDomainEventRegister", |cx| {
        let c = check::conn(cx, conn)?;
        check::non_null(cx, cb, "cb")?;
        let reg = Registration {
            family: Family::Domain,
            event_id: virDomainEventID::VIR_DOMAIN_EVENT_ID_LIFECYCLE as c_int,
            key: None,
            filter: None,
            legacy: true,
        };
        let func = cb.map_or(0, |f| f as usize);
        let me = event_callbacks::conn_ref(c);
        c.events
            .register(&me, callback(reg, func, opaque, freecb))?;
        Ok(0)
    })
}

/// `virConnectDomainEventRegisterAny`: calls `cb` (of the type `eventID`
/// names) on every such event, about `dom` only when given; the
/// registration's id.
///
/// - `freecb`: (optional) may be NULL
#[no_mangle]
pub unsafe extern "C" fn virConnectDomainEventRegisterAny(
    conn: virConnectPtr,
    dom: virDomainPtr,
    eventID: c_int,
    cb: virConnectDomainEventGenericCallback,
    opaque: *mut c_void,
    freecb: virFreeCallback,
) -> c_int {
    api!(-1, "virConnectDomainEventRegisterAny", |cx| {
        let c = check::conn(cx, conn)?;
        let key = match dom.is_null() {
            true => None,
            false => Some(domain_key(cx, c, dom)?),
        };
        check::non_null(cx, cb, "cb")?;
        check::non_negative(cx, eventID, "eventID")?;
        // VIR_DOMAIN_EVENT_ID_LAST, which the public enum leaves out.
        let last = virDomainEventID::VIR_DOMAIN_EVENT_ID_MEMORY_DEVICE_SIZE_CHANGE as c_int + 1;
        if eventID >= last {
            return Err(check::invalid_arg(
                cx,
                "eventID",
                format!("eventID must be less than {last}"),
            ));
        }
        let reg = Registration {
            family: Family::Domain,
            event_id: eventID,
            key,
            filter: None,
            legacy: false,
        };
        let func = cb.map_or(0, |f| f as usize);
        let me = event_callbacks::conn_ref(c);
        c.events.register(&me, callback(reg, func, opaque, freecb))
    })
}

/// The filter of a registration limited to `dom`, which must belong to
/// `conn`.
pub(crate) unsafe fn domain_key(
    cx: &Cx,
    conn: &Handle<Connect>,
    dom: virDomainPtr,
) -> Result<ObjectKey> {
    // SAFETY: `dom` is a handle the caller holds (libvirt's contract).
    let d = unsafe { check::domain(cx, dom) }?;
    if !std::ptr::eq(d.conn(), conn) {
        return Err(check::invalid_arg(
            cx,
            "dom",
            format!("domain '{}' must match connection", d.id.name),
        ));
    }
    Ok(ObjectKey::Uuid(d.id.uuid))
}

/// `virConnectDomainXMLFromNative`: connect domain XML from native.
#[no_mangle]
pub unsafe extern "C" fn virConnectDomainXMLFromNative(
    conn: virConnectPtr,
    nativeFormat: *const c_char,
    nativeConfig: *const c_char,
    flags: c_uint,
) -> *mut c_char {
    let _ = flags;
    api!(ptr::null_mut(), "virConnectDomainXMLFromNative", |cx| {
        let conn = check::conn(cx, conn)?;
        check::writable(cx, conn.conn())?;
        check::non_null(cx, nativeFormat, "nativeFormat")?;
        check::non_null(cx, nativeConfig, "nativeConfig")?;
        Err(cx.unsupported())
    })
}

/// `virConnectDomainXMLToNative`: connect domain XML to native.
#[no_mangle]
pub unsafe extern "C" fn virConnectDomainXMLToNative(
    conn: virConnectPtr,
    nativeFormat: *const c_char,
    domainXml: *const c_char,
    flags: c_uint,
) -> *mut c_char {
    let _ = flags;
    api!(ptr::null_mut(), "virConnectDomainXMLToNative", |cx| {
        let conn = check::conn(cx, conn)?;
        check::writable(cx, conn.conn())?;
        check::non_null(cx, nativeFormat, "nativeFormat")?;
        check::non_null(cx, domainXml, "domainXml")?;
        Err(cx.unsupported())
    })
}

/// `virConnectGetAllDomainStats`: Gets the connection's all domain stats.
#[no_mangle]
pub unsafe extern "C" fn virConnectGetAllDomainStats(
    conn: virConnectPtr,
    stats: c_uint,
    retStats: *mut *mut virDomainStatsRecordPtr,
    flags: c_uint,
) -> c_int {
    api!(-1, "virConnectGetAllDomainStats", |cx| {
        let c = check::conn(cx, conn)?;
        check::non_null(cx, retStats, "retStats")?;
        let list = c.hv().get_all_domain_stats(cx, None, stats, flags)?;
        stats_records(cx, c, retStats, list)
    })
}

/// `virConnectGetDomainCapabilities`: Gets the connection's domain capabilities.
#[no_mangle]
pub unsafe extern "C" fn virConnectGetDomainCapabilities(
    conn: virConnectPtr,
    emulatorbin: *const c_char,
    arch: *const c_char,
    machine: *const c_char,
    virttype: *const c_char,
    flags: c_uint,
) -> *mut c_char {
    let _ = emulatorbin;
    let _ = arch;
    let _ = machine;
    let _ = virttype;
    let _ = flags;
    api!(ptr::null_mut(), "virConnectGetDomainCapabilities", |cx| {
        let conn = check::conn(cx, conn)?;
        check::writable(cx, conn.conn())?;
        Err(cx.unsupported())
    })
}

/// `virConnectListAllDomains`: Lists all domains of the connection, as new handles.
#[no_mangle]
pub unsafe extern "C" fn virConnectListAllDomains(
    conn: virConnectPtr,
    domains: *mut *mut virDomainPtr,
    flags: c_uint,
) -> c_int {
    // SAFETY: `domains` is NULL or the caller's out-pointer.
    unsafe { convert::put(domains, ptr::null_mut()) };
    api!(-1, "virConnectListAllDomains", |cx| {
        let c = check::conn(cx, conn)?;
        let list = c.hv().list_all_domains(cx, flags)?;
        marshal::handle_array(cx, domains, list, |id| Domain::new(c.to_arc(), id))
    })
}

/// `virConnectListDefinedDomains`: Lists the defined domains of the connection.
#[no_mangle]
pub unsafe extern "C" fn virConnectListDefinedDomains(
    conn: virConnectPtr,
    names: *mut *mut c_char,
    maxnames: c_int,
) -> c_int {
    api!(-1, "virConnectListDefinedDomains", |cx| {
        let c = check::conn(cx, conn)?;
        check::non_null_array(cx, names, maxnames as i64, "names")?;
        check::non_negative(cx, maxnames, "maxnames")?;
        let list = c.hv().list_defined_domain_names(cx)?;
        marshal::names_into(cx, names, maxnames, &list)
    })
}

/// `virConnectListDomains`: Lists the domains of the connection.
#[no_mangle]
pub unsafe extern "C" fn virConnectListDomains(
    conn: virConnectPtr,
    ids: *mut c_int,
    maxids: c_int,
) -> c_int {
    api!(-1, "virConnectListDomains", |cx| {
        let c = check::conn(cx, conn)?;
        check::non_null_array(cx, ids, maxids as i64, "ids")?;
        check::non_negative(cx, maxids, "maxids")?;
        let list = c.hv().list_domain_ids(cx)?;
        Ok(marshal::copy_into(ids, maxids, &list))
    })
}

/// `virConnectNumOfDefinedDomains`: Counts the defined domains of the connection; -1 on error.
#[no_mangle]
pub unsafe extern "C" fn virConnectNumOfDefinedDomains(conn: virConnectPtr) -> c_int {
    api!(-1, "virConnectNumOfDefinedDomains", |cx| {
        Ok(check::conn(cx, conn)?.hv().num_of_defined_domains(cx)? as c_int)
    })
}

/// `virConnectNumOfDomains`: Counts the domains of the connection; -1 on error.
#[no_mangle]
pub unsafe extern "C" fn virConnectNumOfDomains(conn: virConnectPtr) -> c_int {
    api!(-1, "virConnectNumOfDomains", |cx| {
        Ok(check::conn(cx, conn)?.hv().num_of_domains(cx)? as c_int)
    })
}

/// `virDomainAbortJob`: Aborts job of the domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainAbortJob(domain: virDomainPtr) -> c_int {
    api!(-1, "virDomainAbortJob", |cx| {
        let domain = check::domain(cx, domain)?;
        check::writable(cx, domain.conn())?;
        Err(cx.unsupported())
    })
}

/// `virDomainAbortJobFlags`: Aborts job flags of the domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainAbortJobFlags(domain: virDomainPtr, flags: c_uint) -> c_int {
    let _ = flags;
    api!(-1, "virDomainAbortJobFlags", |cx| {
        let domain = check::domain(cx, domain)?;
        check::writable(cx, domain.conn())?;
        Err(cx.unsupported())
    })
}

/// `virDomainAddIOThread`: Adds IO thread on the domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainAddIOThread(
    domain: virDomainPtr,
    iothread_id: c_uint,
    flags: c_uint,
) -> c_int {
    api!(-1, "virDomainAddIOThread", |cx| {
        let domain = check::domain(cx, domain)?;
        check::writable(cx, domain.conn())?;
        domain
            .conn
            .hv()
            .domain_add_iothread(cx, &domain.id, iothread_id, flags)?;
        Ok(0)
    })
}

/// `virDomainAgentSetResponseTimeout`: domain agent set response timeout.
#[no_mangle]
pub unsafe extern "C" fn virDomainAgentSetResponseTimeout(
    domain: virDomainPtr,
    timeout: c_int,
    flags: c_uint,
) -> c_int {
    let _ = timeout;
    let _ = flags;
    api!(-1, "virDomainAgentSetResponseTimeout", |cx| {
        let domain = check::domain(cx, domain)?;
        check::writable(cx, domain.conn())?;
        Err(cx.unsupported())
    })
}

/// `virDomainAttachDevice`: Attaches device of the domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainAttachDevice(domain: virDomainPtr, xml: *const c_char) -> c_int {
    api!(-1, "virDomainAttachDevice", |cx| {
        let domain = check::domain(cx, domain)?;
        check::non_null(cx, xml, "xml")?;
        check::writable(cx, domain.conn())?;
        Err(cx.unsupported())
    })
}

/// `virDomainAttachDeviceFlags`: Attaches device flags of the domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainAttachDeviceFlags(
    domain: virDomainPtr,
    xml: *const c_char,
    flags: c_uint,
) -> c_int {
    let _ = flags;
    api!(-1, "virDomainAttachDeviceFlags", |cx| {
        let domain = check::domain(cx, domain)?;
        check::non_null(cx, xml, "xml")?;
        check::writable(cx, domain.conn())?;
        Err(cx.unsupported())
    })
}

/// `virDomainAuthorizedSSHKeysGet`: domain authorized SSH keys get.
#[no_mangle]
pub unsafe extern "C" fn virDomainAuthorizedSSHKeysGet(
    domain: virDomainPtr,
    user: *const c_char,
    keys: *mut *mut *mut c_char,
    flags: c_uint,
) -> c_int {
    let _ = flags;
    api!(-1, "virDomainAuthorizedSSHKeysGet", |cx| {
        let domain = check::domain(cx, domain)?;
        check::non_null(cx, user, "user")?;
        check::non_null(cx, keys, "keys")?;
        check::writable(cx, domain.conn())?;
        Err(cx.unsupported())
    })
}

/// `virDomainAuthorizedSSHKeysSet`: domain authorized SSH keys set.
#[no_mangle]
pub unsafe extern "C" fn virDomainAuthorizedSSHKeysSet(
    domain: virDomainPtr,
    user: *const c_char,
    keys: *mut *const c_char,
    nkeys: c_uint,
    flags: c_uint,
) -> c_int {
    let _ = keys;
    let _ = nkeys;
    let _ = flags;
    api!(-1, "virDomainAuthorizedSSHKeysSet", |cx| {
        let domain = check::domain(cx, domain)?;
        check::non_null(cx, user, "user")?;
        check::writable(cx, domain.conn())?;
        Err(cx.unsupported())
    })
}

/// `virDomainBackupBegin`: domain backup begin.
#[no_mangle]
pub unsafe extern "C" fn virDomainBackupBegin(
    domain: virDomainPtr,
    backupXML: *const c_char,
    checkpointXML: *const c_char,
    flags: c_uint,
) -> c_int {
    let _ = checkpointXML;
    let _ = flags;
    api!(-1, "virDomainBackupBegin", |cx| {
        let domain = check::domain(cx, domain)?;
        check::non_null(cx, backupXML, "backupXML")?;
        check::writable(cx, domain.conn())?;
        Err(cx.unsupported())
    })
}

/// `virDomainBackupGetXMLDesc`: domain backup get XML desc.
#[no_mangle]
pub unsafe extern "C" fn virDomainBackupGetXMLDesc(
    domain: virDomainPtr,
    flags: c_uint,
) -> *mut c_char {
    let _ = flags;
    api!(ptr::null_mut(), "virDomainBackupGetXMLDesc", |cx| {
        check::domain(cx, domain)?;
        Err(cx.unsupported())
    })
}

/// `virDomainBlockCommit`: domain block commit.
///
/// - `bandwidth`: (optional) 0 for the default
#[no_mangle]
pub unsafe extern "C" fn virDomainBlockCommit(
    dom: virDomainPtr,
    disk: *const c_char,
    base: *const c_char,
    top: *const c_char,
    bandwidth: c_ulong,
    flags: c_uint,
) -> c_int {
    let _ = base;
    let _ = top;
    let _ = bandwidth;
    let _ = flags;
    api!(-1, "virDomainBlockCommit", |cx| {
        let dom = check::domain(cx, dom)?;
        check::writable(cx, dom.conn())?;
        check::non_null(cx, disk, "disk")?;
        Err(cx.unsupported())
    })
}

/// `virDomainBlockCopy`: domain block copy.
#[no_mangle]
pub unsafe extern "C" fn virDomainBlockCopy(
    dom: virDomainPtr,
    disk: *const c_char,
    destxml: *const c_char,
    params: virTypedParameterPtr,
    nparams: c_int,
    flags: c_uint,
) -> c_int {
    let _ = params;
    let _ = flags;
    api!(-1, "virDomainBlockCopy", |cx| {
        let dom = check::domain(cx, dom)?;
        check::writable(cx, dom.conn())?;
        check::non_null(cx, disk, "disk")?;
        check::non_null(cx, destxml, "destxml")?;
        check::non_negative(cx, nparams, "nparams")?;
        if nparams != 0 {
            check::non_null(cx, params, "params")?;
        }
        Err(cx.unsupported())
    })
}

/// `virDomainBlockJobAbort`: domain block job abort.
#[no_mangle]
pub unsafe extern "C" fn virDomainBlockJobAbort(
    dom: virDomainPtr,
    disk: *const c_char,
    flags: c_uint,
) -> c_int {
    let _ = flags;
    api!(-1, "virDomainBlockJobAbort", |cx| {
        let dom = check::domain(cx, dom)?;
        check::writable(cx, dom.conn())?;
        check::non_null(cx, disk, "disk")?;
        Err(cx.unsupported())
    })
}

/// `virDomainBlockJobSetSpeed`: domain block job set speed.
#[no_mangle]
pub unsafe extern "C" fn virDomainBlockJobSetSpeed(
    dom: virDomainPtr,
    disk: *const c_char,
    bandwidth: c_ulong,
    flags: c_uint,
) -> c_int {
    let _ = bandwidth;
    let _ = flags;
    api!(-1, "virDomainBlockJobSetSpeed", |cx| {
        let dom = check::domain(cx, dom)?;
        check::writable(cx, dom.conn())?;
        check::non_null(cx, disk, "disk")?;
        Err(cx.unsupported())
    })
}

/// `virDomainBlockPeek`: domain block peek.
#[no_mangle]
pub unsafe extern "C" fn virDomainBlockPeek(
    dom: virDomainPtr,
    disk: *const c_char,
    offset: c_ulonglong,
    size: usize,
    buffer: *mut c_void,
    flags: c_uint,
) -> c_int {
    let _ = offset;
    let _ = size;
    let _ = buffer;
    let _ = flags;
    api!(-1, "virDomainBlockPeek", |cx| {
        let dom = check::domain(cx, dom)?;
        check::writable(cx, dom.conn())?;
        check::non_empty_string(cx, disk, "disk")?;
        if size > 0 {
            check::non_null(cx, buffer, "buffer")?;
        }
        Err(cx.unsupported())
    })
}

/// `virDomainBlockPull`: domain block pull.
///
/// - `bandwidth`: (optional) 0 for the default
#[no_mangle]
pub unsafe extern "C" fn virDomainBlockPull(
    dom: virDomainPtr,
    disk: *const c_char,
    bandwidth: c_ulong,
    flags: c_uint,
) -> c_int {
    let _ = bandwidth;
    let _ = flags;
    api!(-1, "virDomainBlockPull", |cx| {
        let dom = check::domain(cx, dom)?;
        check::writable(cx, dom.conn())?;
        check::non_null(cx, disk, "disk")?;
        Err(cx.unsupported())
    })
}

/// `virDomainBlockRebase`: domain block rebase.
///
/// - `bandwidth`: (optional) 0 for the default
#[no_mangle]
pub unsafe extern "C" fn virDomainBlockRebase(
    dom: virDomainPtr,
    disk: *const c_char,
    base: *const c_char,
    bandwidth: c_ulong,
    flags: c_uint,
) -> c_int {
    let _ = base;
    let _ = bandwidth;
    let _ = flags;
    api!(-1, "virDomainBlockRebase", |cx| {
        let dom = check::domain(cx, dom)?;
        check::writable(cx, dom.conn())?;
        check::non_null(cx, disk, "disk")?;
        Err(cx.unsupported())
    })
}

/// `virDomainBlockResize`: domain block resize.
#[no_mangle]
pub unsafe extern "C" fn virDomainBlockResize(
    dom: virDomainPtr,
    disk: *const c_char,
    size: c_ulonglong,
    flags: c_uint,
) -> c_int {
    let _ = size;
    let _ = flags;
    api!(-1, "virDomainBlockResize", |cx| {
        let dom = check::domain(cx, dom)?;
        check::writable(cx, dom.conn())?;
        check::non_null(cx, disk, "disk")?;
        Err(cx.unsupported())
    })
}

/// `virDomainBlockStats`: domain block stats.
#[no_mangle]
pub unsafe extern "C" fn virDomainBlockStats(
    dom: virDomainPtr,
    disk: *const c_char,
    stats: virDomainBlockStatsPtr,
    size: usize,
) -> c_int {
    api!(-1, "virDomainBlockStats", |cx| {
        let d = check::domain(cx, dom)?;
        check::non_null(cx, disk, "disk")?;
        check::non_null(cx, stats, "stats")?;
        let full = std::mem::size_of::<virDomainBlockStatsStruct>();
        if size > full {
            return Err(check::invalid_arg(
                cx,
                "size",
                format!("size must not exceed {full}"),
            ));
        }
        let disk = convert::str(cx, disk, "disk")?;
        let v = d.conn.hv().domain_block_stats(cx, &d.ident(), disk)?;
        let out = virDomainBlockStatsStruct {
            rd_req: v[0],
            rd_bytes: v[1],
            wr_req: v[2],
            wr_bytes: v[3],
            errs: v[4],
        };
        // Only the first `size` bytes are the caller's (older, smaller
        // structures).
        ptr::copy_nonoverlapping(
            &out as *const virDomainBlockStatsStruct as *const u8,
            stats as *mut u8,
            size,
        );
        Ok(0)
    })
}

/// `virDomainBlockStatsFlags`: domain block stats flags.
#[no_mangle]
pub unsafe extern "C" fn virDomainBlockStatsFlags(
    dom: virDomainPtr,
    disk: *const c_char,
    params: virTypedParameterPtr,
    nparams: *mut c_int,
    flags: c_uint,
) -> c_int {
    let _ = params;
    let _ = flags;
    api!(-1, "virDomainBlockStatsFlags", |cx| {
        check::domain(cx, dom)?;
        check::non_null(cx, disk, "disk")?;
        check::param_buffer(cx, params, nparams)?;
        Err(cx.unsupported())
    })
}

/// `virDomainCoreDump`: domain core dump.
#[no_mangle]
pub unsafe extern "C" fn virDomainCoreDump(
    domain: virDomainPtr,
    to: *const c_char,
    flags: c_uint,
) -> c_int {
    api!(-1, "virDomainCoreDump", |cx| {
        let domain = check::domain(cx, domain)?;
        check::writable(cx, domain.conn())?;
        check::non_null(cx, to, "to")?;
        check::exclusive_flags(
            cx,
            flags,
            virDomainCoreDumpFlags::VIR_DUMP_CRASH as c_uint,
            "VIR_DUMP_CRASH",
            virDomainCoreDumpFlags::VIR_DUMP_LIVE as c_uint,
            "VIR_DUMP_LIVE",
        )?;
        check::exclusive_flags(
            cx,
            flags,
            virDomainCoreDumpFlags::VIR_DUMP_CRASH as c_uint,
            "VIR_DUMP_CRASH",
            virDomainCoreDumpFlags::VIR_DUMP_RESET as c_uint,
            "VIR_DUMP_RESET",
        )?;
        check::exclusive_flags(
            cx,
            flags,
            virDomainCoreDumpFlags::VIR_DUMP_LIVE as c_uint,
            "VIR_DUMP_LIVE",
            virDomainCoreDumpFlags::VIR_DUMP_RESET as c_uint,
            "VIR_DUMP_RESET",
        )?;
        let to = canonical(cx, to, "to")?;
        let raw = virDomainCoreDumpFormat::VIR_DOMAIN_CORE_DUMP_FORMAT_RAW as u32;
        let new_id = domain
            .conn
            .hv()
            .domain_core_dump(cx, &domain.ident(), &to, raw, flags)?;
        cache_id(domain, new_id);
        Ok(0)
    })
}

/// `virDomainCoreDumpWithFormat`: domain core dump with format.
#[no_mangle]
pub unsafe extern "C" fn virDomainCoreDumpWithFormat(
    domain: virDomainPtr,
    to: *const c_char,
    dumpformat: c_uint,
    flags: c_uint,
) -> c_int {
    api!(-1, "virDomainCoreDumpWithFormat", |cx| {
        let domain = check::domain(cx, domain)?;
        check::writable(cx, domain.conn())?;
        check::non_null(cx, to, "to")?;
        // Formats past the last one libvirt knows (WIN_DMP).
        if dumpformat > virDomainCoreDumpFormat::VIR_DOMAIN_CORE_DUMP_FORMAT_WIN_DMP as c_uint {
            return Err(check::invalid_arg(
                cx,
                "flags",
                format!("dumpformat '{}' is not supported", dumpformat as c_int),
            ));
        }
        check::exclusive_flags(
            cx,
            flags,
            virDomainCoreDumpFlags::VIR_DUMP_CRASH as c_uint,
            "VIR_DUMP_CRASH",
            virDomainCoreDumpFlags::VIR_DUMP_LIVE as c_uint,
            "VIR_DUMP_LIVE",
        )?;
        check::exclusive_flags(
            cx,
            flags,
            virDomainCoreDumpFlags::VIR_DUMP_CRASH as c_uint,
            "VIR_DUMP_CRASH",
            virDomainCoreDumpFlags::VIR_DUMP_RESET as c_uint,
            "VIR_DUMP_RESET",
        )?;
        check::exclusive_flags(
            cx,
            flags,
            virDomainCoreDumpFlags::VIR_DUMP_LIVE as c_uint,
            "VIR_DUMP_LIVE",
            virDomainCoreDumpFlags::VIR_DUMP_RESET as c_uint,
            "VIR_DUMP_RESET",
        )?;
        let to = canonical(cx, to, "to")?;
        let new_id =
            domain
                .conn
                .hv()
                .domain_core_dump(cx, &domain.ident(), &to, dumpformat, flags)?;
        cache_id(domain, new_id);
        Ok(0)
    })
}

/// `virDomainCreate`: Creates a domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainCreate(domain: virDomainPtr) -> c_int {
    api!(-1, "virDomainCreate", |cx| {
        let domain = check::domain(cx, domain)?;
        check::writable(cx, domain.conn())?;
        let new_id = domain.conn.hv().domain_create(cx, &domain.ident(), 0)?;
        cache_id(domain, new_id);
        Ok(0)
    })
}

/// `virDomainCreateLinux`: Creates linux on the domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainCreateLinux(
    conn: virConnectPtr,
    xmlDesc: *const c_char,
    flags: c_uint,
) -> virDomainPtr {
    // libvirt: an alias of virDomainCreateXML, errors included.
    // SAFETY: the same arguments under the same contract.
    unsafe { virDomainCreateXML(conn, xmlDesc, flags) }
}

/// `virDomainCreateWithFiles`: Creates with files on the domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainCreateWithFiles(
    domain: virDomainPtr,
    nfiles: c_uint,
    files: *mut c_int,
    flags: c_uint,
) -> c_int {
    api!(-1, "virDomainCreateWithFiles", |cx| {
        let domain = check::domain(cx, domain)?;
        check::writable(cx, domain.conn())?;
        let files = fd_list(files, nfiles);
        let new_id =
            domain
                .conn
                .hv()
                .domain_create_with_files(cx, &domain.ident(), files, flags)?;
        cache_id(domain, new_id);
        Ok(0)
    })
}

/// `virDomainCreateWithFlags`: Creates with flags on the domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainCreateWithFlags(domain: virDomainPtr, flags: c_uint) -> c_int {
    api!(-1, "virDomainCreateWithFlags", |cx| {
        let domain = check::domain(cx, domain)?;
        check::writable(cx, domain.conn())?;
        let new_id = domain.conn.hv().domain_create(cx, &domain.ident(), flags)?;
        cache_id(domain, new_id);
        Ok(0)
    })
}

/// `virDomainCreateXML`: Creates XML on the domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainCreateXML(
    conn: virConnectPtr,
    xmlDesc: *const c_char,
    flags: c_uint,
) -> virDomainPtr {
    api!(ptr::null_mut(), "virDomainCreateXML", |cx| {
        let conn = check::conn(cx, conn)?;
        check::non_null(cx, xmlDesc, "xmlDesc")?;
        check::writable(cx, conn.conn())?;
        let xml = convert::domain_xml(cx, xmlDesc, "xmlDesc")?;
        Ok(new_domain(
            conn,
            conn.hv().domain_create_xml(cx, xml, flags)?,
        ))
    })
}

/// `virDomainCreateXMLWithFiles`: Creates XML with files on the domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainCreateXMLWithFiles(
    conn: virConnectPtr,
    xmlDesc: *const c_char,
    nfiles: c_uint,
    files: *mut c_int,
    flags: c_uint,
) -> virDomainPtr {
    api!(ptr::null_mut(), "virDomainCreateXMLWithFiles", |cx| {
        let conn = check::conn(cx, conn)?;
        check::non_null(cx, xmlDesc, "xmlDesc")?;
        check::writable(cx, conn.conn())?;
        let xml = convert::domain_xml(cx, xmlDesc, "xmlDesc")?;
        let files = fd_list(files, nfiles);
        Ok(new_domain(
            conn,
            conn.hv()
                .domain_create_xml_with_files(cx, xml, files, flags)?,
        ))
    })
}

/// `virDomainDefineXML`: Defines XML on the domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainDefineXML(
    conn: virConnectPtr,
    xml: *const c_char,
) -> virDomainPtr {
    api!(ptr::null_mut(), "virDomainDefineXML", |cx| {
        let conn = check::conn(cx, conn)?;
        check::writable(cx, conn.conn())?;
        check::non_null(cx, xml, "xml")?;
        let xml = convert::domain_xml(cx, xml, "xml")?;
        Ok(new_domain(conn, conn.hv().domain_define_xml(cx, xml, 0)?))
    })
}

/// `virDomainDefineXMLFlags`: Defines XML flags on the domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainDefineXMLFlags(
    conn: virConnectPtr,
    xml: *const c_char,
    flags: c_uint,
) -> virDomainPtr {
    api!(ptr::null_mut(), "virDomainDefineXMLFlags", |cx| {
        let conn = check::conn(cx, conn)?;
        check::writable(cx, conn.conn())?;
        check::non_null(cx, xml, "xml")?;
        let xml = convert::domain_xml(cx, xml, "xml")?;
        Ok(new_domain(
            conn,
            conn.hv().domain_define_xml(cx, xml, flags)?,
        ))
    })
}

/// `virDomainDelIOThread`: domain del IO thread.
#[no_mangle]
pub unsafe extern "C" fn virDomainDelIOThread(
    domain: virDomainPtr,
    iothread_id: c_uint,
    flags: c_uint,
) -> c_int {
    api!(-1, "virDomainDelIOThread", |cx| {
        let domain = check::domain(cx, domain)?;
        check::writable(cx, domain.conn())?;
        check::non_zero(cx, iothread_id, "iothread_id")?;
        domain
            .conn
            .hv()
            .domain_del_iothread(cx, &domain.id, iothread_id, flags)?;
        Ok(0)
    })
}

/// `virDomainDestroy`: Destroys the domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainDestroy(domain: virDomainPtr) -> c_int {
    api!(-1, "virDomainDestroy", |cx| {
        let domain = check::domain(cx, domain)?;
        check::writable(cx, domain.conn())?;
        let new_id = domain.conn.hv().domain_destroy(cx, &domain.ident(), 0)?;
        cache_id(domain, new_id);
        Ok(0)
    })
}

/// `virDomainDestroyFlags`: Destroys flags of the domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainDestroyFlags(domain: virDomainPtr, flags: c_uint) -> c_int {
    api!(-1, "virDomainDestroyFlags", |cx| {
        let domain = check::domain(cx, domain)?;
        check::writable(cx, domain.conn())?;
        let new_id = domain
            .conn
            .hv()
            .domain_destroy(cx, &domain.ident(), flags)?;
        cache_id(domain, new_id);
        Ok(0)
    })
}

/// `virDomainDetachDevice`: Detaches device of the domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainDetachDevice(domain: virDomainPtr, xml: *const c_char) -> c_int {
    api!(-1, "virDomainDetachDevice", |cx| {
        let domain = check::domain(cx, domain)?;
        check::non_null(cx, xml, "xml")?;
        check::writable(cx, domain.conn())?;
        Err(cx.unsupported())
    })
}

/// `virDomainDetachDeviceAlias`: Detaches device alias of the domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainDetachDeviceAlias(
    domain: virDomainPtr,
    alias: *const c_char,
    flags: c_uint,
) -> c_int {
    let _ = flags;
    api!(-1, "virDomainDetachDeviceAlias", |cx| {
        let domain = check::domain(cx, domain)?;
        check::non_null(cx, alias, "alias")?;
        check::writable(cx, domain.conn())?;
        Err(cx.unsupported())
    })
}

/// `virDomainDetachDeviceFlags`: Detaches device flags of the domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainDetachDeviceFlags(
    domain: virDomainPtr,
    xml: *const c_char,
    flags: c_uint,
) -> c_int {
    let _ = flags;
    api!(-1, "virDomainDetachDeviceFlags", |cx| {
        let domain = check::domain(cx, domain)?;
        check::non_null(cx, xml, "xml")?;
        check::writable(cx, domain.conn())?;
        Err(cx.unsupported())
    })
}

/// `virDomainFDAssociate`: domain FD associate.
///
/// - `flags`: (optional) 0 for the default
#[no_mangle]
pub unsafe extern "C" fn virDomainFDAssociate(
    domain: virDomainPtr,
    name: *const c_char,
    nfds: c_uint,
    fds: *mut c_int,
    flags: c_uint,
) -> c_int {
    let _ = name;
    let _ = flags;
    api!(-1, "virDomainFDAssociate", |cx| {
        let dom = check::domain(cx, domain)?;
        check::non_zero(cx, nfds, "nfds")?;
        check::non_null(cx, fds, "fds")?;
        check::writable(cx, dom.conn())?;
        Err(cx.unsupported())
    })
}

/// `virDomainFSFreeze`: domain FS freeze.
#[no_mangle]
pub unsafe extern "C" fn virDomainFSFreeze(
    dom: virDomainPtr,
    mountpoints: *mut *const c_char,
    nmountpoints: c_uint,
    flags: c_uint,
) -> c_int {
    api!(-1, "virDomainFSFreeze", |cx| {
        let dom = check::domain(cx, dom)?;
        check::writable(cx, dom.conn())?;
        check::non_null_array(cx, mountpoints, nmountpoints as i64, "mountpoints")?;
        let list = mount_points(cx, mountpoints, nmountpoints)?;
        dom.conn
            .hv()
            .domain_fs_freeze(cx, &dom.ident(), &list, flags)
    })
}

/// `virDomainFSInfoFree`: domain FS info free.
#[no_mangle]
pub unsafe extern "C" fn virDomainFSInfoFree(info: virDomainFSInfoPtr) {
    // libvirt: freeing NULL does nothing and leaves the last error alone.
    if info.is_null() {
        return;
    }
    // Like libvirt's, this frees without touching the thread's error.
    // SAFETY: the caller passes an info from virDomainGetFSInfo, whose
    // strings and array come from the C allocator.
    unsafe {
        let fs = &*info;
        for i in 0..fs.ndevAlias {
            libc::free(*fs.devAlias.add(i) as *mut c_void);
        }
        libc::free(fs.devAlias as *mut c_void);
        libc::free(fs.mountpoint as *mut c_void);
        libc::free(fs.name as *mut c_void);
        libc::free(fs.fstype as *mut c_void);
        libc::free(info as *mut c_void);
    }
}

/// A `virDomainFSInfo` in the C allocator's memory, for
/// `virDomainFSInfoFree`.
fn fs_info_to_c(cx: &Cx, fs: &crate::driver::FsInfo) -> Result<virDomainFSInfoPtr> {
    // SAFETY: a zeroed virDomainFSInfo (NULL pointers, no aliases) is
    // valid, and each field is filled before it is counted.
    unsafe {
        let p = libc::calloc(1, std::mem::size_of::<virDomainFSInfo>()) as virDomainFSInfoPtr;
        if p.is_null() {
            return Err(Error::new(
                cx.from(),
                virErrorNumber::VIR_ERR_NO_MEMORY,
                None,
            ));
        }
        let cleanup = move |e: Error| {
            virDomainFSInfoFree(p);
            Err(e)
        };
        for (dst, src) in [
            (&mut (*p).mountpoint, &fs.mountpoint),
            (&mut (*p).name, &fs.name),
            (&mut (*p).fstype, &fs.fstype),
        ] {
            match convert::c_string(cx, src) {
                Ok(s) => *dst = s,
                Err(e) => return cleanup(e),
            }
        }
        let aliases = libc::calloc(
            fs.dev_alias.len().max(1),
            std::mem::size_of::<*mut c_char>(),
        ) as *mut *mut c_char;
        if aliases.is_null() {
            return cleanup(Error::new(
                cx.from(),
                virErrorNumber::VIR_ERR_NO_MEMORY,
                None,
            ));
        }
        (*p).devAlias = aliases;
        for a in &fs.dev_alias {
            match convert::c_string(cx, a) {
                Ok(s) => {
                    *aliases.add((*p).ndevAlias) = s;
                    (*p).ndevAlias += 1;
                }
                Err(e) => return cleanup(e),
            }
        }
        Ok(p)
    }
}

/// The caller's `nmountpoints` mount point names.
///
/// # Safety
/// `mountpoints` is NULL with `n` 0, or holds `n` C strings.
unsafe fn mount_points<'a>(
    cx: &Cx,
    mountpoints: *mut *const c_char,
    n: c_uint,
) -> Result<Vec<&'a str>> {
    (0..n as usize)
        // SAFETY: the array holds n entries (this function's contract).
        .map(|i| unsafe { convert::str(cx, *mountpoints.add(i), "mountpoints") })
        .collect()
}

/// `virDomainFSThaw`: domain FS thaw.
#[no_mangle]
pub unsafe extern "C" fn virDomainFSThaw(
    dom: virDomainPtr,
    mountpoints: *mut *const c_char,
    nmountpoints: c_uint,
    flags: c_uint,
) -> c_int {
    api!(-1, "virDomainFSThaw", |cx| {
        let dom = check::domain(cx, dom)?;
        check::writable(cx, dom.conn())?;
        check::non_null_array(cx, mountpoints, nmountpoints as i64, "mountpoints")?;
        let list = mount_points(cx, mountpoints, nmountpoints)?;
        dom.conn.hv().domain_fs_thaw(cx, &dom.ident(), &list, flags)
    })
}

/// `virDomainFSTrim`: domain FS trim.
#[no_mangle]
pub unsafe extern "C" fn virDomainFSTrim(
    dom: virDomainPtr,
    mountPoint: *const c_char,
    minimum: c_ulonglong,
    flags: c_uint,
) -> c_int {
    api!(-1, "virDomainFSTrim", |cx| {
        let dom = check::domain(cx, dom)?;
        check::writable(cx, dom.conn())?;
        let mountpoint = convert::opt_str(cx, mountPoint, "mountPoint")?;
        dom.conn
            .hv()
            .domain_fs_trim(cx, &dom.ident(), mountpoint, minimum, flags)?;
        Ok(0)
    })
}

/// `virDomainFree`: Releases the caller's reference to a domain; it is freed with its last reference.
#[no_mangle]
pub unsafe extern "C" fn virDomainFree(domain: virDomainPtr) -> c_int {
    api!(-1, "virDomainFree", |cx| {
        let d = check::domain(cx, domain)?;
        Handle::release(d as *const Handle<Domain>);
        Ok(0)
    })
}

/// `virDomainGetAutostart`: Gets the domain's autostart.
#[no_mangle]
pub unsafe extern "C" fn virDomainGetAutostart(
    domain: virDomainPtr,
    autostart: *mut c_int,
) -> c_int {
    api!(-1, "virDomainGetAutostart", |cx| {
        let domain = check::domain(cx, domain)?;
        check::non_null(cx, autostart, "autostart")?;
        let on = domain.conn.hv().domain_get_autostart(cx, &domain.ident())?;
        *autostart = on as c_int;
        Ok(0)
    })
}

/// `virDomainGetBlkioParameters`: Gets the domain's blkio parameters.
#[no_mangle]
pub unsafe extern "C" fn virDomainGetBlkioParameters(
    domain: virDomainPtr,
    params: virTypedParameterPtr,
    nparams: *mut c_int,
    flags: c_uint,
) -> c_int {
    api!(-1, "virDomainGetBlkioParameters", |cx| {
        let d = check::domain(cx, domain)?;
        check::param_buffer(cx, params, nparams)?;
        let flags = flags | TYPED_PARAM_STRING_OKAY;
        check::exclusive_flags(
            cx,
            flags,
            virDomainModificationImpact::VIR_DOMAIN_AFFECT_LIVE as c_uint,
            "VIR_DOMAIN_AFFECT_LIVE",
            virDomainModificationImpact::VIR_DOMAIN_AFFECT_CONFIG as c_uint,
            "VIR_DOMAIN_AFFECT_CONFIG",
        )?;
        let answer = d
            .conn
            .hv()
            .domain_get_blkio_parameters(cx, &d.id, *nparams, flags)?;
        crate::ffi::common::store_params_answer(answer, params, nparams)?;
        Ok(0)
    })
}

/// `virDomainGetBlockInfo`: Gets the domain's block info.
#[no_mangle]
pub unsafe extern "C" fn virDomainGetBlockInfo(
    domain: virDomainPtr,
    disk: *const c_char,
    info: virDomainBlockInfoPtr,
    flags: c_uint,
) -> c_int {
    api!(-1, "virDomainGetBlockInfo", |cx| {
        let d = check::domain(cx, domain)?;
        check::non_empty_string(cx, disk, "disk")?;
        check::non_null(cx, info, "info")?;
        // libvirt clears the caller's structure before asking the driver.
        ptr::write_bytes(info, 0, 1);
        let disk = convert::str(cx, disk, "disk")?;
        let (capacity, allocation, physical) =
            d.conn
                .hv()
                .domain_get_block_info(cx, &d.ident(), disk, flags)?;
        *info = virDomainBlockInfo {
            capacity,
            allocation,
            physical,
        };
        Ok(0)
    })
}

/// `virDomainGetBlockIoTune`: Gets the domain's block io tune.
#[no_mangle]
pub unsafe extern "C" fn virDomainGetBlockIoTune(
    dom: virDomainPtr,
    disk: *const c_char,
    params: virTypedParameterPtr,
    nparams: *mut c_int,
    flags: c_uint,
) -> c_int {
    api!(-1, "virDomainGetBlockIoTune", |cx| {
        let d = check::domain(cx, dom)?;
        check::non_null(cx, nparams, "nparams")?;
        check::non_negative(cx, *nparams, "*nparams")?;
        if *nparams != 0 {
            check::non_null(cx, params, "params")?;
            check::non_null(cx, disk, "disk")?;
        }
        let flags = flags | TYPED_PARAM_STRING_OKAY;
        check::exclusive_flags(
            cx,
            flags,
            virDomainModificationImpact::VIR_DOMAIN_AFFECT_LIVE as c_uint,
            "VIR_DOMAIN_AFFECT_LIVE",
            virDomainModificationImpact::VIR_DOMAIN_AFFECT_CONFIG as c_uint,
            "VIR_DOMAIN_AFFECT_CONFIG",
        )?;
        let disk = convert::opt_str(cx, disk, "disk")?;
        let answer = d
            .conn
            .hv()
            .domain_get_block_io_tune(cx, &d.id, disk, *nparams, flags)?;
        crate::ffi::common::store_params_answer(answer, params, nparams)?;
        Ok(0)
    })
}

/// `virDomainGetBlockJobInfo`: Gets the domain's block job info.
#[no_mangle]
pub unsafe extern "C" fn virDomainGetBlockJobInfo(
    dom: virDomainPtr,
    disk: *const c_char,
    info: virDomainBlockJobInfoPtr,
    flags: c_uint,
) -> c_int {
    let _ = flags;
    api!(-1, "virDomainGetBlockJobInfo", |cx| {
        check::domain(cx, dom)?;
        check::non_null(cx, disk, "disk")?;
        check::non_null(cx, info, "info")?;
        Err(cx.unsupported())
    })
}

/// `virDomainGetCPUStats`: Gets the domain's CPU stats.
#[no_mangle]
pub unsafe extern "C" fn virDomainGetCPUStats(
    domain: virDomainPtr,
    params: virTypedParameterPtr,
    nparams: c_uint,
    start_cpu: c_int,
    ncpus: c_uint,
    flags: c_uint,
) -> c_int {
    api!(-1, "virDomainGetCPUStats", |cx| {
        let d = check::domain(cx, domain)?;
        if start_cpu == -1 {
            if ncpus != 1 {
                return Err(check::invalid_arg(
                    cx,
                    "start_cpu",
                    "ncpus must be 1 when start_cpu is -1",
                ));
            }
        } else {
            check::non_negative(cx, start_cpu, "start_cpu")?;
        }
        if nparams != 0 {
            check::non_null(cx, params, "params")?;
        } else {
            check::null(cx, params, "params")?;
        }
        if ncpus == 0 {
            check::null(cx, params, "params")?;
        }
        if nparams != 0 && ncpus > c_uint::MAX / nparams {
            return Err(cx.error(
                virErrorNumber::VIR_ERR_OVERFLOW,
                &format!("input too large: {nparams} * {ncpus}"),
            ));
        }
        // The test driver takes typed string parameters.
        let flags = flags | TYPED_PARAM_STRING_OKAY;
        let (ret, list) =
            d.conn
                .hv()
                .domain_get_cpu_stats(cx, &d.ident(), nparams, start_cpu, ncpus, flags)?;
        let room = nparams as usize * ncpus as usize;
        for (at, p) in &list {
            if *at < room {
                crate::ffi::common::params_fill_c(std::slice::from_ref(p), params.add(*at), 1)?;
            }
        }
        Ok(ret)
    })
}

/// `virDomainGetConnect`: Returns the connection the domain belongs to (no new reference).
#[no_mangle]
pub unsafe extern "C" fn virDomainGetConnect(dom: virDomainPtr) -> virConnectPtr {
    // Borrowed: the caller does not own a reference to the connection.
    api!(ptr::null_mut(), "virDomainGetConnect", |cx| {
        Ok(std::sync::Arc::as_ptr(&check::domain(cx, dom)?.conn) as virConnectPtr)
    })
}

/// `virDomainGetControlInfo`: Gets the domain's control info.
#[no_mangle]
pub unsafe extern "C" fn virDomainGetControlInfo(
    domain: virDomainPtr,
    info: virDomainControlInfoPtr,
    flags: c_uint,
) -> c_int {
    api!(-1, "virDomainGetControlInfo", |cx| {
        let d = check::domain(cx, domain)?;
        check::non_null(cx, info, "info")?;
        let ci = d.conn.hv().domain_get_control_info(cx, &d.id, flags)?;
        *info = virDomainControlInfo {
            state: ci.state,
            details: ci.details,
            stateTime: ci.state_time,
        };
        Ok(0)
    })
}

/// `virDomainGetDiskErrors`: Gets the domain's disk errors.
#[no_mangle]
pub unsafe extern "C" fn virDomainGetDiskErrors(
    dom: virDomainPtr,
    errors: virDomainDiskErrorPtr,
    maxerrors: c_uint,
    flags: c_uint,
) -> c_int {
    api!(-1, "virDomainGetDiskErrors", |cx| {
        let d = check::domain(cx, dom)?;
        check::non_null_array(cx, errors, maxerrors as i64, "errors")?;
        let list = d.conn.hv().domain_get_disk_errors(cx, &d.ident(), flags)?;
        if errors.is_null() {
            return Ok(list.len() as c_int);
        }
        let n = list.len().min(maxerrors as usize);
        let mut made: Vec<*mut c_char> = Vec::with_capacity(n);
        for (disk, _) in &list[..n] {
            match convert::c_string(cx, disk) {
                Ok(p) => made.push(p),
                Err(e) => {
                    made.into_iter().for_each(|p| libc::free(p as *mut c_void));
                    return Err(e);
                }
            }
        }
        for (i, (p, (_, code))) in made.into_iter().zip(&list).enumerate() {
            *errors.add(i) = virDomainDiskError {
                disk: p,
                error: *code,
            };
        }
        Ok(n as c_int)
    })
}

/// `virDomainGetEmulatorPinInfo`: Gets the domain's emulator pin info.
#[no_mangle]
pub unsafe extern "C" fn virDomainGetEmulatorPinInfo(
    domain: virDomainPtr,
    cpumap: *mut c_uchar,
    maplen: c_int,
    flags: c_uint,
) -> c_int {
    api!(-1, "virDomainGetEmulatorPinInfo", |cx| {
        let d = check::domain(cx, domain)?;
        check::non_null(cx, cpumap, "cpumap")?;
        check::positive(cx, maplen, "maplen")?;
        check::exclusive_flags(
            cx,
            flags,
            virDomainModificationImpact::VIR_DOMAIN_AFFECT_LIVE as c_uint,
            "VIR_DOMAIN_AFFECT_LIVE",
            virDomainModificationImpact::VIR_DOMAIN_AFFECT_CONFIG as c_uint,
            "VIR_DOMAIN_AFFECT_CONFIG",
        )?;
        let (n, map) =
            d.conn
                .hv()
                .domain_get_emulator_pin_info(cx, &d.id, maplen as usize, flags)?;
        ptr::copy_nonoverlapping(map.as_ptr(), cpumap, map.len());
        Ok(n)
    })
}

/// `virDomainGetFSInfo`: Gets the domain's FS info.
#[no_mangle]
pub unsafe extern "C" fn virDomainGetFSInfo(
    dom: virDomainPtr,
    info: *mut *mut virDomainFSInfoPtr,
    flags: c_uint,
) -> c_int {
    api!(-1, "virDomainGetFSInfo", |cx| {
        let dom = check::domain(cx, dom)?;
        check::writable(cx, dom.conn())?;
        check::non_null(cx, info, "info")?;
        let list = dom.conn.hv().domain_get_fs_info(cx, &dom.ident(), flags)?;
        *info = ptr::null_mut();
        if list.is_empty() {
            return Ok(0);
        }
        let mut out: Vec<virDomainFSInfoPtr> = Vec::with_capacity(list.len());
        for fs in &list {
            match fs_info_to_c(cx, fs) {
                Ok(p) => out.push(p),
                Err(e) => {
                    out.into_iter().for_each(|p| virDomainFSInfoFree(p));
                    return Err(e);
                }
            }
        }
        match convert::c_array(cx, &out) {
            Ok(arr) => {
                *info = arr;
                Ok(out.len() as c_int)
            }
            Err(e) => {
                out.into_iter().for_each(|p| virDomainFSInfoFree(p));
                Err(e)
            }
        }
    })
}

/// `virDomainGetGuestInfo`: Gets the domain's guest info.
#[no_mangle]
pub unsafe extern "C" fn virDomainGetGuestInfo(
    domain: virDomainPtr,
    types: c_uint,
    params: *mut virTypedParameterPtr,
    nparams: *mut c_int,
    flags: c_uint,
) -> c_int {
    let _ = types;
    let _ = flags;
    api!(-1, "virDomainGetGuestInfo", |cx| {
        let domain = check::domain(cx, domain)?;
        check::writable(cx, domain.conn())?;
        check::non_null(cx, params, "params")?;
        check::non_null(cx, nparams, "nparams")?;
        Err(cx.unsupported())
    })
}

/// `virDomainGetGuestVcpus`: Gets the domain's guest vcpus.
#[no_mangle]
pub unsafe extern "C" fn virDomainGetGuestVcpus(
    domain: virDomainPtr,
    params: *mut virTypedParameterPtr,
    nparams: *mut c_uint,
    flags: c_uint,
) -> c_int {
    let _ = flags;
    api!(-1, "virDomainGetGuestVcpus", |cx| {
        let domain = check::domain(cx, domain)?;
        check::writable(cx, domain.conn())?;
        check::non_null(cx, params, "params")?;
        check::non_null(cx, nparams, "nparams")?;
        Err(cx.unsupported())
    })
}

/// `virDomainGetHostname`: Gets the domain's hostname.
#[no_mangle]
pub unsafe extern "C" fn virDomainGetHostname(domain: virDomainPtr, flags: c_uint) -> *mut c_char {
    api!(ptr::null_mut(), "virDomainGetHostname", |cx| {
        let domain = check::domain(cx, domain)?;
        check::writable(cx, domain.conn())?;
        let name = domain
            .conn
            .hv()
            .domain_get_hostname(cx, &domain.ident(), flags)?;
        convert::c_string(cx, &name)
    })
}

/// `virDomainGetID`: Gets the domain's ID.
#[no_mangle]
pub unsafe extern "C" fn virDomainGetID(domain: virDomainPtr) -> c_uint {
    api!(c_uint::MAX, "virDomainGetID", |cx| {
        Ok(check::domain(cx, domain)?.cached_id() as c_uint)
    })
}

/// `virDomainGetIOThreadInfo`: Gets the domain's IO thread info.
#[no_mangle]
pub unsafe extern "C" fn virDomainGetIOThreadInfo(
    dom: virDomainPtr,
    info: *mut *mut virDomainIOThreadInfoPtr,
    flags: c_uint,
) -> c_int {
    api!(-1, "virDomainGetIOThreadInfo", |cx| {
        let d = check::domain(cx, dom)?;
        check::non_null(cx, info, "info")?;
        *info = ptr::null_mut();
        check::exclusive_flags(
            cx,
            flags,
            virDomainModificationImpact::VIR_DOMAIN_AFFECT_LIVE as c_uint,
            "VIR_DOMAIN_AFFECT_LIVE",
            virDomainModificationImpact::VIR_DOMAIN_AFFECT_CONFIG as c_uint,
            "VIR_DOMAIN_AFFECT_CONFIG",
        )?;
        let list = d.conn.hv().domain_get_iothread_info(cx, &d.id, flags)?;
        if list.is_empty() {
            return Ok(0);
        }
        let mut out: Vec<virDomainIOThreadInfoPtr> = Vec::with_capacity(list.len());
        for t in &list {
            match iothread_info_to_c(cx, t) {
                Ok(p) => out.push(p),
                Err(e) => {
                    out.into_iter().for_each(|p| virDomainIOThreadInfoFree(p));
                    return Err(e);
                }
            }
        }
        match convert::c_array(cx, &out) {
            Ok(arr) => *info = arr,
            Err(e) => {
                out.into_iter().for_each(|p| virDomainIOThreadInfoFree(p));
                return Err(e);
            }
        }
        Ok(list.len().min(c_int::MAX as usize) as c_int)
    })
}

/// A `virDomainIOThreadInfo` in the C allocator's memory, for
/// `virDomainIOThreadInfoFree`.
fn iothread_info_to_c(
    cx: &Cx,
    t: &crate::driver::hypervisor::IoThreadInfo,
) -> Result<virDomainIOThreadInfoPtr> {
    let map = convert::c_array(cx, &t.cpumap)?;
    // SAFETY: calloc has no preconditions; the result is checked, and a
    // zeroed record is valid before its fields are set.
    unsafe {
        let p = libc::calloc(1, std::mem::size_of::<virDomainIOThreadInfo>())
            as virDomainIOThreadInfoPtr;
        if p.is_null() {
            libc::free(map as *mut c_void);
            return Err(Error::new(
                cx.from(),
                virErrorNumber::VIR_ERR_NO_MEMORY,
                None,
            ));
        }
        (*p).iothread_id = t.id;
        (*p).cpumap = map;
        (*p).cpumaplen = t.cpumap.len().min(c_int::MAX as usize) as c_int;
        Ok(p)
    }
}

/// `virDomainGetInfo`: Gets the domain's info.
#[no_mangle]
pub unsafe extern "C" fn virDomainGetInfo(domain: virDomainPtr, info: virDomainInfoPtr) -> c_int {
    // SAFETY: `info` is NULL or the caller's out-pointer; all-zero bytes are
    // a valid virDomainInfo.
    unsafe { convert::put(info, std::mem::zeroed()) };
    api!(-1, "virDomainGetInfo", |cx| {
        let d = check::domain(cx, domain)?;
        check::non_null(cx, info, "info")?;
        let i = d.conn.hv().domain_get_info(cx, &d.id)?;
        info.write(virDomainInfo {
            state: i.state,
            maxMem: i.max_mem_kib as c_ulong,
            memory: i.memory_kib as c_ulong,
            nrVirtCpu: i.nr_virt_cpu,
            cpuTime: i.cpu_time_ns,
        });
        Ok(0)
    })
}

/// `virDomainGetInterfaceParameters`: Gets the domain's interface parameters.
#[no_mangle]
pub unsafe extern "C" fn virDomainGetInterfaceParameters(
    domain: virDomainPtr,
    device: *const c_char,
    params: virTypedParameterPtr,
    nparams: *mut c_int,
    flags: c_uint,
) -> c_int {
    api!(-1, "virDomainGetInterfaceParameters", |cx| {
        let d = check::domain(cx, domain)?;
        check::param_buffer(cx, params, nparams)?;
        let flags = flags | TYPED_PARAM_STRING_OKAY;
        let device = convert::opt_str(cx, device, "device")?;
        let answer = d
            .conn
            .hv()
            .domain_get_interface_parameters(cx, &d.id, device, *nparams, flags)?;
        crate::ffi::common::store_params_answer(answer, params, nparams)?;
        Ok(0)
    })
}

/// `virDomainGetJobInfo`: Gets the domain's job info.
#[no_mangle]
pub unsafe extern "C" fn virDomainGetJobInfo(
    domain: virDomainPtr,
    info: virDomainJobInfoPtr,
) -> c_int {
    api!(-1, "virDomainGetJobInfo", |cx| {
        check::domain(cx, domain)?;
        check::non_null(cx, info, "info")?;
        Err(cx.unsupported())
    })
}

/// `virDomainGetJobStats`: Gets the domain's job stats.
#[no_mangle]
pub unsafe extern "C" fn virDomainGetJobStats(
    domain: virDomainPtr,
    r#type: *mut c_int,
    params: *mut virTypedParameterPtr,
    nparams: *mut c_int,
    flags: c_uint,
) -> c_int {
    let _ = flags;
    api!(-1, "virDomainGetJobStats", |cx| {
        check::domain(cx, domain)?;
        check::non_null(cx, r#type, "type")?;
        check::non_null(cx, params, "params")?;
        check::non_null(cx, nparams, "nparams")?;
        Err(cx.unsupported())
    })
}

/// `virDomainGetLaunchSecurityInfo`: Gets the domain's launch security info.
#[no_mangle]
pub unsafe extern "C" fn virDomainGetLaunchSecurityInfo(
    domain: virDomainPtr,
    params: *mut virTypedParameterPtr,
    nparams: *mut c_int,
    flags: c_uint,
) -> c_int {
    api!(-1, "virDomainGetLaunchSecurityInfo", |cx| {
        let domain = check::domain(cx, domain)?;
        check::non_null(cx, params, "params")?;
        check::non_null(cx, nparams, "nparams")?;
        check::writable(cx, domain.conn())?;
        // The test driver takes typed string parameters.
        let flags = flags | TYPED_PARAM_STRING_OKAY;
        let list = domain
            .conn
            .hv()
            .domain_get_launch_security_info(cx, &domain.ident(), flags)?;
        if !list.is_empty() {
            // No driver reports launch security yet.
            return Err(cx.unsupported());
        }
        // Like libvirt's test driver, leaves *params as it was.
        *nparams = 0;
        Ok(0)
    })
}

/// `virDomainGetMaxMemory`: Gets the domain's max memory.
#[no_mangle]
pub unsafe extern "C" fn virDomainGetMaxMemory(domain: virDomainPtr) -> c_ulong {
    api!(0, "virDomainGetMaxMemory", |cx| {
        let d = check::domain(cx, domain)?;
        Ok(d.conn.hv().domain_get_max_memory(cx, &d.id)? as c_ulong)
    })
}

/// `virDomainGetMaxVcpus`: Gets the domain's max vcpus.
#[no_mangle]
pub unsafe extern "C" fn virDomainGetMaxVcpus(domain: virDomainPtr) -> c_int {
    api!(-1, "virDomainGetMaxVcpus", |cx| {
        let d = check::domain(cx, domain)?;
        d.conn.hv().domain_get_max_vcpus(cx, &d.id)
    })
}

/// `virDomainGetMemoryParameters`: Gets the domain's memory parameters.
#[no_mangle]
pub unsafe extern "C" fn virDomainGetMemoryParameters(
    domain: virDomainPtr,
    params: virTypedParameterPtr,
    nparams: *mut c_int,
    flags: c_uint,
) -> c_int {
    api!(-1, "virDomainGetMemoryParameters", |cx| {
        let d = check::domain(cx, domain)?;
        check::param_buffer(cx, params, nparams)?;
        let flags = flags | TYPED_PARAM_STRING_OKAY;
        check::exclusive_flags(
            cx,
            flags,
            virDomainModificationImpact::VIR_DOMAIN_AFFECT_LIVE as c_uint,
            "VIR_DOMAIN_AFFECT_LIVE",
            virDomainModificationImpact::VIR_DOMAIN_AFFECT_CONFIG as c_uint,
            "VIR_DOMAIN_AFFECT_CONFIG",
        )?;
        let answer = d
            .conn
            .hv()
            .domain_get_memory_parameters(cx, &d.id, *nparams, flags)?;
        crate::ffi::common::store_params_answer(answer, params, nparams)?;
        Ok(0)
    })
}

/// `virDomainGetMessages`: Gets the domain's messages.
#[no_mangle]
pub unsafe extern "C" fn virDomainGetMessages(
    domain: virDomainPtr,
    msgs: *mut *mut *mut c_char,
    flags: c_uint,
) -> c_int {
    api!(-1, "virDomainGetMessages", |cx| {
        let d = check::domain(cx, domain)?;
        check::non_null(cx, msgs, "msgs")?;
        let list = d.conn.hv().domain_get_messages(cx, &d.ident(), flags)?;
        marshal::string_array(cx, msgs, &list)
    })
}

/// `virDomainGetMetadata`: Gets the domain's metadata.
#[no_mangle]
pub unsafe extern "C" fn virDomainGetMetadata(
    domain: virDomainPtr,
    r#type: c_int,
    uri: *const c_char,
    flags: c_uint,
) -> *mut c_char {
    api!(ptr::null_mut(), "virDomainGetMetadata", |cx| {
        use virDomainMetadataType as M;
        let d = check::domain(cx, domain)?;
        check::exclusive_flags(
            cx,
            flags,
            virDomainModificationImpact::VIR_DOMAIN_AFFECT_LIVE as c_uint,
            "VIR_DOMAIN_AFFECT_LIVE",
            virDomainModificationImpact::VIR_DOMAIN_AFFECT_CONFIG as c_uint,
            "VIR_DOMAIN_AFFECT_CONFIG",
        )?;
        if r#type == M::VIR_DOMAIN_METADATA_TITLE as c_int
            || r#type == M::VIR_DOMAIN_METADATA_DESCRIPTION as c_int
        {
            check::null(cx, uri, "uri")?;
        } else if r#type == M::VIR_DOMAIN_METADATA_ELEMENT as c_int {
            check::non_null(cx, uri, "uri")?;
        }
        let uri = convert::opt_str(cx, uri, "uri")?;
        let text = d
            .conn
            .hv()
            .domain_get_metadata(cx, &d.ident(), r#type, uri, flags)?;
        convert::c_string(cx, &text)
    })
}

/// `virDomainGetName`: Gets the domain's name.
#[no_mangle]
pub unsafe extern "C" fn virDomainGetName(domain: virDomainPtr) -> *const c_char {
    api!(ptr::null(), "virDomainGetName", |cx| {
        Ok(check::domain(cx, domain)?.c_name.as_ptr())
    })
}

/// `virDomainGetNumaParameters`: Gets the domain's numa parameters.
#[no_mangle]
pub unsafe extern "C" fn virDomainGetNumaParameters(
    domain: virDomainPtr,
    params: virTypedParameterPtr,
    nparams: *mut c_int,
    flags: c_uint,
) -> c_int {
    api!(-1, "virDomainGetNumaParameters", |cx| {
        let d = check::domain(cx, domain)?;
        check::param_buffer(cx, params, nparams)?;
        let flags = flags | TYPED_PARAM_STRING_OKAY;
        let answer = d
            .conn
            .hv()
            .domain_get_numa_parameters(cx, &d.id, *nparams, flags)?;
        crate::ffi::common::store_params_answer(answer, params, nparams)?;
        Ok(0)
    })
}

/// `virDomainGetOSType`: Gets the domain's OS type.
#[no_mangle]
pub unsafe extern "C" fn virDomainGetOSType(domain: virDomainPtr) -> *mut c_char {
    api!(ptr::null_mut(), "virDomainGetOSType", |cx| {
        let d = check::domain(cx, domain)?;
        convert::c_string(cx, &d.conn.hv().domain_get_os_type(cx, &d.id)?)
    })
}

/// `virDomainGetPerfEvents`: Gets the domain's perf events.
#[no_mangle]
pub unsafe extern "C" fn virDomainGetPerfEvents(
    domain: virDomainPtr,
    params: *mut virTypedParameterPtr,
    nparams: *mut c_int,
    flags: c_uint,
) -> c_int {
    api!(-1, "virDomainGetPerfEvents", |cx| {
        let d = check::domain(cx, domain)?;
        check::non_null(cx, params, "params")?;
        check::non_null(cx, nparams, "nparams")?;
        let list = d.conn.hv().domain_get_perf_events(cx, &d.id, flags)?;
        let (arr, n) = crate::ffi::common::params_to_c(&list)?;
        *params = arr;
        *nparams = n;
        Ok(0)
    })
}

/// `virDomainGetSchedulerParameters`: Gets the domain's scheduler parameters.
#[no_mangle]
pub unsafe extern "C" fn virDomainGetSchedulerParameters(
    domain: virDomainPtr,
    params: virTypedParameterPtr,
    nparams: *mut c_int,
) -> c_int {
    api!(-1, "virDomainGetSchedulerParameters", |cx| {
        let d = check::domain(cx, domain)?;
        check::non_null(cx, params, "params")?;
        check::non_null(cx, nparams, "nparams")?;
        check::positive(cx, *nparams, "*nparams")?;
        let list = d.conn.hv().domain_get_scheduler_parameters(cx, &d.id, 0)?;
        *nparams = crate::ffi::common::params_fill_c(&list, params, *nparams)?;
        Ok(0)
    })
}

/// `virDomainGetSchedulerParametersFlags`: Gets the domain's scheduler parameters flags.
#[no_mangle]
pub unsafe extern "C" fn virDomainGetSchedulerParametersFlags(
    domain: virDomainPtr,
    params: virTypedParameterPtr,
    nparams: *mut c_int,
    flags: c_uint,
) -> c_int {
    api!(-1, "virDomainGetSchedulerParametersFlags", |cx| {
        let d = check::domain(cx, domain)?;
        check::non_null(cx, params, "params")?;
        check::non_null(cx, nparams, "nparams")?;
        check::positive(cx, *nparams, "*nparams")?;
        // The test driver takes typed string parameters.
        let flags = flags | TYPED_PARAM_STRING_OKAY;
        check::exclusive_flags(
            cx,
            flags,
            virDomainModificationImpact::VIR_DOMAIN_AFFECT_LIVE as c_uint,
            "VIR_DOMAIN_AFFECT_LIVE",
            virDomainModificationImpact::VIR_DOMAIN_AFFECT_CONFIG as c_uint,
            "VIR_DOMAIN_AFFECT_CONFIG",
        )?;
        let list = d
            .conn
            .hv()
            .domain_get_scheduler_parameters(cx, &d.id, flags)?;
        *nparams = crate::ffi::common::params_fill_c(&list, params, *nparams)?;
        Ok(0)
    })
}

/// `virDomainGetSchedulerType`: Gets the domain's scheduler type.
#[no_mangle]
pub unsafe extern "C" fn virDomainGetSchedulerType(
    domain: virDomainPtr,
    nparams: *mut c_int,
) -> *mut c_char {
    api!(ptr::null_mut(), "virDomainGetSchedulerType", |cx| {
        let d = check::domain(cx, domain)?;
        let (kind, n) = d.conn.hv().domain_get_scheduler_type(cx, &d.id)?;
        convert::put(nparams, n);
        convert::c_string(cx, &kind)
    })
}

/// `virDomainGetSecurityLabel`: Gets the domain's security label.
#[no_mangle]
pub unsafe extern "C" fn virDomainGetSecurityLabel(
    domain: virDomainPtr,
    seclabel: virSecurityLabelPtr,
) -> c_int {
    api!(-1, "virDomainGetSecurityLabel", |cx| {
        let d = check::domain(cx, domain)?;
        check::non_null(cx, seclabel, "seclabel")?;
        // The driver clears the caller's structure first.
        ptr::write_bytes(seclabel, 0, 1);
        let (label, enforcing) = d.conn.hv().domain_get_security_label(cx, &d.ident())?;
        let out = &mut *seclabel;
        for (o, b) in out.label.iter_mut().zip(label.bytes()) {
            *o = b as c_char;
        }
        out.enforcing = c_int::from(enforcing);
        Ok(0)
    })
}

/// `virDomainGetSecurityLabelList`: Gets the domain's security label list.
#[no_mangle]
pub unsafe extern "C" fn virDomainGetSecurityLabelList(
    domain: virDomainPtr,
    seclabels: *mut virSecurityLabelPtr,
) -> c_int {
    api!(-1, "virDomainGetSecurityLabelList", |cx| {
        check::domain(cx, domain)?;
        check::non_null(cx, seclabels, "seclabels")?;
        Err(cx.unsupported())
    })
}

/// `virDomainGetState`: Gets the domain's state.
#[no_mangle]
pub unsafe extern "C" fn virDomainGetState(
    domain: virDomainPtr,
    state: *mut c_int,
    reason: *mut c_int,
    flags: c_uint,
) -> c_int {
    api!(-1, "virDomainGetState", |cx| {
        let d = check::domain(cx, domain)?;
        check::non_null(cx, state, "state")?;
        let (s, r) = d.conn.hv().domain_get_state(cx, &d.id, flags)?;
        *state = s;
        convert::put(reason, r);
        Ok(0)
    })
}

/// `virDomainGetTime`: Gets the domain's time.
#[no_mangle]
pub unsafe extern "C" fn virDomainGetTime(
    dom: virDomainPtr,
    seconds: *mut c_longlong,
    nseconds: *mut c_uint,
    flags: c_uint,
) -> c_int {
    api!(-1, "virDomainGetTime", |cx| {
        let dom = check::domain(cx, dom)?;
        check::writable(cx, dom.conn())?;
        let (s, ns) = dom.conn.hv().domain_get_time(cx, &dom.id, flags)?;
        convert::put(seconds, s);
        convert::put(nseconds, ns);
        Ok(0)
    })
}

/// `virDomainGetUUID`: Gets the domain's UUID.
#[no_mangle]
pub unsafe extern "C" fn virDomainGetUUID(domain: virDomainPtr, uuid: *mut c_uchar) -> c_int {
    api!(-1, "virDomainGetUUID", |cx| {
        let d = check::domain(cx, domain)?;
        check::non_null(cx, uuid, "uuid")?;
        ptr::copy_nonoverlapping(d.id.uuid.as_ptr(), uuid, 16);
        Ok(0)
    })
}

/// `virDomainGetUUIDString`: Gets the domain's UUID string.
#[no_mangle]
pub unsafe extern "C" fn virDomainGetUUIDString(domain: virDomainPtr, buf: *mut c_char) -> c_int {
    api!(-1, "virDomainGetUUIDString", |cx| {
        let d = check::domain(cx, domain)?;
        check::non_null(cx, buf, "buf")?;
        convert::format_uuid(&d.id.uuid, &mut *(buf as *mut [u8; 37]));
        Ok(0)
    })
}

/// `virDomainGetVcpuPinInfo`: Gets the domain's vcpu pin info.
#[no_mangle]
pub unsafe extern "C" fn virDomainGetVcpuPinInfo(
    domain: virDomainPtr,
    ncpumaps: c_int,
    cpumaps: *mut c_uchar,
    maplen: c_int,
    flags: c_uint,
) -> c_int {
    api!(-1, "virDomainGetVcpuPinInfo", |cx| {
        let d = check::domain(cx, domain)?;
        check::non_null_array(cx, cpumaps, ncpumaps as i64, "cpumaps")?;
        check::positive(cx, ncpumaps, "ncpumaps")?;
        check::positive(cx, maplen, "maplen")?;
        if ncpumaps.checked_mul(maplen).is_none() {
            return Err(cx.error(
                virErrorNumber::VIR_ERR_OVERFLOW,
                &format!("input too large: {ncpumaps} * {maplen}"),
            ));
        }
        check::exclusive_flags(
            cx,
            flags,
            virDomainModificationImpact::VIR_DOMAIN_AFFECT_LIVE as c_uint,
            "VIR_DOMAIN_AFFECT_LIVE",
            virDomainModificationImpact::VIR_DOMAIN_AFFECT_CONFIG as c_uint,
            "VIR_DOMAIN_AFFECT_CONFIG",
        )?;
        let maplen = maplen as usize;
        let maps =
            d.conn
                .hv()
                .domain_get_vcpu_pin_info(cx, &d.id, ncpumaps as usize, maplen, flags)?;
        for (i, m) in maps.iter().enumerate() {
            ptr::copy_nonoverlapping(m.as_ptr(), cpumaps.add(i * maplen), maplen);
        }
        Ok(maps.len() as c_int)
    })
}

/// `virDomainGetVcpus`: Gets the domain's vcpus.
#[no_mangle]
pub unsafe extern "C" fn virDomainGetVcpus(
    domain: virDomainPtr,
    info: virVcpuInfoPtr,
    maxinfo: c_int,
    cpumaps: *mut c_uchar,
    maplen: c_int,
) -> c_int {
    api!(-1, "virDomainGetVcpus", |cx| {
        let d = check::domain(cx, domain)?;
        check::non_null(cx, info, "info")?;
        check::positive(cx, maxinfo, "maxinfo")?;
        if cpumaps.is_null() {
            check::zero(cx, maplen, "maplen")?;
        } else {
            check::positive(cx, maplen, "maplen")?;
            if maxinfo.checked_mul(maplen).is_none() {
                return Err(cx.error(
                    virErrorNumber::VIR_ERR_OVERFLOW,
                    &format!("input too large: {maxinfo} * {maplen}"),
                ));
            }
        }
        let maplen = maplen.max(0) as usize;
        let list = d
            .conn
            .hv()
            .domain_get_vcpus(cx, &d.id, maxinfo as usize, maplen)?;
        // As libvirt: the slots it reports on are cleared first.
        ptr::write_bytes(info, 0, list.len());
        if !cpumaps.is_null() {
            ptr::write_bytes(cpumaps, 0, list.len() * maplen);
        }
        for (i, v) in list.iter().enumerate() {
            *info.add(i) = virVcpuInfo {
                number: v.number,
                state: v.state,
                cpuTime: v.cpu_time_ns,
                cpu: v.cpu,
            };
            if !cpumaps.is_null() {
                ptr::copy_nonoverlapping(v.cpumap.as_ptr(), cpumaps.add(i * maplen), maplen);
            }
        }
        Ok(list.len() as c_int)
    })
}

/// `virDomainGetVcpusFlags`: Gets the domain's vcpus flags.
#[no_mangle]
pub unsafe extern "C" fn virDomainGetVcpusFlags(domain: virDomainPtr, flags: c_uint) -> c_int {
    api!(-1, "virDomainGetVcpusFlags", |cx| {
        let d = check::domain(cx, domain)?;
        if flags & virDomainVcpuFlags::VIR_DOMAIN_VCPU_GUEST as c_uint != 0 {
            check::writable(cx, d.conn())?;
        }
        check::exclusive_flags(
            cx,
            flags,
            virDomainModificationImpact::VIR_DOMAIN_AFFECT_LIVE as c_uint,
            "VIR_DOMAIN_AFFECT_LIVE",
            virDomainModificationImpact::VIR_DOMAIN_AFFECT_CONFIG as c_uint,
            "VIR_DOMAIN_AFFECT_CONFIG",
        )?;
        d.conn.hv().domain_get_vcpus_flags(cx, &d.id, flags)
    })
}

/// `virDomainGetXMLDesc`: Gets the domain's XML desc.
#[no_mangle]
pub unsafe extern "C" fn virDomainGetXMLDesc(domain: virDomainPtr, flags: c_uint) -> *mut c_char {
    api!(ptr::null_mut(), "virDomainGetXMLDesc", |cx| {
        let d = check::domain(cx, domain)?;
        let secret = virDomainXMLFlags::VIR_DOMAIN_XML_SECURE as c_uint
            | virDomainXMLFlags::VIR_DOMAIN_XML_MIGRATABLE as c_uint;
        if d.conn.read_only && flags & secret != 0 {
            return Err(Error::new(
                virErrorDomain::VIR_FROM_DOMAIN,
                virErrorNumber::VIR_ERR_OPERATION_DENIED,
                Some("virDomainGetXMLDesc with secure flag"),
            ));
        }
        convert::c_string(cx, &d.conn.hv().domain_get_xml_desc(cx, &d.id, flags)?)
    })
}

/// `virDomainHasManagedSaveImage`: Tells whether the domain has managed save image: 1 if so, 0 if not, -1 on error.
#[no_mangle]
pub unsafe extern "C" fn virDomainHasManagedSaveImage(dom: virDomainPtr, flags: c_uint) -> c_int {
    api!(-1, "virDomainHasManagedSaveImage", |cx| {
        let dom = check::domain(cx, dom)?;
        let has = dom
            .conn
            .hv()
            .domain_has_managed_save_image(cx, &dom.ident(), flags)?;
        Ok(has as c_int)
    })
}

/// `virDomainIOThreadInfoFree`: domain IO thread info free.
#[no_mangle]
pub unsafe extern "C" fn virDomainIOThreadInfoFree(info: virDomainIOThreadInfoPtr) {
    // libvirt: freeing NULL does nothing and leaves the last error alone.
    if info.is_null() {
        return;
    }
    // Like libvirt's, this frees without touching the thread's error.
    // SAFETY: the caller passes an info from virDomainGetIOThreadInfo,
    // whose map and record come from the C allocator.
    unsafe {
        libc::free((*info).cpumap as *mut c_void);
        libc::free(info as *mut c_void);
    }
}

/// `virDomainInjectNMI`: domain inject NMI.
#[no_mangle]
pub unsafe extern "C" fn virDomainInjectNMI(domain: virDomainPtr, flags: c_uint) -> c_int {
    api!(-1, "virDomainInjectNMI", |cx| {
        let domain = check::domain(cx, domain)?;
        check::writable(cx, domain.conn())?;
        domain
            .conn
            .hv()
            .domain_inject_nmi(cx, &domain.ident(), flags)?;
        Ok(0)
    })
}

/// `virDomainInterfaceAddresses`: domain interface addresses.
#[no_mangle]
pub unsafe extern "C" fn virDomainInterfaceAddresses(
    dom: virDomainPtr,
    ifaces: *mut *mut virDomainInterfacePtr,
    source: c_uint,
    flags: c_uint,
) -> c_int {
    // libvirt clears the caller's pointer before any check.
    // SAFETY: NULL or valid for a write (libvirt's contract).
    unsafe { convert::put(ifaces, ptr::null_mut()) };
    api!(-1, "virDomainInterfaceAddresses", |cx| {
        let d = check::domain(cx, dom)?;
        check::non_null(cx, ifaces, "ifaces")?;
        let agent = virDomainInterfaceAddressesSource::VIR_DOMAIN_INTERFACE_ADDRESSES_SRC_AGENT;
        if source == agent as c_uint {
            check::writable(cx, d.conn())?;
        }
        let list = d
            .conn
            .hv()
            .domain_interface_addresses(cx, &d.ident(), source, flags)?;
        crate::ffi::guest_iface::store(cx, ifaces, &list)
    })
}

/// `virDomainInterfaceFree`: domain interface free.
#[no_mangle]
pub unsafe extern "C" fn virDomainInterfaceFree(iface: virDomainInterfacePtr) {
    // SAFETY: NULL or an interface virDomainInterfaceAddresses made
    // (libvirt's contract); freeing NULL does nothing and leaves the last
    // error alone.
    unsafe { crate::ffi::guest_iface::free(iface) }
}

/// `virDomainInterfaceStats`: domain interface stats.
#[no_mangle]
pub unsafe extern "C" fn virDomainInterfaceStats(
    dom: virDomainPtr,
    device: *const c_char,
    stats: virDomainInterfaceStatsPtr,
    size: usize,
) -> c_int {
    api!(-1, "virDomainInterfaceStats", |cx| {
        let d = check::domain(cx, dom)?;
        check::non_null(cx, device, "device")?;
        check::non_null(cx, stats, "stats")?;
        let full = std::mem::size_of::<virDomainInterfaceStatsStruct>();
        if size > full {
            return Err(check::invalid_arg(
                cx,
                "size",
                format!("size must not exceed {full}"),
            ));
        }
        let device = convert::str(cx, device, "device")?;
        let v = d.conn.hv().domain_interface_stats(cx, &d.ident(), device)?;
        let out = virDomainInterfaceStatsStruct {
            rx_bytes: v[0],
            rx_packets: v[1],
            rx_errs: v[2],
            rx_drop: v[3],
            tx_bytes: v[4],
            tx_packets: v[5],
            tx_errs: v[6],
            tx_drop: v[7],
        };
        // Only the first `size` bytes are the caller's.
        ptr::copy_nonoverlapping(
            &out as *const virDomainInterfaceStatsStruct as *const u8,
            stats as *mut u8,
            size,
        );
        Ok(0)
    })
}

/// `virDomainIsActive`: Tells whether the domain is active: 1 if so, 0 if not, -1 on error.
#[no_mangle]
pub unsafe extern "C" fn virDomainIsActive(dom: virDomainPtr) -> c_int {
    api!(-1, "virDomainIsActive", |cx| {
        let d = check::domain(cx, dom)?;
        Ok(d.conn.hv().domain_is_active(cx, &d.id)? as c_int)
    })
}

/// `virDomainIsPersistent`: Tells whether the domain is persistent: 1 if so, 0 if not, -1 on error.
#[no_mangle]
pub unsafe extern "C" fn virDomainIsPersistent(dom: virDomainPtr) -> c_int {
    api!(-1, "virDomainIsPersistent", |cx| {
        let d = check::domain(cx, dom)?;
        Ok(d.conn.hv().domain_is_persistent(cx, &d.id)? as c_int)
    })
}

/// `virDomainIsUpdated`: Tells whether the domain is updated: 1 if so, 0 if not, -1 on error.
#[no_mangle]
pub unsafe extern "C" fn virDomainIsUpdated(dom: virDomainPtr) -> c_int {
    api!(-1, "virDomainIsUpdated", |cx| {
        let d = check::domain(cx, dom)?;
        Ok(d.conn.hv().domain_is_updated(cx, &d.id)? as c_int)
    })
}

/// `virDomainListGetStats`: Lists the get stats of the domain.
// bootstrap: checks not carried over: virCheckConnectReturn(conn, -1);
#[no_mangle]
pub unsafe extern "C" fn virDomainListGetStats(
    doms: *mut virDomainPtr,
    stats: c_uint,
    retStats: *mut *mut virDomainStatsRecordPtr,
    flags: c_uint,
) -> c_int {
    api!(-1, "virDomainListGetStats", |cx| {
        check::non_null(cx, doms, "doms")?;
        check::non_null(cx, retStats, "retStats")?;
        if (*doms).is_null() {
            return Err(cx.error(
                virErrorNumber::VIR_ERR_INVALID_ARG,
                "doms array in virDomainListGetStats must contain at least one domain",
            ));
        }
        let first = check::domain(cx, *doms)?;
        let c = first.conn();
        let mut ids = Vec::new();
        let mut next = doms;
        while !(*next).is_null() {
            let d = check::domain(cx, *next)?;
            if !std::ptr::eq(d.conn(), c) {
                return Err(cx.error(
                    virErrorNumber::VIR_ERR_INVALID_ARG,
                    "domains in 'doms' array must belong to a single connection",
                ));
            }
            ids.push(d.ident());
            next = next.add(1);
        }
        let list = c.hv().get_all_domain_stats(cx, Some(&ids), stats, flags)?;
        stats_records(cx, c, retStats, list)
    })
}

/// `virDomainLookupByID`: Looks up a domain by ID; returns a new handle, or NULL if there is none.
#[no_mangle]
pub unsafe extern "C" fn virDomainLookupByID(conn: virConnectPtr, id: c_int) -> virDomainPtr {
    api!(ptr::null_mut(), "virDomainLookupByID", |cx| {
        let c = check::conn(cx, conn)?;
        check::non_negative(cx, id, "id")?;
        Ok(new_domain(c, c.hv().domain_lookup_by_id(cx, id)?))
    })
}

/// `virDomainLookupByName`: Looks up a domain by name; returns a new handle, or NULL if there is none.
#[no_mangle]
pub unsafe extern "C" fn virDomainLookupByName(
    conn: virConnectPtr,
    name: *const c_char,
) -> virDomainPtr {
    api!(ptr::null_mut(), "virDomainLookupByName", |cx| {
        let c = check::conn(cx, conn)?;
        let name = convert::str(cx, name, "name")?;
        Ok(new_domain(c, c.hv().domain_lookup_by_name(cx, name)?))
    })
}

/// `virDomainLookupByUUID`: Looks up a domain by UUID; returns a new handle, or NULL if there is none.
#[no_mangle]
pub unsafe extern "C" fn virDomainLookupByUUID(
    conn: virConnectPtr,
    uuid: *const c_uchar,
) -> virDomainPtr {
    api!(ptr::null_mut(), "virDomainLookupByUUID", |cx| {
        let c = check::conn(cx, conn)?;
        check::non_null(cx, uuid, "uuid")?;
        let uuid = &*(uuid as *const [u8; 16]);
        Ok(new_domain(c, c.hv().domain_lookup_by_uuid(cx, uuid)?))
    })
}

/// `virDomainLookupByUUIDString`: Looks up a domain by UUID string; returns a new handle, or NULL if there is none.
#[no_mangle]
pub unsafe extern "C" fn virDomainLookupByUUIDString(
    conn: virConnectPtr,
    uuidstr: *const c_char,
) -> virDomainPtr {
    api!(ptr::null_mut(), "virDomainLookupByUUIDString", |cx| {
        check::conn(cx, conn)?;
        let uuid = convert::uuid_arg(cx, uuidstr, "Invalid UUID")?;
        // libvirt answers with the by-UUID call itself, which reports its
        // own errors.
        Ok(virDomainLookupByUUID(conn, uuid.as_ptr()))
    })
}

/// `virDomainManagedSave`: domain managed save.
#[no_mangle]
pub unsafe extern "C" fn virDomainManagedSave(dom: virDomainPtr, flags: c_uint) -> c_int {
    api!(-1, "virDomainManagedSave", |cx| {
        let dom = check::domain(cx, dom)?;
        check::writable(cx, dom.conn())?;
        check::exclusive_flags(
            cx,
            flags,
            virDomainSaveRestoreFlags::VIR_DOMAIN_SAVE_RUNNING as c_uint,
            "VIR_DOMAIN_SAVE_RUNNING",
            virDomainSaveRestoreFlags::VIR_DOMAIN_SAVE_PAUSED as c_uint,
            "VIR_DOMAIN_SAVE_PAUSED",
        )?;
        let new_id = dom.conn.hv().domain_managed_save(cx, &dom.ident(), flags)?;
        cache_id(dom, new_id);
        Ok(0)
    })
}

/// `virDomainManagedSaveDefineXML`: domain managed save define XML.
#[no_mangle]
pub unsafe extern "C" fn virDomainManagedSaveDefineXML(
    domain: virDomainPtr,
    dxml: *const c_char,
    flags: c_uint,
) -> c_int {
    let _ = dxml;
    let _ = flags;
    api!(-1, "virDomainManagedSaveDefineXML", |cx| {
        let domain = check::domain(cx, domain)?;
        check::writable(cx, domain.conn())?;
        Err(cx.unsupported())
    })
}

/// `virDomainManagedSaveGetXMLDesc`: domain managed save get XML desc.
#[no_mangle]
pub unsafe extern "C" fn virDomainManagedSaveGetXMLDesc(
    domain: virDomainPtr,
    flags: c_uint,
) -> *mut c_char {
    let _ = flags;
    api!(ptr::null_mut(), "virDomainManagedSaveGetXMLDesc", |cx| {
        check::domain(cx, domain)?;
        Err(cx.unsupported())
    })
}

/// `virDomainManagedSaveRemove`: domain managed save remove.
#[no_mangle]
pub unsafe extern "C" fn virDomainManagedSaveRemove(dom: virDomainPtr, flags: c_uint) -> c_int {
    api!(-1, "virDomainManagedSaveRemove", |cx| {
        let dom = check::domain(cx, dom)?;
        check::writable(cx, dom.conn())?;
        dom.conn
            .hv()
            .domain_managed_save_remove(cx, &dom.ident(), flags)?;
        Ok(0)
    })
}

/// `virDomainMemoryPeek`: domain memory peek.
#[no_mangle]
pub unsafe extern "C" fn virDomainMemoryPeek(
    dom: virDomainPtr,
    start: c_ulonglong,
    size: usize,
    buffer: *mut c_void,
    flags: c_uint,
) -> c_int {
    api!(-1, "virDomainMemoryPeek", |cx| {
        let dom = check::domain(cx, dom)?;
        check::writable(cx, dom.conn())?;
        check::exclusive_flags(
            cx,
            flags,
            virDomainMemoryFlags::VIR_MEMORY_VIRTUAL as c_uint,
            "VIR_MEMORY_VIRTUAL",
            virDomainMemoryFlags::VIR_MEMORY_PHYSICAL as c_uint,
            "VIR_MEMORY_PHYSICAL",
        )?;
        if size > 0 {
            check::non_null(cx, buffer, "buffer")?;
        }
        let bytes = dom
            .conn
            .hv()
            .domain_memory_peek(cx, &dom.ident(), start, size, flags)?;
        ptr::copy_nonoverlapping(bytes.as_ptr(), buffer as *mut u8, bytes.len().min(size));
        Ok(0)
    })
}

/// `virDomainMemoryStats`: domain memory stats.
#[no_mangle]
pub unsafe extern "C" fn virDomainMemoryStats(
    dom: virDomainPtr,
    stats: virDomainMemoryStatPtr,
    nr_stats: c_uint,
    flags: c_uint,
) -> c_int {
    api!(-1, "virDomainMemoryStats", |cx| {
        let d = check::domain(cx, dom)?;
        if stats.is_null() || nr_stats == 0 {
            return Ok(0);
        }
        let nr = nr_stats.min(virDomainMemoryStatTags::VIR_DOMAIN_MEMORY_STAT_NR as c_uint);
        let list = d.conn.hv().domain_memory_stats(cx, &d.ident(), nr, flags)?;
        for (i, (tag, val)) in list.iter().take(nr as usize).enumerate() {
            *stats.add(i) = virDomainMemoryStatStruct {
                tag: *tag,
                val: *val as _,
            };
        }
        Ok(list.len().min(nr as usize) as c_int)
    })
}

/// `virDomainMigrate`: domain migrate.
///
/// - `dname`: (optional) may be NULL
/// - `uri`: (optional) may be NULL
/// - `bandwidth`: (optional) 0 for the default
#[no_mangle]
pub unsafe extern "C" fn virDomainMigrate(
    domain: virDomainPtr,
    dconn: virConnectPtr,
    flags: c_ulong,
    dname: *const c_char,
    uri: *const c_char,
    bandwidth: c_ulong,
) -> virDomainPtr {
    let _ = flags;
    let _ = dname;
    let _ = uri;
    let _ = bandwidth;
    api!(ptr::null_mut(), "virDomainMigrate", |cx| {
        let domain = check::domain(cx, domain)?;
        check::writable(cx, domain.conn())?;
        let dconn = check::conn(cx, dconn)?;
        check::writable(cx, dconn.conn())?;
        Err(cx.unsupported())
    })
}

/// `virDomainMigrate2`: domain migrate 2.
///
/// - `dxml`: (optional) may be NULL
/// - `dname`: (optional) may be NULL
/// - `uri`: (optional) may be NULL
/// - `bandwidth`: (optional) 0 for the default
#[no_mangle]
pub unsafe extern "C" fn virDomainMigrate2(
    domain: virDomainPtr,
    dconn: virConnectPtr,
    dxml: *const c_char,
    flags: c_ulong,
    dname: *const c_char,
    uri: *const c_char,
    bandwidth: c_ulong,
) -> virDomainPtr {
    let _ = dxml;
    let _ = flags;
    let _ = dname;
    let _ = uri;
    let _ = bandwidth;
    api!(ptr::null_mut(), "virDomainMigrate2", |cx| {
        let domain = check::domain(cx, domain)?;
        check::writable(cx, domain.conn())?;
        let dconn = check::conn(cx, dconn)?;
        check::writable(cx, dconn.conn())?;
        Err(cx.unsupported())
    })
}

/// `virDomainMigrate3`: domain migrate 3.
///
/// - `params`: (optional) may be NULL
/// - `nparams`: (optional) 0 for the default
#[no_mangle]
pub unsafe extern "C" fn virDomainMigrate3(
    domain: virDomainPtr,
    dconn: virConnectPtr,
    params: virTypedParameterPtr,
    nparams: c_uint,
    flags: c_uint,
) -> virDomainPtr {
    let _ = params;
    let _ = nparams;
    let _ = flags;
    api!(ptr::null_mut(), "virDomainMigrate3", |cx| {
        let domain = check::domain(cx, domain)?;
        check::writable(cx, domain.conn())?;
        let dconn = check::conn(cx, dconn)?;
        check::writable(cx, dconn.conn())?;
        Err(cx.unsupported())
    })
}

/// `virDomainMigrateGetCompressionCache`: domain migrate get compression cache.
#[no_mangle]
pub unsafe extern "C" fn virDomainMigrateGetCompressionCache(
    domain: virDomainPtr,
    cacheSize: *mut c_ulonglong,
    flags: c_uint,
) -> c_int {
    let _ = flags;
    api!(-1, "virDomainMigrateGetCompressionCache", |cx| {
        check::domain(cx, domain)?;
        check::non_null(cx, cacheSize, "cacheSize")?;
        Err(cx.unsupported())
    })
}

/// `virDomainMigrateGetMaxDowntime`: domain migrate get max downtime.
#[no_mangle]
pub unsafe extern "C" fn virDomainMigrateGetMaxDowntime(
    domain: virDomainPtr,
    downtime: *mut c_ulonglong,
    flags: c_uint,
) -> c_int {
    let _ = flags;
    api!(-1, "virDomainMigrateGetMaxDowntime", |cx| {
        check::domain(cx, domain)?;
        check::non_null(cx, downtime, "downtime")?;
        Err(cx.unsupported())
    })
}

/// `virDomainMigrateGetMaxSpeed`: domain migrate get max speed.
#[no_mangle]
pub unsafe extern "C" fn virDomainMigrateGetMaxSpeed(
    domain: virDomainPtr,
    bandwidth: *mut c_ulong,
    flags: c_uint,
) -> c_int {
    let _ = flags;
    api!(-1, "virDomainMigrateGetMaxSpeed", |cx| {
        let domain = check::domain(cx, domain)?;
        check::non_null(cx, bandwidth, "bandwidth")?;
        check::writable(cx, domain.conn())?;
        Err(cx.unsupported())
    })
}

/// `virDomainMigrateSetCompressionCache`: domain migrate set compression cache.
#[no_mangle]
pub unsafe extern "C" fn virDomainMigrateSetCompressionCache(
    domain: virDomainPtr,
    cacheSize: c_ulonglong,
    flags: c_uint,
) -> c_int {
    let _ = cacheSize;
    let _ = flags;
    api!(-1, "virDomainMigrateSetCompressionCache", |cx| {
        let domain = check::domain(cx, domain)?;
        check::writable(cx, domain.conn())?;
        Err(cx.unsupported())
    })
}

/// `virDomainMigrateSetMaxDowntime`: domain migrate set max downtime.
#[no_mangle]
pub unsafe extern "C" fn virDomainMigrateSetMaxDowntime(
    domain: virDomainPtr,
    downtime: c_ulonglong,
    flags: c_uint,
) -> c_int {
    let _ = downtime;
    let _ = flags;
    api!(-1, "virDomainMigrateSetMaxDowntime", |cx| {
        let domain = check::domain(cx, domain)?;
        check::writable(cx, domain.conn())?;
        Err(cx.unsupported())
    })
}

/// `virDomainMigrateSetMaxSpeed`: domain migrate set max speed.
#[no_mangle]
pub unsafe extern "C" fn virDomainMigrateSetMaxSpeed(
    domain: virDomainPtr,
    bandwidth: c_ulong,
    flags: c_uint,
) -> c_int {
    let _ = bandwidth;
    let _ = flags;
    api!(-1, "virDomainMigrateSetMaxSpeed", |cx| {
        let domain = check::domain(cx, domain)?;
        check::writable(cx, domain.conn())?;
        Err(cx.unsupported())
    })
}

/// `virDomainMigrateStartPostCopy`: domain migrate start post copy.
#[no_mangle]
pub unsafe extern "C" fn virDomainMigrateStartPostCopy(
    domain: virDomainPtr,
    flags: c_uint,
) -> c_int {
    let _ = flags;
    api!(-1, "virDomainMigrateStartPostCopy", |cx| {
        let domain = check::domain(cx, domain)?;
        check::writable(cx, domain.conn())?;
        Err(cx.unsupported())
    })
}

/// `virDomainMigrateToURI`: domain migrate to URI.
///
/// - `dname`: (optional) may be NULL
/// - `bandwidth`: (optional) 0 for the default
#[no_mangle]
pub unsafe extern "C" fn virDomainMigrateToURI(
    domain: virDomainPtr,
    duri: *const c_char,
    flags: c_ulong,
    dname: *const c_char,
    bandwidth: c_ulong,
) -> c_int {
    let _ = flags;
    let _ = dname;
    let _ = bandwidth;
    api!(-1, "virDomainMigrateToURI", |cx| {
        let domain = check::domain(cx, domain)?;
        check::writable(cx, domain.conn())?;
        check::non_null(cx, duri, "duri")?;
        Err(cx.unsupported())
    })
}

/// `virDomainMigrateToURI2`: domain migrate to URI 2.
///
/// - `dconnuri`: (optional) may be NULL
/// - `miguri`: (optional) may be NULL
/// - `dxml`: (optional) may be NULL
/// - `dname`: (optional) may be NULL
/// - `bandwidth`: (optional) 0 for the default
#[no_mangle]
pub unsafe extern "C" fn virDomainMigrateToURI2(
    domain: virDomainPtr,
    dconnuri: *const c_char,
    miguri: *const c_char,
    dxml: *const c_char,
    flags: c_ulong,
    dname: *const c_char,
    bandwidth: c_ulong,
) -> c_int {
    let _ = dconnuri;
    let _ = miguri;
    let _ = dxml;
    let _ = flags;
    let _ = dname;
    let _ = bandwidth;
    api!(-1, "virDomainMigrateToURI2", |cx| {
        let domain = check::domain(cx, domain)?;
        check::writable(cx, domain.conn())?;
        Err(cx.unsupported())
    })
}

/// `virDomainMigrateToURI3`: domain migrate to URI 3.
///
/// - `dconnuri`: (optional) may be NULL
/// - `params`: (optional) may be NULL
/// - `nparams`: (optional) 0 for the default
#[no_mangle]
pub unsafe extern "C" fn virDomainMigrateToURI3(
    domain: virDomainPtr,
    dconnuri: *const c_char,
    params: virTypedParameterPtr,
    nparams: c_uint,
    flags: c_uint,
) -> c_int {
    let _ = dconnuri;
    let _ = params;
    let _ = nparams;
    let _ = flags;
    api!(-1, "virDomainMigrateToURI3", |cx| {
        let domain = check::domain(cx, domain)?;
        check::writable(cx, domain.conn())?;
        Err(cx.unsupported())
    })
}

/// `virDomainOpenChannel`: Opens channel on the domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainOpenChannel(
    dom: virDomainPtr,
    name: *const c_char,
    st: virStreamPtr,
    flags: c_uint,
) -> c_int {
    let _ = name;
    let _ = flags;
    api!(-1, "virDomainOpenChannel", |cx| {
        let dom = check::domain(cx, dom)?;
        check::stream(cx, st)?;
        check::writable(cx, dom.conn())?;
        Err(cx.unsupported())
    })
}

/// `virDomainOpenConsole`: Opens console on the domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainOpenConsole(
    dom: virDomainPtr,
    dev_name: *const c_char,
    st: virStreamPtr,
    flags: c_uint,
) -> c_int {
    let _ = dev_name;
    let _ = flags;
    api!(-1, "virDomainOpenConsole", |cx| {
        let dom = check::domain(cx, dom)?;
        check::stream(cx, st)?;
        check::writable(cx, dom.conn())?;
        Err(cx.unsupported())
    })
}

/// `virDomainOpenGraphics`: Opens graphics on the domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainOpenGraphics(
    dom: virDomainPtr,
    idx: c_uint,
    fd: c_int,
    flags: c_uint,
) -> c_int {
    let _ = idx;
    let _ = flags;
    api!(-1, "virDomainOpenGraphics", |cx| {
        let dom = check::domain(cx, dom)?;
        check::non_negative(cx, fd, "fd")?;
        let mut sb: libc::stat = std::mem::zeroed();
        if libc::fstat(fd, &mut sb) < 0 {
            let errno = std::io::Error::last_os_error().raw_os_error().unwrap_or(0);
            return Err(Error::system(
                cx.from(),
                errno,
                Some(&format!("Unable to access file descriptor {fd}")),
            ));
        }
        if sb.st_mode & libc::S_IFMT != libc::S_IFSOCK {
            return Err(check::invalid_arg(
                cx,
                "fd",
                format!("fd {fd} must be a socket"),
            ));
        }
        check::writable(cx, dom.conn())?;
        Err(cx.unsupported())
    })
}

/// `virDomainOpenGraphicsFD`: domain open graphics FD.
#[no_mangle]
pub unsafe extern "C" fn virDomainOpenGraphicsFD(
    dom: virDomainPtr,
    idx: c_uint,
    flags: c_uint,
) -> c_int {
    let _ = idx;
    let _ = flags;
    api!(-1, "virDomainOpenGraphicsFD", |cx| {
        let dom = check::domain(cx, dom)?;
        check::writable(cx, dom.conn())?;
        Err(cx.unsupported())
    })
}

/// `virDomainPMSuspendForDuration`: domain PM suspend for duration.
#[no_mangle]
pub unsafe extern "C" fn virDomainPMSuspendForDuration(
    dom: virDomainPtr,
    target: c_uint,
    duration: c_ulonglong,
    flags: c_uint,
) -> c_int {
    let _ = target;
    let _ = duration;
    let _ = flags;
    api!(-1, "virDomainPMSuspendForDuration", |cx| {
        let dom = check::domain(cx, dom)?;
        check::writable(cx, dom.conn())?;
        Err(cx.unsupported())
    })
}

/// `virDomainPMWakeup`: domain PM wakeup.
#[no_mangle]
pub unsafe extern "C" fn virDomainPMWakeup(dom: virDomainPtr, flags: c_uint) -> c_int {
    let _ = flags;
    api!(-1, "virDomainPMWakeup", |cx| {
        let dom = check::domain(cx, dom)?;
        check::writable(cx, dom.conn())?;
        Err(cx.unsupported())
    })
}

/// `virDomainPinEmulator`: Pins emulator of the domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainPinEmulator(
    domain: virDomainPtr,
    cpumap: *mut c_uchar,
    maplen: c_int,
    flags: c_uint,
) -> c_int {
    api!(-1, "virDomainPinEmulator", |cx| {
        let domain = check::domain(cx, domain)?;
        check::writable(cx, domain.conn())?;
        check::non_null(cx, cpumap, "cpumap")?;
        check::positive(cx, maplen, "maplen")?;
        let map = std::slice::from_raw_parts(cpumap as *const u8, maplen as usize);
        domain
            .conn
            .hv()
            .domain_pin_emulator(cx, &domain.id, map, flags)?;
        Ok(0)
    })
}

/// `virDomainPinIOThread`: Pins IO thread of the domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainPinIOThread(
    domain: virDomainPtr,
    iothread_id: c_uint,
    cpumap: *mut c_uchar,
    maplen: c_int,
    flags: c_uint,
) -> c_int {
    api!(-1, "virDomainPinIOThread", |cx| {
        let domain = check::domain(cx, domain)?;
        check::writable(cx, domain.conn())?;
        check::non_null(cx, cpumap, "cpumap")?;
        check::positive(cx, maplen, "maplen")?;
        let map = std::slice::from_raw_parts(cpumap as *const u8, maplen as usize);
        domain
            .conn
            .hv()
            .domain_pin_iothread(cx, &domain.id, iothread_id, map, flags)?;
        Ok(0)
    })
}

/// `virDomainPinVcpu`: Pins vcpu of the domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainPinVcpu(
    domain: virDomainPtr,
    vcpu: c_uint,
    cpumap: *mut c_uchar,
    maplen: c_int,
) -> c_int {
    api!(-1, "virDomainPinVcpu", |cx| {
        let domain = check::domain(cx, domain)?;
        check::writable(cx, domain.conn())?;
        check::non_null(cx, cpumap, "cpumap")?;
        check::positive(cx, maplen, "maplen")?;
        let map = std::slice::from_raw_parts(cpumap as *const u8, maplen as usize);
        domain
            .conn
            .hv()
            .domain_pin_vcpu(cx, &domain.id, vcpu, map, 0)?;
        Ok(0)
    })
}

/// `virDomainPinVcpuFlags`: Pins vcpu flags of the domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainPinVcpuFlags(
    domain: virDomainPtr,
    vcpu: c_uint,
    cpumap: *mut c_uchar,
    maplen: c_int,
    flags: c_uint,
) -> c_int {
    api!(-1, "virDomainPinVcpuFlags", |cx| {
        let domain = check::domain(cx, domain)?;
        check::writable(cx, domain.conn())?;
        check::non_null(cx, cpumap, "cpumap")?;
        check::positive(cx, maplen, "maplen")?;
        let map = std::slice::from_raw_parts(cpumap as *const u8, maplen as usize);
        domain
            .conn
            .hv()
            .domain_pin_vcpu(cx, &domain.id, vcpu, map, flags)?;
        Ok(0)
    })
}

/// `virDomainReboot`: Reboots the domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainReboot(domain: virDomainPtr, flags: c_uint) -> c_int {
    api!(-1, "virDomainReboot", |cx| {
        let domain = check::domain(cx, domain)?;
        check::writable(cx, domain.conn())?;
        let new_id = domain.conn.hv().domain_reboot(cx, &domain.ident(), flags)?;
        cache_id(domain, new_id);
        Ok(0)
    })
}

/// `virDomainRef`: Takes one more reference to a domain; release it with the matching free call.
#[no_mangle]
pub unsafe extern "C" fn virDomainRef(domain: virDomainPtr) -> c_int {
    api!(-1, "virDomainRef", |cx| {
        let d = check::domain(cx, domain)?;
        Handle::incref(d as *const Handle<Domain>);
        Ok(0)
    })
}

/// `virDomainRename`: Renames the domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainRename(
    dom: virDomainPtr,
    new_name: *const c_char,
    flags: c_uint,
) -> c_int {
    api!(-1, "virDomainRename", |cx| {
        let dom = check::domain(cx, dom)?;
        check::non_empty_string(cx, new_name, "new_name")?;
        check::writable(cx, dom.conn())?;
        let new_name = convert::str(cx, new_name, "new_name")?;
        dom.conn
            .hv()
            .domain_rename(cx, &dom.ident(), new_name, flags)?;
        Ok(0)
    })
}

/// `virDomainReset`: Resets the domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainReset(domain: virDomainPtr, flags: c_uint) -> c_int {
    api!(-1, "virDomainReset", |cx| {
        let domain = check::domain(cx, domain)?;
        check::writable(cx, domain.conn())?;
        domain.conn.hv().domain_reset(cx, &domain.ident(), flags)?;
        Ok(0)
    })
}

/// `virDomainRestore`: Restores the domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainRestore(conn: virConnectPtr, from: *const c_char) -> c_int {
    api!(-1, "virDomainRestore", |cx| {
        let conn = check::conn(cx, conn)?;
        check::writable(cx, conn.conn())?;
        check::non_null(cx, from, "from")?;
        let from = canonical(cx, from, "from")?;
        conn.hv().domain_restore(cx, &from, None, 0)?;
        Ok(0)
    })
}

/// `virDomainRestoreFlags`: Restores flags of the domain.
///
/// - `dxml`: (optional) may be NULL
#[no_mangle]
pub unsafe extern "C" fn virDomainRestoreFlags(
    conn: virConnectPtr,
    from: *const c_char,
    dxml: *const c_char,
    flags: c_uint,
) -> c_int {
    api!(-1, "virDomainRestoreFlags", |cx| {
        let conn = check::conn(cx, conn)?;
        check::writable(cx, conn.conn())?;
        check::non_null(cx, from, "from")?;
        check::exclusive_flags(
            cx,
            flags,
            virDomainSaveRestoreFlags::VIR_DOMAIN_SAVE_RUNNING as c_uint,
            "VIR_DOMAIN_SAVE_RUNNING",
            virDomainSaveRestoreFlags::VIR_DOMAIN_SAVE_PAUSED as c_uint,
            "VIR_DOMAIN_SAVE_PAUSED",
        )?;
        let from = canonical(cx, from, "from")?;
        let dxml = convert::opt_str(cx, dxml, "dxml")?;
        conn.hv().domain_restore(cx, &from, dxml, flags)?;
        Ok(0)
    })
}

/// `virDomainRestoreParams`: Restores params of the domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainRestoreParams(
    conn: virConnectPtr,
    params: virTypedParameterPtr,
    nparams: c_int,
    flags: c_uint,
) -> c_int {
    let _ = params;
    let _ = nparams;
    let _ = flags;
    api!(-1, "virDomainRestoreParams", |cx| {
        let conn = check::conn(cx, conn)?;
        check::writable(cx, conn.conn())?;
        Err(cx.unsupported())
    })
}

/// `virDomainResume`: Resumes the domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainResume(domain: virDomainPtr) -> c_int {
    api!(-1, "virDomainResume", |cx| {
        let domain = check::domain(cx, domain)?;
        check::writable(cx, domain.conn())?;
        domain.conn.hv().domain_resume(cx, &domain.ident())?;
        Ok(0)
    })
}

/// `virDomainSave`: Saves the domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainSave(domain: virDomainPtr, to: *const c_char) -> c_int {
    api!(-1, "virDomainSave", |cx| {
        let domain = check::domain(cx, domain)?;
        check::writable(cx, domain.conn())?;
        check::non_null(cx, to, "to")?;
        let to = canonical(cx, to, "to")?;
        let new_id = domain
            .conn
            .hv()
            .domain_save(cx, &domain.ident(), &to, None, 0)?;
        cache_id(domain, new_id);
        Ok(0)
    })
}

/// `virDomainSaveFlags`: Saves flags of the domain.
///
/// - `dxml`: (optional) may be NULL
#[no_mangle]
pub unsafe extern "C" fn virDomainSaveFlags(
    domain: virDomainPtr,
    to: *const c_char,
    dxml: *const c_char,
    flags: c_uint,
) -> c_int {
    api!(-1, "virDomainSaveFlags", |cx| {
        let domain = check::domain(cx, domain)?;
        check::writable(cx, domain.conn())?;
        check::non_null(cx, to, "to")?;
        check::exclusive_flags(
            cx,
            flags,
            virDomainSaveRestoreFlags::VIR_DOMAIN_SAVE_RUNNING as c_uint,
            "VIR_DOMAIN_SAVE_RUNNING",
            virDomainSaveRestoreFlags::VIR_DOMAIN_SAVE_PAUSED as c_uint,
            "VIR_DOMAIN_SAVE_PAUSED",
        )?;
        let to = canonical(cx, to, "to")?;
        let dxml = convert::opt_str(cx, dxml, "dxml")?;
        let new_id = domain
            .conn
            .hv()
            .domain_save(cx, &domain.ident(), &to, dxml, flags)?;
        cache_id(domain, new_id);
        Ok(0)
    })
}

/// `virDomainSaveImageDefineXML`: Saves image define XML of the domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainSaveImageDefineXML(
    conn: virConnectPtr,
    file: *const c_char,
    dxml: *const c_char,
    flags: c_uint,
) -> c_int {
    api!(-1, "virDomainSaveImageDefineXML", |cx| {
        let conn = check::conn(cx, conn)?;
        check::writable(cx, conn.conn())?;
        check::non_null(cx, file, "file")?;
        check::non_null(cx, dxml, "dxml")?;
        check::exclusive_flags(
            cx,
            flags,
            virDomainSaveRestoreFlags::VIR_DOMAIN_SAVE_RUNNING as c_uint,
            "VIR_DOMAIN_SAVE_RUNNING",
            virDomainSaveRestoreFlags::VIR_DOMAIN_SAVE_PAUSED as c_uint,
            "VIR_DOMAIN_SAVE_PAUSED",
        )?;
        let file = canonical(cx, file, "file")?;
        let dxml = convert::str(cx, dxml, "dxml")?;
        conn.hv()
            .domain_save_image_define_xml(cx, &file, dxml, flags)?;
        Ok(0)
    })
}

/// `virDomainSaveImageGetXMLDesc`: Saves image get XML desc of the domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainSaveImageGetXMLDesc(
    conn: virConnectPtr,
    file: *const c_char,
    flags: c_uint,
) -> *mut c_char {
    api!(ptr::null_mut(), "virDomainSaveImageGetXMLDesc", |cx| {
        let conn = check::conn(cx, conn)?;
        check::non_null(cx, file, "file")?;
        check::writable(cx, conn.conn())?;
        let file = canonical(cx, file, "file")?;
        let xml = conn.hv().domain_save_image_get_xml_desc(cx, &file, flags)?;
        convert::c_string(cx, &xml)
    })
}

/// `virDomainSaveParams`: Saves params of the domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainSaveParams(
    domain: virDomainPtr,
    params: virTypedParameterPtr,
    nparams: c_int,
    flags: c_uint,
) -> c_int {
    let _ = params;
    let _ = nparams;
    let _ = flags;
    api!(-1, "virDomainSaveParams", |cx| {
        let domain = check::domain(cx, domain)?;
        check::writable(cx, domain.conn())?;
        Err(cx.unsupported())
    })
}

/// `virDomainScreenshot`: domain screenshot.
#[no_mangle]
pub unsafe extern "C" fn virDomainScreenshot(
    domain: virDomainPtr,
    stream: virStreamPtr,
    screen: c_uint,
    flags: c_uint,
) -> *mut c_char {
    api!(ptr::null_mut(), "virDomainScreenshot", |cx| {
        let domain = check::domain(cx, domain)?;
        let st = check::stream(cx, stream)?;
        // Errors go to the domain's connection, as libvirt dispatches them.
        cx.report_to(domain.conn());
        check::writable(cx, domain.conn())?;
        if !std::ptr::eq(domain.conn(), st.conn()) {
            return Err(check::invalid_arg(
                cx,
                "stream",
                format!(
                    "stream must match connection of domain '{}'",
                    domain.id.name
                ),
            ));
        }
        let (mime, backend) =
            domain
                .conn()
                .hv()
                .domain_screenshot(cx, &domain.ident(), screen, flags)?;
        *st.backend.lock().unwrap_or_else(|p| p.into_inner()) = Some(backend);
        convert::c_dup(&mime).ok_or_else(Error::generic_failure)
    })
}

/// `virDomainSendKey`: Sends key of the domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainSendKey(
    domain: virDomainPtr,
    codeset: c_uint,
    holdtime: c_uint,
    keycodes: *mut c_uint,
    nkeycodes: c_int,
    flags: c_uint,
) -> c_int {
    api!(-1, "virDomainSendKey", |cx| {
        let domain = check::domain(cx, domain)?;
        check::writable(cx, domain.conn())?;
        check::non_null(cx, keycodes, "keycodes")?;
        check::positive(cx, nkeycodes, "nkeycodes")?;
        if codeset > oxvirt_abi::virKeycodeSet::VIR_KEYCODE_SET_QNUM as c_uint {
            return Err(check::invalid_arg(
                cx,
                "codeset",
                format!("Unsupported codeset '{}'", codeset as c_int),
            ));
        }
        let max = oxvirt_abi::VIR_DOMAIN_SEND_KEY_MAX_KEYS;
        if nkeycodes > max {
            return Err(check::invalid_arg(
                cx,
                "nkeycodes",
                format!("nkeycodes must be <= {max}"),
            ));
        }
        let keys = std::slice::from_raw_parts(keycodes, nkeycodes as usize);
        domain
            .conn
            .hv()
            .domain_send_key(cx, &domain.ident(), codeset, holdtime, keys, flags)?;
        Ok(0)
    })
}

/// `virDomainSendProcessSignal`: Sends process signal of the domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainSendProcessSignal(
    domain: virDomainPtr,
    pid_value: c_longlong,
    signum: c_uint,
    flags: c_uint,
) -> c_int {
    api!(-1, "virDomainSendProcessSignal", |cx| {
        let domain = check::domain(cx, domain)?;
        check::non_zero(cx, pid_value, "pid_value")?;
        check::writable(cx, domain.conn())?;
        domain.conn.hv().domain_send_process_signal(
            cx,
            &domain.ident(),
            pid_value,
            signum,
            flags,
        )?;
        Ok(0)
    })
}

/// `virDomainSetAutostart`: Sets the domain's autostart.
#[no_mangle]
pub unsafe extern "C" fn virDomainSetAutostart(domain: virDomainPtr, autostart: c_int) -> c_int {
    api!(-1, "virDomainSetAutostart", |cx| {
        let domain = check::domain(cx, domain)?;
        check::writable(cx, domain.conn())?;
        domain
            .conn
            .hv()
            .domain_set_autostart(cx, &domain.ident(), autostart != 0)?;
        Ok(0)
    })
}

/// `virDomainSetBlkioParameters`: Sets the domain's blkio parameters.
#[no_mangle]
pub unsafe extern "C" fn virDomainSetBlkioParameters(
    domain: virDomainPtr,
    params: virTypedParameterPtr,
    nparams: c_int,
    flags: c_uint,
) -> c_int {
    api!(-1, "virDomainSetBlkioParameters", |cx| {
        let domain = check::domain(cx, domain)?;
        check::writable(cx, domain.conn())?;
        check::non_null(cx, params, "params")?;
        check::non_negative(cx, nparams, "nparams")?;
        let list = params_for_set(cx, params, nparams)?;
        domain
            .conn
            .hv()
            .domain_set_blkio_parameters(cx, &domain.id, &list, flags)?;
        Ok(0)
    })
}

/// `virDomainSetBlockIoTune`: Sets the domain's block io tune.
#[no_mangle]
pub unsafe extern "C" fn virDomainSetBlockIoTune(
    dom: virDomainPtr,
    disk: *const c_char,
    params: virTypedParameterPtr,
    nparams: c_int,
    flags: c_uint,
) -> c_int {
    api!(-1, "virDomainSetBlockIoTune", |cx| {
        let dom = check::domain(cx, dom)?;
        check::writable(cx, dom.conn())?;
        check::non_null(cx, disk, "disk")?;
        check::positive(cx, nparams, "nparams")?;
        check::non_null(cx, params, "params")?;
        let list = params_for_set(cx, params, nparams)?;
        let disk = convert::str(cx, disk, "disk")?;
        dom.conn
            .hv()
            .domain_set_block_io_tune(cx, &dom.id, disk, &list, flags)?;
        Ok(0)
    })
}

/// `virDomainSetBlockThreshold`: Sets the domain's block threshold.
#[no_mangle]
pub unsafe extern "C" fn virDomainSetBlockThreshold(
    domain: virDomainPtr,
    dev: *const c_char,
    threshold: c_ulonglong,
    flags: c_uint,
) -> c_int {
    let _ = threshold;
    let _ = flags;
    api!(-1, "virDomainSetBlockThreshold", |cx| {
        let domain = check::domain(cx, domain)?;
        check::writable(cx, domain.conn())?;
        check::non_null(cx, dev, "dev")?;
        Err(cx.unsupported())
    })
}

/// `virDomainSetGuestVcpus`: Sets the domain's guest vcpus.
#[no_mangle]
pub unsafe extern "C" fn virDomainSetGuestVcpus(
    domain: virDomainPtr,
    cpumap: *const c_char,
    state: c_int,
    flags: c_uint,
) -> c_int {
    let _ = state;
    let _ = flags;
    api!(-1, "virDomainSetGuestVcpus", |cx| {
        let domain = check::domain(cx, domain)?;
        check::writable(cx, domain.conn())?;
        check::non_null(cx, cpumap, "cpumap")?;
        Err(cx.unsupported())
    })
}

/// `virDomainSetIOThreadParams`: Sets the domain's IO thread params.
#[no_mangle]
pub unsafe extern "C" fn virDomainSetIOThreadParams(
    domain: virDomainPtr,
    iothread_id: c_uint,
    params: virTypedParameterPtr,
    nparams: c_int,
    flags: c_uint,
) -> c_int {
    api!(-1, "virDomainSetIOThreadParams", |cx| {
        let domain = check::domain(cx, domain)?;
        check::writable(cx, domain.conn())?;
        check::non_null(cx, params, "params")?;
        check::positive(cx, nparams, "nparams")?;
        let list = params_for_set(cx, params, nparams)?;
        domain
            .conn
            .hv()
            .domain_set_iothread_params(cx, &domain.id, iothread_id, &list, flags)?;
        Ok(0)
    })
}

/// `virDomainSetInterfaceParameters`: Sets the domain's interface parameters.
#[no_mangle]
pub unsafe extern "C" fn virDomainSetInterfaceParameters(
    domain: virDomainPtr,
    device: *const c_char,
    params: virTypedParameterPtr,
    nparams: c_int,
    flags: c_uint,
) -> c_int {
    api!(-1, "virDomainSetInterfaceParameters", |cx| {
        let domain = check::domain(cx, domain)?;
        check::writable(cx, domain.conn())?;
        check::non_null(cx, params, "params")?;
        check::positive(cx, nparams, "nparams")?;
        let list = params_for_set(cx, params, nparams)?;
        let device = convert::opt_str(cx, device, "device")?;
        domain
            .conn
            .hv()
            .domain_set_interface_parameters(cx, &domain.id, device, &list, flags)?;
        Ok(0)
    })
}

/// `virDomainSetLaunchSecurityState`: Sets the domain's launch security state.
#[no_mangle]
pub unsafe extern "C" fn virDomainSetLaunchSecurityState(
    domain: virDomainPtr,
    params: virTypedParameterPtr,
    nparams: c_int,
    flags: c_uint,
) -> c_int {
    let _ = flags;
    api!(-1, "virDomainSetLaunchSecurityState", |cx| {
        let domain = check::domain(cx, domain)?;
        check::non_null(cx, params, "params")?;
        check::positive(cx, nparams, "nparams")?;
        check::writable(cx, domain.conn())?;
        Err(cx.unsupported())
    })
}

/// `virDomainSetLifecycleAction`: Sets the domain's lifecycle action.
#[no_mangle]
pub unsafe extern "C" fn virDomainSetLifecycleAction(
    domain: virDomainPtr,
    r#type: c_uint,
    action: c_uint,
    flags: c_uint,
) -> c_int {
    api!(-1, "virDomainSetLifecycleAction", |cx| {
        let domain = check::domain(cx, domain)?;
        check::writable(cx, domain.conn())?;
        if r#type > virDomainLifecycle::VIR_DOMAIN_LIFECYCLE_CRASH as c_uint {
            return Err(cx.error(
                virErrorNumber::VIR_ERR_INVALID_ARG,
                &format!("invalid lifecycle type '{}'", r#type),
            ));
        }
        if action > virDomainLifecycleAction::VIR_DOMAIN_LIFECYCLE_ACTION_COREDUMP_RESTART as c_uint
        {
            return Err(cx.error(
                virErrorNumber::VIR_ERR_INVALID_ARG,
                &format!("invalid lifecycle action '{action}'"),
            ));
        }
        domain
            .conn
            .hv()
            .domain_set_lifecycle_action(cx, &domain.ident(), r#type, action, flags)?;
        Ok(0)
    })
}

/// `virDomainSetMaxMemory`: Sets the domain's max memory.
#[no_mangle]
pub unsafe extern "C" fn virDomainSetMaxMemory(domain: virDomainPtr, memory: c_ulong) -> c_int {
    api!(-1, "virDomainSetMaxMemory", |cx| {
        let domain = check::domain(cx, domain)?;
        check::writable(cx, domain.conn())?;
        check::non_zero(cx, memory, "memory")?;
        let memory = check_memory_size(cx, memory)?;
        domain
            .conn
            .hv()
            .domain_set_max_memory(cx, &domain.ident(), memory)?;
        Ok(0)
    })
}

/// `virDomainSetMemory`: Sets the domain's memory.
#[no_mangle]
pub unsafe extern "C" fn virDomainSetMemory(domain: virDomainPtr, memory: c_ulong) -> c_int {
    api!(-1, "virDomainSetMemory", |cx| {
        let domain = check::domain(cx, domain)?;
        check::writable(cx, domain.conn())?;
        check::non_zero(cx, memory, "memory")?;
        let memory = check_memory_size(cx, memory)?;
        domain
            .conn
            .hv()
            .domain_set_memory(cx, &domain.ident(), memory)?;
        Ok(0)
    })
}

/// `virDomainSetMemoryFlags`: Sets the domain's memory flags.
#[no_mangle]
pub unsafe extern "C" fn virDomainSetMemoryFlags(
    domain: virDomainPtr,
    memory: c_ulong,
    flags: c_uint,
) -> c_int {
    api!(-1, "virDomainSetMemoryFlags", |cx| {
        let domain = check::domain(cx, domain)?;
        check::writable(cx, domain.conn())?;
        check::non_zero(cx, memory, "memory")?;
        let memory = check_memory_size(cx, memory)?;
        domain
            .conn
            .hv()
            .domain_set_memory_flags(cx, &domain.ident(), memory, flags)?;
        Ok(0)
    })
}

/// `virDomainSetMemoryParameters`: Sets the domain's memory parameters.
#[no_mangle]
pub unsafe extern "C" fn virDomainSetMemoryParameters(
    domain: virDomainPtr,
    params: virTypedParameterPtr,
    nparams: c_int,
    flags: c_uint,
) -> c_int {
    api!(-1, "virDomainSetMemoryParameters", |cx| {
        let domain = check::domain(cx, domain)?;
        check::writable(cx, domain.conn())?;
        check::non_null(cx, params, "params")?;
        check::positive(cx, nparams, "nparams")?;
        let list = params_for_set(cx, params, nparams)?;
        domain
            .conn
            .hv()
            .domain_set_memory_parameters(cx, &domain.id, &list, flags)?;
        Ok(0)
    })
}

/// `virDomainSetMemoryStatsPeriod`: Sets the domain's memory stats period.
#[no_mangle]
pub unsafe extern "C" fn virDomainSetMemoryStatsPeriod(
    domain: virDomainPtr,
    period: c_int,
    flags: c_uint,
) -> c_int {
    api!(-1, "virDomainSetMemoryStatsPeriod", |cx| {
        let domain = check::domain(cx, domain)?;
        check::writable(cx, domain.conn())?;
        check::non_negative(cx, period, "period")?;
        domain
            .conn
            .hv()
            .domain_set_memory_stats_period(cx, &domain.ident(), period, flags)?;
        Ok(0)
    })
}

/// `virDomainSetMetadata`: Sets the domain's metadata.
#[no_mangle]
pub unsafe extern "C" fn virDomainSetMetadata(
    domain: virDomainPtr,
    r#type: c_int,
    metadata: *const c_char,
    key: *const c_char,
    uri: *const c_char,
    flags: c_uint,
) -> c_int {
    api!(-1, "virDomainSetMetadata", |cx| {
        use virDomainMetadataType as M;
        let domain = check::domain(cx, domain)?;
        check::writable(cx, domain.conn())?;
        let title = r#type == M::VIR_DOMAIN_METADATA_TITLE as c_int;
        if title
            && !metadata.is_null()
            && std::ffi::CStr::from_ptr(metadata)
                .to_bytes()
                .contains(&b'\n')
        {
            return Err(check::invalid_arg(
                cx,
                "metadata",
                "metadata title can't contain newlines",
            ));
        }
        if title || r#type == M::VIR_DOMAIN_METADATA_DESCRIPTION as c_int {
            check::null(cx, uri, "uri")?;
            check::null(cx, key, "key")?;
        } else if r#type == M::VIR_DOMAIN_METADATA_ELEMENT as c_int {
            check::non_null(cx, uri, "uri")?;
            if !metadata.is_null() {
                check::non_null(cx, key, "key")?;
            }
        }
        let metadata = convert::opt_str(cx, metadata, "metadata")?;
        let key = convert::opt_str(cx, key, "key")?;
        let uri = convert::opt_str(cx, uri, "uri")?;
        domain.conn.hv().domain_set_metadata(
            cx,
            &domain.ident(),
            r#type,
            metadata,
            key,
            uri,
            flags,
        )?;
        Ok(0)
    })
}

/// `virDomainSetNumaParameters`: Sets the domain's numa parameters.
#[no_mangle]
pub unsafe extern "C" fn virDomainSetNumaParameters(
    domain: virDomainPtr,
    params: virTypedParameterPtr,
    nparams: c_int,
    flags: c_uint,
) -> c_int {
    api!(-1, "virDomainSetNumaParameters", |cx| {
        let domain = check::domain(cx, domain)?;
        check::writable(cx, domain.conn())?;
        check::non_null(cx, params, "params")?;
        check::positive(cx, nparams, "nparams")?;
        let list = params_for_set(cx, params, nparams)?;
        domain
            .conn
            .hv()
            .domain_set_numa_parameters(cx, &domain.id, &list, flags)?;
        Ok(0)
    })
}

/// `virDomainSetPerfEvents`: Sets the domain's perf events.
#[no_mangle]
pub unsafe extern "C" fn virDomainSetPerfEvents(
    domain: virDomainPtr,
    params: virTypedParameterPtr,
    nparams: c_int,
    flags: c_uint,
) -> c_int {
    api!(-1, "virDomainSetPerfEvents", |cx| {
        let domain = check::domain(cx, domain)?;
        check::writable(cx, domain.conn())?;
        check::non_null(cx, params, "params")?;
        check::positive(cx, nparams, "nparams")?;
        let list = params_for_set(cx, params, nparams)?;
        domain
            .conn
            .hv()
            .domain_set_perf_events(cx, &domain.id, &list, flags)?;
        Ok(0)
    })
}

/// `virDomainSetSchedulerParameters`: Sets the domain's scheduler parameters.
#[no_mangle]
pub unsafe extern "C" fn virDomainSetSchedulerParameters(
    domain: virDomainPtr,
    params: virTypedParameterPtr,
    nparams: c_int,
) -> c_int {
    api!(-1, "virDomainSetSchedulerParameters", |cx| {
        let domain = check::domain(cx, domain)?;
        check::writable(cx, domain.conn())?;
        check::non_null(cx, params, "params")?;
        check::non_negative(cx, nparams, "nparams")?;
        let list = params_for_set(cx, params, nparams)?;
        domain
            .conn
            .hv()
            .domain_set_scheduler_parameters(cx, &domain.id, &list, 0)?;
        Ok(0)
    })
}

/// `virDomainSetSchedulerParametersFlags`: Sets the domain's scheduler parameters flags.
#[no_mangle]
pub unsafe extern "C" fn virDomainSetSchedulerParametersFlags(
    domain: virDomainPtr,
    params: virTypedParameterPtr,
    nparams: c_int,
    flags: c_uint,
) -> c_int {
    api!(-1, "virDomainSetSchedulerParametersFlags", |cx| {
        let domain = check::domain(cx, domain)?;
        check::writable(cx, domain.conn())?;
        check::non_null(cx, params, "params")?;
        check::non_negative(cx, nparams, "nparams")?;
        let list = params_for_set(cx, params, nparams)?;
        domain
            .conn
            .hv()
            .domain_set_scheduler_parameters(cx, &domain.id, &list, flags)?;
        Ok(0)
    })
}

/// `virDomainSetTime`: Sets the domain's time.
#[no_mangle]
pub unsafe extern "C" fn virDomainSetTime(
    dom: virDomainPtr,
    seconds: c_longlong,
    nseconds: c_uint,
    flags: c_uint,
) -> c_int {
    api!(-1, "virDomainSetTime", |cx| {
        let dom = check::domain(cx, dom)?;
        check::writable(cx, dom.conn())?;
        dom.conn
            .hv()
            .domain_set_time(cx, &dom.id, seconds, nseconds, flags)?;
        Ok(0)
    })
}

/// `virDomainSetUserPassword`: Sets the domain's user password.
#[no_mangle]
pub unsafe extern "C" fn virDomainSetUserPassword(
    dom: virDomainPtr,
    user: *const c_char,
    password: *const c_char,
    flags: c_uint,
) -> c_int {
    api!(-1, "virDomainSetUserPassword", |cx| {
        let dom = check::domain(cx, dom)?;
        check::writable(cx, dom.conn())?;
        check::non_null(cx, user, "user")?;
        check::non_null(cx, password, "password")?;
        let user = convert::str(cx, user, "user")?;
        let password = convert::str(cx, password, "password")?;
        dom.conn
            .hv()
            .domain_set_user_password(cx, &dom.ident(), user, password, flags)?;
        Ok(0)
    })
}

/// `virDomainSetVcpu`: Sets the domain's vcpu.
#[no_mangle]
pub unsafe extern "C" fn virDomainSetVcpu(
    domain: virDomainPtr,
    vcpumap: *const c_char,
    state: c_int,
    flags: c_uint,
) -> c_int {
    let _ = state;
    let _ = flags;
    api!(-1, "virDomainSetVcpu", |cx| {
        let domain = check::domain(cx, domain)?;
        check::writable(cx, domain.conn())?;
        check::non_null(cx, vcpumap, "vcpumap")?;
        Err(cx.unsupported())
    })
}

/// `virDomainSetVcpus`: Sets the domain's vcpus.
#[no_mangle]
pub unsafe extern "C" fn virDomainSetVcpus(domain: virDomainPtr, nvcpus: c_uint) -> c_int {
    api!(-1, "virDomainSetVcpus", |cx| {
        let domain = check::domain(cx, domain)?;
        check::writable(cx, domain.conn())?;
        check::non_zero(cx, nvcpus, "nvcpus")?;
        domain
            .conn
            .hv()
            .domain_set_vcpus(cx, &domain.id, nvcpus, None)?;
        Ok(0)
    })
}

/// `virDomainSetVcpusFlags`: Sets the domain's vcpus flags.
#[no_mangle]
pub unsafe extern "C" fn virDomainSetVcpusFlags(
    domain: virDomainPtr,
    nvcpus: c_uint,
    flags: c_uint,
) -> c_int {
    api!(-1, "virDomainSetVcpusFlags", |cx| {
        let domain = check::domain(cx, domain)?;
        check::writable(cx, domain.conn())?;
        check::require_flag(
            cx,
            flags,
            virDomainVcpuFlags::VIR_DOMAIN_VCPU_MAXIMUM as c_uint,
            "VIR_DOMAIN_VCPU_MAXIMUM",
            virDomainModificationImpact::VIR_DOMAIN_AFFECT_CONFIG as c_uint,
            "VIR_DOMAIN_AFFECT_CONFIG",
        )?;
        check::exclusive_flags(
            cx,
            flags,
            virDomainVcpuFlags::VIR_DOMAIN_VCPU_GUEST as c_uint,
            "VIR_DOMAIN_VCPU_GUEST",
            virDomainModificationImpact::VIR_DOMAIN_AFFECT_CONFIG as c_uint,
            "VIR_DOMAIN_AFFECT_CONFIG",
        )?;
        check::non_zero(cx, nvcpus, "nvcpus")?;
        domain
            .conn
            .hv()
            .domain_set_vcpus(cx, &domain.id, nvcpus, Some(flags))?;
        Ok(0)
    })
}

/// `virDomainShutdown`: Shuts down the domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainShutdown(domain: virDomainPtr) -> c_int {
    api!(-1, "virDomainShutdown", |cx| {
        let domain = check::domain(cx, domain)?;
        check::writable(cx, domain.conn())?;
        let new_id = domain.conn.hv().domain_shutdown(cx, &domain.ident(), 0)?;
        cache_id(domain, new_id);
        Ok(0)
    })
}

/// `virDomainShutdownFlags`: Shuts down flags of the domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainShutdownFlags(domain: virDomainPtr, flags: c_uint) -> c_int {
    api!(-1, "virDomainShutdownFlags", |cx| {
        let domain = check::domain(cx, domain)?;
        check::writable(cx, domain.conn())?;
        let new_id = domain
            .conn
            .hv()
            .domain_shutdown(cx, &domain.ident(), flags)?;
        cache_id(domain, new_id);
        Ok(0)
    })
}

/// `virDomainStartDirtyRateCalc`: Starts dirty rate calc of the domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainStartDirtyRateCalc(
    domain: virDomainPtr,
    seconds: c_int,
    flags: c_uint,
) -> c_int {
    let _ = seconds;
    let _ = flags;
    api!(-1, "virDomainStartDirtyRateCalc", |cx| {
        let domain = check::domain(cx, domain)?;
        check::writable(cx, domain.conn())?;
        Err(cx.unsupported())
    })
}

/// `virDomainStatsRecordListFree`: domain stats record list free.
#[no_mangle]
pub unsafe extern "C" fn virDomainStatsRecordListFree(stats: *mut virDomainStatsRecordPtr) {
    // libvirt: freeing NULL does nothing and leaves the last error alone.
    if stats.is_null() {
        return;
    }
    // Like libvirt's, this frees without touching the thread's error.
    // SAFETY: the caller passes a list from virConnectGetAllDomainStats or
    // virDomainListGetStats: NULL-terminated, each record, its parameters
    // and the list from the C allocator, each domain a reference it owns.
    unsafe {
        let mut next = stats;
        while !(*next).is_null() {
            let r = *next;
            crate::ffi::common::virTypedParamsFree((*r).params, (*r).nparams);
            if !(*r).dom.is_null() {
                virDomainFree((*r).dom);
            }
            libc::free(r as *mut c_void);
            next = next.add(1);
        }
        libc::free(stats as *mut c_void);
    }
}

/// Hands the driver's statistics to the caller as libvirt's
/// NULL-terminated list of records (freed with
/// `virDomainStatsRecordListFree`); answers how many.
///
/// # Safety
/// `out` is valid for a write.
unsafe fn stats_records(
    cx: &Cx,
    c: &Handle<Connect>,
    out: *mut *mut virDomainStatsRecordPtr,
    list: Vec<(crate::driver::DomainId, Vec<crate::driver::TypedParam>)>,
) -> Result<c_int> {
    let mut recs: Vec<virDomainStatsRecordPtr> = Vec::with_capacity(list.len() + 1);
    let n = list.len();
    for (id, params) in list {
        let (p, np) = match crate::ffi::common::params_to_c(&params) {
            Ok(v) => v,
            Err(e) => {
                recs.push(ptr::null_mut());
                // SAFETY: recs is a NULL-terminated list of complete records.
                unsafe { virDomainStatsRecordListFree(convert::c_array(cx, &recs)?) };
                return Err(e);
            }
        };
        // SAFETY: calloc has no preconditions; the result is checked.
        let r = unsafe { libc::calloc(1, std::mem::size_of::<virDomainStatsRecord>()) }
            as virDomainStatsRecordPtr;
        if r.is_null() {
            std::process::abort();
        }
        // SAFETY: r is a fresh, zeroed record.
        unsafe {
            (*r).dom = new_domain(c, id);
            (*r).params = p;
            (*r).nparams = np;
        }
        recs.push(r);
    }
    recs.push(ptr::null_mut());
    match convert::c_array(cx, &recs) {
        Ok(arr) => {
            // SAFETY: out is valid for a write (this function's contract).
            unsafe { *out = arr };
            Ok(n as c_int)
        }
        Err(e) => {
            for r in recs.into_iter().filter(|r| !r.is_null()) {
                // SAFETY: each record was made above and is not shared.
                unsafe {
                    crate::ffi::common::virTypedParamsFree((*r).params, (*r).nparams);
                    virDomainFree((*r).dom);
                    libc::free(r as *mut c_void);
                }
            }
            Err(e)
        }
    }
}

/// `virDomainSuspend`: Suspends the domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainSuspend(domain: virDomainPtr) -> c_int {
    api!(-1, "virDomainSuspend", |cx| {
        let domain = check::domain(cx, domain)?;
        check::writable(cx, domain.conn())?;
        domain.conn.hv().domain_suspend(cx, &domain.ident())?;
        Ok(0)
    })
}

/// `virDomainUndefine`: Undefines the domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainUndefine(domain: virDomainPtr) -> c_int {
    api!(-1, "virDomainUndefine", |cx| {
        let domain = check::domain(cx, domain)?;
        check::writable(cx, domain.conn())?;
        domain.conn.hv().domain_undefine(cx, &domain.ident(), 0)?;
        Ok(0)
    })
}

/// `virDomainUndefineFlags`: Undefines flags of the domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainUndefineFlags(domain: virDomainPtr, flags: c_uint) -> c_int {
    api!(-1, "virDomainUndefineFlags", |cx| {
        let domain = check::domain(cx, domain)?;
        check::writable(cx, domain.conn())?;
        domain
            .conn
            .hv()
            .domain_undefine(cx, &domain.ident(), flags)?;
        Ok(0)
    })
}

/// `virDomainUpdateDeviceFlags`: Updates device flags of the domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainUpdateDeviceFlags(
    domain: virDomainPtr,
    xml: *const c_char,
    flags: c_uint,
) -> c_int {
    let _ = flags;
    api!(-1, "virDomainUpdateDeviceFlags", |cx| {
        let domain = check::domain(cx, domain)?;
        check::non_null(cx, xml, "xml")?;
        check::writable(cx, domain.conn())?;
        Err(cx.unsupported())
    })
}

/// A new `virDomainPtr` owned by the caller, holding a connection reference.
/// The caller's descriptor array (NULL or a zero count: none).
///
/// # Safety
/// `files` is NULL or points at `n` descriptors (libvirt's contract).
unsafe fn fd_list<'a>(files: *mut c_int, n: c_uint) -> &'a [i32] {
    if files.is_null() || n == 0 {
        return &[];
    }
    // SAFETY: as this function's own contract.
    unsafe { std::slice::from_raw_parts(files, n as usize) }
}

fn new_domain(conn: &Handle<Connect>, id: crate::driver::DomainId) -> virDomainPtr {
    marshal::new_handle(Domain::new(conn.to_arc(), id))
}

/// Makes `domain`'s handle cache the id a start or stop gave it.
/// A file name argument as libvirt's public API passes it on: made
/// absolute and canonical.
unsafe fn canonical(cx: &Cx, p: *const c_char, name: &str) -> Result<String, Error> {
    // SAFETY: `p` is a non-NULL C string from the caller (libvirt's
    // contract), checked by the entry point.
    let s = unsafe { convert::str(cx, p, name)? };
    Ok(crate::util::path::canonicalize(s))
}

fn cache_id(domain: &Handle<Domain>, new_id: Option<i32>) {
    if let Some(id) = new_id {
        domain.set_cached_id(id);
    }
}

/// libvirt refuses memory sizes (KiB) whose byte count would not fit in an
/// `off_t`, before asking the driver; answers the size as a `u64`.
// `c_ulong` is `u64` here but 32 bits on other targets.
#[allow(clippy::useless_conversion)]
fn check_memory_size(cx: &Cx, memory: c_ulong) -> Result<u64, Error> {
    let memory = u64::from(memory);
    if memory >= (i64::MAX as u64) / 1024 {
        return Err(cx.error(
            virErrorNumber::VIR_ERR_OVERFLOW,
            &format!("input too large: {memory}"),
        ));
    }
    Ok(memory)
}

// Tuning: typed parameters between C arrays and the driver's values.

/// `VIR_TYPED_PARAM_STRING_OKAY`, which the public API adds for drivers
/// that take string parameters.
const TYPED_PARAM_STRING_OKAY: c_uint = 1 << 2;

/// The caller's parameters for a "set" call, checked as libvirt's
/// `virTypedParameterValidateSet` does (the test driver takes strings).
///
/// # Safety
/// `params` points to `nparams` parameters.
unsafe fn params_for_set(
    cx: &Cx,
    params: virTypedParameterPtr,
    nparams: c_int,
) -> Result<Vec<crate::driver::TypedParam>> {
    // SAFETY: the callers uphold this function's contract (# Safety).
    let raw = unsafe { std::slice::from_raw_parts(params, nparams.max(0) as usize) };
    for p in raw {
        let field = &p.field;
        if !field.contains(&0) {
            let name: String = field.iter().map(|c| *c as u8 as char).collect();
            return Err(check::invalid_arg(
                cx,
                "params",
                format!("string parameter name '{name}' too long"),
            ));
        }
        // SAFETY: a string parameter's value is a C string or NULL.
        if p.r#type == 7 && unsafe { p.value.s }.is_null() {
            // SAFETY: the field holds a NUL (checked above).
            let name = unsafe { std::ffi::CStr::from_ptr(field.as_ptr()) };
            return Err(check::invalid_arg(
                cx,
                "params",
                format!("NULL string parameter '{}'", name.to_string_lossy()),
            ));
        }
    }
    // SAFETY: as above.
    unsafe { crate::ffi::common::params_from_c(cx, params, nparams) }
}
