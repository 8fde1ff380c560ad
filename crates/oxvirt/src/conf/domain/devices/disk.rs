//! `<disk>` (libvirt's `virDomainDiskDef`): a storage source and how the
//! guest sees it.

use super::super::unsupported;
use super::disk_iotune::BlockIoTune;
use super::storage_secrets::{Auth, Encryption};
use super::storage_source::{format_metadata_cache, metadata_cache, FileFormat, StorageSource};
use super::virtio::VirtioOptions;
use super::{DeviceInfo, FormatCtx, InfoOpts, ParseCtx};
use crate::conf::xml::{Node, Opts, Switch, Writer};
use crate::error::Result;

crate::xml_enum! {
    /// `<disk device>`.
    pub enum DiskDevice { Disk = "disk", Cdrom = "cdrom", Floppy = "floppy", Lun = "lun" }
}

crate::xml_enum! {
    /// `<target bus>`; `none` is refused on input.
    pub enum DiskBus {
        None = "none", Ide = "ide", Fdc = "fdc", Scsi = "scsi", Virtio = "virtio", Xen = "xen",
        Usb = "usb", Uml = "uml", Sata = "sata", Sd = "sd",
    }
}

crate::xml_enum! {
    /// `<disk model>`.
    pub enum DiskModel {
        Default = "default", Virtio = "virtio", VirtioTransitional = "virtio-transitional",
        VirtioNonTransitional = "virtio-non-transitional",
    }
}

crate::xml_enum! {
    /// `<driver cache>`.
    pub enum DiskCache {
        Default = "default", None = "none", Writethrough = "writethrough",
        Writeback = "writeback", Directsync = "directsync", Unsafe = "unsafe",
    }
}

crate::xml_enum! {
    /// `<driver error_policy / rerror_policy>`.
    pub enum ErrorPolicy {
        Default = "default", Stop = "stop", Report = "report", Ignore = "ignore",
        Enospace = "enospace",
    }
}

crate::xml_enum! {
    /// `<driver io>`.
    pub enum DiskIo { Default = "default", Native = "native", Threads = "threads", IoUring = "io_uring" }
}

crate::xml_enum! {
    /// `<driver discard>`.
    pub enum DiskDiscard { Default = "default", Unmap = "unmap", Ignore = "ignore" }
}

crate::xml_enum! {
    /// `<driver detect_zeroes>`.
    pub enum DetectZeroes { Default = "default", Off = "off", On = "on", Unmap = "unmap" }
}

crate::xml_enum! {
    /// `<target tray>`.
    pub enum DiskTray { Closed = "closed", Open = "open" }
}

crate::xml_enum! {
    /// `<disk sgio>`.
    pub enum Sgio { Default = "default", Filtered = "filtered", Unfiltered = "unfiltered" }
}

crate::xml_enum! {
    /// `<source startupPolicy>`.
    pub enum StartupPolicy {
        Default = "default", Mandatory = "mandatory", Requisite = "requisite", Optional = "optional",
    }
}

crate::xml_enum! {
    /// `<disk snapshot>`: where a snapshot of the disk goes.
    pub enum SnapshotLocation {
        Default = "default", No = "no", Internal = "internal", External = "external",
        Manual = "manual",
    }
}

crate::xml_enum! {
    /// `<geometry trans>`.
    pub enum GeometryTrans { Default = "default", None = "none", Auto = "auto", Lba = "lba" }
}

/// `<driver>`: how the hypervisor accesses the image.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DiskDriver {
    pub name: Option<String>,
    pub cache: Option<DiskCache>,
    pub error_policy: Option<ErrorPolicy>,
    pub rerror_policy: Option<ErrorPolicy>,
    pub io: Option<DiskIo>,
    pub ioeventfd: Option<Switch>,
    pub event_idx: Option<Switch>,
    pub copy_on_read: Option<Switch>,
    pub discard: Option<DiskDiscard>,
    pub iothread: Option<u32>,
    pub detect_zeroes: Option<DetectZeroes>,
    pub queues: u32,
    pub queue_size: u32,
    pub virtio: VirtioOptions,
}

/// `<geometry cyls heads secs trans>`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Geometry {
    pub cyls: u32,
    pub heads: u32,
    pub secs: u32,
    pub trans: Option<GeometryTrans>,
}

/// One `<disk>`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Disk {
    pub device: DiskDevice,
    pub model: Option<DiskModel>,
    pub snapshot: Option<SnapshotLocation>,
    pub rawio: Option<bool>,
    pub sgio: Option<Sgio>,
    pub startup_policy: Option<StartupPolicy>,
    pub src: StorageSource,
    pub readonly: bool,
    pub shareable: bool,
    pub driver: DiskDriver,
    /// `<target dev>`.
    pub dst: Option<String>,
    /// `None` until post-parse picks the default.
    pub bus: Option<DiskBus>,
    pub tray: DiskTray,
    pub removable: Option<Switch>,
    pub rotation_rate: u32,
    pub geometry: Geometry,
    /// `<blockio logical_block_size physical_block_size>`.
    pub blockio: (u32, u32),
    /// `<auth>` and `<encryption>` were children of `<disk>` rather than
    /// of `<source>`, and are written back there.
    pub auth_on_disk: bool,
    pub encryption_on_disk: bool,
    pub transient: bool,
    pub transient_share_backing: Option<bool>,
    pub iotune: BlockIoTune,
    pub backend_domain: Option<String>,
    pub serial: Option<String>,
    pub wwn: Option<String>,
    pub vendor: Option<String>,
    pub product: Option<String>,
    pub info: DeviceInfo,
}

/// An optional enum attribute whose first value (libvirt's 0, "default")
/// is the same as absence.
macro_rules! nondefault {
    ($n:expr, $name:literal, $t:ty) => {
        $n.prop::<$t>($name)?.filter(|v| *v as usize != 0)
    };
}

impl Disk {
    /// Reads `<disk>` element `n` (libvirt's `virDomainDiskDefParseXML`).
    pub fn parse(n: Node, cx: &ParseCtx) -> Result<Disk> {
        let mut src = StorageSource::new(
            n.prop_with::<super::storage_source::StorageType>("type", Opts::NONE.nonzero())?
                .unwrap_or(super::storage_source::StorageType::File),
        );
        let source = n.child("source");
        match source {
            Some(s) => src.parse_source(s, cx)?,
            None => src = StorageSource::new(super::storage_source::StorageType::File),
        }
        let mut auth_on_disk = false;
        if let Some(a) = n.child("auth") {
            if src.auth.is_some() {
                return Err(unsupported(
                    "an <auth> definition already found for disk source",
                ));
            }
            src.auth = Some(Box::new(Auth::parse(a)?));
            auth_on_disk = true;
        }
        let mut encryption_on_disk = false;
        if let Some(e) = n.child("encryption") {
            if src.encryption.is_some() {
                return Err(unsupported(
                    "an <encryption> definition already found for disk source",
                ));
            }
            src.encryption = Some(Box::new(Encryption::parse(e)?));
            encryption_on_disk = true;
        }
        src.parse_backing(n, cx)?;

        let device = n.prop::<DiskDevice>("device")?.unwrap_or(DiskDevice::Disk);
        let model = nondefault!(n, "model", DiskModel);
        let snapshot = n.prop_with::<SnapshotLocation>("snapshot", Opts::NONE.nonzero())?;
        let rawio = n.prop::<bool>("rawio")?;
        let sgio = n.prop_with::<Sgio>("sgio", Opts::NONE.nonzero())?;
        let startup_policy = match source {
            Some(s) => s.prop_with::<StartupPolicy>("startupPolicy", Opts::NONE.nonzero())?,
            None => None,
        };

        let mut disk = Disk {
            device,
            model,
            snapshot,
            rawio,
            sgio,
            startup_policy,
            readonly: n.child("readonly").is_some(),
            shareable: n.child("shareable").is_some(),
            src,
            driver: DiskDriver::default(),
            dst: None,
            bus: None,
            tray: DiskTray::Closed,
            removable: None,
            rotation_rate: 0,
            geometry: Geometry::default(),
            blockio: (0, 0),
            auth_on_disk,
            encryption_on_disk,
            transient: false,
            transient_share_backing: None,
            iotune: BlockIoTune::default(),
            backend_domain: None,
            serial: None,
            wwn: None,
            vendor: None,
            product: None,
            info: DeviceInfo::default(),
        };
        if let Some(t) = n.child("target") {
            disk.dst = t.attr("dev").map(str::to_string);
            disk.bus = t.prop_with::<DiskBus>("bus", Opts::NONE.nonzero())?;
            disk.tray = t.prop::<DiskTray>("tray")?.unwrap_or(DiskTray::Closed);
            disk.removable = t.prop::<Switch>("removable")?;
            disk.rotation_rate = t.prop::<u32>("rotation_rate")?.unwrap_or(0);
        }
        if let Some(g) = n.child("geometry") {
            disk.geometry = Geometry {
                cyls: g.prop::<u32>("cyls")?.unwrap_or(0),
                heads: g.prop::<u32>("heads")?.unwrap_or(0),
                secs: g.prop::<u32>("secs")?.unwrap_or(0),
                trans: g.prop_with::<GeometryTrans>("trans", Opts::NONE.nonzero())?,
            };
        }
        if let Some(b) = n.child("blockio") {
            disk.blockio = (
                b.prop::<u32>("logical_block_size")?.unwrap_or(0),
                b.prop::<u32>("physical_block_size")?.unwrap_or(0),
            );
        }
        if let Some(d) = n.child("driver") {
            disk.driver = parse_driver(d)?;
            if let Some(t) = d.attr("type") {
                // Xen's old spelling of a raw image.
                disk.src.format = Some(if t == "aio" {
                    FileFormat::Raw
                } else {
                    FileFormat::from_name(t)
                        .filter(|f| *f != FileFormat::None)
                        .ok_or_else(|| unsupported(&format!("unknown driver format value '{t}'")))?
                });
            }
            disk.src.metadata_cache_max = metadata_cache(
                d.find("metadata_cache/max_size"),
                "./metadata_cache/max_size",
            )?;
        }
        // A mirror is run-time state of a block job: an inactive
        // definition drops it.
        if let Some(t) = n.child("transient") {
            disk.transient = true;
            disk.transient_share_backing = t.prop::<bool>("shareBacking")?;
        }
        disk.iotune = BlockIoTune::parse(n)?;
        disk.backend_domain = n.child_attr("backenddomain", "name").map(str::to_string);
        let text = |name: &str| n.child_string(name).map(|s| s.into_owned());
        disk.serial = text("serial");
        disk.wwn = text("wwn");
        disk.vendor = text("vendor");
        disk.product = text("product");
        disk.info = DeviceInfo::parse(n, cx, InfoOpts::BOOT)?;
        Ok(disk)
    }

    /// Writes `<disk>` (libvirt's `virDomainDiskDefFormat`).
    pub fn format(&self, w: &mut Writer, cx: &FormatCtx) {
        let snapshot = self
            .snapshot
            .filter(|s| !(*s == SnapshotLocation::No && self.readonly));
        w.start("disk")
            .attr("type", self.src.kind)
            .attr("device", self.device)
            .attr_opt("model", self.model)
            .attr_opt("rawio", self.rawio.map(crate::conf::xml::yes_no))
            .attr_opt("sgio", self.sgio)
            .attr_opt("snapshot", snapshot)
            .open();
        self.format_driver(w);
        if let (Some(a), true) = (&self.src.auth, self.auth_on_disk) {
            a.format(w);
        }
        self.src.format_source(
            w,
            self.startup_policy.map(StartupPolicy::name),
            self.auth_on_disk,
            self.encryption_on_disk,
            cx,
        );
        self.src.format_backing(w, cx);
        if let Some(d) = &self.backend_domain {
            w.start("backenddomain").attr("name", d).empty();
        }
        let g = &self.geometry;
        if g.cyls > 0 && g.heads > 0 && g.secs > 0 {
            w.start("geometry")
                .attr("cyls", g.cyls)
                .attr("heads", g.heads)
                .attr("secs", g.secs)
                .attr_opt("trans", g.trans)
                .empty();
        }
        let (logical, physical) = self.blockio;
        if logical > 0 || physical > 0 {
            w.start("blockio")
                .attr_opt("logical_block_size", (logical > 0).then_some(logical))
                .attr_opt("physical_block_size", (physical > 0).then_some(physical))
                .empty();
        }
        let removable_tray = matches!(self.device, DiskDevice::Floppy | DiskDevice::Cdrom);
        let bus = self.bus.unwrap_or(DiskBus::None);
        w.start("target")
            .attr("dev", self.dst.as_deref().unwrap_or("(null)"))
            .attr("bus", bus)
            .attr_opt(
                "tray",
                (removable_tray && self.tray != DiskTray::Closed).then_some(self.tray),
            )
            .attr_opt("removable", self.removable.filter(|_| bus == DiskBus::Usb))
            .attr_opt(
                "rotation_rate",
                (self.rotation_rate != 0).then_some(self.rotation_rate),
            )
            .empty();
        self.iotune.format(w);
        if self.readonly {
            w.start("readonly").empty();
        }
        if self.shareable {
            w.start("shareable").empty();
        }
        if self.transient {
            w.start("transient")
                .attr_opt(
                    "shareBacking",
                    (self.transient_share_backing == Some(true)).then_some("yes"),
                )
                .empty();
        }
        for (name, v) in [
            ("serial", &self.serial),
            ("wwn", &self.wwn),
            ("vendor", &self.vendor),
            ("product", &self.product),
        ] {
            if let Some(v) = v {
                w.leaf(name, v);
            }
        }
        if let (Some(e), true) = (&self.src.encryption, self.encryption_on_disk) {
            e.format(w);
        }
        self.info.format(w, cx, InfoOpts::BOOT);
        w.end("disk");
    }

    fn format_driver(&self, w: &mut Writer) {
        let d = &self.driver;
        let mut c = w.nested();
        if self.src.metadata_cache_max > 0 {
            format_metadata_cache(&mut c, self.src.metadata_cache_max);
        }
        let format = self.src.format.filter(|f| *f != FileFormat::None);
        let any_attr = d.name.is_some()
            || format.is_some()
            || d.cache.is_some()
            || d.error_policy.is_some()
            || d.rerror_policy.is_some()
            || d.io.is_some()
            || d.ioeventfd.is_some()
            || d.event_idx.is_some()
            || d.copy_on_read.is_some()
            || d.discard.is_some()
            || d.iothread.is_some()
            || d.detect_zeroes.is_some()
            || d.queues != 0
            || d.queue_size != 0
            || !d.virtio.is_empty();
        if !any_attr && c.is_empty() {
            return;
        }
        let s = w
            .start("driver")
            .attr_opt("name", d.name.as_deref())
            .attr_opt("type", format)
            .attr_opt("cache", d.cache)
            .attr_opt("error_policy", d.error_policy)
            .attr_opt("rerror_policy", d.rerror_policy)
            .attr_opt("io", d.io)
            .attr_opt("ioeventfd", d.ioeventfd)
            .attr_opt("event_idx", d.event_idx)
            .attr_opt("copy_on_read", d.copy_on_read)
            .attr_opt("discard", d.discard)
            .attr_opt("iothread", d.iothread)
            .attr_opt("detect_zeroes", d.detect_zeroes)
            .attr_opt("queues", (d.queues != 0).then_some(d.queues))
            .attr_opt("queue_size", (d.queue_size != 0).then_some(d.queue_size));
        d.virtio.attrs(s).children(c);
    }

    /// The target name (`vda`, `hdc`, …), empty when none was given.
    pub fn target(&self) -> &str {
        self.dst.as_deref().unwrap_or("")
    }

    /// Whether the disk has no medium (libvirt's `virStorageSourceIsEmpty`).
    pub fn is_empty(&self) -> bool {
        self.src.is_empty()
    }

    /// Whether the source is a local file, block device or directory.
    pub fn is_local(&self) -> bool {
        self.src.is_local()
    }

    /// Where a snapshot of the disk goes, after the post-parse defaults
    /// (`default` when nothing says).
    pub fn snapshot_location(&self) -> SnapshotLocation {
        self.snapshot.unwrap_or(SnapshotLocation::Default)
    }

    /// The path, device or image name of the source, if it has one.
    pub fn source_path(&self) -> Option<&str> {
        self.src.path.as_deref()
    }
}

fn parse_driver(d: Node) -> Result<DiskDriver> {
    let nz = Opts::NONE.nonzero();
    let drv = DiskDriver {
        virtio: VirtioOptions::from_driver(d)?,
        name: d.attr("name").map(str::to_string),
        cache: nondefault!(d, "cache", DiskCache),
        error_policy: d.prop_with::<ErrorPolicy>("error_policy", nz)?,
        rerror_policy: d.prop_with::<ErrorPolicy>("rerror_policy", nz)?,
        io: None,
        ioeventfd: None,
        event_idx: None,
        copy_on_read: None,
        discard: None,
        iothread: None,
        detect_zeroes: None,
        queues: 0,
        queue_size: 0,
    };
    if drv.rerror_policy == Some(ErrorPolicy::Enospace) {
        return Err(unsupported("Invalid disk read error policy: 'enospace'"));
    }
    Ok(DiskDriver {
        io: d.prop_with::<DiskIo>("io", nz)?,
        ioeventfd: d.prop::<Switch>("ioeventfd")?,
        event_idx: d.prop::<Switch>("event_idx")?,
        copy_on_read: d.prop::<Switch>("copy_on_read")?,
        discard: d.prop_with::<DiskDiscard>("discard", nz)?,
        iothread: d.prop_with::<u32>("iothread", nz)?,
        detect_zeroes: d.prop_with::<DetectZeroes>("detect_zeroes", nz)?,
        queues: d.prop::<u32>("queues")?.unwrap_or(0),
        queue_size: d.prop::<u32>("queue_size")?.unwrap_or(0),
        ..drv
    })
}

/// Whether `s` is a WWN as libvirt accepts it: 16 hex digits after an
/// optional `0x`.
pub fn valid_wwn(s: &str) -> bool {
    let s = s.strip_prefix("0x").unwrap_or(s);
    s.len() == 16 && s.bytes().all(|b| b.is_ascii_hexdigit())
}

impl super::Devices {
    /// libvirt's `virDomainDiskIndexByName`, as a position in the device
    /// list: a name without a leading `/` is a target; one with it is a
    /// source path, which must be unambiguous unless `allow_ambiguous`
    /// (then the first counts).
    fn disk_position(&self, name: &str, allow_ambiguous: bool) -> Option<usize> {
        let mut disks = self.iter().enumerate().filter_map(|(i, d)| match d {
            super::Device::Disk(disk) => Some((i, &**disk)),
            _ => None,
        });
        if !name.starts_with('/') {
            return disks
                .find(|(_, d)| d.dst.as_deref() == Some(name))
                .map(|(i, _)| i);
        }
        let mut found = disks.filter(|(_, d)| d.source_path() == Some(name));
        let (first, _) = found.next()?;
        (allow_ambiguous || found.next().is_none()).then_some(first)
    }

    /// The disk `name` names (see `disk_position`).
    pub fn disk_by_name(&self, name: &str, allow_ambiguous: bool) -> Option<&Disk> {
        match self.iter().nth(self.disk_position(name, allow_ambiguous)?) {
            Some(super::Device::Disk(d)) => Some(d),
            _ => None,
        }
    }

    /// [`Devices::disk_by_name`], for changing the disk.
    pub fn disk_by_name_mut(&mut self, name: &str, allow_ambiguous: bool) -> Option<&mut Disk> {
        let at = self.disk_position(name, allow_ambiguous)?;
        match self.iter_mut().nth(at) {
            Some(super::Device::Disk(d)) => Some(d),
            _ => None,
        }
    }
}
