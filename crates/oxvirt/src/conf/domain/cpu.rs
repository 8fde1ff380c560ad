//! `<vcpu>` and `<cpu>` (mode, model, topology, cache, features, NUMA
//! cells), in libvirt's canonical form.

use super::super::xml::{self, Node, Writer};
use super::bitmap::{Bitmap, CPUMASK_LEN};
use super::kept::Kept;
use super::{unsupported, xml_err, Placement};
use crate::error::Result;

crate::xml_enum! {
    /// `<cpu mode=…>`.
    pub enum CpuMode { Custom = "custom", HostModel = "host-model", HostPassthrough = "host-passthrough", Maximum = "maximum" }
}
crate::xml_enum! {
    /// `<cpu match=…>`.
    pub enum CpuMatch { Exact = "exact", Minimum = "minimum", Strict = "strict" }
}
crate::xml_enum! {
    /// `<cpu check=…>` ("default" is never written).
    pub enum CpuCheck { Default = "default", None = "none", Partial = "partial", Full = "full" }
}
crate::xml_enum! {
    /// `<model fallback=…>`.
    pub enum CpuFallback { Allow = "allow", Forbid = "forbid" }
}
crate::xml_enum! {
    /// `<feature policy=…>`.
    pub enum FeaturePolicy { Force = "force", Require = "require", Optional = "optional", Disable = "disable", Forbid = "forbid" }
}
crate::xml_enum! {
    /// `<cache mode=…>`.
    pub enum CacheMode { Emulate = "emulate", Passthrough = "passthrough", Disable = "disable" }
}

/// `<vcpu>`: how many, where, and how many online.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Vcpu {
    pub max: u32,
    pub current: Option<u32>,
    pub placement: Placement,
    pub cpuset: Option<Bitmap>,
}

impl Vcpu {
    pub fn parse(d: Node) -> Result<Vcpu> {
        let Some(v) = d.child("vcpu") else {
            return Ok(Vcpu {
                max: 1,
                current: None,
                placement: Placement::Static,
                cpuset: None,
            });
        };
        let max = xml::number::to_u32(&v.text(), 10)
            .ok_or_else(|| xml_err("maximum vcpus count must be an integer"))?;
        let current = v.prop::<u32>("current")?;
        let placement = v
            .prop::<Placement>("placement")?
            .unwrap_or(Placement::Static);
        let cpuset = match v.attr("cpuset").filter(|_| placement != Placement::Auto) {
            None => None,
            Some(s) => {
                let set = super::numatune::parse_nodeset(s)?;
                if set.is_empty() {
                    return Err(unsupported(&format!("Invalid value of 'cpuset': {s}")));
                }
                Some(set)
            }
        };
        if current.is_some_and(|c| c > max) {
            return Err(unsupported(
                "maximum vCPU count must not be less than current vCPU count",
            ));
        }
        Ok(Vcpu {
            max,
            current: current.filter(|c| *c != max),
            placement,
            cpuset,
        })
    }

    pub fn format(&self, w: &mut Writer) {
        w.start("vcpu")
            .attr("placement", self.placement)
            .attr_opt("cpuset", self.cpuset.as_ref().filter(|b| !b.is_empty()))
            .attr_opt("current", self.current)
            .text(self.max);
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NumaCell {
    pub id: u32,
    pub cpus: Option<Bitmap>,
    pub memory_kib: u64,
    pub mem_access: Option<String>,
    pub discard: Option<String>,
    pub children: Vec<Kept>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cpu {
    pub mode: CpuMode,
    pub matching: Option<CpuMatch>,
    pub check: Option<CpuCheck>,
    pub migratable: Option<xml::Switch>,
    pub model: Option<String>,
    pub fallback: CpuFallback,
    pub vendor_id: Option<String>,
    pub vendor: Option<String>,
    /// sockets, dies, cores, threads.
    pub topology: Option<[u32; 4]>,
    pub cache: Option<(Option<i32>, CacheMode)>,
    pub maxphysaddr: Option<Kept>,
    pub features: Vec<(FeaturePolicy, String)>,
    pub numa: Vec<NumaCell>,
    /// What follows the cells inside `<numa>` (interconnects).
    pub numa_extra: Vec<Kept>,
}

impl Cpu {
    pub fn parse(d: Node) -> Result<Option<Cpu>> {
        let Some(c) = d.child("cpu") else {
            return Ok(None);
        };
        if c.child("arch").is_some() {
            return Err(xml_err(
                "'arch' element cannot be used inside 'cpu' element with 'match' attribute'",
            ));
        }
        let mode = match c.attr("mode") {
            None => CpuMode::Custom,
            Some(m) => CpuMode::from_name(m)
                .ok_or_else(|| unsupported(&format!("Invalid mode attribute '{m}'")))?,
        };
        let migratable = c.prop::<xml::Switch>("migratable")?;
        if migratable.is_some() && !matches!(mode, CpuMode::HostPassthrough | CpuMode::Maximum) {
            return Err(unsupported(
                "Attribute migratable is only allowed for 'host-passthrough' / 'maximum' CPU mode",
            ));
        }
        let matching = c.prop::<CpuMatch>("match")?;
        let check = c.prop::<CpuCheck>("check")?;
        let model = c.child_string("model").map(|s| s.into_owned());
        let mut fallback = CpuFallback::Allow;
        let mut vendor_id = None;
        if !matches!(mode, CpuMode::HostPassthrough | CpuMode::Maximum) {
            if let Some(f) = c.child_attr("model", "fallback") {
                fallback = CpuFallback::from_name(f)
                    .ok_or_else(|| unsupported("Invalid fallback attribute"))?;
            }
            if let Some(v) = c.child_attr("model", "vendor_id") {
                if v.len() != 12 {
                    return Err(xml_err("vendor_id must be exactly 12 characters long"));
                }
                if v.contains(',') {
                    return Err(xml_err("vendor id is invalid"));
                }
                vendor_id = Some(v.to_string());
            }
        }
        let vendor = c.child_string("vendor").map(|s| s.into_owned());
        if vendor.is_some() && model.is_none() {
            return Err(xml_err("CPU vendor specified without CPU model"));
        }
        let topology = match c.child("topology") {
            None => None,
            Some(t) => {
                let req = xml::Opts::REQUIRED.nonzero();
                let sockets = t.prop_with::<u32>("sockets", req)?.unwrap_or(0);
                let dies = t
                    .prop_with::<u32>("dies", xml::Opts::NONE.nonzero())?
                    .unwrap_or(1);
                let cores = t.prop_with::<u32>("cores", req)?.unwrap_or(0);
                let threads = t.prop_with::<u32>("threads", req)?.unwrap_or(0);
                Some([sockets, dies, cores, threads])
            }
        };
        let mut features: Vec<(FeaturePolicy, String)> = Vec::new();
        let nodes: Vec<Node> = c.children("feature").collect();
        if !nodes.is_empty() && model.is_none() && mode == CpuMode::Custom {
            return Err(xml_err(
                "Non-empty feature list specified without CPU model",
            ));
        }
        for f in nodes {
            let policy = match f.attr("policy") {
                None => FeaturePolicy::Require,
                Some(p) => FeaturePolicy::from_name(p)
                    .ok_or_else(|| unsupported("Invalid CPU feature policy"))?,
            };
            let name = f
                .attr("name")
                .filter(|n| !n.is_empty())
                .ok_or_else(|| xml_err("Invalid CPU feature name"))?;
            if features.iter().any(|(_, n)| n == name) {
                return Err(xml_err(&format!(
                    "CPU feature '{name}' specified more than once"
                )));
            }
            features.push((policy, name.to_string()));
        }
        let caches: Vec<Node> = c.children("cache").collect();
        if caches.len() > 1 {
            return Err(xml_err("at most one CPU cache element may be specified"));
        }
        let cache = match caches.first() {
            None => None,
            Some(n) => Some((
                n.prop::<i32>("level")?,
                n.prop_required::<CacheMode>("mode")?,
            )),
        };
        let mut numa = Vec::new();
        let mut numa_extra = Vec::new();
        if let Some(n) = c.child("numa") {
            let count = n.children("cell").count();
            let mut seen = std::collections::HashSet::new();
            for (i, cell) in n.children("cell").enumerate() {
                let id = cell.prop::<u32>("id")?.unwrap_or(i as u32);
                if id as usize >= count {
                    return Err(xml_err(
                        "Exactly one 'cell' element per guest NUMA cell allowed, non-contiguous ranges or ranges not starting from 0 are not allowed",
                    ));
                }
                if !seen.insert(id) {
                    return Err(xml_err(&format!(
                        "Duplicate NUMA cell info for cell id '{id}'"
                    )));
                }
                let cpus = match cell.attr("cpus") {
                    None => None,
                    Some(s) => Some(Bitmap::parse(s, CPUMASK_LEN).ok_or_else(|| {
                        xml_err(&format!("Invalid 'cpus' attribute in NUMA cell: {s}"))
                    })?),
                };
                let memory_kib =
                    xml::parse_memory_kib(cell.attr("memory"), cell.attr("unit"), "memory", true)?;
                numa.push(NumaCell {
                    id,
                    cpus,
                    memory_kib,
                    mem_access: cell.attr("memAccess").map(str::to_string),
                    discard: cell.attr("discard").map(str::to_string),
                    children: cell.elements().map(Kept::from_node).collect(),
                });
            }
            let parse_order: Vec<u32> = numa.iter().map(|c| c.id).collect();
            numa.sort_by_key(|c| c.id);
            fill_distances(&mut numa, &parse_order);
            numa_extra = n
                .elements()
                .filter(|e| e.name() != "cell")
                .map(Kept::from_node)
                .collect();
        }
        Ok(Some(Cpu {
            mode,
            matching,
            check: check.filter(|c| *c != CpuCheck::Default),
            migratable,
            model,
            fallback,
            vendor_id,
            vendor,
            topology,
            cache,
            maxphysaddr: c.child("maxphysaddr").map(Kept::from_node),
            features,
            numa,
            numa_extra,
        }))
    }

    fn is_empty(&self) -> bool {
        self.model.is_none()
            && self.vendor_id.is_none()
            && self.vendor.is_none()
            && self.topology.is_none()
            && self.cache.is_none()
            && self.maxphysaddr.is_none()
            && self.features.is_empty()
            && self.numa.is_empty()
    }

    /// The sum of the NUMA cells' memory, 0 without cells.
    pub fn numa_memory_kib(&self) -> u64 {
        self.numa.iter().map(|c| c.memory_kib).sum()
    }

    pub fn format(&self, w: &mut Writer) {
        let attrs = self.mode != CpuMode::Custom || self.model.is_some();
        if !attrs && self.is_empty() {
            // libvirt writes no element with neither attributes nor children.
            return;
        }
        let mut s = w.start("cpu");
        if attrs {
            s = s.attr("mode", self.mode);
            if self.mode == CpuMode::Custom {
                s = s.attr("match", self.matching.unwrap_or(CpuMatch::Exact));
            }
            s = s.attr_opt("check", self.check);
            if matches!(self.mode, CpuMode::HostPassthrough | CpuMode::Maximum) {
                s = s.attr_opt("migratable", self.migratable);
            }
        }
        let format_model = matches!(self.mode, CpuMode::Custom | CpuMode::HostModel);
        let has_children = (format_model
            && (self.model.is_some() || self.vendor_id.is_some() || self.vendor.is_some()))
            || self.topology.is_some()
            || self.cache.is_some()
            || self.maxphysaddr.is_some()
            || !self.features.is_empty()
            || !self.numa.is_empty();
        if !has_children {
            s.empty();
            return;
        }
        s.open();
        if format_model && (self.model.is_some() || self.vendor_id.is_some()) {
            let m = w
                .start("model")
                .attr_opt("fallback", self.model.as_ref().map(|_| self.fallback))
                .attr_opt("vendor_id", self.vendor_id.as_ref());
            match &self.model {
                Some(name) => m.text(name),
                None => m.empty(),
            }
        }
        if format_model {
            if let Some(v) = &self.vendor {
                w.leaf("vendor", v);
            }
        }
        if let Some([s, d, c, t]) = self.topology {
            w.start("topology")
                .attr("sockets", s)
                .attr("dies", d)
                .attr("cores", c)
                .attr("threads", t)
                .empty();
        }
        if let Some((level, mode)) = self.cache {
            w.start("cache")
                .attr_opt("level", level.filter(|l| *l != -1))
                .attr("mode", mode)
                .empty();
        }
        if let Some(m) = &self.maxphysaddr {
            // libvirt writes the mode first.
            let mut m = m.clone();
            m.attrs.sort_by_key(|(k, _)| k != "mode");
            m.write(w);
        }
        for (policy, name) in &self.features {
            w.start("feature")
                .attr("policy", *policy)
                .attr("name", name)
                .empty();
        }
        if !self.numa.is_empty() {
            w.start("numa").open();
            for c in &self.numa {
                let s = w
                    .start("cell")
                    .attr("id", c.id)
                    .attr_opt("cpus", c.cpus.as_ref())
                    .attr("memory", c.memory_kib)
                    .attr("unit", "KiB")
                    .attr_opt("memAccess", c.mem_access.as_ref())
                    .attr_opt("discard", c.discard.as_ref());
                if c.children.is_empty() {
                    s.empty();
                } else {
                    s.open();
                    super::kept::write_all(w, &c.children);
                    w.end("cell");
                }
            }
            super::kept::write_all(w, &self.numa_extra);
            w.end("numa");
        }
        w.end("cpu");
    }
}

/// libvirt's reading of NUMA distances: each cell's own distance is 10,
/// and a distance given one way is taken for the other way too unless
/// that one is given. Cells are visited in the order they were written
/// (`order`, by id); `cells` is sorted by id. Each cell's `<distances>` is
/// rewritten (first among its children) from the result.
fn fill_distances(cells: &mut [NumaCell], order: &[u32]) {
    use std::collections::BTreeMap;
    let n = cells.len();
    let positions: std::collections::HashMap<u32, usize> =
        cells.iter().enumerate().map(|(i, c)| (c.id, i)).collect();
    let index = |id: u32| positions.get(&id).copied();
    // Rows are sparse: a document may name many cells but few distances.
    let mut rows: Vec<Option<BTreeMap<usize, u32>>> = vec![None; n];
    let local = |at: usize| BTreeMap::from([(at, 10u32)]);
    let mut any = false;
    for &id in order {
        let Some(cur) = index(id) else { continue };
        let Some(d) = cells[cur].children.iter().find(|k| k.name == "distances") else {
            continue;
        };
        for sib in d.children.iter().filter(|k| k.name == "sibling") {
            let (Some(sid), Some(value)) = (
                sib.attr("id").and_then(|v| v.parse::<usize>().ok()),
                sib.attr("value").and_then(|v| v.parse::<u32>().ok()),
            ) else {
                continue;
            };
            if sid >= n {
                continue;
            }
            any = true;
            rows[cur]
                .get_or_insert_with(|| local(cur))
                .insert(sid, value);
            rows[sid]
                .get_or_insert_with(|| local(sid))
                .entry(cur)
                .or_insert(value);
        }
    }
    if !any {
        return;
    }
    for (i, cell) in cells.iter_mut().enumerate() {
        cell.children.retain(|k| k.name != "distances");
        let Some(row) = &rows[i] else { continue };
        let siblings = row
            .iter()
            .filter(|(_, v)| **v != 0)
            .map(|(j, v)| Kept {
                name: "sibling".into(),
                attrs: vec![
                    ("id".into(), j.to_string()),
                    ("value".into(), v.to_string()),
                ],
                text: None,
                children: Vec::new(),
            })
            .collect();
        cell.children.insert(
            0,
            Kept {
                name: "distances".into(),
                attrs: Vec::new(),
                text: None,
                children: siblings,
            },
        );
    }
}
