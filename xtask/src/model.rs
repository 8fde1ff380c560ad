//! Reads the Rust definitions (abi modules, ffi modules, companion crates)
//! with `syn` into a small model the header and API-file writers share.

use std::collections::BTreeMap;
use std::path::Path;

use quote::ToTokens;
use syn::{Attribute, Expr, FnArg, Item, Lit, Pat, ReturnType, Type, UnOp, Visibility};

/// One C function argument or struct field.
#[derive(Clone, Debug)]
pub struct Param {
    pub name: String,
    pub ty: Type,
}

/// An enum member.
#[derive(Clone, Debug)]
pub struct Variant {
    pub name: String,
    pub value: i64,
    /// Only declared under `VIR_ENUM_SENTINELS`.
    #[allow(dead_code)]
    pub sentinel: bool,
    pub doc: String,
}

/// What a definition is.
#[derive(Clone, Debug)]
pub enum Kind {
    /// `pub const X: <int type> = n;`
    IntConst(i128),
    /// `pub const X: &str = "...";`
    StrConst(String),
    Enum(Vec<Variant>),
    /// `(name, target member)` aliases declared as associated constants.
    Struct {
        fields: Vec<Field>,
        opaque: bool,
    },
    Union(Vec<Field>),
    /// `pub type X = <type>;` (not a callback).
    Alias(Type),
    /// `pub type X = Option<unsafe extern "C" fn(..) -> R>;`
    FnPtr {
        ret: Option<Type>,
        args: Vec<Param>,
    },
    Function {
        ret: Option<Type>,
        args: Vec<Param>,
    },
    Static(Type),
}

#[derive(Clone, Debug)]
pub struct Field {
    pub name: String,
    pub ty: Type,
    pub doc: String,
}

#[derive(Clone, Debug)]
pub struct Def {
    pub name: String,
    pub doc: String,
    pub kind: Kind,
}

/// Everything read from one Rust file, in source order.
#[derive(Default, Debug)]
pub struct Module {
    pub defs: Vec<Def>,
    /// enum name -> [(alias name, member it equals)], from
    /// `impl Enum { pub const ALIAS: Self = Self::MEMBER; }`.
    pub aliases: BTreeMap<String, Vec<(String, String)>>,
    /// The doc comment of each enum alias.
    pub alias_docs: BTreeMap<String, String>,
}

pub fn doc_of(attrs: &[Attribute]) -> String {
    let mut out = Vec::new();
    for a in attrs {
        if !a.path().is_ident("doc") {
            continue;
        }
        if let syn::Meta::NameValue(nv) = &a.meta {
            if let Expr::Lit(l) = &nv.value {
                if let Lit::Str(s) = &l.lit {
                    out.push(s.value().trim().to_string());
                }
            }
        }
    }
    // Lines stay lines: "- `arg`: text" lines document arguments.
    out.join("\n").trim().to_string()
}

fn is_sentinel(attrs: &[Attribute]) -> bool {
    attrs.iter().any(|a| {
        a.path().is_ident("cfg")
            && a.meta
                .to_token_stream()
                .to_string()
                .contains("enum_sentinels")
    })
}

fn is_pub(v: &Visibility) -> bool {
    matches!(v, Visibility::Public(_))
}

fn has_no_mangle(attrs: &[Attribute]) -> bool {
    attrs
        .iter()
        .any(|a| a.meta.to_token_stream().to_string().contains("no_mangle"))
}

fn int_expr(e: &Expr) -> Option<i128> {
    match e {
        Expr::Lit(l) => match &l.lit {
            Lit::Int(i) => i.base10_parse::<i128>().ok(),
            _ => None,
        },
        Expr::Unary(u) if matches!(u.op, UnOp::Neg(_)) => int_expr(&u.expr).map(|v| -v),
        Expr::Paren(p) => int_expr(&p.expr),
        Expr::Group(g) => int_expr(&g.expr),
        _ => None,
    }
}

fn params(inputs: impl Iterator<Item = (Option<String>, Type)>) -> Vec<Param> {
    inputs
        .enumerate()
        .map(|(i, (n, ty))| Param {
            name: n.unwrap_or_else(|| format!("arg{i}")),
            ty,
        })
        .collect()
}

fn ret_of(r: &ReturnType) -> Option<Type> {
    match r {
        ReturnType::Default => None,
        ReturnType::Type(_, t) => Some((**t).clone()),
    }
}

/// `Option<unsafe extern "C" fn(...)>` -> its pieces.
fn fnptr_of(ty: &Type) -> Option<(Option<Type>, Vec<Param>)> {
    let Type::Path(p) = ty else { return None };
    let seg = p.path.segments.last()?;
    if seg.ident != "Option" {
        return None;
    }
    let syn::PathArguments::AngleBracketed(ab) = &seg.arguments else {
        return None;
    };
    let Some(syn::GenericArgument::Type(Type::BareFn(f))) = ab.args.first() else {
        return None;
    };
    let args = params(f.inputs.iter().map(|a| {
        (
            a.name.as_ref().map(|(i, _)| i.unraw().to_string()),
            a.ty.clone(),
        )
    }));
    Some((ret_of(&f.output), args))
}

fn fields_of(fields: &syn::Fields) -> Vec<Field> {
    fields
        .iter()
        .map(|f| Field {
            name: f
                .ident
                .as_ref()
                .map(|i| i.unraw().to_string())
                .unwrap_or_default(),
            ty: f.ty.clone(),
            doc: doc_of(&f.attrs),
        })
        .collect()
}

use syn::ext::IdentExt;

pub fn parse_file(path: &Path) -> Result<Module, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let file = syn::parse_file(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut m = Module::default();
    for item in &file.items {
        match item {
            Item::Const(c) if is_pub(&c.vis) => {
                let name = c.ident.to_string();
                let doc = doc_of(&c.attrs);
                let kind = match (&*c.ty, &*c.expr) {
                    (Type::Reference(_), Expr::Lit(l)) => match &l.lit {
                        Lit::Str(s) => Kind::StrConst(s.value()),
                        _ => return Err(format!("{name}: unsupported constant")),
                    },
                    (_, e) => Kind::IntConst(
                        int_expr(e).ok_or_else(|| format!("{name}: constant is not a literal"))?,
                    ),
                };
                m.defs.push(Def { name, doc, kind });
            }
            Item::Enum(e) if is_pub(&e.vis) => {
                let mut vs = Vec::new();
                for v in &e.variants {
                    let (_, ex) = v
                        .discriminant
                        .as_ref()
                        .ok_or_else(|| format!("{}::{} has no value", e.ident, v.ident))?;
                    let value = int_expr(ex).ok_or_else(|| format!("{}: bad value", v.ident))?;
                    vs.push(Variant {
                        name: v.ident.to_string(),
                        value: value as i64,
                        sentinel: is_sentinel(&v.attrs),
                        doc: doc_of(&v.attrs),
                    });
                }
                m.defs.push(Def {
                    name: e.ident.to_string(),
                    doc: doc_of(&e.attrs),
                    kind: Kind::Enum(vs),
                });
            }
            Item::Struct(s) if is_pub(&s.vis) => {
                let repr_c = s.attrs.iter().any(|a| a.path().is_ident("repr"));
                m.defs.push(Def {
                    name: s.ident.to_string(),
                    doc: doc_of(&s.attrs),
                    kind: Kind::Struct {
                        fields: if repr_c { fields_of(&s.fields) } else { vec![] },
                        opaque: !repr_c,
                    },
                });
            }
            Item::Union(u) if is_pub(&u.vis) => {
                m.defs.push(Def {
                    name: u.ident.to_string(),
                    doc: doc_of(&u.attrs),
                    kind: Kind::Union(fields_of(&syn::Fields::Named(u.fields.clone()))),
                });
            }
            Item::Type(t) if is_pub(&t.vis) => {
                let kind = match fnptr_of(&t.ty) {
                    Some((ret, args)) => Kind::FnPtr { ret, args },
                    None => Kind::Alias((*t.ty).clone()),
                };
                m.defs.push(Def {
                    name: t.ident.to_string(),
                    doc: doc_of(&t.attrs),
                    kind,
                });
            }
            Item::Fn(f) if is_pub(&f.vis) && has_no_mangle(&f.attrs) && f.sig.abi.is_some() => {
                let name = f.sig.ident.to_string();
                if name.starts_with("oxvirt_private_") {
                    continue;
                }
                let args = params(f.sig.inputs.iter().map(|a| match a {
                    FnArg::Typed(pt) => (
                        match &*pt.pat {
                            Pat::Ident(i) => Some(i.ident.unraw().to_string()),
                            _ => None,
                        },
                        (*pt.ty).clone(),
                    ),
                    FnArg::Receiver(_) => (None, syn::parse_quote!(())),
                }));
                m.defs.push(Def {
                    name,
                    doc: doc_of(&f.attrs),
                    kind: Kind::Function {
                        ret: ret_of(&f.sig.output),
                        args,
                    },
                });
            }
            Item::Static(s) if is_pub(&s.vis) && has_no_mangle(&s.attrs) => {
                m.defs.push(Def {
                    name: s.ident.to_string(),
                    doc: doc_of(&s.attrs),
                    kind: Kind::Static((*s.ty).clone()),
                });
            }
            Item::Impl(im) if im.trait_.is_none() => {
                let Type::Path(tp) = &*im.self_ty else {
                    continue;
                };
                let ename = tp.path.segments.last().unwrap().ident.to_string();
                for ii in &im.items {
                    // Only public constants are C enum aliases; private ones
                    // belong to the Rust code around them.
                    if let syn::ImplItem::Const(c) = ii {
                        if !is_pub(&c.vis) {
                            continue;
                        }
                        let target = c.expr.to_token_stream().to_string().replace(' ', "");
                        let member = target.strip_prefix("Self::").ok_or_else(|| {
                            format!("{ename}::{}: an alias must be `Self::MEMBER`", c.ident)
                        })?;
                        m.aliases
                            .entry(ename.clone())
                            .or_default()
                            .push((c.ident.to_string(), member.to_string()));
                        m.alias_docs.insert(c.ident.to_string(), doc_of(&c.attrs));
                    }
                }
            }
            _ => {}
        }
    }
    // Aliases must name a member of their enum.
    for (en, al) in &m.aliases {
        let Some(Def {
            kind: Kind::Enum(vs),
            ..
        }) = m.defs.iter().find(|d| &d.name == en)
        else {
            return Err(format!("alias on unknown enum {en}"));
        };
        for (a, t) in al {
            if !vs.iter().any(|v| &v.name == t) {
                return Err(format!("{en}::{a} aliases unknown member {t}"));
            }
        }
    }
    Ok(m)
}

/// libvirt's C spelling of a Rust FFI type.
pub fn c_type(ty: &Type) -> String {
    match ty {
        Type::Ptr(p) => {
            let inner = c_type(&p.elem);
            let inner_is_ptr = matches!(&*p.elem, Type::Ptr(_));
            if p.const_token.is_some() {
                if inner_is_ptr {
                    format!("{inner} const *")
                } else {
                    format!("const {inner} *")
                }
            } else if inner.ends_with('*') {
                format!("{inner}*")
            } else {
                format!("{inner} *")
            }
        }
        Type::Path(p) => {
            let id = p.path.segments.last().unwrap().ident.to_string();
            match id.as_str() {
                "c_int" | "i32" => "int",
                "c_uint" | "u32" => "unsigned int",
                "c_char" | "i8" => "char",
                "c_uchar" | "u8" => "unsigned char",
                "c_short" | "i16" => "short",
                "c_ushort" | "u16" => "unsigned short",
                "c_long" => "long",
                "c_ulong" => "unsigned long",
                "c_longlong" | "i64" => "long long",
                "c_ulonglong" | "u64" => "unsigned long long",
                "c_double" | "f64" => "double",
                "c_void" => "void",
                "usize" => "size_t",
                "isize" => "ssize_t",
                other => return other.to_string(),
            }
            .to_string()
        }
        Type::Tuple(t) if t.elems.is_empty() => "void".into(),
        Type::Paren(p) => c_type(&p.elem),
        Type::Group(g) => c_type(&g.elem),
        other => other.to_token_stream().to_string(),
    }
}

/// A struct field's C declaration text in libvirt's API-file form
/// (`char field[LEN]` for arrays, the plain type otherwise).
pub fn field_type(name: &str, ty: &Type) -> String {
    match ty {
        Type::Array(a) => {
            let len = match &a.len {
                Expr::Path(p) => p.path.segments.last().unwrap().ident.to_string(),
                e => e.to_token_stream().to_string(),
            };
            format!("{} {name}[{len}]", c_type(&a.elem))
        }
        t => c_type(t),
    }
}
