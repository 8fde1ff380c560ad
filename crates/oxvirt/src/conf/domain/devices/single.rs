//! Kinds of which a domain has at most one, and libvirt's error for a
//! second one.

use super::super::{err, xml_err};
use super::Kind;
use crate::error::Result;
use oxvirt_abi::virErrorNumber;

/// Refuses `count` devices of `kind` when the kind allows only one (two
/// for TPMs, one of them a proxy).
pub(super) fn check(kind: Kind, count: usize) -> Result<()> {
    if kind == Kind::Tpm && count > 2 {
        return Err(xml_err(
            "a maximum of two TPM devices is supported, one of them being a TPM Proxy device",
        ));
    }
    if count <= 1 {
        return Ok(());
    }
    let internal = |m: &str| Err(err(virErrorNumber::VIR_ERR_INTERNAL_ERROR, Some(m)));
    match kind {
        Kind::Watchdog => internal("only a single watchdog device is supported"),
        Kind::Memballoon => internal("only a single memory balloon device is supported"),
        Kind::Nvram => internal("only a single nvram device is supported"),
        Kind::Iommu => Err(xml_err("only a single IOMMU device is supported")),
        Kind::Vsock => Err(xml_err("only a single vsock device is supported")),
        _ => Ok(()),
    }
}
