//! `<memory>`: a memory device (DIMM, NVDIMM, virtio-pmem, virtio-mem,
//! SGX EPC section) plugged into the guest.

use super::super::bitmap::{Bitmap, CPUMASK_LEN};
use super::super::{err, unsupported, xml_err};
use super::{Device, DeviceInfo, Devices, FormatCtx, InfoOpts, ParseCtx};
use crate::conf::xml::{parse_memory_kib, yes_no, Node, Opts, Uuid, Writer};
use crate::error::{Error, Result};
use oxvirt_abi::{virErrorDomain, virErrorNumber};

crate::xml_enum! {
    pub enum MemoryModel {
        None = "", Dimm = "dimm", Nvdimm = "nvdimm", VirtioPmem = "virtio-pmem",
        VirtioMem = "virtio-mem", SgxEpc = "sgx-epc",
    }
}

crate::xml_enum! {
    pub enum MemoryAccess { Default = "default", Shared = "shared", Private = "private" }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MemoryDevice {
    pub model: MemoryModel,
    pub access: MemoryAccess,
    pub discard: Option<bool>,
    /// NVDIMM only.
    pub uuid: Option<[u8; 16]>,
    // <source>
    /// Host NUMA nodes (DIMM, virtio-mem, SGX EPC).
    pub source_nodes: Option<Bitmap>,
    /// KiB; 0 when not given (DIMM, virtio-mem).
    pub pagesize: u64,
    /// The backing file (NVDIMM, virtio-pmem).
    pub path: Option<String>,
    /// KiB; NVDIMM.
    pub alignsize: u64,
    pub pmem: bool,
    // <target>
    /// KiB.
    pub size: u64,
    /// Guest NUMA node; `None` when not given.
    pub target_node: Option<i32>,
    /// KiB; NVDIMM.
    pub labelsize: u64,
    pub readonly: bool,
    /// KiB; virtio-mem.
    pub blocksize: u64,
    pub requestedsize: u64,
    /// What the guest uses now (run-time, virtio-mem).
    pub currentsize: u64,
    pub info: DeviceInfo,
}

/// `<x unit>` below `n`, in KiB, 0 when absent.
fn mem(n: Node, path: &str, required: bool) -> Result<u64> {
    let c = n.find(path);
    parse_memory_kib(
        c.map(|c| c.text()).as_deref(),
        c.and_then(|c| c.attr("unit")),
        &format!("./{path}"),
        required,
    )
}

fn nodemask(s: Node) -> Result<Option<Bitmap>> {
    let Some(text) = s
        .child("nodemask")
        .map(|c| c.text())
        .filter(|t| !t.is_empty())
    else {
        return Ok(None);
    };
    let bm = Bitmap::parse(&text, CPUMASK_LEN).ok_or_else(|| {
        Error::new(
            virErrorDomain::VIR_FROM_NONE,
            virErrorNumber::VIR_ERR_INVALID_ARG,
            Some(&format!("Failed to parse bitmap '{text}'")),
        )
    })?;
    if bm.is_empty() {
        return Err(unsupported(&format!("Invalid value of 'nodemask': {text}")));
    }
    Ok(Some(bm))
}

impl MemoryDevice {
    pub fn parse(n: Node, cx: &ParseCtx) -> Result<MemoryDevice> {
        let model = n
            .prop_with::<MemoryModel>("model", Opts::REQUIRED.nonzero())?
            .unwrap_or(MemoryModel::Dimm);
        let access = n
            .prop_with::<MemoryAccess>("access", Opts::NONE.nonzero())?
            .unwrap_or(MemoryAccess::Default);
        let discard = n.prop::<bool>("discard")?;
        let uuid = match (model, n.child("uuid").map(|u| u.text())) {
            (MemoryModel::Nvdimm, Some(t)) if !t.is_empty() => {
                Some(crate::util::uuid::parse_uuid(&t).ok_or_else(|| {
                    err(
                        virErrorNumber::VIR_ERR_INTERNAL_ERROR,
                        Some("malformed uuid element"),
                    )
                })?)
            }
            _ => None,
        };
        let mut d = MemoryDevice {
            model,
            access,
            discard,
            uuid,
            source_nodes: None,
            pagesize: 0,
            path: None,
            alignsize: 0,
            pmem: false,
            size: 0,
            target_node: None,
            labelsize: 0,
            readonly: false,
            blocksize: 0,
            requestedsize: 0,
            currentsize: 0,
            info: DeviceInfo::default(),
        };
        if let Some(s) = n.child("source") {
            d.parse_source(s)?;
        }
        let Some(t) = n.child("target") else {
            return Err(xml_err("missing <target> element for <memory> device"));
        };
        d.parse_target(t)?;
        d.info = DeviceInfo::parse(n, cx, InfoOpts::PLAIN)?;
        d.post_parse(cx);
        Ok(d)
    }

    fn parse_source(&mut self, s: Node) -> Result<()> {
        let path = || Some(s.child("path")?.text().into_owned()).filter(|p| !p.is_empty());
        match self.model {
            MemoryModel::Dimm | MemoryModel::VirtioMem => {
                self.pagesize = mem(s, "pagesize", false)?;
                self.source_nodes = nodemask(s)?;
            }
            MemoryModel::Nvdimm => {
                self.path = path();
                self.alignsize = mem(s, "alignsize", false)?;
                self.pmem = s.child("pmem").is_some();
            }
            MemoryModel::VirtioPmem => self.path = path(),
            MemoryModel::SgxEpc => self.source_nodes = nodemask(s)?,
            MemoryModel::None => {}
        }
        Ok(())
    }

    fn parse_target(&mut self, t: Node) -> Result<()> {
        if let Some(text) = t.child("node").map(|c| c.text()).filter(|v| !v.is_empty()) {
            match crate::conf::xml::number::to_i32(&text, 10) {
                Some(v) if v >= 0 => self.target_node = Some(v),
                _ => return Err(xml_err("invalid value of memory device node")),
            }
        }
        self.size = mem(t, "size", true)?;
        match self.model {
            MemoryModel::Nvdimm => {
                self.labelsize = mem(t, "label/size", false)?;
                if self.labelsize != 0 && self.labelsize < 128 {
                    return Err(xml_err("nvdimm label must be at least 128KiB"));
                }
                if self.labelsize >= self.size {
                    return Err(xml_err("label size must be smaller than NVDIMM size"));
                }
                self.readonly = t.child("readonly").is_some();
            }
            MemoryModel::VirtioMem => {
                self.blocksize = mem(t, "block", false)?;
                self.requestedsize = mem(t, "requested", false)?;
            }
            _ => {}
        }
        Ok(())
    }

    /// virtio-pmem needs shared access; an NVDIMM of a ppc64 guest gets
    /// a UUID.
    fn post_parse(&mut self, cx: &ParseCtx) {
        match self.model {
            MemoryModel::VirtioPmem if self.access == MemoryAccess::Default => {
                self.access = MemoryAccess::Shared;
            }
            MemoryModel::Nvdimm if cx.arch.starts_with("ppc64") && self.uuid.is_none() => {
                self.uuid = Some(*uuid::Uuid::new_v4().as_bytes());
            }
            _ => {}
        }
    }

    /// libvirt's `virDomainMemoryDefValidate`; `cells` is the number of
    /// guest NUMA nodes.
    pub(super) fn validate(&self, arch: &str, cells: usize) -> Result<()> {
        let detail = |m: &str| err(virErrorNumber::VIR_ERR_XML_DETAIL, Some(m));
        // Guest NUMA nodes are numbered from 0 without gaps.
        if let Some(node) = self.target_node {
            if cells == 0 {
                return Err(detail(
                    "can't add memory backend as guest has no NUMA nodes configured",
                ));
            }
            if usize::try_from(node).map_or(true, |n| n >= cells) {
                return Err(detail(&format!(
                    "can't add memory backend for guest node '{node}' as the guest has only '{cells}' NUMA nodes configured"
                )));
            }
        }
        let m = self.model.name();
        match self.model {
            MemoryModel::Nvdimm => {
                if self.path.is_none() {
                    return Err(detail("path is required for model 'nvdimm'"));
                }
                if self.discard == Some(true) {
                    return Err(unsupported("discard is not supported for nvdimms"));
                }
                if arch.starts_with("ppc64") {
                    if self.labelsize == 0 {
                        return Err(unsupported("label size is required for NVDIMM device"));
                    }
                } else if self.uuid.is_some() {
                    return Err(unsupported("UUID is not supported for NVDIMM device"));
                }
            }
            MemoryModel::VirtioPmem => {
                if self.path.is_none() {
                    return Err(detail(&format!("path is required for model '{m}'")));
                }
                if self.discard == Some(true) {
                    return Err(unsupported(&format!(
                        "discard is not supported for model '{m}'"
                    )));
                }
                if self.access != MemoryAccess::Shared {
                    return Err(unsupported(
                        "shared access mode required for virtio-pmem device",
                    ));
                }
                if self.target_node.is_some() {
                    return Err(unsupported("virtio-pmem does not support NUMA nodes"));
                }
            }
            MemoryModel::VirtioMem => {
                if self.requestedsize > self.size {
                    return Err(detail(&format!(
                        "requested size must be smaller than or equal to @size ({}KiB)",
                        self.size
                    )));
                }
                if !self.blocksize.is_power_of_two() {
                    return Err(detail("block size must be a power of two"));
                }
                // libvirt asks the host for its transparent huge page
                // size; 2 MiB is what it assumes when it cannot tell.
                let thp = host_thp_kib().unwrap_or(2048);
                if self.blocksize < thp {
                    return Err(detail(&format!(
                        "block size too small, must be at least {thp}KiB"
                    )));
                }
                if !self.requestedsize.is_multiple_of(self.blocksize) {
                    return Err(detail(
                        "requested size must be an integer multiple of block size",
                    ));
                }
            }
            MemoryModel::SgxEpc if self.info.address.is_some() => {
                return Err(unsupported(&format!(
                    "memory device address is not supported for model '{m}'"
                )));
            }
            _ => {}
        }
        Ok(())
    }

    pub fn format(&self, w: &mut Writer, cx: &FormatCtx) {
        w.start("memory")
            .attr("model", self.model)
            .attr_opt(
                "access",
                (self.access != MemoryAccess::Default).then_some(self.access),
            )
            .attr_opt("discard", self.discard.map(yes_no))
            .open();
        if let Some(u) = &self.uuid {
            w.leaf("uuid", Uuid(u));
        }
        self.format_source(w);
        self.format_target(w, cx);
        self.info.format(w, cx, InfoOpts::PLAIN);
        w.end("memory");
    }

    fn has_source(&self) -> bool {
        match self.model {
            MemoryModel::Dimm | MemoryModel::VirtioMem => {
                self.source_nodes.is_some() || self.pagesize != 0
            }
            MemoryModel::Nvdimm => self.path.is_some() || self.alignsize != 0 || self.pmem,
            MemoryModel::VirtioPmem => self.path.is_some(),
            MemoryModel::SgxEpc => self.source_nodes.is_some(),
            MemoryModel::None => false,
        }
    }

    fn format_source(&self, w: &mut Writer) {
        if !self.has_source() {
            return;
        }
        w.start("source").open();
        let nodes = |w: &mut Writer| {
            if let Some(b) = &self.source_nodes {
                w.leaf("nodemask", b.to_string());
            }
        };
        match self.model {
            MemoryModel::Dimm | MemoryModel::VirtioMem => {
                nodes(w);
                if self.pagesize != 0 {
                    w.start("pagesize").attr("unit", "KiB").text(self.pagesize);
                }
            }
            MemoryModel::Nvdimm => {
                if let Some(p) = &self.path {
                    w.leaf("path", p.as_str());
                }
                if self.alignsize != 0 {
                    w.start("alignsize")
                        .attr("unit", "KiB")
                        .text(self.alignsize);
                }
                if self.pmem {
                    w.start("pmem").empty();
                }
            }
            MemoryModel::VirtioPmem => {
                if let Some(p) = &self.path {
                    w.leaf("path", p.as_str());
                }
            }
            MemoryModel::SgxEpc => nodes(w),
            MemoryModel::None => {}
        }
        w.end("source");
    }

    fn format_target(&self, w: &mut Writer, cx: &FormatCtx) {
        w.start("target").open();
        w.start("size").attr("unit", "KiB").text(self.size);
        if let Some(n) = self.target_node {
            w.leaf("node", n);
        }
        if self.labelsize != 0 {
            w.start("label").open();
            w.start("size").attr("unit", "KiB").text(self.labelsize);
            w.end("label");
        }
        if self.readonly {
            w.start("readonly").empty();
        }
        if self.blocksize != 0 {
            w.start("block").attr("unit", "KiB").text(self.blocksize);
            w.start("requested")
                .attr("unit", "KiB")
                .text(self.requestedsize);
            if !cx.inactive {
                w.start("current")
                    .attr("unit", "KiB")
                    .text(self.currentsize);
            }
        }
        w.end("target");
    }
}

/// The host's transparent huge page size in KiB, as the kernel reports it.
fn host_thp_kib() -> Option<u64> {
    let text =
        std::fs::read_to_string("/sys/kernel/mm/transparent_hugepage/hpage_pmd_size").ok()?;
    text.trim().parse::<u64>().ok().map(|b| b / 1024)
}

impl Devices {
    /// The memory all memory devices add, in KiB (part of the domain's
    /// total memory).
    pub fn hotplug_memory_kib(&self) -> u64 {
        self.iter()
            .map(|d| match d {
                Device::Memory(m) => m.size,
                _ => 0,
            })
            .fold(0u64, u64::saturating_add)
    }
}
