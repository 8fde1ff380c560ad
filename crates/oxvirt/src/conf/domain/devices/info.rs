//! What every device carries besides its own settings (libvirt's
//! `virDomainDeviceInfo`): its boot position, alias, USB master, ROM, ACPI
//! index and bus address.

use super::super::{err, unsupported, xml_err};
use super::{FormatCtx, ParseCtx};
use crate::conf::xml::{self, Hex, Node, Opts, Switch, Writer};
use crate::error::Result;
use oxvirt_abi::virErrorNumber;

/// Where a device sits on its bus (`<address type=…>`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Address {
    Pci {
        domain: u32,
        bus: u32,
        slot: u32,
        function: u32,
        multi: Option<Switch>,
        /// `<zpci uid fid>`, each when given.
        zpci: Option<(Option<u32>, Option<u32>)>,
    },
    Drive {
        controller: u32,
        bus: u32,
        target: u32,
        unit: u32,
    },
    VirtioSerial {
        controller: u32,
        bus: u32,
        port: u32,
    },
    Ccid {
        controller: u32,
        slot: u32,
    },
    Usb {
        bus: u32,
        /// Hub ports from the root, at most four.
        port: Vec<u32>,
    },
    SpaprVio {
        reg: Option<u64>,
    },
    Ccw {
        cssid: u32,
        ssid: u32,
        devno: u32,
    },
    VirtioMmio,
    Isa {
        iobase: u32,
        irq: u32,
    },
    Dimm {
        slot: u32,
        base: u64,
    },
    Unassigned,
}

crate::xml_enum! {
    /// libvirt's address type names; `none` (index 0) is refused on input.
    pub enum AddressType {
        None = "none", Pci = "pci", Drive = "drive", VirtioSerial = "virtio-serial",
        Ccid = "ccid", Usb = "usb", SpaprVio = "spapr-vio", VirtioS390 = "virtio-s390",
        Ccw = "ccw", VirtioMmio = "virtio-mmio", Isa = "isa", Dimm = "dimm",
        Unassigned = "unassigned",
    }
}

impl Address {
    pub fn kind(&self) -> AddressType {
        match self {
            Address::Pci { .. } => AddressType::Pci,
            Address::Drive { .. } => AddressType::Drive,
            Address::VirtioSerial { .. } => AddressType::VirtioSerial,
            Address::Ccid { .. } => AddressType::Ccid,
            Address::Usb { .. } => AddressType::Usb,
            Address::SpaprVio { .. } => AddressType::SpaprVio,
            Address::Ccw { .. } => AddressType::Ccw,
            Address::VirtioMmio => AddressType::VirtioMmio,
            Address::Isa { .. } => AddressType::Isa,
            Address::Dimm { .. } => AddressType::Dimm,
            Address::Unassigned => AddressType::Unassigned,
        }
    }

    pub fn parse(n: Node) -> Result<Address> {
        let Some(ty) = n.attr("type") else {
            return Err(err(
                virErrorNumber::VIR_ERR_INTERNAL_ERROR,
                Some("No type specified for device address"),
            ));
        };
        let kind = AddressType::from_name(ty)
            .filter(|k| *k != AddressType::None)
            .ok_or_else(|| unsupported(&format!("unknown address type '{ty}'")))?;
        let u = |name: &str, base: u32| -> Result<u32> {
            Ok(n.prop_with::<u32>(name, Opts::NONE.base(base))?
                .unwrap_or(0))
        };
        Ok(match kind {
            AddressType::None => unreachable!("refused above"),
            AddressType::Pci => {
                let (a, multi, zpci) = parse_pci(n)?;
                Address::Pci {
                    domain: a.domain,
                    bus: a.bus,
                    slot: a.slot,
                    function: a.function,
                    multi,
                    zpci,
                }
            }
            AddressType::Drive => Address::Drive {
                controller: u("controller", 10)?,
                bus: u("bus", 10)?,
                target: u("target", 10)?,
                unit: u("unit", 10)?,
            },
            AddressType::VirtioSerial => Address::VirtioSerial {
                controller: u("controller", 10)?,
                bus: u("bus", 10)?,
                port: u("port", 10)?,
            },
            AddressType::Ccid => Address::Ccid {
                controller: u("controller", 10)?,
                slot: u("slot", 10)?,
            },
            AddressType::Usb => {
                let port = match n.attr("port") {
                    None => Vec::new(),
                    Some(p) => usb_port(p)?,
                };
                Address::Usb {
                    bus: u("bus", 10)?,
                    port,
                }
            }
            AddressType::SpaprVio => Address::SpaprVio {
                reg: n.prop_with::<u64>("reg", Opts::NONE.base(16))?,
            },
            AddressType::VirtioS390 => {
                return Err(xml_err("virtio-s390 bus doesn't have an address"))
            }
            AddressType::Ccw => {
                let get = |name| n.prop_with::<u32>(name, Opts::NONE.base(0));
                let (c, s, d) = (get("cssid")?, get("ssid")?, get("devno")?);
                let (cssid, ssid, devno) = (c.unwrap_or(0), s.unwrap_or(0), d.unwrap_or(0));
                if cssid > 0xfe || ssid > 3 || devno > 0xffff {
                    return Err(device_err(
                        virErrorNumber::VIR_ERR_INTERNAL_ERROR,
                        Some(&format!(
                            "Invalid specification for virtio ccw address: cssid='0x{cssid:x}' ssid='0x{ssid:x}' devno='0x{devno:04x}'"
                        )),
                    ));
                }
                let given = [c, s, d].iter().filter(|v| v.is_some()).count();
                if given != 0 && given != 3 {
                    return Err(device_err(
                        virErrorNumber::VIR_ERR_INTERNAL_ERROR,
                        Some("Invalid partial specification for virtio ccw address"),
                    ));
                }
                Address::Ccw { cssid, ssid, devno }
            }
            AddressType::VirtioMmio => Address::VirtioMmio,
            AddressType::Isa => Address::Isa {
                iobase: u("iobase", 16)?,
                irq: u("irq", 16)?,
            },
            AddressType::Dimm => Address::Dimm {
                slot: n.prop_with::<u32>("slot", Opts::REQUIRED)?.unwrap_or(0),
                base: n
                    .prop_with::<u64>("base", Opts::NONE.base(16))?
                    .unwrap_or(0),
            },
            AddressType::Unassigned => Address::Unassigned,
        })
    }

    pub fn format(&self, w: &mut Writer) {
        let s = w.start("address").attr("type", self.kind());
        match self {
            Address::Pci {
                domain,
                bus,
                slot,
                function,
                multi,
                zpci,
            } => {
                let mut s = s;
                if *domain != 0 || *bus != 0 || *slot != 0 {
                    s = s
                        .attr("domain", Hex(u64::from(*domain), 4))
                        .attr("bus", Hex(u64::from(*bus), 2))
                        .attr("slot", Hex(u64::from(*slot), 2))
                        .attr("function", format!("0x{function}"));
                }
                let s = s.attr_opt("multifunction", *multi);
                // Either id given makes the element, the other one 0.
                match zpci {
                    Some((uid, fid)) if uid.is_some() || fid.is_some() => {
                        s.open();
                        w.start("zpci")
                            .attr("uid", Hex(u64::from(uid.unwrap_or(0)), 4))
                            .attr("fid", Hex(u64::from(fid.unwrap_or(0)), 8))
                            .empty();
                        w.end("address");
                    }
                    _ => s.empty(),
                }
            }
            Address::Drive {
                controller,
                bus,
                target,
                unit,
            } => s
                .attr("controller", signed(*controller))
                .attr("bus", signed(*bus))
                .attr("target", signed(*target))
                .attr("unit", signed(*unit))
                .empty(),
            Address::VirtioSerial {
                controller,
                bus,
                port,
            } => s
                .attr("controller", signed(*controller))
                .attr("bus", signed(*bus))
                .attr("port", signed(*port))
                .empty(),
            Address::Ccid { controller, slot } => s
                .attr("controller", signed(*controller))
                .attr("slot", signed(*slot))
                .empty(),
            Address::Usb { bus, port } => {
                // libvirt writes the path up to its first 0.
                let joined = port
                    .iter()
                    .take_while(|p| **p != 0)
                    .map(u32::to_string)
                    .collect::<Vec<_>>()
                    .join(".");
                let valid = port.first().is_some_and(|p| *p != 0);
                s.attr("bus", signed(*bus))
                    .attr_opt("port", valid.then_some(joined.as_str()))
                    .empty()
            }
            Address::SpaprVio { reg } => s.attr_opt("reg", reg.map(|r| Hex(r, 8))).empty(),
            Address::Ccw { cssid, ssid, devno } => s
                .attr("cssid", Hex(u64::from(*cssid), 1))
                .attr("ssid", Hex(u64::from(*ssid), 1))
                .attr("devno", Hex(u64::from(*devno), 4))
                .empty(),
            Address::VirtioMmio | Address::Unassigned => s.empty(),
            Address::Isa { iobase, irq } => s
                .attr_opt("iobase", (*iobase > 0).then(|| Hex(u64::from(*iobase), 1)))
                .attr_opt("irq", (*irq > 0).then(|| Hex(u64::from(*irq), 1)))
                .empty(),
            Address::Dimm { slot, base } => s
                .attr("slot", slot)
                .attr_opt("base", (*base != 0).then_some(Hex(*base, 1)))
                .empty(),
        }
    }
}

/// libvirt prints these unsigned numbers with `%d`: above `INT_MAX` they
/// come out negative.
fn signed(n: u32) -> i32 {
    n as i32
}

/// An error of libvirt's device address helpers (`device_conf.c`), which
/// report from the device domain.
fn device_err(code: virErrorNumber, detail: Option<&str>) -> crate::error::Error {
    crate::error::Error::new(oxvirt_abi::virErrorDomain::VIR_FROM_DEVICE, code, detail)
}

/// A PCI address (`domain bus slot function`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PciAddr {
    pub domain: u32,
    pub bus: u32,
    pub slot: u32,
    pub function: u32,
}

/// `<zpci uid fid>`, each when given.
pub(super) type Zpci = (Option<u32>, Option<u32>);

/// libvirt's `virPCIDeviceAddressParseXML`, for a device's
/// `<address type='pci'>` and a host device's source address alike: the
/// address, `multifunction`, and `<zpci uid fid>` (each when given).
pub(super) fn parse_pci(n: Node) -> Result<(PciAddr, Option<Switch>, Option<Zpci>)> {
    let u = |name: &str| -> Result<u32> {
        Ok(n.prop_with::<u32>(name, Opts::NONE.base(0))?.unwrap_or(0))
    };
    let addr = PciAddr {
        domain: u("domain")?,
        bus: u("bus")?,
        slot: u("slot")?,
        function: u("function")?,
    };
    let multi = n.prop::<Switch>("multifunction")?;
    // The function alone does not make an address (libvirt's "empty").
    if addr.domain != 0 || addr.bus != 0 || addr.slot != 0 {
        check_pci(addr.bus, addr.slot, addr.function)?;
    }
    let zpci = match n.child("zpci") {
        None => None,
        Some(z) => Some((
            z.prop_with::<u32>("uid", Opts::NONE.base(0))?,
            z.prop_with::<u32>("fid", Opts::NONE.base(0))?,
        )),
    };
    Ok((addr, multi, zpci))
}

/// libvirt checks a PCI address in its PCI utilities, which report from no
/// domain.
fn check_pci(bus: u32, slot: u32, function: u32) -> Result<()> {
    let xml_err = |m: &str| {
        crate::error::Error::new(
            oxvirt_abi::virErrorDomain::VIR_FROM_NONE,
            virErrorNumber::VIR_ERR_XML_ERROR,
            Some(m),
        )
    };
    if bus > 0xff {
        return Err(xml_err(&format!(
            "Invalid PCI address bus='0x{bus:x}', must be <= 0xFF"
        )));
    }
    if slot > 0x1f {
        return Err(xml_err(&format!(
            "Invalid PCI address slot='0x{slot:x}', must be <= 0x1F"
        )));
    }
    if function > 7 {
        return Err(xml_err(&format!(
            "Invalid PCI address function=0x{function:x}, must be <= 7"
        )));
    }
    Ok(())
}

/// A USB port path, `1.2.3`: up to four numbers, each read as a C
/// `strtoul` prefix (blanks and `+` before it allowed) the way libvirt
/// reads them, a dot or the end after each.
fn usb_port(p: &str) -> Result<Vec<u32>> {
    let bad = || {
        device_err(
            virErrorNumber::VIR_ERR_INTERNAL_ERROR,
            Some("Cannot parse <address> 'port' attribute"),
        )
    };
    let mut ports = Vec::new();
    let mut rest = p;
    while ports.len() < 4 {
        let (value, used) = xml::number::u32_p_prefix(rest, 10).ok_or_else(bad)?;
        ports.push(value);
        rest = rest.get(used..).unwrap_or_default();
        match rest.as_bytes().first() {
            None => return Ok(ports),
            Some(b'.') => rest = rest.get(1..).unwrap_or_default(),
            Some(_) => {}
        }
    }
    Err(bad())
}

/// `<boot order loadparm>` of a bootable device.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Boot {
    pub order: u32,
    pub loadparm: Option<String>,
}

/// `<rom>` of a device with an option ROM.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Rom {
    pub enabled: Option<bool>,
    pub bar: Option<Switch>,
    pub file: Option<String>,
}

/// The common part of every device.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DeviceInfo {
    pub boot: Option<Boot>,
    pub alias: Option<String>,
    /// `<master startport>` of a USB companion controller.
    pub master_startport: Option<u32>,
    pub rom: Option<Rom>,
    pub acpi_index: Option<u32>,
    pub address: Option<Address>,
}

/// What a kind of device accepts besides the common part.
#[derive(Clone, Copy, Debug, Default)]
pub struct InfoOpts {
    pub allow_boot: bool,
    pub allow_rom: bool,
}

impl InfoOpts {
    pub const PLAIN: InfoOpts = InfoOpts {
        allow_boot: false,
        allow_rom: false,
    };
    pub const BOOT: InfoOpts = InfoOpts {
        allow_boot: true,
        allow_rom: false,
    };
    pub const BOOT_ROM: InfoOpts = InfoOpts {
        allow_boot: true,
        allow_rom: true,
    };
}

/// Characters of a user alias (`ua-…`), the only alias an inactive
/// definition keeps.
fn is_user_alias(a: &str) -> bool {
    a.starts_with("ua-")
        && a.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

impl DeviceInfo {
    /// Reads the common children of device element `n`.
    pub fn parse(n: Node, cx: &ParseCtx, opts: InfoOpts) -> Result<DeviceInfo> {
        let mut info = DeviceInfo::default();
        if let Some(a) = n.child_attr("alias", "name") {
            if !cx.inactive || is_user_alias(a) {
                info.alias = Some(a.to_string());
            }
        }
        if let Some(m) = n.child("master") {
            info.master_startport = Some(m.prop::<u32>("startport")?.unwrap_or(0));
        }
        if opts.allow_boot {
            if let Some(b) = n.child("boot") {
                let order = b
                    .prop_with::<u32>("order", Opts::REQUIRED.nonzero())?
                    .unwrap_or(0);
                let loadparm = match b.attr("loadparm") {
                    None => None,
                    Some(l) => Some(loadparm(l)?),
                };
                info.boot = Some(Boot { order, loadparm });
            }
        }
        if opts.allow_rom {
            if let Some(r) = n.child("rom") {
                let rom = Rom {
                    enabled: r.prop::<bool>("enabled")?,
                    bar: r.prop::<Switch>("bar")?,
                    file: r.attr("file").map(str::to_string),
                };
                if rom.enabled == Some(false) && (rom.bar.is_some() || rom.file.is_some()) {
                    return Err(unsupported(
                        "ROM tuning is not supported when ROM is disabled",
                    ));
                }
                info.rom = Some(rom);
            }
        }
        if let Some(a) = n.child("acpi") {
            info.acpi_index = a.prop_with::<u32>("index", Opts::NONE.nonzero())?;
        }
        if let Some(a) = n.child("address") {
            info.address = Some(Address::parse(a)?);
        }
        Ok(info)
    }

    /// Writes the common children, in libvirt's order; `opts` says which
    /// this kind of device writes at all.
    pub fn format(&self, w: &mut Writer, _cx: &FormatCtx, opts: InfoOpts) {
        if opts.allow_boot {
            if let Some(b) = &self.boot {
                w.start("boot")
                    .attr("order", b.order)
                    .attr_opt("loadparm", b.loadparm.as_deref())
                    .empty();
            }
        }
        if let Some(a) = &self.alias {
            w.start("alias").attr("name", a).empty();
        }
        if let Some(p) = self.master_startport {
            w.start("master").attr("startport", signed(p)).empty();
        }
        if opts.allow_rom {
            if let Some(r) = &self.rom {
                if r.enabled.is_some() || r.bar.is_some() || r.file.is_some() {
                    w.start("rom")
                        .attr_opt("enabled", r.enabled.map(xml::yes_no))
                        .attr_opt("bar", r.bar)
                        .attr_opt("file", r.file.as_deref())
                        .empty();
                }
            }
        }
        if let Some(i) = self.acpi_index {
            w.start("acpi").attr("index", i).empty();
        }
        if let Some(a) = &self.address {
            a.format(w);
        }
    }
}

/// A boot `loadparm`, upper-cased and checked as libvirt checks it.
fn loadparm(l: &str) -> Result<String> {
    // libvirt's upper-casing also turns '-' into '_'.
    let up = l.to_ascii_uppercase().replace('-', "_");
    let internal = |m: String| err(virErrorNumber::VIR_ERR_INTERNAL_ERROR, Some(&m));
    let blank = up
        .bytes()
        .all(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r'));
    if blank || up.len() > 8 {
        return Err(internal(format!(
            "loadparm value '{up}' must be between 1 and 8 characters"
        )));
    }
    if !up
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b' ')
    {
        return Err(internal(format!(
            "invalid loadparm value '{up}', expecting chars in set of [a-zA-Z0-9.] and blank spaces"
        )));
    }
    Ok(up)
}
