//! `<redirfilter>` (libvirt's `virDomainRedirFilterDef`): which USB
//! devices may be redirected, as a list of rules.

use super::super::{err, xml_err};
use crate::conf::xml::{number, Node, Opts, Writer};
use crate::error::Result;
use oxvirt_abi::virErrorNumber;

/// One `<usbdev>` rule; `-1` stands for "any" as in libvirt.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UsbRule {
    pub class: i32,
    pub vendor: i32,
    pub product: i32,
    /// BCD `0xJJMN`.
    pub version: i32,
    pub allow: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Redirfilter {
    pub rules: Vec<UsbRule>,
}

impl Redirfilter {
    pub fn parse(n: Node) -> Result<Redirfilter> {
        let rules = n
            .children("usbdev")
            .map(UsbRule::parse)
            .collect::<Result<_>>()?;
        Ok(Redirfilter { rules })
    }

    pub fn format(&self, w: &mut Writer) {
        if self.rules.is_empty() {
            return;
        }
        w.start("redirfilter").open();
        for r in &self.rules {
            let v = r.version;
            let version = format!(
                "{}.{:02}",
                ((v & 0xf000) >> 12) * 10 + ((v & 0x0f00) >> 8),
                ((v & 0x00f0) >> 4) * 10 + (v & 0x000f)
            );
            w.start("usbdev")
                .attr_opt(
                    "class",
                    (r.class >= 0).then(|| format!("0x{:02X}", r.class)),
                )
                .attr_opt(
                    "vendor",
                    (r.vendor >= 0).then(|| format!("0x{:04X}", r.vendor)),
                )
                .attr_opt(
                    "product",
                    (r.product >= 0).then(|| format!("0x{:04X}", r.product)),
                )
                .attr_opt("version", (v >= 0).then_some(version))
                .attr("allow", crate::conf::xml::yes_no(r.allow))
                .empty();
        }
        w.end("redirfilter");
    }
}

impl UsbRule {
    fn parse(n: Node) -> Result<UsbRule> {
        let int = |name| -> Result<i32> {
            Ok(n.prop_with::<i32>(name, Opts::NONE.base(0))?.unwrap_or(-1))
        };
        let class = int("class")?;
        if class != -1 && class & !0xff != 0 {
            return Err(err(
                virErrorNumber::VIR_ERR_INTERNAL_ERROR,
                Some(&format!("Invalid USB Class code 0x{class:x}")),
            ));
        }
        let vendor = int("vendor")?;
        let product = int("product")?;
        let version = match n.attr("version") {
            None | Some("-1") => -1,
            Some(v) => bcd_version(v)
                .ok_or_else(|| xml_err(&format!("Cannot parse USB device version {v}")))?,
        };
        let allow = n
            .prop_with::<bool>("allow", Opts::REQUIRED)?
            .unwrap_or(false);
        Ok(UsbRule {
            class,
            vendor,
            product,
            version,
            allow,
        })
    }
}

/// `JJ.MN` as BCD `0xJJMN`; a single minor digit is tenths (`2.1` is
/// `2.10`).
fn bcd_version(v: &str) -> Option<i32> {
    let (major, minor) = v.split_once('.')?;
    let major = number::to_u32(major, 10)?;
    let mut minor_v = number::to_u32(minor, 10)?;
    if major >= 100 || minor_v >= 100 {
        return None;
    }
    if minor.len() == 1 {
        minor_v *= 10;
    }
    let bcd = (major / 10) << 12 | (major % 10) << 8 | (minor_v / 10) << 4 | (minor_v % 10);
    i32::try_from(bcd).ok()
}

/// libvirt takes one `<redirfilter>` at most.
pub(super) fn only_one(devs: &super::Devices) -> Result<()> {
    if devs.of_kind(super::Kind::Redirfilter).nth(1).is_some() {
        return Err(err(
            virErrorNumber::VIR_ERR_INTERNAL_ERROR,
            Some("only one set of redirection filter rule is supported"),
        ));
    }
    Ok(())
}
