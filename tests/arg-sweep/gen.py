#!/usr/bin/env python3
"""Generates argsweep.c: every public libvirt function called with valid
handles from test:///default and, one at a time, with a bad argument.

usage: gen.py API_DIR OUT.c

Variants (see README.md):
  a        every argument valid, flags 0
  b        the handles taken from the read-only connection
  c        an unknown flag bit (1U << 31) in `flags`
  d:ARG    a negative value in the signed integer argument ARG
  e:ARG    NULL in the pointer argument ARG, the others valid

Values come from the argument's type and name (tables below); what the API
XML cannot tell (which XML a function wants, which object a name names) is
decided by the function's family, taken from its name."""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
import apixml  # noqa: E402
import sweepgen  # noqa: E402

API_DIR = sys.argv[1] if len(sys.argv) > 1 else apixml.DEFAULT_DIR
OUT = sys.argv[2] if len(sys.argv) > 2 else "argsweep.c"

# Handle type -> field of struct objs (harness.h).
HANDLES = {
    "virConnectPtr": "conn",
    "virDomainPtr": "dom",
    "virNetworkPtr": "net",
    "virNetworkPortPtr": "port",
    "virStoragePoolPtr": "pool",
    "virStorageVolPtr": "vol",
    "virInterfacePtr": "iface",
    "virNodeDevicePtr": "dev",
    "virSecretPtr": "secret",
    "virNWFilterPtr": "nwfilter",
    "virNWFilterBindingPtr": "binding",
    "virDomainSnapshotPtr": "snap",
    "virDomainCheckpointPtr": "cp",
    "virStreamPtr": "stream",
    "virAdmConnectPtr": "adm",
    "virAdmServerPtr": "srv",
    "virAdmClientPtr": "cli",
}

# Function-name prefix -> family (longest first).
FAMILIES = [
    ("virDomainSnapshot", "snapshot"), ("virDomainCheckpoint", "checkpoint"),
    ("virDomain", "domain"), ("virNetworkPort", "port"), ("virNetwork", "network"),
    ("virStoragePool", "pool"), ("virStorageVol", "vol"), ("virInterface", "iface"),
    ("virNodeDevice", "nodedev"), ("virSecret", "secret"),
    ("virNWFilterBinding", "binding"), ("virNWFilter", "nwfilter"),
    ("virStream", "stream"), ("virAdm", "admin"), ("virTypedParams", "typed"),
]

UUIDS = {  # the C test driver's default objects; others made up
    "domain": "6695eb01-f6a4-8304-79aa-97f2502e193f",
    "network": "dd8fe884-6c02-601e-7551-cca97df1c5df",
    "pool": "dfe224cb-28fb-8dd0-c4b2-64eb3f0f4566",
}
OTHER_UUID = "0a81f5b2-8403-7b23-c8d6-21ccc2f80d6f"

NAMES = {
    "domain": "test", "network": "default", "pool": "default-pool",
    "vol": "sweep-vol", "iface": "eth1", "nodedev": "computer",
    "snapshot": "sweep-snap", "checkpoint": "sweep-cp", "nwfilter": "sweep",
    "admin": "libvirtd", "typed": "field",
}

DOMAIN_XML = ("<domain type='test'><name>sweep-dom</name><memory>1024</memory>"
              "<os><type>hvm</type></os></domain>")
CPU_XML = "<cpu><arch>x86_64</arch><model>qemu64</model></cpu>"
XMLS = {
    "domain": DOMAIN_XML,
    "network": "<network><name>sweep-net</name><bridge name='sweepbr0'/></network>",
    "pool": "<pool type='dir'><name>sweep-pool</name><target><path>/sweep-pool</path></target></pool>",
    "vol": "<volume><name>sweep-vol2</name><capacity>1024</capacity></volume>",
    "iface": "<interface type='ethernet' name='eth9'><mac address='aa:bb:cc:dd:ee:01'/></interface>",
    "nodedev": ("<device><parent>scsi_host1</parent><capability type='scsi_host'>"
                "<capability type='fc_host'><wwnn>2000000012341299</wwnn>"
                "<wwpn>1000000012341299</wwpn></capability></capability></device>"),
    "secret": "<secret ephemeral='no' private='no'><usage type='volume'><volume>/sweep</volume></usage></secret>",
    "nwfilter": "<filter name='sweep' chain='root'></filter>",
    "binding": ("<filterbinding><owner><name>test</name><uuid>6695eb01-f6a4-8304-79aa-97f2502e193f</uuid>"
                "</owner><portdev name='vnet9'/><mac address='aa:bb:cc:dd:ee:09'/>"
                "<filterref filter='sweep'/></filterbinding>"),
    "port": ("<networkport><owner><name>test</name><uuid>6695eb01-f6a4-8304-79aa-97f2502e193f</uuid>"
             "</owner><mac address='aa:bb:cc:dd:ee:09'/></networkport>"),
    "snapshot": "<domainsnapshot><name>sweep-snap2</name></domainsnapshot>",
    "checkpoint": "<domaincheckpoint><name>sweep-cp2</name></domaincheckpoint>",
}
DEVICE_XML = ("<disk type='file' device='disk'><source file='/sweep.img'/>"
              "<target dev='vdb' bus='virtio'/></disk>")

# (function, argument) -> C expression, where the tables by name do not fit.
SPECIAL = {
    ("virConnectOpen", "name"): '"test:///default"',
    ("virConnectOpenReadOnly", "name"): '"test:///default"',
    ("virConnectOpenAuth", "name"): '"test:///default"',
    ("virAdmConnectOpen", "name"): '"libvirtd:///system"',
    ("virGetVersion", "type"): '"Test"',
    ("virConnectGetMaxVcpus", "type"): '"test"',
    ("virConnectFindStoragePoolSources", "type"): '"netfs"',
    ("virConnectFindStoragePoolSources", "srcSpec"): '"<source><host name=\'sweep\'/></source>"',
    ("virDomainFDAssociate", "name"): '"sweep"',
    ("virDomainOpenChannel", "name"): '"sweep"',
    ("virDomainSetMetadata", "key"): '"sweep"',
    ("virDomainSetMetadata", "uri"): '"http://example.org/sweep"',
    ("virDomainGetMetadata", "uri"): '"http://example.org/sweep"',
    ("virStorageVolLookupByKey", "key"): '"/default-pool/sweep-vol"',
    ("virStorageVolLookupByPath", "path"): '"/default-pool/sweep-vol"',
    ("virStoragePoolLookupByTargetPath", "path"): '"/default-pool"',
    ("virNetworkUpdate", "xml"): '"<host mac=\'00:11:22:33:44:55\' ip=\'192.168.122.5\'/>"',
    ("virTypedParamsAddFromString", "type"): "1",
    ("virTypedParamsAddFromString", "value"): '"1"',
    ("virDomainGetMetadata", "type"): "2",
    ("virDomainSetMetadata", "type"): "2",
    ("virDomainLookupByID", "id"): "1",
    ("virDomainSetLifecycleAction", "type"): "0",
    ("virConnectCompareCPU", "xmlDesc"): f'"{CPU_XML}"',
    ("virConnectCompareHypervisorCPU", "xmlCPU"): f'"{CPU_XML}"',
    ("virDomainBackupBegin", "backupXML"): '"<domainbackup/>"',
    ("virDomainBackupBegin", "checkpointXML"): "NULL",
    ("virDomainCreateXMLWithFiles", "files"): "NULL",
    ("virDomainCreateWithFiles", "files"): "NULL",
    ("virDomainQemuMonitorCommandWithFiles", "infiles"): "NULL",
    ("virDomainQemuMonitorCommandWithFiles", "outfiles"): "NULL",
    ("virDomainQemuMonitorCommandWithFiles", "noutfiles"): "NULL",
    ("virDomainLxcEnterNamespace", "fdlist"): "NULL",
    ("virConnectDomainQemuMonitorEventRegister", "event"): "NULL",
    ("virEventAddHandle", "fd"): "0",
    ("virEventAddHandle", "events"): "1",
}

# const char * arguments by name.
STRINGS = {
    "alias": '"ua-sweep"', "arch": '"x86_64"', "base": "NULL", "cap": "NULL",
    "cmd": '"{\\"execute\\":\\"query-status\\"}"', "cpumap": '"0"',
    "vcpumap": '"0"', "data": "sweep_buf()", "dconnuri": '"test:///default"',
    "duri": '"test:///default"', "dev": '"vda"', "dev_name": "NULL",
    "device": '"aa:bb:cc:dd:ee:ff"', "disk": '"vda"', "dname": "NULL",
    "driverName": "NULL", "emulator": "NULL", "emulatorbin": "NULL",
    "file": '"sweep.img"', "from": '"sweep.img"', "to": '"sweep.img"',
    "filters": '""', "outputs": '""', "mac": '"aa:bb:cc:dd:ee:ff"',
    "macstr": '"aa:bb:cc:dd:ee:ff"', "machine": "NULL",
    "metadata": '"<sweep/>"', "miguri": "NULL", "mountPoint": "NULL",
    "nativeFormat": '"qemu-argv"', "nativeConfig": '"/usr/bin/qemu-system-x86_64 -name sweep"',
    "new_name": '"sweep-renamed"', "password": '"sweep-pw"', "portdev": '"vnet0"',
    "top": "NULL", "uri": "NULL", "usageID": '"/sweep"', "user": '"root"',
    "value": '"v"', "virttype": '"test"', "wwnn": '"2000000012341234"',
    "wwpn": '"1000000012341234"', "event": "NULL",
}

# Integer arguments by name (everything else is 0; flags are 0).
INTS = {
    "autostart": 1, "events": 1, "id": 1, "interval": 5, "count": 5, "maplen": 1,
    "maxCells": 1, "maxids": 16, "maxinfo": 1, "maxnames": 16, "maxuuids": 16,
    "nameslen": 16, "ncpumaps": 1, "nkeycodes": 1, "period": 1, "seconds": 1,
    "state": 1, "timeout": 5, "usageType": 2, "value": 1, "length": 16,
    "pid_value": 1, "nvcpus": 1, "memory": 1048576, "nkeys": 1, "nmountpoints": 1,
    "ncpus": 1, "nr_stats": 4, "maxerrors": 4, "cellCount": 1, "npages": 1,
    "size": 16, "nbytes": 16, "value_size": 4, "capacity": 2097152,
    "command": 3, "section": 4, "downtime": 1, "cacheSize": 1, "iothread_id": 1,
    "nparams": 1, "nfds": 1,
}
SIGNED = {"int", "long long", "long"}
UNSIGNED = {"unsigned int", "unsigned long", "unsigned long long", "size_t"}

# NULL-terminated string arrays (const char **) -> initializer.
STRING_ARRAYS = {
    "xmlCPUs": f'"{CPU_XML}"', "mountpoints": '"/"',
    "keys": '"ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ sweep"', "values": '"a", "b"',
}


def family(name):
    for prefix, fam in FAMILIES:
        if name.startswith(prefix):
            return fam
    return "host"


def uuid_bytes(s):
    h = s.replace("-", "")
    return "(const unsigned char *) \"" + "".join(f"\\x{h[i:i + 2]}" for i in range(0, 32, 2)) + "\""


def value(fn, fam, atype, aname, ro):
    """C expression for a valid argument, and the variants it supports:
    (expr, nullable, signed)."""
    objs = "(&objs[1])" if ro else "(&objs[0])"
    if (fn, aname) in SPECIAL:
        e = SPECIAL[(fn, aname)]
        return e, e != "NULL" and ("*" in atype or atype.endswith("Ptr")), atype in SIGNED
    if atype in HANDLES:
        return f"{objs}->{HANDLES[atype]}", True, False
    if atype == "virDomainPtr *":  # NULL-terminated list of domains
        return "sweep_domlist(" + objs + ")", True, False
    if atype == "const char *":
        if aname in ("xml", "xmlDesc", "xmldesc", "dxml", "destxml", "domainXml"):
            if fam == "domain" and aname == "xml" and ("Device" in fn):
                e = DEVICE_XML
            elif aname in ("dxml", "destxml", "domainXml"):
                e = DOMAIN_XML
            elif fam == "host" and "CPU" in fn:
                e = CPU_XML
            else:
                e = XMLS.get(fam, DOMAIN_XML)
            return '"' + e + '"', True, False
        if aname == "name":
            return f'"{NAMES.get(fam, "sweep")}"', True, False
        if aname == "uuidstr":
            return f'"{UUIDS.get(fam, OTHER_UUID)}"', True, False
        if aname == "key":
            return '"sweep"', True, False
        if aname == "path":
            return '"/sweep"', True, False
        if aname == "type":
            return '"test"', True, False
        e = STRINGS.get(aname)
        if e is None:
            raise SystemExit(f"gen.py: no value for {fn}({atype} {aname})")
        return e, e != "NULL", False
    if atype == "const char **":
        if aname in STRING_ARRAYS:
            return f"(const char *[]) {{ {STRING_ARRAYS[aname]}, NULL }}", True, False
        return "sweep_buf()", True, False  # an out-pointer
    if atype == "const unsigned char *":
        if aname == "uuid":
            return uuid_bytes(UUIDS.get(fam, OTHER_UUID)), True, False
        return '(const unsigned char *) "\\x01"', True, False  # a CPU map: CPU 0
    if atype.endswith("Func") or atype.endswith("Callback") or atype == "virFreeCallback":
        return f"({atype}) sweep_noop_fn", True, False
    if atype in SIGNED or atype in UNSIGNED:
        if aname == "flags":
            return "0", False, False
        return str(INTS.get(aname, 0)), False, atype in SIGNED
    if atype == "double":
        return "1.0", False, False
    if atype == "virTypedParameterPtr" and not fn.startswith("virTypedParams"):
        # One parameter (an unsigned int named "sweep"), nparams 1: what a
        # setter needs to get past libvirt's public checks; a getter
        # overwrites it.
        return "sweep_params()", True, False
    if atype == "int *" and aname == "nparams" and not fn.startswith("virTypedParams"):
        return "sweep_int(1)", True, False
    if "*" in atype or atype.endswith("Ptr"):
        # Out-pointers, info structs, opaque data: a fresh zeroed heap buffer
        # (heap, so the ...Free functions can free it).
        return f"({atype}) sweep_buf()", True, False
    raise SystemExit(f"gen.py: unknown type {atype!r} ({fn} {aname})")


funcs = apixml.functions(API_DIR)

out = sweepgen.prologue(["stddef.h"])
w = out.append

cases = []
for lib, header, name, k, args in funcs:
    fam = family(name)
    handles = sorted({HANDLES[t] for t, _ in args if t in HANDLES} |
                     ({"dom"} if any(t == "virDomainPtr *" for t, _ in args) else set()))
    variants = [("a", None, False)]
    if handles:
        variants.append(("b", None, True))
    for t, a in args:
        if a == "flags" and t in UNSIGNED:
            variants.append(("c", a, False))
    for t, a in args:
        _, nullable, signed = value(name, fam, t, a, False)
        if signed:
            variants.append((f"d:{a}", a, False))
    for t, a in args:
        _, nullable, _ = value(name, fam, t, a, False)
        if nullable:
            variants.append((f"e:{a}", a, False))
    for var, target, ro in variants:
        exprs = []
        for t, a in args:
            e, _, _ = value(name, fam, t, a, ro)
            if a == target:
                if var == "c":
                    e = "(1U << 31)"
                elif var.startswith("d:"):
                    e = "-1"
                elif var.startswith("e:"):
                    e = "NULL"
            exprs.append(e)
        cname = f"call_{name}_{var.replace(':', '_')}"
        call = f"{name}({', '.join(exprs)})"
        out += sweepgen.wrapper(cname, k, call)
        need = " | ".join(f"NEED_{h.upper()}" for h in handles) or "0"
        cases.append(f'    {{ "{lib}", "{header}", "{name}", "{var}", {int(ro)}, {need}, {cname} }},')
w("")
w("const struct testcase cases[] = {")
out.extend(cases)
w("    { 0, 0, 0, 0, 0, 0, 0 }")
w("};")
open(OUT, "w").write("\n".join(out) + "\n")
print(f"{len(funcs)} functions, {len(cases)} calls", file=sys.stderr)
