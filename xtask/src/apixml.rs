//! placeholder
use std::collections::BTreeMap;
pub fn read_map(_p: &std::path::Path) -> Result<BTreeMap<String, String>, String> { Ok(BTreeMap::new()) }
pub fn generate(_a: &str, _m: &BTreeMap<&str, crate::model::Module>, _h: &crate::macros::Hand, _v: &BTreeMap<String, String>) -> Result<String, String> { Ok(String::new()) }
