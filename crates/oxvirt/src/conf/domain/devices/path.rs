//! libvirt's `virFileSanitizePath`, as device parsers apply it to paths.

/// `path` with runs of `/` collapsed and no trailing `/`; a leading `//`
/// (but not `///`) stays, as POSIX gives it a meaning; URIs stay as given.
pub fn sanitize(path: &str) -> String {
    if let Some(uri) = path.find("://") {
        if path.find('/').is_some_and(|s| s > uri) {
            return path.to_string();
        }
    }
    let mut out = String::with_capacity(path.len());
    let mut rest = path;
    if path.starts_with("//") && !path.starts_with("///") {
        out.push_str("//");
        rest = &path[2..];
    }
    let mut chars = rest.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '/' {
            out.push(c);
            continue;
        }
        while chars.peek() == Some(&'/') {
            chars.next();
        }
        if !out.is_empty() && chars.peek().is_none() {
            break;
        }
        out.push('/');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::sanitize;

    #[test]
    fn collapses_slashes_as_libvirt_does() {
        assert_eq!(sanitize("/foo///bar/"), "/foo/bar");
        assert_eq!(sanitize("//"), "//");
        assert_eq!(sanitize("///"), "/");
        assert_eq!(sanitize("//a//b"), "//a/b");
        assert_eq!(sanitize("/../foo"), "/../foo");
        assert_eq!(sanitize("a/"), "a");
        assert_eq!(sanitize("/"), "/");
        assert_eq!(sanitize("nbd://h//x"), "nbd://h//x");
    }
}
