//! `<rng>`: a random number generator the guest reads from the host.

use super::super::{unsupported, xml_err};
use super::chr_source::{ChrSource, ChrType};
use super::virtio::VirtioOptions;
use super::{DeviceInfo, FormatCtx, InfoOpts, ParseCtx};
use crate::conf::xml::{Node, Writer};
use crate::error::Result;

crate::xml_enum! {
    pub enum RngModel {
        Virtio = "virtio", VirtioTransitional = "virtio-transitional",
        VirtioNonTransitional = "virtio-non-transitional",
    }
}

/// Where the random bytes come from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RngBackend {
    /// `<backend model='random'>` and the host file read.
    Random(Option<String>),
    /// `<backend model='egd' type=…>`: a character device speaking EGD.
    Egd(ChrSource),
    Builtin,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rng {
    pub model: RngModel,
    /// `<rate bytes>`; 0 when not limited.
    pub rate: u32,
    /// `<rate period>` in milliseconds, read only with a rate.
    pub period: u32,
    pub backend: RngBackend,
    pub info: DeviceInfo,
    pub virtio: Option<VirtioOptions>,
}

impl Rng {
    pub fn parse(n: Node, cx: &ParseCtx) -> Result<Rng> {
        let Some(m) = n.attr("model") else {
            return Err(xml_err("missing RNG device model"));
        };
        let model = RngModel::from_name(m)
            .ok_or_else(|| unsupported(&format!("unknown RNG model '{m}'")))?;
        let rate = xpath_uint(n.child_attr("rate", "bytes"))
            .map_err(|()| xml_err("invalid RNG rate bytes value"))?;
        let period = if rate > 0 {
            xpath_uint(n.child_attr("rate", "period"))
                .map_err(|()| xml_err("invalid RNG rate period value"))?
        } else {
            0
        };
        let backends: Vec<Node> = n.children("backend").collect();
        let [b] = backends.as_slice() else {
            return Err(xml_err("only one RNG backend is supported"));
        };
        let b = *b;
        let Some(bm) = b.attr("model") else {
            return Err(xml_err("missing RNG device backend model"));
        };
        let backend = match bm {
            "random" => RngBackend::Random(Some(b.text().into_owned()).filter(|t| !t.is_empty())),
            "egd" => {
                let Some(t) = b.attr("type") else {
                    return Err(xml_err("missing EGD backend type"));
                };
                let ty = ChrType::from_name(t)
                    .ok_or_else(|| unsupported(&format!("unknown backend type '{t}' for egd")))?;
                RngBackend::Egd(ChrSource::parse(ty, b, cx, false)?)
            }
            "builtin" => RngBackend::Builtin,
            other => return Err(unsupported(&format!("unknown RNG backend model '{other}'"))),
        };
        let info = DeviceInfo::parse(n, cx, InfoOpts::PLAIN)?;
        let mut rng = Rng {
            model,
            rate,
            period,
            backend,
            info,
            virtio: VirtioOptions::parse(n.child("driver"))?,
        };
        rng.post_parse();
        Ok(rng)
    }

    /// A `random` backend without a file reads `/dev/random`.
    fn post_parse(&mut self) {
        if let RngBackend::Random(f @ None) = &mut self.backend {
            *f = Some("/dev/random".to_string());
        }
    }

    /// An EGD backend's character device must be usable as one.
    pub(super) fn validate(&self) -> Result<()> {
        match &self.backend {
            RngBackend::Egd(source) => source.validate(false),
            _ => Ok(()),
        }
    }

    pub fn format(&self, w: &mut Writer, cx: &FormatCtx) {
        w.start("rng").attr("model", self.model).open();
        if self.rate != 0 {
            w.start("rate")
                .attr("bytes", self.rate)
                .attr_opt("period", (self.period != 0).then_some(self.period))
                .empty();
        }
        let s = w.start("backend");
        match &self.backend {
            RngBackend::Random(file) => {
                let s = s.attr("model", "random");
                match file {
                    Some(f) => s.text(f),
                    None => s.empty(),
                }
            }
            RngBackend::Egd(source) => {
                s.attr("model", "egd").attr("type", source.kind()).open();
                source.format(w, cx);
                w.end("backend");
            }
            RngBackend::Builtin => s.attr("model", "builtin").empty(),
        }
        VirtioOptions::format_driver(self.virtio.as_ref(), w);
        self.info.format(w, cx, InfoOpts::PLAIN);
        w.end("rng");
    }
}

/// `virXPathUInt` over `string(@attr)`: 0 when absent or empty, `Err`
/// when not a non-negative number.
fn xpath_uint(v: Option<&str>) -> std::result::Result<u32, ()> {
    match v.filter(|v| !v.is_empty()) {
        None => Ok(0),
        Some(v) => crate::conf::xml::number::to_u32_p(v, 10).ok_or(()),
    }
}
