"""virDomainCreateWithFiles and virDomainCreateXMLWithFiles on
test:///default (no descriptors, descriptors the test driver cannot pass
on, bad flags, read-only), run by Debian's prebuilt python3-libvirt once
on the C library and once on ours; run.sh compares the two transcripts.

Usage: python3 withfiles_scenario.py EXPECTED_LIBDIR   (or "system")
"""
import os
import sys

import libvirt
from transcript import Transcript, expect_library, silence_default_errors


silence_default_errors()

transcript = Transcript(domains="name id active")
out, say, call = transcript.out, transcript.say, transcript.call


def xml(name):
    tail = name.encode().hex().ljust(12, "0")[:12]
    return (f"<domain type='test'><name>{name}</name>"
            f"<uuid>6a1f0c3e-2b4d-4e5f-8a9b-{tail}</uuid><memory>1024</memory>"
            "<os><type>hvm</type></os></domain>")


def main():
    expect_library()
    c = libvirt.open("test:///default")
    r = libvirt.openReadOnly("test:///default")
    fd = os.open("/dev/null", os.O_RDONLY)

    d = call("define", c.defineXML, xml("wf-a"))
    call("createWithFiles bad flags", d.createWithFiles, [], 1 << 30)
    call("createWithFiles with a descriptor", d.createWithFiles, [fd], 0)
    call("destroy", d.destroy)
    call("createWithFiles", d.createWithFiles, [], 0)
    call("state", d.state)
    call("createWithFiles again", d.createWithFiles, [], 0)
    call("createWithFiles read-only", r.lookupByName("wf-a").createWithFiles, [], 0)
    call("destroy", d.destroy)
    call("createWithFiles paused", d.createWithFiles, [], libvirt.VIR_DOMAIN_START_PAUSED)
    call("state", d.state)
    call("destroy", d.destroy)
    call("undefine", d.undefine)

    call("createXMLWithFiles bad flags", c.createXMLWithFiles, xml("wf-b"), [], 1 << 30)
    t0 = call("createXMLWithFiles with a descriptor", c.createXMLWithFiles, xml("wf-d"), [fd], 0)
    if t0:
        call("destroy", t0.destroy)
    t = call("createXMLWithFiles", c.createXMLWithFiles, xml("wf-b"), [], 0)
    call("createXMLWithFiles duplicate", c.createXMLWithFiles, xml("wf-b"), [], 0)
    call("createXMLWithFiles read-only", r.createXMLWithFiles, xml("wf-c"), [], 0)
    call("createXMLWithFiles bad XML", c.createXMLWithFiles, "<domain", [], 0)
    if t:
        call("destroy transient", t.destroy)
    os.close(fd)
    transcript.print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
