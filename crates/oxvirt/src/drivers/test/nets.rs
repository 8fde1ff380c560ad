//! How the test driver finds a domain's interfaces and names them: kept
//! apart from the calls (interfaces.rs) because defining, starting and
//! loading domains need it too.

use crate::conf::domain::devices::{generate_ifnames, MacAddr};
use crate::conf::domain::DomainDef;
use crate::error::{Error, Result};
use oxvirt_abi::{virErrorDomain, virErrorNumber};

/// Names the interfaces of a definition that have no target, as the test
/// driver does on every define, create and restore.
pub(super) fn name_interfaces(def: &mut DomainDef) -> Result<()> {
    generate_ifnames(def.devices.interfaces_mut(), "testnet")
}

/// libvirt's `virDomainNetFind`: `device` is a MAC address or a target
/// name. Returns the interface's index among the interfaces.
pub(super) fn find_net(def: &DomainDef, device: &str) -> Result<usize> {
    let mut nets = def.devices.interfaces();
    let found = match MacAddr::parse(device) {
        Some(mac) => nets.position(|n| n.mac == mac),
        None => nets.position(|n| n.ifname.as_deref() == Some(device)),
    };
    found.ok_or_else(|| {
        Error::new(
            virErrorDomain::VIR_FROM_DOMAIN,
            virErrorNumber::VIR_ERR_INVALID_ARG,
            Some(&format!("'{device}' is not a known interface")),
        )
    })
}
