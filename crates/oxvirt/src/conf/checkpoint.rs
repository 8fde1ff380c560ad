//! The domain checkpoint definition (`<domaincheckpoint>`): its name,
//! description, parent, creation time, the disks it tracks, and the domain
//! definition it was taken of. Parsing, aligning the disk list to the
//! domain's disks, and libvirt's canonical output.

use super::domain::DomainDef;
use super::xml::{Document, ParseOpts, Writer};
use crate::error::{Error, Result};
use oxvirt_abi::{virErrorDomain, virErrorNumber};
use std::collections::HashSet;
use std::sync::Arc;

crate::xml_enum! {
    /// What a checkpoint does for one disk (`<disk checkpoint=…>`).
    pub enum CheckpointType { Default = "default", No = "no", Bitmap = "bitmap" }
}

/// One `<disk>` of `<disks>`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckpointDisk {
    /// The disk's target (or, as given, its source path); a disk without
    /// one is not written out.
    pub name: Option<String>,
    pub kind: CheckpointType,
    pub bitmap: Option<String>,
}

/// A checkpoint's definition; a stored checkpoint holds it as an `Arc`
/// snapshot.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckpointDef {
    pub name: String,
    pub description: Option<String>,
    pub parent_name: Option<String>,
    /// Seconds since the epoch; 0 is not written.
    pub creation_time: i64,
    pub disks: Vec<CheckpointDisk>,
    /// The domain's definition when the checkpoint was taken.
    pub dom: Option<Arc<DomainDef>>,
}

/// What the checkpoint needs to know about one disk of a domain.
#[derive(Clone, Debug)]
pub struct DomainDisk {
    pub dst: String,
    pub path: Option<String>,
    /// No medium, or read-only: never checkpointed.
    pub skip: bool,
}

fn chk_error(code: virErrorNumber, detail: &str) -> Error {
    Error::new(
        virErrorDomain::VIR_FROM_DOMAIN_CHECKPOINT,
        code,
        Some(detail),
    )
}

/// Formatting flags (libvirt's `VIR_DOMAIN_CHECKPOINT_FORMAT_*`).
pub const FORMAT_SECURE: u32 = 1 << 0;
pub const FORMAT_NO_DOMAIN: u32 = 1 << 1;
pub const FORMAT_SIZE: u32 = 1 << 2;

impl CheckpointDef {
    /// Parses a checkpoint document. A definition being redefined
    /// (`redefine`) must carry its name and creation time and may carry its
    /// parent and domain; a new one gets `now` as its creation time and,
    /// without a name, that time as its name.
    pub fn parse(xml: &str, redefine: bool, now: i64) -> Result<CheckpointDef> {
        let doc = Document::parse(
            xml,
            &ParseOpts {
                domain: virErrorDomain::VIR_FROM_DOMAIN_CHECKPOINT,
                url: "(domain_checkpoint)",
                root: "domaincheckpoint",
            },
        )?;
        let root = doc.root();
        let name = root.child_string("name").map(|s| s.into_owned());
        if name.is_none() && redefine {
            return Err(chk_error(
                virErrorNumber::VIR_ERR_XML_ERROR,
                "a redefined checkpoint must have a name",
            ));
        }
        let description = root.child_string("description").map(|s| s.into_owned());
        let mut parent_name = None;
        let mut dom = None;
        let creation_time;
        if redefine {
            creation_time = root
                .child_string("creationTime")
                .and_then(|t| t.trim().parse::<i64>().ok())
                .ok_or_else(|| {
                    chk_error(
                        virErrorNumber::VIR_ERR_INTERNAL_ERROR,
                        "missing creationTime from existing checkpoint",
                    )
                })?;
            parent_name = root.child_string("parent/name").map(|s| s.into_owned());
            if let Some(d) = root.child("domain") {
                dom = Some(Arc::new(DomainDef::parse(d.source())?));
            }
        } else {
            creation_time = now;
        }
        let disks = match root.child("disks") {
            None => Vec::new(),
            Some(disks) => disks
                .elements()
                .map(|d| {
                    let kind = match d.attr("checkpoint") {
                        None => CheckpointType::Bitmap,
                        Some(v) => CheckpointType::from_name(v).ok_or_else(|| {
                            chk_error(
                                virErrorNumber::VIR_ERR_XML_ERROR,
                                &format!("unknown checkpoint type '{v}'"),
                            )
                        })?,
                    };
                    Ok(CheckpointDisk {
                        name: d.attr("name").map(str::to_owned),
                        kind,
                        bitmap: d.attr("bitmap").map(str::to_owned),
                    })
                })
                .collect::<Result<Vec<_>>>()?,
        };
        Ok(CheckpointDef {
            name: name.unwrap_or_else(|| creation_time.to_string()),
            description,
            parent_name,
            creation_time,
            disks,
            dom,
        })
    }

    /// Gives every bitmap disk without a bitmap name the checkpoint's name.
    pub fn assign_bitmap_names(&mut self) {
        for d in &mut self.disks {
            if d.kind == CheckpointType::Bitmap && d.bitmap.is_none() {
                d.bitmap = Some(self.name.clone());
            }
        }
    }

    /// Makes the disk list follow the domain's disks, in their order:
    /// requested disks are checked and named by target, the others get the
    /// default (a bitmap on every usable disk when none was requested, none
    /// otherwise), and bitmap names are filled in.
    pub fn align_disks(&mut self) -> Result<()> {
        let unsupported = |m: &str| chk_error(virErrorNumber::VIR_ERR_CONFIG_UNSUPPORTED, m);
        let dom = self.dom.clone().ok_or_else(|| {
            chk_error(
                virErrorNumber::VIR_ERR_INTERNAL_ERROR,
                "missing domain in checkpoint",
            )
        })?;
        let dom_disks = domain_disks(&dom);
        if self.disks.len() > dom_disks.len() {
            return Err(unsupported("too many disk checkpoint requests for domain"));
        }
        if dom_disks.is_empty() {
            return Err(unsupported(
                "domain must have at least one disk to perform checkpoints",
            ));
        }
        let default = if self.disks.is_empty() {
            CheckpointType::Bitmap
        } else {
            CheckpointType::No
        };
        let mut seen: HashSet<&str> = HashSet::new();
        let mut requested: Vec<(usize, CheckpointDisk)> = Vec::new();
        for d in &self.disks {
            let name = d.name.as_deref().unwrap_or("(null)");
            let idx = dom_disks
                .iter()
                .position(|x| {
                    if name.starts_with('/') {
                        x.path.as_deref() == Some(name)
                    } else {
                        x.dst == name
                    }
                })
                .ok_or_else(|| unsupported(&format!("no disk named '{name}'")))?;
            let dd = &dom_disks[idx];
            if !seen.insert(dd.dst.as_str()) {
                return Err(unsupported(&format!("disk '{name}' specified twice")));
            }
            if dd.skip && d.kind != CheckpointType::No {
                return Err(unsupported(&format!("disk '{name}' is empty or readonly")));
            }
            requested.push((
                idx,
                CheckpointDisk {
                    name: Some(dd.dst.clone()),
                    ..d.clone()
                },
            ));
        }
        self.disks = dom_disks
            .iter()
            .enumerate()
            .map(|(i, dd)| {
                requested
                    .iter()
                    .find(|(idx, _)| *idx == i)
                    .map(|(_, d)| d.clone())
                    .unwrap_or_else(|| CheckpointDisk {
                        name: Some(dd.dst.clone()),
                        kind: if dd.skip { CheckpointType::No } else { default },
                        bitmap: None,
                    })
            })
            .collect();
        self.assign_bitmap_names();
        Ok(())
    }

    /// libvirt's canonical form; `flags` are `FORMAT_*`.
    pub fn format(&self, flags: u32) -> String {
        let mut w = Writer::with_capacity(2048);
        w.start("domaincheckpoint").open();
        w.leaf("name", &self.name);
        if let Some(d) = &self.description {
            w.leaf("description", d);
        }
        if let Some(p) = &self.parent_name {
            w.start("parent").open();
            w.leaf("name", p);
            w.end("parent");
        }
        if self.creation_time != 0 {
            w.leaf("creationTime", self.creation_time);
        }
        if !self.disks.is_empty() {
            w.start("disks").open();
            for d in &self.disks {
                let Some(name) = &d.name else { continue };
                let kind = (d.kind != CheckpointType::Default).then(|| d.kind.name());
                // libvirt never has a size to show here: the test driver's
                // sizes are not marked valid.
                w.start("disk")
                    .attr("name", name)
                    .attr_opt("checkpoint", kind)
                    .attr_opt("bitmap", d.bitmap.as_deref())
                    .empty();
            }
            w.end("disks");
        }
        if flags & FORMAT_NO_DOMAIN == 0 {
            if let Some(dom) = &self.dom {
                w.raw_block(&dom.format_with(
                    None,
                    &super::domain::FormatCtx {
                        secure: flags & FORMAT_SECURE != 0,
                        ..Default::default()
                    },
                ));
            }
        }
        w.end("domaincheckpoint");
        w.finish()
    }
}

/// The disks of `def`'s devices, in order.
pub fn domain_disks(def: &DomainDef) -> Vec<DomainDisk> {
    def.devices
        .disks()
        .map(|d| DomainDisk {
            dst: d.target().to_string(),
            path: d
                .is_local()
                .then(|| d.source_path())
                .flatten()
                .map(str::to_owned),
            skip: d.is_empty() || d.readonly,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOM: &str = include_str!("../../data/test-default-domain.xml");

    #[test]
    fn new_checkpoint_takes_every_disk() {
        let mut def = CheckpointDef::parse("<domaincheckpoint/>", false, 42).unwrap();
        assert_eq!(def.name, "42");
        def.dom = Some(Arc::new(DomainDef::parse(DOM).unwrap()));
        def.align_disks().unwrap();
        let out = def.format(FORMAT_NO_DOMAIN);
        assert_eq!(
            out,
            "<domaincheckpoint>\n  <name>42</name>\n  <creationTime>42</creationTime>\n  \
             <disks>\n    <disk name='vda' checkpoint='bitmap' bitmap='42'/>\n  </disks>\n\
             </domaincheckpoint>\n"
        );
        assert!(def
            .format(0)
            .contains("\n  <domain type='test'>\n    <name>test</name>\n"));
    }

    #[test]
    fn disk_errors() {
        let dom = Arc::new(DomainDef::parse(DOM).unwrap());
        let align = |xml: &str| {
            let mut def = CheckpointDef::parse(xml, false, 1).unwrap();
            def.dom = Some(dom.clone());
            def.align_disks().map(|_| def)
        };
        let e = align("<domaincheckpoint><disks><disk name='hda'/></disks></domaincheckpoint>")
            .unwrap_err();
        assert_eq!(e.message, "unsupported configuration: no disk named 'hda'");
        let d = align(
            "<domaincheckpoint><disks><disk name='/guest/diskimage1' checkpoint='no'/></disks></domaincheckpoint>",
        )
        .unwrap();
        assert_eq!(d.disks[0].name.as_deref(), Some("vda"));
        assert_eq!(d.disks[0].kind, CheckpointType::No);
        assert!(CheckpointDef::parse("<domaincheckpoint/>", true, 1).is_err());
    }
}
