//! `<redirdev>` (libvirt's `virDomainRedirdevDef`): a USB device of the
//! client's, redirected through a character device.

use super::super::{err, unsupported, xml_err};
use super::chr_source::{Backend, ChrSource, ChrType, Spicevmc};
use super::{Address, Device, DeviceInfo, Devices, FormatCtx, InfoOpts, Kind, ParseCtx};
use crate::conf::xml::{Document, Node, ParseOpts, Writer};
use crate::error::Result;
use oxvirt_abi::{virErrorDomain, virErrorNumber};

crate::xml_enum! {
    /// `<redirdev bus>`.
    pub enum RedirdevBus { Usb = "usb" }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Redirdev {
    pub bus: RedirdevBus,
    pub source: ChrSource,
    pub info: DeviceInfo,
}

impl Redirdev {
    pub fn parse(n: Node, cx: &ParseCtx) -> Result<Redirdev> {
        let bus = match n.attr("bus") {
            None => RedirdevBus::Usb,
            Some(b) => RedirdevBus::from_name(b)
                .ok_or_else(|| unsupported(&format!("unknown redirdev bus '{b}'")))?,
        };
        let Some(t) = n.attr("type") else {
            return Err(err(
                virErrorNumber::VIR_ERR_INTERNAL_ERROR,
                Some("missing type in redirdev"),
            ));
        };
        let ty = ChrType::from_name(t)
            .ok_or_else(|| unsupported(&format!("unknown redirdev character device type '{t}'")))?;
        let mut source = ChrSource::parse(ty, n, cx, false)?;
        match &mut source.backend {
            Backend::Spicevmc(what) => *what = Spicevmc::Usbredir,
            Backend::Dbus { channel } if channel.is_none() => {
                *channel = Some("org.qemu.usbredir".to_string())
            }
            _ => {}
        }
        let info = DeviceInfo::parse(n, cx, InfoOpts::BOOT)?;
        if info
            .address
            .as_ref()
            .is_some_and(|a| !matches!(a, Address::Usb { .. }))
        {
            return Err(xml_err("Invalid address for a USB device"));
        }
        Ok(Redirdev { bus, source, info })
    }

    pub fn format(&self, w: &mut Writer, cx: &FormatCtx) {
        w.start("redirdev")
            .attr("bus", self.bus)
            .attr("type", self.source.kind())
            .open();
        self.source.format(w, cx);
        self.info.format(w, cx, InfoOpts::BOOT);
        w.end("redirdev");
    }
}

/// libvirt's validation of redirected devices: USB must be enabled, and
/// the source complete.
pub(super) fn validate(devs: &Devices) -> Result<()> {
    let mut redirdevs = devs.of_kind(Kind::Redirdev).peekable();
    if redirdevs.peek().is_none() {
        return Ok(());
    }
    let usb = has_usb(devs);
    for d in redirdevs {
        let Device::Redirdev(r) = d else { continue };
        if !usb {
            return Err(unsupported(
                "cannot add redirected USB device: USB is disabled for this domain",
            ));
        }
        r.source.validate(false)?;
    }
    Ok(())
}

/// Whether the domain has a USB controller of a model other than `none`
/// (read from each controller's XML, whichever way it is modelled).
fn has_usb(devs: &Devices) -> bool {
    devs.of_kind(Kind::Controller).any(|c| {
        let xml = c.to_xml();
        let opts = ParseOpts {
            domain: virErrorDomain::VIR_FROM_DOMAIN,
            url: "(controller)",
            root: "controller",
        };
        Document::parse(&xml, &opts).is_ok_and(|doc| {
            let n = doc.root();
            n.attr("type") == Some("usb") && n.attr("model") != Some("none")
        })
    })
}
