//! The API description files (`share/libvirt/api/*-api.xml`), in the element
//! structure libvirt's files have, from the same Rust definitions as the
//! headers. Texts are our doc comments; function versions come from the
//! version scripts in `lib/`.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::Path;

use syn::Type;

use crate::macros::Hand;
use crate::model::{c_type, field_type, Def, Field, Kind, Module, Param};
use crate::HEADERS;

/// symbol -> version (`LIBVIRT_0.9.2` -> `0.9.2`), from a version script.
pub fn read_map(p: &Path) -> Result<BTreeMap<String, String>, String> {
    let text = std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()))?;
    let mut out = BTreeMap::new();
    let mut node: Option<String> = None;
    let mut in_comment = false;
    for line in text.lines() {
        let t = line.trim();
        if in_comment {
            in_comment = !t.contains("*/");
            continue;
        }
        if t.starts_with("/*") {
            in_comment = !t.contains("*/");
            continue;
        }
        if let Some(n) = t.strip_suffix('{') {
            let n = n.trim();
            node = n
                .rsplit_once('_')
                .filter(|_| !n.contains("PRIVATE"))
                .map(|(_, v)| v.to_string())
                .filter(|v| v.starts_with(|c: char| c.is_ascii_digit()));
            continue;
        }
        if t.starts_with('}') {
            node = None;
            continue;
        }
        if let (Some(v), Some(sym)) = (&node, t.strip_suffix(';')) {
            let sym = sym.trim();
            if !sym.contains(':') && !sym.contains('*') {
                out.insert(sym.to_string(), v.clone());
            }
        }
    }
    Ok(out)
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('\'', "&apos;")
        .replace('"', "&quot;")
}

fn cdata(s: &str) -> String {
    s.replace("]]>", "]]]]><![CDATA[>")
}

/// The per-argument lines of a doc comment: "- `name`: text", and
/// "- returns: text" for the result.
fn arg_docs(doc: &str) -> Vec<(String, String)> {
    doc.lines()
        .filter_map(|l| l.trim().strip_prefix("- "))
        .filter_map(|l| {
            let (k, v) = l.split_once(": ")?;
            Some((k.trim_matches('`').to_string(), v.trim().to_string()))
        })
        .collect()
}

/// The version a doc comment's "Since: X" line names.
fn since(doc: &str) -> Option<&str> {
    doc.lines().find_map(|l| l.trim().strip_prefix("Since: "))
}

/// ` version='X'` for a doc comment with a "Since: X" line.
fn ver_attr(doc: &str) -> String {
    since(doc)
        .map(|v| format!(" version='{v}'"))
        .unwrap_or_default()
}

/// A one-line info text: the doc without "Since:" and argument lines.
fn plain(doc: &str) -> String {
    doc.lines()
        .map(str::trim)
        .filter(|l| !l.starts_with("- ") && !l.starts_with("Since: "))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Our doc text without the leading "`name`:" label and the argument lines.
fn info_text(d: &Def) -> String {
    let body = plain(&d.doc);
    let t = body.trim();
    let label = format!("`{}`", d.name);
    let t = t
        .strip_prefix(&label)
        .map(|r| r.trim_start_matches(':').trim())
        .unwrap_or(t);
    let t = if t == "." { "" } else { t };
    t.to_string()
}

/// The module attribute of a function: the source unit libvirt files it under.
fn module_of(file: &str, func: &str) -> &'static str {
    match file {
        "libvirt-common" => "virtypedparam-public",
        "libvirt-event" => "virevent",
        "virterror" => "virerror",
        "libvirt-host"
            if matches!(
                func,
                "virConnectClose"
                    | "virConnectOpen"
                    | "virConnectOpenAuth"
                    | "virConnectOpenReadOnly"
                    | "virGetVersion"
                    | "virInitialize"
            ) =>
        {
            "libvirt"
        }
        _ => HEADERS.iter().find(|h| h.name == file).unwrap().name,
    }
}

/// Records one symbol: in its file's export list and in the symbol list.
fn add(
    exports: &mut Vec<(u8, String, &'static str)>,
    syms: &mut Vec<Sym>,
    rank: u8,
    name: String,
    kind: &'static str,
    xml: String,
) {
    exports.push((rank, name.clone(), kind));
    syms.push(Sym {
        sort: (rank, name),
        export_kind: kind,
        xml,
    });
}

struct Sym {
    sort: (u8, String),
    export_kind: &'static str,
    xml: String,
}

fn fields_xml(
    out: &mut String,
    fields: &[Field],
    all: &BTreeMap<String, (&str, &Def)>,
    indent: &str,
) {
    for f in fields {
        // A field whose type is a union is described inline.
        if let Type::Path(p) = &f.ty {
            let n = p.path.segments.last().unwrap().ident.to_string();
            if let Some((
                _,
                Def {
                    kind: Kind::Union(uf),
                    ..
                },
            )) = all.get(&n)
            {
                let _ = writeln!(
                    out,
                    "{indent}<field name='{}' type='union' info='{}'>",
                    esc(&f.name),
                    esc(&f.doc)
                );
                let _ = writeln!(out, "{indent}  <union>");
                fields_xml(out, uf, all, &format!("{indent}    "));
                let _ = writeln!(out, "{indent}  </union>");
                let _ = writeln!(out, "{indent}</field>");
                continue;
            }
        }
        let _ = writeln!(
            out,
            "{indent}<field name='{}' type='{}' info='{}'/>",
            esc(&f.name),
            esc(&field_type(&f.name, &f.ty)),
            esc(&f.doc)
        );
    }
}

fn sig_xml(out: &mut String, doc: &str, ret: &Option<Type>, args: &[Param]) {
    let docs = arg_docs(doc);
    let info = |name: &str| {
        docs.iter()
            .find(|(k, _)| k == name)
            .map_or(String::new(), |(_, v)| esc(v))
    };
    match ret {
        None => out.push_str("      <return type='void'/>\n"),
        Some(t) => {
            let _ = writeln!(
                out,
                "      <return type='{}' info='{}'/>",
                esc(&c_type(t)),
                info("returns")
            );
        }
    }
    for a in args {
        let _ = writeln!(
            out,
            "      <arg name='{}' type='{}' info='{}'/>",
            esc(&a.name),
            esc(&c_type(&a.ty)),
            info(&a.name)
        );
    }
}

fn info_xml(out: &mut String, info: &str) {
    if !info.is_empty() {
        let _ = writeln!(out, "      <info><![CDATA[{}]]></info>", cdata(info));
    }
}

pub fn generate(
    api: &str,
    mods: &BTreeMap<&str, Module>,
    hand: &Hand,
    versions: &BTreeMap<String, String>,
) -> Result<String, String> {
    // Every definition of every header, for struct and union lookups.
    let mut all: BTreeMap<String, (&str, &Def)> = BTreeMap::new();
    for (h, m) in mods {
        for d in &m.defs {
            all.insert(d.name.clone(), (h, d));
        }
    }
    let mut files = String::new();
    let mut syms: Vec<Sym> = Vec::new();
    for h in HEADERS.iter().filter(|h| h.api == api) {
        let m = &mods[h.name];
        let file = h.name;
        let mut exports: Vec<(u8, String, &'static str)> = Vec::new();
        for (mh, mac) in hand.macros.iter().filter(|(mh, _)| mh == file) {
            let _ = mh;
            let mut x = format!("    <macro name='{}' file='{file}'", esc(&mac.name));
            if let Some(ps) = &mac.params {
                let _ = write!(x, " params='{}'", esc(&ps.join(",")));
            }
            let _ = write!(x, " raw='{}'", esc(&mac.raw));
            if let Some(v) = &mac.since {
                let _ = write!(x, " version='{v}'");
            }
            x.push_str(">\n");
            info_xml(&mut x, &mac.info);
            for (n, i) in &mac.args {
                let _ = writeln!(x, "      <arg name='{}' info='{}'/>", esc(n), esc(i));
            }
            x.push_str("    </macro>\n");
            add(&mut exports, &mut syms, 0, mac.name.clone(), "macro", x);
        }
        for d in &m.defs {
            let info = info_text(d);
            match &d.kind {
                Kind::IntConst(v) => {
                    let mut x = format!(
                        "    <macro name='{}' file='{file}' raw='{v}'{}>\n",
                        d.name,
                        ver_attr(&d.doc)
                    );
                    info_xml(&mut x, &info);
                    x.push_str("    </macro>\n");
                    add(&mut exports, &mut syms, 0, d.name.clone(), "macro", x);
                }
                Kind::StrConst(s) => {
                    let mut x = format!(
                        "    <macro name='{}' file='{file}' string='{}'{}>\n",
                        d.name,
                        esc(s),
                        ver_attr(&d.doc)
                    );
                    info_xml(&mut x, &info);
                    x.push_str("    </macro>\n");
                    add(&mut exports, &mut syms, 0, d.name.clone(), "macro", x);
                }
                Kind::Enum(vs) => {
                    let flags = d.name.contains("Flags");
                    let mut members: Vec<(String, i64, String)> = vs
                        .iter()
                        .map(|v| (v.name.clone(), v.value, v.doc.clone()))
                        .collect();
                    for (a, t) in m.aliases.get(&d.name).into_iter().flatten() {
                        let v = vs.iter().find(|v| &v.name == t).unwrap();
                        let doc = m.alias_docs.get(a).cloned().unwrap_or_default();
                        members.push((a.clone(), v.value, doc));
                    }
                    for (n, v, doc) in members {
                        let mut x = format!("    <enum name='{n}' file='{file}' value='{v}'");
                        if v >= 0 {
                            let _ = write!(x, " value_hex='{v:#x}'");
                            if flags && v > 0 && (v & (v - 1)) == 0 {
                                let _ = write!(x, " value_bitshift='{}'", v.trailing_zeros());
                            }
                        }
                        let _ = writeln!(
                            x,
                            " type='{}'{} info='{}'/>",
                            d.name,
                            ver_attr(&doc),
                            esc(&plain(&doc))
                        );
                        add(&mut exports, &mut syms, 1, n.clone(), "enum", x);
                    }
                    let mut x = format!(
                        "    <typedef name='{}' file='{file}' type='enum'{}>\n",
                        d.name,
                        ver_attr(&d.doc)
                    );
                    info_xml(&mut x, &info);
                    x.push_str("    </typedef>\n");
                    add(&mut exports, &mut syms, 2, d.name.clone(), "typedef", x);
                }
                Kind::Alias(t) => {
                    let target = match t {
                        Type::Path(p) => Some(p.path.segments.last().unwrap().ident.to_string()),
                        _ => None,
                    };
                    let st = target
                        .as_ref()
                        .and_then(|n| all.get(n))
                        .and_then(|(_, sd)| match &sd.kind {
                            Kind::Struct { fields, opaque } => {
                                Some((sd.name.clone(), fields, *opaque))
                            }
                            _ => None,
                        });
                    let x = if let Some((tag, fields, opaque)) = st {
                        if opaque || fields.is_empty() {
                            format!(
                                "    <struct name='{}' file='{file}' type='struct {tag}'{}/>\n",
                                d.name,
                                ver_attr(&d.doc)
                            )
                        } else {
                            let mut x = format!(
                                "    <struct name='{}' file='{file}' type='struct {tag}'{}>\n",
                                d.name,
                                ver_attr(&d.doc)
                            );
                            fields_xml(&mut x, fields, &all, "      ");
                            x.push_str("    </struct>\n");
                            x
                        }
                    } else {
                        let mut x = format!(
                            "    <typedef name='{}' file='{file}' type='{}'{}>\n",
                            d.name,
                            esc(&c_type(t)),
                            ver_attr(&d.doc)
                        );
                        info_xml(&mut x, &info);
                        x.push_str("    </typedef>\n");
                        x
                    };
                    add(&mut exports, &mut syms, 2, d.name.clone(), "typedef", x);
                }
                Kind::Static(t) => {
                    let mut x = format!(
                        "    <variable name='{}' file='{file}' type='{}'{}>\n",
                        d.name,
                        esc(&c_type(t)),
                        ver_attr(&d.doc)
                    );
                    info_xml(&mut x, &info);
                    x.push_str("    </variable>\n");
                    add(&mut exports, &mut syms, 3, d.name.clone(), "variable", x);
                }
                Kind::FnPtr { ret, args } => {
                    let mut x = format!(
                        "    <functype name='{}' file='{file}' module='{file}'{}>\n",
                        d.name,
                        ver_attr(&d.doc)
                    );
                    info_xml(&mut x, &info);
                    sig_xml(&mut x, &d.doc, ret, args);
                    x.push_str("    </functype>\n");
                    add(&mut exports, &mut syms, 4, d.name.clone(), "function", x);
                }
                Kind::Function { ret, args } => {
                    let v = versions
                        .get(&d.name)
                        .ok_or_else(|| format!("{}: not in the {api} version script", d.name))?;
                    let mut x = format!(
                        "    <function name='{}' file='{file}' module='{}' version='{v}'>\n",
                        d.name,
                        module_of(file, &d.name)
                    );
                    info_xml(&mut x, &info);
                    sig_xml(&mut x, &d.doc, ret, args);
                    x.push_str("    </function>\n");
                    add(&mut exports, &mut syms, 4, d.name.clone(), "function", x);
                }
                // libvirt's files also export each structure tag.
                Kind::Struct {
                    fields,
                    opaque: false,
                } if !fields.is_empty() => {
                    exports.push((2, d.name.clone(), "struct"));
                }
                Kind::Struct { .. } | Kind::Union(_) => {}
            }
        }
        exports.sort();
        let _ = writeln!(files, "    <file name='{file}'>");
        let _ = writeln!(files, "     <summary>{}</summary>", esc(h.summary));
        let _ = writeln!(
            files,
            "     <description>{}</description>",
            esc(h.description)
        );
        for (_, n, k) in exports {
            let _ = writeln!(files, "     <exports symbol='{n}' type='{k}'/>");
        }
        let _ = writeln!(files, "    </file>");
    }
    let declared: std::collections::BTreeSet<&str> = HEADERS
        .iter()
        .filter(|h| h.api == api)
        .flat_map(|h| mods[h.name].defs.iter())
        .filter(|d| matches!(d.kind, Kind::Function { .. } | Kind::Static(_)))
        .map(|d| d.name.as_str())
        .collect();
    let undeclared: Vec<&String> = versions
        .keys()
        .filter(|s| !declared.contains(s.as_str()))
        .collect();
    if !undeclared.is_empty() {
        crate::report_error(format!(
            "{api}: exported in the version script but declared in no header (an export written by a \
             macro is invisible to cbindgen and to this generator; write it as \
             `#[no_mangle] pub unsafe extern \"C\" fn`): {undeclared:?}"
        ));
    }
    syms.sort_by(|a, b| a.sort.cmp(&b.sort));
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(out, "<api name='{api}'>");
    out.push_str("  <files>\n");
    out.push_str(&files);
    out.push_str("  </files>\n  <symbols>\n");
    for s in &syms {
        let _ = s.export_kind;
        out.push_str(&s.xml);
    }
    out.push_str("  </symbols>\n</api>\n");
    Ok(out)
}
