//! The configuration `test:///default` starts with: the host the test
//! driver pretends to be and its one running domain.

use crate::conf::capabilities::{Capabilities, Cell, CellCpu, Guest, Host};
use crate::driver::NodeInfo;

pub struct DefaultConfig {
    pub caps: Capabilities,
    pub node: NodeInfo,
    pub domains: Vec<&'static str>,
}

pub(crate) const DOMAIN_TEST: &str = "<domain type='test'>
  <name>test</name>
  <uuid>6695eb01-f6a4-8304-79aa-97f2502e193f</uuid>
  <memory unit='KiB'>8388608</memory>
  <currentMemory unit='KiB'>2097152</currentMemory>
  <vcpu placement='static'>2</vcpu>
  <os>
    <type arch='i686'>hvm</type>
    <boot dev='hd'/>
  </os>
  <clock offset='utc'/>
  <on_poweroff>destroy</on_poweroff>
  <on_reboot>restart</on_reboot>
  <on_crash>destroy</on_crash>
  <devices>
    <disk type='file' device='disk'>
      <source file='/guest/diskimage1'/>
      <target dev='vda' bus='virtio'/>
      <address type='pci' domain='0x0000' bus='0x01' slot='0x00' function='0x0'/>
    </disk>
    <interface type='network'>
      <mac address='aa:bb:cc:dd:ee:ff'/>
      <source network='default'/>
      <target dev='testnet0'/>
      <address type='pci' domain='0x0000' bus='0x00' slot='0x01' function='0x0'/>
    </interface>
    <memballoon model='virtio'>
      <address type='pci' domain='0x0000' bus='0x00' slot='0x02' function='0x0'/>
    </memballoon>
  </devices>
</domain>
";

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
