//! The secret family (libvirt's `virSecretDriver`).

use super::call::Call;
use super::ids::SecretId;
use crate::error::Result;

/// A connection's secret family. Every method defaults to libvirt's
/// "not supported" error, so a driver implements what it serves.
pub trait SecretDriver: Send + Sync {
    fn num_of_secrets(&self, cx: &Call) -> Result<usize> {
        Err(cx.unsupported())
    }

    fn list_all_secrets(&self, cx: &Call, _flags: u32) -> Result<Vec<SecretId>> {
        Err(cx.unsupported())
    }

    fn secret_lookup_by_uuid(&self, cx: &Call, _uuid: &[u8; 16]) -> Result<SecretId> {
        Err(cx.unsupported())
    }

    fn secret_lookup_by_usage(
        &self,
        cx: &Call,
        _usage_type: i32,
        _usage_id: &str,
    ) -> Result<SecretId> {
        Err(cx.unsupported())
    }

    fn secret_get_xml_desc(&self, cx: &Call, _secret: &SecretId, _flags: u32) -> Result<String> {
        Err(cx.unsupported())
    }
}
