//! `<numatune>`: which host NUMA nodes the guest's memory comes from, as a
//! whole (`<memory>`) and per guest cell (`<memnode>`).

use super::super::xml::{Node, Writer};
use super::bitmap::{Bitmap, CPUMASK_LEN};
use super::{unsupported, xml_err};
use crate::error::{Error, Result};
use oxvirt_abi::{virErrorDomain, virErrorNumber};

crate::xml_enum! {
    /// `virDomainNumatuneMemMode`, in libvirt's order (its numbers are
    /// the `VIR_DOMAIN_NUMA_MODE` parameter's).
    pub enum NumaMode { Strict = "strict", Preferred = "preferred", Interleave = "interleave", Restrictive = "restrictive" }
}

crate::xml_enum! {
    /// `virDomainNumatunePlacement`.
    pub enum NumaPlacement { Default = "default", Static = "static", Auto = "auto" }
}

impl NumaMode {
    pub fn from_index(i: i32) -> Option<NumaMode> {
        usize::try_from(i)
            .ok()
            .and_then(|i| NumaMode::ALL.get(i))
            .copied()
    }

    pub fn index(self) -> i32 {
        self as i32
    }
}

/// `<memory>` once specified: its placement is static or auto, and a
/// static one has a node set.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MemoryTune {
    pub mode: NumaMode,
    pub placement: NumaPlacement,
    pub nodeset: Option<Bitmap>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MemNode {
    pub cellid: u32,
    pub mode: NumaMode,
    pub nodeset: Bitmap,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Numatune {
    pub memory: Option<MemoryTune>,
    /// By cell id.
    pub memnodes: Vec<MemNode>,
}

/// libvirt's bitmap syntax error.
pub fn bitmap_error(s: &str) -> Error {
    Error::new(
        virErrorDomain::VIR_FROM_NONE,
        virErrorNumber::VIR_ERR_INVALID_ARG,
        Some(&format!("Failed to parse bitmap '{s}'")),
    )
}

/// A node set in libvirt's syntax; one that only removes nodes is valid
/// and empty (our [`Bitmap::parse`] refuses it, so it is asked again with
/// a node to remove from).
pub fn parse_nodeset(s: &str) -> Result<Bitmap> {
    Bitmap::parse(s, CPUMASK_LEN)
        .or_else(|| {
            Bitmap::parse(&format!("{},{s}", CPUMASK_LEN - 1), CPUMASK_LEN)
                .map(|_| Bitmap::default())
        })
        .ok_or_else(|| bitmap_error(s))
}

impl Numatune {
    /// The `<numatune>` of domain element `d`; `cells` is the number of
    /// guest NUMA cells, `placement_static` whether `<vcpu>` placement is
    /// static.
    pub fn parse(d: Node, cells: usize, placement_static: bool) -> Result<Numatune> {
        let mut t = Numatune::default();
        let mut all = d.children("numatune");
        let first = all.next();
        if all.next().is_some() {
            return Err(xml_err("only one numatune is supported"));
        }
        let memory = first.and_then(|n| n.child("memory"));
        let mut placement = None;
        let mut mode = None;
        let mut nodeset = None;
        if !placement_static && memory.is_none() {
            placement = Some(NumaPlacement::Auto);
        }
        if let Some(m) = memory {
            if let Some(s) = m.attr("mode") {
                mode = Some(NumaMode::from_name(s).ok_or_else(|| {
                    unsupported(&format!("Unsupported NUMA memory tuning mode '{s}'"))
                })?);
            }
            if let Some(s) = m.attr("placement") {
                placement = Some(NumaPlacement::from_name(s).ok_or_else(|| {
                    unsupported(&format!("Unsupported NUMA memory placement mode '{s}'"))
                })?);
            }
            if let Some(s) = m.attr("nodeset") {
                let set = parse_nodeset(s)?;
                if set.is_empty() {
                    return Err(unsupported(&format!("Invalid value of 'nodeset': {s}")));
                }
                nodeset = Some(set);
            }
        }
        t.set(placement_static, placement, mode, nodeset)?;
        if let Some(n) = first {
            t.parse_memnodes(n, cells)?;
        }
        Ok(t)
    }

    fn parse_memnodes(&mut self, n: Node, cells: usize) -> Result<()> {
        let mut nodes = n.children("memnode").peekable();
        if nodes.peek().is_none() {
            return Ok(());
        }
        if self
            .memory
            .as_ref()
            .is_some_and(|m| m.placement == NumaPlacement::Auto)
        {
            return Err(unsupported(
                "Per-node binding is not compatible with automatic NUMA placement.",
            ));
        }
        if cells == 0 {
            return Err(xml_err(
                "Element 'memnode' is invalid without any guest NUMA cells",
            ));
        }
        for m in nodes {
            let cellid: u32 = m.prop_required("cellid")?;
            if cellid as usize >= cells {
                return Err(xml_err(
                    "Argument 'cellid' in memnode element must correspond to existing guest's NUMA cell",
                ));
            }
            if self.memnodes.iter().any(|n| n.cellid == cellid) {
                return Err(xml_err(&format!(
                    "Multiple memnode elements with cellid {cellid}"
                )));
            }
            let mode = m.prop_or("mode", NumaMode::Strict)?;
            if self
                .memory
                .as_ref()
                .is_some_and(|t| t.mode == NumaMode::Restrictive)
                && mode != NumaMode::Restrictive
            {
                return Err(xml_err(
                    "'restrictive' mode is required in memnode element when mode is 'restrictive' in memory element",
                ));
            }
            let s = m
                .attr("nodeset")
                .ok_or_else(|| xml_err("Missing required nodeset attribute in memnode element"))?;
            let nodeset = parse_nodeset(s)?;
            if nodeset.is_empty() {
                return Err(unsupported(&format!("Invalid value of 'nodeset': {s}")));
            }
            self.memnodes.push(MemNode {
                cellid,
                mode,
                nodeset,
            });
        }
        self.memnodes.sort_by_key(|n| n.cellid);
        Ok(())
    }

    /// libvirt's `virDomainNumatuneSet` for the whole guest: `None` leaves
    /// a value as it is.
    pub fn set(
        &mut self,
        placement_static: bool,
        placement: Option<NumaPlacement>,
        mode: Option<NumaMode>,
        nodeset: Option<Bitmap>,
    ) -> Result<()> {
        if placement.is_none() && mode.is_none() && nodeset.is_none() {
            return Ok(());
        }
        let (mut placement, mode) = match &self.memory {
            None => (
                Some(placement.unwrap_or(NumaPlacement::Default)),
                Some(mode.unwrap_or(NumaMode::Strict)),
            ),
            Some(_) => (placement, mode),
        };
        let mut m = self.memory.clone().unwrap_or(MemoryTune {
            mode: NumaMode::Strict,
            placement: NumaPlacement::Default,
            nodeset: None,
        });
        if let Some(mode) = mode {
            m.mode = mode;
        }
        if let Some(set) = nodeset {
            m.nodeset = Some(set);
            placement.get_or_insert(NumaPlacement::Static);
        }
        if placement == Some(NumaPlacement::Default) {
            placement = Some(if m.nodeset.is_some() || placement_static {
                NumaPlacement::Static
            } else {
                NumaPlacement::Auto
            });
        }
        if placement == Some(NumaPlacement::Static) && m.nodeset.is_none() {
            return Err(unsupported(
                "nodeset for NUMA memory tuning must be set if 'placement' is 'static'",
            ));
        }
        if placement == Some(NumaPlacement::Auto) {
            m.nodeset = None;
        }
        if let Some(p) = placement {
            m.placement = p;
        }
        self.memory = Some(m);
        Ok(())
    }

    /// The mode of the whole guest, when `<memory>` gives one.
    pub fn mode(&self) -> Option<NumaMode> {
        self.memory.as_ref().map(|m| m.mode)
    }

    /// The node set of the whole guest as libvirt reports it: empty when
    /// placement is automatic or nothing is set.
    pub fn nodeset_text(&self) -> String {
        match &self.memory {
            Some(MemoryTune {
                placement: NumaPlacement::Auto,
                ..
            })
            | None => String::new(),
            Some(m) => m
                .nodeset
                .as_ref()
                .map(Bitmap::to_string)
                .unwrap_or_default(),
        }
    }

    pub fn has_placement_auto(&self) -> bool {
        self.memory
            .as_ref()
            .is_some_and(|m| m.placement == NumaPlacement::Auto)
    }

    pub fn format(&self, w: &mut Writer) {
        if self.memory.is_none() && self.memnodes.is_empty() {
            return;
        }
        w.start("numatune").open();
        if let Some(m) = &self.memory {
            let s = w.start("memory").attr("mode", m.mode);
            match m.placement {
                NumaPlacement::Static => s
                    .attr("nodeset", m.nodeset.clone().unwrap_or_default())
                    .empty(),
                NumaPlacement::Auto => s.attr("placement", m.placement).empty(),
                NumaPlacement::Default => s.empty(),
            }
        }
        for n in &self.memnodes {
            w.start("memnode")
                .attr("cellid", n.cellid)
                .attr("mode", n.mode)
                .attr("nodeset", &n.nodeset)
                .empty();
        }
        w.end("numatune");
    }
}
