//! The domain definition. General metadata, `<metadata>`, memory, vCPUs,
//! I/O threads, block I/O and NUMA tuning, OS, CPU, features, security
//! labels and lifecycle actions are typed; devices are in [`devices`].
//! Elements the test driver edits as trees (`<cputune>`, `<memtune>`,
//! `<memoryBacking>`, `<clock>`, `<pm>`, `<perf>`, `<idmap>`, `<keywrap>`)
//! are read with libvirt's checks and kept in the form libvirt writes them;
//! the rest outside `<devices>` (`<vcpus>`, `<resource>`, `<sysinfo>`,
//! `<launchSecurity>`) is kept as given, rewritten canonically.

mod bitmap;
mod blkiotune;
mod clock;
mod cpu;
mod cputune;
pub mod devices;
mod features;
mod idmap;
mod iothreads;
mod kept;
mod keywrap;
mod memory_backing;
mod memtune;
mod metadata;
mod numatune;
mod os;
pub mod perf;
mod pm;
mod seclabel;

pub use bitmap::Bitmap;
pub use blkiotune::{BlkioDevice, Blkiotune};
pub use cpu::{Cpu, Vcpu};
pub use devices::{Device, Devices, FormatCtx, Kind, ParseCtx};
pub use features::Features;
pub use iothreads::{IoThread, IoThreads};
pub use kept::Kept;
pub use metadata::Metadata;
pub use numatune::{parse_nodeset, MemNode, MemoryTune, NumaMode, NumaPlacement, Numatune};
pub use os::Os;
pub use seclabel::{SecLabel, SeclabelType};

use super::xml::{self, Document, Node, ParseOpts, Uuid, Writer};
use crate::error::{Error, Result};
use oxvirt_abi::{virErrorDomain, virErrorNumber};

crate::xml_enum! {
    /// The hypervisor a domain is for (`<domain type=…>`).
    pub enum VirtType {
        None = "none", Qemu = "qemu", Kqemu = "kqemu", Kvm = "kvm", Xen = "xen",
        Lxc = "lxc", Uml = "uml", Openvz = "openvz", Test = "test", Vmware = "vmware",
        Hyperv = "hyperv", Vbox = "vbox", Phyp = "phyp", Parallels = "parallels",
        Bhyve = "bhyve", Vz = "vz", Hvf = "hvf",
    }
}

crate::xml_enum! {
    /// The guest's OS type (`<os><type>`).
    pub enum OsType { Hvm = "hvm", Xen = "xen", Linux = "linux", Exe = "exe", Uml = "uml", XenPvh = "xenpvh" }
}

crate::xml_enum! {
    /// A boot device (`<boot dev=…>`).
    pub enum BootDev { Fd = "fd", Cdrom = "cdrom", Hd = "hd", Network = "network" }
}

crate::xml_enum! {
    /// What happens when the guest powers off, reboots or crashes.
    pub enum LifecycleAction {
        Destroy = "destroy", Restart = "restart", RenameRestart = "rename-restart",
        Preserve = "preserve", CoredumpDestroy = "coredump-destroy",
        CoredumpRestart = "coredump-restart",
    }
}

crate::xml_enum! {
    /// How the guest clock relates to the host's (`<clock offset=…>`).
    pub enum ClockOffset { Utc = "utc", Localtime = "localtime", Variable = "variable", Timezone = "timezone", Absolute = "absolute" }
}

crate::xml_enum! {
    /// `<vcpu placement=…>`.
    pub enum Placement { Static = "static", Auto = "auto" }
}

/// The test driver's default architecture (its `defArch`), filled in
/// when `<os><type>` names none.
pub const DEFAULT_ARCH: &str = "i686";

/// Top-level elements the model keeps as given (canonically re-written)
/// until they are typed, each in its place of libvirt's order.
/// Both are read with libvirt's rules, then kept in canonical form
/// (memtune.rs, memory_backing.rs).
const KEPT_BEFORE_VCPU: &[&str] = &["memtune", "memoryBacking"];
const KEPT_AFTER_VCPU: &[&str] = &["vcpus"];
/// Typed on reading, then kept in libvirt's canonical form (cputune.rs).
const KEPT_AFTER_IOTHREADS: &[&str] = &["cputune"];
const KEPT_AFTER_NUMATUNE: &[&str] = &["resource", "sysinfo"];
/// These are read with libvirt's checks, then kept canonically (idmap.rs,
/// pm.rs, perf.rs).
const KEPT_AFTER_OS: &[&str] = &["idmap"];
const KEPT_AFTER_LIFECYCLE: &[&str] = &["pm", "perf"];
const KEPT_AFTER_DEVICES: &[&str] = &["keywrap", "launchSecurity"];

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DomainDef {
    /// The `type` attribute of `<domain>` (`test`, `kvm`, …).
    pub virt_type: String,
    pub name: String,
    pub uuid: [u8; 16],
    pub genid: Option<[u8; 16]>,
    pub title: Option<String>,
    pub description: Option<String>,
    pub metadata: Option<Metadata>,
    /// `<maxMemory>`: KiB and slots.
    pub max_memory: Option<(u64, u32)>,
    pub memory_kib: u64,
    pub dump_core: Option<xml::Switch>,
    pub current_memory_kib: u64,
    pub blkiotune: Blkiotune,
    /// The maximum vCPU count.
    pub vcpus: u32,
    pub vcpu: Vcpu,
    pub iothreads: IoThreads,
    pub numatune: Numatune,
    pub features: Option<Features>,
    pub seclabels: Vec<SecLabel>,
    pub os_type: String,
    pub os_arch: Option<String>,
    pub os_machine: Option<String>,
    pub os: Os,
    pub boot_devs: Vec<BootDev>,
    pub cpu: Option<Cpu>,
    pub clock_offset: ClockOffset,
    /// `<clock>` as given, when it has more than its offset.
    pub clock: Option<Kept>,
    pub on_poweroff: LifecycleAction,
    pub on_reboot: LifecycleAction,
    pub on_crash: LifecycleAction,
    pub on_lockfailure: Option<LockFailureAction>,
    /// Not yet typed top-level elements, by name, in document order.
    pub kept: Vec<Kept>,
    pub devices: Devices,
}

crate::xml_enum! {
    /// `<on_lockfailure>`.
    pub enum LockFailureAction {
        Default = "default", Poweroff = "poweroff", Restart = "restart", Pause = "pause", Ignore = "ignore",
    }
}

fn err(code: virErrorNumber, detail: Option<&str>) -> Error {
    Error::new(virErrorDomain::VIR_FROM_DOMAIN, code, detail)
}

pub(crate) fn unsupported(detail: &str) -> Error {
    err(virErrorNumber::VIR_ERR_CONFIG_UNSUPPORTED, Some(detail))
}

fn internal(detail: &str) -> Error {
    err(virErrorNumber::VIR_ERR_INTERNAL_ERROR, Some(detail))
}

pub(crate) fn xml_err(detail: &str) -> Error {
    err(virErrorNumber::VIR_ERR_XML_ERROR, Some(detail))
}

/// `<on_… >` of `d`, `default` when absent.
fn lifecycle(d: Node, name: &str, default: LifecycleAction) -> Result<LifecycleAction> {
    match d.child_string(name) {
        None => Ok(default),
        Some(v) => LifecycleAction::from_name(&v)
            .ok_or_else(|| unsupported(&format!("unknown {name} action: {v}"))),
    }
}

/// A memory element of `d` in KiB, 0 when absent.
fn memory(d: Node, name: &str) -> Result<u64> {
    let node = d.child(name);
    xml::parse_memory_kib(
        node.and_then(Node::string).as_deref(),
        node.and_then(|n| n.attr("unit")),
        &format!("./{name}[1]"),
        false,
    )
}

/// `<sysinfo type='smbios'>` with its tables in the order libvirt writes
/// them; anything else as it is.
fn sysinfo_in_order(mut k: Kept) -> Kept {
    const ORDER: [&str; 7] = [
        "bios",
        "system",
        "baseBoard",
        "chassis",
        "processor",
        "memory_device",
        "oemStrings",
    ];
    /// Each table's entries, in the order libvirt writes them.
    fn entries(table: &str) -> &'static [&'static str] {
        match table {
            "bios" => &["vendor", "version", "date", "release"],
            "system" => &[
                "manufacturer",
                "product",
                "version",
                "serial",
                "uuid",
                "sku",
                "family",
            ],
            "baseBoard" => &[
                "manufacturer",
                "product",
                "version",
                "serial",
                "asset",
                "location",
            ],
            "chassis" => &["manufacturer", "version", "serial", "asset", "sku"],
            _ => &[],
        }
    }
    if k.name == "sysinfo" && k.attr("type") == Some("smbios") {
        k.children.sort_by_key(|c| {
            ORDER
                .iter()
                .position(|o| *o == c.name)
                .unwrap_or(ORDER.len())
        });
        for t in &mut k.children {
            let order = entries(&t.name);
            if !order.is_empty() {
                t.children.sort_by_key(|e| {
                    let name = e.attr("name").unwrap_or("");
                    order.iter().position(|o| *o == name).unwrap_or(order.len())
                });
            }
        }
    }
    k
}

/// How a domain document is read: its error domain, name and root.
const DOMAIN_DOC: ParseOpts = ParseOpts {
    domain: virErrorDomain::VIR_FROM_DOMAIN,
    url: "(domain_definition)",
    root: "domain",
};

impl DomainDef {
    /// A domain document given as bytes, as text: libvirt's XML error for
    /// one that is not UTF-8.
    pub fn text(xml: &[u8]) -> Result<&str> {
        super::xml::tree::text_of(xml, &DOMAIN_DOC)
    }

    /// Parses a domain definition, with libvirt's checks and errors, in
    /// libvirt's order.
    pub fn parse(xml: &str) -> Result<DomainDef> {
        let doc = Document::parse(xml, &DOMAIN_DOC)?;
        let d = doc.root();

        let name = d
            .child_string("name")
            .ok_or_else(|| err(virErrorNumber::VIR_ERR_NO_NAME, None))?;
        let uuid = match d.child_string("uuid") {
            None => *uuid::Uuid::new_v4().as_bytes(),
            Some(u) => crate::util::uuid::parse_uuid(&u).ok_or_else(|| {
                err(
                    virErrorNumber::VIR_ERR_INTERNAL_ERROR,
                    Some("malformed uuid element"),
                )
            })?,
        };
        let virt_type = d.attr("type").filter(|t| !t.is_empty()).ok_or_else(|| {
            err(
                virErrorNumber::VIR_ERR_INTERNAL_ERROR,
                Some("missing domain type attribute"),
            )
        })?;
        if VirtType::from_name(virt_type).is_none() {
            return Err(unsupported(&format!("invalid domain type {virt_type}")));
        }
        let os_type = match (d.child_string("os/type"), d.child_string("bootloader")) {
            (Some(t), _) if OsType::from_name(&t).is_none() => {
                return Err(unsupported(&format!("unknown OS type '{t}'")))
            }
            (Some(t), _) => t.into_owned(),
            (None, Some(_)) => OsType::Xen.name().to_string(),
            (None, None) => return Err(xml_err("an os <type> must be specified")),
        };
        let os_arch = d.child_attr("os/type", "arch");
        if let Some(a) = os_arch.filter(|a| !super::arch::is_known(a)) {
            return Err(unsupported(&format!("Unknown architecture {a}")));
        }
        let os_arch = os_arch.unwrap_or(DEFAULT_ARCH);

        let genid = match d.child("genid") {
            None => None,
            Some(g) => Some(match g.string() {
                None => *uuid::Uuid::new_v4().as_bytes(),
                Some(u) => crate::util::uuid::parse_uuid(&u)
                    .ok_or_else(|| xml_err("malformed genid element"))?,
            }),
        };
        let title = d.child_string("title").map(|s| s.into_owned());
        if title.as_deref().is_some_and(|t| t.contains('\n')) {
            return Err(xml_err("Domain title can't contain newlines"));
        }
        let description = d.child_string("description").map(|s| s.into_owned());
        let metadata = d.child("metadata").map(|m| Metadata::parse(d, m));

        let mut memory_kib = memory(d, "memory")?;
        let dump_core = d
            .child("memory")
            .map(|m| m.prop::<xml::Switch>("dumpCore"))
            .transpose()?
            .flatten();
        let current_memory_kib = memory(d, "currentMemory")?;
        let max_memory = match d.child("maxMemory") {
            None => None,
            Some(m) => {
                let kib = memory(d, "maxMemory")?;
                let slots = m.prop::<u32>("slots")?.unwrap_or(0);
                Some((kib, slots))
            }
        };

        let blkiotune = Blkiotune::parse(d)?;
        let memtune = memtune::parse(d)?;
        let mut vcpu = Vcpu::parse(d)?;
        let iothreads = IoThreads::parse(d)?;
        let cputune = cputune::parse(d, vcpu.max, &iothreads)?;

        let on_reboot = lifecycle(d, "on_reboot", LifecycleAction::Restart)?;
        let on_poweroff = lifecycle(d, "on_poweroff", LifecycleAction::Destroy)?;
        let on_crash = lifecycle(d, "on_crash", LifecycleAction::Destroy)?;
        let on_lockfailure = match d.child_string("on_lockfailure") {
            None => None,
            Some(v) => Some(
                LockFailureAction::from_name(&v)
                    .ok_or_else(|| unsupported(&format!("unknown on_lockfailure action: {v}")))?,
            ),
        }
        .filter(|a| *a != LockFailureAction::Default);

        let (clock_offset, clock) = clock::parse(d)?;
        // A clock with nothing but its offset is written from the offset.
        let clock = Some(clock).filter(|c| c.attrs.len() > 1 || !c.children.is_empty());

        let os_kind = OsType::from_name(&os_type).unwrap_or(OsType::Hvm);
        let mut boot_devs = Vec::new();
        let os = Os::parse(d, os_kind, &mut boot_devs)?;
        let features = d.child("features").map(Features::parse).transpose()?;
        let cpu = Cpu::parse(d)?;
        if d.children("resource").nth(1).is_some() {
            return Err(xml_err("only one resource element is supported"));
        }
        let cells = cpu.as_ref().map_or(&[][..], |c| &c.numa[..]);
        let numa_cpus: usize = cells
            .iter()
            .filter_map(|c| c.cpus.as_ref())
            .map(|b| b.0.len())
            .sum();
        if numa_cpus > vcpu.max as usize {
            return Err(internal(
                "Number of CPUs in <numa> exceeds the <vcpu> count",
            ));
        }
        let max_id = cells
            .iter()
            .filter_map(|c| c.cpus.as_ref().and_then(|b| b.0.last()))
            .max()
            .copied()
            .unwrap_or(0);
        if max_id >= vcpu.max {
            return Err(internal("CPU IDs in <numa> exceed the <vcpu> count"));
        }
        let memory_backing = memory_backing::parse(d, cpu.as_ref().map_or(0, |c| c.numa.len()))?;
        let numatune = Numatune::parse(
            d,
            cpu.as_ref().map_or(0, |c| c.numa.len()),
            vcpu.placement == Placement::Static,
        )?;
        // Automatic memory placement makes vCPU placement automatic too,
        // unless something pins CPUs.
        let pinned = |n: &str| d.find(&format!("cputune/{n}")).is_some();
        if numatune.has_placement_auto()
            && vcpu.cpuset.is_none()
            && !pinned("vcpupin")
            && !pinned("emulatorpin")
            && !pinned("iothreadpin")
        {
            vcpu.placement = Placement::Auto;
        }

        let seclabels = SecLabel::parse_all(d)?;
        let devices_node = d.child("devices");
        let devices = Devices::parse(
            devices_node,
            &ParseCtx {
                virt_type,
                os_type: os_kind,
                arch: os_arch,
                machine: d.child_attr("os/type", "machine"),
                inactive: true,
            },
        )?;
        let kept: Vec<Kept> = d
            .elements()
            .filter(|e| {
                let n = e.name();
                (KEPT_BEFORE_VCPU.contains(&n) && n != "memtune" && n != "memoryBacking")
                    || KEPT_AFTER_VCPU.contains(&n)
                    || KEPT_AFTER_NUMATUNE.contains(&n)
                    || (KEPT_AFTER_DEVICES.contains(&n) && n != "keywrap")
            })
            .map(Kept::from_node)
            .map(sysinfo_in_order)
            .chain(cputune)
            .chain(memtune)
            .chain(memory_backing)
            .chain(idmap::parse(d)?)
            .chain(pm::parse(d)?)
            .chain(perf::parse(d)?)
            .chain(keywrap::parse(d)?)
            .collect();

        // Post-parse rules.
        for (event, action) in [("poweroff", on_poweroff), ("reboot", on_reboot)] {
            if matches!(
                action,
                LifecycleAction::CoredumpDestroy | LifecycleAction::CoredumpRestart
            ) {
                return Err(unsupported(&format!(
                    "Lifecycle event '{event}' doesn't support '{}' action",
                    action.name()
                )));
            }
        }
        blkiotune.validate()?;
        os.validate()?;
        iothreads.validate()?;
        let numa_kib = cpu.as_ref().map_or(0, Cpu::numa_memory_kib);
        let hotplug_kib = devices.hotplug_memory_kib();
        // The NUMA cells count only when <memory> says nothing (the test
        // driver never asks for an ABI update).
        if memory_kib == 0 && numa_kib > 0 {
            memory_kib = numa_kib.saturating_add(hotplug_kib);
        } else if hotplug_kib > memory_kib {
            return Err(xml_err(
                "Total size of memory devices exceeds the total memory size",
            ));
        }
        if memory_kib.saturating_sub(hotplug_kib) == 0 {
            return Err(xml_err(
                "Memory size must be specified via <memory> or in the <numa> configuration",
            ));
        }
        if let Some((kib, slots)) = max_memory {
            if (kib == 0) != (slots == 0) {
                return Err(xml_err(
                    "both maximum memory size and memory slot count must be specified",
                ));
            }
            if kib != 0 && kib < memory_kib {
                return Err(xml_err(
                    "maximum memory size must be equal or greater than the actual memory size",
                ));
            }
        }
        let current_memory_kib = match current_memory_kib {
            0 => memory_kib,
            c => c.min(memory_kib),
        };
        if os_kind == OsType::Hvm {
            devices.check_boot_orders(!boot_devs.is_empty())?;
        }
        let device_boot = devices.iter().any(|d| d.boot_order().is_some());
        if os_kind == OsType::Hvm && boot_devs.is_empty() && !device_boot {
            boot_devs.push(BootDev::Hd);
        }
        devices::check_label_overrides(&devices, d)?;
        let labels: Vec<devices::DomainLabel> = seclabels
            .iter()
            .map(|s| devices::DomainLabel {
                model: s.model.clone(),
                relabel: s.relabel,
            })
            .collect();
        devices.validate(&labels)?;
        devices.validate_misc(&devices::DomainFacts {
            arch: os_arch,
            numa_cells: cpu.as_ref().map_or(0, |c| c.numa.len()),
            features: d.child("features"),
        })?;

        Ok(DomainDef {
            virt_type: virt_type.to_string(),
            name: name.into_owned(),
            uuid,
            genid,
            title,
            description,
            metadata,
            max_memory,
            memory_kib,
            dump_core,
            current_memory_kib,
            blkiotune,
            vcpus: vcpu.max,
            vcpu,
            iothreads,
            numatune,
            features,
            seclabels,
            os_type,
            os_arch: Some(os_arch.to_string()),
            os_machine: d.child_attr("os/type", "machine").map(str::to_string),
            os,
            boot_devs,
            cpu,
            clock_offset,
            clock,
            on_poweroff,
            on_reboot,
            on_crash,
            on_lockfailure,
            kept,
            devices,
        })
    }

    fn write_kept(&self, w: &mut Writer, names: &[&str]) {
        for n in names {
            for k in self.kept.iter().filter(|k| k.name == *n) {
                k.write(w);
            }
        }
    }

    /// libvirt's canonical XML; `id` is written when the domain runs.
    pub fn format(&self, id: Option<i32>) -> String {
        self.format_with(id, &FormatCtx::default())
    }

    /// libvirt's canonical XML under the `VIR_DOMAIN_XML_*` choices of `cx`.
    pub fn format_with(&self, id: Option<i32>, cx: &FormatCtx) -> String {
        // libvirt writes a definition without an id (not running) in its
        // persistent form whatever the flags say.
        let cx = &FormatCtx {
            inactive: cx.inactive || id.is_none(),
            ..*cx
        };
        let mut w = Writer::with_capacity(2048 + 256 * self.devices.len());
        w.start("domain")
            .attr("type", &self.virt_type)
            .attr_opt("id", id)
            .open();
        w.leaf("name", &self.name);
        w.leaf("uuid", Uuid(&self.uuid));
        if let Some(g) = &self.genid {
            w.leaf("genid", Uuid(g));
        }
        if let Some(t) = &self.title {
            w.leaf("title", t);
        }
        if let Some(t) = &self.description {
            w.leaf("description", t);
        }
        if let Some(m) = &self.metadata {
            w.raw_line(&m.to_xml(1));
        }
        if let Some((kib, slots)) = self.max_memory.filter(|(k, _)| *k > 0) {
            w.start("maxMemory")
                .attr("slots", slots)
                .attr("unit", "KiB")
                .text(kib);
        }
        w.start("memory")
            .attr_opt("dumpCore", self.dump_core)
            .attr("unit", "KiB")
            .text(self.memory_kib);
        w.start("currentMemory")
            .attr("unit", "KiB")
            .text(self.current_memory_kib);
        self.blkiotune.format(&mut w);
        self.write_kept(&mut w, KEPT_BEFORE_VCPU);
        let mut vcpu = self.vcpu.clone();
        vcpu.max = self.vcpus;
        vcpu.format(&mut w);
        self.write_kept(&mut w, KEPT_AFTER_VCPU);
        self.iothreads.format(&mut w);
        self.write_kept(&mut w, KEPT_AFTER_IOTHREADS);
        self.numatune.format(&mut w);
        self.write_kept(&mut w, KEPT_AFTER_NUMATUNE);
        self.os.format(
            &mut w,
            &self.os_type,
            self.os_arch.as_deref(),
            self.os_machine.as_deref(),
            &self.boot_devs,
        );
        self.write_kept(&mut w, KEPT_AFTER_OS);
        if let Some(f) = self.features.as_ref().filter(|f| !f.0.children.is_empty()) {
            f.format(&mut w);
        }
        if let Some(c) = &self.cpu {
            c.format(&mut w);
        }
        match &self.clock {
            Some(c) => c.write(&mut w),
            None => w.start("clock").attr("offset", self.clock_offset).empty(),
        }
        w.leaf("on_poweroff", self.on_poweroff);
        w.leaf("on_reboot", self.on_reboot);
        w.leaf("on_crash", self.on_crash);
        if let Some(a) = self.on_lockfailure {
            w.leaf("on_lockfailure", a);
        }
        self.write_kept(&mut w, KEPT_AFTER_LIFECYCLE);
        self.devices.format(&mut w, cx);
        for s in &self.seclabels {
            s.format(&mut w);
        }
        self.write_kept(&mut w, KEPT_AFTER_DEVICES);
        w.end("domain");
        w.finish()
    }
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tuning_tests;
