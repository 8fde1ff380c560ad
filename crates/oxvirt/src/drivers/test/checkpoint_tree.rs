//! The checkpoints one domain of the test driver keeps: a tree (libvirt's
//! moment list: a hidden root whose children are the checkpoints without a
//! parent, children listed newest first) and which one is current.

use crate::conf::checkpoint::CheckpointDef;
use crate::error::{Error, Result};
use oxvirt_abi::{virDomainCheckpointListFlags as List, virErrorDomain, virErrorNumber};
use std::collections::HashMap;
use std::sync::Arc;

/// One checkpoint and its place in the tree.
#[derive(Clone, Debug)]
pub(super) struct Moment {
    pub(super) def: Arc<CheckpointDef>,
    /// The checkpoint it hangs under; `None` for the hidden root.
    pub(super) parent: Option<String>,
    /// Newest first, as libvirt links them.
    pub(super) children: Vec<String>,
}

/// A domain's checkpoints.
#[derive(Clone, Debug, Default)]
pub struct Checkpoints {
    pub(super) objs: HashMap<String, Moment>,
    /// The hidden root's children.
    pub(super) roots: Vec<String>,
    pub(super) current: Option<String>,
}

impl Checkpoints {
    /// How many checkpoints the domain has.
    pub fn count(&self) -> usize {
        self.objs.len()
    }

    fn children_of(&self, parent: Option<&str>) -> &[String] {
        match parent {
            None => &self.roots,
            Some(p) => self.objs.get(p).map(|m| &m.children[..]).unwrap_or(&[]),
        }
    }

    pub(super) fn children_mut(&mut self, parent: Option<&str>) -> Option<&mut Vec<String>> {
        match parent {
            None => Some(&mut self.roots),
            Some(p) => self.objs.get_mut(p).map(|m| &mut m.children),
        }
    }

    /// Hangs `name` under the checkpoint its definition names as parent,
    /// or under the root when there is none such.
    pub(super) fn link_parent(&mut self, name: &str) {
        let parent = self
            .objs
            .get(name)
            .and_then(|m| m.def.parent_name.clone())
            .filter(|p| self.objs.contains_key(p));
        if let Some(m) = self.objs.get_mut(name) {
            m.parent = parent.clone();
        }
        if let Some(list) = self.children_mut(parent.as_deref()) {
            list.insert(0, name.to_owned());
        }
    }

    /// Takes `name` out of its parent's children.
    pub(super) fn drop_parent(&mut self, name: &str) {
        let parent = self.objs.get(name).and_then(|m| m.parent.clone());
        if let Some(list) = self.children_mut(parent.as_deref()) {
            list.retain(|c| c != name);
        }
        if let Some(m) = self.objs.get_mut(name) {
            m.parent = None;
        }
    }

    /// Every descendant of `from` (the root when `None`), depth first,
    /// each before its own children.
    /// Iterative: a chain of checkpoints may be as long as its user made
    /// it.
    pub(super) fn descendants(&self, from: Option<&str>, out: &mut Vec<String>) {
        let mut stack: Vec<&String> = self.children_of(from).iter().rev().collect();
        while let Some(c) = stack.pop() {
            out.push(c.clone());
            stack.extend(self.children_of(Some(c)).iter().rev());
        }
    }

    /// libvirt's listing: children, or all descendants, of `from`,
    /// filtered by leaves.
    pub(super) fn list(&self, from: Option<&str>, flags: u32) -> Vec<String> {
        let mut flags = flags;
        if from.is_none() {
            // The root lists its children for ROOTS and everything
            // otherwise: the same bit as DESCENDANTS, meaning the opposite.
            flags ^= List::VIR_DOMAIN_CHECKPOINT_LIST_ROOTS as u32;
        }
        let mut names = Vec::new();
        if flags & List::VIR_DOMAIN_CHECKPOINT_LIST_DESCENDANTS as u32 != 0 {
            self.descendants(from, &mut names);
        } else {
            names.extend(self.children_of(from).iter().cloned());
        }
        let leaves = flags & List::VIR_DOMAIN_CHECKPOINT_LIST_LEAVES as u32 != 0;
        let no_leaves = flags & List::VIR_DOMAIN_CHECKPOINT_LIST_NO_LEAVES as u32 != 0;
        names.retain(|n| {
            let has_children = self.objs.get(n).is_some_and(|m| !m.children.is_empty());
            if has_children {
                !leaves
            } else {
                !no_leaves
            }
        });
        names
    }

    pub(super) fn find(&self, name: &str) -> Result<&Moment> {
        self.objs.get(name).ok_or_else(|| {
            Error::new(
                virErrorDomain::VIR_FROM_TEST,
                virErrorNumber::VIR_ERR_NO_DOMAIN_CHECKPOINT,
                Some(&format!("no domain checkpoint with matching name '{name}'")),
            )
        })
    }

    /// Refuses a redefined parent that is missing, the checkpoint itself,
    /// or one of its descendants.
    pub(super) fn check_cycles(&self, def: &CheckpointDef) -> Result<()> {
        let Some(parent) = &def.parent_name else {
            return Ok(());
        };
        let invalid = |m: String| {
            Error::new(
                virErrorDomain::VIR_FROM_DOMAIN,
                virErrorNumber::VIR_ERR_INVALID_ARG,
                Some(&m),
            )
        };
        if *parent == def.name {
            return Err(invalid(format!(
                "cannot set moment {} as its own parent",
                def.name
            )));
        }
        let mut other = self
            .objs
            .get(parent)
            .ok_or_else(|| invalid(format!("parent {parent} for moment {} not found", def.name)))?;
        // Bounded: every step goes to another checkpoint.
        let mut steps = self.objs.len();
        while let Some(p) = &other.def.parent_name {
            if steps == 0 {
                break;
            }
            steps -= 1;
            if *p == def.name {
                return Err(invalid(format!(
                    "parent {} would create cycle to {}",
                    other.def.name, def.name
                )));
            }
            match self.objs.get(p) {
                Some(o) => other = o,
                None => break,
            }
        }
        Ok(())
    }
}
