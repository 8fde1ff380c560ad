"""Memory tunables, perf events, the guest clock and control state of
test:///default, run by
Debian's prebuilt python3-libvirt once on the C library and once on ours;
run.sh compares the two transcripts. Uses its own domains and removes them.

Usage: python3 tuning2_scenario.py EXPECTED_LIBDIR   (or "system")
"""
import sys

import libvirt
from transcript import Transcript, expect_library, silence_default_errors


silence_default_errors()

# The Python binding's own checks (it types parameters by what the get call
# answers) print as python errors.
transcript = Transcript(domains="name id", python_errors=(LookupError, TypeError, ValueError))
out, say, call = transcript.out, transcript.say, transcript.call


def xml(name, tail, vcpu="<vcpu current='2'>4</vcpu>"):
    return (f"<domain type='test'><name>{name}</name>"
            f"<uuid>8d1bc2e3-6f22-4c9a-8b4d-{tail}</uuid>"
            f"<memory>1048576</memory><currentMemory>524288</currentMemory>"
            f"{vcpu}<os><type arch='i686'>hvm</type><boot dev='hd'/></os></domain>")


def dump(d, label):
    for f, x in transcript.xml_forms(d, label):
        keep = [l.strip() for l in x.splitlines()
                if any(k in l for k in ("memtune", "limit", "min_guarantee", "perf", "event"))]
        say(f"{label} xml {f}: {keep}")


def main():
    expect_library()
    c = libvirt.open("test:///default")
    r = libvirt.openReadOnly("test:///default")
    V = libvirt
    LIVE, CONFIG = V.VIR_DOMAIN_AFFECT_LIVE, V.VIR_DOMAIN_AFFECT_CONFIG
    UNL = 9007199254740991

    say("-- memory parameters")
    a = call("define A", c.defineXML, xml(
        "tn2-a", "0000000000a1",
        "<vcpu>2</vcpu><memtune><hard_limit unit='KiB'>2048</hard_limit>"
        "<min_guarantee unit='KiB'>64</min_guarantee></memtune>"))
    ar = r.lookupByName("tn2-a")
    dump(a, "A")
    for f in (0, LIVE, CONFIG, LIVE | CONFIG, 64):
        call(f"A mem {f}", a.memoryParameters, f)
    call("A mem ro", ar.memoryParameters, 0)
    call("A set soft", a.setMemoryParameters, {"soft_limit": 100}, 0)
    call("A set ro", ar.setMemoryParameters, {"soft_limit": 100}, 0)
    call("A set live (off)", a.setMemoryParameters, {"soft_limit": 100}, LIVE)
    call("A set bad flag", a.setMemoryParameters, {"soft_limit": 100}, 64)
    call("A set both", a.setMemoryParameters, {"soft_limit": 100}, LIVE | CONFIG)
    call("A set bad name", a.setMemoryParameters, {"hard": 100}, 0)
    call("A set bad type", a.setMemoryParameters, {"hard_limit": 1.5}, 0)
    call("A set bad type str", a.setMemoryParameters, {"hard_limit": "x"}, 0)
    call("A set hard > swap", a.setMemoryParameters, {"hard_limit": 5000, "swap_hard_limit": 4000}, 0)
    call("A set hard <= swap", a.setMemoryParameters, {"hard_limit": 4000, "swap_hard_limit": 5000}, CONFIG)
    call("A mem after", a.memoryParameters, 0)
    dump(a, "A set")
    call("A set hard over swap", a.setMemoryParameters, {"hard_limit": 6000}, 0)
    call("A set unlimited", a.setMemoryParameters,
         {"hard_limit": UNL, "soft_limit": UNL, "swap_hard_limit": UNL}, 0)
    dump(a, "A unlimited")

    say("-- running")
    call("A create", a.create)
    call("A set live", a.setMemoryParameters, {"hard_limit": 1000, "swap_hard_limit": 3000}, LIVE)
    for f in (0, LIVE, CONFIG):
        call(f"A mem {f}", a.memoryParameters, f)
    call("A set config", a.setMemoryParameters, {"soft_limit": 77}, CONFIG)
    call("A set config hard", a.setMemoryParameters, {"hard_limit": 4000}, CONFIG)
    dump(a, "A running")

    say("-- perf events")
    for f in (0, LIVE, CONFIG, LIVE | CONFIG, 64):
        call(f"A perf {f}", a.perfEvents, f)
    call("A perf ro", ar.perfEvents, 0)
    call("A setPerf", a.setPerfEvents, {"cmt": True, "mbml": False, "page_faults": True}, 0)
    call("A setPerf config", a.setPerfEvents, {"cpu_cycles": True}, CONFIG)
    call("A setPerf ro", ar.setPerfEvents, {"cmt": True}, 0)
    call("A setPerf bad name", a.setPerfEvents, {"nope": True}, 0)
    call("A setPerf bad type", a.setPerfEvents, {"cmt": 1}, 0)
    call("A setPerf bad flag", a.setPerfEvents, {"cmt": True}, 64)
    call("A setPerf again", a.setPerfEvents, {"cmt": False}, LIVE)
    call("A perf live", a.perfEvents, LIVE)
    call("A perf config", a.perfEvents, CONFIG)
    dump(a, "A perf")

    say("-- time and control")
    call("A time", a.getTime)
    call("A time ro", ar.getTime)
    call("A time bad flag", a.getTime, 8)
    call("A control", a.controlInfo)
    call("A control ro", ar.controlInfo)
    call("A control bad flag", a.controlInfo, 8)
    for s in (5000, 12000, 30000, 30001, 30002, 30003, 59999, 60000, -4, 0):
        call(f"A setTime {s}", a.setTime, {"seconds": s, "nseconds": 9})
        call(f"A time {s}", a.getTime)
        call(f"A control {s}", a.controlInfo)
    call("A setTime sync", a.setTime, None, V.VIR_DOMAIN_TIME_SYNC)
    call("A setTime bad flag", a.setTime, {"seconds": 1}, 8)
    call("A setTime ro", ar.setTime, {"seconds": 1})
    call("A suspend", a.suspend)
    call("A time paused", a.getTime)
    call("A control paused", a.controlInfo)
    call("A destroy", a.destroy)
    call("A time off", a.getTime)
    call("A control off", a.controlInfo)
    call("A setTime off", a.setTime, {"seconds": 1})
    call("A mem off", a.memoryParameters, 0)
    call("A perf off", a.perfEvents, 0)
    dump(a, "A off")

    say("-- transient")
    b = call("create B", c.createXML, xml("tn2-b", "0000000000b2", "<vcpu>1</vcpu>"), 0)
    call("B mem config", b.memoryParameters, CONFIG)
    call("B set config", b.setMemoryParameters, {"soft_limit": 1}, CONFIG)
    call("B setPerf config", b.setPerfEvents, {"cmt": True}, CONFIG)
    call("B time", b.getTime)
    call("B destroy", b.destroy)

    say("-- default domain")
    t = c.lookupByName("test")
    call("test mem", t.memoryParameters, 0)
    call("test perf config", t.perfEvents, CONFIG)
    call("test time", t.getTime)
    call("test control", t.controlInfo)

    call("A undefine", a.undefine)
    transcript.print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
