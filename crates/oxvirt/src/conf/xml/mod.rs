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
pub use tree::{Content, Document, Node, ParseOpts, MAX_DEPTH, MAX_TEXT};
pub use writer::{Hex, Start, Uuid, Writer, XmlValue};
