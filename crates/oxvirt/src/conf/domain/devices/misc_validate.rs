//! The validation libvirt runs on a parsed definition
//! (`virDomainDeviceDefValidate`) for the kinds typed here: rules on one
//! device that are not about reading it.

use super::{Device, Devices, ParseCtx};
use crate::error::Result;

pub(super) fn validate(devs: &Devices, cx: &ParseCtx) -> Result<()> {
    for d in devs.iter() {
        match d {
            Device::Filesystem(f) => f.validate()?,
            Device::Hostdev(h) => h.validate()?,
            Device::Shmem(s) => s.validate()?,
            Device::Memory(m) => m.validate(cx)?,
            Device::Iommu(i) => i.validate()?,
            Device::Vsock(v) => v.validate()?,
            _ => {}
        }
    }
    super::hostdev_dups::validate(devs)
}
