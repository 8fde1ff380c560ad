//! `<interface>`: a network interface (libvirt's `virDomainNetDef`), with
//! its parse checks, defaults, validation and canonical form.

use super::super::{err, unsupported, xml_err};
use super::bandwidth::Bandwidth;
use super::filterref::FilterRef;
use super::mac::MacAddr;
use super::net_driver::{format_driver, VirtioNet};
use super::net_source::{NetSource, NetType, SourceState};
use super::netip::IpInfo;
use super::portforward::PortForward;
use super::teaming::Teaming;
use super::virtio::VirtioOptions;
use super::virtualport::{VirtualPort, VportFlags};
use super::vlan::Vlan;
use super::xpath::{path_nodes, xpath_attr};
use super::{DeviceInfo, FormatCtx, InfoOpts, ParseCtx};
use crate::conf::xml::{number, yes_no, Node, Opts, Writer};
use crate::error::{Error, Result};
use oxvirt_abi::{virErrorDomain, virErrorNumber};

crate::xml_enum! {
    /// The NIC models libvirt knows by name (matched without case).
    pub enum NetModel {
        Unknown = "unknown", Netfront = "netfront", Rtl8139 = "rtl8139", Virtio = "virtio",
        E1000 = "e1000", E1000e = "e1000e", VirtioTransitional = "virtio-transitional",
        VirtioNonTransitional = "virtio-non-transitional", UsbNet = "usb-net",
        SpaprVlan = "spapr-vlan", Lan9118 = "lan9118", Scm91c111 = "scm91c111",
        Vlance = "vlance", Vmxnet = "vmxnet", Vmxnet2 = "vmxnet2", Vmxnet3 = "vmxnet3",
        Am79c970a = "Am79C970A", Am79c973 = "Am79C973", M82540em = "82540EM",
        M82545em = "82545EM", M82543gc = "82543GC",
    }
}

crate::xml_enum! {
    /// `<mac type=…>`; the empty name is refused.
    pub enum MacType { None = "", Generated = "generated", Static = "static" }
}

crate::xml_enum! {
    /// `<link state=…>`; "default" is refused.
    pub enum LinkState { Default = "default", Up = "up", Down = "down" }
}

crate::xml_enum! {
    /// `<backend type=…>`; "default" is refused.
    pub enum BackendType { Default = "default", Passt = "passt" }
}

/// The NIC model: one libvirt knows, or any other name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Model {
    Known(NetModel),
    Other(String),
}

impl Model {
    pub fn name(&self) -> &str {
        match self {
            Model::Known(m) => m.name(),
            Model::Other(s) => s,
        }
    }
}

/// `<backend type tap vhost logFile>`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Backend {
    pub kind: Option<BackendType>,
    pub tap: Option<String>,
    pub vhost: Option<String>,
    pub log_file: Option<String>,
}

/// Target names libvirt makes up for taps and macvtaps; an inactive
/// definition neither keeps nor shows them.
const GENERATED_PREFIXES: &[&str] = &["vnet", "macvtap", "macvlan"];

fn is_generated_ifname(name: &str) -> bool {
    GENERATED_PREFIXES.iter().any(|p| name.starts_with(p))
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Interface {
    pub source: NetSource,
    pub trust_guest_rx_filters: Option<bool>,
    pub mac: MacAddr,
    /// The definition gave no address: this one was made up.
    pub mac_generated: bool,
    pub mac_type: Option<MacType>,
    pub mac_check: Option<bool>,
    /// `<ip>`/`<route>` under `<source>`.
    pub host_ip: IpInfo,
    pub vlan: Option<Vlan>,
    pub virtualport: Option<VirtualPort>,
    pub bandwidth: Option<Bandwidth>,
    /// `<port isolated>`.
    pub isolated_port: Option<bool>,
    /// `<ip>`/`<route>` directly under `<interface>`.
    pub guest_ip: IpInfo,
    pub port_forwards: Vec<PortForward>,
    pub script: Option<String>,
    pub downscript: Option<String>,
    pub backend_domain: Option<String>,
    /// `<target dev>`.
    pub ifname: Option<String>,
    /// `<target managed>`.
    pub managed_tap: Option<bool>,
    pub guest_dev: Option<String>,
    pub guest_actual: Option<String>,
    pub model: Option<Model>,
    pub virtio: Option<VirtioOptions>,
    pub driver: VirtioNet,
    pub backend: Backend,
    pub filterref: Option<FilterRef>,
    pub sndbuf: Option<u64>,
    pub teaming: Option<Teaming>,
    pub link_state: Option<LinkState>,
    /// 0: not set.
    pub mtu: u32,
    /// `<coalesce><rx><frames max>`; 0: not set.
    pub coalesce_rx_frames: u32,
    pub info: DeviceInfo,
}

/// The characters libvirt allows in a model name it does not know.
fn valid_model_name(m: &str) -> bool {
    m.bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

fn parse_model(m: &str) -> Result<Model> {
    if let Some(k) = NetModel::NAMES
        .iter()
        .position(|n| n.eq_ignore_ascii_case(m))
        .and_then(|i| NetModel::from_name(NetModel::NAMES.get(i)?))
    {
        return Ok(Model::Known(k));
    }
    if !valid_model_name(m) {
        return Err(err(
            virErrorNumber::VIR_ERR_INVALID_ARG,
            Some("Model name contains invalid characters"),
        ));
    }
    Ok(Model::Other(m.to_string()))
}

impl Interface {
    pub fn is_virtio(&self) -> bool {
        matches!(
            self.model,
            Some(Model::Known(
                NetModel::Virtio | NetModel::VirtioTransitional | NetModel::VirtioNonTransitional
            ))
        )
    }

    pub fn kind(&self) -> NetType {
        self.source.kind()
    }

    pub fn parse(n: Node, cx: &ParseCtx) -> Result<Interface> {
        let ty = n.prop::<NetType>("type")?.unwrap_or(NetType::User);
        let trust_guest_rx_filters = n.prop::<bool>("trustGuestRxFilters")?;
        let model = match xpath_attr(n, "model", "type") {
            Some(m) => Some(parse_model(&m)?),
            None => None,
        };
        let host_ip = match n.child("source") {
            Some(s) => IpInfo::parse("interface host IP", s)?,
            None => IpInfo::default(),
        };
        let source = NetSource::parse(ty, n, cx.inactive)?;

        let (vport_flags, filterref_ok) = match ty {
            NetType::Network => (
                Some(VportFlags {
                    generate_missing: true,
                    ..VportFlags::default()
                }),
                true,
            ),
            NetType::Bridge => (Some(VportFlags::ALL), true),
            NetType::Direct | NetType::Hostdev => (Some(VportFlags::ALL), false),
            NetType::Ethernet => (None, true),
            _ => (None, false),
        };
        let virtualport = match n.child("virtualport") {
            None => None,
            Some(v) => {
                let Some(flags) = vport_flags else {
                    return Err(unsupported(&format!(
                        "<virtualport> element unsupported for <interface type='{}'>",
                        ty.name()
                    )));
                };
                Some(VirtualPort::parse(v, flags)?)
            }
        };
        let (mut ifname, managed_tap) = match n.child("target") {
            Some(t) => (
                t.attr("dev").map(str::to_string),
                t.prop::<bool>("managed")?,
            ),
            None => (None, None),
        };
        let guest_dev = xpath_attr(n, "guest", "dev");
        let guest_actual = xpath_attr(n, "guest", "actual");
        let link = xpath_attr(n, "link", "state");
        let script = xpath_attr(n, "script", "path");
        let downscript = xpath_attr(n, "downscript", "path");
        let backend_domain = xpath_attr(n, "backenddomain", "name");
        let filterref = if filterref_ok {
            n.child("filterref").map(FilterRef::parse)
        } else {
            None
        };
        let bandwidth = match n.child("bandwidth") {
            Some(b) => Bandwidth::parse(b, ty == NetType::Network)?,
            None => None,
        };
        let vlan = n.child("vlan").map(Vlan::parse).transpose()?;

        let mut mac = None;
        let (mut mac_type, mut mac_check) = (None, None);
        if let Some(m) = n.child("mac") {
            if let Some(a) = m.attr("address") {
                let parsed = MacAddr::parse(a)
                    .ok_or_else(|| xml_err(&format!("unable to parse mac address '{a}'")))?;
                if parsed.is_multicast() {
                    return Err(xml_err(&format!(
                        "expected unicast mac address, found multicast '{a}'"
                    )));
                }
                mac = Some(parsed);
            }
            mac_type = m.prop_with::<MacType>("type", Opts::NONE.nonzero())?;
            mac_check = m.prop::<bool>("check")?;
        }
        let mac_generated = mac.is_none();
        let mac = mac.unwrap_or_else(MacAddr::generate);

        let info = DeviceInfo::parse(n, cx, InfoOpts::BOOT_ROM)?;
        let guest_ip = IpInfo::parse("guest interface", n)?;
        let port_forwards = n
            .children("portForward")
            .map(PortForward::parse)
            .collect::<Result<Vec<_>>>()?;

        if managed_tap != Some(false)
            && cx.inactive
            && ifname.as_deref().is_some_and(is_generated_ifname)
        {
            ifname = None;
        }

        let is_virtio = matches!(
            model,
            Some(Model::Known(
                NetModel::Virtio | NetModel::VirtioTransitional | NetModel::VirtioNonTransitional
            ))
        );
        let (virtio, driver) = match n.child("driver") {
            None => (None, VirtioNet::default()),
            Some(d) => {
                let opts = VirtioOptions::from_driver(d)?;
                let driver = if ty != NetType::Hostdev && is_virtio {
                    VirtioNet::parse(d)?
                } else {
                    VirtioNet::default()
                };
                (Some(opts), driver)
            }
        };
        let backend = match n.child("backend") {
            None => Backend::default(),
            Some(b) => {
                // libvirt 9.0.0 as shipped refuses every value here, "passt"
                // included, in the domain's own error domain (the C library
                // answers so); the model keeps the field for the formatter
                // and validation all the same.
                let kind = match b.attr("type") {
                    Some(v) => {
                        return Err(xml_err(&format!(
                            "Invalid value for attribute 'type' in element 'backend': '{v}'."
                        )))
                    }
                    None => None::<BackendType>,
                };
                let log_file = b.attr("logFile").map(str::to_string);
                let tap = b.attr("tap").map(super::path::sanitize);
                let vhost = b
                    .attr("vhost")
                    .filter(|_| ty != NetType::Hostdev && is_virtio)
                    .map(super::path::sanitize);
                Backend {
                    kind,
                    tap,
                    vhost,
                    log_file,
                }
            }
        };
        let link_state = match link {
            None => None,
            Some(l) => Some(
                LinkState::from_name(&l)
                    .filter(|s| *s != LinkState::Default)
                    .ok_or_else(|| unsupported(&format!("unknown interface link state '{l}'")))?,
            ),
        };
        let teaming = Teaming::parse(n)?;
        let sndbuf = match path_nodes(n, "tune/sndbuf").first().copied() {
            None => None,
            Some(s) => {
                let t = s.text();
                if t.is_empty() {
                    None
                } else {
                    Some(
                        number::to_u64_p(&t, 10)
                            .ok_or_else(|| xml_err("sndbuf must be a positive integer"))?,
                    )
                }
            }
        };
        let mtu = match xpath_attr(n, "mtu", "size") {
            None => 0,
            Some(s) => number::to_u32_p(&s, 10).ok_or_else(|| xml_err("malformed mtu size"))?,
        };
        let coalesce_rx_frames = match n
            .child("coalesce")
            .and_then(|c| xpath_attr(c, "rx/frames", "max"))
        {
            None => 0,
            Some(s) => parse_coalesce(&s)?,
        };
        let isolated_port = match n.child("port") {
            Some(p) => p.prop::<bool>("isolated")?,
            None => None,
        };
        Ok(Interface {
            source,
            trust_guest_rx_filters,
            mac,
            mac_generated,
            mac_type,
            mac_check,
            host_ip,
            vlan,
            virtualport,
            bandwidth,
            isolated_port,
            guest_ip,
            port_forwards,
            script,
            downscript,
            backend_domain,
            ifname,
            managed_tap,
            guest_dev,
            guest_actual,
            model,
            virtio,
            driver,
            backend,
            filterref,
            sndbuf,
            teaming,
            link_state,
            mtu,
            coalesce_rx_frames,
            info,
        })
    }

    pub fn format(&self, w: &mut Writer, cx: &FormatCtx) {
        let ty = self.kind();
        let managed = matches!(&self.source, NetSource::Hostdev(h) if h.managed);
        let s = w.start("interface").attr("type", ty);
        let s = if managed { s.attr("managed", "yes") } else { s };
        s.attr_opt(
            "trustGuestRxFilters",
            self.trust_guest_rx_filters.map(yes_no),
        )
        .open();
        w.start("mac")
            .attr("address", self.mac.to_string())
            .attr_opt("type", self.mac_type)
            .attr_opt("check", self.mac_check.map(yes_no))
            .empty();

        let passt = self.backend.kind == Some(BackendType::Passt);
        let state = self.source.format_start(w, passt, cx);
        let (attrs, children) = match state {
            SourceState::None => (None, Vec::new()),
            SourceState::Attrs(a) => (Some(a), Vec::new()),
            SourceState::Children(a, c) => (Some(a), c),
        };
        if attrs.is_some() || !self.host_ip.is_empty() {
            let mut s = w.start("source");
            for (k, v) in attrs.iter().flatten() {
                s = s.attr_opt(k, v.as_deref());
            }
            if children.is_empty() && self.host_ip.is_empty() {
                s.empty();
            } else {
                s.open();
                for c in &children {
                    c.write(w);
                }
                self.host_ip.format(w);
                w.end("source");
            }
        }
        if let Some(v) = &self.vlan {
            v.format(w);
        }
        if let Some(v) = &self.virtualport {
            v.format(w);
        }
        if let Some(b) = &self.bandwidth {
            b.format(w);
        }
        if let Some(i) = self.isolated_port {
            w.start("port").attr("isolated", yes_no(i)).empty();
        }
        self.guest_ip.format(w);
        for p in &self.port_forwards {
            p.format(w);
        }
        if let Some(s) = &self.script {
            w.start("script").attr("path", s).empty();
        }
        if let Some(s) = &self.downscript {
            w.start("downscript").attr("path", s).empty();
        }
        if let Some(s) = &self.backend_domain {
            w.start("backenddomain").attr("name", s).empty();
        }
        let dev = self.ifname.as_deref().filter(|d| {
            self.managed_tap == Some(false) || !(cx.inactive && is_generated_ifname(d))
        });
        if dev.is_some() || self.managed_tap.is_some() {
            w.start("target")
                .attr_opt("dev", dev)
                .attr_opt("managed", self.managed_tap.map(yes_no))
                .empty();
        }
        if self.guest_dev.is_some() || self.guest_actual.is_some() {
            w.start("guest")
                .attr_opt("dev", self.guest_dev.as_deref())
                .attr_opt("actual", self.guest_actual.as_deref())
                .empty();
        }
        if let Some(m) = &self.model {
            w.start("model").attr("type", m.name()).empty();
            if self.is_virtio() {
                format_driver(w, &self.driver, self.virtio.as_ref());
            }
        }
        let b = &self.backend;
        if b.kind.is_some() || b.tap.is_some() || b.vhost.is_some() || b.log_file.is_some() {
            w.start("backend")
                .attr_opt("type", b.kind)
                .attr_opt("tap", b.tap.as_deref())
                .attr_opt("vhost", b.vhost.as_deref())
                .attr_opt("logFile", b.log_file.as_deref())
                .empty();
        }
        if let Some(f) = &self.filterref {
            f.format(w);
        }
        if let Some(s) = self.sndbuf {
            w.start("tune").open();
            w.leaf("sndbuf", s);
            w.end("tune");
        }
        Teaming::format(self.teaming.as_ref(), w);
        if let Some(l) = self.link_state {
            w.start("link").attr("state", l).empty();
        }
        if self.mtu != 0 {
            w.start("mtu").attr("size", self.mtu).empty();
        }
        if self.coalesce_rx_frames != 0 {
            w.start("coalesce").open();
            w.start("rx").open();
            w.start("frames")
                .attr("max", self.coalesce_rx_frames)
                .empty();
            w.end("rx");
            w.end("coalesce");
        }
        self.info.format(w, cx, InfoOpts::BOOT_ROM);
        w.end("interface");
    }
}

fn parse_coalesce(s: &str) -> Result<u32> {
    let v = number::to_u64_p(s, 10).ok_or_else(|| {
        err(
            virErrorNumber::VIR_ERR_XML_DETAIL,
            Some(&format!("cannot parse value '{s}' for coalesce parameter")),
        )
    })?;
    u32::try_from(v).map_err(|_| {
        Error::new(
            virErrorDomain::VIR_FROM_DOMAIN,
            virErrorNumber::VIR_ERR_OVERFLOW,
            Some(&format!(
                "value '{v}' is too big for coalesce parameter, maximum is '{}'",
                u32::MAX
            )),
        )
    })
}

/// Fills in the target names the test driver gives interfaces that have
/// none (`testDomainGenerateIfnames`): `<prefix>N`, the lowest N no
/// interface of the domain uses, up to 1024 of them.
pub fn generate_ifnames<'a>(
    nets: impl Iterator<Item = &'a mut Interface>,
    prefix: &str,
) -> Result<()> {
    let mut nets: Vec<&mut Interface> = nets.collect();
    for i in 0..nets.len() {
        if nets.get(i).is_some_and(|n| n.ifname.is_some()) {
            continue;
        }
        let name = (0..1024)
            .map(|k| format!("{prefix}{k}"))
            .find(|cand| {
                !nets
                    .iter()
                    .any(|n| n.ifname.as_deref() == Some(cand.as_str()))
            })
            .ok_or_else(|| {
                Error::new(
                    virErrorDomain::VIR_FROM_TEST,
                    virErrorNumber::VIR_ERR_INTERNAL_ERROR,
                    Some("Exceeded max iface limit 1024"),
                )
            })?;
        if let Some(n) = nets.get_mut(i) {
            n.ifname = Some(name);
        }
    }
    Ok(())
}

#[cfg(test)]
#[path = "net_tests.rs"]
mod tests;
