//! The model half of `tests/domain-xml`: for every name in `DIR/index.txt`,
//! reads `DIR/<name>.in.xml`, runs `DomainDef::parse` then `format(None)`
//! (an inactive definition has no id) and writes `DIR/<name>.rs.xml`, or
//! `DIR/<name>.rs.err` with the error the parse gave. Between the two it
//! names interfaces as the test driver's define does (`testnetN`), since
//! the C side's output went through that define. Where the C library
//! wrote another form (`DIR/<name>.secure.xml`, `.inactive.xml`,
//! `.migratable.xml`), ours goes to `DIR/<name>.rs.secure.xml` and so on.
//!
//! `cargo run -q -p oxvirt --example domain_roundtrip -- DIR`

use std::fs;
use std::path::Path;
use virt::conf::domain::devices::generate_ifnames;
use virt::conf::domain::{DomainDef, FormatCtx};

/// The other forms the C library may have written (`XMLDesc` with
/// `VIR_DOMAIN_XML_INACTIVE`, `_SECURE`, `_MIGRATABLE`), by file tag.
const FORMS: [(&str, FormatCtx); 3] = [
    (
        "inactive",
        FormatCtx {
            inactive: true,
            secure: false,
            migratable: false,
        },
    ),
    (
        "secure",
        FormatCtx {
            inactive: false,
            secure: true,
            migratable: false,
        },
    ),
    (
        "migratable",
        FormatCtx {
            inactive: false,
            secure: false,
            migratable: true,
        },
    ),
];

fn main() {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: domain_roundtrip DIR");
        std::process::exit(2);
    };
    let dir = Path::new(&dir);
    let index = fs::read_to_string(dir.join("index.txt")).expect("index.txt");
    for name in index.lines().filter(|l| !l.is_empty()) {
        let input = fs::read_to_string(dir.join(format!("{name}.in.xml"))).expect("input");
        let parsed = DomainDef::parse(&input).and_then(|mut def| {
            generate_ifnames(def.devices.interfaces_mut(), "testnet")?;
            Ok(def)
        });
        let (ext, text) = match parsed {
            Ok(def) => {
                for (tag, cx) in FORMS {
                    if dir.join(format!("{name}.{tag}.xml")).exists() {
                        fs::write(
                            dir.join(format!("{name}.rs.{tag}.xml")),
                            def.format_with(None, &cx),
                        )
                        .expect("write");
                    }
                }
                ("rs.xml", def.format(None))
            }
            Err(e) => ("rs.err", format!("{}\n", e.message)),
        };
        fs::write(dir.join(format!("{name}.{ext}")), text).expect("write");
    }
}
