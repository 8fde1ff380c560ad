//! What the device kinds typed here need to know about controllers, read
//! from controllers as kept elements. The one place to change when
//! controllers are typed.

use super::{Device, Devices, Kind};
use crate::conf::xml::number;

/// The model of SCSI controller `index`: `None` when there is no such
/// controller, `Some(None)` when it has no model.
pub(super) fn scsi_model(devs: &Devices, index: u32) -> Option<Option<String>> {
    devs.of_kind(Kind::Controller)
        .filter_map(Device::kept)
        .find(|k| {
            k.attr("type") == Some("scsi")
                && number::to_u32_p(k.attr("index").unwrap_or("0"), 10) == Some(index)
        })
        .map(|k| k.attr("model").map(str::to_string))
}

/// Whether USB is disabled (`<controller type='usb' model='none'/>`).
pub(super) fn usb_disabled(devs: &Devices) -> bool {
    devs.of_kind(Kind::Controller)
        .filter_map(Device::kept)
        .any(|k| k.attr("type") == Some("usb") && k.attr("model") == Some("none"))
}
