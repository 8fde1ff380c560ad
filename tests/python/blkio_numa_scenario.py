"""Block I/O and NUMA memory tuning of test:///default
(virDomain{Get,Set}BlkioParameters, virDomain{Get,Set}NumaParameters):
live and persistent definitions, bad parameters, what the XML shows. Run by
Debian's prebuilt python3-libvirt once on the C library and once on ours;
run.sh compares the two transcripts. Uses its own domains, removes them.

Usage: python3 blkio_numa_scenario.py EXPECTED_LIBDIR   (or "system")
"""
import sys

import libvirt
from transcript import Transcript, expect_library, silence_default_errors


silence_default_errors()

transcript = Transcript(domains="name", python_errors=(TypeError, OverflowError, LookupError, ValueError),
                        python_messages=False)
out, say, call = transcript.out, transcript.say, transcript.call
LIVE = libvirt.VIR_DOMAIN_AFFECT_LIVE
CONFIG = libvirt.VIR_DOMAIN_AFFECT_CONFIG


def xml(name, tail, extra="", vcpu="<vcpu>2</vcpu>", cpu=""):
    return (f"<domain type='test'><name>{name}</name>"
            f"<uuid>3e0f8a1c-2b7d-4c9e-8f10-{tail}</uuid>"
            f"<memory>1048576</memory>{vcpu}{extra}"
            f"<os><type arch='i686'>hvm</type></os>{cpu}</domain>")


def show(d, label):
    transcript.xml_sections(d, label, ("blkiotune", "numatune"), ("<vcpu",))


DEFINES = [
    ("blkio full", "<blkiotune><weight>800</weight><device><path>/dev/sda</path><weight>200</weight>"
     "<read_iops_sec>1</read_iops_sec><write_iops_sec>2</write_iops_sec><read_bytes_sec>3</read_bytes_sec>"
     "<write_bytes_sec>4</write_bytes_sec></device><device><path>/dev/sdb</path></device>"
     "<device><path>/dev/sdc</path><write_bytes_sec>5</write_bytes_sec></device></blkiotune>"),
    ("blkio bad weight", "<blkiotune><weight>x</weight></blkiotune>"),
    ("blkio neg weight", "<blkiotune><weight>-1</weight></blkiotune>"),
    ("blkio no path", "<blkiotune><device><weight>1</weight></device></blkiotune>"),
    ("blkio bad dev weight", "<blkiotune><device><path>/a</path><weight>x</weight></device></blkiotune>"),
    ("blkio neg dev weight", "<blkiotune><device><path>/a</path><weight>-2</weight><read_bytes_sec>-3</read_bytes_sec></device></blkiotune>"),
    ("blkio bad rbps", "<blkiotune><device><path>/a</path><read_bytes_sec>1.5</read_bytes_sec></device></blkiotune>"),
    ("blkio bad wiops", "<blkiotune><device><path>/a</path><write_iops_sec>99999999999</write_iops_sec></device></blkiotune>"),
    ("blkio dup", "<blkiotune><device><path>/a</path><weight>1</weight></device><device><path>/a</path></device></blkiotune>"),
    ("numa strict", "<numatune><memory mode='strict' nodeset='0-5,^4'/></numatune>"),
    ("numa interleave", "<numatune><memory mode='interleave' nodeset='1'/></numatune>"),
    ("numa auto", "<numatune><memory mode='preferred' placement='auto'/></numatune>"),
    ("numa default placement", "<numatune><memory mode='preferred'/></numatune>"),
    ("numa static no set", "<numatune><memory placement='static'/></numatune>"),
    ("numa bad mode", "<numatune><memory mode='x' nodeset='1'/></numatune>"),
    ("numa bad placement", "<numatune><memory placement='x'/></numatune>"),
    ("numa bad set", "<numatune><memory nodeset='1-'/></numatune>"),
    ("numa empty set", "<numatune><memory nodeset='^1'/></numatune>"),
    ("numa two", "<numatune><memory nodeset='1'/></numatune><numatune/>"),
    ("numa empty", "<numatune/>"),
    ("numa memnode no cells", "<numatune><memnode cellid='0' nodeset='1'/></numatune>"),
]
CELLS = ("<cpu><numa><cell id='0' cpus='0' memory='524288'/>"
         "<cell id='1' cpus='1' memory='524288'/></numa></cpu>")
CELL_DEFINES = [
    ("memnode", "<numatune><memory mode='strict' nodeset='0-7'/><memnode cellid='1' mode='interleave' nodeset='3'/>"
     "<memnode cellid='0' nodeset='1-2,5-7,^6'/></numatune>"),
    ("memnode auto", "<numatune><memory placement='auto'/><memnode cellid='0' nodeset='1'/></numatune>"),
    ("memnode bad cell", "<numatune><memnode cellid='2' nodeset='1'/></numatune>"),
    ("memnode dup", "<numatune><memnode cellid='1' nodeset='1'/><memnode cellid='1' nodeset='2'/></numatune>"),
    ("memnode no set", "<numatune><memnode cellid='1'/></numatune>"),
    ("memnode no cellid", "<numatune><memnode nodeset='1'/></numatune>"),
    ("memnode bad mode", "<numatune><memnode cellid='0' mode='x' nodeset='1'/></numatune>"),
    ("memnode restrictive", "<numatune><memory mode='restrictive' nodeset='1'/><memnode cellid='0' nodeset='1'/></numatune>"),
]


def main():
    expect_library()
    c = libvirt.open("test:///default")
    n = 0
    for label, extra in DEFINES:
        n += 1
        d = call(f"define {label}", c.defineXML, xml(f"bn{n}", f"0000000000{n:02d}", extra))
        if d:
            show(d, label)
            call(f"{label} blkio", d.blkioParameters, 0)
            call(f"{label} numa", d.numaParameters, 0)
            d.undefine()
    for label, extra in CELL_DEFINES:
        n += 1
        d = call(f"define {label}", c.defineXML, xml(f"bn{n}", f"0000000000{n:02d}", extra, cpu=CELLS))
        if d:
            show(d, label)
            call(f"{label} numa", d.numaParameters, 0)
            d.undefine()
    for label, vcpu in [("vcpu auto", "<vcpu placement='auto'>2</vcpu>"),
                        ("vcpu auto cpuset", "<vcpu placement='auto' cpuset='1'>2</vcpu>")]:
        n += 1
        d = call(f"define {label}", c.defineXML, xml(f"bn{n}", f"0000000000{n:02d}", vcpu=vcpu))
        if d:
            show(d, label)
            call(f"{label} numa", d.numaParameters, 0)
            d.undefine()
    d = call("define auto numa", c.defineXML, xml("bnA", "0000000000aa",
             "<numatune><memory placement='auto'/></numatune>"))
    show(d, "auto numa")
    d.undefine()

    # Setting, on a stopped then a running domain.
    d = call("define S", c.defineXML, xml("bnS", "0000000000ff"))
    B = [
        ("weight", {"weight": 500}),
        ("weight 0", {"weight": 0}),
        ("device weight", {"device_weight": "/dev/sda,100,/dev/sdb,0"}),
        ("device weights", {"device_weight": "/dev/sdb,7,/dev/sda,0", "device_read_iops_sec": "/dev/sda,9"}),
        ("bps", {"device_read_bytes_sec": "/dev/sdc,18446744073709551615", "device_write_bytes_sec": "/dev/sdc, +5"}),
        ("iops", {"device_write_iops_sec": "/dev/sdd,4294967295"}),
        ("bad number", {"device_weight": "/dev/sde,x,/dev/sdf,2"}),
        ("partly bad", {"weight": 9, "device_weight": "/dev/sdg,1,/dev/sdh,1x", "device_read_iops_sec": "/dev/sdg,3"}),
        ("odd fields", {"device_weight": "/dev/sda"}),
        ("trailing", {"device_weight": "/dev/sda,1,"}),
        ("negative", {"device_read_bytes_sec": "/dev/sda,-1"}),
        ("too big", {"device_read_iops_sec": "/dev/sda,4294967296"}),
        ("empty", {"device_weight": ""}),
        ("unknown", {"foo": 1}),
        ("wrong type", {"weight": "1"}),
    ]
    for label, params in B:
        call(f"S blkio set {label}", d.setBlkioParameters, params, 0)
        call(f"S blkio get {label}", d.blkioParameters, 0)
    call("S blkio set live", d.setBlkioParameters, {"weight": 1}, LIVE)
    call("S blkio get live", d.blkioParameters, LIVE)
    call("S blkio get both", d.blkioParameters, LIVE | CONFIG)
    call("S blkio bad flags", d.blkioParameters, 8)
    show(d, "S after blkio")
    N = [
        ("mode", {"numa_mode": 2}),
        ("nodeset", {"numa_nodeset": "0-3,^2"}),
        ("both", {"numa_mode": 1, "numa_nodeset": "4"}),
        ("bad mode", {"numa_mode": 4}),
        ("negative mode", {"numa_mode": -1}),
        ("bad set", {"numa_nodeset": "x"}),
        ("empty set", {"numa_nodeset": "^3"}),
        ("blank set", {"numa_nodeset": ""}),
        ("wrong type", {"numa_mode": "1"}),
        ("unknown", {"numa_x": 1}),
    ]
    for label, params in N:
        call(f"S numa set {label}", d.setNumaParameters, params, 0)
        call(f"S numa get {label}", d.numaParameters, 0)
    show(d, "S after numa")
    call("S create", d.create)
    call("S numa set live mode", d.setNumaParameters, {"numa_mode": 0}, LIVE)
    call("S numa set live same mode", d.setNumaParameters, {"numa_mode": 1, "numa_nodeset": "5-6"}, LIVE)
    call("S numa set config mode", d.setNumaParameters, {"numa_mode": 3}, CONFIG)
    call("S numa get live", d.numaParameters, LIVE)
    call("S numa get config", d.numaParameters, CONFIG)
    call("S numa get both", d.numaParameters, LIVE | CONFIG)
    call("S blkio set config", d.setBlkioParameters, {"weight": 77, "device_weight": "/dev/x,1"}, CONFIG)
    call("S blkio set default", d.setBlkioParameters, {"weight": 66}, 0)
    call("S blkio get live", d.blkioParameters, LIVE)
    call("S blkio get config", d.blkioParameters, CONFIG)
    call("S blkio both", d.setBlkioParameters, {"weight": 1}, LIVE | CONFIG)
    call("S numa both", d.setNumaParameters, {"numa_mode": 1}, LIVE | CONFIG)
    show(d, "S running")
    call("S destroy", d.destroy)
    show(d, "S stopped")
    call("S numa set live stopped", d.setNumaParameters, {"numa_mode": 1}, LIVE)
    call("S undefine", d.undefine)

    # A domain without numatune, running: mode can be set live.
    d = call("define R", c.defineXML, xml("bnR", "0000000000ee"))
    call("R create", d.create)
    call("R numa set live mode", d.setNumaParameters, {"numa_mode": 2}, 0)
    call("R numa get", d.numaParameters, 0)
    show(d, "R")
    call("R destroy", d.destroy)
    call("R undefine", d.undefine)
    ro = libvirt.openReadOnly("test:///default")
    t = ro.lookupByName("test")
    call("ro blkio get", t.blkioParameters, 0)
    call("ro numa get", t.numaParameters, 0)
    call("ro blkio set", t.setBlkioParameters, {"weight": 1}, 0)
    call("ro numa set", t.setNumaParameters, {"numa_mode": 1}, 0)
    ro.close()
    c.close()
    transcript.print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
