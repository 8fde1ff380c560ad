//! `<os>` and the boot loader before it: what boots, how, and with which
//! firmware, in libvirt's canonical order.

use super::super::xml::{Node, Writer};
use super::kept::Kept;
use super::{unsupported, xml_err, BootDev, OsType};
use crate::error::Result;

crate::xml_enum! {
    /// `<os firmware=…>` (libvirt's 0 is "none", never written).
    pub enum Firmware { None = "none", Bios = "bios", Efi = "efi" }
}

crate::xml_enum! {
    /// `<loader type=…>`.
    pub enum LoaderType { None = "none", Rom = "rom", Pflash = "pflash" }
}

crate::xml_enum! {
    /// `<smbios mode=…>`.
    pub enum SmbiosMode { None = "none", Emulate = "emulate", Host = "host", Sysinfo = "sysinfo" }
}

/// Firmware features in libvirt's order (`<firmware><feature name=…>`).
const FIRMWARE_FEATURES: &[&str] = &["enrolled-keys", "secure-boot"];

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Loader {
    pub readonly: Option<bool>,
    pub secure: Option<bool>,
    pub kind: Option<LoaderType>,
    pub stateless: Option<bool>,
    pub path: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Os {
    pub firmware: Option<Firmware>,
    /// `(enabled, feature index)` in libvirt's order.
    pub firmware_features: Vec<(bool, usize)>,
    pub init: Option<String>,
    pub initargs: Vec<String>,
    pub initenv: Vec<(String, String)>,
    pub initdir: Option<String>,
    pub inituser: Option<String>,
    pub initgroup: Option<String>,
    pub loader: Option<Loader>,
    pub nvram: Option<Kept>,
    pub kernel: Option<String>,
    pub initrd: Option<String>,
    pub cmdline: Option<String>,
    pub dtb: Option<String>,
    pub root: Option<String>,
    pub slic_table: Option<String>,
    pub bootmenu: Option<bool>,
    pub bootmenu_timeout: Option<u32>,
    pub bios_useserial: Option<bool>,
    pub bios_reboot_timeout: Option<i32>,
    pub smbios: Option<SmbiosMode>,
    pub bootloader: Option<String>,
    pub bootloader_args: Option<String>,
}

fn string(os: Node, name: &str) -> Option<String> {
    os.child_string(name).map(|s| s.into_owned())
}

impl Os {
    /// Reads what libvirt reads for an OS of type `os_type`; boot devices
    /// go to `boot_devs`.
    pub fn parse(d: Node, os_type: OsType, boot_devs: &mut Vec<BootDev>) -> Result<Os> {
        let mut o = Os {
            bootloader: string(d, "bootloader"),
            bootloader_args: string(d, "bootloader_args"),
            ..Os::default()
        };
        let Some(os) = d.child("os") else {
            return Ok(o);
        };
        let kernel_opts = |o: &mut Os| {
            o.kernel = string(os, "kernel");
            o.initrd = string(os, "initrd");
            o.cmdline = string(os, "cmdline");
            o.dtb = string(os, "dtb");
            o.root = string(os, "root");
        };
        match os_type {
            OsType::Hvm => {
                kernel_opts(&mut o);
                o.firmware = match os.attr("firmware") {
                    None => None,
                    Some(f) => Some(
                        Firmware::from_name(f)
                            .filter(|f| *f != Firmware::None)
                            .ok_or_else(|| xml_err(&format!("unknown firmware value {f}")))?,
                    ),
                };
                // Firmware features count only with a firmware to choose
                // (what the C library does; its source reads them always).
                if let Some(fw) = os.child("firmware").filter(|_| o.firmware.is_some()) {
                    for f in fw.children("feature") {
                        let enabled = f.prop_required::<bool>("enabled")?;
                        let name = f.attr("name").unwrap_or("");
                        let idx = FIRMWARE_FEATURES
                            .iter()
                            .position(|n| *n == name)
                            .ok_or_else(|| {
                                super::super::xml::error::invalid_attr("feature", "name", name, ".")
                            })?;
                        o.firmware_features.retain(|(_, i)| *i != idx);
                        o.firmware_features.push((enabled, idx));
                    }
                    o.firmware_features.sort_by_key(|(_, i)| *i);
                    o.imply_secure_boot()?;
                }
                o.parse_loader(os)?;
                if let Some(t) = os.find("acpi/table") {
                    if t.attr("type") != Some("slic") {
                        return Err(unsupported(&format!(
                            "Unknown acpi table type: {}",
                            t.attr("type").unwrap_or("")
                        )));
                    }
                    o.slic_table = t.string().map(|s| s.into_owned());
                }
                for b in os.children("boot").take(BootDev::NAMES.len()) {
                    boot_devs.push(b.prop_required::<BootDev>("dev")?);
                }
                if let Some(m) = os.child("bootmenu") {
                    o.bootmenu = m.prop::<bool>("enable")?;
                    if o.bootmenu == Some(true) {
                        o.bootmenu_timeout = m.prop::<u32>("timeout")?;
                        if o.bootmenu_timeout.is_some_and(|t| t > 65535) {
                            return Err(unsupported(
                                "invalid value for boot menu timeout, must be in range [0,65535]",
                            ));
                        }
                    }
                }
                if let Some(b) = os.child("bios") {
                    o.bios_useserial = b.prop::<bool>("useserial").unwrap_or(Some(false));
                    o.bios_reboot_timeout = b.prop::<i32>("rebootTimeout")?;
                    if o.bios_reboot_timeout
                        .is_some_and(|t| !(-1..=65535).contains(&t))
                    {
                        return Err(unsupported(
                            "invalid value for rebootTimeout, must be in range [-1,65535]",
                        ));
                    }
                }
            }
            OsType::Xen | OsType::XenPvh | OsType::Uml => {
                kernel_opts(&mut o);
                o.parse_loader(os)?;
            }
            OsType::Exe => {
                o.init = string(os, "init");
                o.initargs = os
                    .children("initarg")
                    .map(|n| n.text().into_owned())
                    .collect();
                for e in os.children("initenv") {
                    let name = e
                        .attr("name")
                        .ok_or_else(|| xml_err("No name supplied for <initenv> element"))?;
                    o.initenv.push((name.to_string(), e.text().into_owned()));
                }
                o.initdir = string(os, "initdir");
                o.inituser = string(os, "inituser");
                o.initgroup = string(os, "initgroup");
            }
            OsType::Linux => {}
        }
        if let Some(s) = os.child("smbios") {
            let mode = s.attr("mode").unwrap_or("");
            o.smbios = Some(
                SmbiosMode::from_name(mode)
                    .filter(|m| *m != SmbiosMode::None)
                    .ok_or_else(|| unsupported(&format!("unknown smbios mode '{mode}'")))?,
            );
        }
        Ok(o)
    }

    /// libvirt's checks of the firmware and its loader: what automatic
    /// firmware selection leaves no room for, and where NVRAM may be.
    pub fn validate(&self) -> Result<()> {
        let detail = |m: &str| {
            crate::error::Error::new(
                oxvirt_abi::virErrorDomain::VIR_FROM_DOMAIN,
                oxvirt_abi::virErrorNumber::VIR_ERR_XML_DETAIL,
                Some(m),
            )
        };
        // The NVRAM lives in the loader: either makes one.
        if self.loader.is_none() && self.nvram.is_none() {
            return Ok(());
        }
        let l = self.loader.clone().unwrap_or_default();
        let nvram = self
            .nvram
            .as_ref()
            .is_some_and(|n| n.text.is_some() || !n.children.is_empty());
        let template = self
            .nvram
            .as_ref()
            .is_some_and(|n| n.attr("template").is_some());
        if let Some(fw) = self.firmware {
            let auto = |what: &str| {
                detail(&format!(
                    "{what} cannot be specified when firmware autoselection is enabled"
                ))
            };
            if l.readonly == Some(true) {
                return Err(auto("loader attribute 'readonly'"));
            }
            if l.kind.is_some_and(|k| k != LoaderType::None) {
                return Err(auto("loader attribute 'type'"));
            }
            if l.path.is_some() {
                return Err(auto("loader path"));
            }
            if template {
                return Err(auto("nvram attribute 'template'"));
            }
            if l.secure == Some(false) {
                return Err(auto("loader attribute 'secure'"));
            }
            if nvram && fw != Firmware::Efi {
                return Err(detail(&format!(
                    "firmware type '{}' does not support nvram",
                    fw.name()
                )));
            }
        } else if l.path.is_none() {
            return Err(detail(
                "no loader path specified and firmware auto selection disabled",
            ));
        }
        match l.stateless {
            Some(true) if template => Err(detail(
                "NVRAM template is not permitted when loader is stateless",
            )),
            Some(true) if nvram => Err(detail("NVRAM is not permitted when loader is stateless")),
            Some(false) if self.firmware.is_none() && l.kind != Some(LoaderType::Pflash) => {
                Err(detail("Only pflash loader type permits NVRAM"))
            }
            Some(false) if self.firmware.is_some_and(|f| f != Firmware::Efi) => {
                Err(detail("Only EFI firmware permits NVRAM"))
            }
            _ => Ok(()),
        }
    }

    /// Enrolled keys imply Secure Boot, which must then not be disabled.
    fn imply_secure_boot(&mut self) -> Result<()> {
        let state = |o: &Os, i: usize| {
            o.firmware_features
                .iter()
                .find(|(_, f)| *f == i)
                .map(|(e, _)| *e)
        };
        if state(self, 0) != Some(true) {
            return Ok(());
        }
        if state(self, 1) == Some(false) {
            return Err(crate::error::Error::new(
                oxvirt_abi::virErrorDomain::VIR_FROM_DOMAIN,
                oxvirt_abi::virErrorNumber::VIR_ERR_XML_DETAIL,
                Some("firmware feature 'enrolled-keys' cannot be enabled when firmware feature 'secure-boot' is disabled"),
            ));
        }
        if state(self, 1).is_none() {
            self.firmware_features.push((true, 1));
        }
        Ok(())
    }

    fn parse_loader(&mut self, os: Node) -> Result<()> {
        if let Some(l) = os.child("loader") {
            let readonly = l.prop::<bool>("readonly")?;
            let secure = l.prop::<bool>("secure")?;
            let kind = l.prop::<LoaderType>("type")?;
            let stateless = l.prop::<bool>("stateless")?;
            let path = l.string().map(|s| s.into_owned());
            // A loader given by path is a ROM unless said otherwise.
            let kind = match kind {
                None | Some(LoaderType::None) if path.is_some() => Some(LoaderType::Rom),
                k => k,
            };
            self.loader = Some(Loader {
                readonly,
                secure,
                kind,
                stateless,
                path,
            });
        }
        self.nvram = os.child("nvram").map(Kept::from_node);
        Ok(())
    }

    /// `<bootloader>` … `</os>`.
    pub fn format(
        &self,
        w: &mut Writer,
        os_type: &str,
        arch: Option<&str>,
        machine: Option<&str>,
        boot_devs: &[BootDev],
    ) {
        if let Some(b) = &self.bootloader {
            w.leaf("bootloader", b);
            if let Some(a) = &self.bootloader_args {
                w.leaf("bootloader_args", a);
            }
        }
        w.start("os").attr_opt("firmware", self.firmware).open();
        w.start("type")
            .attr_opt("arch", arch)
            .attr_opt("machine", machine)
            .text(os_type);
        if !self.firmware_features.is_empty() {
            w.start("firmware").open();
            for (enabled, i) in &self.firmware_features {
                w.start("feature")
                    .attr("enabled", super::super::xml::yes_no(*enabled))
                    .attr("name", FIRMWARE_FEATURES[*i])
                    .empty();
            }
            w.end("firmware");
        }
        let opt = |w: &mut Writer, name: &str, v: &Option<String>| {
            if let Some(v) = v {
                w.leaf(name, v);
            }
        };
        opt(w, "init", &self.init);
        for a in &self.initargs {
            w.leaf("initarg", a);
        }
        for (k, v) in &self.initenv {
            w.start("initenv").attr("name", k).text(v);
        }
        opt(w, "initdir", &self.initdir);
        opt(w, "inituser", &self.inituser);
        opt(w, "initgroup", &self.initgroup);
        if let Some(l) = &self.loader {
            let yn = super::super::xml::yes_no;
            let s = w
                .start("loader")
                .attr_opt("readonly", l.readonly.map(yn))
                .attr_opt("secure", l.secure.map(yn))
                .attr_opt("type", l.kind.filter(|k| *k != LoaderType::None))
                .attr_opt("stateless", l.stateless.map(yn));
            match &l.path {
                Some(p) => s.text(p),
                None => s.empty(),
            }
        }
        if let Some(n) = &self.nvram {
            n.write(w);
        }
        opt(w, "kernel", &self.kernel);
        opt(w, "initrd", &self.initrd);
        opt(w, "cmdline", &self.cmdline);
        opt(w, "dtb", &self.dtb);
        opt(w, "root", &self.root);
        if let Some(t) = &self.slic_table {
            w.start("acpi").open();
            w.start("table").attr("type", "slic").text(t);
            w.end("acpi");
        }
        if self.bootloader.is_none() {
            for b in boot_devs {
                w.start("boot").attr("dev", b).empty();
            }
            if let Some(m) = self.bootmenu {
                w.start("bootmenu")
                    .attr("enable", super::super::xml::yes_no(m))
                    .attr_opt("timeout", self.bootmenu_timeout)
                    .empty();
            }
            if self.bios_useserial.is_some() || self.bios_reboot_timeout.is_some() {
                w.start("bios")
                    .attr_opt(
                        "useserial",
                        self.bios_useserial.map(super::super::xml::yes_no),
                    )
                    .attr_opt("rebootTimeout", self.bios_reboot_timeout)
                    .empty();
            }
        }
        if let Some(m) = self.smbios {
            w.start("smbios").attr("mode", m).empty();
        }
        w.end("os");
    }
}
