"""Tuning calls of test:///default (scheduler, vCPU counts, pinning), run by
Debian's prebuilt python3-libvirt once on the C library and once on ours;
run.sh compares the two transcripts. Uses its own domains and removes them.

Usage: python3 tuning_scenario.py EXPECTED_LIBDIR   (or "system")
"""
import sys

import libvirt
from transcript import Transcript, expect_library, silence_default_errors


silence_default_errors()

transcript = Transcript(domains="name id")
out, say, call = transcript.out, transcript.say, transcript.call


def xml(name, tail, vcpu="<vcpu current='2'>4</vcpu>"):
    return (f"<domain type='test'><name>{name}</name>"
            f"<uuid>7c0ab1d2-5e11-4b8f-9a3c-{tail}</uuid>"
            f"<memory>1048576</memory><currentMemory>524288</currentMemory>"
            f"{vcpu}<os><type arch='i686'>hvm</type><boot dev='hd'/></os></domain>")


def dump(d, label):
    for f, x in transcript.xml_forms(d, label):
        keep = [l for l in x.splitlines() if "vcpu" in l or "cputune" in l or "emulatorpin" in l]
        say(f"{label} xml {f}: {keep}")


def main():
    expect_library()
    c = libvirt.open("test:///default")
    r = libvirt.openReadOnly("test:///default")
    V = libvirt
    LIVE, CONFIG, MAX = V.VIR_DOMAIN_AFFECT_LIVE, V.VIR_DOMAIN_AFFECT_CONFIG, V.VIR_DOMAIN_VCPU_MAXIMUM

    say("-- scheduler")
    t = c.lookupByName("test")
    tr = r.lookupByName("test")
    call("type", t.schedulerType)
    call("type ro", tr.schedulerType)
    call("params", t.schedulerParameters)
    call("params ro", tr.schedulerParameters)
    for f in (0, LIVE, CONFIG, LIVE | CONFIG, 8):
        call(f"paramsFlags {f}", t.schedulerParametersFlags, f)
    call("set weight", t.setSchedulerParameters, {"weight": 100})
    call("set ro", tr.setSchedulerParameters, {"weight": 100})
    call("setFlags 0", t.setSchedulerParametersFlags, {"weight": 7}, 0)
    call("setFlags 1", t.setSchedulerParametersFlags, {"weight": 7}, LIVE)
    call("params after", t.schedulerParameters)

    say("-- vcpus")
    a = call("define A", c.defineXML, xml("tn-a", "0000000000a1"))
    dump(a, "A")
    for f in (0, LIVE, CONFIG, MAX, CONFIG | MAX, LIVE | CONFIG, 64):
        call(f"A vcpusFlags {f}", a.vcpusFlags, f)
    call("A maxVcpus (off)", a.maxVcpus)
    call("A vcpus (off)", a.vcpus)
    call("A setVcpus 3 cfg", a.setVcpusFlags, 3, CONFIG)
    call("A setVcpus 5 cfg", a.setVcpusFlags, 5, CONFIG)
    call("A setVcpus 40", a.setVcpusFlags, 40, 0)
    call("A setVcpus 0", a.setVcpusFlags, 0, 0)
    call("A setVcpus live (off)", a.setVcpusFlags, 1, LIVE)
    call("A setVcpus bad flag", a.setVcpusFlags, 1, 64)
    call("A setVcpus ro", r.lookupByName("tn-a").setVcpusFlags, 1, 0)
    call("A setVcpus max 6", a.setVcpusFlags, 6, CONFIG | MAX)
    dump(a, "A max 6")
    call("A setVcpus max 2", a.setVcpusFlags, 2, CONFIG | MAX)
    dump(a, "A max 2")
    call("A setVcpus max 4", a.setVcpusFlags, 4, MAX)
    call("A setVcpus 4", a.setVcpusFlags, 4, 0)
    dump(a, "A 4")
    call("A setVcpus 3", a.setVcpus, 3)
    call("A pinInfo (off)", a.vcpuPinInfo, 0)
    call("A emulatorPinInfo (off)", a.emulatorPinInfo, 0)
    call("A pinEmulator (off)", a.pinEmulator, (True, False, True, False), 0)
    call("A emulatorPinInfo after", a.emulatorPinInfo, 0)
    call("A pinVcpu (off)", a.pinVcpu, 0, (True,))
    dump(a, "A pinned off")

    say("-- running")
    call("A create", a.create)
    call("A vcpusFlags live", a.vcpusFlags, LIVE)
    call("A maxVcpus", a.maxVcpus)
    call("A setVcpus live 2", a.setVcpusFlags, 2, LIVE)
    call("A setVcpus live 9", a.setVcpusFlags, 9, LIVE)
    call("A setVcpus both 1", a.setVcpusFlags, 1, LIVE | CONFIG)
    for f in (0, LIVE, CONFIG):
        call(f"A vcpusFlags {f}", a.vcpusFlags, f)
    # cpuTime is the clock: left out.
    call("A vcpus", lambda: (lambda v: ([(n, st, cpu) for n, st, _, cpu in v[0]], v[1]))(a.vcpus()))
    call("A pinVcpu 0", a.pinVcpu, 0, (False, True, False, True))
    call("A pinVcpu 5", a.pinVcpu, 5, (True,))
    call("A pinVcpu empty", a.pinVcpuFlags, 0, (False, False), 0)
    call("A pinVcpu 0 again", a.pinVcpuFlags, 0, (False, True), 0)
    call("A pinVcpuFlags bad", a.pinVcpuFlags, 0, (True,), CONFIG)
    call("A pinInfo", a.vcpuPinInfo, 0)
    call("A pinInfo cfg", a.vcpuPinInfo, CONFIG)
    call("A pinInfo both", a.vcpuPinInfo, LIVE | CONFIG)
    call("A pinEmulator", a.pinEmulator, (False, True), LIVE)
    call("A pinEmulator empty", a.pinEmulator, (False, False), 0)
    call("A pinEmulator bad flag", a.pinEmulator, (True,), 64)
    call("A emulatorPinInfo", a.emulatorPinInfo, 0)
    call("A emulatorPinInfo cfg", a.emulatorPinInfo, CONFIG)
    dump(a, "A running")
    call("A destroy", a.destroy)
    dump(a, "A stopped")
    call("A undefine", a.undefine)
    call("A vcpus gone", a.vcpusFlags, 0)
    r.close()
    c.close()
    transcript.print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
