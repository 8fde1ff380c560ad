//! The storage family: pools and their volumes (libvirt's
//! `virStorageDriver`).

use super::call::Call;
use super::ids::{StoragePoolId, StorageVolId};
use crate::error::Result;

/// A connection's storage family. Every method defaults to libvirt's
/// "not supported" error, so a driver implements what it serves.
pub trait StorageDriver: Send + Sync {
    /// Active pools.
    fn num_of_storage_pools(&self, cx: &Call) -> Result<usize> {
        Err(cx.unsupported())
    }

    fn list_all_storage_pools(&self, cx: &Call, _flags: u32) -> Result<Vec<StoragePoolId>> {
        Err(cx.unsupported())
    }

    fn storage_pool_lookup_by_name(&self, cx: &Call, _name: &str) -> Result<StoragePoolId> {
        Err(cx.unsupported())
    }

    fn storage_pool_lookup_by_uuid(&self, cx: &Call, _uuid: &[u8; 16]) -> Result<StoragePoolId> {
        Err(cx.unsupported())
    }

    fn storage_pool_get_xml_desc(
        &self,
        cx: &Call,
        _pool: &StoragePoolId,
        _flags: u32,
    ) -> Result<String> {
        Err(cx.unsupported())
    }

    fn storage_pool_is_active(&self, cx: &Call, _pool: &StoragePoolId) -> Result<bool> {
        Err(cx.unsupported())
    }

    fn storage_pool_list_all_volumes(
        &self,
        cx: &Call,
        _pool: &StoragePoolId,
        _flags: u32,
    ) -> Result<Vec<StorageVolId>> {
        Err(cx.unsupported())
    }

    fn storage_vol_lookup_by_name(
        &self,
        cx: &Call,
        _pool: &StoragePoolId,
        _name: &str,
    ) -> Result<StorageVolId> {
        Err(cx.unsupported())
    }

    fn storage_vol_lookup_by_key(&self, cx: &Call, _key: &str) -> Result<StorageVolId> {
        Err(cx.unsupported())
    }

    fn storage_vol_lookup_by_path(&self, cx: &Call, _path: &str) -> Result<StorageVolId> {
        Err(cx.unsupported())
    }

    fn storage_vol_get_xml_desc(
        &self,
        cx: &Call,
        _vol: &StorageVolId,
        _flags: u32,
    ) -> Result<String> {
        Err(cx.unsupported())
    }
}
