//! XML models: typed values parsed from and formatted to libvirt's XML.
pub mod arch;
pub mod capabilities;
pub mod checkpoint;
pub mod cpu_map;
pub mod domain;
pub mod snapshot;
pub mod sysinfo;
pub mod xml;
