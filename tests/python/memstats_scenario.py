"""virDomainSetMemoryStatsPeriod on test:///default and on domains of our
own (with and without a balloon, running, stopped, transient), run by
Debian's prebuilt python3-libvirt once on the C library and once on ours;
run.sh compares the two transcripts. Removes what it creates.

Usage: python3 memstats_scenario.py EXPECTED_LIBDIR   (or "system")
"""
import sys

import libvirt
from transcript import Transcript, expect_library, silence_default_errors


silence_default_errors()

transcript = Transcript(domains="name id")
out, say, call = transcript.out, transcript.say, transcript.call


def xml(name, tail, balloon):
    return (f"<domain type='test'><name>{name}</name>"
            f"<uuid>3d1f7a20-9c4e-4e0b-8f51-{tail}</uuid>"
            f"<memory>1048576</memory><os><type>hvm</type></os>"
            f"<devices>{balloon}</devices></domain>")


def balloon_lines(d, label):
    for f, x in transcript.xml_forms(d, label):
        start = x.find("<memballoon")
        end = x.find("</devices>")
        say(f"{label} xml {f}: {x[start:end].split() if start >= 0 else None}")


def main():
    expect_library()
    c = libvirt.open("test:///default")
    r = libvirt.openReadOnly("test:///default")
    V = libvirt
    LIVE, CONFIG = V.VIR_DOMAIN_AFFECT_LIVE, V.VIR_DOMAIN_AFFECT_CONFIG

    say("-- default domain")
    t = c.lookupByName("test")
    balloon_lines(t, "test")
    call("ro", r.lookupByName("test").setMemoryStatsPeriod, 5, 0)
    call("negative", t.setMemoryStatsPeriod, -1, 0)
    call("bad flag", t.setMemoryStatsPeriod, 5, 4)
    call("both", t.setMemoryStatsPeriod, 5, LIVE | CONFIG)
    call("memoryStats", lambda: sorted(t.memoryStats().keys()))
    call("live 5", t.setMemoryStatsPeriod, 5, LIVE)
    call("config", t.setMemoryStatsPeriod, 7, CONFIG)
    balloon_lines(t, "test live 5, config 7")
    call("current 0", t.setMemoryStatsPeriod, 0, 0)
    balloon_lines(t, "test current 0")

    say("-- persistent, with a balloon")
    a = call("define A", c.defineXML, xml("msA", "000000000001",
             "<memballoon model='virtio'><stats period='10'/></memballoon>"))
    balloon_lines(a, "A defined")
    call("A live stopped", a.setMemoryStatsPeriod, 3, LIVE)
    call("A current", a.setMemoryStatsPeriod, 3, 0)
    balloon_lines(a, "A period 3")
    call("A create", a.create)
    call("A live", a.setMemoryStatsPeriod, 20, LIVE)
    balloon_lines(a, "A live 20")
    call("A config", a.setMemoryStatsPeriod, 30, CONFIG)
    balloon_lines(a, "A config 30")
    call("A huge", a.setMemoryStatsPeriod, 2147483647, 0)
    balloon_lines(a, "A huge")
    call("A destroy", a.destroy)
    balloon_lines(a, "A stopped")
    call("A undefine", a.undefine)

    say("-- without a balloon, or with model none")
    b = call("define B", c.defineXML, xml("msB", "000000000002", ""))
    call("B current", b.setMemoryStatsPeriod, 1, 0)
    call("B undefine", b.undefine)
    n = call("define N", c.defineXML, xml("msN", "000000000003",
             "<memballoon model='none'><stats period='4'/></memballoon>"))
    balloon_lines(n, "N")
    call("N current", n.setMemoryStatsPeriod, 1, 0)
    call("N undefine", n.undefine)

    say("-- transient")
    tr = call("create T", c.createXML, xml("msT", "000000000004",
              "<memballoon model='virtio' autodeflate='on'/>"), 0)
    call("T config", tr.setMemoryStatsPeriod, 2, CONFIG)
    call("T current", tr.setMemoryStatsPeriod, 2, 0)
    balloon_lines(tr, "T")
    call("T destroy", tr.destroy)
    r.close()
    c.close()
    transcript.print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
