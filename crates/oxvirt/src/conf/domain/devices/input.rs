//! `<input>`: mice, tablets, keyboards and host input devices passed
//! through.

use super::super::{err, unsupported, xml_err, OsType};
use super::virtio::VirtioOptions;
use super::{path, Address, DeviceInfo, FormatCtx, InfoOpts, ParseCtx};
use crate::conf::xml::{Node, Opts, Switch, Writer};
use crate::error::Result;
use oxvirt_abi::virErrorNumber;

crate::xml_enum! {
    pub enum InputType {
        Mouse = "mouse", Tablet = "tablet", Keyboard = "keyboard",
        Passthrough = "passthrough", Evdev = "evdev",
    }
}

crate::xml_enum! {
    /// `bus`; `ps2` is libvirt's zero, what an input gets when no rule
    /// picks another.
    pub enum InputBus {
        Ps2 = "ps2", Usb = "usb", Xen = "xen", Parallels = "parallels", Virtio = "virtio",
        None = "none",
    }
}

crate::xml_enum! {
    pub enum InputModel {
        Default = "default", Virtio = "virtio", VirtioTransitional = "virtio-transitional",
        VirtioNonTransitional = "virtio-non-transitional",
    }
}

crate::xml_enum! {
    pub enum Grab { Default = "default", All = "all" }
}

crate::xml_enum! {
    pub enum GrabToggle {
        Default = "default", CtrlCtrl = "ctrl-ctrl", AltAlt = "alt-alt",
        ShiftShift = "shift-shift", MetaMeta = "meta-meta", Scrolllock = "scrolllock",
        CtrlScrolllock = "ctrl-scrolllock",
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Input {
    pub kind: InputType,
    pub bus: InputBus,
    pub model: Option<InputModel>,
    /// The host device: `evdev` of a passthrough, `dev` of an evdev.
    pub evdev: Option<String>,
    pub grab: Option<Grab>,
    pub grab_toggle: Option<GrabToggle>,
    pub repeat: Option<Switch>,
    pub virtio: VirtioOptions,
    pub info: DeviceInfo,
}

/// The bus libvirt picks for an input that names none.
fn default_bus(kind: InputType, cx: &ParseCtx) -> InputBus {
    match cx.os_type {
        OsType::Hvm => {
            let x86 = matches!(cx.arch, "i686" | "x86_64");
            if matches!(kind, InputType::Mouse | InputType::Keyboard) && x86 {
                InputBus::Ps2
            } else if matches!(cx.arch, "s390" | "s390x") || kind == InputType::Passthrough {
                InputBus::Virtio
            } else if kind == InputType::Evdev {
                InputBus::None
            } else {
                InputBus::Usb
            }
        }
        OsType::Xen | OsType::XenPvh => InputBus::Xen,
        _ if matches!(cx.virt_type, "vz" | "parallels") => InputBus::Parallels,
        _ => InputBus::Ps2,
    }
}

impl Input {
    pub fn parse(n: Node, cx: &ParseCtx) -> Result<Input> {
        let Some(ty) = n.attr("type") else {
            return Err(err(
                virErrorNumber::VIR_ERR_INTERNAL_ERROR,
                Some("missing input device type"),
            ));
        };
        let kind = InputType::from_name(ty)
            .ok_or_else(|| unsupported(&format!("unknown input device type '{ty}'")))?;
        let model = match n.attr("model") {
            None => None,
            Some(m) => Some(
                InputModel::from_name(m)
                    .filter(|m| *m != InputModel::Default)
                    .ok_or_else(|| unsupported(&format!("unknown input model '{m}'")))?,
            ),
        };
        let bus = match n.attr("bus") {
            Some(b) => InputBus::from_name(b)
                .ok_or_else(|| unsupported(&format!("unknown input bus type '{b}'")))?,
            None => default_bus(kind, cx),
        };
        let info = DeviceInfo::parse(n, cx, InfoOpts::PLAIN)?;
        if bus == InputBus::Usb && !matches!(info.address, None | Some(Address::Usb { .. })) {
            return Err(xml_err("Invalid address for a USB device"));
        }
        let mut i = Input {
            kind,
            bus,
            model,
            evdev: None,
            grab: None,
            grab_toggle: None,
            repeat: None,
            virtio: VirtioOptions::default(),
            info,
        };
        if let Some(s) = n.child("source") {
            let attr = match kind {
                InputType::Passthrough => Some("evdev"),
                InputType::Evdev => Some("dev"),
                _ => None,
            };
            i.evdev = attr.and_then(|a| s.attr(a)).map(path::sanitize);
            if matches!(kind, InputType::Passthrough | InputType::Evdev) && i.evdev.is_none() {
                return Err(xml_err("Missing evdev path for input device"));
            }
            if kind == InputType::Evdev {
                i.grab = s.prop_with::<Grab>("grab", Opts::NONE.nonzero())?;
                i.grab_toggle = s.prop_with::<GrabToggle>("grabToggle", Opts::NONE.nonzero())?;
                i.repeat = s.prop::<Switch>("repeat")?;
            }
        }
        if let Some(d) = n.child("driver") {
            i.virtio = VirtioOptions::parse(Some(d))?.unwrap_or_default();
        }
        Ok(i)
    }

    pub fn format(&self, w: &mut Writer, cx: &FormatCtx) {
        // A PS/2 or Xen keyboard is implicit to older libvirt, which would
        // refuse it in a migration stream.
        if cx.migratable
            && self.kind == InputType::Keyboard
            && matches!(self.bus, InputBus::Ps2 | InputBus::Xen)
        {
            return;
        }
        let s = w
            .start("input")
            .attr("type", self.kind)
            .attr_opt("bus", (self.bus != InputBus::None).then_some(self.bus))
            .attr_opt("model", self.model);
        let has_source = self.evdev.is_some()
            || self.grab.is_some()
            || self.grab_toggle.is_some()
            || self.repeat.is_some();
        let no_virtio = self.virtio == VirtioOptions::default();
        if no_virtio && !has_source && !has_info(&self.info) {
            s.empty();
            return;
        }
        s.open();
        VirtioOptions::format_driver(Some(&self.virtio), w);
        if has_source {
            let dev_attr = if self.kind == InputType::Evdev {
                "dev"
            } else {
                "evdev"
            };
            w.start("source")
                .attr_opt(dev_attr, self.evdev.as_deref())
                .attr_opt("grab", self.grab)
                .attr_opt("grabToggle", self.grab_toggle)
                .attr_opt("repeat", self.repeat)
                .empty();
        }
        self.info.format(w, cx, InfoOpts::PLAIN);
        w.end("input");
    }

    /// libvirt's checks of one input (`virDomainInputDefValidate`).
    pub fn validate(&self, cx: &ParseCtx) -> Result<()> {
        let internal = |m: String| err(virErrorNumber::VIR_ERR_INTERNAL_ERROR, Some(&m));
        let pointer_or_kbd = matches!(self.kind, InputType::Mouse | InputType::Keyboard);
        match cx.os_type {
            OsType::Hvm => {
                if self.bus == InputBus::Ps2 && !pointer_or_kbd {
                    return Err(internal(format!(
                        "ps2 bus does not support {} input device",
                        self.kind.name()
                    )));
                }
                if self.bus == InputBus::Xen {
                    return Err(internal(format!(
                        "unsupported input bus {}",
                        self.bus.name()
                    )));
                }
            }
            OsType::Xen | OsType::XenPvh => {
                if self.bus != InputBus::Xen {
                    return Err(internal(format!(
                        "unsupported input bus {}",
                        self.bus.name()
                    )));
                }
                if !pointer_or_kbd {
                    return Err(internal(format!(
                        "xen bus does not support {} input device",
                        self.kind.name()
                    )));
                }
            }
            _ if matches!(cx.virt_type, "vz" | "parallels") => {
                if self.bus != InputBus::Parallels {
                    return Err(internal(format!(
                        "parallels containers don't support input bus {}",
                        self.bus.name()
                    )));
                }
                if !pointer_or_kbd {
                    return Err(internal(format!(
                        "parallels bus does not support {} input device",
                        self.kind.name()
                    )));
                }
            }
            _ => {
                return Err(internal(
                    "Input devices are not supported by this virtualization driver.".into(),
                ))
            }
        }
        match self.kind {
            InputType::Mouse | InputType::Tablet | InputType::Keyboard if self.evdev.is_some() => {
                return Err(unsupported(
                    "setting source evdev path only supported for passthrough input devices",
                ))
            }
            InputType::Passthrough if self.bus != InputBus::Virtio => {
                return Err(unsupported(
                    "only bus 'virtio' is supported for 'passthrough' input devices",
                ))
            }
            InputType::Evdev if self.bus != InputBus::None => {
                return Err(unsupported("input evdev doesn't support bus element"))
            }
            _ => {}
        }
        if let Some(m) = self.model {
            if self.bus != InputBus::Virtio {
                return Err(unsupported(&format!(
                    "only bus 'virtio' is supported for input model '{}'",
                    m.name()
                )));
            }
        }
        Ok(())
    }
}

/// Whether [`DeviceInfo::format`] writes anything for a device without
/// boot or ROM.
pub(super) fn has_info(i: &DeviceInfo) -> bool {
    i.alias.is_some()
        || i.master_startport.is_some()
        || i.acpi_index.is_some()
        || i.address.is_some()
}
