//! The XML toolkit every conf model is built on: a tree reader with typed
//! values and libvirt's errors, libvirt's scaled integers, and one writer of
//! libvirt's canonical form.
//!
//! A model's parse reads like a table of its fields:
//!
//! ```ignore
//! let doc = Document::parse(xml, &ParseOpts { domain, url: "(x_definition)", root: "x" })?;
//! let x = doc.root();
//! let name = x.child_string("name");                      // Option<Cow<str>>
//! let slots: Option<u32> = x.prop("slots")?;             // typed attribute
//! let mode: Mode = x.prop_required("mode")?;             // xml_enum! type
//! let kib = parse_memory_kib(x.child_string("memory").as_deref(),
//!                            x.child_attr("memory", "unit"), "./memory[1]", false)?;
//! ```

pub mod enums;
pub mod error;
pub mod escape;
pub mod number;
pub mod prop;
pub mod scaled;
pub mod tree;
pub mod writer;

pub use enums::{yes_no, Switch};
pub use prop::{Opts, PropValue};
pub use scaled::{parse_memory_kib, parse_scaled, scale_integer};
pub use tree::{Document, Node, ParseOpts, MAX_DEPTH};
pub use writer::{Uuid, Writer, XmlValue};

#[cfg(test)]
mod layering {
    /// `conf` sits below every layer but `error` and `util`: no file of it
    /// may name the layers above, not even in tests.
    #[test]
    fn conf_names_no_upper_layer() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/src/conf");
        let mut dirs = vec![std::path::PathBuf::from(root)];
        let mut seen = 0;
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).unwrap().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    dirs.push(path);
                    continue;
                }
                let text = std::fs::read_to_string(&path).unwrap();
                for layer in ["ffi", "base", "driver", "drivers"] {
                    let needle = format!("crate::{layer}::");
                    assert!(!text.contains(&needle), "{} names {needle}", path.display());
                }
                seen += 1;
            }
        }
        assert!(seen > 5);
    }
}
