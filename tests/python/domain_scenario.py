"""The domain life cycle of test:///default, run by Debian's prebuilt
python3-libvirt once on the C library and once on ours; run.sh compares the
two transcripts.

Every call prints what it returned or its error (code, domain, message).
The default state is shared per process in both libraries: the scenario
uses its own domain names and removes them at the end.

Usage: python3 domain_scenario.py EXPECTED_LIBDIR   (or "system")
"""
import sys

import libvirt
from transcript import Transcript, expect_library, silence_default_errors


silence_default_errors()

transcript = Transcript(domains="name id")
out, say, call = transcript.out, transcript.say, transcript.call


# The architecture and boot device are given: filling in their defaults
# belongs to the domain XML model, which this scenario does not test.
def xml(name, uuid_tail, memory=1048576, extra=""):
    return (f"<domain type='test'><name>{name}</name>"
            f"<uuid>7c0ab1d2-5e11-4b8f-9a3c-{uuid_tail}</uuid>"
            f"<memory>{memory}</memory><currentMemory>{memory // 2}</currentMemory>"
            f"<vcpu>1</vcpu><os><type arch='i686'>hvm</type><boot dev='hd'/></os>{extra}</domain>")


A = xml("lc-a", "00000000000a")
B = xml("lc-b", "00000000000b")
T = xml("lc-t", "00000000000c")


def ours_only(names):
    return sorted(n for n in names if n.startswith("lc-") or n == "test")


def listing(c, label):
    F = libvirt
    for fname in ["0", "ACTIVE", "INACTIVE", "PERSISTENT", "TRANSIENT", "RUNNING", "PAUSED",
                  "SHUTOFF", "OTHER", "AUTOSTART", "NO_AUTOSTART", "MANAGEDSAVE",
                  "NO_MANAGEDSAVE", "HAS_SNAPSHOT", "NO_SNAPSHOT"]:
        flags = 0 if fname == "0" else getattr(F, "VIR_CONNECT_LIST_DOMAINS_" + fname)
        try:
            names = ours_only(d.name() for d in c.listAllDomains(flags))
            say(f"{label} listAll {fname}: {names}")
        except libvirt.libvirtError as e:
            say(f"{label} listAll {fname}: error {e.get_error_code()} {e.get_error_message()}")
    say(f"{label} defined: {ours_only(c.listDefinedDomains())}")
    say(f"{label} numOfDefined>=: {c.numOfDefinedDomains() >= len(ours_only(c.listDefinedDomains()))}")


def show(d, label):
    call(f"{label} ID", d.ID)
    call(f"{label} state", d.state)
    call(f"{label} info[:4]", lambda: d.info()[:4])
    call(f"{label} isActive", d.isActive)
    call(f"{label} isPersistent", d.isPersistent)
    call(f"{label} isUpdated", d.isUpdated)
    call(f"{label} autostart", d.autostart)
    call(f"{label} hasManagedSaveImage", d.hasManagedSaveImage)
    call(f"{label} maxMemory", d.maxMemory)


def dump(d, label):
    for flags in (0, libvirt.VIR_DOMAIN_XML_INACTIVE):
        try:
            say(f"{label} XML flags {flags}:")
            out.extend(d.XMLDesc(flags).splitlines())
        except libvirt.libvirtError as e:
            say(f"  error {e.get_error_code()} {e.get_error_message()}")


def read_only(r, h):
    say("-- read-only connection")
    call("ro defineXML", r.defineXML, A)
    call("ro defineXMLFlags", r.defineXMLFlags, A, 0)
    call("ro createXML", r.createXML, A, 0)
    for name in ["create", "destroy", "suspend", "resume", "shutdown", "undefine"]:
        call(f"ro {name}", getattr(h, name))
    call("ro createWithFlags", h.createWithFlags, 0)
    call("ro destroyFlags", h.destroyFlags, 0)
    call("ro shutdownFlags", h.shutdownFlags, 0)
    call("ro reboot", h.reboot, 0)
    call("ro reset", h.reset, 0)
    call("ro undefineFlags", h.undefineFlags, 0)
    call("ro setAutostart", h.setAutostart, 1)
    call("ro setMemory", h.setMemory, 1024)
    call("ro setMaxMemory", h.setMaxMemory, 1024)
    call("ro setMemoryFlags", h.setMemoryFlags, 1024, 0)
    call("ro autostart", h.autostart)
    call("ro hasManagedSaveImage", h.hasManagedSaveImage)
    call("ro pMWakeup", h.pMWakeup, 0)


def main():
    expect_library()

    c = libvirt.open("test:///default")
    r = libvirt.openReadOnly("test:///default")
    listing(c, "start")

    say("-- define")
    a = call("defineXML A", c.defineXML, A)
    show(a, "A")
    dump(a, "A")
    b = call("defineXMLFlags B validate", c.defineXMLFlags, B, libvirt.VIR_DOMAIN_DEFINE_VALIDATE)
    call("defineXMLFlags bad flags", c.defineXMLFlags, B, 2)
    call("define same name, other uuid", c.defineXML, xml("lc-a", "0000000000ff"))
    call("define same uuid, other name", c.defineXML, xml("lc-z", "00000000000a"))
    call("define again (update)", c.defineXML, xml("lc-a", "00000000000a", memory=2097152))
    call("A maxMemory after update", a.maxMemory)
    listing(c, "defined")

    say("-- wrong state while shut off")
    call("A destroy", a.destroy)
    call("A destroyFlags", a.destroyFlags, 0)
    call("A suspend", a.suspend)
    call("A resume", a.resume)
    call("A shutdown", a.shutdown)
    call("A reboot", a.reboot, 0)
    call("A reset", a.reset, 0)
    call("A setMemory (live)", a.setMemory, 1024)
    call("A setMemoryFlags live", a.setMemoryFlags, 1024, libvirt.VIR_DOMAIN_AFFECT_LIVE)
    call("A setMemoryFlags config", a.setMemoryFlags, 4096, libvirt.VIR_DOMAIN_AFFECT_CONFIG)
    call("A setMaxMemory", a.setMaxMemory, 3145728)
    call("A maxMemory", a.maxMemory)
    call("A info[:4]", lambda: a.info()[:4])

    ra = call("ro lookup A", r.lookupByName, "lc-a")
    read_only(r, ra)

    say("-- start")
    old = c.lookupByName("lc-a")
    call("A createWithFlags bad flags", a.createWithFlags, 1)
    call("A create", a.create)
    call("A ID (the handle that started it)", a.ID)
    call("old handle ID", old.ID)
    call("new lookup", c.lookupByName, "lc-a")
    call("lookupByID", lambda: c.lookupByID(a.ID()).name())
    show(a, "A running")
    dump(a, "A running")
    call("A create again", a.create)
    call("A createWithFlags again", a.createWithFlags, 0)
    call("createXML over running A", c.createXML, A, 0)
    listing(c, "A running")

    say("-- pause")
    call("A suspend", a.suspend)
    call("A state", a.state)
    call("A suspend again", a.suspend)
    listing(c, "A paused")
    call("A resume", a.resume)
    call("A state", a.state)
    call("A resume again", a.resume)

    say("-- memory and autostart")
    call("A setMemory", a.setMemory, 524288)
    call("A setMemory above max", a.setMemory, 99999999)
    call("A setMemory zero", a.setMemory, 0)
    call("A setMemory overflow", a.setMemory, 1 << 62)
    call("A setMaxMemory running", a.setMaxMemory, 4194304)
    call("A setMemoryFlags live+config", a.setMemoryFlags, 1024,
         libvirt.VIR_DOMAIN_AFFECT_LIVE | libvirt.VIR_DOMAIN_AFFECT_CONFIG)
    call("A setMemoryFlags config", a.setMemoryFlags, 262144, libvirt.VIR_DOMAIN_AFFECT_CONFIG)
    call("A setMemoryFlags max+config", a.setMemoryFlags, 3145728,
         libvirt.VIR_DOMAIN_MEM_MAXIMUM | libvirt.VIR_DOMAIN_AFFECT_CONFIG)
    call("A setMemoryFlags max+live", a.setMemoryFlags, 3145728,
         libvirt.VIR_DOMAIN_MEM_MAXIMUM | libvirt.VIR_DOMAIN_AFFECT_LIVE)
    call("A setMemoryFlags bad flags", a.setMemoryFlags, 1024, 8)
    call("A info[:4]", lambda: a.info()[:4])
    dump(a, "A after memory")
    call("A setAutostart 1", a.setAutostart, 1)
    call("A autostart", a.autostart)
    call("A setAutostart 7", a.setAutostart, 7)
    call("A autostart", a.autostart)
    listing(c, "A autostart")
    call("A setAutostart 0", a.setAutostart, 0)
    call("A hasManagedSaveImage bad flags", a.hasManagedSaveImage, 1)

    say("-- reboot, reset, shutdown")
    call("A reboot bad flags", a.reboot, 32)
    call("A reboot", a.reboot, 0)
    call("A state", a.state)
    call("A reset bad flags", a.reset, 1)
    call("A reset", a.reset, 0)
    call("A shutdownFlags bad flags", a.shutdownFlags, 1)
    call("A shutdown", a.shutdown)
    call("A ID", a.ID)
    call("old handle ID", old.ID)
    show(a, "A shut down")
    dump(a, "A shut down")
    call("A shutdown again", a.shutdown)

    say("-- define while running, destroy")
    call("A create", a.create)
    call("A suspend", a.suspend)
    call("A shutdown while paused", a.shutdown)
    call("A state", a.state)
    call("A create", a.create)
    call("define A while running", c.defineXML, xml("lc-a", "00000000000a", memory=1048576))
    call("A isUpdated", a.isUpdated)
    dump(a, "A redefined")
    call("A destroyFlags bad flags", a.destroyFlags, 2)
    call("A destroyFlags graceful", a.destroyFlags, libvirt.VIR_DOMAIN_DESTROY_GRACEFUL)
    show(a, "A destroyed")
    dump(a, "A destroyed")

    say("-- undefine while running")
    call("A create", a.create)
    call("A undefineFlags bad flags", a.undefineFlags, 4)
    call("A undefine", a.undefine)
    show(a, "A transient")
    listing(c, "A transient")
    call("A destroy", a.destroy)
    call("A state", a.state)
    call("A ID", a.ID)
    call("lookup A", c.lookupByName, "lc-a")
    call("old handle destroy", old.destroy)
    call("old handle undefine", old.undefine)
    call("old handle create", old.create)

    say("-- transient")
    t = call("createXML T bad flags", c.createXML, T, 1)
    t = call("createXML T", c.createXML, T, 0)
    show(t, "T")
    dump(t, "T")
    listing(c, "T running")
    call("createXML T again", c.createXML, T, 0)
    call("createXML same name, other uuid", c.createXML, xml("lc-t", "0000000000fe"), 0)
    call("T shutdown", t.shutdown)
    call("T state", t.state)
    t = call("createXML T validate", c.createXML, T, libvirt.VIR_DOMAIN_START_VALIDATE)
    call("T undefine (transient, running)", t.undefine)
    call("T isActive", t.isActive)
    call("define T while it runs", c.defineXML, T)
    show(t, "T defined")
    call("T destroy", t.destroy)
    show(t, "T after destroy")
    call("T undefineFlags managed save", t.undefineFlags, libvirt.VIR_DOMAIN_UNDEFINE_MANAGED_SAVE)
    call("T state", t.state)

    say("-- createXML over a defined domain")
    call("B createXML", c.createXML, xml("lc-b", "00000000000b", memory=2097152), 0)
    call("B ID", b.ID)
    show(b, "B started from XML")
    dump(b, "B started from XML")
    call("B destroy", b.destroy)
    show(b, "B after destroy")
    dump(b, "B after destroy")

    say("-- power management")
    call("B pMSuspendForDuration", b.pMSuspendForDuration, 0, 0, 0)
    call("B pMWakeup", b.pMWakeup, 0)

    say("-- clean up")
    call("B undefine", b.undefine)
    call("B undefine again", b.undefine)
    call("B state", b.state)
    listing(c, "end")
    r.close()
    c.close()
    transcript.print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
