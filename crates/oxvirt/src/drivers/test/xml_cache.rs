//! The last XML a domain's definition was formatted to, kept with the
//! definition snapshot it came from. Definitions are immutable `Arc`
//! snapshots (a change makes a new one), so while the cache holds the very
//! snapshot a caller asks about, with the same id and flags, the text is
//! the same: management tools ask for the XML of unchanged domains over
//! and over, and formatting a large definition costs microseconds.

use crate::conf::domain::DomainDef;
use std::sync::Arc;

#[derive(Clone, Debug)]
pub struct XmlCache {
    /// Held, so the pointer compared cannot be reused by another snapshot.
    def: Arc<DomainDef>,
    id: i32,
    flags: u32,
    text: Arc<str>,
}

impl XmlCache {
    pub fn new(def: Arc<DomainDef>, id: i32, flags: u32, text: Arc<str>) -> XmlCache {
        XmlCache {
            def,
            id,
            flags,
            text,
        }
    }

    /// The text, when it was made from `def` itself with `id` and `flags`.
    pub fn get(&self, def: &Arc<DomainDef>, id: i32, flags: u32) -> Option<Arc<str>> {
        (Arc::ptr_eq(&self.def, def) && self.id == id && self.flags == flags)
            .then(|| self.text.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_same_snapshot_id_and_flags_hit() {
        let xml = "<domain type='test'><name>c</name><memory>1</memory><os><type>hvm</type></os></domain>";
        let a = Arc::new(DomainDef::parse(xml).unwrap());
        // An equal definition in another snapshot is another snapshot.
        let b = Arc::new((*a).clone());
        let c = XmlCache::new(a.clone(), -1, 0, Arc::from("text"));
        assert_eq!(c.get(&a, -1, 0).as_deref(), Some("text"));
        assert!(c.get(&b, -1, 0).is_none());
        assert!(c.get(&a, 1, 0).is_none());
        assert!(c.get(&a, -1, 1).is_none());
    }
}
