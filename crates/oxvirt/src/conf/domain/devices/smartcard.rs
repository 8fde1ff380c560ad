//! `<smartcard>` (libvirt's `virDomainSmartcardDef`): the host's reader,
//! three certificate files, or a character device passed through.

use super::super::{unsupported, xml_err};
use super::chr_source::{Backend, ChrSource, ChrType, Spicevmc};
use super::{Address, Device, DeviceInfo, Devices, FormatCtx, InfoOpts, Kind, ParseCtx};
use crate::conf::xml::{Node, Opts, Writer};
use crate::error::{Error, Result};

crate::xml_enum! {
    /// `<smartcard mode>`.
    pub enum SmartcardMode { Host = "host", HostCertificates = "host-certificates", Passthrough = "passthrough" }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Card {
    Host,
    HostCertificates {
        certificates: [String; 3],
        /// An absolute path.
        database: Option<String>,
    },
    Passthrough(ChrSource),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Smartcard {
    pub card: Card,
    pub info: DeviceInfo,
}

impl Smartcard {
    pub fn parse(n: Node, cx: &ParseCtx) -> Result<Smartcard> {
        let mode = n
            .prop_with::<SmartcardMode>("mode", Opts::REQUIRED)?
            .unwrap_or(SmartcardMode::Host);
        let card = match mode {
            SmartcardMode::Host => Card::Host,
            SmartcardMode::HostCertificates => {
                let certs: Vec<String> = n
                    .children("certificate")
                    .map(|c| c.text().into_owned())
                    .collect();
                let Ok(certificates) = <[String; 3]>::try_from(certs) else {
                    return Err(xml_err(
                        "host-certificates mode needs exactly three certificates",
                    ));
                };
                let database = match n.child("database") {
                    None => None,
                    Some(d) => {
                        let db = d.text().into_owned();
                        // libvirt fails here without saying why.
                        if db.is_empty() {
                            return Err(Error::generic_failure());
                        }
                        if !db.starts_with('/') {
                            return Err(xml_err(&format!("expecting absolute path: {db}")));
                        }
                        Some(db)
                    }
                };
                Card::HostCertificates {
                    certificates,
                    database,
                }
            }
            SmartcardMode::Passthrough => {
                let Some(t) = n.attr("type") else {
                    return Err(xml_err(
                        "passthrough mode requires a character device type attribute",
                    ));
                };
                let ty = ChrType::from_name(t).ok_or_else(|| {
                    unsupported(&format!(
                        "unknown type presented to host for character device: {t}"
                    ))
                })?;
                let mut src = ChrSource::parse(ty, n, cx, false)?;
                if let Backend::Spicevmc(what) = &mut src.backend {
                    *what = Spicevmc::Smartcard;
                }
                Card::Passthrough(src)
            }
        };
        let info = DeviceInfo::parse(n, cx, InfoOpts::PLAIN)?;
        Ok(Smartcard { card, info })
    }

    pub fn format(&self, w: &mut Writer, cx: &FormatCtx) {
        // libvirt writes `<smartcard …/>` when nothing goes inside; a
        // scratch rendering tells.
        let mut scratch = Writer::with_capacity(256);
        self.body(&mut scratch, cx);
        let empty = scratch.finish().is_empty();
        let s = w.start("smartcard");
        let s = match &self.card {
            Card::Host => s.attr("mode", SmartcardMode::Host),
            Card::HostCertificates { .. } => s.attr("mode", SmartcardMode::HostCertificates),
            Card::Passthrough(src) => s
                .attr("mode", SmartcardMode::Passthrough)
                .attr("type", src.kind()),
        };
        if empty {
            s.empty();
        } else {
            s.open();
            self.body(w, cx);
            w.end("smartcard");
        }
    }

    fn body(&self, w: &mut Writer, cx: &FormatCtx) {
        match &self.card {
            Card::Host => {}
            Card::HostCertificates {
                certificates,
                database,
            } => {
                for c in certificates {
                    w.leaf("certificate", c.as_str());
                }
                if let Some(d) = database {
                    w.leaf("database", d.as_str());
                }
            }
            Card::Passthrough(src) => src.format(w, cx),
        }
        self.info.format(w, cx, InfoOpts::PLAIN);
    }
}

/// Smartcards without an address take the next slot of CCID controller
/// 0 (libvirt does this while adding implicit controllers); then the
/// validation of the address and of a passthrough source.
pub(super) fn post_parse_devices(devs: &mut Devices) -> Result<()> {
    for i in 0..devs.list.len() {
        let unaddressed = matches!(
            devs.list.get(i),
            Some(Device::Smartcard(c)) if c.info.address.is_none()
        );
        if !unaddressed {
            continue;
        }
        let next = devs
            .of_kind(Kind::Smartcard)
            .filter_map(|d| match d {
                Device::Smartcard(c) => match c.info.address {
                    Some(Address::Ccid {
                        controller: 0,
                        slot,
                    }) => Some(slot as i32),
                    _ => None,
                },
                _ => None,
            })
            .max()
            .unwrap_or(-1)
            .wrapping_add(1);
        if let Some(Device::Smartcard(c)) = devs.list.get_mut(i) {
            c.info.address = Some(Address::Ccid {
                controller: 0,
                slot: next as u32,
            });
        }
    }
    for d in devs.of_kind(Kind::Smartcard) {
        let Device::Smartcard(c) = d else { continue };
        if c.info
            .address
            .as_ref()
            .is_some_and(|a| !matches!(a, Address::Ccid { .. }))
        {
            return Err(unsupported("Controllers must use the 'ccid' address type"));
        }
        if let Card::Passthrough(src) = &c.card {
            src.validate(false)?;
        }
    }
    Ok(())
}
