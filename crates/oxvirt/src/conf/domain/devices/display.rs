//! The rules libvirt applies across the display and human-interface
//! devices once every device is read: the implicit video device of a
//! domain with graphics, the primary video first, the test driver's video
//! defaults, SPICE without a port, and the validation of inputs, videos,
//! graphics and audio references.

use super::super::unsupported;
use super::graphics::ensure_audio;
use super::video::{Video, VideoType};
use super::{Address, Device, Devices, Kind, ParseCtx};
use crate::error::Result;

pub(super) fn post_parse(devs: &mut Devices, cx: &ParseCtx) -> Result<()> {
    put_primary_first(devs);
    for d in devs.iter_mut() {
        if let Device::Video(v) = d {
            v.post_parse(cx);
        }
    }
    let has_graphics = devs.of_kind(Kind::Graphics).next().is_some();
    if has_graphics && devs.of_kind(Kind::Video).next().is_none() {
        devs.insert(Device::Video(Box::default()));
    }
    if let Some(Device::Video(first)) = devs.iter_mut().find(|d| d.kind() == Kind::Video) {
        if first.model == VideoType::None {
            // Nothing filled in is kept for a `none` adapter but the
            // user's alias.
            let alias = first.info.alias.take();
            **first = Video {
                model: VideoType::None,
                heads: 0,
                ..Video::default()
            };
            first.info.alias = alias;
        } else {
            first.primary = true;
            first.post_parse(cx);
        }
    }
    for d in devs.iter_mut() {
        if let Device::Graphics(g) = d {
            g.post_parse();
        }
    }
    validate(devs, cx)
}

/// libvirt's parser puts each video marked primary at the front as it
/// reads it: the last one marked ends up first.
fn put_primary_first(devs: &mut Devices) {
    let at: Vec<usize> = devs
        .list
        .iter()
        .enumerate()
        .filter(|(_, d)| d.kind() == Kind::Video)
        .map(|(i, _)| i)
        .collect();
    let mut order: Vec<usize> = Vec::with_capacity(at.len());
    for &i in &at {
        if matches!(devs.list.get(i), Some(Device::Video(v)) if v.primary) {
            order.insert(0, i);
        } else {
            order.push(i);
        }
    }
    // The videos go back into the places videos held, in the new order.
    let mut moved: Vec<Option<Device>> = at.iter().map(|&i| devs.list.get(i).cloned()).collect();
    for (&to, from) in at.iter().zip(order) {
        let k = at.iter().position(|&i| i == from);
        if let (Some(slot), Some(dev)) = (
            devs.list.get_mut(to),
            k.and_then(|k| moved.get_mut(k)).and_then(Option::take),
        ) {
            *slot = dev;
        }
    }
}

fn validate(devs: &Devices, cx: &ParseCtx) -> Result<()> {
    let audio_ids: Vec<u32> = devs
        .iter()
        .filter_map(|d| match d {
            Device::Audio(a) => Some(a.id),
            _ => None,
        })
        .collect();
    let videos: Vec<&Video> = devs
        .iter()
        .filter_map(|d| match d {
            Device::Video(v) => Some(&**v),
            _ => None,
        })
        .collect();
    // In the order libvirt's device iterator visits these kinds.
    for kind in [
        Kind::Sound,
        Kind::Video,
        Kind::Input,
        Kind::Tpm,
        Kind::Graphics,
        Kind::Audio,
    ] {
        for d in devs.of_kind(kind) {
            if matches!(
                d.info().and_then(|i| i.address.as_ref()),
                Some(Address::Unassigned)
            ) {
                return Err(unsupported(
                    "address of type 'unassigned' is supported only for hostdevs",
                ));
            }
            match d {
                Device::Input(i) => i.validate(cx)?,
                Device::Tpm(t) => t.validate()?,
                Device::Video(v) => v.validate(videos.len())?,
                Device::Graphics(g) => g.validate(&audio_ids)?,
                Device::Sound(s) => ensure_audio(s.audio_id, &audio_ids)?,
                Device::Audio(a) if audio_ids.iter().filter(|id| **id == a.id).count() > 1 => {
                    return Err(super::super::xml_err(&format!(
                        "audio ID {} is used multiple times",
                        a.id
                    )));
                }
                _ => {}
            }
        }
    }
    if videos.first().is_some_and(|v| v.primary) && videos.iter().skip(1).any(|v| v.primary) {
        return Err(unsupported("Only one primary video device is supported"));
    }
    Ok(())
}

#[cfg(test)]
mod tests;
