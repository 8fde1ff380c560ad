//! `<tpm>`: a TPM device, passed through from the host, emulated, or
//! served by an external emulator over a socket.

use super::super::{err, unsupported, xml_err};
use super::{Backend, ChrSource, ChrType, DeviceInfo, FormatCtx, InfoOpts, ParseCtx};
use crate::conf::xml::{Node, Opts, Uuid, Writer};
use crate::error::Result;
use oxvirt_abi::virErrorNumber;

crate::xml_enum! {
    pub enum TpmModel {
        Default = "default", Tis = "tpm-tis", Crb = "tpm-crb", Spapr = "tpm-spapr",
        SpaprProxy = "spapr-tpm-proxy",
    }
}

crate::xml_enum! {
    pub enum TpmBackend { Passthrough = "passthrough", Emulator = "emulator", External = "external" }
}

crate::xml_enum! {
    pub enum TpmVersion { Default = "default", V1_2 = "1.2", V2_0 = "2.0" }
}

crate::xml_enum! {
    /// PCR banks, in the order libvirt writes them.
    pub enum PcrBank { Sha1 = "sha1", Sha256 = "sha256", Sha384 = "sha384", Sha512 = "sha512" }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TpmData {
    Passthrough {
        path: String,
    },
    Emulator {
        version: Option<TpmVersion>,
        persistent_state: bool,
        secret: Option<[u8; 16]>,
        /// Banks by [`PcrBank`] index, sorted, each once; `None` when the
        /// element is absent.
        pcr_banks: Option<Vec<PcrBank>>,
    },
    /// The socket of an external emulator, read as a character device's
    /// source is.
    External(Box<ChrSource>),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tpm {
    pub model: Option<TpmModel>,
    pub data: TpmData,
    pub info: DeviceInfo,
}

impl Tpm {
    pub fn parse(n: Node, cx: &ParseCtx) -> Result<Tpm> {
        let model = n.prop_with::<TpmModel>("model", Opts::NONE.nonzero())?;
        let mut backends = n.children("backend");
        let (Some(b), None) = (backends.next(), backends.next()) else {
            return Err(xml_err(if n.child("backend").is_some() {
                "only one TPM backend is supported"
            } else {
                "missing TPM device backend"
            }));
        };
        let data = match b.prop_required::<TpmBackend>("type")? {
            TpmBackend::Passthrough => TpmData::Passthrough {
                path: b
                    .child_attr("device", "path")
                    .filter(|p| !p.is_empty())
                    .unwrap_or("/dev/tpm0")
                    .to_string(),
            },
            TpmBackend::Emulator => emulator(b)?,
            TpmBackend::External => external(b, cx)?,
        };
        Ok(Tpm {
            model,
            data,
            info: DeviceInfo::parse(n, cx, InfoOpts::PLAIN)?,
        })
    }

    pub fn format(&self, w: &mut Writer, cx: &FormatCtx) {
        w.start("tpm").attr_opt("model", self.model).open();
        let s = w.start("backend");
        match &self.data {
            TpmData::Passthrough { path } => {
                s.attr("type", TpmBackend::Passthrough).open();
                w.start("device").attr("path", path).empty();
                w.end("backend");
            }
            TpmData::Emulator {
                version,
                persistent_state,
                secret,
                pcr_banks,
            } => {
                let s = s
                    .attr("type", TpmBackend::Emulator)
                    .attr_opt("version", *version)
                    .attr_opt("persistent_state", persistent_state.then_some("yes"));
                if secret.is_none() && pcr_banks.is_none() {
                    s.empty();
                } else {
                    s.open();
                    if let Some(u) = secret {
                        w.start("encryption").attr("secret", Uuid(u)).empty();
                    }
                    if let Some(banks) = pcr_banks {
                        w.start("active_pcr_banks").open();
                        for b in banks {
                            w.start(b.name()).empty();
                        }
                        w.end("active_pcr_banks");
                    }
                    w.end("backend");
                }
            }
            TpmData::External(src) => {
                let s = s.attr("type", TpmBackend::External);
                match &src.backend {
                    Backend::Unix { path, .. } => {
                        s.open();
                        w.start("source")
                            .attr("type", "unix")
                            .attr("mode", "connect")
                            .attr_opt("path", path.as_deref())
                            .empty();
                        w.end("backend");
                    }
                    _ => s.empty(),
                }
            }
        }
        self.info.format(w, cx, InfoOpts::PLAIN);
        w.end("tpm");
    }

    /// libvirt's checks of one TPM (`virDomainTPMDevValidate`).
    pub fn validate(&self) -> Result<()> {
        match &self.data {
            TpmData::Emulator {
                pcr_banks: Some(_),
                version,
                ..
            } if *version != Some(TpmVersion::V2_0) => {
                Err(xml_err("<active_pcr_banks/> requires TPM version '2.0'"))
            }
            TpmData::External(src) => match &src.backend {
                Backend::Unix { listen: true, .. } => Err(xml_err(
                    "only 'client' mode is supported for external TPM device",
                )),
                Backend::Unix { path: None, .. } => {
                    Err(xml_err("missing socket path for external TPM device"))
                }
                Backend::Unix { .. } => Ok(()),
                _ => Err(xml_err(
                    "only source type 'unix' is supported for external TPM device",
                )),
            },
            _ => Ok(()),
        }
    }
}

fn emulator(b: Node) -> Result<TpmData> {
    let version = b.prop_with::<TpmVersion>("version", Opts::NONE.nonzero())?;
    let secret = match b
        .child_attr("encryption", "secret")
        .filter(|s| !s.is_empty())
    {
        None => None,
        Some(s) => Some(crate::util::uuid::parse_uuid(s).ok_or_else(|| {
            err(
                virErrorNumber::VIR_ERR_INTERNAL_ERROR,
                Some(&format!("Unable to parse secret uuid '{s}'")),
            )
        })?),
    };
    let persistent_state = match b.attr("persistent_state") {
        None | Some("no") => false,
        Some("yes") => true,
        Some(_) => {
            return Err(err(
                virErrorNumber::VIR_ERR_INTERNAL_ERROR,
                Some("Invalid persistent_state value, either 'yes' or 'no'"),
            ))
        }
    };
    let mut banks: Option<Vec<PcrBank>> = None;
    for e in b.children("active_pcr_banks").flat_map(|a| a.elements()) {
        let bank = PcrBank::from_name(e.name())
            .ok_or_else(|| unsupported(&format!("Unsupported PCR banks '{}'", e.name())))?;
        let list = banks.get_or_insert_with(Vec::new);
        if !list.contains(&bank) {
            list.push(bank);
        }
    }
    if let Some(list) = banks.as_mut() {
        list.sort_by_key(|b| *b as usize);
    }
    Ok(TpmData::Emulator {
        version,
        persistent_state,
        secret,
        pcr_banks: banks,
    })
}

/// The socket of an external TPM, read as libvirt reads a character
/// device's source under `<backend>`.
fn external(b: Node, cx: &ParseCtx) -> Result<TpmData> {
    let ty = b
        .child_attr("source", "type")
        .filter(|t| !t.is_empty())
        .ok_or_else(|| xml_err("missing external TPM backend type"))?;
    let ty = ChrType::from_name(ty)
        .ok_or_else(|| unsupported(&format!("unknown backend type '{ty}' for external TPM")))?;
    Ok(TpmData::External(Box::new(ChrSource::parse(
        ty, b, cx, false,
    )?)))
}
