"""The host-level calls of test:///default (host name, sysinfo, node memory,
CPU statistics and map, free pages, CPU models, security model, …), their
successes and their failures: run by Debian's prebuilt python3-libvirt, once
on the C library and once on ours; run.sh compares the two transcripts.
Arguments Python cannot pass (NULL pointers, out-of-range numbers) go
straight to the C entry points through ctypes, on the same library.

Usage: python3 host_scenario.py EXPECTED_LIBDIR [hostname]
  EXPECTED_LIBDIR: where the libvirt.so.0 that must be loaded lives, or
  "system"; with "hostname", only the host name (run.sh calls it inside
  private UTS and mount namespaces with made-up names and /etc/hosts files).
"""
import ctypes
import sys

import libvirt
from transcript import assert_loaded, silence_default_errors


def last_error():
    e = libvirt.virGetLastError()
    if e is None:
        return "no error set"
    return f"error code {e[0]} domain {e[1]} level {e[3]}: {e[2]}"


def call(out, label, f):
    """One call through the binding: its result or its error."""
    try:
        out.append(f"{label}: {f()!r}")
    except libvirt.libvirtError as e:
        out.append(f"{label}: error code {e.get_error_code()} domain {e.get_error_domain()}: "
                   f"{e.get_error_message()}")
    except Exception as e:  # the binding's own argument checks
        out.append(f"{label}: {type(e).__name__}: {e}")


def python_cases(conn, ro):
    out = []
    c = conn
    call(out, "getHostname", c.getHostname)
    call(out, "getType", c.getType)
    call(out, "getVersion", c.getVersion)
    call(out, "getLibVersion", c.getLibVersion)
    call(out, "getURI", c.getURI)
    call(out, "isAlive", c.isAlive)
    call(out, "isEncrypted", c.isEncrypted)
    call(out, "isSecure", c.isSecure)
    call(out, "getInfo", c.getInfo)
    for flags in (0, 1, 1 << 31):
        call(out, f"getSysinfo flags {flags:#x}", lambda: c.getSysinfo(flags))
    call(out, "getFreeMemory", c.getFreeMemory)
    for t in (None, "", "test", "TEST", "kvm", "nosuch"):
        call(out, f"getMaxVcpus {t!r}", lambda: c.getMaxVcpus(t))
    for start, n in ((0, 1), (0, 2), (0, 5), (1, 1), (1, 9), (2, 1), (100, 1), (-1, 1),
                     (0, 0), (0, -1), (-5, -5)):
        call(out, f"getCellsFreeMemory {start} {n}", lambda: c.getCellsFreeMemory(start, n))
    for cpu, flags in ((0, 0), (-1, 0), (7, 0), (1000, 0), (-2, 0), (0, 1), (0, 1 << 20)):
        call(out, f"getCPUStats {cpu} {flags:#x}", lambda: c.getCPUStats(cpu, flags))
    for flags in (0, 1, 2):
        call(out, f"getCPUMap {flags:#x}", lambda: c.getCPUMap(flags))
    for pages, start, count, flags in (([4], 0, 1, 0), ([4, 2048], 0, 2, 0),
                                       ([4, 8, 2048, 1048576], 1, 9, 0),
                                       ([4], -1, 40, 0), ([4], 0, 1, 1), ([4], 0, 0, 0),
                                       ([], 0, 1, 0)):
        call(out, f"getFreePages {pages} {start} {count} {flags:#x}",
             lambda: c.getFreePages(pages, start, count, flags))
    for arch in ("x86_64", "i686", "ppc64", "ppc64le", "aarch64", "armv7l", "s390x", "s390",
                 "mips", "riscv64", "sparc", "none", "", "foo", "X86_64"):
        call(out, f"getCPUModelNames {arch!r}", lambda: c.getCPUModelNames(arch, 0))
    call(out, "getCPUModelNames flags", lambda: c.getCPUModelNames("x86_64", 1))
    call(out, "getCPUModelNames bad arch and flags", lambda: c.getCPUModelNames("foo", 4))
    call(out, "getSecurityModel", c.getSecurityModel)
    # Calls the test driver does not have: libvirt's "not supported".
    for args in ((None, None, None, None, 0), (None, "i686", None, "test", 0),
                 ("/usr/bin/test-hv", "x86_64", "pc", "kvm", 0), (None, "nosuch", None, None, 7)):
        call(out, f"getDomainCapabilities {args}", lambda: c.getDomainCapabilities(*args))
        call(out, f"ro getDomainCapabilities {args}", lambda: ro.getDomainCapabilities(*args))
    call(out, "getMemoryStats", lambda: c.getMemoryStats(-1, 0))
    call(out, "getMemoryParameters", lambda: c.getMemoryParameters(0))
    call(out, "allocPages", lambda: c.allocPages({4: 10}, 0, 1, 0))
    call(out, "ro allocPages", lambda: ro.allocPages({4: 10}, 0, 1, 0))
    call(out, "compareCPU", lambda: c.compareCPU("<cpu/>", 0))
    call(out, "getSEVInfo", lambda: c.getSEVInfo(0))
    call(out, "suspendForDuration", lambda: c.suspendForDuration(0, 60, 0))
    # The read-only connection answers every query.
    call(out, "ro getSysinfo", lambda: ro.getSysinfo(0))
    call(out, "ro getFreeMemory", ro.getFreeMemory)
    call(out, "ro getCellsFreeMemory", lambda: ro.getCellsFreeMemory(0, 2))
    call(out, "ro getCPUStats", lambda: ro.getCPUStats(-1, 0))
    call(out, "ro getCPUMap", lambda: ro.getCPUMap(0))
    call(out, "ro getFreePages", lambda: ro.getFreePages([4], 0, 1, 0))
    call(out, "ro getCPUModelNames", lambda: len(ro.getCPUModelNames("x86_64", 0)))
    call(out, "ro getSecurityModel", ro.getSecurityModel)
    return out


class CPUStats(ctypes.Structure):
    _fields_ = [("field", ctypes.c_char * 80), ("value", ctypes.c_ulonglong)]


class SecModel(ctypes.Structure):
    _fields_ = [("model", ctypes.c_char * 257), ("doi", ctypes.c_char * 257)]


def c_cases(conn):
    """The C entry points with arguments no binding passes."""
    lib = ctypes.CDLL("libvirt.so.0")
    libc = ctypes.CDLL(None)
    libc.free.argtypes = [ctypes.c_void_p]
    vp = ctypes.c_void_p
    c = vp(conn.c_pointer())
    out = []

    def rc(label, r):
        out.append(f"{label}: {r} ({last_error() if r == -1 else 'ok'})")

    lib.virNodeGetCellsFreeMemory.argtypes = [vp, vp, ctypes.c_int, ctypes.c_int]
    mems = (ctypes.c_ulonglong * 4)(*([7] * 4))
    rc("cells NULL array 0 cells", lib.virNodeGetCellsFreeMemory(c, None, 0, 0))
    rc("cells NULL array 2 cells", lib.virNodeGetCellsFreeMemory(c, None, 0, 2))
    rc("cells -1 start", lib.virNodeGetCellsFreeMemory(c, mems, -1, 2))
    rc("cells start 1 max 4", lib.virNodeGetCellsFreeMemory(c, mems, 1, 4))
    out.append(f"cells array {list(mems)}")
    rc("cells NULL conn", lib.virNodeGetCellsFreeMemory(None, mems, 0, 2))

    lib.virNodeGetCPUStats.argtypes = [vp, ctypes.c_int, vp, vp, ctypes.c_uint]
    n = ctypes.c_int(0)
    rc("cpustats count", lib.virNodeGetCPUStats(c, -1, None, ctypes.byref(n), 0))
    out.append(f"cpustats count nparams {n.value}")
    n = ctypes.c_int(-1)
    rc("cpustats negative nparams", lib.virNodeGetCPUStats(c, -1, None, ctypes.byref(n), 0))
    rc("cpustats NULL nparams", lib.virNodeGetCPUStats(c, -1, None, None, 0))
    rc("cpustats cpu -2", lib.virNodeGetCPUStats(c, -2, None, ctypes.byref(ctypes.c_int(0)), 0))
    rc("cpustats cpu -2 flags", lib.virNodeGetCPUStats(c, -2, None, ctypes.byref(ctypes.c_int(0)), 1))
    for want in (0, 2, 4, 6):
        stats = (CPUStats * 6)()
        n = ctypes.c_int(want)
        rc(f"cpustats {want}", lib.virNodeGetCPUStats(c, 3, stats, ctypes.byref(n), 0))
        out.append(f"  nparams {n.value}: " +
                   ", ".join(f"{s.field.decode()}={s.value}" for s in stats[:6]))
    n = ctypes.c_int(0)
    rc("cpustats count bad flags", lib.virNodeGetCPUStats(c, 0, None, ctypes.byref(n), 2))
    out.append(f"  nparams {n.value}")

    lib.virNodeGetCPUMap.argtypes = [vp, vp, vp, ctypes.c_uint]
    rc("cpumap all NULL", lib.virNodeGetCPUMap(c, None, None, 0))
    online = ctypes.c_uint(99)
    rc("cpumap online only", lib.virNodeGetCPUMap(c, None, ctypes.byref(online), 0))
    out.append(f"  online {online.value}")
    cmap = ctypes.POINTER(ctypes.c_ubyte)()
    rc("cpumap map only", lib.virNodeGetCPUMap(c, ctypes.byref(cmap), None, 0))
    out.append(f"  map {cmap[0]:#x}")
    libc.free(ctypes.cast(cmap, vp))
    cmap = ctypes.POINTER(ctypes.c_ubyte)()
    online = ctypes.c_uint(99)
    rc("cpumap bad flags", lib.virNodeGetCPUMap(c, ctypes.byref(cmap), ctypes.byref(online), 1))
    out.append(f"  map NULL {not cmap} online {online.value}")

    lib.virNodeGetFreePages.argtypes = [vp, ctypes.c_uint, vp, ctypes.c_int, ctypes.c_uint, vp,
                                        ctypes.c_uint]
    pages = (ctypes.c_uint * 8)(4, 8, 2048, 1048576, 1, 2, 3, 5)
    counts = (ctypes.c_ulonglong * 64)()
    rc("freepages 8x8", lib.virNodeGetFreePages(c, 8, pages, -7, 8, counts, 0))
    out.append(f"  counts {[ctypes.c_longlong(v).value for v in counts]}")
    rc("freepages 0 pages", lib.virNodeGetFreePages(c, 0, pages, 0, 1, counts, 0))
    rc("freepages NULL pages", lib.virNodeGetFreePages(c, 1, None, 0, 1, counts, 0))
    rc("freepages 0 cells", lib.virNodeGetFreePages(c, 1, pages, 0, 0, counts, 0))
    rc("freepages NULL counts", lib.virNodeGetFreePages(c, 1, pages, 0, 1, None, 0))
    rc("freepages bad flags", lib.virNodeGetFreePages(c, 1, pages, 0, 1, counts, 8))

    lib.virConnectGetCPUModelNames.argtypes = [vp, ctypes.c_char_p, vp, ctypes.c_uint]
    rc("models count only x86_64", lib.virConnectGetCPUModelNames(c, b"x86_64", None, 0))
    rc("models count only ppc64le", lib.virConnectGetCPUModelNames(c, b"ppc64le", None, 0))
    rc("models NULL arch", lib.virConnectGetCPUModelNames(c, None, None, 0))
    for arch in (b"x86_64", b"aarch64", b"mips", b"nosuch"):
        models = ctypes.POINTER(ctypes.c_char_p)(ctypes.c_char_p(b"sentinel"))
        r = lib.virConnectGetCPUModelNames(c, arch, ctypes.byref(models), 0)
        rc(f"models {arch.decode()}", r)
        if not models:
            out.append("  models NULL")
        else:
            names = []
            i = 0
            while models[i] is not None:
                names.append(models[i].decode())
                i += 1
            out.append(f"  {len(names)} models, NULL-terminated, first {names[:1]}, last {names[-1:]}")
    models = ctypes.POINTER(ctypes.c_char_p)(ctypes.c_char_p(b"sentinel"))
    rc("models NULL conn", lib.virConnectGetCPUModelNames(None, b"x86_64", ctypes.byref(models), 0))
    out.append(f"  models reset to NULL: {not models}")

    lib.virNodeGetSecurityModel.argtypes = [vp, vp]
    sm = SecModel()
    ctypes.memset(ctypes.byref(sm), 0x41, ctypes.sizeof(sm))
    rc("secmodel", lib.virNodeGetSecurityModel(c, ctypes.byref(sm)))
    out.append(f"  model {bytes(sm.model)[:16]!r} doi {bytes(sm.doi)[:4]!r}")
    rc("secmodel NULL", lib.virNodeGetSecurityModel(c, None))

    lib.virNodeGetFreeMemory.argtypes = [vp]
    lib.virNodeGetFreeMemory.restype = ctypes.c_ulonglong
    out.append(f"free memory NULL conn: {lib.virNodeGetFreeMemory(None)} ({last_error()})")
    lib.virConnectGetMaxVcpus.argtypes = [vp, ctypes.c_char_p]
    rc("maxvcpus NULL type", lib.virConnectGetMaxVcpus(c, None))
    rc("maxvcpus NULL conn", lib.virConnectGetMaxVcpus(None, b"test"))
    lib.virConnectGetSysinfo.argtypes = [vp, ctypes.c_uint]
    lib.virConnectGetSysinfo.restype = vp
    r = lib.virConnectGetSysinfo(c, 0x10)
    out.append(f"sysinfo bad flags: {r} ({last_error()})")
    lib.virConnectGetHostname.argtypes = [vp]
    lib.virConnectGetHostname.restype = vp
    r = lib.virConnectGetHostname(None)
    out.append(f"hostname NULL conn: {r} ({last_error()})")
    return out


def main():
    assert_loaded(sys.argv[1])
    silence_default_errors()
    conn = libvirt.open("test:///default")
    if sys.argv[2:] == ["hostname"]:
        print(f"hostname {conn.getHostname()}")
        conn.close()
        return
    ro = libvirt.openReadOnly("test:///default")
    out = python_cases(conn, ro)
    out.extend(c_cases(conn))
    print("\n".join(out))
    ro.close()
    conn.close()


main()
