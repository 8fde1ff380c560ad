use super::*;

fn parsed(xml: &str) -> Metadata {
    let doc = Document::parse(
        xml,
        &ParseOpts {
            domain: virErrorDomain::VIR_FROM_DOMAIN,
            url: "(t)",
            root: "domain",
        },
    )
    .unwrap();
    let root = doc.root();
    Metadata::parse(root, root.child("metadata").unwrap())
}

/// Children in no namespace and repeats of a namespace are dropped;
/// layout is libxml2's, with double quotes.
#[test]
fn sanitized_and_reformatted() {
    let m = parsed(
        "<domain><metadata>\n <x xmlns:f='http://f/'/>\n<a:x xmlns:a='http://a/'>  <a:b>t</a:b> </a:x><b:y xmlns:b='http://a/'/></metadata></domain>",
    );
    assert_eq!(
        m.to_xml(1),
        "<metadata>\n    <a:x xmlns:a=\"http://a/\">\n      <a:b>t</a:b>\n    </a:x>\n  </metadata>"
    );
}

/// Text anywhere in an element turns indentation off below it; blanks
/// that are all an element holds stay.
#[test]
fn mixed_content_is_written_as_is() {
    let m = parsed(
        "<domain><metadata><a:x xmlns:a='http://a/'>  <a:b>  </a:b>  <a:c/> t&amp;<a:d><a:e v='é\"'/></a:d></a:x></metadata></domain>",
    );
    assert_eq!(
        m.to_xml(1),
        "<metadata>\n    <a:x xmlns:a=\"http://a/\"><a:b>  </a:b><a:c/> t&amp;<a:d><a:e v=\"&#xE9;&quot;\"/></a:d></a:x>\n  </metadata>"
    );
}

/// Declarations made outside the copied subtree move onto its root.
#[test]
fn outer_declarations_follow_the_copy() {
    let m = parsed("<domain xmlns:q='http://q/'><metadata><q:x><q:y/></q:x></metadata></domain>");
    assert_eq!(
        m.to_xml(1),
        "<metadata xmlns:q=\"http://q/\">\n    <q:x>\n      <q:y/>\n    </q:x>\n  </metadata>"
    );
    assert_eq!(m.get("http://q/").unwrap(), "<x>\n  <y/>\n</x>");
}

#[test]
fn set_get_and_remove() {
    let mut m = parsed(
        "<domain><metadata><a:x xmlns:a='http://a/' xmlns:b='http://b/'><a:b b:c='1'/><b:z/></a:x></metadata></domain>",
    );
    assert_eq!(
        m.get("http://a/").unwrap(),
        "<x xmlns:b=\"http://b/\">\n  <b b:c=\"1\"/>\n  <b:z/>\n</x>"
    );
    assert_eq!(m.get("http://b/"), None);
    m.set(
        Some("<q:n xmlns:q='http://q/'><r/></q:n>"),
        "k",
        "http://k/",
    )
    .unwrap();
    assert_eq!(m.get("http://k/"), None);
    m.set(Some("<n/>"), "a", "http://a/").unwrap();
    assert_eq!(m.get("http://a/").unwrap(), "<n/>");
    assert_eq!(
        m.to_xml(1),
        "<metadata>\n    <q:n xmlns:q=\"http://q/\" xmlns:k=\"http://k/\">\n      <k:r/>\n    </q:n>\n    <a:n xmlns:a=\"http://a/\"/>\n  </metadata>"
    );
    m.set(None, "", "http://q/").unwrap();
    m.set(None, "", "http://a/").unwrap();
    assert_eq!(m.to_xml(1), "<metadata/>");
}

#[test]
fn bad_prefixes_are_refused() {
    let mut m = Metadata::new();
    let e = m.set(Some("<n/>"), "1bad", "http://k/").unwrap_err();
    assert_eq!(
        e.message,
        "internal error: failed to validate prefix for a new XML namespace"
    );
    let e = m
        .set(Some("<n xmlns:k='http://z/'/>"), "k", "http://k/")
        .unwrap_err();
    assert_eq!(
        e.message,
        "internal error: failed to create a new XML namespace"
    );
    assert!(m.set(Some("<n"), "k", "http://k/").is_err());
    assert_eq!(m.to_xml(1), "<metadata/>");
}

/// CDATA sections stay sections (adjacent ones joined) and, being text,
/// turn indentation off.
#[test]
fn cdata_is_kept() {
    let m = parsed(
        "<domain><metadata><a:x xmlns:a='http://a/'><a:y/>  <![CDATA[c]]><![CDATA[<d>]]>t</a:x></metadata></domain>",
    );
    assert_eq!(
        m.to_xml(1),
        "<metadata>\n    <a:x xmlns:a=\"http://a/\"><a:y/><![CDATA[c<d>]]>t</a:x>\n  </metadata>"
    );
}

/// Comments inside kept elements stay, indented like elements; they are
/// no text, so they leave indentation on.
#[test]
fn comments_are_kept() {
    let m = parsed(
        "<domain><metadata><!-- gone --><a:x xmlns:a='http://a/'>  <!--g-->  <a:y/>  </a:x></metadata></domain>",
    );
    assert_eq!(
        m.to_xml(1),
        "<metadata>\n    <a:x xmlns:a=\"http://a/\">\n      <!--g-->\n      <a:y/>\n    </a:x>\n  </metadata>"
    );
    assert_eq!(m.get("http://a/").unwrap(), "<x>\n  <!--g-->\n  <y/>\n</x>");
}
