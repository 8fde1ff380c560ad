//! The secrets a storage source refers to: `<auth>` (libvirt's
//! `virStorageAuthDef`) and `<encryption>` (`virStorageEncryption`), both
//! naming a libvirt secret by UUID or by usage.

use super::super::{unsupported, xml_err};
use crate::conf::xml::{Node, Opts, Uuid, Writer};
use crate::error::{Error, Result};
use oxvirt_abi::{virErrorDomain, virErrorNumber};

/// An error of libvirt's `virSecretLookupParseSecret` (util: no domain).
fn secret_error(m: &str) -> Error {
    Error::new(
        virErrorDomain::VIR_FROM_NONE,
        virErrorNumber::VIR_ERR_XML_ERROR,
        Some(m),
    )
}

/// An error of libvirt's `virStorageAuthDefParse` (the storage domain).
fn auth_error(code: virErrorNumber, m: &str) -> Error {
    Error::new(virErrorDomain::VIR_FROM_STORAGE, code, Some(m))
}

/// How a `<secret>` names its libvirt secret.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SecretRef {
    Uuid([u8; 16]),
    Usage(String),
}

impl SecretRef {
    /// libvirt's `virSecretLookupParseSecret`.
    fn parse(n: Node) -> Result<SecretRef> {
        match (n.attr("uuid"), n.attr("usage")) {
            (None, None) => Err(secret_error("missing secret uuid or usage attribute")),
            (Some(_), Some(_)) => Err(secret_error("either secret uuid or usage expected")),
            (Some(u), None) => crate::util::uuid::parse_uuid(u)
                .map(SecretRef::Uuid)
                .ok_or_else(|| secret_error(&format!("invalid secret uuid '{u}'"))),
            (None, Some(u)) => Ok(SecretRef::Usage(u.to_string())),
        }
    }

    fn format(&self, w: &mut Writer, secret_type: Option<&str>) {
        let s = w.start("secret").attr_opt("type", secret_type);
        match self {
            SecretRef::Uuid(u) => s.attr("uuid", Uuid(u)).empty(),
            SecretRef::Usage(u) => s.attr("usage", u).empty(),
        }
    }
}

crate::xml_enum! {
    /// `<auth type>`.
    pub enum AuthType { None = "none", Chap = "chap", Ceph = "ceph" }
}

/// `<auth>`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Auth {
    pub username: String,
    pub auth_type: AuthType,
    /// `<secret type>` as given: the secret's usage type.
    pub secret_type: Option<String>,
    pub secret: SecretRef,
}

impl Auth {
    /// libvirt's `virStorageAuthDefParse`, for disks and iSCSI host
    /// devices alike.
    pub fn parse(n: Node) -> Result<Auth> {
        let xml = virErrorNumber::VIR_ERR_XML_ERROR;
        let username = n
            .attr("username")
            .filter(|u| !u.is_empty())
            .ok_or_else(|| auth_error(xml, "missing username for auth"))?
            .to_string();
        let auth_type = match n.attr("type").filter(|t| !t.is_empty()) {
            None => AuthType::None,
            Some(t) => AuthType::from_name(t).ok_or_else(|| {
                auth_error(
                    virErrorNumber::VIR_ERR_CONFIG_UNSUPPORTED,
                    &format!("unknown auth type '{t}'"),
                )
            })?,
        };
        let s = n
            .child("secret")
            .ok_or_else(|| auth_error(xml, "Missing <secret> element in auth"))?;
        Ok(Auth {
            username,
            auth_type,
            secret_type: s.attr("type").map(str::to_string),
            secret: SecretRef::parse(s)?,
        })
    }

    pub fn format(&self, w: &mut Writer) {
        let s = w.start("auth");
        let s = if self.auth_type == AuthType::None {
            s
        } else {
            s.attr("type", self.auth_type)
        };
        s.attr("username", &self.username).open();
        self.secret.format(w, self.secret_type.as_deref());
        w.end("auth");
    }
}

crate::xml_enum! {
    /// `<encryption format>`.
    pub enum EncryptionFormat { Default = "default", Qcow = "qcow", Luks = "luks", Luks2 = "luks2" }
}

crate::xml_enum! {
    /// `<encryption engine>`.
    pub enum EncryptionEngine { Default = "default", Qemu = "qemu", Librbd = "librbd" }
}

/// `<cipher>` and `<ivgen>` of a LUKS volume.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Cipher {
    pub name: String,
    pub size: u32,
    pub mode: Option<String>,
    pub hash: Option<String>,
    pub ivgen: Option<(String, Option<String>)>,
}

/// `<encryption>`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Encryption {
    pub format: EncryptionFormat,
    pub engine: Option<EncryptionEngine>,
    /// Each `<secret type='passphrase'>`.
    pub secrets: Vec<SecretRef>,
    pub cipher: Option<Cipher>,
}

impl Encryption {
    pub fn parse(n: Node) -> Result<Encryption> {
        let f = n
            .attr("format")
            .filter(|f| !f.is_empty())
            .ok_or_else(|| xml_err("unknown volume encryption format"))?;
        let format = EncryptionFormat::from_name(f)
            .ok_or_else(|| unsupported(&format!("unknown volume encryption format type {f}")))?;
        let engine = n.prop_with::<EncryptionEngine>("engine", Opts::NONE.nonzero())?;
        let mut secrets = Vec::new();
        for s in n.children("secret") {
            let t = s
                .attr("type")
                .filter(|t| !t.is_empty())
                .ok_or_else(|| xml_err("unknown volume encryption secret type"))?;
            if t != "passphrase" {
                return Err(unsupported(&format!(
                    "unknown volume encryption secret type {t}"
                )));
            }
            secrets.push(SecretRef::parse(s)?);
        }
        let mut cipher = None;
        if format == EncryptionFormat::Luks {
            if let Some(c) = n.child("cipher") {
                let name = c
                    .attr("name")
                    .ok_or_else(|| xml_err("cipher info missing 'name' attribute"))?;
                cipher = Some(Cipher {
                    name: name.to_string(),
                    size: c.prop_required::<u32>("size")?,
                    mode: c.attr("mode").map(str::to_string),
                    hash: c.attr("hash").map(str::to_string),
                    ivgen: None,
                });
            }
            if let Some(i) = n.child("ivgen") {
                let Some(c) = cipher.as_mut() else {
                    return Err(xml_err("ivgen element found, but cipher is missing"));
                };
                let name = i
                    .attr("name")
                    .ok_or_else(|| xml_err("missing ivgen info name string"))?;
                c.ivgen = Some((name.to_string(), i.attr("hash").map(str::to_string)));
            }
        }
        Ok(Encryption {
            format,
            engine,
            secrets,
            cipher,
        })
    }

    pub fn format(&self, w: &mut Writer) {
        w.start("encryption")
            .attr("format", self.format)
            .attr_opt("engine", self.engine)
            .open();
        for s in &self.secrets {
            s.format(w, Some("passphrase"));
        }
        if let (EncryptionFormat::Luks, Some(c)) = (self.format, &self.cipher) {
            w.start("cipher")
                .attr("name", &c.name)
                .attr("size", c.size)
                .attr_opt("mode", c.mode.as_deref())
                .attr_opt("hash", c.hash.as_deref())
                .empty();
            if let Some((name, hash)) = &c.ivgen {
                w.start("ivgen")
                    .attr("name", name)
                    .attr_opt("hash", hash.as_deref())
                    .empty();
            }
        }
        w.end("encryption");
    }
}
