"""Domain metadata, renaming, lifecycle actions, messages and security
labels of test:///default, run by Debian's prebuilt python3-libvirt once on
the C library and once on ours; run.sh compares the two transcripts.

Every call prints what it returned or its error (code, domain, message).
The default state is shared per process in both libraries: the scenario
uses its own domain names (dm-*) and removes them at the end.

Usage: python3 dominfo2_scenario.py EXPECTED_LIBDIR   (or "system")
"""
import sys

import libvirt
from transcript import Transcript, expect_library, silence_default_errors


silence_default_errors()

transcript = Transcript(domains="name id", texts="  | ")
out, say, call = transcript.out, transcript.say, transcript.call


def xml(name, uuid_tail, extra=""):
    return (f"<domain type='test'><name>{name}</name>"
            f"<uuid>6e2f1c8b-4d55-4f30-9c2b-{uuid_tail}</uuid>"
            f"<memory>1048576</memory><currentMemory>524288</currentMemory>"
            f"<vcpu>2</vcpu><os><type arch='i686'>hvm</type><boot dev='hd'/></os>{extra}</domain>")


T = libvirt.VIR_DOMAIN_METADATA_TITLE
D = libvirt.VIR_DOMAIN_METADATA_DESCRIPTION
E = libvirt.VIR_DOMAIN_METADATA_ELEMENT
LIVE = libvirt.VIR_DOMAIN_AFFECT_LIVE
CONFIG = libvirt.VIR_DOMAIN_AFFECT_CONFIG
NS = "http://example.org/oxvirt/"


def metadata_of(d, label):
    for kind, kname in ((T, "title"), (D, "description")):
        for flags, fname in ((0, "current"), (LIVE, "live"), (CONFIG, "config")):
            call(f"{label} get {kname} {fname}", d.metadata, kind, None, flags)


def metadata(c, ro):
    say("-- metadata")
    a = call("define dm-a", c.defineXML, xml("dm-a", "000000000001",
                                             "<title>first</title>"))
    metadata_of(a, "dm-a inactive")
    call("set title", a.setMetadata, T, "Title A", None, None, 0)
    call("set description", a.setMetadata, D, "line 1\nline 2", None, None, 0)
    call("set title live (inactive)", a.setMetadata, T, "x", None, None, LIVE)
    call("set title config", a.setMetadata, T, "Config title", None, None, CONFIG)
    call("set bad flags", a.setMetadata, T, "x", None, None, 1 << 4)
    call("set both live+config inactive", a.setMetadata, T, "x", None, None, LIVE | CONFIG)
    call("set unknown type", a.setMetadata, 7, "x", None, None, 0)
    call("set title newline", a.setMetadata, T, "a\nb", None, None, 0)
    call("set title with uri", a.setMetadata, T, "a", None, NS, 0)
    call("set element without uri", a.setMetadata, E, "<a/>", "k", None, 0)
    call("set element without key", a.setMetadata, E, "<a/>", None, NS, 0)
    metadata_of(a, "dm-a after set")
    call("get unknown type", a.metadata, 7, None, 0)
    call("get negative type", a.metadata, -1, None, 0)
    call("get bad flags", a.metadata, T, None, 1 << 4)
    call("get live+config", a.metadata, T, None, LIVE | CONFIG)
    call("get title with uri", a.metadata, T, NS, 0)
    call("get element without uri", a.metadata, E, None, 0)
    call("get element absent", a.metadata, E, NS, 0)
    call("remove element absent", a.setMetadata, E, None, None, NS, 0)
    call("remove element absent config", a.setMetadata, E, None, None, NS, CONFIG)
    call("get element after remove", a.metadata, E, NS, 0)
    o = call("define dm-o", c.defineXML, xml("dm-o", "000000000007",
             "<metadata><x:foo xmlns:x='http://other.example/'>1</x:foo></metadata>"))
    call("get element other namespace", o.metadata, E, NS, 0)
    call("undefine dm-o", o.undefine)
    ra = ro.lookupByName("dm-a")
    call("ro get title", ra.metadata, T, None, 0)
    call("ro set title", ra.setMetadata, T, "ro", None, None, 0)
    call("start dm-a", a.create)
    metadata_of(a, "dm-a running")
    call("set title live", a.setMetadata, T, "Live only", None, None, LIVE)
    call("set description config", a.setMetadata, D, "Config only", None, None, CONFIG)
    call("set description both", a.setMetadata, D, "Both", None, None, LIVE | CONFIG)
    metadata_of(a, "dm-a running after set")
    call("clear title (empty)", a.setMetadata, T, "", None, None, LIVE)
    call("clear description (None)", a.setMetadata, D, None, None, None, LIVE | CONFIG)
    metadata_of(a, "dm-a running after clear")
    call("destroy dm-a", a.destroy)
    metadata_of(a, "dm-a stopped again")
    t = call("create transient dm-t", c.createXML, xml("dm-t", "000000000002"), 0)
    call("transient set config", t.setMetadata, T, "x", None, None, CONFIG)
    call("transient set live", t.setMetadata, T, "tt", None, None, LIVE)
    call("transient get config", t.metadata, T, None, CONFIG)
    call("transient get current", t.metadata, T, None, 0)
    call("dm-t destroy", t.destroy)
    call("gone get title", t.metadata, T, None, 0)
    call("gone set title", t.setMetadata, T, "x", None, None, 0)
    return a


def rename(c, ro, a):
    say("-- rename")
    call("rename to self", a.rename, "dm-a", 0)
    call("rename bad flags", a.rename, "dm-b", 1)
    call("rename to existing", a.rename, "test", 0)
    call("rename with slash", a.rename, "dm/b", 0)
    call("rename empty", a.rename, "", 0)
    call("ro rename", ro.lookupByName("dm-a").rename, "dm-b", 0)
    call("rename to dm-b", a.rename, "dm-b", 0)
    call("old handle name", a.name)
    call("lookup dm-a", c.lookupByName, "dm-a")
    b = call("lookup dm-b", c.lookupByName, "dm-b")
    call("dm-b title", b.metadata, T, None, 0)
    call("dm-b xml name", lambda: b.XMLDesc(0).split("<name>")[1].split("<")[0])
    call("old handle rename again", a.rename, "dm-c", 0)
    b = c.lookupByName("dm-c")
    call("start dm-c", b.create)
    call("rename running", b.rename, "dm-d", 0)
    call("destroy dm-c", b.destroy)
    t = call("create transient dm-t", c.createXML, xml("dm-t", "000000000002"), 0)
    call("rename transient", t.rename, "dm-u", 0)
    call("dm-t destroy", t.destroy)
    call("rename gone", t.rename, "dm-u", 0)
    call("rename test (running)", c.lookupByName("test").rename, "dm-x", 0)
    return b


def lifecycle_xml(d, label, flags=0):
    x = d.XMLDesc(flags)
    call(label, lambda: [x.split(f"<{t}>")[1].split("<")[0]
                         for t in ("on_poweroff", "on_reboot", "on_crash")])


def lifecycle(c, ro, b):
    say("-- lifecycle actions")
    P = libvirt.VIR_DOMAIN_LIFECYCLE_POWEROFF
    R = libvirt.VIR_DOMAIN_LIFECYCLE_REBOOT
    C = libvirt.VIR_DOMAIN_LIFECYCLE_CRASH
    A = libvirt
    lifecycle_xml(b, "dm-c actions")
    call("poweroff restart", b.setLifecycleAction, P, A.VIR_DOMAIN_LIFECYCLE_ACTION_RESTART, 0)
    call("reboot preserve", b.setLifecycleAction, R, A.VIR_DOMAIN_LIFECYCLE_ACTION_PRESERVE, 0)
    call("crash coredump-restart", b.setLifecycleAction, C,
         A.VIR_DOMAIN_LIFECYCLE_ACTION_COREDUMP_RESTART, 0)
    lifecycle_xml(b, "dm-c actions after")
    call("poweroff coredump-destroy", b.setLifecycleAction, P,
         A.VIR_DOMAIN_LIFECYCLE_ACTION_COREDUMP_DESTROY, 0)
    call("reboot coredump-restart", b.setLifecycleAction, R,
         A.VIR_DOMAIN_LIFECYCLE_ACTION_COREDUMP_RESTART, 0)
    call("bad type", b.setLifecycleAction, 3, 0, 0)
    call("bad action", b.setLifecycleAction, P, 6, 0)
    call("bad flags", b.setLifecycleAction, P, 0, 4)
    call("live on inactive", b.setLifecycleAction, P, 0, LIVE)
    call("ro set", ro.lookupByName("dm-c").setLifecycleAction, P, 0, 0)
    call("start dm-c", b.create)
    call("crash rename-restart live", b.setLifecycleAction, C,
         A.VIR_DOMAIN_LIFECYCLE_ACTION_RESTART_RENAME, LIVE)
    call("reboot destroy config", b.setLifecycleAction, R,
         A.VIR_DOMAIN_LIFECYCLE_ACTION_DESTROY, CONFIG)
    lifecycle_xml(b, "dm-c live actions")
    lifecycle_xml(b, "dm-c config actions", libvirt.VIR_DOMAIN_XML_INACTIVE)
    call("destroy dm-c", b.destroy)
    lifecycle_xml(b, "dm-c actions stopped")


def messages_and_labels(c, ro, b):
    say("-- messages and security labels")
    M = libvirt
    for flags in (0, M.VIR_DOMAIN_MESSAGE_DEPRECATION, M.VIR_DOMAIN_MESSAGE_TAINTING,
                  M.VIR_DOMAIN_MESSAGE_DEPRECATION | M.VIR_DOMAIN_MESSAGE_TAINTING, 4):
        call(f"messages test {flags}", c.lookupByName("test").messages, flags)
        call(f"messages dm-c {flags}", b.messages, flags)
    call("ro messages", ro.lookupByName("test").messages, 0)
    call("label test", c.lookupByName("test").securityLabel)
    call("label dm-c", b.securityLabel)
    call("ro label test", ro.lookupByName("test").securityLabel)
    call("start dm-c", b.create)
    call("label dm-c running", b.securityLabel)
    call("destroy dm-c", b.destroy)


DISKS = ("<devices>"
         "<disk type='file' device='cdrom'><source file='/tmp/x.iso'/>"
         "<target dev='hdc' bus='ide'/></disk>"
         "<disk type='file' device='disk'><source file='/tmp/a.img'/>"
         "<target dev='vda' bus='virtio'/></disk>"
         "<disk type='file' device='disk'><source file='/tmp/b.img'/>"
         "<target dev='vdb' bus='virtio'/></disk>"
         "</devices>")


def fsinfo(d, label):
    r = call(label, d.fsInfo, 0)
    return r


def guest_fs(c, ro):
    say("-- guest file systems and disks")
    g = call("define dm-g", c.defineXML, xml("dm-g", "000000000003", DISKS))
    call("freeze inactive", g.fsFreeze, None, 0)
    call("thaw inactive", g.fsThaw, None, 0)
    call("trim inactive", g.fSTrim, None, 0, 0)
    call("fsinfo inactive", g.fsInfo, 0)
    call("disk errors inactive", g.diskErrors, 0)
    call("launch security inactive", g.launchSecurityInfo, 0)
    call("start dm-g", g.create)
    call("freeze bad flags", g.fsFreeze, None, 1)
    call("freeze all", g.fsFreeze, None, 0)
    call("freeze all again", g.fsFreeze, None, 0)
    call("thaw /boot", g.fsThaw, ["/boot"], 0)
    call("thaw /boot again", g.fsThaw, ["/boot", "/boot"], 0)
    call("thaw unknown", g.fsThaw, ["/", "/home"], 0)
    call("thaw all", g.fsThaw, None, 0)
    call("freeze / twice", g.fsFreeze, ["/", "/"], 0)
    call("freeze unknown", g.fsFreeze, ["/boot", "/srv"], 0)
    call("thaw all again", g.fsThaw, None, 0)
    call("freeze /boot", g.fsFreeze, ["/boot"], 0)
    call("destroy dm-g", g.destroy)
    call("start dm-g again", g.create)
    call("thaw after restart", g.fsThaw, None, 0)
    call("trim /", g.fSTrim, "/", 0, 0)
    call("trim /boot", g.fSTrim, "/boot", 1024, 0)
    call("trim all", g.fSTrim, None, 0, 0)
    call("trim unknown", g.fSTrim, "/var", 0, 0)
    call("trim bad flags", g.fSTrim, None, 0, 2)
    call("fsinfo", g.fsInfo, 0)
    call("fsinfo bad flags", g.fsInfo, 1)
    call("fsinfo test", c.lookupByName("test").fsInfo, 0)
    call("disk errors", g.diskErrors, 0)
    call("disk errors bad flags", g.diskErrors, 1)
    call("disk errors test", c.lookupByName("test").diskErrors, 0)
    call("launch security", g.launchSecurityInfo, 0)
    call("launch security bad flags", g.launchSecurityInfo, 1)
    rg = ro.lookupByName("dm-g")
    call("ro freeze", rg.fsFreeze, None, 0)
    call("ro thaw", rg.fsThaw, None, 0)
    call("ro trim", rg.fSTrim, None, 0, 0)
    call("ro fsinfo", rg.fsInfo, 0)
    call("ro disk errors", rg.diskErrors, 0)
    call("ro launch security", rg.launchSecurityInfo, 0)
    call("destroy dm-g", g.destroy)
    call("undefine dm-g", g.undefine)
    call("gone freeze", g.fsFreeze, None, 0)
    call("gone fsinfo", g.fsInfo, 0)
    call("gone disk errors", g.diskErrors, 0)
    call("gone launch security", g.launchSecurityInfo, 0)


BALLOON = ("<devices>"
           "<disk type='file' device='disk'><source file='/tmp/a.img'/>"
           "<target dev='vda' bus='virtio'/></disk>"
           "<disk type='file' device='disk'><source file='/tmp/a.img'/>"
           "<target dev='vdb' bus='virtio'/></disk>"
           "<disk type='file' device='cdrom'><target dev='hdc' bus='ide'/></disk>"
           "<disk type='block' device='disk'><source dev='/dev/sdz'/>"
           "<target dev='vdc' bus='virtio'/></disk>"
           "<interface type='user'><mac address='52:54:00:AA:bb:0c'/>"
           "<target dev='tap-dm7'/></interface>"
           "<interface type='user'><mac address='52:54:00:aa:bb:0d'/></interface>"
           "<memballoon model='virtio'/>"
           "</devices>")


def masked_block_stats(d, label, path):
    # The C driver derives the numbers from the clock: only their shape
    # is compared.
    r = call_masked(label, d.blockStats, path)
    return r


def call_masked(label, fn, *args):
    try:
        r = fn(*args)
    except libvirt.libvirtError as e:
        say(f"{label}: error {e.get_error_code()} {e.get_error_domain()} {e.get_error_message()}")
        return None
    say(f"{label}: {type(r).__name__} of {len(r)} "
        f"{'non-negative ints' if all(isinstance(v, int) and v >= 0 for v in r) else r!r}")
    return r


def stats(c, ro):
    say("-- statistics")
    s = call("define dm-s", c.defineXML, xml("dm-s", "000000000004", BALLOON))
    call("memory stats inactive", s.memoryStats)
    masked_block_stats(s, "block stats inactive", "vda")
    call("block info inactive vda", s.blockInfo, "vda", 0)
    call_masked("interface stats inactive", s.interfaceStats, "tap-dm7")
    call("memory peek inactive", s.memoryPeek, 0, 4, libvirt.VIR_MEMORY_VIRTUAL)
    call("start dm-s", s.create)
    call("memory stats", s.memoryStats)
    call("memory stats test (no balloon)", c.lookupByName("test").memoryStats)
    call("ro memory stats", ro.lookupByName("dm-s").memoryStats)
    for path in ("vda", "vdc", "/dev/sdz", "/tmp/a.img", "hdc", "vdz", "/nowhere", ""):
        masked_block_stats(s, f"block stats {path!r}", path)
        call(f"block info {path!r}", s.blockInfo, path, 0)
    masked_block_stats(ro.lookupByName("dm-s"), "ro block stats", "vda")
    call("block info bad flags", s.blockInfo, "vda", 1)
    call("ro block info", ro.lookupByName("dm-s").blockInfo, "vda", 0)
    V = libvirt.VIR_MEMORY_VIRTUAL
    P = libvirt.VIR_MEMORY_PHYSICAL
    call("memory peek virtual", s.memoryPeek, 250, 10, V)
    call("memory peek physical", s.memoryPeek, 0x1234, 3, P)
    call("memory peek zero", s.memoryPeek, 0, 0, V)
    call("memory peek no flag", s.memoryPeek, 0, 4, 0)
    call("memory peek both", s.memoryPeek, 0, 4, V | P)
    call("memory peek bad flags", s.memoryPeek, 0, 4, 8)
    call("ro memory peek", ro.lookupByName("dm-s").memoryPeek, 0, 4, V)
    for dev in ("tap-dm7", "52:54:00:aa:bb:0c", "52:54:00:AA:BB:0D", "52:54:0:aa:bb:d",
                "52:54:00:aa:bb:0e", "tap-none", "", "vnet0"):
        call_masked(f"interface stats {dev!r}", s.interfaceStats, dev)
    call_masked("ro interface stats", ro.lookupByName("dm-s").interfaceStats, "tap-dm7")
    call("cpu stats total", s.getCPUStats, True)
    call("cpu stats per cpu", s.getCPUStats, False)
    call("cpu stats bad flags", s.getCPUStats, True, 1)
    call("ro cpu stats total", ro.lookupByName("dm-s").getCPUStats, True)
    call("destroy dm-s", s.destroy)
    call("cpu stats inactive", s.getCPUStats, True)
    call("undefine dm-s", s.undefine)
    call("gone memory stats", s.memoryStats)
    masked_block_stats(s, "gone block stats", "vda")
    call("gone block info", s.blockInfo, "vda", 0)
    call("gone memory peek", s.memoryPeek, 0, 4, V)
    call("gone cpu stats", s.getCPUStats, True)
    call_masked("gone interface stats", s.interfaceStats, "tap-dm7")


def show_records(label, fn, *args):
    try:
        r = fn(*args)
    except libvirt.libvirtError as e:
        say(f"{label}: error {e.get_error_code()} {e.get_error_domain()} {e.get_error_message()}")
        return
    # Only this scenario's domains and the default one: others may come and
    # go in the shared state.
    mine = sorted((d.name(), d.ID(), sorted(p.items())) for d, p in r
                  if d.name().startswith("dm-") or d.name() == "test")
    say(f"{label}: {mine!r}")


def domain_stats(c, ro):
    say("-- domain statistics")
    S = libvirt
    x = call("define dm-x", c.defineXML, xml("dm-x", "000000000005"))
    y = call("define dm-y", c.defineXML, xml("dm-y", "000000000006"))
    call("start dm-y", y.create)
    call("suspend dm-y", y.suspend)
    t = call("create dm-t", c.createXML, xml("dm-t", "000000000002"), 0)
    show_records("all", c.getAllDomainStats, 0, 0)
    show_records("all state", c.getAllDomainStats, S.VIR_DOMAIN_STATS_STATE, 0)
    show_records("all iothread", c.getAllDomainStats, S.VIR_DOMAIN_STATS_IOTHREAD, 0)
    show_records("all cpu (unsupported group)", c.getAllDomainStats,
                 S.VIR_DOMAIN_STATS_CPU_TOTAL, 0)
    show_records("all cpu enforced", c.getAllDomainStats, S.VIR_DOMAIN_STATS_CPU_TOTAL
                 | S.VIR_DOMAIN_STATS_STATE,
                 S.VIR_CONNECT_GET_ALL_DOMAINS_STATS_ENFORCE_STATS)
    for f, n in ((S.VIR_CONNECT_GET_ALL_DOMAINS_STATS_ACTIVE, "active"),
                 (S.VIR_CONNECT_GET_ALL_DOMAINS_STATS_INACTIVE, "inactive"),
                 (S.VIR_CONNECT_GET_ALL_DOMAINS_STATS_PERSISTENT, "persistent"),
                 (S.VIR_CONNECT_GET_ALL_DOMAINS_STATS_TRANSIENT, "transient"),
                 (S.VIR_CONNECT_GET_ALL_DOMAINS_STATS_PAUSED, "paused"),
                 (S.VIR_CONNECT_GET_ALL_DOMAINS_STATS_RUNNING, "running"),
                 (S.VIR_CONNECT_GET_ALL_DOMAINS_STATS_SHUTOFF, "shutoff"),
                 (S.VIR_CONNECT_GET_ALL_DOMAINS_STATS_OTHER, "other"),
                 (S.VIR_CONNECT_GET_ALL_DOMAINS_STATS_NOWAIT, "nowait"),
                 (S.VIR_CONNECT_GET_ALL_DOMAINS_STATS_BACKING, "backing"),
                 (1 << 8, "bad flag")):
        show_records(f"all {n}", c.getAllDomainStats, 0, f)
    show_records("ro all", ro.getAllDomainStats, 0, 0)
    show_records("list x y", c.domainListGetStats, [x, y], 0, 0)
    show_records("list y x t", c.domainListGetStats, [y, x, t], S.VIR_DOMAIN_STATS_STATE, 0)
    show_records("list active", c.domainListGetStats, [x, y, t], 0,
                 S.VIR_CONNECT_GET_ALL_DOMAINS_STATS_ACTIVE)
    show_records("list bad flag", c.domainListGetStats, [x], 0, 1 << 8)
    show_records("list empty", c.domainListGetStats, [], 0, 0)
    show_records("list other connection", c.domainListGetStats,
                 [x, ro.lookupByName("dm-y")], 0, 0)
    call("dm-t destroy", t.destroy)
    show_records("list with gone", c.domainListGetStats, [t, x], 0, 0)
    call("destroy dm-y", y.destroy)
    call("undefine dm-x", x.undefine)
    call("undefine dm-y", y.undefine)


def main():
    expect_library()
    c = libvirt.open("test:///default")
    ro = libvirt.openReadOnly("test:///default")
    try:
        a = metadata(c, ro)
        b = rename(c, ro, a)
        lifecycle(c, ro, b)
        messages_and_labels(c, ro, b)
        guest_fs(c, ro)
        stats(c, ro)
        domain_stats(c, ro)
    finally:
        say("-- clean up")
        for name in ("dm-a", "dm-b", "dm-c", "dm-d", "dm-t", "dm-u", "dm-g", "dm-s", "dm-x", "dm-y", "dm-o"):
            try:
                d = c.lookupByName(name)
            except libvirt.libvirtError:
                continue
            if d.isActive():
                d.destroy()
            try:
                d.undefine()
            except libvirt.libvirtError:
                pass
        call("left over", lambda: sorted(d.name() for d in c.listAllDomains(0)
                                        if d.name().startswith("dm-")))
        ro.close()
        c.close()
    transcript.print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
