//! `<filesystem>`: a host directory, file, block device, template, RAM
//! area or storage volume exported to the guest as a filesystem.

use super::super::{err, unsupported, xml_err};
use super::fmt::{self, Attrs};
use super::path::sanitize;
use super::storage_source::{parse_pool, PoolSource};
use super::virtio::VirtioOptions;
use super::{Device, DeviceInfo, Devices, FormatCtx, InfoOpts, ParseCtx};
use crate::conf::xml::{number, parse_scaled, scale_integer, Node, Opts, Switch, Writer};
use crate::error::Result;
use oxvirt_abi::virErrorNumber;

crate::xml_enum! {
    pub enum FsType {
        Mount = "mount", Block = "block", File = "file", Template = "template", Ram = "ram",
        Bind = "bind", Volume = "volume",
    }
}

crate::xml_enum! {
    pub enum FsDriver {
        Default = "default", Path = "path", Handle = "handle", Loop = "loop", Nbd = "nbd",
        Ploop = "ploop", Virtiofs = "virtiofs",
    }
}

crate::xml_enum! {
    pub enum FsAccessMode { Default = "", Passthrough = "passthrough", Mapped = "mapped", Squash = "squash" }
}

crate::xml_enum! {
    pub enum FsWrpolicy { Default = "default", Immediate = "immediate" }
}

crate::xml_enum! {
    pub enum FsModel {
        Default = "default", Virtio = "virtio", VirtioTransitional = "virtio-transitional",
        VirtioNonTransitional = "virtio-non-transitional",
    }
}

crate::xml_enum! {
    pub enum FsMultidevs { Default = "default", Remap = "remap", Forbid = "forbid", Warn = "warn" }
}

crate::xml_enum! {
    pub enum FsCacheMode { Default = "default", None = "none", Always = "always" }
}

crate::xml_enum! {
    pub enum FsSandboxMode { Default = "default", Namespace = "namespace", Chroot = "chroot" }
}

/// Image formats a `<driver format>` may name (libvirt's storage file
/// formats; `none` is refused).
const FORMATS: &[&str] = &[
    "none", "raw", "dir", "bochs", "cloop", "dmg", "iso", "vpc", "vdi", "fat", "vhd", "ploop",
    "cow", "qcow", "qcow2", "qed", "vmdk",
];

/// `<binary>` of a virtiofs filesystem.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VirtiofsBinary {
    pub path: Option<String>,
    pub xattr: Option<Switch>,
    pub cache: FsCacheMode,
    pub sandbox: FsSandboxMode,
    pub posix_lock: Option<Switch>,
    pub flock: Option<Switch>,
    /// -1 when not given.
    pub thread_pool_size: i32,
    /// `<driver queue>`; 0 when not given.
    pub queue_size: u64,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Filesystem {
    pub kind: FsType,
    pub access_mode: FsAccessMode,
    pub model: FsModel,
    pub multidevs: FsMultidevs,
    pub fmode: u32,
    pub dmode: u32,
    pub driver: FsDriver,
    pub format: Option<String>,
    pub wrpolicy: FsWrpolicy,
    pub virtio: Option<VirtioOptions>,
    pub binary: Option<VirtiofsBinary>,
    /// The directory, file, device or template name (by type).
    pub source: Option<String>,
    /// `<source socket>`: an externally started virtiofsd.
    pub socket: Option<String>,
    /// RAM filesystems: bytes.
    pub usage: u64,
    /// Volume filesystems: `<source pool volume mode>`, as disks have it.
    pub pool: Option<PoolSource>,
    pub target: Option<String>,
    pub readonly: bool,
    pub space_hard_limit: u64,
    pub space_soft_limit: u64,
    pub info: DeviceInfo,
}

fn octal_mode(n: Node, name: &str) -> Result<u32> {
    let v = n.prop_with::<u32>(name, Opts::NONE.base(8))?.unwrap_or(0);
    if v > 0o777 {
        return Err(xml_err(&format!("invalid {name}: '0{v:o}'")));
    }
    Ok(v)
}

fn scaled(n: Node, name: &str) -> Result<u64> {
    let c = n.child(name);
    Ok(parse_scaled(
        c.map(|c| c.text()).as_deref(),
        c.and_then(|c| c.attr("unit")),
        &format!("./{name}[1]"),
        1,
        u64::MAX,
        false,
    )?
    .unwrap_or(0))
}

impl Filesystem {
    pub fn parse(n: Node, cx: &ParseCtx) -> Result<Filesystem> {
        let kind = n.prop::<FsType>("type")?.unwrap_or(FsType::Mount);
        let access_mode = n
            .prop::<FsAccessMode>("accessmode")?
            .unwrap_or(FsAccessMode::Default);
        let fmode = octal_mode(n, "fmode")?;
        let dmode = octal_mode(n, "dmode")?;
        let model = n
            .prop_with::<FsModel>("model", Opts::NONE.nonzero())?
            .unwrap_or(FsModel::Default);
        let multidevs = n
            .prop::<FsMultidevs>("multidevs")?
            .unwrap_or(FsMultidevs::Default);
        let space_hard_limit = scaled(n, "space_hard_limit")?;
        let space_soft_limit = scaled(n, "space_soft_limit")?;

        let (mut source, mut socket, mut usage, mut units, mut pool) =
            (None, None, None, None, None);
        if let Some(s) = n.child("source") {
            socket = s.attr("socket").map(str::to_string);
            let by = |a: &str| s.attr(a).map(str::to_string);
            match kind {
                FsType::Mount | FsType::Bind => source = by("dir"),
                FsType::File => source = by("file"),
                FsType::Block => source = by("dev"),
                FsType::Template => source = by("name"),
                FsType::Ram => {
                    usage = s.attr("usage");
                    units = s.attr("units");
                }
                FsType::Volume => pool = parse_pool(s)?,
            }
        }
        let target = n
            .child_attr("target", "dir")
            .filter(|t| !t.is_empty())
            .map(str::to_string);
        let readonly = n.child("readonly").is_some();

        let (mut driver, mut format, mut wrpolicy, mut virtio) =
            (FsDriver::Default, None, FsWrpolicy::Default, None);
        let driver_node = n.child("driver");
        if let Some(d) = driver_node {
            driver = d.prop::<FsDriver>("type")?.unwrap_or(FsDriver::Default);
            wrpolicy = d
                .prop::<FsWrpolicy>("wrpolicy")?
                .unwrap_or(FsWrpolicy::Default);
            if let Some(f) = d.attr("format") {
                if !FORMATS.iter().skip(1).any(|k| *k == f) {
                    return Err(unsupported(&format!("unknown driver format value '{f}'")));
                }
                format = Some(f.to_string());
            }
            virtio = VirtioOptions::parse(Some(d))?;
        }
        let binary = if driver == FsDriver::Virtiofs {
            Some(parse_binary(n)?)
        } else {
            None
        };

        if source.is_none() && !matches!(kind, FsType::Ram | FsType::Volume) && socket.is_none() {
            return Err(err(virErrorNumber::VIR_ERR_NO_SOURCE, target.as_deref()));
        }
        let usage = if kind == FsType::Ram {
            let Some(u) = usage else {
                return Err(xml_err("missing 'usage' attribute for RAM filesystem"));
            };
            let v = number::to_u64(u, 10)
                .ok_or_else(|| xml_err(&format!("cannot parse usage '{u}' for RAM filesystem")))?;
            scale_integer(v, units, 1024, u64::MAX)?
        } else {
            0
        };
        let info = DeviceInfo::parse(n, cx, InfoOpts::BOOT)?;
        let mut fs = Filesystem {
            kind,
            access_mode,
            model,
            multidevs,
            fmode,
            dmode,
            driver,
            format,
            wrpolicy,
            virtio,
            binary,
            source,
            socket,
            usage,
            pool,
            target,
            readonly,
            space_hard_limit,
            space_soft_limit,
            info,
        };
        fs.post_parse();
        Ok(fs)
    }

    /// Without a socket, the default access mode is passthrough.
    fn post_parse(&mut self) {
        if self.access_mode == FsAccessMode::Default && self.socket.is_none() {
            self.access_mode = FsAccessMode::Passthrough;
        }
    }

    /// A target is required; only virtiofs boots.
    pub(super) fn validate(&self) -> Result<()> {
        if self.target.is_none() {
            let source = self.source.as_deref().or(self.socket.as_deref());
            return Err(err(virErrorNumber::VIR_ERR_NO_TARGET, source));
        }
        if self.info.boot.is_some() && self.driver != FsDriver::Virtiofs {
            return Err(unsupported("boot order is only supported for virtiofs"));
        }
        Ok(())
    }

    pub fn format(&self, w: &mut Writer, cx: &FormatCtx) {
        w.start("filesystem")
            .attr("type", self.kind)
            .attr_opt(
                "accessmode",
                (self.access_mode != FsAccessMode::Default).then_some(self.access_mode),
            )
            .attr_opt(
                "model",
                (self.model != FsModel::Default).then_some(self.model),
            )
            .attr_opt(
                "multidevs",
                (self.multidevs != FsMultidevs::Default).then_some(self.multidevs),
            )
            .attr_opt(
                "fmode",
                (self.fmode != 0).then(|| format!("{:04o}", self.fmode)),
            )
            .attr_opt(
                "dmode",
                (self.dmode != 0).then(|| format!("{:04o}", self.dmode)),
            )
            .open();
        self.format_driver(w);
        match self.kind {
            FsType::Mount | FsType::Bind => {
                let s = w.start("source");
                match &self.socket {
                    None => s.attr_opt("dir", self.source.as_deref()).empty(),
                    Some(sock) => s.attr("socket", sock).empty(),
                }
            }
            FsType::Block => w
                .start("source")
                .attr_opt("dev", self.source.as_deref())
                .empty(),
            FsType::File => w
                .start("source")
                .attr_opt("file", self.source.as_deref())
                .empty(),
            FsType::Template => w
                .start("source")
                .attr_opt("name", self.source.as_deref())
                .empty(),
            FsType::Ram => w
                .start("source")
                .attr("usage", self.usage / 1024)
                .attr("units", "KiB")
                .empty(),
            FsType::Volume => {
                let (p, v) = match &self.pool {
                    Some(s) => (Some(s.pool.as_str()), Some(s.volume.as_str())),
                    None => (None, None),
                };
                w.start("source")
                    .attr_opt("pool", p)
                    .attr_opt("volume", v)
                    .empty();
            }
        }
        if let Some(t) = &self.target {
            w.start("target").attr("dir", t).empty();
        }
        if self.readonly {
            w.start("readonly").empty();
        }
        self.info.format(w, cx, InfoOpts::BOOT);
        if self.space_hard_limit != 0 {
            w.start("space_hard_limit")
                .attr("unit", "bytes")
                .text(self.space_hard_limit);
        }
        if self.space_soft_limit != 0 {
            w.start("space_soft_limit")
                .attr("unit", "bytes")
                .text(self.space_soft_limit);
        }
        w.end("filesystem");
    }

    /// `<driver>` and, for virtiofs, `<binary>`.
    fn format_driver(&self, w: &mut Writer) {
        let mut driver = Attrs::new();
        if self.driver != FsDriver::Default {
            driver.push(("type", self.driver.name().to_string()));
            fmt::push(&mut driver, "format", self.format.clone());
            if self.wrpolicy != FsWrpolicy::Default {
                driver.push(("wrpolicy", self.wrpolicy.name().to_string()));
            }
            if let Some(b) = self.binary.as_ref().filter(|b| b.queue_size != 0) {
                driver.push(("queue", b.queue_size.to_string()));
            }
        }
        VirtioOptions::push_attrs(self.virtio.as_ref(), &mut driver);
        fmt::element(w, "driver", &driver, |_| {});
        let Some(b) = &self.binary else { return };
        let mut attrs = Attrs::new();
        fmt::push(&mut attrs, "path", b.path.clone());
        fmt::push(&mut attrs, "xattr", b.xattr.map(fmt::switch));
        fmt::element(w, "binary", &attrs, |w| {
            if b.cache != FsCacheMode::Default {
                w.start("cache").attr("mode", b.cache).empty();
            }
            if b.sandbox != FsSandboxMode::Default {
                w.start("sandbox").attr("mode", b.sandbox).empty();
            }
            let mut lock = Attrs::new();
            fmt::push(&mut lock, "posix", b.posix_lock.map(fmt::switch));
            fmt::push(&mut lock, "flock", b.flock.map(fmt::switch));
            fmt::element(w, "lock", &lock, |_| {});
            if b.thread_pool_size >= 0 {
                w.start("thread_pool")
                    .attr("size", b.thread_pool_size)
                    .empty();
            }
        });
    }
}

fn parse_binary(n: Node) -> Result<VirtiofsBinary> {
    let queue = n.child_attr("driver", "queue").filter(|q| !q.is_empty());
    let binary = n.child("binary");
    let pool = binary
        .and_then(|b| b.child_attr("thread_pool", "size"))
        .filter(|s| !s.is_empty());
    let queue_size = match queue {
        None => 0,
        Some(q) => number::to_u64(q, 10)
            .ok_or_else(|| xml_err(&format!("cannot parse queue size '{q}' for virtiofs")))?,
    };
    let thread_pool_size = match pool {
        None => -1,
        Some(p) => number::to_i32(p, 10)
            .ok_or_else(|| xml_err(&format!("cannot parse thread pool size '{p}' for virtiofs")))?,
    };
    let path = binary
        .and_then(|b| b.attr("path"))
        .filter(|p| !p.is_empty())
        .map(sanitize);
    let lock = binary.and_then(|b| b.child("lock"));
    let mode_of = |c: &str| binary.and_then(|b| b.child(c));
    Ok(VirtiofsBinary {
        path,
        xattr: match binary {
            Some(b) => b.prop("xattr")?,
            None => None,
        },
        posix_lock: match lock {
            Some(l) => l.prop("posix")?,
            None => None,
        },
        flock: match lock {
            Some(l) => l.prop("flock")?,
            None => None,
        },
        cache: match mode_of("cache") {
            Some(c) => c
                .prop_with::<FsCacheMode>("mode", Opts::NONE.nonzero())?
                .unwrap_or(FsCacheMode::Default),
            None => FsCacheMode::Default,
        },
        sandbox: match mode_of("sandbox") {
            Some(c) => c
                .prop_with::<FsSandboxMode>("mode", Opts::NONE.nonzero())?
                .unwrap_or(FsSandboxMode::Default),
            None => FsSandboxMode::Default,
        },
        thread_pool_size,
        queue_size,
    })
}

impl Devices {
    /// Two virtiofs filesystems may not share a target (libvirt checks
    /// this late, after the other domain-wide rules).
    pub fn check_virtiofs_targets(&self) -> Result<()> {
        let mut seen = std::collections::HashSet::new();
        for d in self.iter() {
            let Device::Filesystem(f) = d else { continue };
            if f.driver != FsDriver::Virtiofs {
                continue;
            }
            if !seen.insert(f.target.as_deref()) {
                return Err(unsupported(&format!(
                    "filesystem target '{}' specified twice",
                    f.target.as_deref().unwrap_or("(null)")
                )));
            }
        }
        Ok(())
    }
}
