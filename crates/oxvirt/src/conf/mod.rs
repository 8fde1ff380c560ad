//! XML models: typed values parsed from and formatted to libvirt's XML.
