//! What a network storage source adds (`<source protocol=…>`): protocol,
//! hosts, TLS, cookies and the other per-protocol children, as libvirt's
//! `virDomainDiskSourceNetworkParse` reads them.

use super::super::{unsupported, xml_err};
use super::FormatCtx;
use crate::conf::xml::{Node, Opts, Writer};
use crate::error::Result;

crate::xml_enum! {
    /// `<source protocol>`.
    pub enum NetProtocol {
        None = "none", Nbd = "nbd", Rbd = "rbd", Sheepdog = "sheepdog", Gluster = "gluster",
        Iscsi = "iscsi", Http = "http", Https = "https", Ftp = "ftp", Ftps = "ftps",
        Tftp = "tftp", Ssh = "ssh", Vxhs = "vxhs", Nfs = "nfs",
    }
}

crate::xml_enum! {
    /// `<host transport>`.
    pub enum HostTransport { Tcp = "tcp", Unix = "unix", Rdma = "rdma" }
}

impl NetProtocol {
    /// The port a TCP host gets when it names none.
    fn default_port(self) -> u32 {
        match self {
            NetProtocol::Http => 80,
            NetProtocol::Https => 443,
            NetProtocol::Ftp => 21,
            NetProtocol::Ftps => 990,
            NetProtocol::Tftp => 69,
            NetProtocol::Sheepdog => 7000,
            NetProtocol::Nbd => 10809,
            NetProtocol::Ssh => 22,
            NetProtocol::Iscsi => 3260,
            NetProtocol::Gluster => 24007,
            NetProtocol::Vxhs => 9999,
            NetProtocol::Rbd | NetProtocol::Nfs | NetProtocol::None => 0,
        }
    }

    fn is_http(self) -> bool {
        matches!(self, NetProtocol::Http | NetProtocol::Https)
    }
}

/// One `<host>` (libvirt's `virStorageNetHostDef`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NetHost {
    pub name: Option<String>,
    /// 0: none.
    pub port: u32,
    pub transport: HostTransport,
    pub socket: Option<String>,
}

impl NetHost {
    /// libvirt's `virDomainStorageNetworkParseHost`.
    pub fn parse(n: Node) -> Result<NetHost> {
        let t = n.attr("transport");
        let transport = match t {
            None => HostTransport::Tcp,
            Some(t) => HostTransport::from_name(t)
                .ok_or_else(|| unsupported(&format!("unknown protocol transport type '{t}'")))?,
        };
        let socket = n.attr("socket").map(str::to_string);
        let unix = transport == HostTransport::Unix;
        if unix && socket.is_none() {
            return Err(xml_err("missing socket for unix transport"));
        }
        if !unix && socket.is_some() {
            return Err(xml_err(&format!(
                "transport '{}' does not support socket attribute",
                t.unwrap_or("(null)")
            )));
        }
        let mut host = NetHost {
            name: None,
            port: 0,
            transport,
            socket,
        };
        if !unix {
            host.name = Some(
                n.attr("name")
                    .ok_or_else(|| xml_err("missing name for host"))?
                    .to_string(),
            );
            if let Some(p) = n.attr("port") {
                host.port = parse_port(p)?;
            }
        }
        Ok(host)
    }

    pub fn format(&self, w: &mut Writer) {
        w.start("host")
            .attr_opt("name", self.name.as_deref())
            .attr_opt("port", (self.port != 0).then_some(self.port))
            .attr_opt(
                "transport",
                (self.transport != HostTransport::Tcp).then_some(self.transport),
            )
            .attr_opt("socket", self.socket.as_deref())
            .empty();
    }
}

/// libvirt's `virStringParsePort`.
fn parse_port(p: &str) -> Result<u32> {
    let bad = |m: String| {
        crate::error::Error::new(
            // virStringParsePort reports in no domain of its own.
            oxvirt_abi::virErrorDomain::VIR_FROM_NONE,
            oxvirt_abi::virErrorNumber::VIR_ERR_INVALID_ARG,
            Some(&m),
        )
    };
    let v = crate::conf::xml::number::to_u32_p(p, 10)
        .ok_or_else(|| bad(format!("failed to parse port number '{p}'")))?;
    if v > u32::from(u16::MAX) {
        return Err(bad(format!("port '{p}' out of range")));
    }
    Ok(v)
}

/// The network part of a storage source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NetSource {
    pub protocol: NetProtocol,
    /// The pool (volume) part of an RBD or Gluster name.
    pub volume: Option<String>,
    pub query: Option<String>,
    pub tls: Option<bool>,
    pub tls_hostname: Option<String>,
    pub hosts: Vec<NetHost>,
    /// `<identity user group>` of NFS.
    pub nfs_user: Option<String>,
    pub nfs_group: Option<String>,
    pub snapshot: Option<String>,
    pub config_file: Option<String>,
    pub initiator_iqn: Option<String>,
    pub ssl_verify: Option<bool>,
    pub cookies: Vec<(String, String)>,
    pub readahead: u64,
    pub timeout: u64,
}

impl NetSource {
    /// Reads `<source>` `n`; returns the source and its path (`name`).
    pub fn parse(n: Node) -> Result<(NetSource, Option<String>)> {
        let protocol = n.prop_with::<NetProtocol>("protocol", Opts::REQUIRED)?;
        let protocol = protocol.unwrap_or(NetProtocol::None);
        let mut path = n.attr("name").map(str::to_string);
        if path.is_none() && protocol != NetProtocol::Nbd {
            return Err(xml_err("missing name for disk source"));
        }
        let mut volume = None;
        if matches!(protocol, NetProtocol::Gluster | NetProtocol::Rbd) {
            if let Some(p) = path.take() {
                match p.split_once('/') {
                    Some((vol, rest)) if !vol.is_empty() => {
                        volume = Some(vol.to_string());
                        path = Some(rest.to_string());
                    }
                    _ => {
                        return Err(xml_err(&format!(
                            "can't split path '{p}' into pool name and image name"
                        )))
                    }
                }
            }
        }
        let mut net = NetSource {
            protocol,
            volume,
            query: None,
            tls: n.prop::<bool>("tls")?,
            tls_hostname: n.attr("tlsHostname").map(str::to_string),
            hosts: Vec::new(),
            nfs_user: None,
            nfs_group: None,
            snapshot: n.child_attr("snapshot", "name").map(str::to_string),
            config_file: n.child_attr("config", "file").map(str::to_string),
            initiator_iqn: n.child_attr("initiator/iqn", "name").map(str::to_string),
            ssl_verify: None,
            cookies: Vec::new(),
            readahead: 0,
            timeout: 0,
        };
        if protocol.is_http() {
            net.query = n.attr("query").map(str::to_string);
        }
        for h in n.children("host") {
            net.hosts.push(NetHost::parse(h)?);
        }
        if protocol == NetProtocol::Nfs {
            if let Some(i) = n.child("identity") {
                net.nfs_user = i.attr("user").map(str::to_string);
                net.nfs_group = i.attr("group").map(str::to_string);
            }
        }
        for h in &mut net.hosts {
            if h.transport == HostTransport::Tcp && h.port == 0 {
                h.port = protocol.default_port();
            }
        }
        if matches!(protocol, NetProtocol::Https | NetProtocol::Ftps) {
            if let Some(s) = n.child("ssl") {
                net.ssl_verify = s.prop::<bool>("verify")?;
            }
        }
        if protocol.is_http() {
            if let Some(c) = n.child("cookies") {
                net.cookies = parse_cookies(c)?;
            }
        }
        if protocol.is_http() || matches!(protocol, NetProtocol::Ftp | NetProtocol::Ftps) {
            let num = |path: &str, attr: &str| -> Result<u64> {
                match n.child_attr(path, attr) {
                    None => Ok(0),
                    Some(v) => crate::conf::xml::number::to_u64_p(v, 10)
                        .ok_or_else(|| xml_err("invalid readahead size or timeout")),
                }
            };
            net.readahead = num("readahead", "size")?;
            net.timeout = num("timeout", "seconds")?;
        }
        Ok((net, path))
    }

    /// The `name` attribute as written back.
    pub fn name(&self, path: Option<&str>) -> Option<String> {
        match (&self.volume, path) {
            (Some(v), Some(p)) => Some(format!("{v}/{p}")),
            (Some(v), None) => Some(format!("{v}/(null)")),
            (None, p) => p.map(str::to_string),
        }
    }

    /// The attributes after `protocol` and `name`.
    pub fn attrs<'w, 'n>(
        &self,
        s: crate::conf::xml::Start<'w, 'n>,
    ) -> crate::conf::xml::Start<'w, 'n> {
        s.attr_opt("query", self.query.as_deref())
            .attr_opt("tls", self.tls.map(crate::conf::xml::yes_no))
            .attr_opt("tlsHostname", self.tls_hostname.as_deref())
    }

    /// The children, in libvirt's order.
    pub fn children(&self, c: &mut Writer, cx: &FormatCtx) {
        for h in &self.hosts {
            h.format(c);
        }
        if self.protocol == NetProtocol::Nfs
            && (self.nfs_user.is_some() || self.nfs_group.is_some())
        {
            c.start("identity")
                .attr_opt("user", self.nfs_user.as_deref())
                .attr_opt("group", self.nfs_group.as_deref())
                .empty();
        }
        if let Some(s) = &self.snapshot {
            c.start("snapshot").attr("name", s).empty();
        }
        if let Some(f) = &self.config_file {
            c.start("config").attr("file", f).empty();
        }
        if let Some(i) = &self.initiator_iqn {
            c.start("initiator").open();
            c.start("iqn").attr("name", i).empty();
            c.end("initiator");
        }
        if let Some(v) = self.ssl_verify {
            c.start("ssl")
                .attr("verify", crate::conf::xml::yes_no(v))
                .empty();
        }
        // Cookies are secrets: only a secure document shows them.
        if cx.secure && !self.cookies.is_empty() {
            c.start("cookies").open();
            for (name, value) in &self.cookies {
                c.start("cookie").attr("name", name).text(value);
            }
            c.end("cookies");
        }
        if self.readahead != 0 {
            c.start("readahead").attr("size", self.readahead).empty();
        }
        if self.timeout != 0 {
            c.start("timeout").attr("seconds", self.timeout).empty();
        }
    }
}

/// Characters a cookie name may not hold (RFC 6265 token separators and
/// controls), and those a value may not hold.
fn bad_value_char(c: char) -> bool {
    c < ' ' || " \",;\\".contains(c)
}

fn bad_name_char(c: char) -> bool {
    bad_value_char(c) || "()<>@:/[]?={}".contains(c)
}

fn parse_cookies(n: Node) -> Result<Vec<(String, String)>> {
    let mut out: Vec<(String, String)> = Vec::new();
    for c in n.children("cookie") {
        let name = c
            .attr("name")
            .filter(|v| !v.is_empty())
            .ok_or_else(|| xml_err("missing cookie name"))?;
        let value = c
            .string()
            .ok_or_else(|| xml_err(&format!("missing value for cookie '{name}'")))?
            .into_owned();
        out.push((name.to_string(), value));
    }
    for (i, (name, value)) in out.iter().enumerate() {
        if name.chars().any(bad_name_char) {
            return Err(xml_err(&format!(
                "cookie name '{name}' contains invalid characters"
            )));
        }
        let inner = match value.strip_prefix('"') {
            // A lone quote both opens and closes.
            Some("") => "",
            Some(rest) => rest.strip_suffix('"').ok_or_else(|| {
                xml_err(&format!(
                    "value of cookie '{name}' contains invalid characters"
                ))
            })?,
            None => value.as_str(),
        };
        if inner.chars().any(bad_value_char) {
            return Err(xml_err(&format!(
                "value of cookie '{name}' contains invalid characters"
            )));
        }
        if out.iter().skip(i + 1).any(|(n, _)| n == name) {
            return Err(xml_err(&format!("duplicate cookie '{name}'")));
        }
    }
    Ok(out)
}
