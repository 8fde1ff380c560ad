//! `<shmem>`: shared memory between guests (ivshmem).

use super::super::{unsupported, xml_err};
use super::path::sanitize;
use super::{DeviceInfo, FormatCtx, InfoOpts, ParseCtx};
use crate::conf::xml::{parse_scaled, Node, Opts, Switch, Writer};
use crate::error::Result;

crate::xml_enum! {
    pub enum ShmemModel { Ivshmem = "ivshmem", IvshmemPlain = "ivshmem-plain", IvshmemDoorbell = "ivshmem-doorbell" }
}

crate::xml_enum! {
    pub enum ShmemRole { Default = "default", Master = "master", Peer = "peer" }
}

/// `<msi vectors ioeventfd>`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Msi {
    pub vectors: u32,
    pub ioeventfd: Option<Switch>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shmem {
    pub name: String,
    pub role: ShmemRole,
    pub model: ShmemModel,
    /// Bytes; 0 when not given.
    pub size: u64,
    /// `<server path>`: `Some` when there is a server, with its path when
    /// given.
    pub server: Option<Option<String>>,
    pub msi: Option<Msi>,
    pub info: DeviceInfo,
}

impl Shmem {
    pub fn parse(n: Node, cx: &ParseCtx) -> Result<Shmem> {
        // Without <model> the first model is meant (kept so for old
        // documents).
        let model = match n.child("model") {
            Some(m) => m.prop::<ShmemModel>("type")?.unwrap_or(ShmemModel::Ivshmem),
            None => ShmemModel::Ivshmem,
        };
        let Some(name) = n.attr("name") else {
            return Err(xml_err("shmem element must contain 'name' attribute"));
        };
        let role = if model == ShmemModel::Ivshmem {
            ShmemRole::Default
        } else {
            n.prop_with::<ShmemRole>("role", Opts::NONE.nonzero())?
                .unwrap_or(ShmemRole::Default)
        };
        let size_node = n.child("size");
        let size = parse_scaled(
            size_node.map(|s| s.text()).as_deref(),
            size_node.and_then(|s| s.attr("unit")),
            "./size[1]",
            1,
            u64::MAX,
            false,
        )?
        .unwrap_or(0);
        let server = n.child("server").map(|s| s.attr("path").map(sanitize));
        let msi = match n.child("msi") {
            None => None,
            Some(m) => Some(Msi {
                vectors: m.prop::<u32>("vectors")?.unwrap_or(0),
                ioeventfd: m.prop("ioeventfd")?,
            }),
        };
        if msi.is_some() && server.is_none() {
            return Err(xml_err("msi option is only supported with a server"));
        }
        Ok(Shmem {
            name: name.to_string(),
            role,
            model,
            size,
            server,
            msi,
            info: DeviceInfo::parse(n, cx, InfoOpts::PLAIN)?,
        })
    }

    /// The name becomes a file name on the host.
    pub(super) fn validate(&self) -> Result<()> {
        if self.name.contains('/') {
            return Err(unsupported("shmem name cannot include '/' character"));
        }
        if self.name == "." || self.name == ".." {
            return Err(unsupported(&format!(
                "shmem name cannot be equal to '{}'",
                self.name
            )));
        }
        Ok(())
    }

    pub fn format(&self, w: &mut Writer, cx: &FormatCtx) {
        let role = (self.role != ShmemRole::Default).then_some(self.role);
        w.start("shmem")
            .attr("name", &self.name)
            .attr_opt("role", role)
            .open();
        w.start("model").attr("type", self.model).empty();
        if self.size != 0 {
            w.start("size").attr("unit", "M").text(self.size >> 20);
        }
        if let Some(path) = &self.server {
            w.start("server").attr_opt("path", path.as_deref()).empty();
        }
        if let Some(m) = &self.msi {
            w.start("msi")
                .attr_opt("vectors", (m.vectors != 0).then_some(m.vectors))
                .attr_opt("ioeventfd", m.ioeventfd)
                .empty();
        }
        self.info.format(w, cx, InfoOpts::PLAIN);
        w.end("shmem");
    }
}
