"""Element metadata of test:///default (virDomainGetMetadata and
virDomainSetMetadata with VIR_DOMAIN_METADATA_ELEMENT), run by Debian's
prebuilt python3-libvirt once on the C library and once on ours; run.sh
compares the two transcripts. Uses its own domains and removes them.

Usage: python3 metadata_scenario.py EXPECTED_LIBDIR   (or "system")
"""
import sys

import libvirt
from transcript import Transcript, expect_library, silence_default_errors


silence_default_errors()

transcript = Transcript(domains="name")
out, say, call = transcript.out, transcript.say, transcript.call
ELEM = libvirt.VIR_DOMAIN_METADATA_ELEMENT
LIVE = libvirt.VIR_DOMAIN_AFFECT_LIVE
CONFIG = libvirt.VIR_DOMAIN_AFFECT_CONFIG


def xml(name, tail, metadata):
    return (f"<domain type='test' xmlns:o='http://outer/'><name>{name}</name>"
            f"<uuid>5d1c0b2e-7a40-4c55-9e61-{tail}</uuid>"
            f"<memory>1048576</memory><os><type arch='i686'>hvm</type></os>"
            f"{metadata}</domain>")


def metadata_of(d, label, flags=0):
    x = transcript.xml_of(d, label, flags)
    if x is None:
        return
    a, b = x.find("<metadata"), x.find("<memory")
    say(f"{label}: {x[a:b] if a >= 0 else 'none'!r}")


DOCS = [
    ("empty", "<metadata/>"),
    ("no namespace", "<metadata><foo/><bar>x</bar></metadata>"),
    ("duplicates", "<metadata>\n   <a:x xmlns:a='http://a/'>1</a:x>\n <b:x xmlns:b='http://a/'>2</b:x>"
     "<c:y xmlns:c='http://c/' c:k='v'   z='é&quot;&#10;'>é &lt; \" '</c:y></metadata>"),
    ("layout", "<metadata><a:x xmlns:a='http://a/'>  <a:b>t</a:b>  <a:c/>  <a:d>  </a:d></a:x></metadata>"),
    ("mixed", "<metadata><a:x xmlns:a='http://a/'>  <a:b>  </a:b> text <a:c><a:d/></a:c></a:x></metadata>"),
    ("default ns", "<metadata><x xmlns='http://def/'><y/><z xmlns=''/></x></metadata>"),
    ("outer ns", "<metadata><o:x><o:y/></o:x></metadata>"),
    ("metadata ns", "<metadata xmlns:m='http://m/' id='1'><m:x m:a='1'/><n:y xmlns:n='http://n/'><m:z/></n:y></metadata>"),
    ("comment", "<metadata><!-- c --><a:x xmlns:a='http://a/'><!-- d --><a:y/></a:x></metadata>"),
    ("comment mixed", "<metadata><a:x xmlns:a='http://a/'>t<!--e--><a:y><!--f--></a:y></a:x></metadata>"),
    ("comment blanks", "<metadata><a:x xmlns:a='http://a/'>  <!--g-->  <a:y/>  </a:x></metadata>"),
    ("cdata", "<metadata><a:x xmlns:a='http://a/'><![CDATA[<y>]]></a:x></metadata>"),
    ("cdata blanks", "<metadata><a:x xmlns:a='http://a/'>  <![CDATA[c]]>  <a:y/></a:x></metadata>"),
    ("cdata joined", "<metadata><a:x xmlns:a='http://a/'><a:y/>  <![CDATA[c]]><![CDATA[d]]>t</a:x></metadata>"),
]


def main():
    expect_library()
    c = libvirt.open("test:///default")

    for i, (label, md) in enumerate(DOCS):
        d = call(f"define {label}", c.defineXML, xml(f"md{i}", f"0000000000{i:02d}", md))
        if d is None:
            continue
        metadata_of(d, f"{label} xml")
        for uri in ("http://a/", "http://c/", "http://def/", "http://outer/", "http://m/", "http://n/", "http://none/"):
            call(f"{label} get {uri}", d.metadata, ELEM, uri, 0)
        call(f"{label} undefine", d.undefine)

    d = call("define S", c.defineXML, xml("mdS", "000000000099", ""))
    metadata_of(d, "S none")
    call("S get none", d.metadata, ELEM, "http://k/", 0)
    call("S remove none", d.setMetadata, ELEM, None, None, "http://k/", 0)
    metadata_of(d, "S still none")
    sets = [
        ("plain", "<n><m a='1'>t</m></n>", "k", "http://k/"),
        ("replace", "<n2/>", "k", "http://k/"),
        ("other", "<q:n xmlns:q='http://q/'><r/><q:s/></q:n>", "p", "http://p/"),
        ("prefix taken", "<n xmlns:k='http://z/'/>", "k", "http://k/"),
        ("bad prefix", "<n/>", "1bad", "http://k/"),
        ("colon prefix", "<n/>", "a:b", "http://k/"),
        ("xml prefix", "<n/>", "xml", "http://k/"),
        ("empty prefix", "<n/>", "", "http://k/"),
        ("malformed", "<n", "k", "http://k/"),
        ("two roots", "<n/><m/>", "k", "http://k/"),
        ("not xml", "text", "k", "http://k/"),
        ("same prefix, new uri", "<w/>", "k", "http://k2/"),
        ("empty", "", "k", "http://e/"),
        ("blanks", " <n/> ", "b", "http://b1/"),
        ("odd key", "<n/>", "k.1-2_", "http://o/"),
        ("default ns", "<n xmlns='http://d/'><m/></n>", "d", "http://dd/"),
        ("declaration", "<?xml version='1.0'?><n/>", "x", "http://x/"),
        ("comment first", "<!-- c --><n/>", "c", "http://c1/"),
        ("comment last", "<n/><!-- c -->", "c", "http://c2/"),
        ("comment inside", "<n><!-- in --><m/></n>", "ci", "http://ci/"),
        ("references", "<n a='&#xE9;&amp;'>&#233;\r\n&lt;</n>", "r", "http://r/"),
        ("cdata", "<n><![CDATA[<x>]]><![CDATA[y]]></n>", "cd", "http://cd/"),
    ]
    for label, md, key, uri in sets:
        call(f"S set {label}", d.setMetadata, ELEM, md, key, uri, 0)
        metadata_of(d, f"S after {label}")
        call(f"S get {label}", d.metadata, ELEM, uri, 0)
    call("S get q", d.metadata, ELEM, "http://q/", 0)
    call("S set no key", d.setMetadata, ELEM, "<n/>", None, "http://k/", 0)
    call("S set no uri", d.setMetadata, ELEM, "<n/>", "k", None, 0)
    call("S get no uri", d.metadata, ELEM, None, 0)
    call("S set bad flags", d.setMetadata, ELEM, "<n/>", "k", "http://k/", 8)
    call("S get bad flags", d.metadata, ELEM, "http://k/", 8)
    call("S set bad type", d.setMetadata, 3, "<n/>", "k", "http://k/", 0)
    call("S create", d.create)
    call("S set live", d.setMetadata, ELEM, "<live/>", "l", "http://l/", LIVE)
    call("S set config", d.setMetadata, ELEM, "<cfg/>", "g", "http://g/", CONFIG)
    call("S set both", d.setMetadata, ELEM, "<both/>", "b", "http://b/", LIVE | CONFIG)
    metadata_of(d, "S live")
    metadata_of(d, "S inactive", libvirt.VIR_DOMAIN_XML_INACTIVE)
    call("S get live l", d.metadata, ELEM, "http://l/", LIVE)
    call("S get config l", d.metadata, ELEM, "http://l/", CONFIG)
    call("S get config g", d.metadata, ELEM, "http://g/", CONFIG)
    call("S get both", d.metadata, ELEM, "http://b/", LIVE | CONFIG)
    call("S destroy", d.destroy)
    metadata_of(d, "S stopped")
    call("S set live stopped", d.setMetadata, ELEM, "<x/>", "x", "http://x/", LIVE)
    for uri in ("http://k/", "http://k2/", "http://p/", "http://g/", "http://b/"):
        call(f"S remove {uri}", d.setMetadata, ELEM, None, None, uri, 0)
    metadata_of(d, "S emptied")
    call("S undefine", d.undefine)

    # A prefix with blanks around it passes libvirt's check and is written
    # as given, which makes the document unreadable (libvirt reads it again
    # when the domain starts): this one never starts.
    t = call("define T", c.defineXML, xml("mdT", "000000000098", ""))
    call("T set blank key", t.setMetadata, ELEM, "<n/>", " s ", "http://s/", 0)
    metadata_of(t, "T blank key")
    call("T get blank key", t.metadata, ELEM, "http://s/", 0)
    # So does an empty namespace, until the definition is read again.
    call("T set empty uri", t.setMetadata, ELEM, "<n/>", "u", "", 0)
    metadata_of(t, "T empty uri")
    call("T get empty uri", t.metadata, ELEM, "", 0)
    call("T undefine", t.undefine)
    c.close()
    transcript.print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
