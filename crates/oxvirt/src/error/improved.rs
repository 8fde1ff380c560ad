//! The few messages where oxvirt deliberately says more than the C
//! library: same error code and domain, but text that names the fix. Kept
//! in one table so the differences from libvirt's wording are easy to
//! review (and for differential tests to allow for).

/// One improved message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Improved {
    /// Registering for events while no event loop is registered.
    NoEventLoop,
}

/// (which, libvirt's detail text, ours).
static TABLE: [(Improved, &str, &str); 1] = [(
    Improved::NoEventLoop,
    "could not initialize domain event timer",
    "no event loop is registered: call virEventRegisterDefaultImpl() or \
     virEventRegisterImpl() first",
)];

/// Our detail text for `which`.
pub fn text(which: Improved) -> &'static str {
    TABLE
        .iter()
        .find(|(w, _, _)| *w == which)
        .map_or("", |(_, _, ours)| ours)
}

/// libvirt's detail text where we say `which` (for tests comparing with the
/// C library).
pub fn libvirt_text(which: Improved) -> &'static str {
    TABLE
        .iter()
        .find(|(w, _, _)| *w == which)
        .map_or("", |(_, c, _)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_entry_has_both_texts() {
        for (w, c, ours) in TABLE {
            assert_eq!(text(w), ours);
            assert_eq!(libvirt_text(w), c);
            assert!(!c.is_empty() && !ours.is_empty() && c != ours);
        }
    }
}
