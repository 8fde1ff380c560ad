//! The domain snapshot definition (`<domainsnapshot>`): libvirt's parse
//! rules and errors, its canonical output, and the alignment of its disks
//! with the domain's. The domain it was taken of is a [`DomainDef`].

use super::domain::DomainDef;
use super::xml::error::invalid_attr;
use super::xml::{Document, ParseOpts, Writer};
use crate::error::{Error, Result};
use oxvirt_abi::{virErrorDomain, virErrorNumber};
use std::sync::Arc;

/// libvirt's snapshot states (`virDomainSnapshotState`), by value.
const STATES: &[&str] = &[
    "nostate",
    "running",
    "blocked",
    "paused",
    "shutdown",
    "shutoff",
    "crashed",
    "pmsuspended",
    "disk-snapshot",
];

pub const STATE_RUNNING: i32 = 1;
pub const STATE_PAUSED: i32 = 3;
pub const STATE_SHUTOFF: i32 = 5;
pub const STATE_DISK_SNAPSHOT: i32 = 8;

/// Where a snapshot keeps memory or a disk (`virDomainSnapshotLocation`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Location {
    Default = 0,
    No,
    Internal,
    External,
    Manual,
}

impl Location {
    const NAMES: [&'static str; 5] = ["default", "no", "internal", "external", "manual"];
    pub fn name(self) -> &'static str {
        Self::NAMES[self as usize]
    }
    fn from_name(s: &str) -> Option<Location> {
        const ALL: [Location; 5] = [
            Location::Default,
            Location::No,
            Location::Internal,
            Location::External,
            Location::Manual,
        ];
        Self::NAMES.iter().position(|n| *n == s).map(|i| ALL[i])
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SnapshotDisk {
    pub name: String,
    pub snapshot: Location,
    /// `<source file=…>`.
    pub file: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SnapshotDef {
    pub name: String,
    pub description: Option<String>,
    /// A `virDomainSnapshotState`; 0 until the driver fills it in.
    pub state: i32,
    pub parent: Option<String>,
    pub creation_time: i64,
    pub memory: Location,
    pub memory_file: Option<String>,
    pub disks: Vec<SnapshotDisk>,
    pub dom: Option<Arc<DomainDef>>,
}

fn snap_err(code: virErrorNumber, detail: &str) -> Error {
    Error::new(virErrorDomain::VIR_FROM_DOMAIN_SNAPSHOT, code, Some(detail))
}

fn conf_unsupported(detail: &str) -> Error {
    Error::new(
        virErrorDomain::VIR_FROM_DOMAIN_SNAPSHOT,
        virErrorNumber::VIR_ERR_CONFIG_UNSUPPORTED,
        Some(detail),
    )
}

/// A location attribute (`snapshot=`), refusing `default` as libvirt's
/// non-zero enum attributes do.
fn location_attr(node: super::xml::Node, element: &str) -> Result<Location> {
    match node.attr("snapshot") {
        None => Ok(Location::Default),
        Some(v) => match Location::from_name(v) {
            Some(l) if l != Location::Default => Ok(l),
            _ => Err(invalid_attr(element, "snapshot", v, ".")),
        },
    }
}

/// A disk of a domain definition, as snapshot alignment sees it.
struct DomainDisk {
    dst: String,
    snapshot: Location,
    empty: bool,
}

fn domain_disks(def: &DomainDef) -> Vec<DomainDisk> {
    def.devices
        .disks()
        .map(|d| DomainDisk {
            dst: d.target().to_string(),
            // The post-parse already made read-only disks (every CD-ROM is
            // one) `no`.
            snapshot: Location::from_name(d.snapshot_location().name())
                .unwrap_or(Location::Default),
            empty: d.is_empty(),
        })
        .collect()
}

impl SnapshotDef {
    /// Parses `<domainsnapshot>`; `redefine` is libvirt's REDEFINE parse
    /// (the document is a whole snapshot as formatted before), otherwise
    /// the creation time is now and names a snapshot without a name.
    pub fn parse(xml: &str, redefine: bool) -> Result<SnapshotDef> {
        let doc = Document::parse(
            xml,
            &ParseOpts {
                domain: virErrorDomain::VIR_FROM_DOMAIN_SNAPSHOT,
                url: "(domain_snapshot)",
                root: "domainsnapshot",
            },
        )?;
        let s = doc.root();
        let mut name = s.child_string("name").map(|n| n.into_owned());
        if name.is_none() && redefine {
            return Err(snap_err(
                virErrorNumber::VIR_ERR_XML_ERROR,
                "a redefined snapshot must have a name",
            ));
        }
        let description = s.child_string("description").map(|d| d.into_owned());
        let mut def = SnapshotDef {
            name: String::new(),
            description,
            state: 0,
            parent: None,
            creation_time: 0,
            memory: Location::Default,
            memory_file: None,
            disks: Vec::new(),
            dom: None,
        };
        let mut offline = false;
        if redefine {
            def.creation_time = s
                .child_string("creationTime")
                .and_then(|t| t.trim().parse::<i64>().ok())
                .ok_or_else(|| {
                    snap_err(
                        virErrorNumber::VIR_ERR_INTERNAL_ERROR,
                        "missing creationTime from existing snapshot",
                    )
                })?;
            def.parent = s.child_string("parent/name").map(|p| p.into_owned());
            let state = s.child_string("state").ok_or_else(|| {
                snap_err(
                    virErrorNumber::VIR_ERR_XML_ERROR,
                    "missing state from existing snapshot",
                )
            })?;
            def.state = match STATES.iter().position(|n| *n == state) {
                Some(i) if i > 0 => i as i32,
                _ => {
                    return Err(conf_unsupported(&format!(
                        "Invalid state '{state}' in domain snapshot XML"
                    )))
                }
            };
            offline = def.state == STATE_SHUTOFF || def.state == STATE_DISK_SNAPSHOT;
            if let Some(d) = s.child("domain").filter(|d| d.attr("type").is_some()) {
                def.dom = Some(Arc::new(DomainDef::parse(d.source())?));
            }
        } else {
            def.creation_time = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_secs() as i64)
                .unwrap_or(0);
            if name.is_none() {
                name = Some(def.creation_time.to_string());
            }
        }
        def.name = name.unwrap_or_default();

        if let Some(m) = s.child("memory") {
            def.memory_file = m.attr("file").map(str::to_string);
            def.memory = location_attr(m, "memory")?;
            if def.memory == Location::Manual {
                return Err(snap_err(
                    virErrorNumber::VIR_ERR_XML_ERROR,
                    "'manual' memory snapshot mode not supported",
                ));
            }
        }
        if def.memory == Location::Default {
            if def.memory_file.is_some() {
                def.memory = Location::External;
            } else if redefine {
                def.memory = if offline {
                    Location::No
                } else {
                    Location::Internal
                };
            }
        }
        if let Some(f) = &def.memory_file {
            if def.memory != Location::External {
                return Err(snap_err(
                    virErrorNumber::VIR_ERR_XML_ERROR,
                    &format!("memory filename '{f}' requires external snapshot"),
                ));
            }
        } else if def.memory == Location::External {
            return Err(snap_err(
                virErrorNumber::VIR_ERR_XML_ERROR,
                "external memory snapshots require a filename",
            ));
        }
        if offline && def.memory != Location::Default && def.memory != Location::No {
            return Err(snap_err(
                virErrorNumber::VIR_ERR_XML_ERROR,
                "memory state cannot be saved with offline or disk-only snapshot",
            ));
        }
        if let Some(f) = def.memory_file.as_deref().filter(|f| !f.starts_with('/')) {
            return Err(snap_err(
                virErrorNumber::VIR_ERR_XML_ERROR,
                &format!("memory snapshot file path ({f}) must be absolute"),
            ));
        }
        if let Some(disks) = s.child("disks") {
            for d in disks.elements() {
                let name = d.attr("name").ok_or_else(|| {
                    snap_err(
                        virErrorNumber::VIR_ERR_INTERNAL_ERROR,
                        "missing name from disk snapshot element",
                    )
                })?;
                let snapshot = location_attr(d, d.name())?;
                let file = d.child_attr("source", "file").map(str::to_string);
                def.disks.push(SnapshotDisk {
                    name: name.to_string(),
                    snapshot,
                    file,
                });
            }
        }
        Ok(def)
    }

    /// Whether memory or a disk is kept outside the image.
    pub fn is_external(&self) -> bool {
        self.memory == Location::External
            || self.disks.iter().any(|d| d.snapshot == Location::External)
    }

    /// Lines the snapshot's disks up with its domain's, as libvirt does
    /// when a snapshot is made: one entry per domain disk, in its order,
    /// with `default` resolved. `uniform` internal snapshots refuse any
    /// other mode.
    pub fn align_disks(&mut self, dom: Option<&DomainDef>, default: Location) -> Result<()> {
        let dom = match self.dom.as_deref().or(dom) {
            Some(d) => d,
            None => {
                return Err(snap_err(
                    virErrorNumber::VIR_ERR_INTERNAL_ERROR,
                    "missing domain in snapshot",
                ))
            }
        };
        let ddisks = domain_disks(dom);
        if self.disks.len() > ddisks.len() {
            return Err(conf_unsupported(
                "too many disk snapshot requests for domain",
            ));
        }
        let require_match = default == Location::Internal;
        if ddisks.is_empty() {
            return Ok(());
        }
        let mut given: Vec<(usize, SnapshotDisk)> = Vec::new();
        for mut sd in std::mem::take(&mut self.disks) {
            let Some(i) = ddisks.iter().position(|d| d.dst == sd.name) else {
                return Err(conf_unsupported(&format!("no disk named '{}'", sd.name)));
            };
            if given.iter().any(|(j, _)| *j == i) {
                return Err(conf_unsupported(&format!(
                    "disk '{}' specified twice",
                    sd.name
                )));
            }
            let dd = &ddisks[i];
            if sd.snapshot == Location::Default {
                sd.snapshot = if dd.snapshot != Location::Default
                    && (!require_match || dd.snapshot == Location::No)
                {
                    dd.snapshot
                } else {
                    default
                };
            } else if require_match
                && sd.snapshot != default
                && !(sd.snapshot == Location::No && dd.snapshot == Location::No)
            {
                return Err(conf_unsupported(&format!(
                    "disk '{}' must use snapshot mode '{}'",
                    sd.name,
                    default.name()
                )));
            }
            if let Some(f) = &sd.file {
                if sd.snapshot != Location::External {
                    return Err(conf_unsupported(&format!(
                        "file '{f}' for disk '{}' requires use of external snapshot mode",
                        sd.name
                    )));
                }
            }
            given.push((i, sd));
        }
        self.disks = ddisks
            .iter()
            .enumerate()
            .map(|(i, dd)| {
                if let Some(p) = given.iter().position(|(j, _)| *j == i) {
                    return given.swap_remove(p).1;
                }
                let mut snapshot = if dd.empty { Location::No } else { dd.snapshot };
                if snapshot == Location::Default {
                    snapshot = default;
                }
                SnapshotDisk {
                    name: dd.dst.clone(),
                    snapshot,
                    file: None,
                }
            })
            .collect();
        Ok(())
    }

    /// libvirt's canonical XML; `uuid` stands in for a snapshot without
    /// its domain's definition, whose secrets are written when `secure`.
    pub fn format(&self, uuid: &str, secure: bool) -> String {
        let mut w = Writer::with_capacity(2048);
        w.start("domainsnapshot").open();
        w.leaf("name", &self.name);
        if let Some(d) = &self.description {
            w.leaf("description", d);
        }
        if self.state > 0 {
            if let Some(s) = STATES.get(self.state as usize) {
                w.leaf("state", *s);
            }
        }
        if let Some(p) = &self.parent {
            w.start("parent").open();
            w.leaf("name", p);
            w.end("parent");
        }
        if self.creation_time != 0 {
            w.leaf("creationTime", self.creation_time);
        }
        if self.memory != Location::Default {
            w.start("memory")
                .attr("snapshot", self.memory.name())
                .attr_opt("file", self.memory_file.as_deref())
                .empty();
        }
        if !self.disks.is_empty() {
            w.start("disks").open();
            for d in &self.disks {
                let s = w
                    .start("disk")
                    .attr("name", &d.name)
                    .attr_opt(
                        "snapshot",
                        (d.snapshot != Location::Default).then(|| d.snapshot.name()),
                    )
                    .attr_opt("type", d.file.as_ref().map(|_| "file"));
                match &d.file {
                    None => s.empty(),
                    Some(f) => {
                        s.open();
                        w.start("source").attr("file", f).empty();
                        w.end("disk");
                    }
                }
            }
            w.end("disks");
        }
        match &self.dom {
            Some(dom) => w.raw_block(&dom.format_with(
                None,
                &super::domain::FormatCtx {
                    secure,
                    ..Default::default()
                },
            )),
            None => {
                w.start("domain").open();
                w.leaf("uuid", uuid);
                w.end("domain");
            }
        }
        w.end("domainsnapshot");
        w.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_and_format() {
        let mut s = SnapshotDef::parse(
            "<domainsnapshot><name>a</name><description>x &amp; y</description></domainsnapshot>",
            false,
        )
        .unwrap();
        assert!(s.creation_time > 0);
        s.state = STATE_RUNNING;
        s.memory = Location::Internal;
        let x = s.format("u", false);
        assert!(x.starts_with("<domainsnapshot>\n  <name>a</name>\n  <description>x &amp; y</description>\n  <state>running</state>\n"));
        assert!(x.contains("<memory snapshot='internal'/>"));
        assert!(x.ends_with("  <domain>\n    <uuid>u</uuid>\n  </domain>\n</domainsnapshot>\n"));
        let e = SnapshotDef::parse("<domainsnapshot/>", true).unwrap_err();
        assert_eq!(e.code, virErrorNumber::VIR_ERR_XML_ERROR as i32);
        let d = SnapshotDef::parse("<domainsnapshot/>", false).unwrap();
        assert_eq!(d.name, d.creation_time.to_string());
    }
}
