"""Save images, managed save, core dumps, metadata and the other domain
information calls of test:///default, run by Debian's prebuilt
python3-libvirt once on the C library and once on ours; run.sh compares the
two transcripts.

Every call prints what it returned or its error (code, domain, message).
The default state is shared per process in both libraries: the scenario
uses its own domain names (di-*) and files in its own temporary directory,
and removes both at the end.

Usage: python3 dominfo_scenario.py EXPECTED_LIBDIR   (or "system")
"""
import os
import shutil
import struct
import sys
import tempfile

import libvirt
from transcript import Transcript, expect_library, silence_default_errors


silence_default_errors()

TMP = tempfile.mkdtemp(prefix="oxvirt-dominfo-")
transcript = Transcript(norm=lambda line: line.replace(TMP, "$TMP"), domains="name id", texts="  | ")
out, say, call = transcript.out, transcript.say, transcript.call


def xml(name, uuid_tail, extra=""):
    return (f"<domain type='test'><name>{name}</name>"
            f"<uuid>5d1e0b7a-3c44-4e2f-8b1a-{uuid_tail}</uuid>"
            f"<memory>1048576</memory><currentMemory>524288</currentMemory>"
            f"<vcpu>2</vcpu><os><type arch='i686'>hvm</type><boot dev='hd'/></os>{extra}</domain>")


def p(name):
    return os.path.join(TMP, name)


def state(d, label):
    call(f"{label} state", d.state)
    call(f"{label} ID", d.ID)
    call(f"{label} isActive", d.isActive)
    call(f"{label} hasManagedSaveImage", d.hasManagedSaveImage, 0)


def file_facts(label, path):
    """The image's header: magic, length, and whether the XML fills it."""
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        say(f"{label}: no file ({e.strerror})")
        return
    if len(data) < 19:
        say(f"{label}: {len(data)} bytes {data!r}")
        return
    (n,) = struct.unpack("=i", data[15:19])
    say(f"{label}: magic {data[:15]!r} length {n} total {len(data)} "
        f"mode {oct(os.stat(path).st_mode & 0o777)}")


def write(path, data):
    with open(path, "wb") as f:
        f.write(data)


def save_restore(c, ro):
    say("-- save and restore")
    a = call("define A", c.defineXML, xml("di-a", "00000000000a"))
    state(a, "A defined")
    call("A save while off", a.save, p("a.img"))
    file_facts("A image after failed save", p("a.img"))
    call("A create", a.create)
    call("A saveFlags bad flag", a.saveFlags, p("a.img"), None, 1 << 10)
    call("A saveFlags running+paused", a.saveFlags, p("a.img"), None,
         libvirt.VIR_DOMAIN_SAVE_RUNNING | libvirt.VIR_DOMAIN_SAVE_PAUSED)
    call("A saveFlags with xml", a.saveFlags, p("a.img"), xml("di-a", "00000000000a"), 0)
    call("A saveFlags running", a.saveFlags, p("a.img"), None, libvirt.VIR_DOMAIN_SAVE_RUNNING)
    call("A save to missing dir", a.save, p("nodir/a.img"))
    call("A save", a.save, p("a.img"))
    state(a, "A saved")
    file_facts("A image", p("a.img"))
    call("A save again (off)", a.save, p("a2.img"))
    call("read-only save", ro.lookupByName("test").save, p("ro.img"))
    call("saveImageGetXMLDesc", c.saveImageGetXMLDesc, p("a.img"), 0)
    call("saveImageGetXMLDesc secure", c.saveImageGetXMLDesc, p("a.img"),
         libvirt.VIR_DOMAIN_SAVE_IMAGE_XML_SECURE)
    call("saveImageGetXMLDesc bad flag", c.saveImageGetXMLDesc, p("a.img"), 2)
    call("saveImageGetXMLDesc relative ../", c.saveImageGetXMLDesc,
         p("sub/../a.img"), 0)
    call("read-only saveImageGetXMLDesc", ro.saveImageGetXMLDesc, p("a.img"), 0)
    call("restoreFlags with xml", c.restoreFlags, p("a.img"), xml("di-a", "00000000000a"), 0)
    call("restoreFlags bad flag", c.restoreFlags, p("a.img"), None, 1 << 10)
    call("restoreFlags running+paused", c.restoreFlags, p("a.img"), None,
         libvirt.VIR_DOMAIN_SAVE_RUNNING | libvirt.VIR_DOMAIN_SAVE_PAUSED)
    call("restore", c.restore, p("a.img"))
    state(a, "A restored")
    call("A restored ID fresh lookup", lambda: c.lookupByName("di-a").ID() > 0)
    call("restore while running", c.restore, p("a.img"))
    call("A destroy", a.destroy)

    say("-- bad images")
    call("restore missing", c.restore, p("missing.img"))
    write(p("short.img"), b"TestGu")
    call("restore short header", c.restore, p("short.img"))
    write(p("magic.img"), b"NotTheMagic!!!\0" + struct.pack("=i", 5) + b"<a/>")
    call("restore bad magic", c.restore, p("magic.img"))
    write(p("nolen.img"), b"TestGuestMagic\0\x01")
    call("restore no length", c.restore, p("nolen.img"))
    write(p("zero.img"), b"TestGuestMagic\0" + struct.pack("=i", 0))
    call("restore zero length", c.restore, p("zero.img"))
    write(p("big.img"), b"TestGuestMagic\0" + struct.pack("=i", 8193))
    call("restore too long", c.restore, p("big.img"))
    write(p("trunc.img"), b"TestGuestMagic\0" + struct.pack("=i", 100) + b"<domain")
    call("restore truncated xml", c.restore, p("trunc.img"))
    bad = b"<domain type='test'><name>x</name>"
    write(p("badxml.img"), b"TestGuestMagic\0" + struct.pack("=i", len(bad)) + bad)
    call("restore bad xml", c.restore, p("badxml.img"))
    call("saveImageGetXMLDesc bad xml", c.saveImageGetXMLDesc, p("badxml.img"), 0)
    os.mkdir(p("dir.img"))
    call("restore a directory", c.restore, p("dir.img"))

    say("-- image made by hand, transient restore, clash")
    t = xml("di-t", "00000000000c").encode()
    write(p("t.img"), b"TestGuestMagic\0" + struct.pack("=i", len(t)) + t)
    call("saveImageGetXMLDesc hand-made", c.saveImageGetXMLDesc, p("t.img"), 0)
    call("restore transient", c.restore, p("t.img"))
    tdom = c.lookupByName("di-t")
    state(tdom, "T restored")
    call("T persistent", tdom.isPersistent)
    call("T save", tdom.save, p("t2.img"))
    call("T lookup after save", c.lookupByName, "di-t")
    file_facts("T image", p("t2.img"))
    clash = xml("di-other", "00000000000a").encode()
    write(p("clash.img"), b"TestGuestMagic\0" + struct.pack("=i", len(clash)) + clash)
    call("restore uuid clash", c.restore, p("clash.img"))
    call("restore again transient", c.restore, p("t2.img"))
    call("restore transient twice", c.restore, p("t2.img"))
    call("T destroy", c.lookupByName("di-t").destroy)

    say("-- saveImageDefineXML")
    call("defineXML bad flag", c.saveImageDefineXML, p("a.img"), xml("di-a", "00000000000a"), 4)
    call("defineXML running+paused", c.saveImageDefineXML, p("a.img"),
         xml("di-a", "00000000000a"),
         libvirt.VIR_DOMAIN_SAVE_RUNNING | libvirt.VIR_DOMAIN_SAVE_PAUSED)
    call("defineXML missing image", c.saveImageDefineXML, p("missing.img"),
         xml("di-a", "00000000000a"), 0)
    call("defineXML bad xml", c.saveImageDefineXML, p("a.img"), "<domain>", 0)
    call("defineXML", c.saveImageDefineXML, p("a.img"),
         xml("di-a", "00000000000a", "<description>edited</description>"),
         libvirt.VIR_DOMAIN_SAVE_PAUSED)
    file_facts("A image after define", p("a.img"))
    call("saveImageGetXMLDesc after define", c.saveImageGetXMLDesc, p("a.img"), 0)
    call("restore edited", c.restore, p("a.img"))
    call("A description", lambda: "edited" in a.XMLDesc(0))
    call("A inactive description", lambda: "edited" in a.XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE))
    call("A destroy", a.destroy)
    call("A inactive description after", lambda: "edited" in a.XMLDesc(0))
    return a


def managed_save(c, ro, a):
    say("-- managed save")
    call("A managedSave while off", a.managedSave, 0)
    call("A create", a.create)
    call("A managedSave bad flag", a.managedSave, 1 << 10)
    call("A managedSave running+paused", a.managedSave,
         libvirt.VIR_DOMAIN_SAVE_RUNNING | libvirt.VIR_DOMAIN_SAVE_PAUSED)
    call("read-only managedSave", ro.lookupByName("di-a").managedSave, 0)
    call("A managedSave", a.managedSave, libvirt.VIR_DOMAIN_SAVE_BYPASS_CACHE)
    state(a, "A managed-saved")
    call("A listAll MANAGEDSAVE",
         lambda: [d.name() for d in c.listAllDomains(libvirt.VIR_CONNECT_LIST_DOMAINS_MANAGEDSAVE)
                  if d.name().startswith("di-")])
    call("A undefine with image", a.undefine)
    call("A managedSaveRemove bad flag", a.managedSaveRemove, 1)
    call("read-only managedSaveRemove", ro.lookupByName("di-a").managedSaveRemove, 0)
    call("A managedSaveRemove", a.managedSaveRemove, 0)
    state(a, "A image removed")
    call("A managedSaveRemove again", a.managedSaveRemove, 0)
    call("A create", a.create)
    call("A managedSave", a.managedSave, 0)
    call("A create from image", a.create)
    state(a, "A started from image")
    call("A managedSave", a.managedSave, 0)
    call("A undefineFlags MANAGED_SAVE", a.undefineFlags,
         libvirt.VIR_DOMAIN_UNDEFINE_MANAGED_SAVE)
    call("A lookup", c.lookupByName, "di-a")
    a = call("define A again", c.defineXML, xml("di-a", "00000000000a"))
    state(a, "A redefined")
    tr = call("createXML transient", c.createXML, xml("di-t", "00000000000c"), 0)
    call("T managedSave", tr.managedSave, 0)
    call("T destroy", tr.destroy)
    return a


def core_dump(c, ro, a):
    say("-- core dumps")
    call("A coreDump while off", a.coreDump, p("core"), 0)
    file_facts("core after failed dump", p("core"))
    call("A create", a.create)
    call("A coreDump crash+live", a.coreDump, p("core"), libvirt.VIR_DUMP_CRASH | libvirt.VIR_DUMP_LIVE)
    call("A coreDump crash+reset", a.coreDump, p("core"), libvirt.VIR_DUMP_CRASH | libvirt.VIR_DUMP_RESET)
    call("A coreDump live+reset", a.coreDump, p("core"), libvirt.VIR_DUMP_LIVE | libvirt.VIR_DUMP_RESET)
    call("A coreDump live", a.coreDump, p("core"), libvirt.VIR_DUMP_LIVE)
    call("A coreDump", a.coreDump, p("core"), 0)
    file_facts("core", p("core"))
    call("A coreDump to missing dir", a.coreDump, p("nodir/core"), 0)
    call("read-only coreDump", ro.lookupByName("di-a").coreDump, p("ro-core"), 0)
    for fmt in range(0, 6):
        call(f"A coreDumpWithFormat {fmt}", a.coreDumpWithFormat, p(f"core{fmt}"), fmt, 0)
        file_facts(f"core{fmt}", p(f"core{fmt}"))
    call("A coreDumpWithFormat bad format and flags", a.coreDumpWithFormat, p("corex"), 9,
         libvirt.VIR_DUMP_CRASH | libvirt.VIR_DUMP_LIVE)
    call("A coreDumpWithFormat crash+live", a.coreDumpWithFormat, p("corex"), 0,
         libvirt.VIR_DUMP_CRASH | libvirt.VIR_DUMP_LIVE)
    state(a, "A after dumps")
    call("A coreDump crash", a.coreDump, p("core-crash"), libvirt.VIR_DUMP_CRASH)
    state(a, "A crashed")
    file_facts("core-crash", p("core-crash"))
    tr = call("createXML transient", c.createXML, xml("di-t", "00000000000c"), 0)
    call("T coreDumpWithFormat crash", tr.coreDumpWithFormat, p("core-t"), 0, libvirt.VIR_DUMP_CRASH)
    call("T lookup", c.lookupByName, "di-t")


def guest_requests(c, ro):
    say("-- guest requests")
    a = call("define A", c.defineXML, xml("di-a", "00000000000a"))
    t = ro.lookupByName("test")
    call("A hostname while off", a.hostname, 0)
    call("A inject NMI while off", a.injectNMI, 0)
    call("A setUserPassword while off", a.setUserPassword, "root", "pw", 0)
    call("A sendProcessSignal while off", a.sendProcessSignal, 1, 9, 0)
    call("A create", a.create)
    call("A hostname", a.hostname, 0)
    call("A hostname bad flag", a.hostname, 1)
    call("read-only hostname", t.hostname, 0)
    call("A injectNMI", a.injectNMI, 0)
    call("A injectNMI bad flag", a.injectNMI, 1)
    call("read-only injectNMI", t.injectNMI, 0)
    call("A setUserPassword", a.setUserPassword, "root", "pw", 0)
    call("A setUserPassword encrypted", a.setUserPassword, "root", "$6$x",
         libvirt.VIR_DOMAIN_PASSWORD_ENCRYPTED)
    call("A setUserPassword bad flag", a.setUserPassword, "root", "pw", 2)
    call("read-only setUserPassword", t.setUserPassword, "root", "pw", 0)
    for pid, sig, fl in [(1, 9, 0), (1, 0, 0), (1, 64, 0), (1, 65, 0), (1, 2**32 - 1, 0),
                         (2, 9, 0), (0, 9, 0), (-1, 9, 0), (1, 9, 1), (2, 99, 1)]:
        call(f"A sendProcessSignal {pid} {sig} {fl}", a.sendProcessSignal, pid, sig, fl)
    call("read-only sendProcessSignal", t.sendProcessSignal, 1, 9, 0)
    call("A destroy", a.destroy)
    return a


def main():
    expect_library()
    c = libvirt.open("test:///default")
    ro = libvirt.openReadOnly("test:///default")
    try:
        a = save_restore(c, ro)
        a = managed_save(c, ro, a)
        core_dump(c, ro, a)
        guest_requests(c, ro)
    finally:
        say("-- clean up")
        for name in ("di-a", "di-t"):
            try:
                d = c.lookupByName(name)
            except libvirt.libvirtError:
                continue
            if d.isActive():
                d.destroy()
            try:
                d.undefineFlags(libvirt.VIR_DOMAIN_UNDEFINE_MANAGED_SAVE)
            except libvirt.libvirtError:
                pass
        call("left over", lambda: sorted(d.name() for d in c.listAllDomains(0)
                                        if d.name().startswith("di-")))
        shutil.rmtree(TMP, ignore_errors=True)
        ro.close()
        c.close()
    transcript.print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
