//! The test driver's domain metadata, names and security: title and
//! description (live and persistent), renaming a stopped domain, the
//! lifecycle actions, messages and the security label.

use super::tuning::{impact, one_def_live, pick, put};
use super::{check_flags, obj_in, test_error, TestDriver};
use crate::conf::domain::{DomainDef, LifecycleAction};
use crate::driver::events::{DomainEvent, DomainEventKind};
use crate::driver::{Call, DomainId};
use crate::error::{Error, Result};
use oxvirt_abi::virDomainEventType as Ev;
use oxvirt_abi::virDomainMetadataType as Meta;
use oxvirt_abi::virDomainModificationImpact as M;
use oxvirt_abi::{
    virDomainEventDefinedDetailType, virDomainEventUndefinedDetailType, virDomainMessageType,
    virErrorDomain, virErrorNumber,
};

const LIVE: u32 = M::VIR_DOMAIN_AFFECT_LIVE as u32;
const CONFIG: u32 = M::VIR_DOMAIN_AFFECT_CONFIG as u32;

/// An error of libvirt's domain configuration code.
fn conf_error(code: virErrorNumber, detail: &str) -> Error {
    Error::new(virErrorDomain::VIR_FROM_DOMAIN, code, Some(detail))
}

fn unknown_kind(kind: i32) -> Error {
    conf_error(
        virErrorNumber::VIR_ERR_INVALID_ARG,
        &format!("unknown metadata type '{kind}'"),
    )
}

/// libvirt's `virDomainDefSetMetadata`: an empty text removes it; an
/// element replaces every element of its namespace (`uri`), and `<metadata>`
/// once made stays, even emptied.
fn set_one(
    def: &mut DomainDef,
    kind: i32,
    metadata: Option<&str>,
    key: Option<&str>,
    uri: Option<&str>,
) -> Result<()> {
    let value = metadata.filter(|m| !m.is_empty()).map(str::to_owned);
    if kind == Meta::VIR_DOMAIN_METADATA_DESCRIPTION as i32 {
        def.description = value;
    } else if kind == Meta::VIR_DOMAIN_METADATA_TITLE as i32 {
        def.title = value;
    } else if kind == Meta::VIR_DOMAIN_METADATA_ELEMENT as i32 {
        // The public entry point has made sure of the URI (and of the key
        // when there is an element).
        let uri = uri.unwrap_or_default();
        match (metadata, &mut def.metadata) {
            (None, None) => {}
            (None, Some(m)) => m.set(None, "", uri)?,
            (Some(xml), m) => {
                let mut md = m.clone().unwrap_or_default();
                md.set(Some(xml), key.unwrap_or_default(), uri)?;
                *m = Some(md);
            }
        }
    }
    Ok(())
}

/// The names libvirt gives `virDomainLifecycle` values.
const LIFECYCLE_NAMES: &[&str] = &["poweroff", "reboot", "crash"];

/// What `DomainDriver` (in domains.rs) forwards to for metadata and names.
impl TestDriver {
    pub(super) fn get_metadata(
        &self,
        cx: &Call,
        dom: &DomainId,
        kind: i32,
        uri: Option<&str>,
        flags: u32,
    ) -> Result<String> {
        check_flags(cx, flags, LIVE | CONFIG)?;
        let obj = self.obj(dom)?;
        if kind > Meta::VIR_DOMAIN_METADATA_ELEMENT as i32 {
            return Err(unknown_kind(kind));
        }
        let def = {
            let o = obj.lock();
            pick(&o, one_def_live(&o, flags)?)
        };
        let found = if kind == Meta::VIR_DOMAIN_METADATA_DESCRIPTION as i32 {
            def.description.clone()
        } else if kind == Meta::VIR_DOMAIN_METADATA_TITLE as i32 {
            def.title.clone()
        } else if kind == Meta::VIR_DOMAIN_METADATA_ELEMENT as i32 {
            def.metadata
                .as_ref()
                .and_then(|m| m.get(uri.unwrap_or_default()))
        } else {
            None
        };
        found.ok_or_else(|| {
            conf_error(
                virErrorNumber::VIR_ERR_NO_DOMAIN_METADATA,
                "Requested metadata element is not present",
            )
        })
    }

    #[allow(clippy::too_many_arguments)]
    pub(super) fn set_metadata(
        &self,
        cx: &Call,
        dom: &DomainId,
        kind: i32,
        metadata: Option<&str>,
        key: Option<&str>,
        uri: Option<&str>,
        flags: u32,
    ) -> Result<()> {
        check_flags(cx, flags, LIVE | CONFIG)?;
        let obj = self.obj(dom)?;
        let mut o = obj.lock();
        let (live, config) = impact(&o, flags)?;
        if kind > Meta::VIR_DOMAIN_METADATA_ELEMENT as i32 {
            return Err(unknown_kind(kind));
        }
        for (want, is_live) in [(live, true), (config, false)] {
            if !want {
                continue;
            }
            let mut def = (*pick(&o, is_live)).clone();
            set_one(&mut def, kind, metadata, key, uri)?;
            put(&mut o, is_live, def);
        }
        self.st.emit(DomainEvent {
            dom: o.ident(),
            kind: DomainEventKind::MetadataChange {
                kind,
                nsuri: uri.map(str::to_owned),
            },
        });
        Ok(())
    }

    pub(super) fn rename(
        &self,
        cx: &Call,
        dom: &DomainId,
        new_name: &str,
        flags: u32,
    ) -> Result<()> {
        check_flags(cx, flags, 0)?;
        let invalid = |m: &str| test_error(virErrorNumber::VIR_ERR_OPERATION_INVALID, Some(m));
        let mut doms = self.write_domains();
        let obj = obj_in(&doms, dom)?;
        let mut o = obj.lock();
        if o.active() {
            return Err(invalid("cannot rename active domain"));
        }
        if !o.persistent {
            return Err(invalid("cannot rename a transient domain"));
        }
        let old = o.def.name.clone();
        if old == new_name {
            return Err(conf_error(
                virErrorNumber::VIR_ERR_OPERATION_INVALID,
                "Can't rename domain to itself",
            ));
        }
        if doms.by_name.contains_key(new_name) {
            return Err(conf_error(
                virErrorNumber::VIR_ERR_OPERATION_INVALID,
                &format!("domain with name '{new_name}' already exists"),
            ));
        }
        if new_name.contains('/') {
            return Err(test_error(
                virErrorNumber::VIR_ERR_XML_ERROR,
                Some(&format!("name {new_name} cannot contain '/'")),
            ));
        }
        self.lifecycle_event(
            &o,
            Ev::VIR_DOMAIN_EVENT_UNDEFINED,
            virDomainEventUndefinedDetailType::VIR_DOMAIN_EVENT_UNDEFINED_RENAMED as i32,
        );
        let mut def = (*o.def).clone();
        def.name = new_name.to_owned();
        o.def = std::sync::Arc::new(def);
        self.lifecycle_event(
            &o,
            Ev::VIR_DOMAIN_EVENT_DEFINED,
            virDomainEventDefinedDetailType::VIR_DOMAIN_EVENT_DEFINED_RENAMED as i32,
        );
        drop(o);
        doms.by_name.remove(&old);
        doms.by_name.insert(new_name.to_owned(), obj);
        Ok(())
    }

    pub(super) fn set_lifecycle_action(
        &self,
        cx: &Call,
        dom: &DomainId,
        kind: u32,
        action: u32,
        flags: u32,
    ) -> Result<()> {
        check_flags(cx, flags, LIVE | CONFIG)?;
        // Power-off and reboot cannot dump core (libvirt's
        // virDomainDefLifecycleActionAllowed).
        let action = LifecycleAction::from_name(LifecycleAction::NAMES[action as usize])
            .unwrap_or(LifecycleAction::Destroy);
        if kind <= 1
            && matches!(
                action,
                LifecycleAction::CoredumpDestroy | LifecycleAction::CoredumpRestart
            )
        {
            return Err(conf_error(
                virErrorNumber::VIR_ERR_CONFIG_UNSUPPORTED,
                &format!(
                    "Lifecycle event '{}' doesn't support '{}' action",
                    LIFECYCLE_NAMES[kind as usize],
                    action.name()
                ),
            ));
        }
        let obj = self.obj(dom)?;
        let mut o = obj.lock();
        let (live, config) = impact(&o, flags)?;
        for (want, is_live) in [(live, true), (config, false)] {
            if !want {
                continue;
            }
            let mut def = (*pick(&o, is_live)).clone();
            match kind {
                0 => def.on_poweroff = action,
                1 => def.on_reboot = action,
                _ => def.on_crash = action,
            }
            put(&mut o, is_live, def);
        }
        Ok(())
    }

    pub(super) fn get_messages(
        &self,
        cx: &Call,
        dom: &DomainId,
        flags: u32,
    ) -> Result<Vec<String>> {
        check_flags(
            cx,
            flags,
            virDomainMessageType::VIR_DOMAIN_MESSAGE_DEPRECATION as u32
                | virDomainMessageType::VIR_DOMAIN_MESSAGE_TAINTING as u32,
        )?;
        // Test domains are never tainted and use nothing deprecated.
        self.obj(dom)?;
        Ok(Vec::new())
    }

    pub(super) fn get_security_label(&self, _cx: &Call, dom: &DomainId) -> Result<(String, bool)> {
        let obj = self.obj(dom)?;
        let active = obj.lock().active();
        Ok(if active {
            ("libvirt-test".to_owned(), true)
        } else {
            (String::new(), false)
        })
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

    /// A metadata change raises METADATA_CHANGE; a rename raises
    /// undefined/renamed under the old name and defined/renamed under the
    /// new one, both with id -1 (the domain is stopped), as libvirt's test
    /// driver does.
    #[test]
    fn metadata_and_rename_events() {
        let cx = &Call::new("virTest", virErrorDomain::VIR_FROM_DOMAIN);
        let d = open(&Uri::parse("test:///default").unwrap(), 0).unwrap();
        let sink = Arc::new(RecordingSink::default());
        d.st.set_event_sink(sink.clone());
        let dom = d
            .domain_define_xml(
                cx,
                "<domain type='test'><name>md-ev</name>\
                 <uuid>6b3c1e2a-0000-4000-8000-0000000000e1</uuid>\
                 <memory>1024</memory><os><type>hvm</type></os></domain>",
                0,
            )
            .unwrap();
        d.domain_set_metadata(cx, &dom, 0, Some("T"), None, None, 0)
            .unwrap();
        assert_eq!(d.domain_get_metadata(cx, &dom, 0, None, 0).unwrap(), "T");
        d.domain_rename(cx, &dom, "md-ev2", 0).unwrap();
        assert!(d.domain_lookup_by_name(cx, "md-ev").is_err());
        let new = d.domain_lookup_by_name(cx, "md-ev2").unwrap();
        assert_eq!(d.domain_get_metadata(cx, &new, 0, None, 0).unwrap(), "T");
        d.domain_undefine(cx, &new, 0).unwrap();
        let seen: Vec<_> = sink
            .events()
            .into_iter()
            .filter(|e| e.dom.uuid == dom.uuid)
            .map(|e| (e.dom.name, e.dom.id, e.kind))
            .collect();
        let lc = |event, detail| DomainEventKind::Lifecycle { event, detail };
        assert_eq!(
            seen,
            vec![
                ("md-ev".into(), -1, lc(0, 0)),
                (
                    "md-ev".into(),
                    -1,
                    DomainEventKind::MetadataChange {
                        kind: 0,
                        nsuri: None
                    }
                ),
                ("md-ev".into(), -1, lc(1, 1)),
                ("md-ev2".into(), -1, lc(0, 2)),
                ("md-ev2".into(), -1, lc(1, 0)),
            ]
        );
    }
}
