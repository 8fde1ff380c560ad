//! File paths as libvirt keeps them (`virFileSanitizePath`): repeated
//! slashes collapsed and a trailing one dropped, URIs left alone.

pub fn sanitize(path: &str) -> String {
    // Two slashes after a scheme may name a different resource.
    if let Some(uri) = path.find("://") {
        if path.find('/').is_some_and(|s| s > uri) {
            return path.to_string();
        }
    }
    let b = path.as_bytes();
    let mut out = String::with_capacity(path.len());
    let mut rest = path;
    // A leading `//` is valid POSIX and kept, but `///` is `/`.
    if b.first() == Some(&b'/') && b.get(1) == Some(&b'/') && b.get(2) != Some(&b'/') {
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
    fn collapses_like_libvirt() {
        assert_eq!(sanitize("/foo///bar/"), "/foo/bar");
        assert_eq!(sanitize("//"), "//");
        assert_eq!(sanitize("///"), "/");
        assert_eq!(sanitize("//a//b"), "//a/b");
        assert_eq!(sanitize("/"), "/");
        assert_eq!(sanitize("a/"), "a");
        assert_eq!(sanitize("http://x//y"), "http://x//y");
        assert_eq!(sanitize("/d/http://x//y"), "/d/http:/x/y");
    }
}
