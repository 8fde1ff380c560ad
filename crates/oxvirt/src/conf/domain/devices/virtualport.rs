//! `<virtualport>` of an interface (libvirt's `virNetDevVPortProfile`).

use crate::conf::xml::{Node, Uuid, Writer};
use crate::error::{Error, Result};
use crate::util::uuid::parse_uuid;
use oxvirt_abi::{virErrorDomain, virErrorNumber};

crate::xml_enum! {
    /// `<virtualport type=…>`; "none" is refused.
    pub enum VportType { None = "none", Qbg = "802.1Qbg", Qbh = "802.1Qbh", Openvswitch = "openvswitch", Midonet = "midonet" }
}

/// What the interface type lets the parser do (libvirt's
/// `VIR_VPORT_XML_*` flags).
#[derive(Clone, Copy, Debug, Default)]
pub struct VportFlags {
    pub generate_missing: bool,
    pub require_all: bool,
    pub require_type: bool,
}

impl VportFlags {
    pub const ALL: VportFlags = VportFlags {
        generate_missing: true,
        require_all: true,
        require_type: true,
    };
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct VirtualPort {
    /// `None` is libvirt's "none": no type given.
    pub kind: Option<VportType>,
    pub manager_id: Option<u8>,
    pub type_id: Option<u32>,
    pub type_id_version: Option<u8>,
    pub instance_id: Option<[u8; 16]>,
    pub profile_id: Option<String>,
    pub interface_id: Option<[u8; 16]>,
}

/// libvirt reports these from the netdev helpers, without a domain.
fn vport_err(code: virErrorNumber, detail: &str) -> Error {
    Error::new(virErrorDomain::VIR_FROM_NONE, code, Some(detail))
}

fn xml(detail: &str) -> Error {
    vport_err(virErrorNumber::VIR_ERR_XML_ERROR, detail)
}

/// A number in C's base-0 syntax (decimal, 0x hex, 0 octal) no larger
/// than `max`.
fn number(s: &str, name: &str, max: u32, range_msg: &str) -> Result<u32> {
    let v = crate::conf::xml::number::to_u32(s, 0)
        .ok_or_else(|| xml(&format!("cannot parse value of {name} parameter")))?;
    if v > max {
        return Err(xml(range_msg));
    }
    Ok(v)
}

/// The completeness checks come from the util helpers (`VIR_FROM_NET`).
fn net_xml(detail: &str) -> Error {
    Error::new(
        virErrorDomain::VIR_FROM_NET,
        virErrorNumber::VIR_ERR_XML_ERROR,
        Some(detail),
    )
}

fn random_uuid() -> [u8; 16] {
    *uuid::Uuid::new_v4().as_bytes()
}

impl VirtualPort {
    pub fn parse(n: Node, flags: VportFlags) -> Result<VirtualPort> {
        let mut v = VirtualPort::default();
        if let Some(t) = n.attr("type") {
            v.kind = Some(
                VportType::from_name(t)
                    .filter(|k| *k != VportType::None)
                    .ok_or_else(|| {
                        vport_err(
                            virErrorNumber::VIR_ERR_CONFIG_UNSUPPORTED,
                            &format!("unknown virtualport type {t}"),
                        )
                    })?,
            );
        }
        if v.kind.is_none() && flags.require_type {
            return Err(xml("missing required virtualport type"));
        }
        if let Some(p) = n.child("parameters") {
            if let Some(s) = p.attr("managerid") {
                v.manager_id =
                    Some(number(s, "managerid", 0xff, "value of managerid out of range")? as u8);
            }
            if let Some(s) = p.attr("typeid") {
                v.type_id = Some(number(
                    s,
                    "typeid",
                    0xff_ffff,
                    "value for typeid out of range",
                )?);
            }
            if let Some(s) = p.attr("typeidversion") {
                v.type_id_version = Some(number(
                    s,
                    "typeidversion",
                    0xff,
                    "value of typeidversion out of range",
                )? as u8);
            }
            if let Some(s) = p.attr("instanceid") {
                v.instance_id = Some(
                    parse_uuid(s)
                        .ok_or_else(|| xml("cannot parse instanceid parameter as a uuid"))?,
                );
            }
            if let Some(s) = p.attr("profileid") {
                // libvirt's fixed buffer holds 39 characters and a NUL.
                if s.len() >= 40 {
                    return Err(xml("profileid parameter too long"));
                }
                v.profile_id = Some(s.to_string()).filter(|s| !s.is_empty());
            }
            if let Some(s) = p.attr("interfaceid") {
                v.interface_id = Some(
                    parse_uuid(s)
                        .ok_or_else(|| xml("cannot parse interfaceid parameter as a uuid"))?,
                );
            }
        }
        if flags.generate_missing {
            if v.instance_id.is_none() && matches!(v.kind, None | Some(VportType::Qbg)) {
                v.instance_id = Some(random_uuid());
            }
            if v.interface_id.is_none() && matches!(v.kind, None | Some(VportType::Openvswitch)) {
                v.interface_id = Some(random_uuid());
            }
        }
        if flags.require_all {
            v.check_complete()?;
        }
        v.check_no_extras()?;
        Ok(v)
    }

    fn check_complete(&self) -> Result<()> {
        let Some(kind) = self.kind else {
            return Ok(());
        };
        let missing = match kind {
            VportType::Qbg if self.manager_id.is_none() => Some("managerid"),
            VportType::Qbg if self.type_id.is_none() => Some("typeid"),
            VportType::Qbg if self.type_id_version.is_none() => Some("typeidversion"),
            VportType::Qbg if self.instance_id.is_none() => Some("instanceid"),
            VportType::Qbh if self.profile_id.is_none() => Some("profileid"),
            VportType::Openvswitch | VportType::Midonet if self.interface_id.is_none() => {
                Some("interfaceid")
            }
            _ => None,
        };
        match missing {
            Some(m) => Err(net_xml(&format!(
                "missing {m} in <virtualport type='{}'>",
                kind.name()
            ))),
            None => Ok(()),
        }
    }

    fn check_no_extras(&self) -> Result<()> {
        let Some(kind) = self.kind else {
            return Ok(());
        };
        let extra = match kind {
            VportType::Qbg if self.profile_id.is_some() => Some("profileid"),
            VportType::Qbg if self.interface_id.is_some() => Some("interfaceid"),
            VportType::Qbh | VportType::Openvswitch if self.manager_id.is_some() => {
                Some("managerid")
            }
            VportType::Qbh | VportType::Openvswitch if self.type_id.is_some() => Some("typeid"),
            VportType::Qbh | VportType::Openvswitch if self.type_id_version.is_some() => {
                Some("typeidversion")
            }
            VportType::Qbh | VportType::Openvswitch if self.instance_id.is_some() => {
                Some("instanceid")
            }
            VportType::Qbh if self.interface_id.is_some() => Some("interfaceid"),
            _ => None,
        };
        match extra {
            Some(e) => Err(net_xml(&format!(
                "extra {e} unsupported in <virtualport type='{}'>",
                kind.name()
            ))),
            None => Ok(()),
        }
    }

    pub fn format(&self, w: &mut Writer) {
        let none_given = self.manager_id.is_none()
            && self.type_id.is_none()
            && self.type_id_version.is_none()
            && self.instance_id.is_none()
            && self.profile_id.is_none()
            && self.interface_id.is_none();
        if none_given && self.kind.is_none() {
            return;
        }
        let s = w.start("virtualport").attr_opt("type", self.kind);
        if none_given {
            s.empty();
            return;
        }
        s.open();
        let k = self.kind;
        let qbg = matches!(k, None | Some(VportType::Qbg));
        let iface = matches!(
            k,
            None | Some(VportType::Midonet) | Some(VportType::Openvswitch)
        );
        let profile = matches!(
            k,
            None | Some(VportType::Openvswitch) | Some(VportType::Qbh)
        );
        w.start("parameters")
            .attr_opt("managerid", self.manager_id.filter(|_| qbg))
            .attr_opt("typeid", self.type_id.filter(|_| qbg))
            .attr_opt("typeidversion", self.type_id_version.filter(|_| qbg))
            .attr_opt(
                "instanceid",
                self.instance_id.as_ref().filter(|_| qbg).map(Uuid),
            )
            .attr_opt(
                "interfaceid",
                self.interface_id.as_ref().filter(|_| iface).map(Uuid),
            )
            .attr_opt("profileid", self.profile_id.as_deref().filter(|_| profile))
            .empty();
        w.end("virtualport");
    }
}
