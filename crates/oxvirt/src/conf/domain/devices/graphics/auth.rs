//! A display's password: the secret itself (written only in the secure
//! form), until when it is valid, and what happens to connected clients
//! when it changes.

use super::super::super::{err, unsupported};
use super::super::FormatCtx;
use super::{valid_to, GraphicsType, Val};
use crate::conf::xml::Node;
use crate::error::Result;
use oxvirt_abi::virErrorNumber;

crate::xml_enum! {
    /// What happens to connected clients when the password changes.
    pub enum Connected { Default = "default", Fail = "fail", Disconnect = "disconnect", Keep = "keep" }
}

/// A password and what goes with it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Auth {
    pub passwd: Option<String>,
    /// Seconds since the epoch, UTC.
    pub valid_to: Option<i64>,
    pub connected: Option<Connected>,
}

/// `passwd` (only in the secure form), `passwdValidTo`, `connected`.
pub(super) fn auth_attrs(a: &mut Vec<(&'static str, Val)>, auth: &Auth, cx: &FormatCtx) {
    let Some(p) = &auth.passwd else { return };
    if cx.secure {
        a.push(("passwd", Val::Esc(p.clone())));
    }
    if let Some(t) = auth.valid_to {
        a.push(("passwdValidTo", Val::Esc(valid_to::format_utc(t))));
    }
    if let Some(c) = auth.connected {
        a.push(("connected", Val::Esc(c.name().to_string())));
    }
}

pub(super) fn parse_auth(n: Node, kind: GraphicsType) -> Result<Auth> {
    let connected = n.attr("connected");
    let Some(passwd) = n.attr("passwd") else {
        return Ok(Auth::default());
    };
    let mut auth = Auth {
        passwd: Some(passwd.to_string()),
        ..Auth::default()
    };
    if let Some(v) = n.attr("passwdValidTo") {
        auth.valid_to = Some(valid_to::parse_valid_to(v).ok_or_else(|| {
            err(
                virErrorNumber::VIR_ERR_INTERNAL_ERROR,
                Some(&format!(
                    "cannot parse password validity time '{v}', expect YYYY-MM-DDTHH:MM:SS"
                )),
            )
        })?);
    }
    if let Some(c) = connected {
        let action = Connected::from_name(c)
            .filter(|a| *a != Connected::Default)
            .ok_or_else(|| unsupported(&format!("unknown connected value {c}")))?;
        if kind == GraphicsType::Vnc && action != Connected::Keep {
            return Err(unsupported("VNC supports connected='keep' only"));
        }
        auth.connected = Some(action);
    }
    Ok(auth)
}
