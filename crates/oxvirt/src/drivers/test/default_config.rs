//! The configuration `test:///default` starts with: the host the test
//! driver pretends to be and its one running domain.

use crate::conf::capabilities::{Capabilities, Cell, CellCpu, Guest, Host};
use crate::driver::NodeInfo;

pub struct DefaultConfig {
    pub caps: Capabilities,
    pub node: NodeInfo,
    pub domains: Vec<&'static str>,
}

/// The default domain, in libvirt's canonical form (the conf model's tests
/// read the same file: its output must be this text exactly).
pub(crate) const DOMAIN_TEST: &str = include_str!("../../../data/test-default-domain.xml");
/// Two NUMA cells of 8 CPUs, one socket each; cell memory 2 and 4 GiB.
fn cells() -> Vec<Cell> {
    (0..2u32)
        .map(|c| Cell {
            id: c,
            memory_kib: 2097152 << c,
            pages: vec![(4 << c, 524288), (2048, 0), (1048576, 0)],
            cpus: (0..8u32)
                .map(|i| {
                    let id = c * 8 + i;
                    CellCpu {
                        id,
                        socket: c,
                        die: 0,
                        core: i,
                        siblings: id.to_string(),
                    }
                })
                .collect(),
        })
        .collect()
}

pub fn build() -> DefaultConfig {
    let guest = |os: &str| Guest {
        os_type: os.into(),
        arch: "i686".into(),
        wordsize: 32,
        emulator: "/usr/bin/test-hv".into(),
        domain_types: vec!["test".into()],
        features: vec!["pae".into(), "nonpae".into()],
    };
    DefaultConfig {
        caps: Capabilities {
            host: Host {
                arch: "i686".into(),
                cpu_features: vec!["pae".into(), "nonpae".into()],
                page_sizes: vec![4, 8, 2048, 1048576],
                cells: cells(),
                secmodel: Some(("testSecurity".into(), String::new())),
            },
            guests: vec![guest("hvm"), guest("xen")],
        },
        node: NodeInfo {
            model: "i686".into(),
            memory_kib: 3145728,
            cpus: 16,
            mhz: 1400,
            nodes: 2,
            sockets: 2,
            cores: 2,
            threads: 2,
        },
        domains: vec![DOMAIN_TEST],
    }
}
