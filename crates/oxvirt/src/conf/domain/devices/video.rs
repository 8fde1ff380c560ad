//! `<video>`: the guest's display adapter — its model and memory sizes,
//! acceleration, resolution and driver.

use super::super::{err, unsupported};
use super::fmt::{self, Attrs};
use super::virtio::VirtioOptions;
use super::{path, DeviceInfo, FormatCtx, InfoOpts, ParseCtx};
use crate::conf::xml::{number, yes_no, Node, Writer};
use crate::error::Result;
use oxvirt_abi::virErrorNumber;

crate::xml_enum! {
    /// `<model type>`; `default` is what the hypervisor driver chooses.
    pub enum VideoType {
        Default = "default", Vga = "vga", Cirrus = "cirrus", Vmvga = "vmvga", Xen = "xen",
        Vbox = "vbox", Qxl = "qxl", Parallels = "parallels", Virtio = "virtio", Gop = "gop",
        None = "none", Bochs = "bochs", Ramfb = "ramfb",
    }
}

crate::xml_enum! {
    /// `<driver name>`.
    pub enum VideoBackend { Default = "default", Qemu = "qemu", Vhostuser = "vhostuser" }
}

crate::xml_enum! {
    /// `<driver vgaconf>`; `io` is libvirt's zero and is never written.
    pub enum VgaConf { Io = "io", On = "on", Off = "off" }
}

/// `<acceleration>`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Accel {
    pub accel3d: Option<bool>,
    pub accel2d: Option<bool>,
    pub rendernode: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Video {
    pub model: VideoType,
    /// Sizes in KiB; 0 is "not set".
    pub ram: u32,
    pub vram: u32,
    pub vram64: u32,
    pub vgamem: u32,
    pub heads: u32,
    pub primary: bool,
    pub accel: Option<Accel>,
    /// `<resolution x y>`.
    pub resolution: Option<(u32, u32)>,
    pub backend: VideoBackend,
    pub virtio: VirtioOptions,
    pub vgaconf: Option<VgaConf>,
    pub info: DeviceInfo,
}

impl Default for Video {
    /// A video device as libvirt creates it: one head, nothing else.
    fn default() -> Video {
        Video {
            model: VideoType::Default,
            ram: 0,
            vram: 0,
            vram64: 0,
            vgamem: 0,
            heads: 1,
            primary: false,
            accel: None,
            resolution: None,
            backend: VideoBackend::Default,
            virtio: VirtioOptions::default(),
            vgaconf: None,
            info: DeviceInfo::default(),
        }
    }
}

/// A `<model>` size attribute; an empty one counts as absent (XPath
/// `string()`).
fn size(model: Option<Node>, name: &str, code: virErrorNumber) -> Result<u32> {
    match model.and_then(|m| m.attr(name)).filter(|v| !v.is_empty()) {
        None => Ok(0),
        Some(v) => number::to_u32_p(v, 10)
            .ok_or_else(|| err(code, Some(&format!("cannot parse video {name} '{v}'")))),
    }
}

impl Video {
    pub fn parse(n: Node, cx: &ParseCtx) -> Result<Video> {
        let mut v = Video::default();
        let model = n.child("model");
        v.primary = model.and_then(|m| m.attr("primary")) == Some("yes");
        if let Some(a) = model.and_then(|m| m.child("acceleration")) {
            let accel = Accel {
                rendernode: a.attr("rendernode").map(path::sanitize),
                accel3d: a.prop::<bool>("accel3d")?,
                accel2d: a.prop::<bool>("accel2d")?,
            };
            if accel == Accel::default() {
                return Err(unsupported("missing values for acceleration"));
            }
            v.accel = Some(accel);
        }
        if let Some(r) = model.and_then(|m| m.child("resolution")) {
            v.resolution = Some((r.prop_required::<u32>("x")?, r.prop_required::<u32>("y")?));
        }
        let driver = n.child("driver");
        if let Some(d) = driver {
            v.backend = d
                .prop_with::<VideoBackend>("name", crate::conf::xml::Opts::NONE.nonzero())?
                .unwrap_or(VideoBackend::Default);
            v.virtio = VirtioOptions::parse(Some(d))?.unwrap_or_default();
        }
        if let Some(t) = model.and_then(|m| m.attr("type")).filter(|t| !t.is_empty()) {
            v.model = VideoType::from_name(t)
                .ok_or_else(|| unsupported(&format!("unknown video model '{t}'")))?;
        }
        let xml = virErrorNumber::VIR_ERR_XML_ERROR;
        v.ram = size(model, "ram", xml)?;
        v.vram = size(model, "vram", xml)?;
        v.vram64 = size(model, "vram64", xml)?;
        v.vgamem = size(model, "vgamem", xml)?;
        if model
            .and_then(|m| m.attr("heads"))
            .is_some_and(|h| !h.is_empty())
        {
            v.heads = size(model, "heads", virErrorNumber::VIR_ERR_INTERNAL_ERROR)?;
        }
        v.info = DeviceInfo::parse(n, cx, InfoOpts::PLAIN)?;
        // libvirt reads vgaconf last and ignores its failure: a value it
        // does not know is dropped, not refused.
        v.vgaconf = driver.and_then(|d| d.prop::<VgaConf>("vgaconf").ok().flatten());
        Ok(v)
    }

    pub fn format(&self, w: &mut Writer, cx: &FormatCtx) {
        w.start("video").open();
        let mut driver = Attrs::new();
        VirtioOptions::push_attrs(Some(&self.virtio), &mut driver);
        let vgaconf = self.vgaconf.filter(|c| *c != VgaConf::Io);
        fmt::push(
            &mut driver,
            "vgaconf",
            vgaconf.map(|c| c.name().to_string()),
        );
        let backend = (self.backend != VideoBackend::Default).then_some(self.backend);
        fmt::push(&mut driver, "name", backend.map(|b| b.name().to_string()));
        fmt::element(w, "driver", &driver, |_| {});
        let nz = |v: u32| (v != 0).then_some(v);
        let s = w
            .start("model")
            .attr("type", self.model)
            .attr_opt("ram", nz(self.ram))
            .attr_opt("vram", nz(self.vram))
            .attr_opt("vram64", nz(self.vram64))
            .attr_opt("vgamem", nz(self.vgamem))
            .attr_opt("heads", nz(self.heads))
            .attr_opt("primary", self.primary.then_some("yes"));
        if self.accel.is_none() && self.resolution.is_none() {
            s.empty();
        } else {
            s.open();
            if let Some(a) = &self.accel {
                w.start("acceleration")
                    .attr_opt("accel3d", a.accel3d.map(yes_no))
                    .attr_opt("accel2d", a.accel2d.map(yes_no))
                    .attr_opt("rendernode", a.rendernode.as_deref())
                    .empty();
            }
            if let Some((x, y)) = self.resolution {
                let s = w.start("resolution");
                if x != 0 && y != 0 {
                    s.attr("x", x).attr("y", y).empty();
                } else {
                    s.empty();
                }
            }
            w.end("model");
        }
        self.info.format(w, cx, InfoOpts::PLAIN);
        w.end("video");
    }

    /// libvirt's default memory for a model (`virDomainVideoDefaultRAM`), in
    /// KiB.
    pub fn default_ram(virt_type: &str, model: VideoType) -> u32 {
        match model {
            VideoType::Vga | VideoType::Cirrus | VideoType::Vmvga => match virt_type {
                "vbox" => 8 * 1024,
                "vmware" => 4 * 1024,
                _ => 16 * 1024,
            },
            VideoType::Bochs => 16 * 1024,
            VideoType::Xen => 4 * 1024,
            VideoType::Qxl => 64 * 1024,
            _ => 0,
        }
    }

    /// The per-device rules: the test driver's default model, then
    /// libvirt's default sizes rounded up to a power of two.
    pub fn post_parse(&mut self, cx: &ParseCtx) {
        if self.model == VideoType::Default {
            self.model = match cx.os_type {
                super::OsType::Xen | super::OsType::Linux => VideoType::Xen,
                _ if matches!(cx.arch, "ppc64" | "ppc64le") => VideoType::Vga,
                _ => VideoType::Cirrus,
            };
        }
        if self.ram == 0 && self.model == VideoType::Qxl {
            self.ram = Video::default_ram(cx.virt_type, self.model);
        }
        if self.vram == 0 {
            self.vram = Video::default_ram(cx.virt_type, self.model);
        }
        self.ram = round_up_pow2(self.ram);
        self.vram = round_up_pow2(self.vram);
    }

    /// libvirt's checks of one video device (`virDomainVideoDefValidate`);
    /// `count` is how many the domain has.
    pub fn validate(&self, count: usize) -> Result<()> {
        if self.model == VideoType::Default {
            return Err(err(
                virErrorNumber::VIR_ERR_INTERNAL_ERROR,
                Some("missing video model and cannot determine default"),
            ));
        }
        if self.model == VideoType::None && count > 1 {
            return Err(unsupported(
                "a 'none' video type must be the only video device defined for the domain",
            ));
        }
        match self.backend {
            VideoBackend::Vhostuser if self.model != VideoType::Virtio => {
                return Err(unsupported(
                    "'vhostuser' driver is only supported with 'virtio' device",
                ))
            }
            VideoBackend::Default | VideoBackend::Qemu
                if self.accel.as_ref().is_some_and(|a| a.rendernode.is_some()) =>
            {
                return Err(unsupported(
                    "unsupported rendernode accel attribute without 'vhostuser'",
                ))
            }
            _ => {}
        }
        if self.resolution.is_some_and(|(x, y)| x == 0 || y == 0) {
            return Err(unsupported(
                "video resolution values must be greater than 0",
            ));
        }
        if self.model != VideoType::Qxl {
            for (v, name) in [
                (self.ram, "ram"),
                (self.vram64, "vram64"),
                (self.vgamem, "vgamem"),
            ] {
                if v != 0 {
                    return Err(unsupported(&format!(
                        "{name} attribute only supported for video type qxl"
                    )));
                }
            }
        }
        if self.model == VideoType::Ramfb && self.info.address.is_some() {
            return Err(unsupported("address not supported for video type ramfb"));
        }
        if self.model != VideoType::Virtio {
            self.virtio.check_absent()?;
        }
        Ok(())
    }
}

/// `VIR_ROUND_UP_POWER_OF_TWO` on an unsigned int: 0 stays 0, and so does
/// anything past the largest power of two.
fn round_up_pow2(v: u32) -> u32 {
    if v == 0 || v > 1 << 31 {
        0
    } else {
        v.next_power_of_two()
    }
}

#[cfg(test)]
mod tests {
    use super::round_up_pow2;

    #[test]
    fn rounding_like_libvirt() {
        assert_eq!(round_up_pow2(0), 0);
        assert_eq!(round_up_pow2(1), 1);
        assert_eq!(round_up_pow2(9000), 16384);
        assert_eq!(round_up_pow2(16384), 16384);
        assert_eq!(round_up_pow2((1 << 31) + 1), 0);
    }
}
