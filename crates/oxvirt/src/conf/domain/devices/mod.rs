//! `<devices>`: every device of a domain, in libvirt's per-kind lists.
//!
//! libvirt keeps one list per kind of device and writes them in a fixed
//! order of kinds, whatever order the document gave; within a kind the
//! document's order stays. [`Devices`] keeps one list in that order. A kind
//! that is typed has its own file here and its own [`Device`] variant;
//! every other kind is kept as given ([`Device::Other`]), canonically
//! re-written. Elements libvirt does not know under `<devices>` are dropped,
//! as libvirt drops them.

mod aliases;
mod chr;
mod chr_rules;
mod chr_source;
#[cfg(test)]
mod chr_tests;
mod controller;
mod controller_order;
mod guestfwd;
mod implicit_controllers;
mod info;
mod redirdev;
mod redirfilter;
mod seclabel;
mod smartcard;
mod usb_none;

pub use chr::{Channel, ChannelState, Chr, ConsoleTarget, SerialModel, SerialTarget, Target};
pub use chr_source::{Backend, ChrSource, ChrType, Log, MouseMode, Reconnect, TcpProtocol};
pub use controller::{Controller, ControllerType};
pub use info::{Address, AddressType, Boot, DeviceInfo, InfoOpts, Rom};
pub use redirdev::{Redirdev, RedirdevBus};
pub use redirfilter::{Redirfilter, UsbRule};
pub use seclabel::{check_label_overrides, DeviceSeclabel};
pub use smartcard::{Card, Smartcard, SmartcardMode};
mod filesystem;
mod fmt;
mod hostdev;
mod hostdev_dups;
mod hostdev_post;
mod hostdev_source;
mod hub;
mod iommu;
mod iscsi;
mod memballoon;
mod memory;
#[cfg(test)]
mod misc_tests;
mod misc_validate;
mod nvram;
mod panic;
mod path;
mod rng;
mod shmem;
mod single;
mod teaming;
mod virtio;
mod vsock;
mod watchdog;

pub use filesystem::{Filesystem, FsAccessMode, FsDriver, FsType};
pub use hostdev::{Hostdev, HostdevMode};
pub use hostdev_source::{CapsSource, ScsiSource, Subsys, SubsysSource, SubsysType};
pub use hub::{Hub, HubType};
pub use iommu::{Iommu, IommuModel};
pub use memballoon::{Memballoon, MemballoonModel};
pub use memory::{MemoryAccess, MemoryDevice, MemoryModel};
pub use misc_validate::DomainFacts;
pub use nvram::Nvram;
pub use panic::{Panic, PanicModel};
pub use rng::{Rng, RngBackend, RngModel};
pub use shmem::{Msi, Shmem, ShmemModel, ShmemRole};
pub use teaming::{Teaming, TeamingType};
pub use virtio::VirtioOptions;
pub use vsock::{Vsock, VsockModel};
pub use watchdog::{Watchdog, WatchdogAction, WatchdogModel};
mod bandwidth;
mod boot_order;
mod filterref;
mod mac;
mod net;
mod net_driver;
mod net_source;
mod net_validate;
mod netip;
mod portforward;
mod virtualport;
mod vlan;
mod xpath;

pub use bandwidth::{Bandwidth, Rate};
pub use mac::MacAddr;
pub use net::{generate_ifnames, Interface};
pub use net_source::{NetSource, NetType};
mod boot;
mod disk;
mod disk_iotune;
mod disk_post;
#[cfg(test)]
mod disk_tests;
mod disk_validate;
mod lease;
mod storage_net;
mod storage_secrets;
mod storage_source;

pub use disk::{Disk, DiskBus, DiskDevice, SnapshotLocation};
pub use disk_iotune::{BlockIoTune, FIELDS as IOTUNE_FIELDS};
pub use lease::Lease;
pub use seclabel::DomainLabel;
pub use storage_net::NetProtocol;
pub use storage_source::{FileFormat, StorageSource, StorageType};
mod audio;
mod display;
mod graphics;
mod input;
mod parse_order;
mod sound;
mod tpm;
mod video;

pub use audio::Audio;
pub use graphics::Graphics;
pub use input::Input;
pub use sound::Sound;
pub use tpm::Tpm;
pub use video::Video;

use super::kept::Kept;
use super::OsType;
use crate::conf::xml::{Node, Writer};
use crate::error::Result;

crate::xml_enum! {
    /// The kinds of device, in the order libvirt writes them.
    pub enum Kind {
        Emulator = "emulator", Disk = "disk", Controller = "controller", Lease = "lease",
        Filesystem = "filesystem", Interface = "interface", Smartcard = "smartcard",
        Serial = "serial", Parallel = "parallel", Console = "console", Channel = "channel",
        Input = "input", Tpm = "tpm", Graphics = "graphics", Sound = "sound", Audio = "audio",
        Video = "video", Hostdev = "hostdev", Redirdev = "redirdev",
        Redirfilter = "redirfilter", Hub = "hub", Watchdog = "watchdog",
        Memballoon = "memballoon", Rng = "rng", Nvram = "nvram", Panic = "panic",
        Shmem = "shmem", Memory = "memory", Iommu = "iommu", Vsock = "vsock",
    }
}

/// What a device's parser may need to know about the rest of the domain.
#[derive(Clone, Copy, Debug)]
pub struct ParseCtx<'a> {
    /// `<domain type>`.
    pub virt_type: &'a str,
    pub os_type: OsType,
    pub arch: &'a str,
    pub machine: Option<&'a str>,
    /// The definition is read as an inactive one (libvirt's
    /// `VIR_DOMAIN_DEF_PARSE_INACTIVE`): run-time state such as aliases
    /// other than user aliases is dropped.
    pub inactive: bool,
}

/// How a definition is written (libvirt's `VIR_DOMAIN_DEF_FORMAT_*`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FormatCtx {
    /// `VIR_DOMAIN_XML_INACTIVE`: the persistent form, no run-time state.
    pub inactive: bool,
    /// `VIR_DOMAIN_XML_SECURE`: passwords and secrets are written.
    pub secure: bool,
    /// `VIR_DOMAIN_XML_MIGRATABLE`.
    pub migratable: bool,
}

/// One device.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Device {
    /// `<emulator>`: the path of the emulator binary.
    Emulator(String),
    Controller(Box<Controller>),
    /// `<serial>`, `<parallel>`, `<console>` or `<channel>`.
    Chr(Box<Chr>),
    Smartcard(Box<Smartcard>),
    Redirdev(Box<Redirdev>),
    Redirfilter(Redirfilter),
    Filesystem(Box<Filesystem>),
    Hostdev(Box<Hostdev>),
    Hub(Box<Hub>),
    Watchdog(Box<Watchdog>),
    Memballoon(Box<Memballoon>),
    Rng(Box<Rng>),
    Nvram(Box<Nvram>),
    Panic(Box<Panic>),
    Shmem(Box<Shmem>),
    Memory(Box<MemoryDevice>),
    Iommu(Box<Iommu>),
    Vsock(Box<Vsock>),
    Interface(Box<Interface>),
    Disk(Box<Disk>),
    Lease(Lease),
    Input(Box<Input>),
    Tpm(Box<Tpm>),
    Graphics(Box<Graphics>),
    Sound(Box<Sound>),
    Audio(Box<Audio>),
    Video(Box<Video>),
    /// A kind not typed yet, as given.
    Other(Kind, Kept),
}

impl Device {
    pub fn kind(&self) -> Kind {
        match self {
            Device::Emulator(_) => Kind::Emulator,
            Device::Controller(_) => Kind::Controller,
            Device::Chr(c) => c.kind(),
            Device::Smartcard(_) => Kind::Smartcard,
            Device::Redirdev(_) => Kind::Redirdev,
            Device::Redirfilter(_) => Kind::Redirfilter,
            Device::Filesystem(_) => Kind::Filesystem,
            Device::Hostdev(_) => Kind::Hostdev,
            Device::Hub(_) => Kind::Hub,
            Device::Watchdog(_) => Kind::Watchdog,
            Device::Memballoon(_) => Kind::Memballoon,
            Device::Rng(_) => Kind::Rng,
            Device::Nvram(_) => Kind::Nvram,
            Device::Panic(_) => Kind::Panic,
            Device::Shmem(_) => Kind::Shmem,
            Device::Memory(_) => Kind::Memory,
            Device::Iommu(_) => Kind::Iommu,
            Device::Vsock(_) => Kind::Vsock,
            Device::Interface(_) => Kind::Interface,
            Device::Disk(_) => Kind::Disk,
            Device::Lease(_) => Kind::Lease,
            Device::Input(_) => Kind::Input,
            Device::Tpm(_) => Kind::Tpm,
            Device::Graphics(_) => Kind::Graphics,
            Device::Sound(_) => Kind::Sound,
            Device::Audio(_) => Kind::Audio,
            Device::Video(_) => Kind::Video,
            Device::Other(k, _) => *k,
        }
    }

    /// Reads device element `n` of kind `kind`.
    pub fn parse(kind: Kind, n: Node, cx: &ParseCtx) -> Result<Device> {
        Ok(match kind {
            Kind::Emulator => Device::Emulator(n.text().into_owned()),
            Kind::Controller => Device::Controller(Box::new(Controller::parse(n, cx)?)),
            Kind::Serial | Kind::Parallel | Kind::Console | Kind::Channel => {
                Device::Chr(Box::new(Chr::parse(kind, n, cx)?))
            }
            Kind::Smartcard => Device::Smartcard(Box::new(Smartcard::parse(n, cx)?)),
            Kind::Redirdev => Device::Redirdev(Box::new(Redirdev::parse(n, cx)?)),
            Kind::Redirfilter => Device::Redirfilter(Redirfilter::parse(n)?),
            Kind::Filesystem => Device::Filesystem(Box::new(Filesystem::parse(n, cx)?)),
            Kind::Hostdev => Device::Hostdev(Box::new(Hostdev::parse(n, cx)?)),
            Kind::Hub => Device::Hub(Box::new(Hub::parse(n, cx)?)),
            Kind::Watchdog => Device::Watchdog(Box::new(Watchdog::parse(n, cx)?)),
            Kind::Memballoon => Device::Memballoon(Box::new(Memballoon::parse(n, cx)?)),
            Kind::Rng => Device::Rng(Box::new(Rng::parse(n, cx)?)),
            Kind::Nvram => Device::Nvram(Box::new(Nvram::parse(n, cx)?)),
            Kind::Panic => Device::Panic(Box::new(Panic::parse(n, cx)?)),
            Kind::Shmem => Device::Shmem(Box::new(Shmem::parse(n, cx)?)),
            Kind::Memory => Device::Memory(Box::new(MemoryDevice::parse(n, cx)?)),
            Kind::Iommu => Device::Iommu(Box::new(Iommu::parse(n, cx)?)),
            Kind::Vsock => Device::Vsock(Box::new(Vsock::parse(n, cx)?)),
            Kind::Interface => Device::Interface(Box::new(Interface::parse(n, cx)?)),
            Kind::Disk => Device::Disk(Box::new(Disk::parse(n, cx)?)),
            Kind::Lease => Device::Lease(Lease::parse(n)?),
            Kind::Input => Device::Input(Box::new(Input::parse(n, cx)?)),
            Kind::Tpm => Device::Tpm(Box::new(Tpm::parse(n, cx)?)),
            Kind::Graphics => Device::Graphics(Box::new(Graphics::parse(n, cx)?)),
            Kind::Sound => Device::Sound(Box::new(Sound::parse(n, cx)?)),
            Kind::Audio => Device::Audio(Box::new(Audio::parse(n)?)),
            Kind::Video => Device::Video(Box::new(Video::parse(n, cx)?)),
            // Every kind is typed now; a kind libvirt adds later is kept
            // as given until it is.
            #[allow(unreachable_patterns)]
            k => Device::Other(k, Kept::from_node(n)),
        })
    }

    pub fn format(&self, w: &mut Writer, cx: &FormatCtx) {
        match self {
            Device::Emulator(path) => w.leaf("emulator", path.as_str()),
            Device::Controller(c) => c.format(w, cx),
            Device::Chr(c) => c.format(w, cx),
            Device::Smartcard(c) => c.format(w, cx),
            Device::Redirdev(r) => r.format(w, cx),
            Device::Redirfilter(f) => f.format(w),
            Device::Filesystem(d) => d.format(w, cx),
            Device::Hostdev(d) => d.format(w, cx),
            Device::Hub(d) => d.format(w, cx),
            Device::Watchdog(d) => d.format(w, cx),
            Device::Memballoon(d) => d.format(w, cx),
            Device::Rng(d) => d.format(w, cx),
            Device::Nvram(d) => d.format(w, cx),
            Device::Panic(d) => d.format(w, cx),
            Device::Shmem(d) => d.format(w, cx),
            Device::Memory(d) => d.format(w, cx),
            Device::Iommu(d) => d.format(w, cx),
            Device::Vsock(d) => d.format(w, cx),
            Device::Interface(i) => i.format(w, cx),
            Device::Disk(d) => d.format(w, cx),
            Device::Lease(l) => l.format(w),
            Device::Input(d) => d.format(w, cx),
            Device::Tpm(d) => d.format(w, cx),
            Device::Graphics(d) => d.format(w, cx),
            Device::Sound(d) => d.format(w, cx),
            Device::Audio(d) => d.format(w),
            Device::Video(d) => d.format(w, cx),
            Device::Other(_, k) => k.write(w),
        }
    }

    /// The common part of a typed device (`None` for a kind not typed
    /// yet, and for `<emulator>`).
    pub fn info(&self) -> Option<&DeviceInfo> {
        match self {
            Device::Controller(c) => Some(&c.info),
            Device::Chr(c) => Some(&c.info),
            Device::Smartcard(c) => Some(&c.info),
            Device::Redirdev(r) => Some(&r.info),
            Device::Filesystem(d) => Some(&d.info),
            Device::Hostdev(d) => Some(&d.info),
            Device::Hub(d) => Some(&d.info),
            Device::Watchdog(d) => Some(&d.info),
            Device::Memballoon(d) => Some(&d.info),
            Device::Rng(d) => Some(&d.info),
            Device::Nvram(d) => Some(&d.info),
            Device::Panic(d) => Some(&d.info),
            Device::Shmem(d) => Some(&d.info),
            Device::Memory(d) => Some(&d.info),
            Device::Iommu(d) => Some(&d.info),
            Device::Vsock(d) => Some(&d.info),
            Device::Interface(i) => Some(&i.info),
            Device::Disk(d) => Some(&d.info),
            Device::Input(d) => Some(&d.info),
            Device::Tpm(d) => Some(&d.info),
            Device::Sound(d) => Some(&d.info),
            Device::Video(d) => Some(&d.info),
            Device::Emulator(_)
            | Device::Redirfilter(_)
            | Device::Lease(_)
            | Device::Graphics(_)
            | Device::Audio(_)
            | Device::Other(..) => None,
        }
    }

    /// Where the device sits on its bus, typed or not.
    pub fn address(&self) -> Option<Address> {
        match self {
            Device::Other(_, k) => {
                let a = k.child("address")?;
                let mut w = Writer::with_capacity(128);
                a.write(&mut w);
                let text = w.finish();
                let doc = crate::conf::xml::Document::parse(
                    &text,
                    &crate::conf::xml::ParseOpts {
                        domain: oxvirt_abi::virErrorDomain::VIR_FROM_DOMAIN,
                        url: "(address)",
                        root: "address",
                    },
                )
                .ok()?;
                Address::parse(doc.root()).ok()
            }
            d => d.info()?.address.clone(),
        }
    }

    /// The device alone as libvirt's XML (what `virDomainAttachDevice`
    /// takes).
    pub fn to_xml(&self) -> String {
        let mut w = Writer::with_capacity(256);
        self.format(&mut w, &FormatCtx::default());
        w.finish()
    }

    /// The element as given, for a kind not typed yet.
    pub fn kept(&self) -> Option<&Kept> {
        match self {
            Device::Other(_, k) => Some(k),
            _ => None,
        }
    }
}

/// Every device of a domain, grouped by kind in libvirt's order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Devices {
    list: Vec<Device>,
}

impl Devices {
    /// Reads `<devices>` (absent: no devices), then fills in what libvirt
    /// adds after parsing.
    pub fn parse(devices: Option<Node>, cx: &ParseCtx) -> Result<Devices> {
        let mut devs = Devices { list: Vec::new() };
        if let Some(d) = devices {
            for kind in parse_order::PARSE_ORDER {
                single::check(
                    kind,
                    d.elements().filter(|e| e.name() == kind.name()).count(),
                )?;
                for n in d.elements().filter(|e| e.name() == kind.name()) {
                    let dev = Device::parse(kind, n, cx)?;
                    match &dev {
                        Device::Disk(disk) => {
                            let at = disk_post::insert_at(&devs.list, disk);
                            devs.list.insert(at, dev);
                        }
                        _ => devs.insert(dev),
                    }
                    if kind == Kind::Controller {
                        controller_order::check_usb_as_read(&devs.list)?;
                    }
                }
                if kind == Kind::Controller {
                    controller_order::check_usb_master(&devs.list)?;
                }
            }
        }
        devs.post_parse(cx)?;
        Ok(devs)
    }

    /// libvirt's post-parse rules that look at more than one device:
    /// implicit controllers, console and serial twins, default inputs and
    /// video, and the like.
    fn post_parse(&mut self, cx: &ParseCtx) -> Result<()> {
        // What libvirt refuses as it reads the devices.
        usb_none::check(self, cx)?;
        // As read: controllers in libvirt's order, each with an index.
        let mut controllers = controller_order::arrange(self.take_controllers());
        implicit_controllers::add_as_hostdevs_are_read(self, &mut controllers)?;
        controller_order::assign_indexes(&mut controllers);
        for c in &controllers {
            c.post_parse()?;
        }
        controller_order::reject_duplicates(&controllers)?;
        self.put_controllers(controllers);
        // Each device's own post-parse (disk bus and drive address
        // among them), before the rules that look at several.
        disk_post::post_parse(&mut self.list)?;
        redirfilter::only_one(self)?;
        chr_rules::post_parse_devices(self, cx)?;
        smartcard::post_parse_devices(self)?;
        hostdev_post::post_parse(self)?;
        self.reject_duplicate_panics()?;
        // After the per-device rules (disk and smartcard addresses among
        // them).
        implicit_controllers::add(self)?;
        display::post_parse(self, cx)?;
        redirdev::validate(self)?;
        // libvirt's validation, once the definition is complete.
        for d in self.of_kind(Kind::Controller) {
            if let Device::Controller(c) = d {
                c.validate()?;
            }
        }
        aliases::validate(self)?;
        boot_order::check(self)?;
        net_validate::post_parse(self)?;
        Ok(())
    }

    /// Removes the typed controllers, in order.
    fn take_controllers(&mut self) -> Vec<Controller> {
        let mut out = Vec::new();
        let mut rest = Vec::with_capacity(self.list.len());
        for d in self.list.drain(..) {
            match d {
                Device::Controller(c) => out.push(*c),
                d => rest.push(d),
            }
        }
        self.list = rest;
        out
    }

    /// Puts `list` back where controllers belong, in its order.
    fn put_controllers(&mut self, list: Vec<Controller>) {
        for c in list {
            self.insert(Device::Controller(Box::new(c)));
        }
    }

    /// libvirt's checks of the devices once the whole definition is read
    /// (`virDomainDefValidate`'s device part).
    pub fn validate(&self, labels: &[DomainLabel]) -> Result<()> {
        disk_post::validate(&self.list, labels)
    }

    pub fn format(&self, w: &mut Writer, cx: &FormatCtx) {
        w.start("devices").open();
        for d in &self.list {
            match chr_rules::serial_twin(self, d) {
                Some(twin) => twin.format(w, cx),
                None => d.format(w, cx),
            }
        }
        w.end("devices");
    }

    pub fn iter(&self) -> std::slice::Iter<'_, Device> {
        self.list.iter()
    }

    pub fn len(&self) -> usize {
        self.list.len()
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// The disks, in order.
    pub fn disks(&self) -> impl Iterator<Item = &Disk> {
        self.list.iter().filter_map(|d| match d {
            Device::Disk(disk) => Some(&**disk),
            _ => None,
        })
    }

    /// The devices of one kind, in order.
    pub fn of_kind(&self, kind: Kind) -> impl Iterator<Item = &Device> {
        self.list.iter().filter(move |d| d.kind() == kind)
    }

    /// The memory balloon, when the definition has one (even of model
    /// `none`).
    pub fn memballoon(&self) -> Option<&Memballoon> {
        self.list.iter().find_map(|d| match d {
            Device::Memballoon(b) => Some(&**b),
            _ => None,
        })
    }

    pub fn memballoon_mut(&mut self) -> Option<&mut Memballoon> {
        self.list.iter_mut().find_map(|d| match d {
            Device::Memballoon(b) => Some(&mut **b),
            _ => None,
        })
    }

    /// Adds `dev` after the last device of its kind.
    pub fn insert(&mut self, dev: Device) {
        if let Device::Disk(disk) = &dev {
            let at = disk_post::insert_at(&self.list, disk);
            self.list.insert(at, dev);
            return;
        }
        let k = dev.kind();
        let at = self
            .list
            .iter()
            .rposition(|d| d.kind() as usize <= k as usize)
            .map_or(0, |i| i + 1);
        self.list.insert(at, dev);
    }

    /// Removes and returns the device at `index` of the whole list.
    pub fn remove(&mut self, index: usize) -> Device {
        self.list.remove(index)
    }

    /// The interfaces, in order.
    pub fn interfaces(&self) -> impl Iterator<Item = &Interface> {
        self.list.iter().filter_map(|d| match d {
            Device::Interface(i) => Some(&**i),
            _ => None,
        })
    }

    pub fn interfaces_mut(&mut self) -> impl Iterator<Item = &mut Interface> {
        self.list.iter_mut().filter_map(|d| match d {
            Device::Interface(i) => Some(&mut **i),
            _ => None,
        })
    }

    pub fn iter_mut(&mut self) -> std::slice::IterMut<'_, Device> {
        self.list.iter_mut()
    }
}
