//! The iSCSI source of a SCSI host device: target, one host, CHAP
//! authentication and initiator name (libvirt keeps these in a storage
//! source, as for a network disk).

use super::super::{unsupported, xml_err};
use super::storage_secrets::Auth;
use crate::conf::xml::{Node, Writer};
use crate::error::{Error, Result};
use oxvirt_abi::{virErrorDomain, virErrorNumber};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IscsiSource {
    /// The target IQN, with its LUN (`/0` added when none is given).
    pub name: String,
    pub host: String,
    /// 0 when not given.
    pub port: u32,
    pub auth: Option<Auth>,
    pub initiator: Option<String>,
}

fn none_error(code: virErrorNumber, m: &str) -> Error {
    Error::new(virErrorDomain::VIR_FROM_NONE, code, Some(m))
}

impl IscsiSource {
    /// Reads `<source protocol='iscsi' name>`.
    pub fn parse(source: Node) -> Result<IscsiSource> {
        let Some(name) = source.attr("name") else {
            return Err(xml_err("missing iSCSI hostdev source path name"));
        };
        let hosts: Vec<Node> = source.children("host").collect();
        let mut parsed = Vec::with_capacity(hosts.len());
        for h in &hosts {
            parsed.push(parse_host(*h)?);
        }
        let mut parsed = parsed.into_iter();
        let Some((host, port)) = parsed.next() else {
            return Err(xml_err("missing the host address for the iSCSI hostdev"));
        };
        if parsed.next().is_some() {
            return Err(xml_err(
                "only one source host address may be specified for the iSCSI hostdev",
            ));
        }
        let auth = match source.child("auth") {
            None => None,
            Some(a) => Some(Auth::parse(a)?),
        };
        if let Some(a) = &auth {
            let t = a.secret_type.as_deref();
            match t {
                Some("iscsi") => {}
                Some("none" | "volume" | "ceph" | "tls" | "vtpm") => {
                    return Err(Error::new(
                        virErrorDomain::VIR_FROM_DOMAIN,
                        virErrorNumber::VIR_ERR_INTERNAL_ERROR,
                        Some(&format!(
                            "hostdev invalid secret type '{}'",
                            t.unwrap_or("")
                        )),
                    ))
                }
                _ => {
                    return Err(unsupported(&format!(
                        "invalid secret type {}",
                        t.unwrap_or("(null)")
                    )))
                }
            }
        }
        let initiator = source
            .find("initiator/iqn")
            .and_then(|i| i.attr("name"))
            .filter(|n| !n.is_empty())
            .map(str::to_string);
        Ok(IscsiSource {
            name: name.to_string(),
            host: host.unwrap_or_default(),
            port,
            auth,
            initiator,
        })
    }

    /// A target without a LUN means LUN 0.
    pub fn post_parse(&mut self) {
        if !self.name.contains('/') {
            self.name.push_str("/0");
        }
    }

    /// The children of `<source>`.
    pub fn format_children(&self, w: &mut Writer) {
        w.start("host")
            .attr("name", &self.host)
            .attr_opt("port", (self.port != 0).then_some(self.port))
            .empty();
        if let Some(a) = &self.auth {
            a.format(w);
        }
        if let Some(iqn) = &self.initiator {
            w.start("initiator").open();
            w.start("iqn").attr("name", iqn).empty();
            w.end("initiator");
        }
    }
}

/// `<host transport name port socket>`: (name, port); hosts reached over
/// a UNIX socket have no name.
fn parse_host(h: Node) -> Result<(Option<String>, u32)> {
    let transport = h.attr("transport");
    let unix = match transport {
        None | Some("tcp" | "rdma") => false,
        Some("unix") => true,
        Some(t) => {
            return Err(unsupported(&format!(
                "unknown protocol transport type '{t}'"
            )))
        }
    };
    let socket = h.attr("socket");
    if unix && socket.is_none() {
        return Err(xml_err("missing socket for unix transport"));
    }
    if !unix && socket.is_some() {
        return Err(xml_err(&format!(
            "transport '{}' does not support socket attribute",
            transport.unwrap_or("(null)")
        )));
    }
    if unix {
        return Ok((None, 0));
    }
    let Some(name) = h.attr("name") else {
        return Err(xml_err("missing name for host"));
    };
    let port = match h.attr("port") {
        None => 0,
        Some(p) => {
            let v = crate::conf::xml::number::to_u32_p(p, 10).ok_or_else(|| {
                none_error(
                    virErrorNumber::VIR_ERR_INVALID_ARG,
                    &format!("failed to parse port number '{p}'"),
                )
            })?;
            if v > u32::from(u16::MAX) {
                return Err(none_error(
                    virErrorNumber::VIR_ERR_INVALID_ARG,
                    &format!("port '{p}' out of range"),
                ));
            }
            v
        }
    };
    Ok((Some(name.to_string()), port))
}
