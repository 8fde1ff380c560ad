//! A storage source (libvirt's `virStorageSource`): what a disk, its
//! backing chain or a mirror reads from, as `<source>` and
//! `<backingStore>` describe it.

use super::super::{err, unsupported, xml_err};
use super::info::parse_pci;
use super::seclabel::DeviceSeclabel;
use super::storage_net::{NetProtocol, NetSource};
use super::storage_secrets::{Auth, Encryption};
use super::{FormatCtx, ParseCtx};
use crate::conf::xml::{self, Node, Writer};
use crate::error::Result;
use oxvirt_abi::virErrorNumber;

crate::xml_enum! {
    /// `<disk type>` / `<backingStore type>`; `none` is refused on input
    /// and marks the end of a backing chain.
    pub enum StorageType {
        None = "none", File = "file", Block = "block", Dir = "dir", Network = "network",
        Volume = "volume", Nvme = "nvme", VhostUser = "vhostuser",
    }
}

crate::xml_enum! {
    /// `<driver type>` / `<format type>`: the image format.
    pub enum FileFormat {
        None = "none", Raw = "raw", Dir = "dir", Bochs = "bochs", Cloop = "cloop",
        Dmg = "dmg", Iso = "iso", Vpc = "vpc", Vdi = "vdi", Fat = "fat", Vhd = "vhd",
        Ploop = "ploop", Cow = "cow", Qcow = "qcow", Qcow2 = "qcow2", Qed = "qed",
        Vmdk = "vmdk",
    }
}

crate::xml_enum! {
    /// `<source mode>` of a volume source.
    pub enum PoolMode { Default = "default", Host = "host", Direct = "direct" }
}

/// `<source pool volume mode>`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PoolSource {
    pub pool: String,
    pub volume: String,
    pub mode: Option<PoolMode>,
}

/// `<source type='pci' managed namespace>` of an NVMe disk.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NvmeSource {
    pub managed: Option<bool>,
    pub namespace: u64,
    /// domain, bus, slot, function.
    pub pci: [u32; 4],
}

/// `<source type='unix' path>` of a vhost-user disk.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VhostUserSource {
    pub path: String,
    /// `<reconnect enabled timeout>`.
    pub reconnect: Option<(bool, u32)>,
}

/// `<reservations>` (persistent reservations of a LUN).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reservations {
    pub managed: bool,
    pub path: Option<String>,
}

/// One storage source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StorageSource {
    pub kind: StorageType,
    pub format: Option<FileFormat>,
    /// The file, device or directory; a network source's image name.
    pub path: Option<String>,
    pub fdgroup: Option<String>,
    pub net: Option<Box<NetSource>>,
    pub pool: Option<Box<PoolSource>>,
    pub nvme: Option<Box<NvmeSource>>,
    pub vhostuser: Option<Box<VhostUserSource>>,
    pub auth: Option<Box<Auth>>,
    pub encryption: Option<Box<Encryption>>,
    pub reservations: Option<Box<Reservations>>,
    /// `<slices><slice type='storage' offset size/>`.
    pub slice: Option<(u64, u64)>,
    pub seclabels: Vec<DeviceSeclabel>,
    /// `<metadata_cache><max_size>` in bytes, 0 when unset.
    pub metadata_cache_max: u64,
    /// The next layer: `None` when not described, a source of kind
    /// `None` for the `<backingStore/>` that ends the chain.
    pub backing: Option<Box<StorageSource>>,
}

impl StorageSource {
    pub fn new(kind: StorageType) -> StorageSource {
        StorageSource {
            kind,
            format: None,
            path: None,
            fdgroup: None,
            net: None,
            pool: None,
            nvme: None,
            vhostuser: None,
            auth: None,
            encryption: None,
            reservations: None,
            slice: None,
            seclabels: Vec::new(),
            metadata_cache_max: 0,
            backing: None,
        }
    }

    /// The storage type of a `type` attribute (`None` for absent: file).
    pub fn parse_type(t: Option<&str>) -> Result<StorageType> {
        match t {
            None => Ok(StorageType::File),
            Some(t) => StorageType::from_name(t)
                .filter(|k| *k != StorageType::None)
                .ok_or_else(|| xml_err(&format!("unknown storage source type '{t}'"))),
        }
    }

    /// The network protocol, `None` for other kinds.
    pub fn protocol(&self) -> Option<NetProtocol> {
        self.net.as_ref().map(|n| n.protocol)
    }

    /// Whether this is a local file, block device or directory.
    pub fn is_local(&self) -> bool {
        matches!(
            self.kind,
            StorageType::File | StorageType::Block | StorageType::Dir
        )
    }

    /// libvirt's `virStorageSourceIsEmpty`: no medium.
    pub fn is_empty(&self) -> bool {
        (self.is_local() && self.path.is_none())
            || self.kind == StorageType::None
            || self.protocol() == Some(NetProtocol::None)
    }

    /// Reads the attributes and children of `<source>` element `n` for a
    /// source of this kind (libvirt's `virDomainStorageSourceParse`).
    pub fn parse_source(&mut self, n: Node, cx: &ParseCtx) -> Result<()> {
        match self.kind {
            StorageType::File => {
                self.path = n.attr("file").map(str::to_string);
                self.fdgroup = n.attr("fdgroup").map(str::to_string);
            }
            StorageType::Block => self.path = n.attr("dev").map(str::to_string),
            StorageType::Dir => self.path = n.attr("dir").map(str::to_string),
            StorageType::Network => {
                let (net, path) = NetSource::parse(n)?;
                self.net = Some(Box::new(net));
                self.path = path;
            }
            StorageType::Volume => self.pool = parse_pool(n)?.map(Box::new),
            StorageType::Nvme => self.nvme = Some(Box::new(parse_nvme(n)?)),
            StorageType::VhostUser => self.vhostuser = Some(Box::new(parse_vhostuser(n)?)),
            StorageType::None => {
                return Err(err(
                    virErrorNumber::VIR_ERR_INTERNAL_ERROR,
                    Some("unexpected disk type none"),
                ))
            }
        }
        if let Some(a) = n.child("auth") {
            self.auth = Some(Box::new(Auth::parse(a)?));
        }
        if let Some(e) = n.child("encryption") {
            self.encryption = Some(Box::new(Encryption::parse(e)?));
        }
        if let Some(r) = n.child("reservations") {
            self.reservations = Some(Box::new(parse_reservations(r)?));
        }
        if let Some(s) = n.child("slices").and_then(|s| {
            s.children("slice")
                .find(|s| s.attr("type") == Some("storage"))
        }) {
            self.slice = Some(parse_slice(s)?);
        }
        self.seclabels = DeviceSeclabel::parse_all(n, cx)?;
        // An empty path stands for no medium, as some applications write.
        if self.path.as_deref() == Some("") {
            self.path = None;
        }
        Ok(())
    }

    /// Reads `<backingStore>` of `parent` (libvirt's
    /// `virDomainDiskBackingStoreParse`).
    pub fn parse_backing(&mut self, parent: Node, cx: &ParseCtx) -> Result<()> {
        let Some(b) = parent.child("backingStore") else {
            return Ok(());
        };
        let Some(t) = b.attr("type") else {
            self.backing = Some(Box::new(StorageSource::new(StorageType::None)));
            return Ok(());
        };
        let format = b
            .child_attr("format", "type")
            .ok_or_else(|| xml_err("missing disk backing store format"))?;
        let source = b
            .child("source")
            .ok_or_else(|| xml_err("missing disk backing store source"))?;
        let kind = StorageSource::parse_type(Some(t))?;
        let mut bs = StorageSource::new(kind);
        bs.format = Some(
            FileFormat::from_name(format)
                .filter(|f| *f != FileFormat::None)
                .ok_or_else(|| xml_err(&format!("unknown storage source format '{format}'")))?,
        );
        if !cx.inactive {
            if let Some(i) = b.attr("index") {
                xml::number::to_u32_p(i, 10)
                    .ok_or_else(|| xml_err(&format!("invalid storage source index '{i}'")))?;
            }
        }
        bs.metadata_cache_max = metadata_cache(
            b.find("format/metadata_cache/max_size"),
            "./format/metadata_cache/max_size",
        )?;
        bs.parse_source(source, cx)?;
        bs.parse_backing(b, cx)?;
        self.backing = Some(Box::new(bs));
        Ok(())
    }

    /// Writes `<source>` (libvirt's `virDomainDiskSourceFormat`): nothing
    /// when it would have neither attributes nor children.
    pub fn format_source(
        &self,
        w: &mut Writer,
        policy: Option<&str>,
        skip_auth: bool,
        skip_enc: bool,
        cx: &FormatCtx,
    ) {
        let mut attrs: Vec<(&str, String)> = Vec::new();
        let mut c = w.nested();
        let mut push = |k: &'static str, v: Option<&str>| {
            if let Some(v) = v {
                attrs.push((k, v.to_string()));
            }
        };
        match self.kind {
            StorageType::File => {
                push("file", self.path.as_deref());
                push("fdgroup", self.fdgroup.as_deref());
            }
            StorageType::Block => push("dev", self.path.as_deref()),
            StorageType::Dir => push("dir", self.path.as_deref()),
            StorageType::Network => {
                if let Some(n) = &self.net {
                    push("protocol", Some(n.protocol.name()));
                    push("name", n.name(self.path.as_deref()).as_deref());
                    push("query", n.query.as_deref());
                    push("tls", n.tls.map(xml::yes_no));
                    push("tlsHostname", n.tls_hostname.as_deref());
                    n.children(&mut c, cx);
                }
            }
            StorageType::Volume => {
                if let Some(p) = &self.pool {
                    push("pool", Some(&p.pool));
                    push("volume", Some(&p.volume));
                    push("mode", p.mode.map(PoolMode::name));
                }
            }
            StorageType::Nvme => {
                if let Some(n) = &self.nvme {
                    push("type", Some("pci"));
                    push("managed", n.managed.map(xml::yes_no));
                    push("namespace", Some(&n.namespace.to_string()));
                    let [d, b, s, f] = n.pci;
                    c.start("address")
                        .attr("domain", format!("0x{d:04x}"))
                        .attr("bus", format!("0x{b:02x}"))
                        .attr("slot", format!("0x{s:02x}"))
                        .attr("function", format!("0x{f}"))
                        .empty();
                }
            }
            StorageType::VhostUser => {
                if let Some(v) = &self.vhostuser {
                    push("type", Some("unix"));
                    push("path", Some(&v.path));
                    if let Some((enabled, timeout)) = v.reconnect {
                        c.start("reconnect")
                            .attr("enabled", xml::yes_no(enabled))
                            .attr_opt("timeout", enabled.then_some(timeout))
                            .empty();
                    }
                }
            }
            StorageType::None => {}
        }
        if let Some((offset, size)) = self.slice {
            c.start("slices").open();
            c.start("slice")
                .attr("type", "storage")
                .attr("offset", offset)
                .attr("size", size)
                .empty();
            c.end("slices");
        }
        if self.kind != StorageType::Network {
            for s in &self.seclabels {
                s.format(&mut c, cx);
            }
        }
        if let Some(a) = &self.auth {
            // A volume's credentials belong to its pool.
            if !skip_auth && self.kind != StorageType::Volume {
                a.format(&mut c);
            }
        }
        if let Some(e) = &self.encryption {
            if !skip_enc {
                e.format(&mut c);
            }
        }
        if let Some(r) = &self.reservations {
            let s = c
                .start("reservations")
                .attr("managed", xml::yes_no(r.managed));
            match &r.path {
                Some(p) if !r.managed || !cx.migratable => {
                    s.open();
                    c.start("source")
                        .attr("type", "unix")
                        .attr("path", p)
                        .attr("mode", "client")
                        .empty();
                    c.end("reservations");
                }
                _ => s.empty(),
            }
        }
        if self.kind != StorageType::Network {
            push("startupPolicy", policy);
        }
        if attrs.is_empty() && c.is_empty() {
            return;
        }
        let mut s = w.start("source");
        for (k, v) in &attrs {
            s = s.attr(k, v);
        }
        s.children(c);
    }

    /// Writes `<backingStore>` of this source, recursively.
    pub fn format_backing(&self, w: &mut Writer, cx: &FormatCtx) {
        let Some(b) = &self.backing else {
            return;
        };
        if b.kind == StorageType::None {
            w.start("backingStore").empty();
            return;
        }
        w.start("backingStore").attr("type", b.kind).open();
        let f = w
            .start("format")
            .attr("type", b.format.unwrap_or(FileFormat::Raw));
        if b.metadata_cache_max > 0 {
            f.open();
            format_metadata_cache(w, b.metadata_cache_max);
            w.end("format");
        } else {
            f.empty();
        }
        b.format_source(w, None, false, false, cx);
        b.format_backing(w, cx);
        w.end("backingStore");
    }
}

/// `<metadata_cache>` with its one `<max_size>`, in bytes.
pub fn format_metadata_cache(w: &mut Writer, bytes: u64) {
    w.start("metadata_cache").open();
    w.start("max_size").attr("unit", "bytes").text(bytes);
    w.end("metadata_cache");
}

/// `<max_size unit>` of a `<metadata_cache>`, in bytes (0: absent).
pub fn metadata_cache(max_size: Option<Node>, xpath: &str) -> Result<u64> {
    let Some(m) = max_size else {
        return Ok(0);
    };
    let text = m.text();
    Ok(xml::parse_scaled(Some(&text), m.attr("unit"), xpath, 1, u64::MAX, false)?.unwrap_or(0))
}

/// `<source pool volume mode>` of a volume disk or filesystem
/// (`virDomainDiskSourcePoolDefParse`).
pub(super) fn parse_pool(n: Node) -> Result<Option<PoolSource>> {
    let (pool, volume) = (n.attr("pool"), n.attr("volume"));
    let mode = n.attr("mode");
    let (pool, volume) = match (pool, volume) {
        // A CD-ROM or floppy may have no medium.
        (None, None) => return Ok(None),
        (Some(p), Some(v)) => (p, v),
        _ => {
            return Err(xml_err(
                "'pool' and 'volume' must be specified together for 'pool' type source",
            ))
        }
    };
    let mode = match mode {
        None => None,
        Some(m) => Some(
            PoolMode::from_name(m)
                .filter(|m| *m != PoolMode::Default)
                .ok_or_else(|| {
                    unsupported(&format!("unknown source mode '{m}' for volume type disk"))
                })?,
        ),
    };
    Ok(Some(PoolSource {
        pool: pool.to_string(),
        volume: volume.to_string(),
        mode,
    }))
}

fn parse_nvme(n: Node) -> Result<NvmeSource> {
    let t = n
        .attr("type")
        .ok_or_else(|| xml_err("missing 'type' attribute to disk source"))?;
    if t != "pci" {
        return Err(xml_err(&format!("unsupported source type '{t}'")));
    }
    let ns = n
        .attr("namespace")
        .ok_or_else(|| xml_err("missing 'namespace' attribute to disk source"))?;
    let namespace = xml::number::to_u64(ns, 10)
        .ok_or_else(|| xml_err(&format!("malformed namespace '{ns}'")))?;
    let managed = n.prop::<bool>("managed")?;
    let a = n
        .child("address")
        .ok_or_else(|| xml_err("NVMe disk source is missing address"))?;
    let (p, ..) = parse_pci(a)?;
    let pci = [p.domain, p.bus, p.slot, p.function];
    Ok(NvmeSource {
        managed,
        namespace,
        pci,
    })
}

fn parse_vhostuser(n: Node) -> Result<VhostUserSource> {
    let t = n
        .attr("type")
        .ok_or_else(|| xml_err("missing 'type' attribute for vhostuser disk source"))?;
    if t != "unix" {
        return Err(xml_err(
            "invalid 'type' attribute for vhostuser disk source",
        ));
    }
    let path = n
        .attr("path")
        .ok_or_else(|| xml_err("missing 'path' attribute for vhostuser disk source"))?;
    let mut reconnect = None;
    if let Some(r) = n.child("reconnect") {
        if let Some(enabled) = r.prop::<bool>("enabled")? {
            let timeout = if enabled {
                r.prop_required::<u32>("timeout")?
            } else {
                0
            };
            reconnect = Some((enabled, timeout));
        }
    }
    Ok(VhostUserSource {
        path: path.to_string(),
        reconnect,
    })
}

fn parse_reservations(r: Node) -> Result<Reservations> {
    let managed = r.prop_required::<bool>("managed")?;
    let src = r.child("source");
    let get = |k: &str| src.and_then(|s| s.attr(k)).filter(|v| !v.is_empty());
    let (t, path, mode) = (get("type"), get("path"), get("mode"));
    if !managed || t.is_some() || path.is_some() || mode.is_some() {
        if t.is_none() {
            return Err(xml_err("missing connection type for <reservations/>"));
        }
        if path.is_none() {
            return Err(xml_err("missing path for <reservations/>"));
        }
        if mode.is_none() {
            return Err(xml_err("missing connection mode for <reservations/>"));
        }
    }
    if let Some(t) = t.filter(|t| *t != "unix") {
        return Err(xml_err(&format!(
            "unsupported connection type for <reservations/>: {t}"
        )));
    }
    if let Some(m) = mode.filter(|m| *m != "client") {
        return Err(xml_err(&format!(
            "unsupported connection mode for <reservations/>: {m}"
        )));
    }
    Ok(Reservations {
        managed,
        path: path.map(str::to_string),
    })
}

fn parse_slice(s: Node) -> Result<(u64, u64)> {
    let (Some(offset), Some(size)) = (
        s.attr("offset").filter(|v| !v.is_empty()),
        s.attr("size").filter(|v| !v.is_empty()),
    ) else {
        return Err(xml_err("missing offset or size attribute of slice"));
    };
    let num = |v: &str, what: &str| {
        xml::number::to_u64_p(v, 10).ok_or_else(|| {
            xml_err(&format!(
                "malformed value '{v}' of '{what}' attribute of slice"
            ))
        })
    };
    Ok((num(offset, "offset")?, num(size, "size")?))
}
