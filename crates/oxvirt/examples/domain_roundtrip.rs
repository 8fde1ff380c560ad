//! The model half of `tests/domain-xml`: for every name in `DIR/index.txt`,
//! reads `DIR/<name>.in.xml`, runs `DomainDef::parse` then `format(None)`
//! (an inactive definition has no id) and writes `DIR/<name>.rs.xml`, or
//! `DIR/<name>.rs.err` with the error the parse gave. Where the C library
//! wrote a secure form (`DIR/<name>.secure.xml`), ours goes to
//! `DIR/<name>.rs.secure.xml`.
//!
//! `cargo run -q -p oxvirt --example domain_roundtrip -- DIR`

use std::fs;
use std::path::Path;
use virt::conf::domain::{DomainDef, FormatCtx};

fn main() {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: domain_roundtrip DIR");
        std::process::exit(2);
    };
    let dir = Path::new(&dir);
    let index = fs::read_to_string(dir.join("index.txt")).expect("index.txt");
    for name in index.lines().filter(|l| !l.is_empty()) {
        let input = fs::read_to_string(dir.join(format!("{name}.in.xml"))).expect("input");
        let (ext, text) = match DomainDef::parse(&input) {
            Ok(def) => {
                if dir.join(format!("{name}.secure.xml")).exists() {
                    let secure = FormatCtx {
                        secure: true,
                        ..FormatCtx::default()
                    };
                    fs::write(
                        dir.join(format!("{name}.rs.secure.xml")),
                        def.format_with(None, &secure),
                    )
                    .expect("write");
                }
                ("rs.xml", def.format(None))
            }
            Err(e) => ("rs.err", format!("{}\n", e.message)),
        };
        fs::write(dir.join(format!("{name}.{ext}")), text).expect("write");
    }
}
