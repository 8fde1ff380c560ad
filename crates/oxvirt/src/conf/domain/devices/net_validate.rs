//! libvirt's validation of an interface (`virDomainNetDefValidate`), run
//! once every device is parsed.

use super::super::{err, unsupported};
use super::net::{BackendType, Interface};
use super::net_source::{NetSource, NetType};
use super::teaming::{Teaming, TeamingType};
use super::virtio::VirtioOptions;
use crate::error::Result;
use oxvirt_abi::virErrorNumber;

impl Interface {
    /// libvirt's `virDomainNetDefValidate`.
    pub fn validate(&self) -> Result<()> {
        let ty = self.kind();
        let mac = self.mac.to_string();
        if !self.host_ip.is_empty() && ty != NetType::Ethernet {
            return Err(unsupported(&format!(
                "Invalid attempt to set network interface host-side IP route and/or address info on interface of type '{}'. This is only supported on interfaces of type 'ethernet'",
                ty.name()
            )));
        }
        if self.managed_tap == Some(false) && ty != NetType::Ethernet {
            return Err(unsupported(&format!(
                "unmanaged target dev is not supported on interfaces of type '{}'",
                ty.name()
            )));
        }
        if let Some(Teaming { kind, persistent }) = &self.teaming {
            if *kind == TeamingType::Transient && persistent.is_none() {
                return Err(unsupported(
                    "teaming persistent attribute must be set if teaming type is 'transient'",
                ));
            }
            if *kind != TeamingType::Transient && persistent.is_some() {
                return Err(unsupported(&format!(
                    "teaming persistent attribute not allowed if teaming type is '{}'",
                    kind.name()
                )));
            }
        }
        if self.isolated_port == Some(true) {
            if !matches!(ty, NetType::Network | NetType::Bridge) {
                return Err(unsupported(&format!(
                    "interface {mac} - <port isolated='yes'/> is not supported for network interfaces with type='{}'",
                    ty.name()
                )));
            }
            if let Some(k) = self.virtualport.as_ref().and_then(|v| v.kind) {
                return Err(unsupported(&format!(
                    "interface {mac} - <port isolated='yes'/> is not supported for network interfaces with virtualport type='{}'",
                    k.name()
                )));
            }
        }
        if !self.is_virtio() {
            if let Some(m) = self.virtio.as_ref().and_then(VirtioOptions::first_set) {
                return Err(unsupported(m));
            }
        }
        let passt = self.backend.kind == Some(BackendType::Passt);
        if ty != NetType::User && passt {
            return Err(err(
                virErrorNumber::VIR_ERR_INTERNAL_ERROR,
                Some("The 'passt' backend can only be used with interface type='user'"),
            ));
        }
        match &self.source {
            NetSource::Vhostuser {
                server, reconnect, ..
            } => {
                if !self.is_virtio() {
                    return Err(err(
                        virErrorNumber::VIR_ERR_INTERNAL_ERROR,
                        Some("Wrong or no <model> 'type' attribute specified with <interface type='vhostuser'/>. vhostuser requires the virtio-net* frontend"),
                    ));
                }
                if *server && matches!(reconnect, Some((true, _))) {
                    return Err(unsupported(
                        "'reconnect' attribute unsupported 'server' mode for <interface type='vhostuser'>",
                    ));
                }
            }
            NetSource::User { .. } if passt => {
                let bad = self
                    .port_forwards
                    .iter()
                    .flat_map(|p| &p.ranges)
                    .any(|r| r.start == 0 && (r.end != 0 || r.to != 0 || r.exclude.is_some()));
                if bad {
                    return Err(unsupported("The 'range' of a 'portForward' requires 'start' attribute if 'end', 'to', or 'exclude' is specified"));
                }
            }
            _ => {}
        }
        Ok(())
    }
}

/// The generic post-parse rules for interfaces: each is validated as
/// libvirt's `virDomainNetDefValidate` does.
pub(super) fn post_parse(devs: &super::Devices) -> Result<()> {
    devs.interfaces().try_for_each(Interface::validate)
}
