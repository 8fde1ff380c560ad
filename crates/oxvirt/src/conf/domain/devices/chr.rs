//! `<serial>`, `<parallel>`, `<console>` and `<channel>` (libvirt's
//! `virDomainChrDef`): a host-side source, a guest-side target, and the
//! device's common part.

use super::super::{unsupported, xml_err, OsType};
use super::chr_source::{Backend, ChrSource, ChrType, Spicevmc};
use super::{Address, Device, DeviceInfo, Devices, FormatCtx, InfoOpts, Kind, ParseCtx};
use crate::conf::xml::{number, Node, Opts, Writer};
use crate::error::{Error, Result};
use oxvirt_abi::{virErrorDomain, virErrorNumber};
use std::net::Ipv4Addr;

crate::xml_enum! {
    /// `<serial><target type>` (0: none given).
    pub enum SerialTarget {
        None = "none", Isa = "isa-serial", Usb = "usb-serial", Pci = "pci-serial",
        SpaprVio = "spapr-vio-serial", System = "system-serial", Sclp = "sclp-serial",
        IsaDebug = "isa-debug",
    }
}

crate::xml_enum! {
    /// `<serial><target><model name>` (0: none given).
    pub enum SerialModel {
        None = "none", IsaSerial = "isa-serial", UsbSerial = "usb-serial",
        PciSerial = "pci-serial", SpaprVty = "spapr-vty", Pl011 = "pl011",
        Sclpconsole = "sclpconsole", Sclplmconsole = "sclplmconsole", I16550a = "16550a",
        IsaDebugcon = "isa-debugcon",
    }
}

crate::xml_enum! {
    /// `<console><target type>` (0: none given; becomes serial).
    pub enum ConsoleTarget {
        None = "none", Serial = "serial", Xen = "xen", Uml = "uml", Virtio = "virtio",
        Lxc = "lxc", Openvz = "openvz", Sclp = "sclp", Sclplm = "sclplm",
    }
}

crate::xml_enum! {
    /// `<channel><target type>`.
    pub enum ChannelKind { None = "none", Guestfwd = "guestfwd", Virtio = "virtio", Xen = "xen" }
}

crate::xml_enum! {
    /// `<channel><target state>` of a virtio channel (live only).
    pub enum ChannelState { Default = "default", Connected = "connected", Disconnected = "disconnected" }
}

/// libvirt's limit on ISA serial ports (`VIR_MAX_ISA_SERIAL_PORTS`).
const MAX_ISA_SERIAL_PORTS: i32 = 4;

/// The guest side. Ports are C `int`s: `-1` until numbered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    Serial {
        kind: SerialTarget,
        model: SerialModel,
        port: i32,
    },
    Parallel {
        port: i32,
    },
    Console {
        kind: ConsoleTarget,
        port: i32,
    },
    Channel(Channel),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Channel {
    None,
    /// A guest address and port forwarded to the host side.
    Guestfwd {
        addr: Ipv4Addr,
        port: u16,
    },
    Virtio {
        name: Option<String>,
        state: Option<ChannelState>,
    },
    Xen {
        name: Option<String>,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Chr {
    pub source: ChrSource,
    pub target: Target,
    pub info: DeviceInfo,
    /// A console of an HVM guest: when it targets a serial port, libvirt
    /// writes it from the serial device at the same index.
    pub hvm: bool,
}

impl Target {
    pub fn kind(&self) -> Kind {
        match self {
            Target::Serial { .. } => Kind::Serial,
            Target::Parallel { .. } => Kind::Parallel,
            Target::Console { .. } => Kind::Console,
            Target::Channel(_) => Kind::Channel,
        }
    }

    /// The port of a serial, parallel or console target.
    pub fn port(&self) -> Option<i32> {
        match self {
            Target::Serial { port, .. }
            | Target::Parallel { port }
            | Target::Console { port, .. } => Some(*port),
            Target::Channel(_) => None,
        }
    }

    fn port_mut(&mut self) -> Option<&mut i32> {
        match self {
            Target::Serial { port, .. }
            | Target::Parallel { port }
            | Target::Console { port, .. } => Some(port),
            Target::Channel(_) => None,
        }
    }

    /// The target a device of `kind` has without a `<target>` element.
    fn default_for(kind: Kind) -> Result<Target> {
        Ok(match kind {
            Kind::Serial => Target::Serial {
                kind: SerialTarget::None,
                model: SerialModel::None,
                port: -1,
            },
            Kind::Console => Target::Console {
                kind: ConsoleTarget::None,
                port: -1,
            },
            Kind::Channel => {
                return Err(xml_err("target type must be specified for channel device"))
            }
            _ => Target::Parallel { port: -1 },
        })
    }

    fn parse(kind: Kind, t: Node, cx: &ParseCtx) -> Result<Target> {
        let ty = t.attr("type");
        let bad_type = || {
            unsupported(&format!(
                "unknown target type '{}' specified for character device",
                ty.unwrap_or("(null)")
            ))
        };
        let model = t.child_attr("model", "name");
        let bad_model = || {
            unsupported(&format!(
                "unknown target model '{}' specified for character device",
                model.unwrap_or("(null)")
            ))
        };
        let port = || -> Result<i32> {
            match t.attr("port") {
                None => Ok(-1),
                // A C unsigned read into an int: large values wrap.
                Some(p) => number::to_u32(p, 10)
                    .map(|v| v as i32)
                    .ok_or_else(|| xml_err(&format!("Invalid port number: {p}"))),
            }
        };
        Ok(match kind {
            Kind::Serial => {
                let kind = match ty {
                    None => SerialTarget::None,
                    Some(s) => SerialTarget::from_name(s).ok_or_else(bad_type)?,
                };
                let model = match model {
                    None => SerialModel::None,
                    Some(m) => SerialModel::from_name(m).ok_or_else(bad_model)?,
                };
                Target::Serial {
                    kind,
                    model,
                    port: port()?,
                }
            }
            Kind::Console => {
                let kind = match ty {
                    None => ConsoleTarget::None,
                    Some(s) => ConsoleTarget::from_name(s).ok_or_else(bad_type)?,
                };
                Target::Console {
                    kind,
                    port: port()?,
                }
            }
            Kind::Channel => {
                let kind = ty.and_then(ChannelKind::from_name).ok_or_else(bad_type)?;
                Target::Channel(match kind {
                    ChannelKind::None => Channel::None,
                    ChannelKind::Guestfwd => guestfwd(t)?,
                    ChannelKind::Xen => Channel::Xen {
                        name: t.attr("name").map(str::to_string),
                    },
                    ChannelKind::Virtio => Channel::Virtio {
                        name: t.attr("name").map(str::to_string),
                        state: if cx.inactive {
                            None
                        } else {
                            t.prop_with::<ChannelState>("state", Opts::NONE.nonzero())?
                        },
                    },
                })
            }
            _ => Target::Parallel { port: port()? },
        })
    }

    fn format(&self, w: &mut Writer, cx: &FormatCtx) {
        match self {
            Target::Channel(c) => {
                let s = w.start("target");
                match c {
                    Channel::None => s.attr("type", ChannelKind::None).empty(),
                    Channel::Guestfwd { addr, port } => s
                        .attr("type", ChannelKind::Guestfwd)
                        .attr("address", addr.to_string())
                        .attr("port", port)
                        .empty(),
                    Channel::Xen { name } => s
                        .attr("type", ChannelKind::Xen)
                        .attr_opt("name", name.as_deref())
                        .empty(),
                    Channel::Virtio { name, state } => s
                        .attr("type", ChannelKind::Virtio)
                        .attr_opt("name", name.as_deref())
                        .attr_opt(
                            "state",
                            state.filter(|s| *s != ChannelState::Default && !cx.inactive),
                        )
                        .empty(),
                }
            }
            Target::Console { kind, port } => w
                .start("target")
                .attr("type", *kind)
                .attr("port", port)
                .empty(),
            Target::Serial { kind, model, port } => {
                let s = w
                    .start("target")
                    .attr_opt("type", (*kind != SerialTarget::None).then_some(*kind))
                    .attr("port", port);
                if *model == SerialModel::None {
                    s.empty();
                } else {
                    s.open();
                    w.start("model").attr("name", *model).empty();
                    w.end("target");
                }
            }
            Target::Parallel { port } => w.start("target").attr("port", port).empty(),
        }
    }
}

/// A guestfwd target: an IPv4 address (as the C library's resolver reads
/// a numeric host) and a port.
fn guestfwd(t: Node) -> Result<Channel> {
    let Some(a) = t.attr("address") else {
        return Err(xml_err("guestfwd channel does not define a target address"));
    };
    let addr = match inet_aton(a) {
        Some(v4) => v4,
        None if a.parse::<std::net::Ipv6Addr>().is_ok() => {
            return Err(unsupported("guestfwd channel only supports IPv4 addresses"))
        }
        None => {
            return Err(Error::new(
                virErrorDomain::VIR_FROM_NONE,
                virErrorNumber::VIR_ERR_SYSTEM_ERROR,
                Some(&format!(
                    "Cannot parse socket address '{a}': Name or service not known"
                )),
            ))
        }
    };
    let port = t.prop_with::<u32>("port", Opts::REQUIRED)?.unwrap_or(0);
    // The port goes into a socket address's 16 bits.
    Ok(Channel::Guestfwd {
        addr,
        port: port as u16,
    })
}

/// IPv4 in the forms `inet_aton` takes: one to four parts, each decimal,
/// octal (`0…`) or hexadecimal (`0x…`), the last filling the remaining
/// bytes.
fn inet_aton(s: &str) -> Option<Ipv4Addr> {
    let parts: Vec<&str> = s.split('.').collect();
    if parts.is_empty() || parts.len() > 4 {
        return None;
    }
    let mut vals = Vec::with_capacity(4);
    for p in &parts {
        let (digits, radix) = if let Some(h) = p.strip_prefix("0x").or(p.strip_prefix("0X")) {
            (h, 16)
        } else if p.len() > 1 && p.starts_with('0') {
            (&p[1..], 8)
        } else {
            (*p, 10)
        };
        if p.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
            return None;
        }
        let v = if digits.is_empty() {
            0
        } else {
            u32::from_str_radix(digits, radix).ok()?
        };
        vals.push(v);
    }
    let (last, head) = vals.split_last()?;
    if head.iter().any(|v| *v > 0xff) {
        return None;
    }
    let room = 32 - 8 * head.len() as u32;
    if room < 32 && *last >= 1u32 << room {
        return None;
    }
    let mut n: u32 = 0;
    for (i, v) in head.iter().enumerate() {
        n |= v << (24 - 8 * i as u32);
    }
    Some(Ipv4Addr::from(n | last))
}

impl Chr {
    /// Reads element `n` of kind `kind` (serial, parallel, console or
    /// channel).
    pub fn parse(kind: Kind, n: Node, cx: &ParseCtx) -> Result<Chr> {
        let ty = match n.attr("type") {
            None => ChrType::Pty,
            Some(t) => ChrType::from_name(t).ok_or_else(|| {
                unsupported(&format!(
                    "unknown type presented to host for character device: {t}"
                ))
            })?,
        };
        let target = match n.child("target") {
            Some(t) => Target::parse(kind, t, cx)?,
            None => Target::default_for(kind)?,
        };
        let mut source = ChrSource::parse(ty, n, cx, true)?;
        if let Backend::Spicevmc(what) = &mut source.backend {
            if !matches!(target, Target::Channel(Channel::Virtio { .. })) {
                return Err(unsupported("spicevmc device type only supports virtio"));
            }
            *what = Spicevmc::Vdagent;
        }
        let info = DeviceInfo::parse(n, cx, InfoOpts::PLAIN)?;
        if let Target::Serial {
            kind: SerialTarget::Usb,
            ..
        } = target
        {
            if info
                .address
                .as_ref()
                .is_some_and(|a| !matches!(a, Address::Usb { .. }))
            {
                return Err(unsupported("usb-serial requires address of usb type"));
            }
        }
        Ok(Chr {
            source,
            target,
            info,
            hvm: kind == Kind::Console && cx.os_type == OsType::Hvm,
        })
    }

    pub fn kind(&self) -> Kind {
        self.target.kind()
    }

    pub fn format(&self, w: &mut Writer, cx: &FormatCtx) {
        let name = self.kind().name();
        let tty = match (&self.source.backend, &self.target) {
            (Backend::Pty { path: Some(p) }, Target::Console { port: 0, .. }) if !cx.inactive => {
                Some(p.as_str())
            }
            _ => None,
        };
        w.start(name)
            .attr("type", self.source.kind())
            .attr_opt("tty", tty)
            .open();
        self.source.format(w, cx);
        self.target.format(w, cx);
        self.info.format(w, cx, InfoOpts::PLAIN);
        w.end(name);
    }

    /// Whether this console stands for a serial port.
    fn targets_serial(&self) -> bool {
        matches!(
            self.target,
            Target::Console {
                kind: ConsoleTarget::Serial | ConsoleTarget::None,
                ..
            }
        )
    }

    /// The checks libvirt's validation makes of the source.
    fn validate(&self) -> Result<()> {
        let unix_path_optional = matches!(
            self.target,
            Target::Channel(Channel::Virtio { .. } | Channel::Xen { .. })
        );
        self.source.validate(unix_path_optional)
    }
}

/// A console of an HVM guest that targets a serial port is written as the
/// serial device at its own index, under the console's name: `Some` with
/// what to write instead of `dev`.
pub(super) fn serial_twin(devs: &Devices, dev: &Device) -> Option<Chr> {
    let Device::Chr(console) = dev else {
        return None;
    };
    if !console.hvm || !console.targets_serial() {
        return None;
    }
    let index = devs
        .of_kind(Kind::Console)
        .position(|c| std::ptr::eq(c, dev))?;
    let Device::Chr(serial) = devs.of_kind(Kind::Serial).nth(index)? else {
        return None;
    };
    Some(Chr {
        source: serial.source.clone(),
        target: Target::Console {
            kind: ConsoleTarget::Serial,
            port: serial.target.port().unwrap_or(-1),
        },
        info: serial.info.clone(),
        hvm: true,
    })
}

/// Runs [`post_parse`] over the character devices of `devs`.
pub(super) fn post_parse_devices(devs: &mut Devices, cx: &ParseCtx) -> Result<()> {
    let (mut serials, mut parallels, mut consoles, mut channels) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let mut rest = Vec::with_capacity(devs.list.len());
    for d in std::mem::take(&mut devs.list) {
        match d {
            Device::Chr(c) => match c.kind() {
                Kind::Serial => serials.push(*c),
                Kind::Parallel => parallels.push(*c),
                Kind::Console => consoles.push(*c),
                _ => channels.push(*c),
            },
            other => rest.push(other),
        }
    }
    devs.list = rest;
    let r = post_parse(
        &mut serials,
        &mut parallels,
        &mut consoles,
        &mut channels,
        cx,
    );
    for c in serials
        .into_iter()
        .chain(parallels)
        .chain(consoles)
        .chain(channels)
    {
        devs.insert(Device::Chr(Box::new(c)));
    }
    r
}

/// The rules libvirt applies after parsing to the character devices of a
/// domain, in its order: ISA serial ports, per-device defaults and port
/// numbers, the console that doubles the first serial port, then
/// validation. Each list holds one kind, in document order.
fn post_parse(
    serials: &mut Vec<Chr>,
    parallels: &mut [Chr],
    consoles: &mut Vec<Chr>,
    channels: &mut [Chr],
    cx: &ParseCtx,
) -> Result<()> {
    number_parallels(parallels);
    for (i, c) in consoles.iter_mut().enumerate() {
        if let Some(p) = c.target.port_mut() {
            *p = i as i32;
        }
    }
    isa_serial_ports(serials)?;
    for i in 0..serials.len() {
        device_post_parse(serials, i, cx)?;
    }
    for c in consoles.iter_mut() {
        if let Target::Console { kind, .. } = &mut c.target {
            if *kind == ConsoleTarget::None {
                *kind = ConsoleTarget::Serial;
            }
        }
    }
    console_compat(serials, consoles, cx)?;
    if !serials.is_empty() {
        device_post_parse(serials, 0, cx)?;
    }
    for c in serials
        .iter()
        .chain(parallels.iter())
        .chain(channels.iter())
        .chain(consoles.iter())
    {
        c.validate()?;
    }
    Ok(())
}

/// Parallel ports without a number follow the highest before them.
fn number_parallels(parallels: &mut [Chr]) {
    for i in 0..parallels.len() {
        let max = parallels[..i]
            .iter()
            .filter_map(|c| c.target.port())
            .max()
            .unwrap_or(-1);
        if let Some(p) = parallels.get_mut(i).and_then(|c| c.target.port_mut()) {
            if *p == -1 {
                *p = max.saturating_add(1);
            }
        }
    }
}

/// `virDomainChrIsaSerialDefPostParse`: at most four ISA serial ports,
/// each number used once, the unnumbered given the lowest free ones.
fn isa_serial_ports(serials: &mut [Chr]) -> Result<()> {
    let internal = |m: String| {
        Error::new(
            virErrorDomain::VIR_FROM_DOMAIN,
            virErrorNumber::VIR_ERR_INTERNAL_ERROR,
            Some(&m),
        )
    };
    let mut used = [false; MAX_ISA_SERIAL_PORTS as usize];
    let mut count = 0;
    for c in serials.iter() {
        let Target::Serial {
            kind: SerialTarget::Isa,
            port,
            ..
        } = c.target
        else {
            continue;
        };
        count += 1;
        if count > MAX_ISA_SERIAL_PORTS || port >= MAX_ISA_SERIAL_PORTS {
            return Err(internal(format!(
                "Maximum supported number of ISA serial ports is '{MAX_ISA_SERIAL_PORTS}'"
            )));
        }
        // A port that wrapped below -1 indexes nothing in C's table either
        // way; libvirt would read out of bounds, we refuse it as too large.
        if port < -1 {
            return Err(internal(format!(
                "Maximum supported number of ISA serial ports is '{MAX_ISA_SERIAL_PORTS}'"
            )));
        }
        if let Some(slot) = usize::try_from(port).ok().and_then(|p| used.get_mut(p)) {
            if *slot {
                return Err(internal(format!("target port '{port}' already allocated")));
            }
            *slot = true;
        }
    }
    for c in serials.iter_mut() {
        if let Target::Serial {
            kind: SerialTarget::Isa,
            port,
            ..
        } = &mut c.target
        {
            if *port == -1 {
                if let Some(free) = used.iter().position(|u| !*u) {
                    used[free] = true;
                    *port = free as i32;
                }
            }
        }
    }
    Ok(())
}

/// `virDomainChrDefPostParse` for serial `i`: the isa-debug check and its
/// port number, one above the highest of all serial ports.
fn device_post_parse(serials: &mut [Chr], i: usize, cx: &ParseCtx) -> Result<()> {
    let max = serials
        .iter()
        .filter_map(|c| c.target.port())
        .max()
        .unwrap_or(-1);
    let Some(c) = serials.get_mut(i) else {
        return Ok(());
    };
    if let Target::Serial {
        kind: SerialTarget::IsaDebug,
        ..
    } = c.target
    {
        if !matches!(cx.arch, "i686" | "x86_64") {
            return Err(unsupported(
                "isa-debug serial type only valid on x86 architecture",
            ));
        }
    }
    if let Some(p) = c.target.port_mut() {
        if *p == -1 {
            *p = max.saturating_add(1);
        }
    }
    Ok(())
}

/// `virDomainDefAddConsoleCompat`: in an HVM guest the first console and
/// the first serial port are one device seen twice.
fn console_compat(serials: &mut Vec<Chr>, consoles: &mut Vec<Chr>, cx: &ParseCtx) -> Result<()> {
    if consoles.iter().skip(1).any(|c| {
        matches!(
            c.target,
            Target::Console {
                kind: ConsoleTarget::Serial,
                ..
            }
        )
    }) {
        return Err(unsupported("Only the first console can be a serial port"));
    }
    if cx.os_type != OsType::Hvm {
        return Ok(());
    }
    let stub = || Chr {
        source: ChrSource::new(ChrType::Null),
        target: Target::Console {
            kind: ConsoleTarget::Serial,
            port: -1,
        },
        info: DeviceInfo::default(),
        hvm: true,
    };
    match consoles.first_mut() {
        Some(first) if first.targets_serial() => {
            if serials.is_empty() {
                // The console becomes the serial port; a stub takes its
                // place.
                let mut serial = std::mem::replace(first, stub());
                serial.target = Target::Serial {
                    kind: SerialTarget::None,
                    model: SerialModel::None,
                    port: 0,
                };
                serials.push(serial);
            } else if !serials
                .first()
                .is_some_and(|s| s.source.same_as(&first.source))
            {
                *first = stub();
            }
        }
        _ => {
            let stands_in = serials.first().is_some_and(|s| {
                matches!(
                    s.target,
                    Target::Serial {
                        kind: SerialTarget::Isa
                            | SerialTarget::SpaprVio
                            | SerialTarget::System
                            | SerialTarget::Sclp
                            | SerialTarget::None,
                        ..
                    }
                )
            });
            if stands_in {
                consoles.insert(0, stub());
            }
        }
    }
    Ok(())
}
