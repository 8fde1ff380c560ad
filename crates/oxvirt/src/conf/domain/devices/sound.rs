//! `<sound>`: an emulated sound card, its codecs and the audio backend it
//! plays through.

use super::super::unsupported;
use super::{DeviceInfo, FormatCtx, InfoOpts, ParseCtx};
use crate::conf::xml::{Node, Opts, Writer};
use crate::error::Result;

crate::xml_enum! {
    pub enum SoundModel {
        Sb16 = "sb16", Es1370 = "es1370", Pcspk = "pcspk", Ac97 = "ac97", Ich6 = "ich6",
        Ich9 = "ich9", Usb = "usb", Ich7 = "ich7",
    }
}

crate::xml_enum! {
    pub enum CodecType { Duplex = "duplex", Micro = "micro", Output = "output" }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sound {
    pub model: SoundModel,
    pub codecs: Vec<CodecType>,
    pub audio_id: u32,
    pub info: DeviceInfo,
}

impl Sound {
    pub fn parse(n: Node, cx: &ParseCtx) -> Result<Sound> {
        let model = n.prop_required::<SoundModel>("model")?;
        let mut codecs = Vec::new();
        // Only the HDA models have codecs; others' are ignored.
        if matches!(model, SoundModel::Ich6 | SoundModel::Ich9) {
            for c in n.children("codec") {
                let ty = c.attr("type");
                codecs.push(ty.and_then(CodecType::from_name).ok_or_else(|| {
                    unsupported(&format!("unknown codec type '{}'", ty.unwrap_or("(null)")))
                })?);
            }
        }
        let audio_id = match n.child("audio") {
            None => 0,
            Some(a) => a
                .prop_with::<u32>("id", Opts::REQUIRED.nonzero())?
                .unwrap_or(0),
        };
        Ok(Sound {
            model,
            codecs,
            audio_id,
            info: DeviceInfo::parse(n, cx, InfoOpts::PLAIN)?,
        })
    }

    pub fn format(&self, w: &mut Writer, cx: &FormatCtx) {
        let s = w.start("sound").attr("model", self.model);
        if self.codecs.is_empty() && self.audio_id == 0 && !super::input::has_info(&self.info) {
            s.empty();
            return;
        }
        s.open();
        for c in &self.codecs {
            w.start("codec").attr("type", *c).empty();
        }
        if self.audio_id > 0 {
            w.start("audio").attr("id", self.audio_id).empty();
        }
        self.info.format(w, cx, InfoOpts::PLAIN);
        w.end("sound");
    }
}
