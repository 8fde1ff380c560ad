"""Domain checkpoints of test:///default, run by Debian's prebuilt
python3-libvirt once on the C library and once on ours; run.sh compares the
two transcripts.

Every call prints what it returned or its error (code, domain, message).
Creation times (and the names made from them) differ between runs: they
are replaced by T and AUTO. Lists whose order libvirt leaves to a hash
table are printed sorted; children and topological lists as returned.
The default state is shared per process in both libraries: the scenario
uses its own domain names and removes them at the end.

Usage: python3 checkpoint_scenario.py EXPECTED_LIBDIR   (or "system")
"""
import re

import libvirt
from transcript import Transcript, expect_library, silence_default_errors


silence_default_errors()

auto_names = []


def norm(s):
    s = re.sub(r"<creationTime>\d+</creationTime>", "<creationTime>T</creationTime>", s)
    s = re.sub(r"checkpoint \d{6,}$", "checkpoint AUTO", s)
    for n in auto_names:
        s = s.replace(n, "AUTO")
    return s


class CheckpointTranscript(Transcript):
    def show(self, label, r):
        if isinstance(r, str) and "\n" in r:
            # The text is normalised as a whole, not line by line.
            self.say(f"{label}:")
            self.out.extend(norm(r).rstrip("\n").split("\n"))
        else:
            super().show(label, r)

    def describe(self, r):
        if isinstance(r, libvirt.virDomainCheckpoint):
            return f"checkpoint {r.getName()}"
        return super().describe(r)


transcript = CheckpointTranscript(norm=norm, domains="name")
out, say, call = transcript.out, transcript.say, transcript.call


def dom_xml(name, uuid_tail, devices):
    return (f"<domain type='test'><name>{name}</name>"
            f"<uuid>8d1bc2e3-6f22-4c9a-8b4d-{uuid_tail}</uuid>"
            f"<memory>1048576</memory><vcpu>1</vcpu>"
            f"<os><type arch='i686'>hvm</type><boot dev='hd'/></os>"
            f"<devices>{devices}</devices></domain>")


# In libvirt's canonical form (with the address and controller it would
# add): filling in device defaults belongs to the domain XML model, which
# this scenario does not test.
DISKS = """
    <disk type='file' device='disk'>
      <source file='/var/lib/chk/a.img'/>
      <target dev='vda' bus='virtio'/>
    </disk>
    <disk type='file' device='disk'>
      <source file='/var/lib/chk/b.img'/>
      <target dev='vdb' bus='virtio'/>
    </disk>
    <disk type='file' device='cdrom'>
      <target dev='hdc' bus='ide'/>
      <readonly/>
      <address type='drive' controller='0' bus='1' target='0' unit='0'/>
    </disk>
    <controller type='ide' index='0'/>
"""


def chk(body=""):
    return f"<domaincheckpoint>{body}</domaincheckpoint>"


def named(name, extra=""):
    return chk(f"<name>{name}</name>{extra}")


def listing(dom, label):
    L = libvirt
    cases = [("0", 0), ("ROOTS", L.VIR_DOMAIN_CHECKPOINT_LIST_ROOTS),
             ("LEAVES", L.VIR_DOMAIN_CHECKPOINT_LIST_LEAVES),
             ("NO_LEAVES", L.VIR_DOMAIN_CHECKPOINT_LIST_NO_LEAVES),
             ("ROOTS|LEAVES", L.VIR_DOMAIN_CHECKPOINT_LIST_ROOTS | L.VIR_DOMAIN_CHECKPOINT_LIST_LEAVES),
             ("LEAVES|NO_LEAVES", L.VIR_DOMAIN_CHECKPOINT_LIST_LEAVES | L.VIR_DOMAIN_CHECKPOINT_LIST_NO_LEAVES),
             ("TOPOLOGICAL", L.VIR_DOMAIN_CHECKPOINT_LIST_TOPOLOGICAL),
             ("bad 16", 16)]
    for name, flags in cases:
        try:
            names = [c.getName() for c in dom.listAllCheckpoints(flags)]
            if not flags & L.VIR_DOMAIN_CHECKPOINT_LIST_TOPOLOGICAL:
                names.sort()
            say(f"{label} listAll {name}: {names}")
        except libvirt.libvirtError as e:
            say(f"{label} listAll {name}: error {e.get_error_code()} {e.get_error_domain()} {e.get_error_message()}")


def children(cp, label):
    L = libvirt
    for name, flags in [("0", 0), ("DESCENDANTS", L.VIR_DOMAIN_CHECKPOINT_LIST_DESCENDANTS),
                        ("DESCENDANTS|TOPOLOGICAL", L.VIR_DOMAIN_CHECKPOINT_LIST_DESCENDANTS
                         | L.VIR_DOMAIN_CHECKPOINT_LIST_TOPOLOGICAL),
                        ("DESCENDANTS|LEAVES", L.VIR_DOMAIN_CHECKPOINT_LIST_DESCENDANTS
                         | L.VIR_DOMAIN_CHECKPOINT_LIST_LEAVES),
                        ("NO_LEAVES", L.VIR_DOMAIN_CHECKPOINT_LIST_NO_LEAVES),
                        ("bad 16", 16)]:
        try:
            names = [c.getName() for c in cp.listAllChildren(flags)]
            say(f"{label} children {name}: {names}")
        except libvirt.libvirtError as e:
            say(f"{label} children {name}: error {e.get_error_code()} {e.get_error_domain()} {e.get_error_message()}")


def domains_with(c):
    L = libvirt
    for name in ["HAS_CHECKPOINT", "NO_CHECKPOINT"]:
        flags = getattr(L, "VIR_CONNECT_LIST_DOMAINS_" + name)
        names = sorted(d.name() for d in c.listAllDomains(flags)
                       if d.name().startswith("chk-") or d.name() == "test")
        say(f"listAllDomains {name}: {names}")


def main():
    expect_library()

    L = libvirt
    c = libvirt.open("test:///default")
    r = libvirt.openReadOnly("test:///default")

    say("-- the default domain (libvirt-python's testCheckpointCreate)")
    t = c.lookupByName("test")
    cp = call("test checkpointCreateXML empty", t.checkpointCreateXML, chk())
    if cp is not None:
        auto_names.append(cp.getName())
        say(f"auto name is the creation time: {cp.getName() in cp.getXMLDesc(0)}")
        call("test checkpoint XML", cp.getXMLDesc, 0)
        domains_with(c)
        call("test checkpoint delete", cp.delete)
    domains_with(c)

    say("-- a running domain with three disks")
    a = call("createXML chk-a", c.createXML, dom_xml("chk-a", "00000000000a", DISKS), 0)
    off = call("defineXML chk-off", c.defineXML, dom_xml("chk-off", "00000000000b", DISKS))
    call("chk-off create checkpoint (inactive)", off.checkpointCreateXML, named("x"))
    ra = r.lookupByName("chk-a")
    call("read-only create", ra.checkpointCreateXML, named("x"))
    call("REDEFINE|QUIESCE", a.checkpointCreateXML, named("x"),
         L.VIR_DOMAIN_CHECKPOINT_CREATE_REDEFINE | L.VIR_DOMAIN_CHECKPOINT_CREATE_QUIESCE)
    call("REDEFINE_VALIDATE alone", a.checkpointCreateXML, named("x"),
         L.VIR_DOMAIN_CHECKPOINT_CREATE_REDEFINE_VALIDATE)
    call("REDEFINE_VALIDATE|REDEFINE", a.checkpointCreateXML, named("x"),
         L.VIR_DOMAIN_CHECKPOINT_CREATE_REDEFINE_VALIDATE | L.VIR_DOMAIN_CHECKPOINT_CREATE_REDEFINE)
    call("bad flag 8", a.checkpointCreateXML, named("x"), 8)
    call("wrong root", a.checkpointCreateXML, "<domainsnapshot/>")
    call("no disk named", a.checkpointCreateXML,
         named("x", "<disks><disk name='sda'/></disks>"))
    call("too many disks", a.checkpointCreateXML,
         named("x", "<disks><disk name='vda'/><disk name='vdb'/><disk name='hdc'/>"
                    "<disk name='vdd'/></disks>"))
    call("disk twice", a.checkpointCreateXML,
         named("x", "<disks><disk name='vda'/><disk name='/var/lib/chk/a.img'/></disks>"))
    call("read-only disk", a.checkpointCreateXML,
         named("x", "<disks><disk name='hdc'/></disks>"))
    listing(a, "none yet")

    say("-- a tree: c1 <- c2 <- c3, c1 <- c4")
    c1 = call("c1", a.checkpointCreateXML,
              named("c1", "<description>first &amp; one</description>"), 0)
    call("c1 XML", c1.getXMLDesc, 0)
    call("c1 XML NO_DOMAIN", c1.getXMLDesc, L.VIR_DOMAIN_CHECKPOINT_XML_NO_DOMAIN)
    call("c1 XML SIZE|NO_DOMAIN", c1.getXMLDesc,
         L.VIR_DOMAIN_CHECKPOINT_XML_SIZE | L.VIR_DOMAIN_CHECKPOINT_XML_NO_DOMAIN)
    call("c1 XML SECURE|NO_DOMAIN", c1.getXMLDesc,
         L.VIR_DOMAIN_CHECKPOINT_XML_SECURE | L.VIR_DOMAIN_CHECKPOINT_XML_NO_DOMAIN)
    call("c1 XML bad flag 8", c1.getXMLDesc, 8)
    rc1 = call("read-only lookup c1", ra.checkpointLookupByName, "c1")
    call("read-only c1 XML SECURE", rc1.getXMLDesc, L.VIR_DOMAIN_CHECKPOINT_XML_SECURE)
    call("read-only c1 XML NO_DOMAIN", rc1.getXMLDesc, L.VIR_DOMAIN_CHECKPOINT_XML_NO_DOMAIN)
    call("read-only c1 delete", rc1.delete, 0)
    c2 = call("c2 (vdb only)", a.checkpointCreateXML,
              named("c2", "<disks><disk name='vdb' bitmap='bm2'/></disks>"), 0)
    call("c2 XML NO_DOMAIN", c2.getXMLDesc, L.VIR_DOMAIN_CHECKPOINT_XML_NO_DOMAIN)
    c3 = call("c3 (vda no)", a.checkpointCreateXML,
              named("c3", "<disks><disk name='vda' checkpoint='no'/></disks>"), 0)
    call("c3 XML NO_DOMAIN", c3.getXMLDesc, L.VIR_DOMAIN_CHECKPOINT_XML_NO_DOMAIN)
    call("c2 again", a.checkpointCreateXML, named("c2"), 0)
    say("-- redefinitions")
    call("redefine without name", a.checkpointCreateXML, chk(),
         L.VIR_DOMAIN_CHECKPOINT_CREATE_REDEFINE)
    call("redefine without creationTime", a.checkpointCreateXML, named("c4"),
         L.VIR_DOMAIN_CHECKPOINT_CREATE_REDEFINE)
    call("redefine missing parent", a.checkpointCreateXML,
         named("c4", "<parent><name>nope</name></parent><creationTime>100</creationTime>"),
         L.VIR_DOMAIN_CHECKPOINT_CREATE_REDEFINE)
    call("redefine own parent", a.checkpointCreateXML,
         named("c4", "<parent><name>c4</name></parent><creationTime>100</creationTime>"),
         L.VIR_DOMAIN_CHECKPOINT_CREATE_REDEFINE)
    call("redefine cycle", a.checkpointCreateXML,
         named("c1", "<parent><name>c3</name></parent><creationTime>100</creationTime>"),
         L.VIR_DOMAIN_CHECKPOINT_CREATE_REDEFINE)
    other = dom_xml("chk-a", "0000000000ff", DISKS)
    call("redefine other uuid", a.checkpointCreateXML,
         named("c4", f"<parent><name>c1</name></parent><creationTime>100</creationTime>{other}"),
         L.VIR_DOMAIN_CHECKPOINT_CREATE_REDEFINE)
    same = a.XMLDesc(L.VIR_DOMAIN_XML_INACTIVE)
    c4 = call("redefine c4 under c1 with domain", a.checkpointCreateXML,
              named("c4", f"<parent><name>c1</name></parent><creationTime>100</creationTime>"
                          f"<disks><disk name='vdb' checkpoint='no'/></disks>{same}"),
              L.VIR_DOMAIN_CHECKPOINT_CREATE_REDEFINE)
    call("c4 XML", c4.getXMLDesc, 0)
    c5 = call("redefine c5 without domain", a.checkpointCreateXML,
              named("c5", "<parent><name>c4</name></parent><creationTime>200</creationTime>"
                          "<disks><disk name='vda'/><disk name='vdz'/></disks>"),
              L.VIR_DOMAIN_CHECKPOINT_CREATE_REDEFINE)
    call("c5 XML", c5.getXMLDesc, 0)
    call("redefine c5 again, description", a.checkpointCreateXML,
         named("c5", "<description>again</description><parent><name>c4</name></parent>"
                     "<creationTime>300</creationTime>"),
         L.VIR_DOMAIN_CHECKPOINT_CREATE_REDEFINE)
    call("c5 XML now", c5.getXMLDesc, 0)
    c6 = call("c6 (parent is the current one)", a.checkpointCreateXML, named("c6"), 0)
    call("c6 parent", c6.getParent, 0)
    call("c6 parent bad flag", c6.getParent, 1)
    call("c1 parent", c1.getParent, 0)
    call("c3 parent", c3.getParent)
    listing(a, "tree")
    listing(ra, "read-only tree")
    for n, h in [("c1", c1), ("c2", c2), ("c4", c4), ("c6", c6)]:
        children(h, n)
    domains_with(c)

    say("-- handles")
    call("c2 getName", c2.getName)
    call("c2 domain", c2.domain)
    call("c2 connect is c", lambda: c2.connect() is c)
    call("lookup c3", a.checkpointLookupByName, "c3")
    call("lookup c3 flags 1", a.checkpointLookupByName, "c3", 1)
    call("lookup nope", a.checkpointLookupByName, "nope")
    call("lookup on chk-off", off.checkpointLookupByName, "c3")
    call("chk-off list", off.listAllCheckpoints)

    say("-- deletions")
    call("c2 delete CHILDREN|CHILDREN_ONLY", c2.delete,
         L.VIR_DOMAIN_CHECKPOINT_DELETE_CHILDREN | L.VIR_DOMAIN_CHECKPOINT_DELETE_CHILDREN_ONLY)
    call("c2 delete bad flag 8", c2.delete, 8)
    call("c2 delete (c3 moves to c1)", c2.delete, 0)
    call("c2 delete again", c2.delete, 0)
    call("c2 XML after delete", c2.getXMLDesc, 0)
    call("c2 children after delete", c2.listAllChildren, 0)
    call("c3 parent now", c3.getParent, 0)
    call("c3 XML NO_DOMAIN", c3.getXMLDesc, L.VIR_DOMAIN_CHECKPOINT_XML_NO_DOMAIN)
    listing(a, "after c2")
    children(c1, "c1")
    call("c4 delete CHILDREN_ONLY", c4.delete, L.VIR_DOMAIN_CHECKPOINT_DELETE_CHILDREN_ONLY)
    call("c5 lookup", a.checkpointLookupByName, "c5")
    listing(a, "after c4 children")
    c7 = call("c7 (parent: c4, current again)", a.checkpointCreateXML, named("c7"), 0)
    call("c7 parent", c7.getParent, 0)
    call("c7 delete METADATA_ONLY", c7.delete, L.VIR_DOMAIN_CHECKPOINT_DELETE_METADATA_ONLY)
    c8 = call("c8 (parent: c4)", a.checkpointCreateXML, named("c8"), 0)
    call("c8 parent", c8.getParent, 0)
    call("c1 delete CHILDREN", c1.delete, L.VIR_DOMAIN_CHECKPOINT_DELETE_CHILDREN)
    listing(a, "after c1 children")
    c9 = call("c9 (no parent)", a.checkpointCreateXML, named("c9"), 0)
    call("c9 parent", c9.getParent, 0)
    domains_with(c)

    say("-- domains with checkpoints")
    call("start chk-off", off.create)
    call("chk-off checkpoint", off.checkpointCreateXML, named("k1"), 0)
    call("chk-off destroy", off.destroy)
    call("chk-off list after destroy", lambda: [x.getName() for x in off.listAllCheckpoints()])
    call("chk-off checkpoint while off", off.checkpointCreateXML, named("k2"), 0)
    call("chk-off k1 XML SIZE", off.checkpointLookupByName("k1").getXMLDesc,
         L.VIR_DOMAIN_CHECKPOINT_XML_SIZE)
    domains_with(c)
    call("chk-off undefine CHECKPOINTS_METADATA", off.undefineFlags,
         L.VIR_DOMAIN_UNDEFINE_CHECKPOINTS_METADATA)
    call("chk-off undefine", off.undefine)
    call("chk-off list after undefine", off.listAllCheckpoints)

    say("-- clean up")
    call("chk-a destroy", a.destroy)
    call("chk-a list after destroy", a.listAllCheckpoints)
    domains_with(c)
    r.close()
    c.close()
    transcript.print()
    return 0


if __name__ == "__main__":
    transcript.run(main)
