//! `<hostdev>`: a device of the host given to the guest.

use super::super::unsupported;
use super::hostdev_source::{CapsSource, ScsiSource, Subsys, SubsysSource};
use super::teaming::Teaming;
use super::{Address, DeviceInfo, FormatCtx, InfoOpts, ParseCtx};
use crate::conf::xml::{Node, Writer};
use crate::error::Result;

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
