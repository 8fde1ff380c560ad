//! The crate's layers import only downwards, and no module imports itself
//! through others (ARCHITECTURE.md, "Layers"). This reads the sources:
//! every `crate::…`, `$crate::…` and `super::…` path (use-groups expanded)
//! is an edge from the file that writes it to the module it names.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Each layer and its height: a module may name only lower layers (and its
/// own). The crate root (`lib.rs`, which only declares modules and hosts
/// the logging macros' `$crate` paths) is not a layer.
const LAYERS: &[(&str, u32)] = &[
    ("error", 0),
    ("util", 0),
    ("testutil", 0),
    ("conf", 1),
    ("driver", 2),
    ("base", 3),
    ("drivers", 4),
    ("ffi", 5),
];

fn src_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Module path (`base::error`) → file, for every source file.
fn modules() -> BTreeMap<String, PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p);
            }
        }
    }
    let root = src_dir();
    let mut files = Vec::new();
    walk(&root, &mut files);
    files
        .into_iter()
        .map(|p| {
            let rel = p.strip_prefix(&root).unwrap().with_extension("");
            let mut parts: Vec<String> = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            if matches!(parts.last().map(String::as_str), Some("mod" | "lib")) {
                parts.pop();
            }
            (parts.join("::"), p)
        })
        .collect()
}

/// The source without `//` comments (doc comments mention paths freely).
fn code_of(text: &str) -> String {
    text.lines()
        .map(|l| match l.find("//") {
            Some(i) => &l[..i],
            None => l,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == '$'
}

/// Every path that starts with `crate`, `$crate` or `super`, with
/// `a::{b, c::{d}}` groups expanded into `a::b`, `a::c::d`.
fn paths_in(code: &str) -> Vec<String> {
    let chars: Vec<char> = code.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let starts_word = i == 0 || !is_ident(chars[i - 1]);
        let rest: String = chars[i..chars.len().min(i + 7)].iter().collect();
        if starts_word
            && (rest.starts_with("crate::")
                || rest.starts_with("$crate:")
                || rest.starts_with("super::"))
        {
            let (paths, end) = read_path(&chars, i);
            out.extend(paths);
            i = end;
        } else {
            i += 1;
        }
    }
    out
}

/// Reads a path (and its group, if any) from `at`; returns the expanded
/// paths and where reading stopped.
fn read_path(chars: &[char], at: usize) -> (Vec<String>, usize) {
    let mut i = at;
    let mut prefix = String::new();
    while i < chars.len() && (is_ident(chars[i]) || chars[i] == ':') {
        prefix.push(chars[i]);
        i += 1;
    }
    if i < chars.len() && chars[i] == '{' && prefix.ends_with("::") {
        let base = prefix.trim_end_matches("::").to_string();
        let mut depth = 1;
        let start = i + 1;
        let mut j = start;
        while j < chars.len() && depth > 0 {
            match chars[j] {
                '{' => depth += 1,
                '}' => depth -= 1,
                _ => {}
            }
            j += 1;
        }
        let inner: String = chars[start..j.saturating_sub(1)].iter().collect();
        let mut out = Vec::new();
        for item in split_top(&inner) {
            let item = item.trim();
            // `x as y` renames a leaf; a nested group keeps its own.
            let item = if item.contains('{') {
                item.to_string()
            } else {
                item.split(" as ").next().unwrap_or("").trim().to_string()
            };
            if item.is_empty() {
                continue;
            }
            let joined = format!("{base}::{item}");
            let ch: Vec<char> = joined.chars().collect();
            out.extend(read_path(&ch, 0).0);
        }
        return (out, j);
    }
    (vec![prefix.trim_end_matches(':').to_string()], i)
}

fn split_top(s: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut depth = 0;
    for c in s.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                out.push(String::new());
                continue;
            }
            _ => {}
        }
        out.last_mut().unwrap().push(c);
    }
    out
}

/// The module a path names: its longest prefix that is a module.
fn target(from: &str, path: &str, mods: &BTreeMap<String, PathBuf>) -> Option<String> {
    let mut parts: Vec<&str> = path.split("::").collect();
    let mut base: Vec<&str> = if from.is_empty() {
        Vec::new()
    } else {
        from.split("::").collect()
    };
    match parts.first() {
        Some(&"crate") | Some(&"$crate") => {
            parts.remove(0);
            base.clear();
        }
        _ => {
            while parts.first() == Some(&"super") {
                parts.remove(0);
                base.pop();
            }
        }
    }
    base.extend(parts);
    (0..=base.len())
        .rev()
        .map(|n| base[..n].join("::"))
        .find(|m| mods.contains_key(m))
}

fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let mods = modules();
    let mut g = BTreeMap::new();
    for (m, file) in &mods {
        let code = code_of(&std::fs::read_to_string(file).unwrap());
        let deps: BTreeSet<String> = paths_in(&code)
            .iter()
            .filter_map(|p| target(m, p, &mods))
            // The root only declares modules and hosts macros; a module
            // naming its own ancestor's facade is no import of a sibling.
            .filter(|t| !t.is_empty() && t != m)
            .collect();
        g.insert(m.clone(), deps);
    }
    g
}

fn layer_of(m: &str) -> (&str, u32) {
    let top = m.split("::").next().unwrap_or("");
    LAYERS
        .iter()
        .find(|(n, _)| *n == top)
        .map(|&(n, h)| (n, h))
        .unwrap_or_else(|| panic!("module {m} is in no layer: add it to LAYERS"))
}

#[test]
fn layers_import_only_downwards() {
    let mut bad = Vec::new();
    for (m, deps) in graph() {
        if m.is_empty() {
            continue;
        }
        let (lm, hm) = layer_of(&m);
        for d in deps {
            let (ld, hd) = layer_of(&d);
            if lm != ld && hd >= hm {
                bad.push(format!("{m} ({lm}) names {d} ({ld})"));
            }
        }
    }
    assert!(
        bad.is_empty(),
        "upward or sideways imports:\n{}",
        bad.join("\n")
    );
}

#[test]
fn core_never_names_a_driver_and_conf_never_names_ffi() {
    for (m, deps) in graph() {
        for d in deps {
            let top = |x: &str| x.split("::").next().unwrap_or("").to_string();
            assert!(
                !(top(&m) == "base" && top(&d) == "drivers"),
                "core module {m} names driver module {d}"
            );
            assert!(
                !(top(&m) == "conf" && top(&d) == "ffi"),
                "conf module {m} names ffi module {d}"
            );
        }
    }
}

#[test]
fn no_import_circle() {
    let g = graph();
    // Tarjan's strongly connected components; any with two or more
    // modules is a circle.
    struct T<'a> {
        g: &'a BTreeMap<String, BTreeSet<String>>,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        on: BTreeSet<&'a str>,
        next: usize,
        circles: Vec<Vec<&'a str>>,
    }
    impl<'a> T<'a> {
        fn visit(&mut self, v: &'a str) {
            self.index.insert(v, self.next);
            self.low.insert(v, self.next);
            self.next += 1;
            self.stack.push(v);
            self.on.insert(v);
            let g = self.g;
            for w in g.get(v).into_iter().flatten() {
                let w = w.as_str();
                if !self.index.contains_key(w) {
                    self.visit(w);
                    let lw = self.low[w];
                    let lv = self.low.get_mut(v).unwrap();
                    *lv = (*lv).min(lw);
                } else if self.on.contains(w) {
                    let iw = self.index[w];
                    let lv = self.low.get_mut(v).unwrap();
                    *lv = (*lv).min(iw);
                }
            }
            if self.low[v] == self.index[v] {
                let mut comp = Vec::new();
                loop {
                    let w = self.stack.pop().unwrap();
                    self.on.remove(w);
                    comp.push(w);
                    if w == v {
                        break;
                    }
                }
                if comp.len() > 1 {
                    self.circles.push(comp);
                }
            }
        }
    }
    let mut t = T {
        g: &g,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on: BTreeSet::new(),
        next: 0,
        circles: Vec::new(),
    };
    for v in g.keys() {
        if !t.index.contains_key(v.as_str()) {
            t.visit(v);
        }
    }
    assert!(t.circles.is_empty(), "import circles: {:?}", t.circles);
}

#[test]
fn the_reader_sees_groups_and_super() {
    let paths = paths_in("use crate::a::{b, c::{d, e as f}};\nlet x = super::super::g::h(1);");
    assert_eq!(
        paths,
        vec![
            "crate::a::b",
            "crate::a::c::d",
            "crate::a::c::e",
            "super::super::g::h"
        ]
    );
}
