//! The companion crates (`crates/oxvirt-{qemu,lxc,admin}/src/lib.rs`),
//! generated from their one definition: the private twins
//! `oxvirt_private_<name>` in `crates/oxvirt/src/ffi/{qemu,lxc,admin}.rs`.
//!
//! Each twin's signature and doc comment give the companion one `extern "C"`
//! declaration and one exported forwarder `<name>` with the same signature
//! and doc comment (which the header and API-file writers then read). The
//! text is laid out by `rustfmt`, so `cargo fmt` leaves it as generated.
//!
//! `cargo run -p xtask -- forwarder-decls DIR` writes, for `tests/forwarders`,
//! C declarations of the twins (`DIR/<lib>-private.h`) and of the forwarders
//! renamed `oxvirt_fwd_<name>` plus the companion's own `extern` declarations
//! of the twins (`DIR/<lib>-forwarders.h`), all by cbindgen straight from the
//! Rust files, independent of the generator below.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;
use std::process::{Command, ExitCode, Stdio};

use quote::ToTokens;
use syn::{FnArg, Item, Pat};

/// One companion library: its header, the file holding the twins (the
/// definition) and the generated crate root.
pub struct Companion {
    pub header: &'static str,
    pub twins: &'static str,
    pub lib_rs: &'static str,
}

pub const COMPANIONS: &[Companion] = &[
    Companion {
        header: "libvirt-qemu",
        twins: "crates/oxvirt/src/ffi/qemu.rs",
        lib_rs: "crates/oxvirt-qemu/src/lib.rs",
    },
    Companion {
        header: "libvirt-lxc",
        twins: "crates/oxvirt/src/ffi/lxc.rs",
        lib_rs: "crates/oxvirt-lxc/src/lib.rs",
    },
    Companion {
        header: "libvirt-admin",
        twins: "crates/oxvirt/src/ffi/admin.rs",
        lib_rs: "crates/oxvirt-admin/src/lib.rs",
    },
];

const TWIN_PREFIX: &str = "oxvirt_private_";

/// One private twin as read from its Rust definition.
struct Twin {
    /// The public name (without the prefix).
    name: String,
    /// Each `///` line's text, as written (leading space included).
    doc: Vec<String>,
    /// `(name, type)` of each parameter, as Rust tokens.
    params: Vec<(String, String)>,
    /// `-> T` as Rust tokens, or empty.
    ret: String,
}

fn has_no_mangle(attrs: &[syn::Attribute]) -> bool {
    attrs
        .iter()
        .any(|a| a.meta.to_token_stream().to_string().contains("no_mangle"))
}

fn read_twins(root: &Path, c: &Companion) -> Result<Vec<Twin>, String> {
    let path = root.join(c.twins);
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", c.twins))?;
    let file = syn::parse_file(&text).map_err(|e| format!("{}: {e}", c.twins))?;
    let mut twins = Vec::new();
    for item in &file.items {
        let Item::Fn(f) = item else { continue };
        let ident = f.sig.ident.to_string();
        let Some(name) = ident.strip_prefix(TWIN_PREFIX) else {
            continue;
        };
        let exported = matches!(f.vis, syn::Visibility::Public(_))
            && has_no_mangle(&f.attrs)
            && f.sig.abi.is_some();
        if !exported || f.sig.unsafety.is_none() || f.sig.variadic.is_some() {
            return Err(format!(
                "{}: {ident} must be `#[no_mangle] pub unsafe extern \"C\" fn` without `...`",
                c.twins
            ));
        }
        let mut doc = Vec::new();
        for a in &f.attrs {
            if !a.path().is_ident("doc") {
                continue;
            }
            match &a.meta {
                syn::Meta::NameValue(syn::MetaNameValue {
                    value:
                        syn::Expr::Lit(syn::ExprLit {
                            lit: syn::Lit::Str(s),
                            ..
                        }),
                    ..
                }) => doc.push(s.value()),
                _ => return Err(format!("{}: {ident}: unsupported doc attribute", c.twins)),
            }
        }
        if doc.is_empty() {
            return Err(format!("{}: {ident} has no doc comment", c.twins));
        }
        let mut params = Vec::new();
        for a in &f.sig.inputs {
            let FnArg::Typed(pt) = a else {
                return Err(format!("{}: {ident}: a receiver?", c.twins));
            };
            let Pat::Ident(pi) = &*pt.pat else {
                return Err(format!("{}: {ident}: parameters must be names", c.twins));
            };
            params.push((pi.ident.to_string(), pt.ty.to_token_stream().to_string()));
        }
        twins.push(Twin {
            name: name.to_string(),
            doc,
            params,
            ret: f.sig.output.to_token_stream().to_string(),
        });
    }
    if twins.is_empty() {
        return Err(format!("{}: no `{TWIN_PREFIX}*` functions", c.twins));
    }
    twins.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(twins)
}

/// The crate root of one companion, before `rustfmt`.
fn render(c: &Companion, twins: &[Twin]) -> String {
    let so = format!("{}.so.0", c.header);
    let mut s = format!(
        "//! `{so}`: the exported entry points of `{h}.h`. Each one forwards\n\
         //! to its private twin in `libvirt.so.0`, so objects, locks and the error slot\n\
         //! exist once, in the main library.\n\
         //!\n\
         //! GENERATED by `cargo run -p xtask -- gen` (xtask/src/forwarders.rs) from\n\
         //! the private twins `{TWIN_PREFIX}*` in `{twins}`:\n\
         //! their signatures and doc comments are the one definition. Do not edit;\n\
         //! change the twin and regenerate.\n\
         //! `cargo run -p xtask -- check` fails when this file is stale, and\n\
         //! `tests/forwarders` checks each forwarder against libvirt's prototype.\n\
         #![deny(unsafe_op_in_unsafe_fn, clippy::undocumented_unsafe_blocks)]\n\
         #![allow(\n    improper_ctypes,\n    non_snake_case,\n    clippy::missing_safety_doc,\n    clippy::too_many_arguments\n)]\n\
         \n\
         use oxvirt_abi::prelude::*;\n\
         \n\
         extern \"C\" {{\n",
        h = c.header,
        twins = c.twins,
    );
    let sig = |t: &Twin| {
        t.params
            .iter()
            .map(|(n, ty)| format!("{n}: {ty}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    for t in twins {
        s.push_str(&format!(
            "fn {TWIN_PREFIX}{}({}) {};\n",
            t.name,
            sig(t),
            t.ret
        ));
    }
    s.push_str("}\n");
    for t in twins {
        s.push('\n');
        for line in &t.doc {
            s.push_str(&format!("///{line}\n"));
        }
        let args: Vec<&str> = t.params.iter().map(|(n, _)| n.as_str()).collect();
        s.push_str(&format!(
            "#[no_mangle]\npub unsafe extern \"C\" fn {name}({sig}) {ret} {{\n\
             // SAFETY: the twin has this function's signature and contract (one\n\
             // definition generates both): the caller's guarantees carry over.\n\
             unsafe {{ {TWIN_PREFIX}{name}({args}) }}\n}}\n",
            name = t.name,
            sig = sig(t),
            ret = t.ret,
            args = args.join(", "),
        ));
    }
    s
}

fn rustfmt(root: &Path, text: &str) -> Result<String, String> {
    let mut child = Command::new(std::env::var("RUSTFMT").unwrap_or_else(|_| "rustfmt".into()))
        .args(["--edition", "2021", "--emit", "stdout"])
        .current_dir(root)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("rustfmt (needed to lay out the companion crates): {e}"))?;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(text.as_bytes())
        .map_err(|e| format!("rustfmt: {e}"))?;
    let out = child
        .wait_with_output()
        .map_err(|e| format!("rustfmt: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "rustfmt failed on a generated companion crate:\n{}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    String::from_utf8(out.stdout).map_err(|e| e.to_string())
}

/// Every companion crate root: path relative to the workspace -> contents.
pub fn generate(root: &Path) -> Result<BTreeMap<String, String>, String> {
    let mut out = BTreeMap::new();
    for c in COMPANIONS {
        let twins = read_twins(root, c)?;
        out.insert(c.lib_rs.to_string(), rustfmt(root, &render(c, &twins))?);
    }
    Ok(out)
}

/// `gen` writes the companion crates first: the headers are read from them.
pub fn write(root: &Path) -> Result<(), String> {
    for (p, text) in generate(root)? {
        let path = root.join(&p);
        if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
            std::fs::write(&path, text).map_err(|e| format!("{p}: {e}"))?;
        }
    }
    Ok(())
}

/// C declarations of the functions of one Rust file, by cbindgen alone.
#[allow(clippy::field_reassign_with_default)] // cbindgen's Config has many more fields
fn cbindgen_decls(root: &Path, src: &str) -> Result<String, String> {
    use cbindgen::{Builder, Config, Language};
    let mut cfg = Config::default();
    cfg.language = Language::C;
    cfg.no_includes = true;
    cfg.documentation = false;
    let bindings = Builder::new()
        .with_config(cfg)
        .with_src(root.join(src))
        .generate()
        .map_err(|e| format!("cbindgen on {src}: {e}"))?;
    let mut buf = Vec::new();
    bindings.write(&mut buf);
    String::from_utf8(buf).map_err(|e| e.to_string())
}

/// `forwarder-decls DIR`: see the module comment.
pub fn decls_main() -> ExitCode {
    let Some(dir) = std::env::args().nth(2) else {
        eprintln!("usage: cargo run -p xtask -- forwarder-decls DIR");
        return ExitCode::from(2);
    };
    let root = crate::root();
    let dir = Path::new(&dir);
    let run = || -> Result<(), String> {
        std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
        for c in COMPANIONS {
            let private = cbindgen_decls(&root, c.twins)?;
            std::fs::write(dir.join(format!("{}-private.h", c.header)), private)
                .map_err(|e| e.to_string())?;
            // The exported names get a prefix, so the C file can hold them
            // next to libvirt's own declarations of the same names; the
            // companion's `extern` declarations of the twins keep theirs, so
            // the C compiler also sees them next to the twins' definitions.
            let fwd = cbindgen_decls(&root, c.lib_rs)?;
            let mut renamed = String::new();
            for line in fwd.lines() {
                let line = match line.find('(') {
                    Some(p) if !line.starts_with(' ') && !line.starts_with('#') => {
                        let name_start = line[..p]
                            .rfind(|ch: char| !(ch.is_alphanumeric() || ch == '_'))
                            .map_or(0, |i| i + 1);
                        if line[name_start..].starts_with(TWIN_PREFIX) {
                            line.to_string()
                        } else {
                            format!("{}oxvirt_fwd_{}", &line[..name_start], &line[name_start..])
                        }
                    }
                    _ => line.to_string(),
                };
                renamed.push_str(&line);
                renamed.push('\n');
            }
            std::fs::write(dir.join(format!("{}-forwarders.h", c.header)), renamed)
                .map_err(|e| e.to_string())?;
        }
        Ok(())
    };
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask forwarder-decls: {e}");
            ExitCode::FAILURE
        }
    }
}
