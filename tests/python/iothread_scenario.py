"""The I/O thread calls of test:///default (virDomainGetIOThreadInfo,
virDomainAddIOThread, virDomainDelIOThread, virDomainPinIOThread,
virDomainSetIOThreadParams) and the I/O thread XML: live and persistent
definitions, errors, what the XML shows. Run by Debian's prebuilt
python3-libvirt once on the C library and once on ours; run.sh compares
the two transcripts. Uses its own domains and removes them.

Usage: python3 iothread_scenario.py EXPECTED_LIBDIR   (or "system")
"""
import os
import shutil
import sys
import tempfile

import libvirt
from transcript import Transcript, expect_library, silence_default_errors


silence_default_errors()

transcript = Transcript(domains="name", python_errors=(TypeError, OverflowError, LookupError, ValueError),
                        python_messages=False)
out, say, call = transcript.out, transcript.say, transcript.call
LIVE = libvirt.VIR_DOMAIN_AFFECT_LIVE
CONFIG = libvirt.VIR_DOMAIN_AFFECT_CONFIG


def xml(name, tail, extra="", vcpu="<vcpu current='2'>4</vcpu>", devices=""):
    return (f"<domain type='test'><name>{name}</name>"
            f"<uuid>9a4e2c71-0d3b-4f8a-b6c5-{tail}</uuid>"
            f"<memory>1048576</memory>{vcpu}{extra}"
            f"<os><type arch='i686'>hvm</type></os><devices>{devices}</devices></domain>")


def show(d, label):
    transcript.xml_sections(d, label, ("iothreadids", "cputune"), ("iothread", "<vcpu"))


DEFINES = [
    ("count", "<iothreads>3</iothreads>"),
    ("count zero", "<iothreads>0</iothreads>"),
    ("count bad", "<iothreads>x</iothreads>"),
    ("count negative", "<iothreads>-1</iothreads>"),
    ("ids", "<iothreadids><iothread id='5'/><iothread id='2'/></iothreadids>"),
    ("ids partial", "<iothreads>4</iothreads><iothreadids><iothread id='2'/><iothread id='9'/></iothreadids>"),
    ("ids fewer count", "<iothreads>1</iothreads><iothreadids><iothread id='2'/><iothread id='3'/></iothreadids>"),
    ("ids dup", "<iothreadids><iothread id='2'/><iothread id='2'/></iothreadids>"),
    ("ids zero", "<iothreadids><iothread id='0'/></iothreadids>"),
    ("ids missing", "<iothreadids><iothread/></iothreadids>"),
    ("pool", "<iothreads>2</iothreads><iothreadids><iothread id='1' thread_pool_min='0' thread_pool_max='60'/>"
     "</iothreadids><defaultiothread thread_pool_min='8' thread_pool_max='16'/>"),
    ("pool negative", "<iothreadids><iothread id='1' thread_pool_min='-1'/></iothreadids>"),
    ("default only min", "<defaultiothread thread_pool_min='2'/>"),
    ("default empty", "<defaultiothread/>"),
    ("default bad", "<defaultiothread thread_pool_max='x'/>"),
    ("pin", "<iothreads>2</iothreads><cputune><iothreadpin iothread='2' cpuset='1-2'/>"
     "<iothreadpin iothread='1' cpuset='3'/></cputune>"),
    ("cpuset", "<iothreads>1</iothreads>", "<vcpu cpuset='0,9'>2</vcpu>"),
]


def main():
    expect_library()
    c = libvirt.open("test:///default")
    for n, entry in enumerate(DEFINES):
        label, extra = entry[0], entry[1]
        args = {"vcpu": entry[2]} if len(entry) > 2 else {}
        d = call(f"define {label}", c.defineXML, xml(f"io{n}", f"0000000000{n:02d}", extra, **args))
        if d:
            show(d, label)
            call(f"{label} info", d.ioThreadInfo, 0)
            d.undefine()

    t = c.lookupByName("test")
    call("test info", t.ioThreadInfo, 0)
    call("test add 1", t.addIOThread, 1, 0)
    call("test params", t.setIOThreadParams, 1, {"poll_max_ns": 10}, LIVE)

    devices = ("<disk type='file' device='disk'><driver name='qemu' type='raw' iothread='2'/>"
               "<source file='/tmp/x.img'/><target dev='vda' bus='virtio'/></disk>"
               "<controller type='scsi' index='0' model='virtio-scsi'><driver iothread='3'/></controller>")
    d = call("define S", c.defineXML, xml("ioS", "0000000000ff", "<iothreads>4</iothreads>", devices=devices))
    show(d, "S")
    call("S info", d.ioThreadInfo, 0)
    call("S info live", d.ioThreadInfo, LIVE)
    call("S info both", d.ioThreadInfo, LIVE | CONFIG)
    call("S info flags", d.ioThreadInfo, 8)
    call("S add 0", d.addIOThread, 0, 0)
    call("S add 2", d.addIOThread, 2, 0)
    call("S add 7", d.addIOThread, 7, 0)
    call("S add live", d.addIOThread, 8, LIVE)
    call("S add flags", d.addIOThread, 8, 16)
    show(d, "S added")
    call("S del 0", d.delIOThread, 0, 0)
    call("S del 9", d.delIOThread, 9, 0)
    call("S del 2 (disk)", d.delIOThread, 2, 0)
    call("S del 3 (controller)", d.delIOThread, 3, 0)
    call("S del 1", d.delIOThread, 1, 0)
    show(d, "S deleted")
    call("S pin 4", d.pinIOThread, 4, (False, True, True), 0)
    call("S pin 7", d.pinIOThread, 7, (True,), 0)
    call("S pin empty", d.pinIOThread, 4, (False, False), 0)
    call("S pin missing", d.pinIOThread, 1, (True,), 0)
    call("S pin flags", d.pinIOThread, 4, (True,), 4)
    call("S info pinned", d.ioThreadInfo, 0)
    show(d, "S pinned")
    call("S del 4 (pinned)", d.delIOThread, 4, 0)
    show(d, "S unpinned")
    call("S params stopped", d.setIOThreadParams, 7, {"poll_max_ns": 10}, 0)
    call("S params config flag", d.setIOThreadParams, 7, {"poll_max_ns": 10}, CONFIG)
    call("S create", d.create)
    call("S params live", d.setIOThreadParams, 7, {"poll_max_ns": 10, "poll_grow": 2, "poll_shrink": 3}, LIVE)
    call("S params 0", d.setIOThreadParams, 0, {"poll_grow": 2}, LIVE)
    call("S params missing", d.setIOThreadParams, 9, {"poll_grow": 2}, LIVE)
    call("S params autofilled", d.setIOThreadParams, 2, {"poll_grow": 2}, LIVE)
    call("S params wrong type", d.setIOThreadParams, 7, {"poll_grow": "2"}, LIVE)
    call("S params unknown", d.setIOThreadParams, 7, {"poll_x": 2}, LIVE)
    call("S add live running", d.addIOThread, 11, LIVE)
    call("S add config running", d.addIOThread, 12, CONFIG)
    call("S pin live", d.pinIOThread, 11, (True, False, True), LIVE)
    call("S params new", d.setIOThreadParams, 11, {"poll_shrink": 5}, LIVE)
    call("S info live", d.ioThreadInfo, LIVE)
    call("S info config", d.ioThreadInfo, CONFIG)
    call("S stats", lambda: [(x.name(), s) for x, s in c.domainListGetStats([d], libvirt.VIR_DOMAIN_STATS_IOTHREAD)])
    # The order of the whole list is the C library's hash table's: sorted here.
    call("all stats", lambda: sorted((x.name(), s) for x, s in c.getAllDomainStats(libvirt.VIR_DOMAIN_STATS_IOTHREAD)))
    show(d, "S running")
    call("S del live", d.delIOThread, 11, LIVE)
    call("S params deleted", d.setIOThreadParams, 11, {"poll_shrink": 5}, LIVE)
    call("S destroy", d.destroy)
    call("S stats stopped", lambda: [(x.name(), s) for x, s in c.domainListGetStats([d], libvirt.VIR_DOMAIN_STATS_IOTHREAD)])
    show(d, "S stopped")
    call("S undefine", d.undefine)
    # Domains of a configuration file get polling settings for their
    # threads; defined ones (above) only for threads added later.
    tmp = tempfile.mkdtemp(prefix="oxvirt-iothread-")
    try:
        path = os.path.join(tmp, "node.xml")
        with open(path, "w") as f:
            f.write("<node>" + xml("ioF", "0000000000f0", "<iothreads>2</iothreads>") + "</node>")
        fc = libvirt.open("test://" + path)
        fd = fc.lookupByName("ioF")
        call("F stats", lambda: [(x.name(), s) for x, s in fc.domainListGetStats([fd], libvirt.VIR_DOMAIN_STATS_IOTHREAD)])
        call("F params", fd.setIOThreadParams, 2, {"poll_grow": 7}, 0)
        call("F del 1", fd.delIOThread, 1, 0)
        call("F stats after", lambda: [(x.name(), s) for x, s in fc.domainListGetStats([fd], libvirt.VIR_DOMAIN_STATS_IOTHREAD)])
        fc.close()
    finally:
        shutil.rmtree(tmp)
    ro = libvirt.openReadOnly("test:///default")
    rt = ro.lookupByName("test")
    call("ro info", rt.ioThreadInfo, 0)
    call("ro add", rt.addIOThread, 3, 0)
    call("ro del", rt.delIOThread, 3, 0)
    call("ro pin", rt.pinIOThread, 3, (True,), 0)
    ro.close()
    c.close()
    transcript.print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
