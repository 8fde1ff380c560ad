//! `<iotune>` of a disk (libvirt's `virDomainBlockIoTuneInfo`): the I/O
//! throttling limits, as the XML and `virDomain{Get,Set}BlockIoTune` see
//! them.

use super::super::xml_err;
use crate::conf::xml::{number, Node, Writer};
use crate::error::Result;

/// The numeric limits, in libvirt's field order; 0 is unset.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BlockIoTune {
    pub total_bytes_sec: u64,
    pub read_bytes_sec: u64,
    pub write_bytes_sec: u64,
    pub total_iops_sec: u64,
    pub read_iops_sec: u64,
    pub write_iops_sec: u64,
    pub total_bytes_sec_max: u64,
    pub read_bytes_sec_max: u64,
    pub write_bytes_sec_max: u64,
    pub total_iops_sec_max: u64,
    pub read_iops_sec_max: u64,
    pub write_iops_sec_max: u64,
    pub size_iops_sec: u64,
    pub group_name: Option<String>,
    pub total_bytes_sec_max_length: u64,
    pub read_bytes_sec_max_length: u64,
    pub write_bytes_sec_max_length: u64,
    pub total_iops_sec_max_length: u64,
    pub read_iops_sec_max_length: u64,
    pub write_iops_sec_max_length: u64,
}

/// The names of the numeric fields in the order libvirt writes them,
/// `group_name` after `size_iops_sec`.
pub const FIELDS: [&str; 19] = [
    "total_bytes_sec",
    "read_bytes_sec",
    "write_bytes_sec",
    "total_iops_sec",
    "read_iops_sec",
    "write_iops_sec",
    "total_bytes_sec_max",
    "read_bytes_sec_max",
    "write_bytes_sec_max",
    "total_iops_sec_max",
    "read_iops_sec_max",
    "write_iops_sec_max",
    "size_iops_sec",
    "total_bytes_sec_max_length",
    "read_bytes_sec_max_length",
    "write_bytes_sec_max_length",
    "total_iops_sec_max_length",
    "read_iops_sec_max_length",
    "write_iops_sec_max_length",
];

impl BlockIoTune {
    /// The numeric field called `name`.
    pub fn field_mut(&mut self, name: &str) -> Option<&mut u64> {
        Some(match name {
            "total_bytes_sec" => &mut self.total_bytes_sec,
            "read_bytes_sec" => &mut self.read_bytes_sec,
            "write_bytes_sec" => &mut self.write_bytes_sec,
            "total_iops_sec" => &mut self.total_iops_sec,
            "read_iops_sec" => &mut self.read_iops_sec,
            "write_iops_sec" => &mut self.write_iops_sec,
            "total_bytes_sec_max" => &mut self.total_bytes_sec_max,
            "read_bytes_sec_max" => &mut self.read_bytes_sec_max,
            "write_bytes_sec_max" => &mut self.write_bytes_sec_max,
            "total_iops_sec_max" => &mut self.total_iops_sec_max,
            "read_iops_sec_max" => &mut self.read_iops_sec_max,
            "write_iops_sec_max" => &mut self.write_iops_sec_max,
            "size_iops_sec" => &mut self.size_iops_sec,
            "total_bytes_sec_max_length" => &mut self.total_bytes_sec_max_length,
            "read_bytes_sec_max_length" => &mut self.read_bytes_sec_max_length,
            "write_bytes_sec_max_length" => &mut self.write_bytes_sec_max_length,
            "total_iops_sec_max_length" => &mut self.total_iops_sec_max_length,
            "read_iops_sec_max_length" => &mut self.read_iops_sec_max_length,
            "write_iops_sec_max_length" => &mut self.write_iops_sec_max_length,
            _ => return None,
        })
    }

    /// The numeric fields, in [`FIELDS`] order.
    pub fn values(&self) -> [u64; 19] {
        [
            self.total_bytes_sec,
            self.read_bytes_sec,
            self.write_bytes_sec,
            self.total_iops_sec,
            self.read_iops_sec,
            self.write_iops_sec,
            self.total_bytes_sec_max,
            self.read_bytes_sec_max,
            self.write_bytes_sec_max,
            self.total_iops_sec_max,
            self.read_iops_sec_max,
            self.write_iops_sec_max,
            self.size_iops_sec,
            self.total_bytes_sec_max_length,
            self.read_bytes_sec_max_length,
            self.write_bytes_sec_max_length,
            self.total_iops_sec_max_length,
            self.read_iops_sec_max_length,
            self.write_iops_sec_max_length,
        ]
    }

    /// Whether any numeric limit is set (libvirt's
    /// `virDomainBlockIoTuneInfoHasAny`).
    pub fn has_any(&self) -> bool {
        self.values().iter().any(|v| *v != 0)
    }

    pub fn parse(disk: Node) -> Result<BlockIoTune> {
        let mut t = BlockIoTune::default();
        let Some(io) = disk.child("iotune") else {
            return Ok(t);
        };
        for name in FIELDS {
            if let Some(v) = io.child_string(name) {
                let n = number::to_u64_p(&v, 10).ok_or_else(|| {
                    xml_err(&format!("disk iotune field '{name}' must be an integer"))
                })?;
                if let Some(f) = t.field_mut(name) {
                    *f = n;
                }
            }
        }
        t.group_name = io.child_string("group_name").map(|g| g.into_owned());
        Ok(t)
    }

    /// libvirt's checks of the limits read from XML.
    pub fn validate(&self) -> Result<()> {
        let pairs = [
            (
                self.total_bytes_sec,
                self.read_bytes_sec,
                self.write_bytes_sec,
                "bytes_sec",
            ),
            (
                self.total_iops_sec,
                self.read_iops_sec,
                self.write_iops_sec,
                "iops_sec",
            ),
            (
                self.total_bytes_sec_max,
                self.read_bytes_sec_max,
                self.write_bytes_sec_max,
                "bytes_sec_max",
            ),
            (
                self.total_iops_sec_max,
                self.read_iops_sec_max,
                self.write_iops_sec_max,
                "iops_sec_max",
            ),
        ];
        for (total, read, write, what) in pairs {
            if total != 0 && (read != 0 || write != 0) {
                return Err(xml_err(&format!(
                    "total and read/write {what} cannot be set at the same time"
                )));
            }
        }
        Ok(())
    }

    pub fn format(&self, w: &mut Writer) {
        let mut c = w.nested();
        for (i, (name, v)) in FIELDS.iter().zip(self.values()).enumerate() {
            if i == 13 {
                if let Some(g) = &self.group_name {
                    c.leaf("group_name", g);
                }
            }
            if v != 0 {
                c.leaf(name, v);
            }
        }
        if !c.is_empty() {
            w.start("iotune").children(c);
        }
    }
}
