//! The domain definition: the part of libvirt's domain XML the foundation
//! models as typed values. General metadata, memory, vCPUs, OS, clock and
//! lifecycle actions are typed; `<devices>` is kept as the XML it was given
//! (re-indented) until the full device model lands.

use super::xml::{self, number, Document, Node, ParseOpts, Uuid, Writer};
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
    pub enum ClockOffset { Utc = "utc", Localtime = "localtime", Variable = "variable", Timezone = "timezone" }
}

crate::xml_enum! {
    /// `<vcpu placement=…>`.
    pub enum Placement { Static = "static", Auto = "auto" }
}

/// The architectures libvirt knows by name (`virArch`).
const ARCHES: &[&str] = &[
    "alpha",
    "armv6l",
    "armv7l",
    "armv7b",
    "aarch64",
    "cris",
    "i686",
    "ia64",
    "lm32",
    "m68k",
    "microblaze",
    "microblazeel",
    "mips",
    "mipsel",
    "mips64",
    "mips64el",
    "openrisc",
    "parisc",
    "parisc64",
    "ppc",
    "ppcle",
    "ppc64",
    "ppc64le",
    "ppcemb",
    "riscv32",
    "riscv64",
    "s390",
    "s390x",
    "sh4",
    "sh4eb",
    "sparc",
    "sparc64",
    "unicore32",
    "x86_64",
    "xtensa",
    "xtensaeb",
];

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DomainDef {
    /// The `type` attribute of `<domain>` (`test`, `kvm`, …).
    pub virt_type: String,
    pub name: String,
    pub uuid: [u8; 16],
    pub memory_kib: u64,
    pub current_memory_kib: u64,
    pub vcpus: u32,
    pub os_type: String,
    pub os_arch: Option<String>,
    pub os_machine: Option<String>,
    pub boot_devs: Vec<BootDev>,
    pub clock_offset: ClockOffset,
    pub on_poweroff: LifecycleAction,
    pub on_reboot: LifecycleAction,
    pub on_crash: LifecycleAction,
    /// The children of `<devices>`, one element per entry, as XML text
    /// indented relative to `<devices>`.
    pub devices: Vec<String>,
}

fn err(code: virErrorNumber, detail: Option<&str>) -> Error {
    Error::new(virErrorDomain::VIR_FROM_DOMAIN, code, detail)
}

fn unsupported(detail: &str) -> Error {
    err(virErrorNumber::VIR_ERR_CONFIG_UNSUPPORTED, Some(detail))
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

impl DomainDef {
    /// Parses a domain definition, with libvirt's checks and errors, in
    /// libvirt's order.
    pub fn parse(xml: &str) -> Result<DomainDef> {
        let doc = Document::parse(
            xml,
            &ParseOpts {
                domain: virErrorDomain::VIR_FROM_DOMAIN,
                url: "(domain_definition)",
                root: "domain",
            },
        )?;
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
            (None, None) => {
                return Err(err(
                    virErrorNumber::VIR_ERR_XML_ERROR,
                    Some("an os <type> must be specified"),
                ))
            }
        };
        let os_arch = d.child_attr("os/type", "arch");
        if let Some(a) = os_arch.filter(|a| !ARCHES.contains(a)) {
            return Err(unsupported(&format!("Unknown architecture {a}")));
        }

        let memory_kib = memory(d, "memory")?;
        let current_memory_kib = memory(d, "currentMemory")?;

        let mut vcpus = 1;
        if let Some(v) = d.child("vcpu") {
            vcpus = number::to_u32(&v.text(), 10).ok_or_else(|| {
                err(
                    virErrorNumber::VIR_ERR_XML_ERROR,
                    Some("maximum vcpus count must be an integer"),
                )
            })?;
            v.prop::<u32>("current")?;
            v.prop::<Placement>("placement")?;
        }

        let on_reboot = lifecycle(d, "on_reboot", LifecycleAction::Restart)?;
        let on_poweroff = lifecycle(d, "on_poweroff", LifecycleAction::Destroy)?;
        let on_crash = lifecycle(d, "on_crash", LifecycleAction::Destroy)?;

        let clock_offset = match d.child_attr("clock", "offset") {
            None => ClockOffset::Utc,
            Some(o) => ClockOffset::from_name(o)
                .ok_or_else(|| unsupported(&format!("unknown clock offset '{o}'")))?,
        };

        let mut boot_devs = Vec::new();
        if let Some(os) = d.child("os") {
            // libvirt reads as many as there are device kinds.
            for b in os.children("boot").take(BootDev::NAMES.len()) {
                boot_devs.push(b.prop_required::<BootDev>("dev")?);
            }
        }

        let devices = d
            .child("devices")
            .map(|n| n.elements().map(|e| dedent(e.source())).collect())
            .unwrap_or_default();

        // Post-parse rules.
        if memory_kib == 0 {
            return Err(err(
                virErrorNumber::VIR_ERR_XML_ERROR,
                Some("Memory size must be specified via <memory> or in the <numa> configuration"),
            ));
        }
        let current_memory_kib = match current_memory_kib {
            0 => memory_kib,
            c => c.min(memory_kib),
        };

        Ok(DomainDef {
            virt_type: virt_type.to_string(),
            name: name.into_owned(),
            uuid,
            memory_kib,
            current_memory_kib,
            vcpus,
            os_type,
            os_arch: os_arch.map(str::to_string),
            os_machine: d.child_attr("os/type", "machine").map(str::to_string),
            boot_devs,
            clock_offset,
            on_poweroff,
            on_reboot,
            on_crash,
            devices,
        })
    }

    /// libvirt's canonical XML; `id` is written when the domain runs.
    pub fn format(&self, id: Option<i32>) -> String {
        let mut w =
            Writer::with_capacity(1024 + self.devices.iter().map(String::len).sum::<usize>());
        w.start("domain")
            .attr("type", &self.virt_type)
            .attr_opt("id", id)
            .open();
        w.leaf("name", &self.name);
        w.leaf("uuid", Uuid(&self.uuid));
        w.start("memory").attr("unit", "KiB").text(self.memory_kib);
        w.start("currentMemory")
            .attr("unit", "KiB")
            .text(self.current_memory_kib);
        w.start("vcpu").attr("placement", "static").text(self.vcpus);
        w.start("os").open();
        w.start("type")
            .attr_opt("arch", self.os_arch.as_ref())
            .attr_opt("machine", self.os_machine.as_ref())
            .text(&self.os_type);
        for b in &self.boot_devs {
            w.start("boot").attr("dev", b).empty();
        }
        w.end("os");
        w.start("clock").attr("offset", self.clock_offset).empty();
        w.leaf("on_poweroff", self.on_poweroff);
        w.leaf("on_reboot", self.on_reboot);
        w.leaf("on_crash", self.on_crash);
        w.start("devices").open();
        for d in &self.devices {
            w.raw_block(d);
        }
        w.end("devices");
        w.end("domain");
        w.finish()
    }
}

/// Removes the indentation the continuation lines of an element share.
fn dedent(block: &str) -> String {
    let indent = block
        .lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    // The closing tag sits at the element's own indentation, which is the
    // smallest one; children are deeper by one level.
    let mut out = String::with_capacity(block.len());
    for (i, l) in block.lines().enumerate() {
        if i > 0 {
            out.push('\n');
            out.push_str(l.get(indent..).unwrap_or(l.trim_start()));
        } else {
            out.push_str(l.trim());
        }
    }
    out
}

#[cfg(test)]
mod tests;
