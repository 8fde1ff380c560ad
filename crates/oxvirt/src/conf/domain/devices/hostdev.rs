//! `<hostdev>`: a device of the host given to the guest.

use super::super::{err, unsupported};
use super::hostdev_source::{CapsSource, ScsiSource, Subsys, SubsysSource};
use super::teaming::Teaming;
use super::{Address, DeviceInfo, FormatCtx, InfoOpts, ParseCtx};
use crate::conf::xml::{Node, Writer};
use crate::error::Result;
use oxvirt_abi::virErrorNumber;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HostdevMode {
    Subsys(Subsys),
    Caps(CapsSource),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hostdev {
    pub mode: HostdevMode,
    pub teaming: Option<Teaming>,
    /// `<readonly/>` and `<shareable/>`, read for SCSI devices only.
    pub readonly: bool,
    pub shareable: bool,
    pub info: DeviceInfo,
}

impl Hostdev {
    pub fn parse(n: Node, cx: &ParseCtx) -> Result<Hostdev> {
        let ty = n.attr("type");
        let mode = match n.attr("mode") {
            None | Some("subsystem") => HostdevMode::Subsys(Subsys::parse(n, ty)?),
            Some("capabilities") => HostdevMode::Caps(CapsSource::parse(n, ty)?),
            Some(m) => return Err(unsupported(&format!("unknown hostdev mode '{m}'"))),
        };
        let info = DeviceInfo::parse(n, cx, InfoOpts::BOOT_ROM)?;
        let scsi = matches!(
            &mode,
            HostdevMode::Subsys(Subsys {
                source: SubsysSource::Scsi { .. },
                ..
            })
        );
        let mut dev = Hostdev {
            mode,
            teaming: Teaming::parse(n)?,
            readonly: scsi && n.child("readonly").is_some(),
            shareable: scsi && n.child("shareable").is_some(),
            info,
        };
        dev.post_parse();
        Ok(dev)
    }

    /// The rules of libvirt's device post-parse that need only the device.
    fn post_parse(&mut self) {
        if let HostdevMode::Subsys(Subsys {
            source:
                SubsysSource::Scsi {
                    source: ScsiSource::Iscsi(i),
                    ..
                },
            ..
        }) = &mut self.mode
        {
            i.post_parse();
        }
    }

    /// libvirt's `virDomainHostdevDefValidate`: the address type each
    /// source allows, and teaming only as the transient half on PCI.
    pub(super) fn validate(&self) -> Result<()> {
        use super::AddressType as A;
        let at = self.info.address.as_ref().map(Address::kind);
        let allowed = |ok: &[A]| at.is_none_or(|t| ok.contains(&t));
        if let HostdevMode::Subsys(s) = &self.mode {
            match &s.source {
                SubsysSource::Pci { .. } if !allowed(&[A::Unassigned, A::Pci]) => {
                    return Err(err(
                        virErrorNumber::VIR_ERR_INTERNAL_ERROR,
                        Some("PCI host devices must use 'pci' or 'unassigned' address type"),
                    ))
                }
                SubsysSource::Scsi { sgio, .. } => {
                    if !allowed(&[A::Drive]) {
                        return Err(unsupported(
                            "SCSI host device must use 'drive' address type",
                        ));
                    }
                    if *sgio == super::hostdev_source::Sgio::Unfiltered {
                        return Err(unsupported("unfiltered sgio is no longer supported"));
                    }
                }
                SubsysSource::ScsiHost { .. } if !allowed(&[A::Pci, A::Ccw]) => {
                    return Err(unsupported(
                        "SCSI_host host device must use 'pci' or 'ccw' address type",
                    ))
                }
                SubsysSource::Usb { .. } if !allowed(&[A::Usb]) => {
                    return Err(unsupported("USB host device must use 'usb' address type"))
                }
                _ => {}
            }
        }
        if let Some(t) = &self.teaming {
            if t.kind != super::TeamingType::Transient {
                return Err(unsupported(
                    "teaming hostdev devices must have type='transient'",
                ));
            }
            if t.persistent.is_none() {
                return Err(unsupported(
                    "missing required persistent attribute in hostdev teaming element",
                ));
            }
            let pci = matches!(
                &self.mode,
                HostdevMode::Subsys(Subsys {
                    source: SubsysSource::Pci { .. },
                    ..
                })
            );
            if !pci {
                return Err(unsupported(
                    "teaming is only supported for pci hostdev devices",
                ));
            }
        }
        Ok(())
    }

    /// The SCSI subsystem device, when this is one.
    pub fn is_scsi(&self) -> bool {
        matches!(
            &self.mode,
            HostdevMode::Subsys(Subsys {
                source: SubsysSource::Scsi { .. },
                ..
            })
        )
    }

    pub fn format(&self, w: &mut Writer, cx: &FormatCtx) {
        let s = w.start("hostdev");
        match &self.mode {
            HostdevMode::Subsys(sub) => {
                let s = s.attr("mode", "subsystem").attr("type", sub.kind());
                sub.format_attrs(s).open();
                sub.format_source(w, cx, false);
            }
            HostdevMode::Caps(c) => {
                s.attr("mode", "capabilities").attr("type", c.kind()).open();
                c.format(w);
            }
        }
        Teaming::format(self.teaming.as_ref(), w);
        if self.readonly {
            w.start("readonly").empty();
        }
        if self.shareable {
            w.start("shareable").empty();
        }
        self.info.format(w, cx, InfoOpts::BOOT_ROM);
        w.end("hostdev");
    }

    /// The drive address of a SCSI host device.
    pub fn drive_address(&self) -> Option<(u32, u32, u32, u32)> {
        match (&self.info.address, self.is_scsi()) {
            (
                Some(Address::Drive {
                    controller,
                    bus,
                    target,
                    unit,
                }),
                true,
            ) => Some((*controller, *bus, *target, *unit)),
            _ => None,
        }
    }
}
