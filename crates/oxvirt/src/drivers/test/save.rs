//! The test driver's save images, managed save and core dumps.
//!
//! A save image is what libvirt's test driver writes, byte for byte, so
//! images made by either library restore in the other: the magic
//! `TestGuestMagic` with its terminating NUL (15 bytes), the length of the
//! XML as a native-endian 32-bit integer, then the domain's XML (secure,
//! with the id it ran with). A core dump is the magic alone.

use super::lifecycle::{add, check_active};
use super::{check_flags, test_error, TestDriver};
use crate::conf::domain::DomainDef;
use crate::driver::{Call, DomainId};
use crate::error::{Error, Result};
use oxvirt_abi::virDomainEventType as Ev;
use oxvirt_abi::{
    virDomainCoreDumpFlags, virDomainCoreDumpFormat, virDomainEventStartedDetailType,
    virDomainEventStoppedDetailType, virDomainRunningReason, virDomainSaveImageXMLFlags,
    virDomainSaveRestoreFlags, virDomainShutoffReason, virErrorDomain, virErrorNumber,
};
use std::fs::File;
use std::io::{Read, Write};
use std::os::unix::fs::OpenOptionsExt;

/// Save images hold the definition with its secrets (libvirt's
/// `VIR_DOMAIN_DEF_FORMAT_SECURE`), so a restore keeps passwords.
const SECURE: crate::conf::domain::FormatCtx = crate::conf::domain::FormatCtx {
    inactive: false,
    secure: true,
    migratable: false,
};

const MAGIC: &[u8; 15] = b"TestGuestMagic\0";

/// libvirt's `virReportSystemError` from the test driver.
fn system(e: &std::io::Error, what: String) -> Error {
    Error::system(
        virErrorDomain::VIR_FROM_TEST,
        e.raw_os_error().unwrap_or(0),
        Some(&what),
    )
}

/// A short read: libvirt reports it with whatever errno was left, which
/// after a successful short read is none.
fn short(what: String) -> Error {
    Error::system(virErrorDomain::VIR_FROM_TEST, 0, Some(&what))
}

fn xml_unsupported(dxml: Option<&str>) -> Result<()> {
    match dxml {
        Some(_) => Err(test_error(
            virErrorNumber::VIR_ERR_ARGUMENT_UNSUPPORTED,
            Some("xml modification unsupported"),
        )),
        None => Ok(()),
    }
}

/// Creates (or truncates) `path` for writing, owner-only like libvirt's.
fn create(path: &str) -> std::io::Result<File> {
    std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(path)
}

/// Reads up to `buf.len()` bytes; answers how many were read.
fn read_full(f: &mut File, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut got = 0;
    while got < buf.len() {
        match f.read(&mut buf[got..]) {
            Ok(0) => break,
            Ok(n) => got += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(got)
}

/// Writes an image of `xml` for domain `name` to `path`; on failure the
/// file is removed.
fn write_image(name: &str, path: &str, xml: &str) -> Result<()> {
    let failed = |e: &std::io::Error, what: &str| {
        system(
            e,
            format!("saving domain '{name}' to '{path}': {what} failed"),
        )
    };
    let mut f = create(path).map_err(|e| failed(&e, "open"))?;
    let mut buf = Vec::with_capacity(MAGIC.len() + 4 + xml.len());
    buf.extend_from_slice(MAGIC);
    buf.extend_from_slice(&(xml.len() as i32).to_ne_bytes());
    buf.extend_from_slice(xml.as_bytes());
    if let Err(e) = f.write_all(&buf) {
        drop(f);
        let _ = std::fs::remove_file(path);
        return Err(failed(&e, "write"));
    }
    Ok(())
}

/// Reads the definition an image holds, with libvirt's errors.
fn read_image(path: &str) -> Result<DomainDef> {
    let mut f =
        File::open(path).map_err(|e| system(&e, format!("cannot read domain image '{path}'")))?;
    let header = || format!("incomplete save header in '{path}'");
    let mut magic = [0u8; 15];
    match read_full(&mut f, &mut magic) {
        Ok(15) => {}
        Ok(_) => return Err(short(header())),
        Err(e) => return Err(system(&e, header())),
    }
    if &magic != MAGIC {
        return Err(test_error(
            virErrorNumber::VIR_ERR_INTERNAL_ERROR,
            Some("mismatched header magic"),
        ));
    }
    let length = || format!("failed to read metadata length in '{path}'");
    let mut len = [0u8; 4];
    match read_full(&mut f, &mut len) {
        Ok(4) => {}
        Ok(_) => return Err(short(length())),
        Err(e) => return Err(system(&e, length())),
    }
    let len = i32::from_ne_bytes(len);
    if !(1..=8192).contains(&len) {
        return Err(test_error(
            virErrorNumber::VIR_ERR_INTERNAL_ERROR,
            Some("length of metadata out of range"),
        ));
    }
    let meta = || format!("incomplete metadata in '{path}'");
    let mut xml = vec![0u8; len as usize];
    match read_full(&mut f, &mut xml) {
        Ok(n) if n == xml.len() => {}
        Ok(_) => return Err(short(meta())),
        Err(e) => return Err(system(&e, meta())),
    }
    // libvirt reads the text as a C string: it ends at the first NUL.
    let end = xml.iter().position(|&b| b == 0).unwrap_or(xml.len());
    let text = String::from_utf8_lossy(&xml[..end]);
    DomainDef::parse(&text)
}

/// What `DomainDriver` (in domains.rs) forwards to for saving and dumps.
impl TestDriver {
    pub(super) fn save(
        &self,
        cx: &Call,
        dom: &DomainId,
        to: &str,
        dxml: Option<&str>,
        flags: u32,
    ) -> Result<Option<i32>> {
        check_flags(cx, flags, 0)?;
        xml_unsupported(dxml)?;
        let mut doms = self.write_domains();
        let obj = super::obj_in(&doms, dom)?;
        let mut o = obj.lock();
        check_active(&o)?;
        write_image(&o.def.name, to, &o.def.format_with(Some(o.id), &SECURE))?;
        self.stop(
            &mut doms,
            &mut o,
            virDomainShutoffReason::VIR_DOMAIN_SHUTOFF_SAVED,
            virDomainEventStoppedDetailType::VIR_DOMAIN_EVENT_STOPPED_SAVED,
        );
        Ok(Some(-1))
    }

    pub(super) fn restore(
        &self,
        cx: &Call,
        from: &str,
        dxml: Option<&str>,
        flags: u32,
    ) -> Result<()> {
        check_flags(cx, flags, 0)?;
        xml_unsupported(dxml)?;
        let mut def = read_image(from)?;
        super::nets::name_interfaces(&mut def)?;
        let mut doms = self.write_domains();
        let (obj, _) = add(&mut doms, def, true)?;
        let mut o = obj.lock();
        self.start_state(&mut doms, &obj, &mut o);
        o.reason = virDomainRunningReason::VIR_DOMAIN_RUNNING_RESTORED as i32;
        self.lifecycle_event(
            &o,
            Ev::VIR_DOMAIN_EVENT_STARTED,
            virDomainEventStartedDetailType::VIR_DOMAIN_EVENT_STARTED_RESTORED as i32,
        );
        Ok(())
    }

    pub(super) fn save_image_get_xml_desc(
        &self,
        cx: &Call,
        file: &str,
        flags: u32,
    ) -> Result<String> {
        check_flags(
            cx,
            flags,
            virDomainSaveImageXMLFlags::VIR_DOMAIN_SAVE_IMAGE_XML_SECURE as u32,
        )?;
        // libvirt writes the image's definition with its secrets whatever
        // the flags say.
        Ok(read_image(file)?.format_with(None, &SECURE))
    }

    pub(super) fn save_image_define_xml(
        &self,
        cx: &Call,
        file: &str,
        dxml: &str,
        flags: u32,
    ) -> Result<()> {
        use virDomainSaveRestoreFlags as F;
        check_flags(
            cx,
            flags,
            F::VIR_DOMAIN_SAVE_RUNNING as u32 | F::VIR_DOMAIN_SAVE_PAUSED as u32,
        )?;
        read_image(file)?;
        let def = DomainDef::parse(dxml)?;
        write_image(&def.name, file, &def.format_with(None, &SECURE))
    }

    pub(super) fn managed_save(
        &self,
        cx: &Call,
        dom: &DomainId,
        flags: u32,
    ) -> Result<Option<i32>> {
        use virDomainSaveRestoreFlags as F;
        check_flags(
            cx,
            flags,
            F::VIR_DOMAIN_SAVE_BYPASS_CACHE as u32
                | F::VIR_DOMAIN_SAVE_RUNNING as u32
                | F::VIR_DOMAIN_SAVE_PAUSED as u32,
        )?;
        let mut doms = self.write_domains();
        let obj = super::obj_in(&doms, dom)?;
        let mut o = obj.lock();
        check_active(&o)?;
        if !o.persistent {
            return Err(test_error(
                virErrorNumber::VIR_ERR_OPERATION_INVALID,
                Some("cannot do managed save for transient domain"),
            ));
        }
        self.stop(
            &mut doms,
            &mut o,
            virDomainShutoffReason::VIR_DOMAIN_SHUTOFF_SAVED,
            virDomainEventStoppedDetailType::VIR_DOMAIN_EVENT_STOPPED_SAVED,
        );
        o.managed_save = true;
        Ok(Some(-1))
    }

    pub(super) fn managed_save_remove(&self, cx: &Call, dom: &DomainId, flags: u32) -> Result<()> {
        check_flags(cx, flags, 0)?;
        self.obj(dom)?.lock().managed_save = false;
        Ok(())
    }

    pub(super) fn core_dump(
        &self,
        _cx: &Call,
        dom: &DomainId,
        to: &str,
        format: u32,
        flags: u32,
    ) -> Result<Option<i32>> {
        let crash = virDomainCoreDumpFlags::VIR_DUMP_CRASH as u32;
        // Both APIs are served by one function, which the error names.
        let extra = flags & !crash;
        if extra != 0 {
            let f = "testDomainCoreDumpWithFormat";
            return Err(Error::invalid_arg(
                virErrorDomain::VIR_FROM_TEST,
                f,
                "flags",
                &format!("unsupported flags (0x{extra:x}) in function {f}"),
            ));
        }
        let mut doms = self.write_domains();
        let obj = super::obj_in(&doms, dom)?;
        let mut o = obj.lock();
        check_active(&o)?;
        let name = &dom.name;
        let mut f = create(to)
            .map_err(|e| system(&e, format!("domain '{name}' coredump: failed to open {to}")))?;
        f.write_all(MAGIC).map_err(|e| {
            system(
                &e,
                format!("domain '{name}' coredump: failed to write header to {to}"),
            )
        })?;
        drop(f);
        // Only the raw format exists here; the file is written first.
        if format != virDomainCoreDumpFormat::VIR_DOMAIN_CORE_DUMP_FORMAT_RAW as u32 {
            return Err(test_error(
                virErrorNumber::VIR_ERR_OPERATION_UNSUPPORTED,
                Some("kdump-compressed format is not supported here"),
            ));
        }
        if flags & crash == 0 {
            return Ok(None);
        }
        self.stop(
            &mut doms,
            &mut o,
            virDomainShutoffReason::VIR_DOMAIN_SHUTOFF_CRASHED,
            virDomainEventStoppedDetailType::VIR_DOMAIN_EVENT_STOPPED_CRASHED,
        );
        Ok(Some(-1))
    }
}

#[cfg(test)]
mod tests {
    use super::super::open;
    use crate::base::uri::Uri;
    use crate::driver::events::{DomainEventKind, RecordingSink};
    use crate::driver::{Call, DomainDriver};
    use oxvirt_abi::virErrorDomain;
    use std::sync::Arc;

    /// Save, restore, managed save and a crashing dump raise the events
    /// libvirt's test driver raises: stopped/saved, started/restored,
    /// stopped/saved, started/booted, stopped/crashed.
    #[test]
    fn events_and_states() {
        let cx = &Call::new("virTest", virErrorDomain::VIR_FROM_DOMAIN);
        let d = open(&Uri::parse("test:///default").unwrap(), 0).unwrap();
        let sink = Arc::new(RecordingSink::default());
        d.st.set_event_sink(sink.clone());
        let dir = std::env::temp_dir().join(format!("oxvirt-save-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let img = dir.join("s.img").to_string_lossy().into_owned();
        let core = dir.join("core").to_string_lossy().into_owned();
        let dom = d
            .domain_define_xml(
                cx,
                "<domain type='test'><name>sv-ev</name>\
                 <uuid>6b3c1e2a-0000-4000-8000-0000000000f1</uuid>\
                 <memory>1024</memory><os><type>hvm</type></os></domain>",
                0,
            )
            .unwrap();
        d.domain_create(cx, &dom, 0).unwrap();
        assert_eq!(d.domain_save(cx, &dom, &img, None, 0).unwrap(), Some(-1));
        assert_eq!(d.domain_get_state(cx, &dom, 0).unwrap(), (5, 5));
        let xml = d.domain_save_image_get_xml_desc(cx, &img, 0).unwrap();
        assert!(xml.contains("<name>sv-ev</name>") && !xml.contains(" id="));
        d.domain_restore(cx, &img, None, 0).unwrap();
        assert_eq!(d.domain_get_state(cx, &dom, 0).unwrap(), (1, 3));
        d.domain_managed_save(cx, &dom, 0).unwrap();
        assert!(d.domain_has_managed_save_image(cx, &dom, 0).unwrap());
        d.domain_create(cx, &dom, 0).unwrap();
        assert!(!d.domain_has_managed_save_image(cx, &dom, 0).unwrap());
        assert_eq!(d.domain_core_dump(cx, &dom, &core, 0, 1).unwrap(), Some(-1));
        assert_eq!(std::fs::read(&core).unwrap(), super::MAGIC);
        d.domain_undefine(cx, &dom, 0).unwrap();
        let _ = std::fs::remove_dir_all(&dir);
        let ev: Vec<(i32, i32)> = sink
            .events()
            .iter()
            .filter(|e| e.dom.name == "sv-ev")
            .filter_map(|e| match e.kind {
                DomainEventKind::Lifecycle { event, detail } => Some((event, detail)),
                _ => None,
            })
            .collect();
        assert_eq!(
            ev,
            vec![
                (0, 0),
                (2, 0),
                (5, 4),
                (2, 2),
                (5, 4),
                (2, 0),
                (5, 2),
                (1, 0)
            ]
        );
    }
}
