//! What a host device passes through: a USB, PCI, SCSI, vhost-scsi or
//! mediated device of the host (`mode='subsystem'`), or a block device,
//! character device or network interface (`mode='capabilities'`). The
//! subsystem part is shared with `<interface type='hostdev'>`.

use super::super::{err, unsupported, xml_err};
// libvirt's virDomainDeviceSGIO and virDomainStartupPolicy: one for disks
// and host devices.
pub use super::disk::{Sgio, StartupPolicy};
use super::fmt::{self, Attrs};
pub use super::info::PciAddr;
use super::iscsi::IscsiSource;
use super::netip::IpInfo;
use super::FormatCtx;
use crate::conf::xml::{yes_no, Node, Opts, Switch, Writer};
use crate::error::Result;
use oxvirt_abi::virErrorNumber;

crate::xml_enum! {
    pub enum SubsysType { Usb = "usb", Pci = "pci", Scsi = "scsi", ScsiHost = "scsi_host", Mdev = "mdev" }
}

crate::xml_enum! {
    pub enum UsbGuestReset { Default = "default", Off = "off", Uninitialized = "uninitialized", On = "on" }
}

crate::xml_enum! {
    pub enum PciBackend { Default = "default", Kvm = "kvm", Vfio = "vfio", Xen = "xen" }
}

crate::xml_enum! {
    pub enum ScsiHostModel {
        Default = "default", Virtio = "virtio", VirtioTransitional = "virtio-transitional",
        VirtioNonTransitional = "virtio-non-transitional",
    }
}

crate::xml_enum! {
    pub enum MdevModel { Pci = "vfio-pci", Ccw = "vfio-ccw", Ap = "vfio-ap" }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SubsysSource {
    Usb {
        startup_policy: StartupPolicy,
        /// Written only for migration.
        auto_address: bool,
        guest_reset: UsbGuestReset,
        /// Vendor and product, when the device is named by them.
        ids: Option<(u32, u32)>,
        bus: u32,
        device: u32,
    },
    Pci {
        write_filtering: Option<bool>,
        addr: PciAddr,
        backend: PciBackend,
    },
    Scsi {
        sgio: Sgio,
        rawio: Option<bool>,
        source: ScsiSource,
    },
    ScsiHost {
        model: ScsiHostModel,
        wwpn: String,
    },
    Mdev {
        model: MdevModel,
        display: Option<Switch>,
        ramfb: Option<Switch>,
        uuid: [u8; 16],
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ScsiSource {
    /// A SCSI device of a host adapter.
    Host {
        adapter: String,
        bus: u32,
        target: u32,
        unit: u64,
    },
    Iscsi(IscsiSource),
}

/// A subsystem host device: the top element's `managed` and the source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Subsys {
    pub managed: bool,
    pub source: SubsysSource,
}

impl Subsys {
    pub fn kind(&self) -> SubsysType {
        match self.source {
            SubsysSource::Usb { .. } => SubsysType::Usb,
            SubsysSource::Pci { .. } => SubsysType::Pci,
            SubsysSource::Scsi { .. } => SubsysType::Scsi,
            SubsysSource::ScsiHost { .. } => SubsysType::ScsiHost,
            SubsysSource::Mdev { .. } => SubsysType::Mdev,
        }
    }

    /// Reads the subsystem device of element `n` (a `<hostdev>`, or an
    /// `<interface>` that is one), `ty` being its source type.
    pub fn parse(n: Node, ty: Option<&str>) -> Result<Subsys> {
        // An invalid `managed` is ignored, as libvirt ignores it.
        let managed = n.prop::<bool>("managed").ok().flatten().unwrap_or(false);
        let model = n.attr("model");
        let (kind, source) = typed_source(n, ty, SubsysType::from_name)?;
        if kind != SubsysType::Usb && source.attr("startupPolicy").is_some() {
            return Err(unsupported(
                "Setting startupPolicy is only allowed for USB devices",
            ));
        }
        let sgio = n.prop_with::<Sgio>("sgio", Opts::NONE.nonzero())?;
        if sgio.is_some() && kind != SubsysType::Scsi {
            return Err(xml_err("sgio is only supported for scsi host device"));
        }
        let rawio = n.prop::<bool>("rawio")?;
        if rawio.is_some() && kind != SubsysType::Scsi {
            return Err(xml_err("rawio is only supported for scsi host device"));
        }
        if model.is_some() && !matches!(kind, SubsysType::Mdev | SubsysType::ScsiHost) {
            return Err(xml_err(&format!(
                "'model' attribute in <hostdev> is only supported when type='{}'",
                kind.name()
            )));
        }
        let source = match kind {
            SubsysType::ScsiHost => {
                let model = n
                    .prop::<ScsiHostModel>("model")?
                    .unwrap_or(ScsiHostModel::Default);
                parse_vhost(source, model)?
            }
            SubsysType::Mdev => {
                let model = n.prop_required::<MdevModel>("model")?;
                let display = n.prop("display")?;
                let ramfb = n.prop("ramfb")?;
                SubsysSource::Mdev {
                    model,
                    display,
                    ramfb,
                    uuid: parse_mdev(source)?,
                }
            }
            SubsysType::Pci => {
                let write_filtering = source.prop::<bool>("writeFiltering")?;
                let addr = match source.child("address") {
                    Some(a) => super::info::parse_pci(a)?.0,
                    None => PciAddr::default(),
                };
                let backend = match n.child("driver") {
                    Some(d) => d
                        .prop_with::<PciBackend>("name", Opts::NONE.nonzero())?
                        .unwrap_or(PciBackend::Default),
                    None => PciBackend::Default,
                };
                SubsysSource::Pci {
                    write_filtering,
                    addr,
                    backend,
                }
            }
            SubsysType::Usb => parse_usb(source)?,
            SubsysType::Scsi => SubsysSource::Scsi {
                sgio: sgio.unwrap_or(Sgio::Default),
                rawio,
                source: parse_scsi(source)?,
            },
        };
        Ok(Subsys { managed, source })
    }

    /// The attributes of the top element after `mode` and `type`.
    pub fn format_attrs<'w, 'n>(
        &self,
        s: crate::conf::xml::writer::Start<'w, 'n>,
    ) -> crate::conf::xml::writer::Start<'w, 'n> {
        let s = s.attr("managed", yes_no(self.managed));
        match &self.source {
            SubsysSource::Scsi { sgio, rawio, .. } => s
                .attr_opt("sgio", (*sgio != Sgio::Default).then_some(*sgio))
                .attr_opt("rawio", rawio.map(yes_no)),
            SubsysSource::ScsiHost { model, .. } => s.attr_opt(
                "model",
                (*model != ScsiHostModel::Default).then_some(*model),
            ),
            SubsysSource::Mdev {
                model,
                display,
                ramfb,
                ..
            } => s
                .attr("model", model)
                .attr_opt("display", *display)
                .attr_opt("ramfb", *ramfb),
            _ => s,
        }
    }

    /// `<driver>` (PCI) and `<source>`; `typed_addr` writes the source
    /// address's type, as an `<interface>` does.
    pub fn format_source(&self, w: &mut Writer, cx: &FormatCtx, typed_addr: bool) {
        match &self.source {
            SubsysSource::Usb {
                startup_policy,
                auto_address,
                guest_reset,
                ids,
                bus,
                device,
            } => {
                let mut attrs = Attrs::new();
                if *startup_policy != StartupPolicy::Default {
                    attrs.push(("startupPolicy", startup_policy.name().to_string()));
                }
                if *auto_address && cx.migratable {
                    attrs.push(("autoAddress", "yes".to_string()));
                }
                if *guest_reset != UsbGuestReset::Default {
                    attrs.push(("guestReset", guest_reset.name().to_string()));
                }
                fmt::element(w, "source", &attrs, |w| {
                    if let Some((v, p)) = ids {
                        w.start("vendor").attr("id", format!("0x{v:04x}")).empty();
                        w.start("product").attr("id", format!("0x{p:04x}")).empty();
                    }
                    if *bus != 0 || *device != 0 {
                        let s = w.start("address");
                        let s = if typed_addr { s.attr("type", "usb") } else { s };
                        s.attr("bus", bus).attr("device", device).empty();
                    }
                });
            }
            SubsysSource::Pci {
                write_filtering,
                addr,
                backend,
            } => {
                if *backend != PciBackend::Default {
                    w.start("driver").attr("name", backend).empty();
                }
                w.start("source")
                    .attr_opt("writeFiltering", write_filtering.map(yes_no))
                    .open();
                let s = w.start("address");
                let s = if typed_addr { s.attr("type", "pci") } else { s };
                s.attr("domain", format!("0x{:04x}", addr.domain))
                    .attr("bus", format!("0x{:02x}", addr.bus))
                    .attr("slot", format!("0x{:02x}", addr.slot))
                    .attr("function", format!("0x{}", addr.function))
                    .empty();
                w.end("source");
            }
            SubsysSource::Scsi { source, .. } => match source {
                ScsiSource::Iscsi(i) => {
                    w.start("source")
                        .attr("protocol", "iscsi")
                        .attr("name", &i.name)
                        .open();
                    i.format_children(w);
                    w.end("source");
                }
                ScsiSource::Host {
                    adapter,
                    bus,
                    target,
                    unit,
                } => {
                    w.start("source").open();
                    w.start("adapter").attr("name", adapter).empty();
                    let s = w.start("address");
                    let s = if typed_addr {
                        s.attr("type", "scsi")
                    } else {
                        s
                    };
                    s.attr("bus", bus)
                        .attr("target", target)
                        .attr("unit", unit)
                        .empty();
                    w.end("source");
                }
            },
            SubsysSource::ScsiHost { wwpn, .. } => {
                w.start("source")
                    .attr("protocol", "vhost")
                    .attr("wwpn", wwpn)
                    .empty();
            }
            SubsysSource::Mdev { uuid, .. } => {
                w.start("source").open();
                w.start("address")
                    .attr("uuid", crate::conf::xml::Uuid(uuid))
                    .empty();
                w.end("source");
            }
        }
    }
}

/// The source type `ty` of host device element `n` (of either mode, its
/// names being `kind`'s) and its `<source>`, both required.
fn typed_source<'d, 'a, T>(
    n: Node<'d, 'a>,
    ty: Option<&str>,
    kind: impl Fn(&str) -> Option<T>,
) -> Result<(T, Node<'d, 'a>)> {
    let Some(ty) = ty else {
        return Err(xml_err("missing source address type"));
    };
    let kind = kind(ty)
        .ok_or_else(|| unsupported(&format!("unknown host device source address type '{ty}'")))?;
    let Some(source) = n.child("source") else {
        return Err(xml_err("Missing <source> element in hostdev device"));
    };
    Ok((kind, source))
}

/// A required unsigned attribute.
fn required(n: Node, name: &str, opts: Opts) -> Result<u32> {
    Ok(n.prop_with::<u32>(name, opts)?.unwrap_or(0))
}

fn parse_usb(source: Node) -> Result<SubsysSource> {
    let startup_policy = source
        .prop_with::<StartupPolicy>("startupPolicy", Opts::NONE.nonzero())?
        .unwrap_or(StartupPolicy::Default);
    let auto_address = source.prop::<bool>("autoAddress")?.unwrap_or(false);
    let guest_reset = source
        .prop_with::<UsbGuestReset>("guestReset", Opts::NONE.nonzero())?
        .unwrap_or(UsbGuestReset::Default);
    let internal = |m: &str| err(virErrorNumber::VIR_ERR_INTERNAL_ERROR, Some(m));
    let (vendor, product) = (source.child("vendor"), source.child("product"));
    let mut ids = None;
    if let Some(v) = vendor {
        let vid = required(v, "id", Opts::REQUIRED.nonzero().base(0))?;
        let Some(p) = product else {
            return Err(internal("missing product"));
        };
        let pid = required(p, "id", Opts::REQUIRED.base(0))?;
        ids = Some((vid, pid));
    } else if let Some(p) = product {
        required(p, "id", Opts::REQUIRED.base(0))?;
        return Err(internal("missing vendor"));
    }
    let (mut bus, mut device) = (0, 0);
    if let Some(a) = source.child("address") {
        bus = required(a, "bus", Opts::REQUIRED.base(0))?;
        device = required(a, "device", Opts::REQUIRED.base(0))?;
    }
    Ok(SubsysSource::Usb {
        startup_policy,
        auto_address,
        guest_reset,
        ids,
        bus,
        device,
    })
}

fn parse_scsi(source: Node) -> Result<ScsiSource> {
    match source.attr("protocol") {
        None | Some("adapter") => {
            let Some(a) = source.child("address") else {
                return Err(xml_err(
                    "'address' must be specified for scsi hostdev source",
                ));
            };
            let bus = required(a, "bus", Opts::REQUIRED.base(0))?;
            let target = required(a, "target", Opts::REQUIRED.base(0))?;
            let unit = a
                .prop_with::<u64>("unit", Opts::REQUIRED.base(0))?
                .unwrap_or(0);
            let Some(adapter) = source
                .child_attr("adapter", "name")
                .filter(|n| !n.is_empty())
            else {
                return Err(xml_err(
                    "'adapter' name must be specified for scsi hostdev source",
                ));
            };
            Ok(ScsiSource::Host {
                adapter: adapter.to_string(),
                bus,
                target,
                unit,
            })
        }
        Some("iscsi") => Ok(ScsiSource::Iscsi(IscsiSource::parse(source)?)),
        Some(p) => Err(unsupported(&format!(
            "Unknown SCSI subsystem protocol '{p}'"
        ))),
    }
}

fn parse_vhost(source: Node, model: ScsiHostModel) -> Result<SubsysSource> {
    let Some(p) = source.attr("protocol") else {
        return Err(xml_err("Missing scsi_host subsystem protocol"));
    };
    if p != "vhost" {
        // `none` is a name libvirt knows but refuses here just the same.
        return Err(unsupported(&format!(
            "Unknown scsi_host subsystem protocol '{p}'"
        )));
    }
    let Some(wwpn) = source.attr("wwpn") else {
        return Err(xml_err("missing vhost-scsi hostdev source wwpn"));
    };
    let valid = wwpn.strip_prefix("naa.").is_some_and(|w| {
        let hex = w.strip_prefix("0x").unwrap_or(w);
        hex.len() == 16 && hex.bytes().all(|b| b.is_ascii_hexdigit())
    });
    if !valid {
        return Err(xml_err("malformed 'wwpn' value"));
    }
    Ok(SubsysSource::ScsiHost {
        model,
        wwpn: wwpn.to_string(),
    })
}

fn parse_mdev(source: Node) -> Result<[u8; 16]> {
    let Some(a) = source.child("address") else {
        return Err(unsupported("Missing <address> element"));
    };
    let Some(u) = a.attr("uuid") else {
        return Err(unsupported(
            "Missing 'uuid' attribute for element <address>",
        ));
    };
    crate::util::uuid::parse_uuid(u).ok_or_else(|| {
        err(
            virErrorNumber::VIR_ERR_INTERNAL_ERROR,
            Some("Cannot parse uuid attribute of element <address>"),
        )
    })
}

/// A `mode='capabilities'` source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CapsSource {
    Storage(String),
    Misc(String),
    /// The interface, and the addresses and routes it gets.
    Net(String, IpInfo),
}

crate::xml_enum! {
    pub enum CapsType { Storage = "storage", Misc = "misc", Net = "net" }
}

impl CapsSource {
    pub fn parse(n: Node, ty: Option<&str>) -> Result<CapsSource> {
        let (kind, source) = typed_source(n, ty, CapsType::from_name)?;
        let text = |name: &str, what: &str| -> Result<String> {
            source
                .child(name)
                .map(|c| c.text().into_owned())
                .filter(|t| !t.is_empty())
                .ok_or_else(|| {
                    xml_err(&format!(
                        "Missing <{name}> element in hostdev {what} device"
                    ))
                })
        };
        Ok(match kind {
            CapsType::Storage => CapsSource::Storage(text("block", "storage")?),
            CapsType::Misc => CapsSource::Misc(text("char", "character")?),
            CapsType::Net => CapsSource::Net(
                text("interface", "net")?,
                IpInfo::parse("Domain hostdev device", n)?,
            ),
        })
    }

    pub fn kind(&self) -> CapsType {
        match self {
            CapsSource::Storage(_) => CapsType::Storage,
            CapsSource::Misc(_) => CapsType::Misc,
            CapsSource::Net(..) => CapsType::Net,
        }
    }

    pub fn format(&self, w: &mut Writer) {
        w.start("source").open();
        match self {
            CapsSource::Storage(b) => w.leaf("block", b.as_str()),
            CapsSource::Misc(c) => w.leaf("char", c.as_str()),
            CapsSource::Net(i, _) => w.leaf("interface", i.as_str()),
        }
        w.end("source");
        if let CapsSource::Net(_, ip) = self {
            ip.format(w);
        }
    }
}
