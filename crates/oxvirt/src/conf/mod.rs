//! XML models: typed values parsed from and formatted to libvirt's XML.
pub mod capabilities;
pub mod domain;
pub mod xml;
