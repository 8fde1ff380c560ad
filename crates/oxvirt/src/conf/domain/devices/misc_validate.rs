//! The validation libvirt runs on a parsed definition for the kinds typed
//! here: first each device (`virDomainDeviceDefValidate`), then the rules
//! across devices (`virDomainDefValidateInternal`), in libvirt's order.

use super::{Device, Devices};
use crate::conf::xml::Node;
use crate::error::Result;

/// What the device rules need to know about the rest of the domain.
#[derive(Clone, Copy, Debug)]
pub struct DomainFacts<'d, 'a> {
    pub arch: &'d str,
    /// The number of guest NUMA cells.
    pub numa_cells: usize,
    pub features: Option<Node<'d, 'a>>,
}

impl Devices {
    /// Runs after the post-parse rules of the whole definition, and after
    /// the disks' validation ([`Devices::validate`]).
    pub fn validate_misc(&self, facts: &DomainFacts) -> Result<()> {
        for d in self.iter() {
            match d {
                Device::Filesystem(f) => f.validate()?,
                Device::Hostdev(h) => h.validate()?,
                Device::Rng(r) => r.validate()?,
                Device::Shmem(s) => s.validate()?,
                Device::Memory(m) => m.validate(facts.arch, facts.numa_cells)?,
                Device::Iommu(i) => i.validate()?,
                Device::Vsock(v) => v.validate()?,
                _ => {}
            }
        }
        super::hostdev_dups::validate(self)?;
        self.check_iommu_ioapic(facts.features)?;
        self.check_virtiofs_targets()
    }
}
