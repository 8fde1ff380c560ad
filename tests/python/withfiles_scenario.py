"""virDomainCreateWithFiles and virDomainCreateXMLWithFiles on
test:///default (no descriptors, descriptors the test driver cannot pass
on, bad flags, read-only), run by Debian's prebuilt python3-libvirt once
on the C library and once on ours; run.sh compares the two transcripts.

Usage: python3 withfiles_scenario.py EXPECTED_LIBDIR   (or "system")
"""
import os
import sys

import libvirt
from transcript import loaded_libvirt, silence_default_errors


silence_default_errors()

out = []


def call(label, fn, *args):
    try:
        r = fn(*args)
    except libvirt.libvirtError as e:
        out.append(f"{label}: error {e.get_error_code()} {e.get_error_domain()} {e.get_error_message()}")
        return None
    if isinstance(r, libvirt.virDomain):
        out.append(f"{label}: domain {r.name()} id {r.ID()} active {r.isActive()}")
    else:
        out.append(f"{label}: {r!r}")
    return r


def xml(name):
    tail = name.encode().hex().ljust(12, "0")[:12]
    return (f"<domain type='test'><name>{name}</name>"
            f"<uuid>6a1f0c3e-2b4d-4e5f-8a9b-{tail}</uuid><memory>1024</memory>"
            "<os><type>hvm</type></os></domain>")


def main():
    expected = sys.argv[1] if len(sys.argv) > 1 else "system"
    lib = loaded_libvirt()
    if expected != "system" and (lib is None or not lib.startswith(os.path.realpath(expected))):
        print(f"loaded the wrong library: {lib}", file=sys.stderr)
        return 2
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
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
