//! `<controller>`: a bus the guest's devices hang off (IDE, SCSI, USB, PCI,
//! virtio-serial, …), its model and the options of its type.

use super::super::{unsupported, xml_err};
use super::fmt::{self, Attrs};
use super::virtio::VirtioOptions;
use super::{Address, DeviceInfo, FormatCtx, InfoOpts, ParseCtx};
use crate::conf::xml::{self, Node, Opts, Switch, Writer};
use crate::error::Result;

crate::xml_enum! {
    /// `<controller type=…>`; a controller without one is an IDE controller.
    pub enum ControllerType {
        Ide = "ide", Fdc = "fdc", Scsi = "scsi", Sata = "sata",
        VirtioSerial = "virtio-serial", Ccid = "ccid", Usb = "usb", Pci = "pci",
        Xenbus = "xenbus", Isa = "isa",
    }
}

crate::xml_enum! {
    pub enum PciModel {
        PciRoot = "pci-root", PcieRoot = "pcie-root", PciBridge = "pci-bridge",
        DmiToPciBridge = "dmi-to-pci-bridge", PcieToPciBridge = "pcie-to-pci-bridge",
        PcieRootPort = "pcie-root-port", PcieSwitchUpstreamPort = "pcie-switch-upstream-port",
        PcieSwitchDownstreamPort = "pcie-switch-downstream-port",
        PciExpanderBus = "pci-expander-bus", PcieExpanderBus = "pcie-expander-bus",
    }
}

crate::xml_enum! {
    /// `<model name=…>` of a PCI controller; `none` is never written.
    pub enum PciModelName {
        None = "none", PciBridge = "pci-bridge", I82801b11Bridge = "i82801b11-bridge",
        Ioh3420 = "ioh3420", X3130Upstream = "x3130-upstream",
        Xio3130Downstream = "xio3130-downstream", Pxb = "pxb", PxbPcie = "pxb-pcie",
        PcieRootPort = "pcie-root-port", SpaprPciHostBridge = "spapr-pci-host-bridge",
        PciePciBridge = "pcie-pci-bridge",
    }
}

crate::xml_enum! {
    pub enum ScsiModel {
        Auto = "auto", Buslogic = "buslogic", Lsilogic = "lsilogic",
        Lsisas1068 = "lsisas1068", Vmpvscsi = "vmpvscsi", Ibmvscsi = "ibmvscsi",
        VirtioScsi = "virtio-scsi", Lsisas1078 = "lsisas1078",
        VirtioTransitional = "virtio-transitional",
        VirtioNonTransitional = "virtio-non-transitional", Ncr53c90 = "ncr53c90",
        Dc390 = "dc390", Am53c974 = "am53c974",
    }
}

crate::xml_enum! {
    pub enum UsbModel {
        Piix3Uhci = "piix3-uhci", Piix4Uhci = "piix4-uhci", Ehci = "ehci",
        Ich9Ehci1 = "ich9-ehci1", Ich9Uhci1 = "ich9-uhci1", Ich9Uhci2 = "ich9-uhci2",
        Ich9Uhci3 = "ich9-uhci3", Vt82c686bUhci = "vt82c686b-uhci", PciOhci = "pci-ohci",
        NecXhci = "nec-xhci", Qusb1 = "qusb1", Qusb2 = "qusb2", QemuXhci = "qemu-xhci",
        None = "none",
    }
}

crate::xml_enum! {
    pub enum IdeModel { Piix3 = "piix3", Piix4 = "piix4", Ich6 = "ich6" }
}

crate::xml_enum! {
    pub enum VirtioSerialModel {
        Virtio = "virtio", VirtioTransitional = "virtio-transitional",
        VirtioNonTransitional = "virtio-non-transitional",
    }
}

/// A controller's `model`, whose names depend on its type (FDC, SATA,
/// CCID, xenbus and ISA controllers have none).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Model {
    Scsi(ScsiModel),
    Usb(UsbModel),
    Pci(PciModel),
    Ide(IdeModel),
    VirtioSerial(VirtioSerialModel),
}

impl Model {
    fn from_name(ty: ControllerType, s: &str) -> Option<Model> {
        match ty {
            ControllerType::Scsi => ScsiModel::from_name(s).map(Model::Scsi),
            ControllerType::Usb => UsbModel::from_name(s).map(Model::Usb),
            ControllerType::Pci => PciModel::from_name(s).map(Model::Pci),
            ControllerType::Ide => IdeModel::from_name(s).map(Model::Ide),
            ControllerType::VirtioSerial => {
                VirtioSerialModel::from_name(s).map(Model::VirtioSerial)
            }
            ControllerType::Fdc
            | ControllerType::Sata
            | ControllerType::Ccid
            | ControllerType::Xenbus
            | ControllerType::Isa => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Model::Scsi(m) => m.name(),
            Model::Usb(m) => m.name(),
            Model::Pci(m) => m.name(),
            Model::Ide(m) => m.name(),
            Model::VirtioSerial(m) => m.name(),
        }
    }
}

/// `<driver>` of a controller; a zero number is "not set", as in libvirt.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Driver {
    pub queues: u32,
    pub cmd_per_lun: u32,
    pub max_sectors: u32,
    pub ioeventfd: Option<Switch>,
    pub iothread: u32,
    pub virtio: Option<VirtioOptions>,
}

/// What only a PCI controller has: `<model name>`, `<target …>`, the
/// NUMA node and the 64-bit PCI hole of a root.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PciOpts {
    pub model_name: Option<PciModelName>,
    pub chassis_nr: Option<i32>,
    pub chassis: Option<i32>,
    pub port: Option<i32>,
    pub bus_nr: Option<i32>,
    pub target_index: Option<i32>,
    pub hotplug: Option<Switch>,
    pub numa_node: Option<i32>,
    /// `<pcihole64>` in KiB, when given.
    pub pcihole64_kib: Option<u64>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Controller {
    pub kind: ControllerType,
    /// `None` until the post-parse rules give it the lowest free index.
    pub index: Option<i32>,
    pub model: Option<Model>,
    pub driver: Option<Driver>,
    /// Ports of a virtio-serial or USB controller.
    pub ports: Option<i32>,
    /// Vectors of a virtio-serial controller.
    pub vectors: Option<i32>,
    pub pci: PciOpts,
    pub max_grant_frames: Option<i32>,
    pub max_event_channels: Option<i32>,
    pub info: DeviceInfo,
}

/// A non-negative `int` attribute (`virXMLPropInt`, nonnegative).
fn nonneg(n: Node, name: &str, base: u32) -> Result<Option<i32>> {
    n.prop_with::<i32>(name, Opts::NONE.nonnegative().base(base))
}

/// libvirt computes `1024 * ULONG_MAX` in 64-bit arithmetic, which wraps:
/// that product is the largest byte count a `<pcihole64>` may scale to.
const PCIHOLE64_MAX_BYTES: u64 = 1024u64.wrapping_mul(u64::MAX);

impl Controller {
    /// A controller libvirt adds itself: only type, index and model set.
    pub fn new(kind: ControllerType, index: i32, model: Option<Model>) -> Controller {
        Controller {
            kind,
            index: Some(index),
            model,
            driver: None,
            ports: None,
            vectors: None,
            pci: PciOpts::default(),
            max_grant_frames: None,
            max_event_channels: None,
            info: DeviceInfo::default(),
        }
    }

    pub fn usb_model(&self) -> Option<UsbModel> {
        match self.model {
            Some(Model::Usb(m)) => Some(m),
            _ => None,
        }
    }

    /// An EHCI1 controller or one of its UHCI companions (libvirt's
    /// `IS_USB2_CONTROLLER`).
    pub fn is_usb2(&self) -> bool {
        matches!(
            self.usb_model(),
            Some(
                UsbModel::Ich9Ehci1
                    | UsbModel::Ich9Uhci1
                    | UsbModel::Ich9Uhci2
                    | UsbModel::Ich9Uhci3
            )
        )
    }

    pub fn parse(n: Node, cx: &ParseCtx) -> Result<Controller> {
        let kind = n
            .prop::<ControllerType>("type")?
            .unwrap_or(ControllerType::Ide);
        let mut c = Controller {
            index: None,
            ..Controller::new(kind, 0, None)
        };
        if let Some(m) = n.attr("model") {
            c.model = Some(
                Model::from_name(kind, m)
                    .ok_or_else(|| unsupported(&format!("Unknown model type '{m}'")))?,
            );
        }
        c.index = nonneg(n, "index", 10)?;
        if let Some(d) = n.child("driver") {
            c.driver = Some(Driver {
                queues: d.prop_or("queues", 0)?,
                cmd_per_lun: d.prop_or("cmd_per_lun", 0)?,
                max_sectors: d.prop_or("max_sectors", 0)?,
                ioeventfd: d.prop("ioeventfd")?,
                iothread: d.prop_or("iothread", 0)?,
                virtio: VirtioOptions::parse(Some(d))?,
            });
        }
        if n.children("model").count() > 1 {
            return Err(xml_err(
                "Multiple <model> elements in controller definition not allowed",
            ));
        }
        if let (ControllerType::Pci, Some(m)) = (kind, n.child("model")) {
            c.pci.model_name = m
                .prop::<PciModelName>("name")?
                .filter(|m| *m != PciModelName::None);
        }
        if n.children("target").count() > 1 {
            return Err(xml_err(
                "Multiple <target> elements in controller definition not allowed",
            ));
        }
        if let (ControllerType::Pci, Some(t)) = (kind, n.child("target")) {
            c.pci.chassis_nr = nonneg(t, "chassisNr", 0)?;
            c.pci.chassis = nonneg(t, "chassis", 0)?;
            c.pci.port = nonneg(t, "port", 0)?;
            c.pci.bus_nr = nonneg(t, "busNr", 0)?;
            c.pci.hotplug = t.prop("hotplug")?;
            c.pci.target_index = nonneg(t, "index", 0)?;
        }
        let numa_node = match n.find("target/node").map(|t| t.text()) {
            Some(t) if !t.is_empty() => Some(
                xml::number::to_i32(&t, 10)
                    .filter(|v| *v >= 0)
                    .ok_or_else(|| xml_err("invalid NUMA node in target"))?,
            ),
            _ => None,
        };
        // libvirt ignores the address (and alias) of a "none" USB
        // controller.
        if c.usb_model() != Some(UsbModel::None) {
            c.info = DeviceInfo::parse(n, cx, InfoOpts::PLAIN)?;
        }
        let ports = nonneg(n, "ports", 10)?;
        match kind {
            ControllerType::VirtioSerial => {
                c.vectors = nonneg(n, "vectors", 10)?;
                c.ports = ports;
            }
            ControllerType::Usb => {
                let start = match c.usb_model() {
                    Some(UsbModel::Ich9Uhci1) => Some(0),
                    Some(UsbModel::Ich9Uhci2) => Some(2),
                    Some(UsbModel::Ich9Uhci3) => Some(4),
                    _ => None,
                };
                if c.info.master_startport.is_none() {
                    c.info.master_startport = start;
                }
                c.ports = ports;
            }
            ControllerType::Pci => {
                if matches!(
                    c.model,
                    Some(Model::Pci(PciModel::PciRoot | PciModel::PcieRoot))
                ) {
                    c.pci.pcihole64_kib = pcihole64(n)?;
                }
                c.pci.numa_node = numa_node;
            }
            ControllerType::Xenbus => {
                c.max_grant_frames = nonneg(n, "maxGrantFrames", 10)?;
                c.max_event_channels = nonneg(n, "maxEventChannels", 10)?;
            }
            _ => {}
        }
        Ok(c)
    }

    /// libvirt's per-device post-parse rule for controllers.
    pub fn post_parse(&self) -> Result<()> {
        let iothread = self.driver.as_ref().map_or(0, |d| d.iothread);
        let virtio_scsi = matches!(
            self.model,
            Some(Model::Scsi(
                ScsiModel::VirtioScsi
                    | ScsiModel::VirtioTransitional
                    | ScsiModel::VirtioNonTransitional
            ))
        );
        if iothread != 0 && !virtio_scsi {
            return Err(xml_err(
                "'iothread' attribute only supported for virtio scsi controllers",
            ));
        }
        Ok(())
    }

    /// libvirt's validation of a controller, run on a definition once its
    /// post-parse rules are done.
    pub fn validate(&self) -> Result<()> {
        if self.info.address == Some(Address::Unassigned) {
            return Err(unsupported(
                "address of type 'unassigned' is supported only for hostdevs",
            ));
        }
        if self.kind != ControllerType::Pci {
            return Ok(());
        }
        let idx = self.index.unwrap_or(-1);
        let p = &self.pci;
        let refuse = |m: String| Err(unsupported(&m));
        if matches!(
            self.model,
            Some(Model::Pci(PciModel::PciRoot | PciModel::PcieRoot))
        ) && self.info.address.is_some()
        {
            return refuse("pci-root and pcie-root controllers should not have an address".into());
        }
        if idx > 255 {
            return refuse(format!(
                "PCI controller index {idx} too high, maximum is 255"
            ));
        }
        if let Some(t) = p.target_index {
            if t > 30 {
                return refuse(format!(
                    "PCI controller target index '{t}' out of range - must be 0-30"
                ));
            }
            if (idx == 0) != (t == 0) {
                return refuse(
                    "Only the PCI controller with index 0 can have target index 0, and vice versa"
                        .into(),
                );
            }
        }
        if let Some(v) = p.chassis_nr.filter(|v| !(1..=255).contains(v)) {
            return refuse(format!(
                "PCI controller chassisNr '{v}' out of range - must be 1-255"
            ));
        }
        if let Some(v) = p.chassis.filter(|v| *v > 255) {
            return refuse(format!(
                "PCI controller chassis '{v}' out of range - must be 0-255"
            ));
        }
        if let Some(v) = p.port.filter(|v| *v > 255) {
            return refuse(format!(
                "PCI controller port '{v}' out of range - must be 0-255"
            ));
        }
        if let Some(v) = p.bus_nr.filter(|v| !(1..=254).contains(v)) {
            return refuse(format!(
                "PCI controller busNr '{v}' out of range - must be 1-254"
            ));
        }
        if p.numa_node.is_some() && idx == 0 {
            return refuse(
                "The PCI controller with index=0 can't be associated with a NUMA node".into(),
            );
        }
        Ok(())
    }

    pub fn format(&self, w: &mut Writer, cx: &FormatCtx) {
        let mut attrs: Attrs = vec![
            ("type", self.kind.name().to_string()),
            ("index", self.index.unwrap_or(-1).to_string()),
        ];
        fmt::push(
            &mut attrs,
            "model",
            self.model.map(|m| m.name().to_string()),
        );
        let num = |v: Option<i32>| v.map(|v| v.to_string());
        match self.kind {
            ControllerType::VirtioSerial => {
                fmt::push(&mut attrs, "ports", num(self.ports));
                fmt::push(&mut attrs, "vectors", num(self.vectors));
            }
            ControllerType::Usb => fmt::push(&mut attrs, "ports", num(self.ports)),
            ControllerType::Xenbus => {
                fmt::push(&mut attrs, "maxGrantFrames", num(self.max_grant_frames));
                fmt::push(&mut attrs, "maxEventChannels", num(self.max_event_channels));
            }
            _ => {}
        }
        let mut s = w.start("controller");
        for (k, v) in &attrs {
            s = s.attr(k, v);
        }
        if self.has_children(cx) {
            s.open();
            self.format_children(w, cx);
            w.end("controller");
        } else {
            s.empty();
        }
    }

    /// Whether anything is written inside `<controller>`.
    fn has_children(&self, cx: &FormatCtx) -> bool {
        let mut probe = Writer::with_capacity(64);
        self.format_children(&mut probe, cx);
        !probe.finish().is_empty()
    }

    fn format_children(&self, w: &mut Writer, cx: &FormatCtx) {
        if self.kind == ControllerType::Pci {
            self.format_pci(w, cx);
        }
        if let Some(d) = &self.driver {
            let nonzero = |v: u32| (v != 0).then(|| v.to_string());
            let mut attrs = Attrs::new();
            fmt::push(&mut attrs, "queues", nonzero(d.queues));
            fmt::push(&mut attrs, "cmd_per_lun", nonzero(d.cmd_per_lun));
            fmt::push(&mut attrs, "max_sectors", nonzero(d.max_sectors));
            fmt::push(&mut attrs, "ioeventfd", d.ioeventfd.map(fmt::switch));
            fmt::push(&mut attrs, "iothread", nonzero(d.iothread));
            VirtioOptions::push_attrs(d.virtio.as_ref(), &mut attrs);
            fmt::element(w, "driver", &attrs, |_| {});
        }
        self.info.format(w, cx, InfoOpts::PLAIN);
        if let Some(kib) = self.pci.pcihole64_kib {
            w.start("pcihole64").attr("unit", "KiB").text(kib);
        }
    }

    fn format_pci(&self, w: &mut Writer, cx: &FormatCtx) {
        let p = &self.pci;
        // A pSeries default PHB's model name is left out of migratable XML
        // so that older libvirt versions, which have none, accept it.
        let hide_name = cx.migratable
            && self.model == Some(Model::Pci(PciModel::PciRoot))
            && p.model_name == Some(PciModelName::SpaprPciHostBridge);
        if let Some(name) = p.model_name.filter(|_| !hide_name) {
            w.start("model").attr("name", name).empty();
        }
        let num = |v: Option<i32>| v.map(|v| v.to_string());
        let mut attrs = Attrs::new();
        fmt::push(&mut attrs, "chassisNr", num(p.chassis_nr));
        fmt::push(&mut attrs, "chassis", num(p.chassis));
        fmt::push(&mut attrs, "port", p.port.map(|v| format!("0x{v:x}")));
        fmt::push(&mut attrs, "busNr", num(p.bus_nr));
        fmt::push(&mut attrs, "index", num(p.target_index));
        fmt::push(&mut attrs, "hotplug", p.hotplug.map(fmt::switch));
        fmt::element(w, "target", &attrs, |w| {
            if let Some(node) = p.numa_node {
                w.leaf("node", node);
            }
        });
    }
}

/// `<pcihole64>` of a PCI root, in KiB rounded up (KiB when it names no
/// unit).
fn pcihole64(n: Node) -> Result<Option<u64>> {
    let hole = n.child("pcihole64");
    let bytes = xml::parse_scaled(
        hole.and_then(Node::string).as_deref(),
        hole.and_then(|h| h.attr("unit")),
        "./pcihole64",
        1024,
        PCIHOLE64_MAX_BYTES,
        false,
    )?;
    Ok(bytes.map(|b| b.div_ceil(1024)))
}

#[cfg(test)]
#[path = "controller_tests.rs"]
mod tests;
