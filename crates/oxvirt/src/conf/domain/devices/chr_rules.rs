//! libvirt's rules for the character devices of a whole domain: port
//! numbering, the ISA serial ports, the console that doubles the first
//! serial port (when parsing and when writing), and what makes two of them
//! the same device.

use super::super::{unsupported, OsType};
use super::chr::{Channel, Chr, ConsoleTarget, SerialModel, SerialTarget, Target};
use super::chr_source::{ChrSource, ChrType};
use super::{Device, DeviceInfo, Devices, Kind, ParseCtx};
use crate::error::{Error, Result};
use oxvirt_abi::{virErrorDomain, virErrorNumber};

/// libvirt's limit on ISA serial ports (`VIR_MAX_ISA_SERIAL_PORTS`).
const MAX_ISA_SERIAL_PORTS: i32 = 4;

/// Whether a console's target, after post-parse, is the serial port.
pub(super) fn stands_for_serial(c: &Chr) -> bool {
    matches!(
        c.target,
        Target::Console {
            kind: ConsoleTarget::Serial,
            ..
        }
    )
}

/// libvirt's `virDomainChrEquals`: the same kind of device, source and
/// target.
pub(super) fn equals(a: &Chr, b: &Chr) -> bool {
    if a.kind() != b.kind() || !a.source.same_as(&b.source) {
        return false;
    }
    match (&a.target, &b.target) {
        (Target::Channel(x), Target::Channel(y)) => match (x, y) {
            (Channel::Virtio { name: n1, .. }, Channel::Virtio { name: n2, .. })
            | (Channel::Xen { name: n1 }, Channel::Xen { name: n2 }) => n1 == n2,
            (Channel::Guestfwd { addr, port }, Channel::Guestfwd { addr: a2, port: p2 }) => {
                addr == a2 && port == p2
            }
            _ => false,
        },
        (Target::Serial { kind: k1, .. }, Target::Serial { kind: k2, .. }) if k1 != k2 => false,
        (t1, t2) => t1.port() == t2.port(),
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
                // C's int arithmetic: the port after INT_MAX wraps.
                *p = max.wrapping_add(1);
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
            *p = max.wrapping_add(1);
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
