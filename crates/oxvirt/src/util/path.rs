//! File names as libvirt's public API hands them to drivers.

/// `g_canonicalize_filename(name, NULL)`: `name` made absolute against the
/// current directory, with `.` and `..` components resolved textually and
/// repeated slashes collapsed (symbolic links are not followed). Exactly
/// two leading slashes stay two, as POSIX allows them a meaning.
pub fn canonicalize(name: &str) -> String {
    let full = if name.starts_with('/') {
        name.to_string()
    } else {
        let cwd = std::env::current_dir()
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_else(|_| "/".into());
        format!("{cwd}/{name}")
    };
    let lead = full.len() - full.trim_start_matches('/').len();
    let mut parts: Vec<&str> = Vec::new();
    for part in full.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            p => parts.push(p),
        }
    }
    let root = if lead == 2 { "//" } else { "/" };
    format!("{root}{}", parts.join("/"))
}

#[cfg(test)]
mod tests {
    use super::canonicalize;

    #[test]
    fn collapses_like_glib() {
        assert_eq!(canonicalize("/a//b/./c/../d"), "/a/b/d");
        assert_eq!(canonicalize("/../x"), "/x");
        assert_eq!(canonicalize("//x/y/"), "//x/y");
        assert_eq!(canonicalize("///x"), "/x");
        assert_eq!(canonicalize("/"), "/");
        assert!(canonicalize("rel").ends_with("/rel"));
    }
}
