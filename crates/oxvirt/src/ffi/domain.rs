//! Entry points declared in `libvirt-domain.h`.

use crate::ffi::prelude::*;

entry_point_domain!(VIR_FROM_DOMAIN);

/// `virConnectDomainEventDeregister`: connect domain event deregister.
#[no_mangle]
pub unsafe extern "C" fn virConnectDomainEventDeregister(
    conn: virConnectPtr,
    cb: virConnectDomainEventCallback,
) -> c_int {
    api(-1, "virConnectDomainEventDeregister", || {
        check::conn(conn)?;
        check::non_null(cb, "cb")?;
        Err(unsupported())
    })
}

/// `virConnectDomainEventDeregisterAny`: connect domain event deregister any.
#[no_mangle]
pub unsafe extern "C" fn virConnectDomainEventDeregisterAny(
    conn: virConnectPtr,
    callbackID: c_int,
) -> c_int {
    api(-1, "virConnectDomainEventDeregisterAny", || {
        check::conn(conn)?;
        check::non_negative(callbackID, "callbackID")?;
        Err(unsupported())
    })
}

/// `virConnectDomainEventRegister`: connect domain event register.
///
/// - `freecb`: (optional) may be NULL
#[no_mangle]
pub unsafe extern "C" fn virConnectDomainEventRegister(
    conn: virConnectPtr,
    cb: virConnectDomainEventCallback,
    opaque: *mut c_void,
    freecb: virFreeCallback,
) -> c_int {
    let _ = opaque;
    let _ = freecb;
    api(-1, "virConnectDomainEventRegister", || {
        check::conn(conn)?;
        check::non_null(cb, "cb")?;
        Err(unsupported())
    })
}

/// `virConnectDomainEventRegisterAny`: connect domain event register any.
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
    let _ = dom;
    let _ = opaque;
    let _ = freecb;
    api(-1, "virConnectDomainEventRegisterAny", || {
        check::conn(conn)?;
        check::non_null(cb, "cb")?;
        check::non_negative(eventID, "eventID")?;
        Err(unsupported())
    })
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
    api(ptr::null_mut(), "virConnectDomainXMLFromNative", || {
        let conn = check::conn(conn)?;
        check::writable(conn.conn())?;
        check::non_null(nativeFormat, "nativeFormat")?;
        check::non_null(nativeConfig, "nativeConfig")?;
        Err(unsupported())
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
    api(ptr::null_mut(), "virConnectDomainXMLToNative", || {
        let conn = check::conn(conn)?;
        check::writable(conn.conn())?;
        check::non_null(nativeFormat, "nativeFormat")?;
        check::non_null(domainXml, "domainXml")?;
        Err(unsupported())
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
    let _ = stats;
    let _ = flags;
    api(-1, "virConnectGetAllDomainStats", || {
        check::conn(conn)?;
        check::non_null(retStats, "retStats")?;
        Err(unsupported())
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
    api(ptr::null_mut(), "virConnectGetDomainCapabilities", || {
        let conn = check::conn(conn)?;
        check::writable(conn.conn())?;
        Err(unsupported())
    })
}

/// `virConnectListAllDomains`: Lists all domains of the connection, as new handles.
#[no_mangle]
pub unsafe extern "C" fn virConnectListAllDomains(
    conn: virConnectPtr,
    domains: *mut *mut virDomainPtr,
    flags: c_uint,
) -> c_int {
    convert::put(domains, ptr::null_mut());
    api(-1, "virConnectListAllDomains", || {
        let c = check::conn(conn)?;
        let list = c.driver.list_all_domains(flags)?;
        if !domains.is_null() {
            // A NULL-terminated array, as libvirt hands it out.
            let mut ptrs: Vec<virDomainPtr> = list.into_iter().map(|d| new_domain(c, d)).collect();
            let n = ptrs.len();
            ptrs.push(ptr::null_mut());
            match convert::c_array(&ptrs) {
                Ok(arr) => *domains = arr,
                Err(e) => {
                    for p in &ptrs[..n] {
                        Handle::decref(*p as *const Handle<Domain>);
                    }
                    return Err(e);
                }
            }
            return Ok(n as c_int);
        }
        Ok(list.len() as c_int)
    })
}

/// `virConnectListDefinedDomains`: Lists the defined domains of the connection.
#[no_mangle]
pub unsafe extern "C" fn virConnectListDefinedDomains(
    conn: virConnectPtr,
    names: *mut *mut c_char,
    maxnames: c_int,
) -> c_int {
    api(-1, "virConnectListDefinedDomains", || {
        let c = check::conn(conn)?;
        check::non_null_array(names, maxnames as i64, "names")?;
        check::non_negative(maxnames, "maxnames")?;
        let list = c.driver.list_defined_domain_names()?;
        let n = list.len().min(maxnames as usize);
        for (i, name) in list.iter().take(n).enumerate() {
            match convert::c_string(name) {
                Ok(p) => *names.add(i) = p,
                Err(e) => {
                    for j in 0..i {
                        libc::free(*names.add(j) as *mut c_void);
                    }
                    return Err(e);
                }
            }
        }
        Ok(n as c_int)
    })
}

/// `virConnectListDomains`: Lists the domains of the connection.
#[no_mangle]
pub unsafe extern "C" fn virConnectListDomains(
    conn: virConnectPtr,
    ids: *mut c_int,
    maxids: c_int,
) -> c_int {
    api(-1, "virConnectListDomains", || {
        let c = check::conn(conn)?;
        check::non_null_array(ids, maxids as i64, "ids")?;
        check::non_negative(maxids, "maxids")?;
        let list = c.driver.list_domain_ids()?;
        let n = list.len().min(maxids as usize);
        for (i, id) in list.iter().take(n).enumerate() {
            *ids.add(i) = *id;
        }
        Ok(n as c_int)
    })
}

/// `virConnectNumOfDefinedDomains`: Counts the defined domains of the connection; -1 on error.
#[no_mangle]
pub unsafe extern "C" fn virConnectNumOfDefinedDomains(conn: virConnectPtr) -> c_int {
    api(-1, "virConnectNumOfDefinedDomains", || {
        Ok(check::conn(conn)?.driver.num_of_defined_domains()? as c_int)
    })
}

/// `virConnectNumOfDomains`: Counts the domains of the connection; -1 on error.
#[no_mangle]
pub unsafe extern "C" fn virConnectNumOfDomains(conn: virConnectPtr) -> c_int {
    api(-1, "virConnectNumOfDomains", || {
        Ok(check::conn(conn)?.driver.num_of_domains()? as c_int)
    })
}

/// `virDomainAbortJob`: Aborts job of the domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainAbortJob(domain: virDomainPtr) -> c_int {
    api(-1, "virDomainAbortJob", || {
        let domain = check::domain(domain)?;
        check::writable(domain.conn())?;
        Err(unsupported())
    })
}

/// `virDomainAbortJobFlags`: Aborts job flags of the domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainAbortJobFlags(domain: virDomainPtr, flags: c_uint) -> c_int {
    let _ = flags;
    api(-1, "virDomainAbortJobFlags", || {
        let domain = check::domain(domain)?;
        check::writable(domain.conn())?;
        Err(unsupported())
    })
}

/// `virDomainAddIOThread`: Adds IO thread on the domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainAddIOThread(
    domain: virDomainPtr,
    iothread_id: c_uint,
    flags: c_uint,
) -> c_int {
    let _ = iothread_id;
    let _ = flags;
    api(-1, "virDomainAddIOThread", || {
        let domain = check::domain(domain)?;
        check::writable(domain.conn())?;
        Err(unsupported())
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
    api(-1, "virDomainAgentSetResponseTimeout", || {
        let domain = check::domain(domain)?;
        check::writable(domain.conn())?;
        Err(unsupported())
    })
}

/// `virDomainAttachDevice`: Attaches device of the domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainAttachDevice(domain: virDomainPtr, xml: *const c_char) -> c_int {
    api(-1, "virDomainAttachDevice", || {
        let domain = check::domain(domain)?;
        check::non_null(xml, "xml")?;
        check::writable(domain.conn())?;
        Err(unsupported())
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
    api(-1, "virDomainAttachDeviceFlags", || {
        let domain = check::domain(domain)?;
        check::non_null(xml, "xml")?;
        check::writable(domain.conn())?;
        Err(unsupported())
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
    api(-1, "virDomainAuthorizedSSHKeysGet", || {
        let domain = check::domain(domain)?;
        check::non_null(user, "user")?;
        check::non_null(keys, "keys")?;
        check::writable(domain.conn())?;
        Err(unsupported())
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
    api(-1, "virDomainAuthorizedSSHKeysSet", || {
        let domain = check::domain(domain)?;
        check::non_null(user, "user")?;
        check::writable(domain.conn())?;
        Err(unsupported())
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
    api(-1, "virDomainBackupBegin", || {
        let domain = check::domain(domain)?;
        check::non_null(backupXML, "backupXML")?;
        check::writable(domain.conn())?;
        Err(unsupported())
    })
}

/// `virDomainBackupGetXMLDesc`: domain backup get XML desc.
#[no_mangle]
pub unsafe extern "C" fn virDomainBackupGetXMLDesc(
    domain: virDomainPtr,
    flags: c_uint,
) -> *mut c_char {
    let _ = flags;
    api(ptr::null_mut(), "virDomainBackupGetXMLDesc", || {
        check::domain(domain)?;
        Err(unsupported())
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
    api(-1, "virDomainBlockCommit", || {
        let dom = check::domain(dom)?;
        check::writable(dom.conn())?;
        check::non_null(disk, "disk")?;
        Err(unsupported())
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
    api(-1, "virDomainBlockCopy", || {
        let dom = check::domain(dom)?;
        check::writable(dom.conn())?;
        check::non_null(disk, "disk")?;
        check::non_null(destxml, "destxml")?;
        check::non_negative(nparams, "nparams")?;
        Err(unsupported())
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
    api(-1, "virDomainBlockJobAbort", || {
        let dom = check::domain(dom)?;
        check::writable(dom.conn())?;
        check::non_null(disk, "disk")?;
        Err(unsupported())
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
    api(-1, "virDomainBlockJobSetSpeed", || {
        let dom = check::domain(dom)?;
        check::writable(dom.conn())?;
        check::non_null(disk, "disk")?;
        Err(unsupported())
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
    api(-1, "virDomainBlockPeek", || {
        let dom = check::domain(dom)?;
        check::writable(dom.conn())?;
        check::non_empty_string(disk, "disk")?;
        Err(unsupported())
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
    api(-1, "virDomainBlockPull", || {
        let dom = check::domain(dom)?;
        check::writable(dom.conn())?;
        check::non_null(disk, "disk")?;
        Err(unsupported())
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
    api(-1, "virDomainBlockRebase", || {
        let dom = check::domain(dom)?;
        check::writable(dom.conn())?;
        check::non_null(disk, "disk")?;
        Err(unsupported())
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
    api(-1, "virDomainBlockResize", || {
        let dom = check::domain(dom)?;
        check::writable(dom.conn())?;
        check::non_null(disk, "disk")?;
        Err(unsupported())
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
    let _ = size;
    api(-1, "virDomainBlockStats", || {
        check::domain(dom)?;
        check::non_null(disk, "disk")?;
        check::non_null(stats, "stats")?;
        Err(unsupported())
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
    api(-1, "virDomainBlockStatsFlags", || {
        check::domain(dom)?;
        check::non_null(disk, "disk")?;
        check::non_null(nparams, "nparams")?;
        check::non_negative(*nparams, "nparams")?;
        Err(unsupported())
    })
}

/// `virDomainCoreDump`: domain core dump.
#[no_mangle]
pub unsafe extern "C" fn virDomainCoreDump(
    domain: virDomainPtr,
    to: *const c_char,
    flags: c_uint,
) -> c_int {
    api(-1, "virDomainCoreDump", || {
        let domain = check::domain(domain)?;
        check::writable(domain.conn())?;
        check::non_null(to, "to")?;
        check::exclusive_flags(
            flags,
            virDomainCoreDumpFlags::VIR_DUMP_CRASH as c_uint,
            "VIR_DUMP_CRASH",
            virDomainCoreDumpFlags::VIR_DUMP_LIVE as c_uint,
            "VIR_DUMP_LIVE",
        )?;
        check::exclusive_flags(
            flags,
            virDomainCoreDumpFlags::VIR_DUMP_CRASH as c_uint,
            "VIR_DUMP_CRASH",
            virDomainCoreDumpFlags::VIR_DUMP_RESET as c_uint,
            "VIR_DUMP_RESET",
        )?;
        check::exclusive_flags(
            flags,
            virDomainCoreDumpFlags::VIR_DUMP_LIVE as c_uint,
            "VIR_DUMP_LIVE",
            virDomainCoreDumpFlags::VIR_DUMP_RESET as c_uint,
            "VIR_DUMP_RESET",
        )?;
        Err(unsupported())
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
    let _ = dumpformat;
    api(-1, "virDomainCoreDumpWithFormat", || {
        let domain = check::domain(domain)?;
        check::writable(domain.conn())?;
        check::non_null(to, "to")?;
        check::exclusive_flags(
            flags,
            virDomainCoreDumpFlags::VIR_DUMP_CRASH as c_uint,
            "VIR_DUMP_CRASH",
            virDomainCoreDumpFlags::VIR_DUMP_LIVE as c_uint,
            "VIR_DUMP_LIVE",
        )?;
        check::exclusive_flags(
            flags,
            virDomainCoreDumpFlags::VIR_DUMP_CRASH as c_uint,
            "VIR_DUMP_CRASH",
            virDomainCoreDumpFlags::VIR_DUMP_RESET as c_uint,
            "VIR_DUMP_RESET",
        )?;
        check::exclusive_flags(
            flags,
            virDomainCoreDumpFlags::VIR_DUMP_LIVE as c_uint,
            "VIR_DUMP_LIVE",
            virDomainCoreDumpFlags::VIR_DUMP_RESET as c_uint,
            "VIR_DUMP_RESET",
        )?;
        Err(unsupported())
    })
}

/// `virDomainCreate`: Creates a domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainCreate(domain: virDomainPtr) -> c_int {
    api(-1, "virDomainCreate", || {
        let domain = check::domain(domain)?;
        check::writable(domain.conn())?;
        Err(unsupported())
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
    virDomainCreateXML(conn, xmlDesc, flags)
}

/// `virDomainCreateWithFiles`: Creates with files on the domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainCreateWithFiles(
    domain: virDomainPtr,
    nfiles: c_uint,
    files: *mut c_int,
    flags: c_uint,
) -> c_int {
    let _ = nfiles;
    let _ = files;
    let _ = flags;
    api(-1, "virDomainCreateWithFiles", || {
        let domain = check::domain(domain)?;
        check::writable(domain.conn())?;
        Err(unsupported())
    })
}

/// `virDomainCreateWithFlags`: Creates with flags on the domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainCreateWithFlags(domain: virDomainPtr, flags: c_uint) -> c_int {
    let _ = flags;
    api(-1, "virDomainCreateWithFlags", || {
        let domain = check::domain(domain)?;
        check::writable(domain.conn())?;
        Err(unsupported())
    })
}

/// `virDomainCreateXML`: Creates XML on the domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainCreateXML(
    conn: virConnectPtr,
    xmlDesc: *const c_char,
    flags: c_uint,
) -> virDomainPtr {
    let _ = flags;
    api(ptr::null_mut(), "virDomainCreateXML", || {
        let conn = check::conn(conn)?;
        check::non_null(xmlDesc, "xmlDesc")?;
        check::writable(conn.conn())?;
        Err(unsupported())
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
    let _ = nfiles;
    let _ = files;
    let _ = flags;
    api(ptr::null_mut(), "virDomainCreateXMLWithFiles", || {
        let conn = check::conn(conn)?;
        check::non_null(xmlDesc, "xmlDesc")?;
        check::writable(conn.conn())?;
        Err(unsupported())
    })
}

/// `virDomainDefineXML`: Defines XML on the domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainDefineXML(
    conn: virConnectPtr,
    xml: *const c_char,
) -> virDomainPtr {
    api(ptr::null_mut(), "virDomainDefineXML", || {
        let conn = check::conn(conn)?;
        check::writable(conn.conn())?;
        check::non_null(xml, "xml")?;
        Err(unsupported())
    })
}

/// `virDomainDefineXMLFlags`: Defines XML flags on the domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainDefineXMLFlags(
    conn: virConnectPtr,
    xml: *const c_char,
    flags: c_uint,
) -> virDomainPtr {
    let _ = flags;
    api(ptr::null_mut(), "virDomainDefineXMLFlags", || {
        let conn = check::conn(conn)?;
        check::writable(conn.conn())?;
        check::non_null(xml, "xml")?;
        Err(unsupported())
    })
}

/// `virDomainDelIOThread`: domain del IO thread.
#[no_mangle]
pub unsafe extern "C" fn virDomainDelIOThread(
    domain: virDomainPtr,
    iothread_id: c_uint,
    flags: c_uint,
) -> c_int {
    let _ = flags;
    api(-1, "virDomainDelIOThread", || {
        let domain = check::domain(domain)?;
        check::writable(domain.conn())?;
        check::non_zero(iothread_id, "iothread_id")?;
        Err(unsupported())
    })
}

/// `virDomainDestroy`: Destroys the domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainDestroy(domain: virDomainPtr) -> c_int {
    api(-1, "virDomainDestroy", || {
        let domain = check::domain(domain)?;
        check::writable(domain.conn())?;
        Err(unsupported())
    })
}

/// `virDomainDestroyFlags`: Destroys flags of the domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainDestroyFlags(domain: virDomainPtr, flags: c_uint) -> c_int {
    let _ = flags;
    api(-1, "virDomainDestroyFlags", || {
        let domain = check::domain(domain)?;
        check::writable(domain.conn())?;
        Err(unsupported())
    })
}

/// `virDomainDetachDevice`: Detaches device of the domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainDetachDevice(domain: virDomainPtr, xml: *const c_char) -> c_int {
    api(-1, "virDomainDetachDevice", || {
        let domain = check::domain(domain)?;
        check::non_null(xml, "xml")?;
        check::writable(domain.conn())?;
        Err(unsupported())
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
    api(-1, "virDomainDetachDeviceAlias", || {
        let domain = check::domain(domain)?;
        check::non_null(alias, "alias")?;
        check::writable(domain.conn())?;
        Err(unsupported())
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
    api(-1, "virDomainDetachDeviceFlags", || {
        let domain = check::domain(domain)?;
        check::non_null(xml, "xml")?;
        check::writable(domain.conn())?;
        Err(unsupported())
    })
}

/// `virDomainFDAssociate`: domain FD associate.
///
/// - `flags`: (optional) 0 for the default
// bootstrap: checks not carried over: virCheckReadOnlyGoto(conn->flags, error);
#[no_mangle]
pub unsafe extern "C" fn virDomainFDAssociate(
    domain: virDomainPtr,
    name: *const c_char,
    nfds: c_uint,
    fds: *mut c_int,
    flags: c_uint,
) -> c_int {
    let _ = domain;
    let _ = name;
    let _ = flags;
    api(-1, "virDomainFDAssociate", || {
        check::non_zero(nfds, "nfds")?;
        check::non_null(fds, "fds")?;
        Err(unsupported())
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
    let _ = flags;
    api(-1, "virDomainFSFreeze", || {
        let dom = check::domain(dom)?;
        check::writable(dom.conn())?;
        check::non_null_array(mountpoints, nmountpoints as i64, "mountpoints")?;
        Err(unsupported())
    })
}

/// `virDomainFSInfoFree`: domain FS info free.
#[no_mangle]
pub unsafe extern "C" fn virDomainFSInfoFree(info: virDomainFSInfoPtr) {
    // libvirt: freeing NULL does nothing and leaves the last error alone.
    if info.is_null() {
        return;
    }
    api((), "virDomainFSInfoFree", || Err(unsupported()))
}

/// `virDomainFSThaw`: domain FS thaw.
#[no_mangle]
pub unsafe extern "C" fn virDomainFSThaw(
    dom: virDomainPtr,
    mountpoints: *mut *const c_char,
    nmountpoints: c_uint,
    flags: c_uint,
) -> c_int {
    let _ = flags;
    api(-1, "virDomainFSThaw", || {
        let dom = check::domain(dom)?;
        check::writable(dom.conn())?;
        check::non_null_array(mountpoints, nmountpoints as i64, "mountpoints")?;
        Err(unsupported())
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
    let _ = mountPoint;
    let _ = minimum;
    let _ = flags;
    api(-1, "virDomainFSTrim", || {
        let dom = check::domain(dom)?;
        check::writable(dom.conn())?;
        Err(unsupported())
    })
}

/// `virDomainFree`: Releases the caller's reference to a domain; it is freed with its last reference.
#[no_mangle]
pub unsafe extern "C" fn virDomainFree(domain: virDomainPtr) -> c_int {
    api(-1, "virDomainFree", || {
        let d = check::domain(domain)?;
        Handle::decref(d as *const Handle<Domain>);
        Ok(0)
    })
}

/// `virDomainGetAutostart`: Gets the domain's autostart.
#[no_mangle]
pub unsafe extern "C" fn virDomainGetAutostart(
    domain: virDomainPtr,
    autostart: *mut c_int,
) -> c_int {
    api(-1, "virDomainGetAutostart", || {
        check::domain(domain)?;
        check::non_null(autostart, "autostart")?;
        Err(unsupported())
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
    let _ = params;
    let _ = flags;
    api(-1, "virDomainGetBlkioParameters", || {
        check::domain(domain)?;
        check::non_null(nparams, "nparams")?;
        check::non_negative(*nparams, "nparams")?;
        Err(unsupported())
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
    let _ = flags;
    api(-1, "virDomainGetBlockInfo", || {
        check::domain(domain)?;
        check::non_empty_string(disk, "disk")?;
        check::non_null(info, "info")?;
        Err(unsupported())
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
    let _ = disk;
    let _ = params;
    let _ = flags;
    api(-1, "virDomainGetBlockIoTune", || {
        check::domain(dom)?;
        check::non_null(nparams, "nparams")?;
        check::non_negative(*nparams, "nparams")?;
        Err(unsupported())
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
    api(-1, "virDomainGetBlockJobInfo", || {
        check::domain(dom)?;
        check::non_null(disk, "disk")?;
        check::non_null(info, "info")?;
        Err(unsupported())
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
    let _ = params;
    let _ = nparams;
    let _ = start_cpu;
    let _ = ncpus;
    let _ = flags;
    api(-1, "virDomainGetCPUStats", || {
        check::domain(domain)?;
        Err(unsupported())
    })
}

/// `virDomainGetConnect`: Returns the connection the domain belongs to (no new reference).
#[no_mangle]
pub unsafe extern "C" fn virDomainGetConnect(dom: virDomainPtr) -> virConnectPtr {
    // Borrowed: the caller does not own a reference to the connection.
    api(ptr::null_mut(), "virDomainGetConnect", || {
        Ok(std::sync::Arc::as_ptr(&check::domain(dom)?.conn) as virConnectPtr)
    })
}

/// `virDomainGetControlInfo`: Gets the domain's control info.
#[no_mangle]
pub unsafe extern "C" fn virDomainGetControlInfo(
    domain: virDomainPtr,
    info: virDomainControlInfoPtr,
    flags: c_uint,
) -> c_int {
    let _ = flags;
    api(-1, "virDomainGetControlInfo", || {
        check::domain(domain)?;
        check::non_null(info, "info")?;
        Err(unsupported())
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
    let _ = flags;
    api(-1, "virDomainGetDiskErrors", || {
        check::domain(dom)?;
        check::non_null_array(errors, maxerrors as i64, "errors")?;
        Err(unsupported())
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
    let _ = flags;
    api(-1, "virDomainGetEmulatorPinInfo", || {
        check::domain(domain)?;
        check::non_null(cpumap, "cpumap")?;
        check::positive(maplen, "maplen")?;
        Err(unsupported())
    })
}

/// `virDomainGetFSInfo`: Gets the domain's FS info.
#[no_mangle]
pub unsafe extern "C" fn virDomainGetFSInfo(
    dom: virDomainPtr,
    info: *mut *mut virDomainFSInfoPtr,
    flags: c_uint,
) -> c_int {
    let _ = flags;
    api(-1, "virDomainGetFSInfo", || {
        let dom = check::domain(dom)?;
        check::writable(dom.conn())?;
        check::non_null(info, "info")?;
        Err(unsupported())
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
    api(-1, "virDomainGetGuestInfo", || {
        let domain = check::domain(domain)?;
        check::writable(domain.conn())?;
        check::non_null(params, "params")?;
        check::non_null(nparams, "nparams")?;
        Err(unsupported())
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
    api(-1, "virDomainGetGuestVcpus", || {
        let domain = check::domain(domain)?;
        check::writable(domain.conn())?;
        check::non_null(params, "params")?;
        check::non_null(nparams, "nparams")?;
        Err(unsupported())
    })
}

/// `virDomainGetHostname`: Gets the domain's hostname.
#[no_mangle]
pub unsafe extern "C" fn virDomainGetHostname(domain: virDomainPtr, flags: c_uint) -> *mut c_char {
    let _ = flags;
    api(ptr::null_mut(), "virDomainGetHostname", || {
        let domain = check::domain(domain)?;
        check::writable(domain.conn())?;
        Err(unsupported())
    })
}

/// `virDomainGetID`: Gets the domain's ID.
#[no_mangle]
pub unsafe extern "C" fn virDomainGetID(domain: virDomainPtr) -> c_uint {
    api(c_uint::MAX, "virDomainGetID", || {
        Ok(check::domain(domain)?.id.id as c_uint)
    })
}

/// `virDomainGetIOThreadInfo`: Gets the domain's IO thread info.
#[no_mangle]
pub unsafe extern "C" fn virDomainGetIOThreadInfo(
    dom: virDomainPtr,
    info: *mut *mut virDomainIOThreadInfoPtr,
    flags: c_uint,
) -> c_int {
    let _ = flags;
    api(-1, "virDomainGetIOThreadInfo", || {
        check::domain(dom)?;
        check::non_null(info, "info")?;
        Err(unsupported())
    })
}

/// `virDomainGetInfo`: Gets the domain's info.
#[no_mangle]
pub unsafe extern "C" fn virDomainGetInfo(domain: virDomainPtr, info: virDomainInfoPtr) -> c_int {
    if !info.is_null() {
        info.write(std::mem::zeroed());
    }
    api(-1, "virDomainGetInfo", || {
        let d = check::domain(domain)?;
        check::non_null(info, "info")?;
        let i = d.conn.driver.domain_get_info(&d.id)?;
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
    let _ = device;
    let _ = params;
    let _ = flags;
    api(-1, "virDomainGetInterfaceParameters", || {
        check::domain(domain)?;
        check::non_null(nparams, "nparams")?;
        check::non_negative(*nparams, "nparams")?;
        Err(unsupported())
    })
}

/// `virDomainGetJobInfo`: Gets the domain's job info.
#[no_mangle]
pub unsafe extern "C" fn virDomainGetJobInfo(
    domain: virDomainPtr,
    info: virDomainJobInfoPtr,
) -> c_int {
    api(-1, "virDomainGetJobInfo", || {
        check::domain(domain)?;
        check::non_null(info, "info")?;
        Err(unsupported())
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
    api(-1, "virDomainGetJobStats", || {
        check::domain(domain)?;
        check::non_null(r#type, "type")?;
        check::non_null(params, "params")?;
        check::non_null(nparams, "nparams")?;
        Err(unsupported())
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
    let _ = flags;
    api(-1, "virDomainGetLaunchSecurityInfo", || {
        let domain = check::domain(domain)?;
        check::non_null(params, "params")?;
        check::non_null(nparams, "nparams")?;
        check::writable(domain.conn())?;
        Err(unsupported())
    })
}

/// `virDomainGetMaxMemory`: Gets the domain's max memory.
#[no_mangle]
pub unsafe extern "C" fn virDomainGetMaxMemory(domain: virDomainPtr) -> c_ulong {
    api(0, "virDomainGetMaxMemory", || {
        let d = check::domain(domain)?;
        Ok(d.conn.driver.domain_get_max_memory(&d.id)? as c_ulong)
    })
}

/// `virDomainGetMaxVcpus`: Gets the domain's max vcpus.
#[no_mangle]
pub unsafe extern "C" fn virDomainGetMaxVcpus(domain: virDomainPtr) -> c_int {
    api(-1, "virDomainGetMaxVcpus", || {
        check::domain(domain)?;
        Err(unsupported())
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
    let _ = params;
    let _ = flags;
    api(-1, "virDomainGetMemoryParameters", || {
        check::domain(domain)?;
        check::non_null(nparams, "nparams")?;
        check::non_negative(*nparams, "nparams")?;
        Err(unsupported())
    })
}

/// `virDomainGetMessages`: Gets the domain's messages.
#[no_mangle]
pub unsafe extern "C" fn virDomainGetMessages(
    domain: virDomainPtr,
    msgs: *mut *mut *mut c_char,
    flags: c_uint,
) -> c_int {
    let _ = flags;
    api(-1, "virDomainGetMessages", || {
        check::domain(domain)?;
        check::non_null(msgs, "msgs")?;
        Err(unsupported())
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
    let _ = r#type;
    let _ = uri;
    let _ = flags;
    api(ptr::null_mut(), "virDomainGetMetadata", || {
        check::domain(domain)?;
        Err(unsupported())
    })
}

/// `virDomainGetName`: Gets the domain's name.
#[no_mangle]
pub unsafe extern "C" fn virDomainGetName(domain: virDomainPtr) -> *const c_char {
    api(ptr::null(), "virDomainGetName", || {
        Ok(check::domain(domain)?.c_name.as_ptr())
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
    let _ = params;
    let _ = flags;
    api(-1, "virDomainGetNumaParameters", || {
        check::domain(domain)?;
        check::non_null(nparams, "nparams")?;
        check::non_negative(*nparams, "nparams")?;
        Err(unsupported())
    })
}

/// `virDomainGetOSType`: Gets the domain's OS type.
#[no_mangle]
pub unsafe extern "C" fn virDomainGetOSType(domain: virDomainPtr) -> *mut c_char {
    api(ptr::null_mut(), "virDomainGetOSType", || {
        let d = check::domain(domain)?;
        convert::c_string(&d.conn.driver.domain_get_os_type(&d.id)?)
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
    let _ = flags;
    api(-1, "virDomainGetPerfEvents", || {
        check::domain(domain)?;
        check::non_null(params, "params")?;
        check::non_null(nparams, "nparams")?;
        Err(unsupported())
    })
}

/// `virDomainGetSchedulerParameters`: Gets the domain's scheduler parameters.
#[no_mangle]
pub unsafe extern "C" fn virDomainGetSchedulerParameters(
    domain: virDomainPtr,
    params: virTypedParameterPtr,
    nparams: *mut c_int,
) -> c_int {
    api(-1, "virDomainGetSchedulerParameters", || {
        check::domain(domain)?;
        check::non_null(params, "params")?;
        check::non_null(nparams, "nparams")?;
        check::positive(*nparams, "nparams")?;
        Err(unsupported())
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
    let _ = flags;
    api(-1, "virDomainGetSchedulerParametersFlags", || {
        check::domain(domain)?;
        check::non_null(params, "params")?;
        check::non_null(nparams, "nparams")?;
        check::positive(*nparams, "nparams")?;
        Err(unsupported())
    })
}

/// `virDomainGetSchedulerType`: Gets the domain's scheduler type.
#[no_mangle]
pub unsafe extern "C" fn virDomainGetSchedulerType(
    domain: virDomainPtr,
    nparams: *mut c_int,
) -> *mut c_char {
    let _ = nparams;
    api(ptr::null_mut(), "virDomainGetSchedulerType", || {
        check::domain(domain)?;
        Err(unsupported())
    })
}

/// `virDomainGetSecurityLabel`: Gets the domain's security label.
#[no_mangle]
pub unsafe extern "C" fn virDomainGetSecurityLabel(
    domain: virDomainPtr,
    seclabel: virSecurityLabelPtr,
) -> c_int {
    api(-1, "virDomainGetSecurityLabel", || {
        check::domain(domain)?;
        check::non_null(seclabel, "seclabel")?;
        Err(unsupported())
    })
}

/// `virDomainGetSecurityLabelList`: Gets the domain's security label list.
#[no_mangle]
pub unsafe extern "C" fn virDomainGetSecurityLabelList(
    domain: virDomainPtr,
    seclabels: *mut virSecurityLabelPtr,
) -> c_int {
    api(-1, "virDomainGetSecurityLabelList", || {
        check::domain(domain)?;
        check::non_null(seclabels, "seclabels")?;
        Err(unsupported())
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
    api(-1, "virDomainGetState", || {
        let d = check::domain(domain)?;
        check::non_null(state, "state")?;
        let (s, r) = d.conn.driver.domain_get_state(&d.id, flags)?;
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
    let _ = seconds;
    let _ = nseconds;
    let _ = flags;
    api(-1, "virDomainGetTime", || {
        let dom = check::domain(dom)?;
        check::writable(dom.conn())?;
        Err(unsupported())
    })
}

/// `virDomainGetUUID`: Gets the domain's UUID.
#[no_mangle]
pub unsafe extern "C" fn virDomainGetUUID(domain: virDomainPtr, uuid: *mut c_uchar) -> c_int {
    api(-1, "virDomainGetUUID", || {
        let d = check::domain(domain)?;
        check::non_null(uuid, "uuid")?;
        ptr::copy_nonoverlapping(d.id.uuid.as_ptr(), uuid, 16);
        Ok(0)
    })
}

/// `virDomainGetUUIDString`: Gets the domain's UUID string.
#[no_mangle]
pub unsafe extern "C" fn virDomainGetUUIDString(domain: virDomainPtr, buf: *mut c_char) -> c_int {
    api(-1, "virDomainGetUUIDString", || {
        let d = check::domain(domain)?;
        check::non_null(buf, "buf")?;
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
    let _ = flags;
    api(-1, "virDomainGetVcpuPinInfo", || {
        check::domain(domain)?;
        check::non_null_array(cpumaps, ncpumaps as i64, "cpumaps")?;
        check::positive(ncpumaps, "ncpumaps")?;
        check::positive(maplen, "maplen")?;
        Err(unsupported())
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
    let _ = cpumaps;
    let _ = maplen;
    api(-1, "virDomainGetVcpus", || {
        check::domain(domain)?;
        check::non_null(info, "info")?;
        check::positive(maxinfo, "maxinfo")?;
        Err(unsupported())
    })
}

/// `virDomainGetVcpusFlags`: Gets the domain's vcpus flags.
#[no_mangle]
pub unsafe extern "C" fn virDomainGetVcpusFlags(domain: virDomainPtr, flags: c_uint) -> c_int {
    let _ = flags;
    api(-1, "virDomainGetVcpusFlags", || {
        check::domain(domain)?;
        Err(unsupported())
    })
}

/// `virDomainGetXMLDesc`: Gets the domain's XML desc.
#[no_mangle]
pub unsafe extern "C" fn virDomainGetXMLDesc(domain: virDomainPtr, flags: c_uint) -> *mut c_char {
    api(ptr::null_mut(), "virDomainGetXMLDesc", || {
        let d = check::domain(domain)?;
        let secret = virDomainXMLFlags::VIR_DOMAIN_XML_SECURE as c_uint
            | virDomainXMLFlags::VIR_DOMAIN_XML_MIGRATABLE as c_uint;
        if d.conn.read_only && flags & secret != 0 {
            return Err(Error::new(
                virErrorDomain::VIR_FROM_DOMAIN,
                virErrorNumber::VIR_ERR_OPERATION_DENIED,
                Some("virDomainGetXMLDesc with secure flag"),
            ));
        }
        convert::c_string(&d.conn.driver.domain_get_xml_desc(&d.id, flags)?)
    })
}

/// `virDomainHasManagedSaveImage`: Tells whether the domain has managed save image: 1 if so, 0 if not, -1 on error.
#[no_mangle]
pub unsafe extern "C" fn virDomainHasManagedSaveImage(dom: virDomainPtr, flags: c_uint) -> c_int {
    let _ = flags;
    api(-1, "virDomainHasManagedSaveImage", || {
        check::domain(dom)?;
        Err(unsupported())
    })
}

/// `virDomainIOThreadInfoFree`: domain IO thread info free.
#[no_mangle]
pub unsafe extern "C" fn virDomainIOThreadInfoFree(info: virDomainIOThreadInfoPtr) {
    // libvirt: freeing NULL does nothing and leaves the last error alone.
    if info.is_null() {
        return;
    }
    api((), "virDomainIOThreadInfoFree", || Err(unsupported()))
}

/// `virDomainInjectNMI`: domain inject NMI.
#[no_mangle]
pub unsafe extern "C" fn virDomainInjectNMI(domain: virDomainPtr, flags: c_uint) -> c_int {
    let _ = flags;
    api(-1, "virDomainInjectNMI", || {
        let domain = check::domain(domain)?;
        check::writable(domain.conn())?;
        Err(unsupported())
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
    let _ = source;
    let _ = flags;
    api(-1, "virDomainInterfaceAddresses", || {
        check::domain(dom)?;
        check::non_null(ifaces, "ifaces")?;
        Err(unsupported())
    })
}

/// `virDomainInterfaceFree`: domain interface free.
#[no_mangle]
pub unsafe extern "C" fn virDomainInterfaceFree(iface: virDomainInterfacePtr) {
    // libvirt: freeing NULL does nothing and leaves the last error alone.
    if iface.is_null() {
        return;
    }
    api((), "virDomainInterfaceFree", || Err(unsupported()))
}

/// `virDomainInterfaceStats`: domain interface stats.
#[no_mangle]
pub unsafe extern "C" fn virDomainInterfaceStats(
    dom: virDomainPtr,
    device: *const c_char,
    stats: virDomainInterfaceStatsPtr,
    size: usize,
) -> c_int {
    let _ = size;
    api(-1, "virDomainInterfaceStats", || {
        check::domain(dom)?;
        check::non_null(device, "device")?;
        check::non_null(stats, "stats")?;
        Err(unsupported())
    })
}

/// `virDomainIsActive`: Tells whether the domain is active: 1 if so, 0 if not, -1 on error.
#[no_mangle]
pub unsafe extern "C" fn virDomainIsActive(dom: virDomainPtr) -> c_int {
    api(-1, "virDomainIsActive", || {
        let d = check::domain(dom)?;
        Ok(d.conn.driver.domain_is_active(&d.id)? as c_int)
    })
}

/// `virDomainIsPersistent`: Tells whether the domain is persistent: 1 if so, 0 if not, -1 on error.
#[no_mangle]
pub unsafe extern "C" fn virDomainIsPersistent(dom: virDomainPtr) -> c_int {
    api(-1, "virDomainIsPersistent", || {
        let d = check::domain(dom)?;
        Ok(d.conn.driver.domain_is_persistent(&d.id)? as c_int)
    })
}

/// `virDomainIsUpdated`: Tells whether the domain is updated: 1 if so, 0 if not, -1 on error.
#[no_mangle]
pub unsafe extern "C" fn virDomainIsUpdated(dom: virDomainPtr) -> c_int {
    api(-1, "virDomainIsUpdated", || {
        let d = check::domain(dom)?;
        Ok(d.conn.driver.domain_is_updated(&d.id)? as c_int)
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
    let _ = stats;
    let _ = flags;
    api(-1, "virDomainListGetStats", || {
        check::non_null(doms, "doms")?;
        check::non_null(retStats, "retStats")?;
        Err(unsupported())
    })
}

/// `virDomainLookupByID`: Looks up a domain by ID; returns a new handle, or NULL if there is none.
#[no_mangle]
pub unsafe extern "C" fn virDomainLookupByID(conn: virConnectPtr, id: c_int) -> virDomainPtr {
    api(ptr::null_mut(), "virDomainLookupByID", || {
        let c = check::conn(conn)?;
        check::non_negative(id, "id")?;
        Ok(new_domain(c, c.driver.domain_lookup_by_id(id)?))
    })
}

/// `virDomainLookupByName`: Looks up a domain by name; returns a new handle, or NULL if there is none.
#[no_mangle]
pub unsafe extern "C" fn virDomainLookupByName(
    conn: virConnectPtr,
    name: *const c_char,
) -> virDomainPtr {
    api(ptr::null_mut(), "virDomainLookupByName", || {
        let c = check::conn(conn)?;
        let name = convert::str(name, "name")?;
        Ok(new_domain(c, c.driver.domain_lookup_by_name(name)?))
    })
}

/// `virDomainLookupByUUID`: Looks up a domain by UUID; returns a new handle, or NULL if there is none.
#[no_mangle]
pub unsafe extern "C" fn virDomainLookupByUUID(
    conn: virConnectPtr,
    uuid: *const c_uchar,
) -> virDomainPtr {
    api(ptr::null_mut(), "virDomainLookupByUUID", || {
        let c = check::conn(conn)?;
        check::non_null(uuid, "uuid")?;
        let uuid = &*(uuid as *const [u8; 16]);
        Ok(new_domain(c, c.driver.domain_lookup_by_uuid(uuid)?))
    })
}

/// `virDomainLookupByUUIDString`: Looks up a domain by UUID string; returns a new handle, or NULL if there is none.
#[no_mangle]
pub unsafe extern "C" fn virDomainLookupByUUIDString(
    conn: virConnectPtr,
    uuidstr: *const c_char,
) -> virDomainPtr {
    api(ptr::null_mut(), "virDomainLookupByUUIDString", || {
        let c = check::conn(conn)?;
        let text = convert::str(uuidstr, "uuidstr")?;
        let uuid = convert::parse_uuid(text).ok_or_else(|| {
            Error::new(
                virErrorDomain::VIR_FROM_DOMAIN,
                virErrorNumber::VIR_ERR_INVALID_ARG,
                Some("Invalid UUID"),
            )
        })?;
        Ok(new_domain(c, c.driver.domain_lookup_by_uuid(&uuid)?))
    })
}

/// `virDomainManagedSave`: domain managed save.
#[no_mangle]
pub unsafe extern "C" fn virDomainManagedSave(dom: virDomainPtr, flags: c_uint) -> c_int {
    let _ = flags;
    api(-1, "virDomainManagedSave", || {
        let dom = check::domain(dom)?;
        check::writable(dom.conn())?;
        Err(unsupported())
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
    api(-1, "virDomainManagedSaveDefineXML", || {
        let domain = check::domain(domain)?;
        check::writable(domain.conn())?;
        Err(unsupported())
    })
}

/// `virDomainManagedSaveGetXMLDesc`: domain managed save get XML desc.
#[no_mangle]
pub unsafe extern "C" fn virDomainManagedSaveGetXMLDesc(
    domain: virDomainPtr,
    flags: c_uint,
) -> *mut c_char {
    let _ = flags;
    api(ptr::null_mut(), "virDomainManagedSaveGetXMLDesc", || {
        check::domain(domain)?;
        Err(unsupported())
    })
}

/// `virDomainManagedSaveRemove`: domain managed save remove.
#[no_mangle]
pub unsafe extern "C" fn virDomainManagedSaveRemove(dom: virDomainPtr, flags: c_uint) -> c_int {
    let _ = flags;
    api(-1, "virDomainManagedSaveRemove", || {
        let dom = check::domain(dom)?;
        check::writable(dom.conn())?;
        Err(unsupported())
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
    let _ = start;
    let _ = size;
    let _ = buffer;
    api(-1, "virDomainMemoryPeek", || {
        let dom = check::domain(dom)?;
        check::writable(dom.conn())?;
        check::exclusive_flags(
            flags,
            virDomainMemoryFlags::VIR_MEMORY_VIRTUAL as c_uint,
            "VIR_MEMORY_VIRTUAL",
            virDomainMemoryFlags::VIR_MEMORY_PHYSICAL as c_uint,
            "VIR_MEMORY_PHYSICAL",
        )?;
        Err(unsupported())
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
    let _ = stats;
    let _ = nr_stats;
    let _ = flags;
    api(-1, "virDomainMemoryStats", || {
        check::domain(dom)?;
        Err(unsupported())
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
    api(ptr::null_mut(), "virDomainMigrate", || {
        let domain = check::domain(domain)?;
        check::writable(domain.conn())?;
        let dconn = check::conn(dconn)?;
        check::writable(dconn.conn())?;
        Err(unsupported())
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
    api(ptr::null_mut(), "virDomainMigrate2", || {
        let domain = check::domain(domain)?;
        check::writable(domain.conn())?;
        let dconn = check::conn(dconn)?;
        check::writable(dconn.conn())?;
        Err(unsupported())
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
    api(ptr::null_mut(), "virDomainMigrate3", || {
        let domain = check::domain(domain)?;
        check::writable(domain.conn())?;
        let dconn = check::conn(dconn)?;
        check::writable(dconn.conn())?;
        Err(unsupported())
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
    api(-1, "virDomainMigrateGetCompressionCache", || {
        check::domain(domain)?;
        check::non_null(cacheSize, "cacheSize")?;
        Err(unsupported())
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
    api(-1, "virDomainMigrateGetMaxDowntime", || {
        check::domain(domain)?;
        check::non_null(downtime, "downtime")?;
        Err(unsupported())
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
    api(-1, "virDomainMigrateGetMaxSpeed", || {
        let domain = check::domain(domain)?;
        check::non_null(bandwidth, "bandwidth")?;
        check::writable(domain.conn())?;
        Err(unsupported())
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
    api(-1, "virDomainMigrateSetCompressionCache", || {
        let domain = check::domain(domain)?;
        check::writable(domain.conn())?;
        Err(unsupported())
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
    api(-1, "virDomainMigrateSetMaxDowntime", || {
        let domain = check::domain(domain)?;
        check::writable(domain.conn())?;
        Err(unsupported())
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
    api(-1, "virDomainMigrateSetMaxSpeed", || {
        let domain = check::domain(domain)?;
        check::writable(domain.conn())?;
        Err(unsupported())
    })
}

/// `virDomainMigrateStartPostCopy`: domain migrate start post copy.
#[no_mangle]
pub unsafe extern "C" fn virDomainMigrateStartPostCopy(
    domain: virDomainPtr,
    flags: c_uint,
) -> c_int {
    let _ = flags;
    api(-1, "virDomainMigrateStartPostCopy", || {
        let domain = check::domain(domain)?;
        check::writable(domain.conn())?;
        Err(unsupported())
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
    api(-1, "virDomainMigrateToURI", || {
        let domain = check::domain(domain)?;
        check::writable(domain.conn())?;
        check::non_null(duri, "duri")?;
        Err(unsupported())
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
    api(-1, "virDomainMigrateToURI2", || {
        let domain = check::domain(domain)?;
        check::writable(domain.conn())?;
        Err(unsupported())
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
    api(-1, "virDomainMigrateToURI3", || {
        let domain = check::domain(domain)?;
        check::writable(domain.conn())?;
        Err(unsupported())
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
    api(-1, "virDomainOpenChannel", || {
        let dom = check::domain(dom)?;
        check::stream(st)?;
        check::writable(dom.conn())?;
        Err(unsupported())
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
    api(-1, "virDomainOpenConsole", || {
        let dom = check::domain(dom)?;
        check::stream(st)?;
        check::writable(dom.conn())?;
        Err(unsupported())
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
    api(-1, "virDomainOpenGraphics", || {
        let dom = check::domain(dom)?;
        check::non_negative(fd, "fd")?;
        check::writable(dom.conn())?;
        Err(unsupported())
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
    api(-1, "virDomainOpenGraphicsFD", || {
        let dom = check::domain(dom)?;
        check::writable(dom.conn())?;
        Err(unsupported())
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
    api(-1, "virDomainPMSuspendForDuration", || {
        let dom = check::domain(dom)?;
        check::writable(dom.conn())?;
        Err(unsupported())
    })
}

/// `virDomainPMWakeup`: domain PM wakeup.
#[no_mangle]
pub unsafe extern "C" fn virDomainPMWakeup(dom: virDomainPtr, flags: c_uint) -> c_int {
    let _ = flags;
    api(-1, "virDomainPMWakeup", || {
        let dom = check::domain(dom)?;
        check::writable(dom.conn())?;
        Err(unsupported())
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
    let _ = flags;
    api(-1, "virDomainPinEmulator", || {
        let domain = check::domain(domain)?;
        check::writable(domain.conn())?;
        check::non_null(cpumap, "cpumap")?;
        check::positive(maplen, "maplen")?;
        Err(unsupported())
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
    let _ = iothread_id;
    let _ = flags;
    api(-1, "virDomainPinIOThread", || {
        let domain = check::domain(domain)?;
        check::writable(domain.conn())?;
        check::non_null(cpumap, "cpumap")?;
        check::positive(maplen, "maplen")?;
        Err(unsupported())
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
    let _ = vcpu;
    api(-1, "virDomainPinVcpu", || {
        let domain = check::domain(domain)?;
        check::writable(domain.conn())?;
        check::non_null(cpumap, "cpumap")?;
        check::positive(maplen, "maplen")?;
        Err(unsupported())
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
    let _ = vcpu;
    let _ = flags;
    api(-1, "virDomainPinVcpuFlags", || {
        let domain = check::domain(domain)?;
        check::writable(domain.conn())?;
        check::non_null(cpumap, "cpumap")?;
        check::positive(maplen, "maplen")?;
        Err(unsupported())
    })
}

/// `virDomainReboot`: Reboots the domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainReboot(domain: virDomainPtr, flags: c_uint) -> c_int {
    let _ = flags;
    api(-1, "virDomainReboot", || {
        let domain = check::domain(domain)?;
        check::writable(domain.conn())?;
        Err(unsupported())
    })
}

/// `virDomainRef`: Takes one more reference to a domain; release it with the matching free call.
#[no_mangle]
pub unsafe extern "C" fn virDomainRef(domain: virDomainPtr) -> c_int {
    api(-1, "virDomainRef", || {
        let d = check::domain(domain)?;
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
    let _ = flags;
    api(-1, "virDomainRename", || {
        let dom = check::domain(dom)?;
        check::non_empty_string(new_name, "new_name")?;
        check::writable(dom.conn())?;
        Err(unsupported())
    })
}

/// `virDomainReset`: Resets the domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainReset(domain: virDomainPtr, flags: c_uint) -> c_int {
    let _ = flags;
    api(-1, "virDomainReset", || {
        let domain = check::domain(domain)?;
        check::writable(domain.conn())?;
        Err(unsupported())
    })
}

/// `virDomainRestore`: Restores the domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainRestore(conn: virConnectPtr, from: *const c_char) -> c_int {
    api(-1, "virDomainRestore", || {
        let conn = check::conn(conn)?;
        check::writable(conn.conn())?;
        check::non_null(from, "from")?;
        Err(unsupported())
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
    let _ = dxml;
    let _ = flags;
    api(-1, "virDomainRestoreFlags", || {
        let conn = check::conn(conn)?;
        check::writable(conn.conn())?;
        check::non_null(from, "from")?;
        Err(unsupported())
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
    api(-1, "virDomainRestoreParams", || {
        let conn = check::conn(conn)?;
        check::writable(conn.conn())?;
        Err(unsupported())
    })
}

/// `virDomainResume`: Resumes the domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainResume(domain: virDomainPtr) -> c_int {
    api(-1, "virDomainResume", || {
        let domain = check::domain(domain)?;
        check::writable(domain.conn())?;
        Err(unsupported())
    })
}

/// `virDomainSave`: Saves the domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainSave(domain: virDomainPtr, to: *const c_char) -> c_int {
    api(-1, "virDomainSave", || {
        let domain = check::domain(domain)?;
        check::writable(domain.conn())?;
        check::non_null(to, "to")?;
        Err(unsupported())
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
    let _ = dxml;
    let _ = flags;
    api(-1, "virDomainSaveFlags", || {
        let domain = check::domain(domain)?;
        check::writable(domain.conn())?;
        check::non_null(to, "to")?;
        Err(unsupported())
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
    let _ = flags;
    api(-1, "virDomainSaveImageDefineXML", || {
        let conn = check::conn(conn)?;
        check::writable(conn.conn())?;
        check::non_null(file, "file")?;
        check::non_null(dxml, "dxml")?;
        Err(unsupported())
    })
}

/// `virDomainSaveImageGetXMLDesc`: Saves image get XML desc of the domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainSaveImageGetXMLDesc(
    conn: virConnectPtr,
    file: *const c_char,
    flags: c_uint,
) -> *mut c_char {
    let _ = flags;
    api(ptr::null_mut(), "virDomainSaveImageGetXMLDesc", || {
        let conn = check::conn(conn)?;
        check::non_null(file, "file")?;
        check::writable(conn.conn())?;
        Err(unsupported())
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
    api(-1, "virDomainSaveParams", || {
        let domain = check::domain(domain)?;
        check::writable(domain.conn())?;
        Err(unsupported())
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
    let _ = screen;
    let _ = flags;
    api(ptr::null_mut(), "virDomainScreenshot", || {
        let domain = check::domain(domain)?;
        check::stream(stream)?;
        check::writable(domain.conn())?;
        Err(unsupported())
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
    let _ = codeset;
    let _ = holdtime;
    let _ = flags;
    api(-1, "virDomainSendKey", || {
        let domain = check::domain(domain)?;
        check::writable(domain.conn())?;
        check::non_null(keycodes, "keycodes")?;
        check::positive(nkeycodes, "nkeycodes")?;
        Err(unsupported())
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
    let _ = signum;
    let _ = flags;
    api(-1, "virDomainSendProcessSignal", || {
        let domain = check::domain(domain)?;
        check::non_zero(pid_value, "pid_value")?;
        check::writable(domain.conn())?;
        Err(unsupported())
    })
}

/// `virDomainSetAutostart`: Sets the domain's autostart.
#[no_mangle]
pub unsafe extern "C" fn virDomainSetAutostart(domain: virDomainPtr, autostart: c_int) -> c_int {
    let _ = autostart;
    api(-1, "virDomainSetAutostart", || {
        let domain = check::domain(domain)?;
        check::writable(domain.conn())?;
        Err(unsupported())
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
    let _ = flags;
    api(-1, "virDomainSetBlkioParameters", || {
        let domain = check::domain(domain)?;
        check::writable(domain.conn())?;
        check::non_null(params, "params")?;
        check::non_negative(nparams, "nparams")?;
        Err(unsupported())
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
    let _ = flags;
    api(-1, "virDomainSetBlockIoTune", || {
        let dom = check::domain(dom)?;
        check::writable(dom.conn())?;
        check::non_null(disk, "disk")?;
        check::positive(nparams, "nparams")?;
        check::non_null(params, "params")?;
        Err(unsupported())
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
    api(-1, "virDomainSetBlockThreshold", || {
        let domain = check::domain(domain)?;
        check::writable(domain.conn())?;
        check::non_null(dev, "dev")?;
        Err(unsupported())
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
    api(-1, "virDomainSetGuestVcpus", || {
        let domain = check::domain(domain)?;
        check::writable(domain.conn())?;
        check::non_null(cpumap, "cpumap")?;
        Err(unsupported())
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
    let _ = iothread_id;
    let _ = flags;
    api(-1, "virDomainSetIOThreadParams", || {
        let domain = check::domain(domain)?;
        check::writable(domain.conn())?;
        check::non_null(params, "params")?;
        check::positive(nparams, "nparams")?;
        Err(unsupported())
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
    let _ = device;
    let _ = flags;
    api(-1, "virDomainSetInterfaceParameters", || {
        let domain = check::domain(domain)?;
        check::writable(domain.conn())?;
        check::non_null(params, "params")?;
        check::positive(nparams, "nparams")?;
        Err(unsupported())
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
    api(-1, "virDomainSetLaunchSecurityState", || {
        let domain = check::domain(domain)?;
        check::non_null(params, "params")?;
        check::positive(nparams, "nparams")?;
        check::writable(domain.conn())?;
        Err(unsupported())
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
    let _ = r#type;
    let _ = action;
    let _ = flags;
    api(-1, "virDomainSetLifecycleAction", || {
        let domain = check::domain(domain)?;
        check::writable(domain.conn())?;
        Err(unsupported())
    })
}

/// `virDomainSetMaxMemory`: Sets the domain's max memory.
#[no_mangle]
pub unsafe extern "C" fn virDomainSetMaxMemory(domain: virDomainPtr, memory: c_ulong) -> c_int {
    api(-1, "virDomainSetMaxMemory", || {
        let domain = check::domain(domain)?;
        check::writable(domain.conn())?;
        check::non_zero(memory, "memory")?;
        Err(unsupported())
    })
}

/// `virDomainSetMemory`: Sets the domain's memory.
#[no_mangle]
pub unsafe extern "C" fn virDomainSetMemory(domain: virDomainPtr, memory: c_ulong) -> c_int {
    api(-1, "virDomainSetMemory", || {
        let domain = check::domain(domain)?;
        check::writable(domain.conn())?;
        check::non_zero(memory, "memory")?;
        Err(unsupported())
    })
}

/// `virDomainSetMemoryFlags`: Sets the domain's memory flags.
#[no_mangle]
pub unsafe extern "C" fn virDomainSetMemoryFlags(
    domain: virDomainPtr,
    memory: c_ulong,
    flags: c_uint,
) -> c_int {
    let _ = flags;
    api(-1, "virDomainSetMemoryFlags", || {
        let domain = check::domain(domain)?;
        check::writable(domain.conn())?;
        check::non_zero(memory, "memory")?;
        Err(unsupported())
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
    let _ = flags;
    api(-1, "virDomainSetMemoryParameters", || {
        let domain = check::domain(domain)?;
        check::writable(domain.conn())?;
        check::non_null(params, "params")?;
        check::positive(nparams, "nparams")?;
        Err(unsupported())
    })
}

/// `virDomainSetMemoryStatsPeriod`: Sets the domain's memory stats period.
#[no_mangle]
pub unsafe extern "C" fn virDomainSetMemoryStatsPeriod(
    domain: virDomainPtr,
    period: c_int,
    flags: c_uint,
) -> c_int {
    let _ = flags;
    api(-1, "virDomainSetMemoryStatsPeriod", || {
        let domain = check::domain(domain)?;
        check::writable(domain.conn())?;
        check::non_negative(period, "period")?;
        Err(unsupported())
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
    let _ = r#type;
    let _ = metadata;
    let _ = key;
    let _ = uri;
    let _ = flags;
    api(-1, "virDomainSetMetadata", || {
        let domain = check::domain(domain)?;
        check::writable(domain.conn())?;
        Err(unsupported())
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
    let _ = flags;
    api(-1, "virDomainSetNumaParameters", || {
        let domain = check::domain(domain)?;
        check::writable(domain.conn())?;
        check::non_null(params, "params")?;
        check::positive(nparams, "nparams")?;
        Err(unsupported())
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
    let _ = flags;
    api(-1, "virDomainSetPerfEvents", || {
        let domain = check::domain(domain)?;
        check::writable(domain.conn())?;
        check::non_null(params, "params")?;
        check::positive(nparams, "nparams")?;
        Err(unsupported())
    })
}

/// `virDomainSetSchedulerParameters`: Sets the domain's scheduler parameters.
#[no_mangle]
pub unsafe extern "C" fn virDomainSetSchedulerParameters(
    domain: virDomainPtr,
    params: virTypedParameterPtr,
    nparams: c_int,
) -> c_int {
    api(-1, "virDomainSetSchedulerParameters", || {
        let domain = check::domain(domain)?;
        check::writable(domain.conn())?;
        check::non_null(params, "params")?;
        check::non_negative(nparams, "nparams")?;
        Err(unsupported())
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
    let _ = flags;
    api(-1, "virDomainSetSchedulerParametersFlags", || {
        let domain = check::domain(domain)?;
        check::writable(domain.conn())?;
        check::non_null(params, "params")?;
        check::non_negative(nparams, "nparams")?;
        Err(unsupported())
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
    let _ = seconds;
    let _ = nseconds;
    let _ = flags;
    api(-1, "virDomainSetTime", || {
        let dom = check::domain(dom)?;
        check::writable(dom.conn())?;
        Err(unsupported())
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
    let _ = flags;
    api(-1, "virDomainSetUserPassword", || {
        let dom = check::domain(dom)?;
        check::writable(dom.conn())?;
        check::non_null(user, "user")?;
        check::non_null(password, "password")?;
        Err(unsupported())
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
    api(-1, "virDomainSetVcpu", || {
        let domain = check::domain(domain)?;
        check::writable(domain.conn())?;
        check::non_null(vcpumap, "vcpumap")?;
        Err(unsupported())
    })
}

/// `virDomainSetVcpus`: Sets the domain's vcpus.
#[no_mangle]
pub unsafe extern "C" fn virDomainSetVcpus(domain: virDomainPtr, nvcpus: c_uint) -> c_int {
    api(-1, "virDomainSetVcpus", || {
        let domain = check::domain(domain)?;
        check::writable(domain.conn())?;
        check::non_zero(nvcpus, "nvcpus")?;
        Err(unsupported())
    })
}

/// `virDomainSetVcpusFlags`: Sets the domain's vcpus flags.
#[no_mangle]
pub unsafe extern "C" fn virDomainSetVcpusFlags(
    domain: virDomainPtr,
    nvcpus: c_uint,
    flags: c_uint,
) -> c_int {
    let _ = flags;
    api(-1, "virDomainSetVcpusFlags", || {
        let domain = check::domain(domain)?;
        check::writable(domain.conn())?;
        check::non_zero(nvcpus, "nvcpus")?;
        Err(unsupported())
    })
}

/// `virDomainShutdown`: Shuts down the domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainShutdown(domain: virDomainPtr) -> c_int {
    api(-1, "virDomainShutdown", || {
        let domain = check::domain(domain)?;
        check::writable(domain.conn())?;
        Err(unsupported())
    })
}

/// `virDomainShutdownFlags`: Shuts down flags of the domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainShutdownFlags(domain: virDomainPtr, flags: c_uint) -> c_int {
    let _ = flags;
    api(-1, "virDomainShutdownFlags", || {
        let domain = check::domain(domain)?;
        check::writable(domain.conn())?;
        Err(unsupported())
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
    api(-1, "virDomainStartDirtyRateCalc", || {
        let domain = check::domain(domain)?;
        check::writable(domain.conn())?;
        Err(unsupported())
    })
}

/// `virDomainStatsRecordListFree`: domain stats record list free.
#[no_mangle]
pub unsafe extern "C" fn virDomainStatsRecordListFree(stats: *mut virDomainStatsRecordPtr) {
    // libvirt: freeing NULL does nothing and leaves the last error alone.
    if stats.is_null() {
        return;
    }
    api((), "virDomainStatsRecordListFree", || Err(unsupported()))
}

/// `virDomainSuspend`: Suspends the domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainSuspend(domain: virDomainPtr) -> c_int {
    api(-1, "virDomainSuspend", || {
        let domain = check::domain(domain)?;
        check::writable(domain.conn())?;
        Err(unsupported())
    })
}

/// `virDomainUndefine`: Undefines the domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainUndefine(domain: virDomainPtr) -> c_int {
    api(-1, "virDomainUndefine", || {
        let domain = check::domain(domain)?;
        check::writable(domain.conn())?;
        Err(unsupported())
    })
}

/// `virDomainUndefineFlags`: Undefines flags of the domain.
#[no_mangle]
pub unsafe extern "C" fn virDomainUndefineFlags(domain: virDomainPtr, flags: c_uint) -> c_int {
    let _ = flags;
    api(-1, "virDomainUndefineFlags", || {
        let domain = check::domain(domain)?;
        check::writable(domain.conn())?;
        Err(unsupported())
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
    api(-1, "virDomainUpdateDeviceFlags", || {
        let domain = check::domain(domain)?;
        check::non_null(xml, "xml")?;
        check::writable(domain.conn())?;
        Err(unsupported())
    })
}

/// A new `virDomainPtr` owned by the caller, holding a connection reference.
fn new_domain(conn: &Handle<Connect>, id: crate::driver::DomainId) -> virDomainPtr {
    Handle::into_raw(Handle::new(Domain::new(conn.to_arc(), id))) as virDomainPtr
}
