//! `<driver>` of an interface: the virtio options every virtio device
//! has, and the virtio-net settings with their `<host>`/`<guest>`
//! offloads.

use super::virtio::VirtioOptions;
use crate::conf::xml::{Node, Opts, Switch, Writer};
use crate::error::Result;

crate::xml_enum! {
    /// `<driver name=…>` of a virtio NIC; "default" is refused.
    pub enum NetBackendDriver { Default = "default", Qemu = "qemu", Vhost = "vhost" }
}

crate::xml_enum! {
    /// `<driver txmode=…>`; "default" is refused.
    pub enum TxMode { Default = "default", Iothread = "iothread", Timer = "timer" }
}

/// Offloads of `<host>` (all seven) or `<guest>` (no gso, no mrg_rxbuf).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Offloads {
    pub csum: Option<Switch>,
    pub gso: Option<Switch>,
    pub tso4: Option<Switch>,
    pub tso6: Option<Switch>,
    pub ecn: Option<Switch>,
    pub ufo: Option<Switch>,
    pub mrg_rxbuf: Option<Switch>,
}

impl Offloads {
    fn parse(n: Node, host: bool) -> Result<Offloads> {
        let mut o = Offloads {
            csum: n.prop("csum")?,
            ..Offloads::default()
        };
        if host {
            o.gso = n.prop("gso")?;
        }
        o.tso4 = n.prop("tso4")?;
        o.tso6 = n.prop("tso6")?;
        o.ecn = n.prop("ecn")?;
        o.ufo = n.prop("ufo")?;
        if host {
            o.mrg_rxbuf = n.prop("mrg_rxbuf")?;
        }
        Ok(o)
    }

    fn is_empty(&self) -> bool {
        *self == Offloads::default()
    }

    fn format(&self, w: &mut Writer, name: &str) {
        if self.is_empty() {
            return;
        }
        w.start(name)
            .attr_opt("csum", self.csum)
            .attr_opt("gso", self.gso)
            .attr_opt("tso4", self.tso4)
            .attr_opt("tso6", self.tso6)
            .attr_opt("ecn", self.ecn)
            .attr_opt("ufo", self.ufo)
            .attr_opt("mrg_rxbuf", self.mrg_rxbuf)
            .empty();
    }
}

/// The virtio-net part of `<driver>`; zero counts are "not set".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct VirtioNet {
    pub name: Option<NetBackendDriver>,
    pub txmode: Option<TxMode>,
    pub ioeventfd: Option<Switch>,
    pub event_idx: Option<Switch>,
    pub queues: u32,
    pub rx_queue_size: u32,
    pub tx_queue_size: u32,
    pub rss: Option<Switch>,
    pub rss_hash_report: Option<Switch>,
    pub host: Offloads,
    pub guest: Offloads,
}

impl VirtioNet {
    pub fn parse(d: Node) -> Result<VirtioNet> {
        let nz = Opts::NONE.nonzero();
        let mut v = VirtioNet {
            name: d.prop_with("name", nz)?,
            txmode: d.prop_with("txmode", nz)?,
            ioeventfd: d.prop("ioeventfd")?,
            event_idx: d.prop("event_idx")?,
            queues: d.prop::<u32>("queues")?.unwrap_or(0),
            ..VirtioNet::default()
        };
        // One queue pair is what every NIC has: the same as none given.
        if v.queues == 1 {
            v.queues = 0;
        }
        v.rx_queue_size = d.prop::<u32>("rx_queue_size")?.unwrap_or(0);
        v.tx_queue_size = d.prop::<u32>("tx_queue_size")?.unwrap_or(0);
        v.rss = d.prop("rss")?;
        v.rss_hash_report = d.prop("rss_hash_report")?;
        if let Some(h) = d.child("host") {
            v.host = Offloads::parse(h, true)?;
        }
        if let Some(g) = d.child("guest") {
            v.guest = Offloads::parse(g, false)?;
        }
        Ok(v)
    }
}

/// Writes `<driver>` of a virtio NIC, when it has anything to say.
pub fn format_driver(w: &mut Writer, v: &VirtioNet, opts: Option<&VirtioOptions>) {
    let nz = |n: u32| (n != 0).then_some(n);
    let virtio = opts.copied().unwrap_or_default();
    let has_attrs = v.name.is_some()
        || v.txmode.is_some()
        || v.ioeventfd.is_some()
        || v.event_idx.is_some()
        || v.queues != 0
        || v.rx_queue_size != 0
        || v.tx_queue_size != 0
        || v.rss.is_some()
        || v.rss_hash_report.is_some()
        || !virtio.is_empty();
    let has_children = !v.host.is_empty() || !v.guest.is_empty();
    if !has_attrs && !has_children {
        return;
    }
    let s = w
        .start("driver")
        .attr_opt("name", v.name)
        .attr_opt("txmode", v.txmode)
        .attr_opt("ioeventfd", v.ioeventfd)
        .attr_opt("event_idx", v.event_idx)
        .attr_opt("queues", nz(v.queues))
        .attr_opt("rx_queue_size", nz(v.rx_queue_size))
        .attr_opt("tx_queue_size", nz(v.tx_queue_size))
        .attr_opt("rss", v.rss)
        .attr_opt("rss_hash_report", v.rss_hash_report);
    let s = virtio.attrs(s);
    if !has_children {
        s.empty();
        return;
    }
    s.open();
    v.host.format(w, "host");
    v.guest.format(w, "guest");
    w.end("driver");
}
