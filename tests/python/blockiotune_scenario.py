"""Disk I/O limits of test:///default (virDomain{Get,Set}BlockIoTune, and the
<iotune> of disks they read and write), run by Debian's prebuilt
python3-libvirt once on the C library and once on ours; run.sh compares
the two transcripts. Uses its own domain and removes it.

Usage: python3 blockiotune_scenario.py EXPECTED_LIBDIR   (or "system")
"""
import re
import sys

import libvirt
from transcript import Transcript, expect_library, silence_default_errors


silence_default_errors()


class BlockIoTuneTranscript(Transcript):
    def value(self, r):
        return sorted(r.items()) if isinstance(r, dict) else r


transcript = BlockIoTuneTranscript()
out, say, call = transcript.out, transcript.say, transcript.call


DISKS = """
<disk type='file' device='disk'>
  <source file='/var/lib/a.img'/>
  <target dev='vda' bus='virtio'/>
  <iotune><total_bytes_sec>1000</total_bytes_sec><read_iops_sec>40</read_iops_sec>
    <group_name>g1</group_name></iotune>
</disk>
<disk type='file' device='disk'>
  <source file='/var/lib/b.img'/>
  <target dev='vdb' bus='virtio'/>
  <iotune><group_name>g1</group_name></iotune>
</disk>
<disk type='file' device='disk'>
  <source file='/var/lib/a.img'/>
  <target dev='hda'/>
</disk>
<disk type='network' device='cdrom'>
  <source protocol='http' name='/x.iso'><host name='example.org'/></source>
  <target dev='sdc'/>
</disk>
"""


def xml(name):
    return (f"<domain type='test'><name>{name}</name>"
            f"<uuid>7c0ab1d2-5e11-4b8f-9a3c-0000000000b1</uuid>"
            f"<memory>1048576</memory><vcpu>1</vcpu>"
            f"<os><type arch='i686'>hvm</type></os><devices>{DISKS}</devices></domain>")


def dump(d, label):
    for f, x in transcript.xml_forms(d, label):
        # The disks only: implicit controllers are another concern.
        say(f"{label} xml {f}:")
        for el in re.findall(r"^    <disk[ >].*?^    </disk>$", x, re.S | re.M):
            out.extend(el.splitlines())


def main():
    expect_library()
    c = libvirt.open("test:///default")
    r = libvirt.openReadOnly("test:///default")
    V = libvirt
    LIVE, CONFIG = V.VIR_DOMAIN_AFFECT_LIVE, V.VIR_DOMAIN_AFFECT_CONFIG

    say("-- the default domain")
    t = c.lookupByName("test")
    call("test hda", t.blockIoTune, "hda", 0)
    call("test nosuch", t.blockIoTune, "vdz", 0)

    say("-- a defined domain")
    a = call("define", lambda: c.defineXML(xml("biot-a")).name())
    a = c.lookupByName("biot-a")
    dump(a, "defined")
    for disk in ("vda", "vdb", "hda", "sdc", "/var/lib/a.img", "/var/lib/b.img",
                 "/nowhere", "vdz", ""):
        call(f"get {disk!r}", a.blockIoTune, disk, 0)
    for f in (CONFIG, LIVE, LIVE | CONFIG, 8, 64):
        call(f"get vda flags {f}", a.blockIoTune, "vda", f)

    ro = r.lookupByName("biot-a")
    call("get ro", ro.blockIoTune, "vda", 0)
    call("set ro", ro.setBlockIoTune, "vda", {"total_bytes_sec": 5}, 0)

    sets = [
        ("unchanged limits", {"size_iops_sec": 0}, 0),
        ("clear", {"total_bytes_sec": 0, "read_iops_sec": 0}, 0),
        ("total with burst", {"total_bytes_sec": 5, "total_bytes_sec_max": 50}, 0),
        ("conflict read", {"read_bytes_sec": 7}, 0),
        ("swap to read", {"total_bytes_sec": 0, "total_bytes_sec_max": 0,
                          "read_bytes_sec": 7, "read_bytes_sec_max": 70}, 0),
        ("iops", {"total_iops_sec": 3, "total_iops_sec_max": 3}, 0),
        ("iops conflict", {"read_iops_sec": 1, "read_iops_sec_max": 1}, 0),
        ("iops max conflict", {"total_iops_sec_max": 3, "read_iops_sec_max": 3}, 0),
        ("bytes max conflict", {"total_bytes_sec_max": 3, "write_bytes_sec_max": 3}, 0),
        ("above burst", {"read_bytes_sec": 700}, 0),
        ("burst length", {"read_bytes_sec_max_length": 9}, 0),
        ("too big", {"size_iops_sec": 1000000000000001}, 0),
        ("largest", {"size_iops_sec": 1000000000000000}, 0),
        ("group", {"group_name": "fast"}, 0),
        ("empty group", {"group_name": ""}, 0),
        ("config", {"write_iops_sec": 11, "write_iops_sec_max": 12}, CONFIG),
        ("live", {"write_iops_sec": 11}, LIVE),
        ("both", {"write_iops_sec": 11}, LIVE | CONFIG),
        ("bad flag", {"write_iops_sec": 11}, 8),
    ]
    for label, params, flags in sets:
        call(f"set vda {label}", a.setBlockIoTune, "vda", params, flags)
        call(f"get vda after {label}", a.blockIoTune, "vda", 0)
    call("set by path", a.setBlockIoTune, "/var/lib/a.img",
         {"total_iops_sec": 0, "total_iops_sec_max": 0, "write_iops_sec": 4}, 0)
    call("get vda after path", a.blockIoTune, "vda", 0)
    call("get hda after path", a.blockIoTune, "hda", 0)
    call("set nosuch", a.setBlockIoTune, "vdz", {"total_iops_sec": 4}, 0)
    call("set cdrom", a.setBlockIoTune, "sdc", {"write_bytes_sec": 4, "write_bytes_sec_max": 8}, 0)
    dump(a, "after sets")

    call("clear vdb", a.setBlockIoTune, "vdb", {"total_bytes_sec": 0, "read_iops_sec": 0}, 0)
    say("-- running")
    call("create", a.create)
    call("set live", a.setBlockIoTune, "vdb", {"total_iops_sec": 21, "total_iops_sec_max": 21}, LIVE)
    call("set config", a.setBlockIoTune, "vdb", {"total_iops_sec": 22, "total_iops_sec_max": 22}, CONFIG)
    call("set both", a.setBlockIoTune, "vdb", {"total_iops_sec": 23}, LIVE | CONFIG)
    call("set default", a.setBlockIoTune, "vdb", {"size_iops_sec": 5}, 0)
    for f in (0, LIVE, CONFIG):
        call(f"get vdb flags {f}", a.blockIoTune, "vdb", f)
    dump(a, "running")
    call("destroy", a.destroy)
    dump(a, "stopped")
    call("undefine", a.undefine)
    r.close()
    c.close()
    transcript.print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
