//! The rules libvirt applies to the list of controllers as a whole: the
//! USB "none" model excluding every other USB controller (checked as they
//! are read), the position each one takes as it is read (sorted by index
//! among those of its type, a USB2 master before its companions), the
//! lowest free index for a controller given none, and one controller per
//! type and index.

use super::super::{err, xml_err};
use super::controller::{Controller, ControllerType, UsbModel};
use super::Device;
use crate::error::Result;
use oxvirt_abi::virErrorNumber;
use std::collections::{HashMap, HashSet};

/// libvirt's check as each controller is read (the last of `read`): a
/// "none" USB controller must be the only USB controller.
pub fn check_usb_as_read(read: &[Device]) -> Result<()> {
    let Some((Device::Controller(last), before)) = read.split_last() else {
        return Ok(());
    };
    if last.kind != ControllerType::Usb {
        return Ok(());
    }
    // Every earlier controller passed this check, so the USB ones before
    // are either one "none" alone or none of them "none": the first tells.
    let first = before.iter().find_map(|d| match d {
        Device::Controller(c) if c.kind == ControllerType::Usb => Some(c),
        _ => None,
    });
    let none = Some(UsbModel::None);
    if first.is_some_and(|f| last.usb_model() == none || f.usb_model() == none) {
        return Err(err(
            virErrorNumber::VIR_ERR_XML_DETAIL,
            Some("Can't add another USB controller: USB is disabled for this domain"),
        ));
    }
    Ok(())
}

/// libvirt's check once every controller is read: USB controllers other
/// than "none" need one that is not a companion.
pub fn check_usb_master(read: &[Device]) -> Result<()> {
    let usb = || {
        read.iter().filter_map(|d| match d {
            Device::Controller(c) if c.kind == ControllerType::Usb => Some(c),
            _ => None,
        })
    };
    let other = usb().any(|c| c.usb_model() != Some(UsbModel::None));
    let master = usb().any(|c| c.info.master_startport.is_none());
    if other && !master {
        return Err(err(
            virErrorNumber::VIR_ERR_XML_DETAIL,
            Some("No master USB controller specified"),
        ));
    }
    Ok(())
}

/// The controllers in the order libvirt keeps them after reading `given`
/// (in document order).
pub fn arrange(given: Vec<Controller>) -> Vec<Controller> {
    let mut list: Vec<Controller> = Vec::with_capacity(given.len());
    for c in given {
        let at = insert_position(&list, &c);
        list.insert(at, c);
    }
    list
}

/// Where libvirt puts `new` among `list`: walking back over the
/// controllers of its type, before the earliest one with a higher index
/// (or a companion of the same index, when `new` is a master), else after
/// the last one of its type; at the end when it is the first of its type.
fn insert_position(list: &[Controller], new: &Controller) -> usize {
    let mut at = None;
    for (i, cur) in list.iter().enumerate().rev() {
        if cur.kind != new.kind {
            continue;
        }
        let Some(new_idx) = new.index else {
            return i + 1;
        };
        let cur_idx = cur.index.unwrap_or(-1);
        let master_before_companion = new.info.master_startport.is_none()
            && cur.info.master_startport.is_some()
            && cur_idx == new_idx;
        if cur_idx > new_idx || master_before_companion {
            at = Some(i);
        } else if at.is_none() {
            at = Some(i + 1);
        }
    }
    at.unwrap_or(list.len())
}

/// The indexes a list of controllers uses, per type, with the lowest
/// free one of each type at hand (libvirt rescans its list for it; a long
/// list must not make that quadratic).
pub struct Indexes {
    used: HashSet<(ControllerType, i32)>,
    /// Below these every index of the type is used: they only grow, as
    /// indexes are only ever added.
    free_from: HashMap<ControllerType, i32>,
}

impl Indexes {
    pub fn of(list: &[Controller]) -> Indexes {
        Indexes {
            used: list
                .iter()
                .filter_map(|c| Some((c.kind, c.index?)))
                .collect(),
            free_from: HashMap::new(),
        }
    }

    pub fn contains(&self, kind: ControllerType, idx: i32) -> bool {
        self.used.contains(&(kind, idx))
    }

    pub fn insert(&mut self, kind: ControllerType, idx: i32) {
        self.used.insert((kind, idx));
    }

    /// The lowest index no controller of type `kind` uses.
    pub fn lowest_free(&mut self, kind: ControllerType) -> i32 {
        let from = self.free_from.entry(kind).or_insert(0);
        while self.used.contains(&(kind, *from)) {
            *from = from.saturating_add(1);
        }
        *from
    }
}

/// Gives every controller read without an index one: a USB2 companion
/// following its group takes the group's index, any other the lowest free
/// one of its type.
pub fn assign_indexes(list: &mut [Controller]) {
    let mut indexes = Indexes::of(list);
    for outer in 0..list.len() {
        let Some(cont) = list.get(outer) else { break };
        if cont.index.is_some() {
            continue;
        }
        let mut group = None;
        if outer > 0 && cont.is_usb2() {
            group = list
                .get(..outer)
                .and_then(|before| before.iter().rev().find(|c| c.kind == ControllerType::Usb))
                .filter(|prev| prev.is_usb2())
                .and_then(|prev| prev.index)
                .filter(|&idx| {
                    !list.iter().any(|c| {
                        c.kind == ControllerType::Usb
                            && c.index == Some(idx)
                            && c.model == cont.model
                    })
                });
        }
        let kind = cont.kind;
        let idx = group.unwrap_or_else(|| indexes.lowest_free(kind));
        indexes.insert(kind, idx);
        if let Some(c) = list.get_mut(outer) {
            c.index = Some(idx);
        }
    }
}

/// libvirt refuses two controllers of one type with one index, except
/// for USB (a USB2 master and its companions share theirs).
pub fn reject_duplicates(list: &[Controller]) -> Result<()> {
    let mut seen = HashSet::new();
    for c in list.iter().filter(|c| c.kind != ControllerType::Usb) {
        if !seen.insert((c.kind, c.index)) {
            return Err(xml_err(&format!(
                "Multiple '{}' controllers with index '{}'",
                c.kind.name(),
                c.index.unwrap_or(-1)
            )));
        }
    }
    Ok(())
}
