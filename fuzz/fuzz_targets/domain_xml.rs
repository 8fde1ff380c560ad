//! The domain XML parser on arbitrary bytes.
//!
//! Invariant: whatever parses formats to libvirt's canonical form; that
//! text parses again, and one round later the text is a fixed point (it
//! formats to itself) and the model is stable.
//!
//! One round, not zero: libvirt's own output is not always a fixed point.
//! It appends the controllers it adds implicitly (for a disk's drive
//! address, say) after the others, but sorts controllers by type and index
//! as it reads them, so its second output can order them differently from
//! its first; the C library does the same (checked against it), and so
//! must we.
//!
//! Nor does libvirt's output always parse again: a `<backingStore>` whose
//! `<source>` names no file is read without one and written without a
//! `<source>`, which the next read refuses ("missing disk backing store
//! source"); the C library does the same. Re-parse errors of that kind
//! ([`LIBVIRT_UNREADABLE_OUTPUT`]) end the run; any other is a bug.
//!
//! The first parse's model may differ from the re-parse's: defaults libvirt
//! writes out (`<cpu mode='custom'>` formats as `match='exact'`) are filled
//! in at format time, so the input's model holds `None` where the
//! canonical text's holds the default. The text is what libvirt's contract
//! is about, so that is not a bug.
//!
//! Bytes that are not UTF-8 go to `Document::parse_bytes` (the byte-level
//! entry), which must refuse them without panicking.
#![no_main]

use libfuzzer_sys::fuzz_target;
use oxvirt_abi::virErrorDomain;
use virt::conf::domain::DomainDef;
use virt::conf::xml::{Document, ParseOpts};

/// Errors the C library also gives when reading back its own output (see
/// the module documentation), each checked against it.
const LIBVIRT_UNREADABLE_OUTPUT: &[&str] = &["XML error: missing disk backing store source"];

fuzz_target!(|data: &[u8]| {
    let text = match std::str::from_utf8(data) {
        Ok(t) => t,
        Err(_) => {
            // The byte-level entry (what C callers reach) must refuse
            // cleanly; nothing else to check.
            let opts = ParseOpts {
                domain: virErrorDomain::VIR_FROM_DOMAIN,
                url: "(domain_definition)",
                root: "domain",
            };
            assert!(Document::parse_bytes(data, &opts).is_err());
            return;
        }
    };
    let Ok(def) = DomainDef::parse(text) else {
        return;
    };
    let first = def.format(None);
    let again = match DomainDef::parse(&first) {
        Ok(d) => d,
        Err(e) if LIBVIRT_UNREADABLE_OUTPUT.contains(&e.message.as_str()) => return,
        Err(e) => panic!(
            "formatted output does not parse again: {}\n--- output ---\n{first}",
            e.message
        ),
    };
    let second = again.format(None);
    let settled = DomainDef::parse(&second).expect("canonical text parses");
    let third = settled.format(None);
    assert_eq!(second, third, "format is not a fixed point after one round");
    let fourth = DomainDef::parse(&third).expect("canonical text parses");
    assert_eq!(settled, fourth, "the canonical text's model is not stable");
    // The running form (with an id) must parse as well.
    let running = def.format(Some(1));
    if let Err(e) = DomainDef::parse(&running) {
        panic!("running form does not parse: {}\n{running}", e.message);
    }
});
