//! The polling settings libvirt's test driver keeps for each I/O thread
//! of a domain (what `virDomainSetIOThreadParams` changes), apart from the
//! calls that use them so the domain state can hold them.

use crate::conf::domain::DomainDef;

/// The polling settings of one I/O thread.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Poll {
    pub id: u32,
    pub max_ns: u64,
    pub grow: u32,
    pub shrink: u32,
}

impl Poll {
    pub(super) fn new(id: u32) -> Poll {
        Poll {
            id,
            max_ns: 32768,
            grow: 0,
            shrink: 0,
        }
    }
}

/// The settings libvirt's test driver makes for the threads of a domain
/// read from its configuration file.
pub(super) fn initial_poll(def: &DomainDef) -> Vec<Poll> {
    def.iothreads.ids.iter().map(|t| Poll::new(t.id)).collect()
}
