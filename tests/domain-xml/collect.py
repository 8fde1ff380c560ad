#!/usr/bin/env python3
"""Builds the domain-XML corpus from libvirt's own test data and records
what a libvirt library (the C one, or ours via LD_LIBRARY_PATH) makes of
each document in the test driver.

collect.py SRC OUT: SRC is an unpacked libvirt 9.0.0 source tree; OUT gets
<name>.in.xml (the adapted input), <name>.c.xml (XMLDesc with flags 0),
<name>.inactive.xml and <name>.secure.xml when they differ from flags 0,
and index.txt (one accepted name a line).  Documents the test driver
refuses are left out and counted.

collect.py --ours OUT: defines every <name>.in.xml of OUT's index in the
library python3-libvirt loaded (ours, with LD_LIBRARY_PATH) and writes
<name>.rs.xml (XMLDesc, flags 0) or <name>.rs.err (the define's error),
and <name>.rs.<form>.xml where the C library wrote <name>.<form>.xml."""
import glob
import os
import re
import sys

import libvirt

# Where libvirt keeps domain documents its xml2xml tests read.
SOURCES = [
    ("generic", "tests/genericxml2xmlindata"),
    ("qemu", "tests/qemuxml2argvdata"),
    ("lxc", "tests/lxcxml2xmldata"),
    ("bhyve", "tests/bhyvexml2argvdata"),
]

# The other XMLDesc forms kept where they differ from flags 0.
FORMS = [
    ("inactive", libvirt.VIR_DOMAIN_XML_INACTIVE),
    ("secure", libvirt.VIR_DOMAIN_XML_SECURE),
]

DOMAIN_TYPE = re.compile(r"(<domain\b[^>]*?\btype=)(['\"])[^'\"]*\2")


def adapt(text):
    """The test driver defines only type='test' domains."""
    if "<domain" not in text:
        return None
    out, n = DOMAIN_TYPE.subn(r"\1'test'", text, count=1)
    return out if n else None


def open_empty():
    libvirt.registerErrorHandler(lambda *_: None, None)
    conn = libvirt.open("test:///default")
    # The test driver starts with a domain called "test"; drop it so corpus
    # documents that use the name are defined too.
    for d in conn.listAllDomains():
        if d.isActive():
            d.destroy()
        d.undefine()
    return conn


def ours(out):
    conn = open_empty()
    for name in open(os.path.join(out, "index.txt")).read().split():
        base = os.path.join(out, name)
        with open(base + ".in.xml", encoding="utf-8") as f:
            text = f.read()
        try:
            dom = conn.defineXML(text)
            result, ext = dom.XMLDesc(0), ".rs.xml"
            for tag, flag in FORMS:
                if os.path.exists(base + "." + tag + ".xml"):
                    with open(base + ".rs." + tag + ".xml", "w", encoding="utf-8") as f:
                        f.write(dom.XMLDesc(flag))
            dom.undefine()
        except libvirt.libvirtError as e:
            result, ext = str(e) + "\n", ".rs.err"
        with open(base + ext, "w", encoding="utf-8") as f:
            f.write(result)


def main():
    if sys.argv[1] == "--ours":
        return ours(sys.argv[2])
    src, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    conn = open_empty()
    accepted, refused = [], {}
    for prefix, sub in SOURCES:
        for path in sorted(glob.glob(os.path.join(src, sub, "*.xml"))):
            name = prefix + "-" + os.path.basename(path)[:-4]
            try:
                with open(path, encoding="utf-8") as f:
                    text = adapt(f.read())
            except UnicodeDecodeError:
                text = None
            if text is None:
                continue
            try:
                dom = conn.defineXML(text)
            except libvirt.libvirtError as e:
                reason = re.sub(r"'[^']*'", "'…'", str(e))[:90]
                refused[reason] = refused.get(reason, 0) + 1
                continue
            try:
                plain = dom.XMLDesc(0)
                others = [(tag, dom.XMLDesc(flag)) for tag, flag in FORMS]
            finally:
                dom.undefine()
            base = os.path.join(out, name)
            with open(base + ".in.xml", "w", encoding="utf-8") as f:
                f.write(text)
            with open(base + ".c.xml", "w", encoding="utf-8") as f:
                f.write(plain)
            for tag, v in others:
                if v != plain:
                    with open(base + "." + tag + ".xml", "w", encoding="utf-8") as f:
                        f.write(v)
            accepted.append(name)
    with open(os.path.join(out, "index.txt"), "w") as f:
        f.write("".join(n + "\n" for n in accepted))
    total = len(accepted) + sum(refused.values())
    print(f"corpus: {len(accepted)} of {total} documents accepted by the test driver")
    if os.environ.get("VERBOSE"):
        for r, n in sorted(refused.items(), key=lambda x: -x[1]):
            print(f"  refused {n:4d}: {r}")


main()
