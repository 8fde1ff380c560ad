//! libvirt's CPU map (`cpu_map/index.xml` and the files it includes): the
//! CPU models it knows for each architecture family, in the order the map
//! defines them.

use super::xml::{Document, Node, ParseOpts};
use crate::error::{Error, Result};
use oxvirt_abi::{virErrorDomain, virErrorNumber};
use std::path::Path;

fn internal(detail: &str) -> Error {
    Error::new(
        virErrorDomain::VIR_FROM_CPU,
        virErrorNumber::VIR_ERR_INTERNAL_ERROR,
        Some(detail),
    )
}

fn opts(url: &str) -> ParseOpts<'_> {
    ParseOpts {
        domain: virErrorDomain::VIR_FROM_CPU,
        url,
        root: "cpus",
    }
}

fn read(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).map_err(|e| {
        Error::system(
            virErrorDomain::VIR_FROM_CPU,
            e.raw_os_error().unwrap_or(libc::EIO),
            Some(&format!("failed to read file '{}'", path.display())),
        )
    })
}

/// The `name` of each `<model>` child of `node`.
fn model_names(node: Node<'_, '_>, file: &Path, out: &mut Vec<String>) -> Result<()> {
    for m in node.children("model") {
        let name = m.attr("name").ok_or_else(|| {
            internal(&format!(
                "cannot find model name in CPU map '{}'",
                file.display()
            ))
        })?;
        out.push(name.to_string());
    }
    Ok(())
}

/// The models of architecture family `arch` (`x86`, `ppc64`, `arm`) in the
/// map under `dir`: those in the family's own element first, then those of
/// each included file in order.
pub fn models(dir: &Path, arch: &str) -> Result<Vec<String>> {
    let index_path = dir.join("index.xml");
    let src = read(&index_path)?;
    let url = index_path.display().to_string();
    let doc = Document::parse(&src, &opts(&url))?;
    let family = doc
        .root()
        .children("arch")
        .find(|a| a.attr("name") == Some(arch))
        .ok_or_else(|| internal(&format!("cannot find CPU map for {arch} architecture")))?;
    let mut out = Vec::new();
    model_names(family, &index_path, &mut out)?;
    for inc in family.children("include") {
        let file = inc
            .attr("filename")
            .ok_or_else(|| internal("Missing 'filename' in CPU map include"))?;
        let path = dir.join(file);
        let src = read(&path)?;
        let url = path.display().to_string();
        let doc = Document::parse(&src, &opts(&url))?;
        model_names(doc.root(), &path, &mut out)?;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_models_in_map_order() {
        let dir = std::env::temp_dir().join(format!("oxvirt-cpu-map-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            dir.join("index.xml"),
            "<cpus>\n  <arch name='x86'>\n    <model name='inline'/>\n    \
             <include filename='x86_a.xml'/>\n    <include filename='x86_b.xml'/>\n  </arch>\n  \
             <arch name='ppc64'>\n  </arch>\n</cpus>\n",
        )
        .unwrap();
        std::fs::write(
            dir.join("x86_a.xml"),
            "<cpus><model name='A'/><feature name='f'/></cpus>",
        )
        .unwrap();
        std::fs::write(
            dir.join("x86_b.xml"),
            "<cpus><model name='B1'/><model name='B2'/></cpus>",
        )
        .unwrap();
        assert_eq!(models(&dir, "x86").unwrap(), ["inline", "A", "B1", "B2"]);
        assert!(models(&dir, "ppc64").unwrap().is_empty());
        let e = models(&dir, "arm").unwrap_err();
        assert_eq!(
            e.message,
            "internal error: cannot find CPU map for arm architecture"
        );
        std::fs::write(dir.join("x86_b.xml"), "<cpus><model/></cpus>").unwrap();
        assert!(models(&dir, "x86").is_err());
        std::fs::remove_file(dir.join("x86_b.xml")).unwrap();
        assert_eq!(
            models(&dir, "x86").unwrap_err().code,
            virErrorNumber::VIR_ERR_SYSTEM_ERROR as i32
        );
        let _ = std::fs::remove_dir_all(&dir);
    }
}
