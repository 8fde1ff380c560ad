"""Domain snapshots of test:///default, run by Debian's prebuilt
python3-libvirt once on the C library and once on ours; run.sh compares the
two transcripts.

Every call prints what it returned or its error (code, domain, message).
Creation times (and the names made from them) change from run to run, so
the transcript replaces them with a placeholder. Listing order is the C
library's hash order, so lists are printed sorted.

Usage: python3 snapshot_scenario.py EXPECTED_LIBDIR   (or "system")
"""
import re

import libvirt
from transcript import Transcript, expect_library, silence_default_errors


silence_default_errors()

events = []


def norm(s):
    return re.sub(r"\b1[6-9]\d{8}\b", "<time>", s)


class SnapshotTranscript(Transcript):
    def show(self, label, r):
        if isinstance(r, str) and r.startswith("<"):
            self.text(label, r, "  ")
        else:
            super().show(label, r)

    def describe(self, r):
        if isinstance(r, libvirt.virDomainSnapshot):
            return f"snapshot {r.getName()}"
        if isinstance(r, list) and r and isinstance(r[0], libvirt.virDomainSnapshot):
            return f"{sorted(s.getName() for s in r)}"
        if isinstance(r, list):
            return f"{sorted(r)}"
        return super().describe(r)


transcript = SnapshotTranscript(norm=norm, domains="name")
out, say, call = transcript.out, transcript.say, transcript.call


def xml(name, uuid_tail, disk=True):
    # Written the way libvirt formats it: the device model is not what
    # this scenario tests.
    dev = ("<devices>\n<disk type='file' device='disk'>\n  <source file='/x/%s.img'/>\n"
           "  <target dev='vda' bus='virtio'/>\n</disk>\n</devices>" % name) if disk else ""
    return (f"<domain type='test'><name>{name}</name>"
            f"<uuid>5d1e2f3a-0b4c-4d5e-8f60-{uuid_tail}</uuid>"
            f"<memory>1048576</memory><currentMemory>524288</currentMemory>"
            f"<vcpu>1</vcpu><os><type arch='i686'>hvm</type><boot dev='hd'/></os>{dev}</domain>")


F = libvirt


def state(label, d):
    call(label + " state", d.state)


def lists(label, d):
    call(f"{label} num", d.snapshotNum)
    call(f"{label} names", d.snapshotListNames)
    call(f"{label} roots", d.snapshotListNames, F.VIR_DOMAIN_SNAPSHOT_LIST_ROOTS)
    call(f"{label} leaves", d.snapshotListNames, F.VIR_DOMAIN_SNAPSHOT_LIST_LEAVES)
    call(f"{label} no leaves", d.snapshotListNames, F.VIR_DOMAIN_SNAPSHOT_LIST_NO_LEAVES)
    call(f"{label} active", d.snapshotListNames, F.VIR_DOMAIN_SNAPSHOT_LIST_ACTIVE)
    call(f"{label} inactive", d.snapshotListNames, F.VIR_DOMAIN_SNAPSHOT_LIST_INACTIVE)
    call(f"{label} no metadata", d.snapshotNum, F.VIR_DOMAIN_SNAPSHOT_LIST_NO_METADATA)
    call(f"{label} external", d.snapshotNum, F.VIR_DOMAIN_SNAPSHOT_LIST_EXTERNAL)
    call(f"{label} all", d.listAllSnapshots)
    call(f"{label} has current", d.hasCurrentSnapshot)


def on_event(conn, dom, event, detail, opaque):
    if dom.name().startswith("snap-"):
        events.append(f"event {dom.name()} {event} {detail}")


def main():
    expect_library()

    c = libvirt.open("test:///default")
    r = libvirt.openReadOnly("test:///default")

    say("-- a persistent domain, shut off")
    a = call("define A", c.defineXML, xml("snap-a", "000000000001"))
    lists("A empty", a)
    call("A current", a.snapshotCurrent)
    call("A lookup none", a.snapshotLookupByName, "nope")
    s1 = call("A create s1", a.snapshotCreateXML,
              "<domainsnapshot><name>s1</name><description>first &amp; one</description></domainsnapshot>")
    call("A s1 xml", s1.getXMLDesc)
    call("A create s1 again", a.snapshotCreateXML, "<domainsnapshot><name>s1</name></domainsnapshot>")
    call("A create bad xml", a.snapshotCreateXML, "<domainsnapshot><name>x</name>")
    call("A create wrong root", a.snapshotCreateXML, "<snapshot/>")
    call("A create bad flag", a.snapshotCreateXML, "<domainsnapshot/>", F.VIR_DOMAIN_SNAPSHOT_CREATE_DISK_ONLY)
    call("A create no-metadata", a.snapshotCreateXML, "<domainsnapshot/>", F.VIR_DOMAIN_SNAPSHOT_CREATE_NO_METADATA)
    call("A create current only", a.snapshotCreateXML, "<domainsnapshot/>", F.VIR_DOMAIN_SNAPSHOT_CREATE_CURRENT)
    call("A create redefine+halt", a.snapshotCreateXML, "<domainsnapshot/>",
         F.VIR_DOMAIN_SNAPSHOT_CREATE_REDEFINE | F.VIR_DOMAIN_SNAPSHOT_CREATE_HALT)
    call("A create redefine no name", a.snapshotCreateXML, "<domainsnapshot/>", F.VIR_DOMAIN_SNAPSHOT_CREATE_REDEFINE)
    call("A create unknown disk", a.snapshotCreateXML,
         "<domainsnapshot><name>x</name><disks><disk name='vdz'/></disks></domainsnapshot>")
    call("A create disk external", a.snapshotCreateXML,
         "<domainsnapshot><name>x</name><disks><disk name='vda' snapshot='external'/></disks></domainsnapshot>")
    call("A create disk bad mode", a.snapshotCreateXML,
         "<domainsnapshot><name>x</name><disks><disk name='vda' snapshot='sideways'/></disks></domainsnapshot>")
    call("A create disk no name", a.snapshotCreateXML,
         "<domainsnapshot><name>x</name><disks><disk/></disks></domainsnapshot>")
    call("A create memory manual", a.snapshotCreateXML,
         "<domainsnapshot><name>x</name><memory snapshot='manual'/></domainsnapshot>")
    call("A create memory file", a.snapshotCreateXML,
         "<domainsnapshot><name>x</name><memory snapshot='internal' file='/m'/></domainsnapshot>")
    call("A create ro", r.lookupByName("snap-a").snapshotCreateXML, "<domainsnapshot/>")

    say("-- started: a running snapshot, then a child")
    call("A create", a.create)
    s2 = call("A create s2", a.snapshotCreateXML,
              "<domainsnapshot><name>s2</name><disks><disk name='vda' snapshot='internal'/></disks></domainsnapshot>",
              F.VIR_DOMAIN_SNAPSHOT_CREATE_ATOMIC | F.VIR_DOMAIN_SNAPSHOT_CREATE_LIVE)
    call("A s2 xml", s2.getXMLDesc)
    call("A suspend", a.suspend)
    s3 = call("A create s3", a.snapshotCreateXML, "<domainsnapshot><name>s3</name></domainsnapshot>")
    call("A resume", a.resume)
    s4 = call("A create s4 halt", a.snapshotCreateXML, "<domainsnapshot><name>s4</name></domainsnapshot>",
              F.VIR_DOMAIN_SNAPSHOT_CREATE_HALT)
    call("A id after halt", a.ID)
    state("A", a)
    lists("A four", a)
    call("A topological", a.snapshotListNames, F.VIR_DOMAIN_SNAPSHOT_LIST_TOPOLOGICAL)
    for s in (s1, s2, s3, s4):
        n = s.getName()
        call(f"{n} name", s.getName)
        call(f"{n} is current", s.isCurrent)
        call(f"{n} has metadata", s.hasMetadata)
        call(f"{n} parent", s.getParent)
        call(f"{n} children num", s.numChildren)
        call(f"{n} descendants num", s.numChildren, F.VIR_DOMAIN_SNAPSHOT_LIST_DESCENDANTS)
        call(f"{n} children", s.listChildrenNames)
        call(f"{n} descendants", s.listChildrenNames, F.VIR_DOMAIN_SNAPSHOT_LIST_DESCENDANTS)
        call(f"{n} all children", s.listAllChildren)
        call(f"{n} leaf children", s.listAllChildren, F.VIR_DOMAIN_SNAPSHOT_LIST_DESCENDANTS | F.VIR_DOMAIN_SNAPSHOT_LIST_LEAVES)
    call("s1 bad flag", s1.numChildren, F.VIR_DOMAIN_SNAPSHOT_LIST_ROOTS << 20)
    call("s1 lookup flag", a.snapshotLookupByName, "s1", 1)
    call("A current", a.snapshotCurrent)
    call("A lookup s3", a.snapshotLookupByName, "s3")
    call("s1 xml secure ro", r.lookupByName("snap-a").snapshotLookupByName("s1").getXMLDesc,
         F.VIR_DOMAIN_SNAPSHOT_XML_SECURE)
    call("s1 xml bad flag", s1.getXMLDesc, 2)

    say("-- redefine")
    x = s3.getXMLDesc()
    x2 = x.replace("<name>s3</name>", "<name>r1</name>", 1)
    call("A redefine r1", a.snapshotCreateXML, x2, F.VIR_DOMAIN_SNAPSHOT_CREATE_REDEFINE)
    call("A current after redefine", a.snapshotCurrent)
    call("A redefine r1 current", a.snapshotCreateXML, x2,
         F.VIR_DOMAIN_SNAPSHOT_CREATE_REDEFINE | F.VIR_DOMAIN_SNAPSHOT_CREATE_CURRENT)
    call("A current after redefine current", a.snapshotCurrent)
    call("A redefine own parent", a.snapshotCreateXML,
         x.replace("<name>s2</name>", "<name>s3</name>", 1), F.VIR_DOMAIN_SNAPSHOT_CREATE_REDEFINE)
    call("A redefine lost parent", a.snapshotCreateXML,
         x.replace("<name>s2</name>", "<name>zz</name>", 1), F.VIR_DOMAIN_SNAPSHOT_CREATE_REDEFINE)
    call("A redefine no time", a.snapshotCreateXML,
         "<domainsnapshot><name>q</name><state>running</state></domainsnapshot>", F.VIR_DOMAIN_SNAPSHOT_CREATE_REDEFINE)
    call("A redefine bad state", a.snapshotCreateXML,
         "<domainsnapshot><name>q</name><state>dancing</state><creationTime>5</creationTime></domainsnapshot>",
         F.VIR_DOMAIN_SNAPSHOT_CREATE_REDEFINE)
    call("A redefine offline", a.snapshotCreateXML,
         x.replace("<state>paused</state>", "<state>shutoff</state>", 1).replace("<memory snapshot='internal'/>", "", 1),
         F.VIR_DOMAIN_SNAPSHOT_CREATE_REDEFINE)
    call("A redefine no domain", a.snapshotCreateXML,
         "<domainsnapshot><name>q</name><state>running</state><creationTime>5</creationTime></domainsnapshot>",
         F.VIR_DOMAIN_SNAPSHOT_CREATE_REDEFINE)
    call("A lookup q", a.snapshotLookupByName, "q")

    say("-- revert")
    ra = r.lookupByName("snap-a")
    call("s2 revert ro", ra.revertToSnapshot, ra.snapshotLookupByName("s2"))
    call("s2 revert both", a.revertToSnapshot, s2,
         F.VIR_DOMAIN_SNAPSHOT_REVERT_RUNNING | F.VIR_DOMAIN_SNAPSHOT_REVERT_PAUSED)
    call("s2 revert bad flag", a.revertToSnapshot, s2, 8)
    call("s2 revert", a.revertToSnapshot, s2, 0)
    state("A", a)
    call("A current", a.snapshotCurrent)
    call("s3 revert", a.revertToSnapshot, s3, 0)
    state("A", a)
    call("s1 revert", a.revertToSnapshot, s1, 0)
    state("A", a)
    call("s1 revert paused", a.revertToSnapshot, s1, F.VIR_DOMAIN_SNAPSHOT_REVERT_PAUSED)
    state("A", a)
    call("s2 revert paused", a.revertToSnapshot, s2, F.VIR_DOMAIN_SNAPSHOT_REVERT_PAUSED)
    state("A", a)
    call("s3 revert running", a.revertToSnapshot, s3, F.VIR_DOMAIN_SNAPSHOT_REVERT_RUNNING)
    state("A", a)
    call("A ID", a.ID)
    call("list has snapshot", lambda: sorted(d.name() for d in c.listAllDomains(F.VIR_CONNECT_LIST_DOMAINS_HAS_SNAPSHOT) if d.name().startswith("snap-")))
    call("list no snapshot", lambda: sorted(d.name() for d in c.listAllDomains(F.VIR_CONNECT_LIST_DOMAINS_NO_SNAPSHOT) if d.name().startswith("snap-")))

    say("-- delete")
    call("s2 delete ro", r.lookupByName("snap-a").snapshotLookupByName("s2").delete)
    call("s2 delete both", s2.delete,
         F.VIR_DOMAIN_SNAPSHOT_DELETE_CHILDREN | F.VIR_DOMAIN_SNAPSHOT_DELETE_CHILDREN_ONLY)
    call("s2 delete metadata only", s2.delete, F.VIR_DOMAIN_SNAPSHOT_DELETE_METADATA_ONLY)
    call("s2 delete", s2.delete)
    call("s2 delete again", s2.delete)
    call("s2 xml gone", s2.getXMLDesc)
    call("s3 parent", s3.getParent)
    lists("A after delete", a)
    call("s1 delete children only", s1.delete, F.VIR_DOMAIN_SNAPSHOT_DELETE_CHILDREN_ONLY)
    lists("A after children only", a)
    call("A destroy", a.destroy)
    call("A undefine", a.undefine)
    call("A undefine metadata", a.undefineFlags, F.VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA)

    say("-- transient domain")
    t = call("create T", c.createXML, xml("snap-t", "000000000002", disk=False), 0)
    call("T halt", t.snapshotCreateXML, "<domainsnapshot/>", F.VIR_DOMAIN_SNAPSHOT_CREATE_HALT)
    t1 = call("T create", t.snapshotCreateXML, "<domainsnapshot><name>t1</name></domainsnapshot>")
    call("t1 xml", t1.getXMLDesc)
    call("t1 delete", t1.delete)
    call("T destroy", t.destroy)
    call("T snapshots gone", t.snapshotNum)

    say("-- the default domain")
    d = c.lookupByName("test")
    ds = call("test create", d.snapshotCreateXML, "<domainsnapshot><name>snap-d</name></domainsnapshot>")
    call("snap-d xml", ds.getXMLDesc)
    call("snap-d delete", ds.delete)
    call("test has current", d.hasCurrentSnapshot)

    r.close()
    c.close()
    out.extend(events)
    transcript.print()
    return 0


if __name__ == "__main__":
    transcript.run(main)
