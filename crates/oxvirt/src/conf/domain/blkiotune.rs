//! `<blkiotune>`: the guest's block I/O weight and per-device limits.

use super::super::xml::{number, Node, Writer};
use super::unsupported;
use crate::error::Result;

/// One `<device>`: a host block device and its limits, 0 meaning none.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BlkioDevice {
    pub path: String,
    pub weight: u32,
    pub read_iops: u32,
    pub write_iops: u32,
    pub read_bps: u64,
    pub write_bps: u64,
}

impl BlkioDevice {
    /// A device with every limit 0 is not written (libvirt keeps it).
    pub fn is_unset(&self) -> bool {
        self.weight == 0
            && self.read_iops == 0
            && self.write_iops == 0
            && self.read_bps == 0
            && self.write_bps == 0
    }

    fn parse(n: Node) -> Result<BlkioDevice> {
        let path = n
            .child_string("path")
            .ok_or_else(|| unsupported("missing per-device path"))?;
        fn field<T>(
            n: Node,
            name: &str,
            what: &str,
            parse: fn(&str, u32) -> Option<T>,
        ) -> Result<Option<T>> {
            match n.child_string(name) {
                None => Ok(None),
                Some(s) => parse(&s, 10)
                    .map(Some)
                    .ok_or_else(|| unsupported(&format!("could not parse {what} {s}"))),
            }
        }
        let weight = field(n, "weight", "weight", number::to_u32)?;
        let read_bps = field(n, "read_bytes_sec", "read bytes sec", number::to_u64)?;
        let write_bps = field(n, "write_bytes_sec", "write bytes sec", number::to_u64)?;
        let read_iops = field(n, "read_iops_sec", "read iops sec", number::to_u32)?;
        let write_iops = field(n, "write_iops_sec", "write iops sec", number::to_u32)?;
        Ok(BlkioDevice {
            path: path.into_owned(),
            weight: weight.unwrap_or(0),
            read_iops: read_iops.unwrap_or(0),
            write_iops: write_iops.unwrap_or(0),
            read_bps: read_bps.unwrap_or(0),
            write_bps: write_bps.unwrap_or(0),
        })
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Blkiotune {
    /// 0 when not set.
    pub weight: u32,
    pub devices: Vec<BlkioDevice>,
}

impl Blkiotune {
    /// The `<blkiotune>` of domain element `d`; empty when absent.
    pub fn parse(d: Node) -> Result<Blkiotune> {
        let Some(b) = d.child("blkiotune") else {
            return Ok(Blkiotune::default());
        };
        // libvirt ignores a weight it cannot read.
        let weight = b
            .child_string("weight")
            .and_then(|w| number::to_u32_p(&w, 10))
            .unwrap_or(0);
        let devices = b
            .children("device")
            .map(BlkioDevice::parse)
            .collect::<Result<Vec<_>>>()?;
        Ok(Blkiotune { weight, devices })
    }

    /// libvirt's validation: each device once.
    pub fn validate(&self) -> Result<()> {
        for (i, d) in self.devices.iter().enumerate() {
            if self.devices[..i].iter().any(|e| e.path == d.path) {
                return Err(unsupported(&format!(
                    "duplicate blkio device path '{}'",
                    d.path
                )));
            }
        }
        Ok(())
    }

    pub fn format(&self, w: &mut Writer) {
        let shown: Vec<&BlkioDevice> = self.devices.iter().filter(|d| !d.is_unset()).collect();
        if self.weight == 0 && shown.is_empty() {
            return;
        }
        w.start("blkiotune").open();
        if self.weight != 0 {
            w.leaf("weight", self.weight);
        }
        for d in shown {
            w.start("device").open();
            w.leaf("path", &d.path);
            let nonzero = |v: u64| Some(v).filter(|v| *v != 0);
            for (name, v) in [
                ("weight", nonzero(d.weight.into())),
                ("read_iops_sec", nonzero(d.read_iops.into())),
                ("write_iops_sec", nonzero(d.write_iops.into())),
                ("read_bytes_sec", nonzero(d.read_bps)),
                ("write_bytes_sec", nonzero(d.write_bps)),
            ] {
                if let Some(v) = v {
                    w.leaf(name, v);
                }
            }
            w.end("device");
        }
        w.end("blkiotune");
    }
}
