//! A "none" USB controller disables USB for the domain: libvirt then
//! refuses USB inputs, USB host devices and USB hubs as it reads them,
//! each with its own message (redirected devices are refused by their own
//! validation).
//!
//! The devices are read through their XML so that the rule holds whether
//! their kinds are typed yet or not.

use super::super::unsupported;
use super::controller::UsbModel;
use super::{Device, Devices, Kind, ParseCtx};
use crate::conf::domain::OsType;
use crate::error::Result;

impl Devices {
    /// Whether a "none" USB controller disables USB for the domain.
    pub fn usb_disabled(&self) -> bool {
        self.of_kind(Kind::Controller).any(|d| match d {
            Device::Controller(c) => c.usb_model() == Some(UsbModel::None),
            _ => false,
        })
    }
}

/// Refuses the first USB device libvirt would refuse, in the order it
/// reads them (inputs, host devices, hubs).
pub fn check(devs: &Devices, cx: &ParseCtx) -> Result<()> {
    if !devs.usb_disabled() {
        return Ok(());
    }
    if devs
        .of_kind(Kind::Input)
        .any(|d| attr(d, "bus").as_deref().or(default_input_bus(d, cx)) == Some("usb"))
    {
        return Err(unsupported(
            "Can't add USB input device. USB bus is disabled",
        ));
    }
    // libvirt reads the subsystem type of every host device, and the
    // capabilities type "storage" sits where "usb" does.
    let usb_hostdev = |d: &Device| {
        let ty = attr(d, "type");
        match attr(d, "mode").as_deref() {
            None | Some("subsystem") => ty.as_deref() == Some("usb"),
            Some("capabilities") => ty.as_deref() == Some("storage"),
            Some(_) => false,
        }
    };
    if devs.of_kind(Kind::Hostdev).any(usb_hostdev) {
        return Err(unsupported(
            "Can't add host USB device: USB is disabled in this host",
        ));
    }
    if devs
        .of_kind(Kind::Hub)
        .any(|d| attr(d, "type").as_deref() == Some("usb"))
    {
        return Err(unsupported(
            "Can't add USB hub: USB is disabled for this domain",
        ));
    }
    Ok(())
}

/// Attribute `name` of the device's element.
fn attr(d: &Device, name: &str) -> Option<String> {
    match d.kept() {
        Some(k) => k.attr(name).map(str::to_string),
        None => {
            let xml = d.to_xml();
            let opts = crate::conf::xml::ParseOpts {
                domain: oxvirt_abi::virErrorDomain::VIR_FROM_DOMAIN,
                url: "(device)",
                root: d.kind().name(),
            };
            let doc = crate::conf::xml::Document::parse(&xml, &opts).ok()?;
            doc.root().attr(name).map(str::to_string)
        }
    }
}

/// The bus libvirt gives an input that names none.
fn default_input_bus(d: &Device, cx: &ParseCtx) -> Option<&'static str> {
    let ty = attr(d, "type");
    let ty = ty.as_deref();
    match cx.os_type {
        OsType::Hvm => {
            let x86 = matches!(cx.arch, "i686" | "x86_64");
            let s390 = matches!(cx.arch, "s390" | "s390x");
            Some(if matches!(ty, Some("mouse" | "keyboard")) && x86 {
                "ps2"
            } else if s390 || ty == Some("passthrough") {
                "virtio"
            } else if ty == Some("evdev") {
                "none"
            } else {
                "usb"
            })
        }
        OsType::Xen | OsType::XenPvh => Some("xen"),
        _ => None,
    }
}
