//! XML models: typed values parsed from and formatted to libvirt's XML.
pub mod domain;
pub mod capabilities;
