//! The test driver's domain checkpoints (libvirt's test driver's checkpoint
//! functions), on the tree each domain keeps (checkpoint_tree.rs). A
//! checkpoint's definition is an `Arc` snapshot; reading one clones it
//! under the domain's lock and formats it after.

use super::checkpoint_tree::Moment;
use super::state::ObjState;
use super::{check_flags, test_error, TestDriver};
use crate::conf::checkpoint::{self, CheckpointDef};
use crate::driver::{Call, CheckpointDriver, CheckpointId, DomainId};
use crate::error::{Error, Result};
use oxvirt_abi::{
    virDomainCheckpointCreateFlags as Create, virDomainCheckpointDeleteFlags as Delete,
    virDomainCheckpointListFlags as List, virDomainCheckpointXMLFlags as Xml, virErrorDomain,
    virErrorNumber,
};
use std::sync::Arc;

/// Whether the domain has snapshots, which forbid checkpoints (and the
/// other way round, in snapshots.rs).
fn has_snapshots(o: &ObjState) -> bool {
    o.snapshots.len() > 0
}

fn now_secs() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

fn chk_id(dom: &DomainId, name: String) -> CheckpointId {
    CheckpointId {
        dom: dom.clone(),
        name,
    }
}

fn unsupported_op(detail: &str) -> Error {
    test_error(virErrorNumber::VIR_ERR_OPERATION_UNSUPPORTED, Some(detail))
}

const LIST_FLAGS: u32 = List::VIR_DOMAIN_CHECKPOINT_LIST_ROOTS as u32
    | List::VIR_DOMAIN_CHECKPOINT_LIST_TOPOLOGICAL as u32
    | List::VIR_DOMAIN_CHECKPOINT_LIST_LEAVES as u32
    | List::VIR_DOMAIN_CHECKPOINT_LIST_NO_LEAVES as u32;

impl CheckpointDriver for TestDriver {
    fn checkpoint_create_xml(
        &self,
        cx: &Call,
        dom: &DomainId,
        xml: &str,
        flags: u32,
    ) -> Result<CheckpointId> {
        let redefine_flag = Create::VIR_DOMAIN_CHECKPOINT_CREATE_REDEFINE as u32;
        check_flags(
            cx,
            flags,
            redefine_flag | Create::VIR_DOMAIN_CHECKPOINT_CREATE_QUIESCE as u32,
        )?;
        let redefine = flags & redefine_flag != 0;
        let obj = self.obj(dom)?;
        let mut o = obj.lock();
        if has_snapshots(&o) {
            return Err(unsupported_op(
                "cannot create checkpoint while snapshot exists",
            ));
        }
        if !o.active() {
            return Err(unsupported_op(
                "cannot create checkpoint for inactive domain",
            ));
        }
        let mut def = CheckpointDef::parse(xml, redefine, now_secs())?;
        let mut update_current = !redefine;
        let name = def.name.clone();
        let chks = &o.checkpoints;
        if redefine {
            chks.check_cycles(&def)?;
            if let Some(d) = &def.dom {
                if d.uuid != o.def.uuid {
                    return Err(Error::new(
                        virErrorDomain::VIR_FROM_DOMAIN_CHECKPOINT,
                        virErrorNumber::VIR_ERR_INVALID_ARG,
                        Some(&format!(
                            "definition for checkpoint {} must use uuid {}",
                            def.name,
                            crate::util::uuid::uuid_string(&o.def.uuid)
                        )),
                    ));
                }
                def.align_disks()?;
            } else {
                def.assign_bitmap_names();
            }
            if let Some(p) = &def.parent_name {
                if chks.objs.contains_key(p) && chks.current.as_deref() == Some(p) {
                    update_current = true;
                }
            }
            if chks.current.is_none() {
                update_current = true;
            }
        } else {
            // The checkpoint records the running definition.
            def.dom = Some(o.def.clone());
            def.align_disks()?;
            if chks.objs.contains_key(&name) {
                return Err(Error::new(
                    virErrorDomain::VIR_FROM_DOMAIN,
                    virErrorNumber::VIR_ERR_OPERATION_FAILED,
                    Some(&format!("domain moment {name} already exists")),
                ));
            }
        }
        let chks = &mut o.checkpoints;
        if let Some(cur) = chks.current.clone() {
            if !redefine {
                def.parent_name = Some(cur);
            }
            if update_current {
                chks.current = None;
            }
        }
        let def = Arc::new(def);
        match chks.objs.contains_key(&name) {
            // A redefinition keeps the checkpoint's children and is linked
            // to its (possibly new) parent again.
            true => {
                chks.drop_parent(&name);
                if let Some(m) = chks.objs.get_mut(&name) {
                    m.def = def;
                }
            }
            false => {
                chks.objs.insert(
                    name.clone(),
                    Moment {
                        def,
                        parent: None,
                        children: Vec::new(),
                    },
                );
            }
        }
        if update_current {
            chks.current = Some(name.clone());
        }
        chks.link_parent(&name);
        Ok(chk_id(&o.ident(), name))
    }

    fn checkpoint_get_xml_desc(&self, cx: &Call, chk: &CheckpointId, flags: u32) -> Result<String> {
        let secure = Xml::VIR_DOMAIN_CHECKPOINT_XML_SECURE as u32;
        let no_domain = Xml::VIR_DOMAIN_CHECKPOINT_XML_NO_DOMAIN as u32;
        let size = Xml::VIR_DOMAIN_CHECKPOINT_XML_SIZE as u32;
        check_flags(cx, flags, secure | no_domain | size)?;
        let obj = self.obj(&chk.dom)?;
        let def = {
            let o = obj.lock();
            let def = o.checkpoints.find(&chk.name)?.def.clone();
            if flags & size != 0 && !o.active() {
                return Err(Error::new(
                    virErrorDomain::VIR_FROM_DOMAIN,
                    virErrorNumber::VIR_ERR_OPERATION_INVALID,
                    Some("domain is not running"),
                ));
            }
            def
        };
        let mut format = 0;
        if flags & secure != 0 {
            format |= checkpoint::FORMAT_SECURE;
        }
        if flags & no_domain != 0 {
            format |= checkpoint::FORMAT_NO_DOMAIN;
        }
        if flags & size != 0 {
            format |= checkpoint::FORMAT_SIZE;
        }
        Ok(def.format(format))
    }

    fn list_all_checkpoints(
        &self,
        cx: &Call,
        dom: &DomainId,
        flags: u32,
    ) -> Result<Vec<CheckpointId>> {
        check_flags(cx, flags, LIST_FLAGS)?;
        let obj = self.obj(dom)?;
        let o = obj.lock();
        let id = o.ident();
        let names = o.checkpoints.list(None, flags);
        Ok(names.into_iter().map(|n| chk_id(&id, n)).collect())
    }

    fn checkpoint_list_all_children(
        &self,
        cx: &Call,
        chk: &CheckpointId,
        flags: u32,
    ) -> Result<Vec<CheckpointId>> {
        check_flags(cx, flags, LIST_FLAGS)?;
        let obj = self.obj(&chk.dom)?;
        let o = obj.lock();
        o.checkpoints.find(&chk.name)?;
        let names = o.checkpoints.list(Some(&chk.name), flags);
        Ok(names.into_iter().map(|n| chk_id(&chk.dom, n)).collect())
    }

    fn checkpoint_lookup_by_name(
        &self,
        cx: &Call,
        dom: &DomainId,
        name: &str,
        flags: u32,
    ) -> Result<CheckpointId> {
        check_flags(cx, flags, 0)?;
        let obj = self.obj(dom)?;
        let o = obj.lock();
        let m = o.checkpoints.find(name)?;
        Ok(chk_id(dom, m.def.name.clone()))
    }

    fn checkpoint_get_parent(
        &self,
        cx: &Call,
        chk: &CheckpointId,
        flags: u32,
    ) -> Result<CheckpointId> {
        check_flags(cx, flags, 0)?;
        let obj = self.obj(&chk.dom)?;
        let o = obj.lock();
        let m = o.checkpoints.find(&chk.name)?;
        match &m.def.parent_name {
            Some(p) => Ok(chk_id(&chk.dom, p.clone())),
            None => Err(test_error(
                virErrorNumber::VIR_ERR_NO_DOMAIN_CHECKPOINT,
                Some(&format!(
                    "checkpoint '{}' does not have a parent",
                    m.def.name
                )),
            )),
        }
    }

    fn checkpoint_delete(&self, cx: &Call, chk: &CheckpointId, flags: u32) -> Result<()> {
        let children = Delete::VIR_DOMAIN_CHECKPOINT_DELETE_CHILDREN as u32;
        let children_only = Delete::VIR_DOMAIN_CHECKPOINT_DELETE_CHILDREN_ONLY as u32;
        check_flags(
            cx,
            flags,
            children | children_only | Delete::VIR_DOMAIN_CHECKPOINT_DELETE_METADATA_ONLY as u32,
        )?;
        let obj = self.obj(&chk.dom)?;
        let mut o = obj.lock();
        let c = &mut o.checkpoints;
        let name = c.find(&chk.name)?.def.name.clone();
        if flags & (children | children_only) != 0 {
            let mut gone = Vec::new();
            c.descendants(Some(&name), &mut gone);
            let mut was_current = false;
            for d in gone {
                c.objs.remove(&d);
                if c.current.as_deref() == Some(d.as_str()) {
                    c.current = None;
                    was_current = true;
                }
            }
            if was_current {
                c.current = Some(name.clone());
            }
        } else {
            let (parent, kids) = {
                let m = c.find(&name)?;
                (m.parent.clone(), m.children.clone())
            };
            if !kids.is_empty() {
                // The children move up to this checkpoint's parent, ahead
                // of that parent's own children.
                for k in &kids {
                    if let Some(km) = c.objs.get_mut(k) {
                        let mut def = (*km.def).clone();
                        def.parent_name = parent.clone();
                        km.def = Arc::new(def);
                        km.parent = parent.clone();
                    }
                }
                if let Some(m) = c.objs.get_mut(&name) {
                    m.children.clear();
                }
                if let Some(list) = c.children_mut(parent.as_deref()) {
                    let mut moved = kids;
                    moved.append(list);
                    *list = moved;
                }
            }
        }
        if flags & children_only != 0 {
            if let Some(m) = c.objs.get_mut(&name) {
                m.children.clear();
            }
        } else {
            c.drop_parent(&name);
            if c.current.as_deref() == Some(name.as_str()) {
                let parent_name = c.objs.get(&name).and_then(|m| m.def.parent_name.clone());
                c.current = parent_name.filter(|p| c.objs.contains_key(p));
            }
            c.objs.remove(&name);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::super::open;
    use crate::base::uri::Uri;
    use crate::driver::{Call, CheckpointDriver, DomainDriver};
    use oxvirt_abi::virErrorDomain;

    fn cx() -> Call {
        Call::new("virTest", virErrorDomain::VIR_FROM_DOMAIN_CHECKPOINT)
    }

    fn names(v: Vec<crate::driver::CheckpointId>) -> Vec<String> {
        v.into_iter().map(|c| c.name).collect()
    }

    #[test]
    fn checkpoint_tree_and_deletion() {
        let cx = &cx();
        let d = open(&Uri::parse("test:///default").unwrap(), 0).unwrap();
        let xml = "<domain type='test'><name>chk-unit</name>\
                   <uuid>6b3c1e2a-0000-4000-8000-00000000c001</uuid>\
                   <memory>1024</memory><os><type>hvm</type></os><devices>\
                   <disk type='file' device='disk'><source file='/a'/><target dev='vda'/></disk>\
                   </devices></domain>";
        let dom = d.domain_create_xml(cx, xml, 0).unwrap();
        let mk = |n: &str| {
            d.checkpoint_create_xml(
                cx,
                &dom,
                &format!("<domaincheckpoint><name>{n}</name></domaincheckpoint>"),
                0,
            )
            .unwrap()
        };
        let a = mk("a");
        let b = mk("b");
        mk("c");
        assert_eq!(d.checkpoint_get_parent(cx, &b, 0).unwrap().name, "a");
        assert!(d.checkpoint_get_parent(cx, &a, 0).is_err());
        assert_eq!(
            names(d.list_all_checkpoints(cx, &dom, 2).unwrap()),
            ["a", "b", "c"]
        );
        assert_eq!(names(d.list_all_checkpoints(cx, &dom, 1).unwrap()), ["a"]);
        assert_eq!(names(d.list_all_checkpoints(cx, &dom, 4).unwrap()), ["c"]);
        // Deleting b hands c to a.
        d.checkpoint_delete(cx, &b, 0).unwrap();
        assert_eq!(
            names(d.checkpoint_list_all_children(cx, &a, 0).unwrap()),
            ["c"]
        );
        let xml_c = d
            .checkpoint_get_xml_desc(
                cx,
                &crate::driver::CheckpointId {
                    dom: dom.clone(),
                    name: "c".into(),
                },
                2,
            )
            .unwrap();
        assert!(xml_c.contains("<parent>\n    <name>a</name>"), "{xml_c}");
        d.checkpoint_delete(cx, &a, 1).unwrap();
        assert!(d.list_all_checkpoints(cx, &dom, 0).unwrap().is_empty());
        d.domain_destroy(cx, &dom, 0).unwrap();
    }
}
