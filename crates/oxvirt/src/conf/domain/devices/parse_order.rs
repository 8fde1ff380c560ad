//! The order in which libvirt reads the kinds of device, which is not the
//! order it writes them in: when two devices are wrong, the one read first
//! names the error.

use super::Kind;

pub(super) const PARSE_ORDER: [Kind; 30] = [
    Kind::Emulator,
    Kind::Disk,
    Kind::Controller,
    Kind::Lease,
    Kind::Filesystem,
    Kind::Interface,
    Kind::Smartcard,
    Kind::Parallel,
    Kind::Serial,
    Kind::Console,
    Kind::Channel,
    Kind::Input,
    Kind::Graphics,
    Kind::Sound,
    Kind::Audio,
    Kind::Video,
    Kind::Hostdev,
    Kind::Watchdog,
    Kind::Memballoon,
    Kind::Rng,
    Kind::Tpm,
    Kind::Nvram,
    Kind::Hub,
    Kind::Redirdev,
    Kind::Redirfilter,
    Kind::Panic,
    Kind::Shmem,
    Kind::Memory,
    Kind::Iommu,
    Kind::Vsock,
];

#[cfg(test)]
mod tests {
    use super::{Kind, PARSE_ORDER};

    #[test]
    fn every_kind_once() {
        for k in Kind::ALL {
            assert_eq!(PARSE_ORDER.iter().filter(|p| *p == k).count(), 1, "{k:?}");
        }
        assert_eq!(PARSE_ORDER.len(), Kind::ALL.len());
    }
}
