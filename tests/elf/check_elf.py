#!/usr/bin/env python3
"""Compare the ELF interface of our four libraries with Debian's libvirt 9.0.0.

Usage: check_elf.py OUR_LIB_DIR [DEBIAN_LIB_DIR]

What a program linked against libvirt sees of a shared library is its
SONAME, its DT_NEEDED, its exported (symbol, version node) pairs and the
version definitions with their parent chains.  A drop-in must match all of
them, so this reads them back from the *built files* with readelf (not from
our sources or maps) and compares them with the real library.

Debian's private nodes (LIBVIRT_PRIVATE_9.0.0, LIBVIRT_ADMIN_PRIVATE_9.0.0)
hold libvirt's internal helpers; nobody outside libvirt may use them, so we
compare the public set only.  Our own private node may hold only our
oxvirt_private_* entry points, and only in libvirt.so.0 (the companions
import them and export nothing private).
"""
import re
import subprocess
import sys
from pathlib import Path

LIBS = ["libvirt.so.0", "libvirt-qemu.so.0", "libvirt-lxc.so.0", "libvirt-admin.so.0"]
OUR_PRIVATE_NODE = "LIBVIRT_PRIVATE_9.0.0"
OUR_PRIVATE_PREFIX = "oxvirt_private_"
# (library, symbol, type, size): exported data, whose size is ABI (copy relocations).
DATA_SYMBOLS = [("libvirt.so.0", "virConnectAuthPtrDefault", "OBJECT", 8)]


def readelf(*args):
    return subprocess.run(["readelf", "-W", *args], check=True,
                          capture_output=True, text=True).stdout


def dynamic(path):
    """(soname, [needed...]) from the dynamic section."""
    out = readelf("-d", str(path))
    soname = re.findall(r"\(SONAME\).*\[(.*)\]", out)
    needed = re.findall(r"\(NEEDED\).*\[(.*)\]", out)
    return (soname[0] if soname else None), needed


def version_defs(path):
    """{node: parent or None} from .gnu.version_d, without the BASE entry."""
    defs, last = {}, None
    for line in readelf("-V", str(path)).splitlines():
        m = re.search(r"Flags: (\S+)\s+Index: \d+\s+Cnt: \d+\s+Name: (\S+)", line)
        if m:
            last = None if m.group(1) == "BASE" else m.group(2)
            if last:
                defs[last] = None
            continue
        m = re.search(r"Parent 1: (\S+)", line)
        if m and last:
            defs[last] = m.group(1)
        if "Version needs section" in line:
            break
    return defs


def defined_symbols(path, nodes):
    """{(name, version or ''): (type, size, bind)} for every defined dynamic symbol.

    The ABS symbols named after a version node are how the linker records a
    version definition, not exports; they are left out."""
    syms = {}
    for line in readelf("--dyn-syms", str(path)).splitlines():
        f = line.split()
        if len(f) < 8 or not f[0].rstrip(":").isdigit() or f[6] == "UND":
            continue
        name, _, ver = f[7].partition("@")
        ver = ver.lstrip("@")
        if f[6] == "ABS" and name in nodes:
            continue
        syms[(name, ver)] = (f[3], int(f[2], 16) if f[2].startswith("0x") else int(f[2]), f[4])
    return syms


def is_private(node):
    return "PRIVATE" in node


class Report:
    def __init__(self):
        self.failures = 0

    def check(self, ok, what, detail=""):
        print(("  ok    " if ok else "  FAIL  ") + what)
        if not ok:
            self.failures += 1
            for line in detail.splitlines():
                print("        " + line)


def diff_text(ours, theirs, limit=60):
    """Readable one-per-line diff of two sets: '-' missing from ours, '+' extra."""
    lines = [f"- {x}   (Debian has it, we do not)" for x in sorted(theirs - ours)]
    lines += [f"+ {x}   (we have it, Debian does not)" for x in sorted(ours - theirs)]
    more = len(lines) - limit
    return "\n".join(lines[:limit] + ([f"... and {more} more"] if more > 0 else []))


def main():
    ours_dir = Path(sys.argv[1])
    deb_dir = Path(sys.argv[2] if len(sys.argv) > 2 else "/usr/lib/x86_64-linux-gnu")
    r = Report()
    for lib in LIBS:
        ours, deb = ours_dir / lib, deb_dir / lib
        print(f"== {lib}: {ours.resolve()} vs {deb.resolve()}")
        if not ours.exists() or not deb.exists():
            r.check(False, "both files exist", f"missing: {ours if not ours.exists() else deb}")
            continue

        o_soname, o_needed = dynamic(ours)
        d_soname, d_needed = dynamic(deb)
        r.check(o_soname == d_soname, f"SONAME {o_soname!r} == {d_soname!r}")
        if lib != "libvirt.so.0":
            r.check("libvirt.so.0" in o_needed, "DT_NEEDED has libvirt.so.0",
                    f"our DT_NEEDED: {o_needed}")

        # Version definitions and their parent chains (public nodes).
        o_defs, d_defs = version_defs(ours), version_defs(deb)
        o_pub = {(n, p) for n, p in o_defs.items() if not is_private(n)}
        d_pub = {(n, p) for n, p in d_defs.items() if not is_private(n)}
        r.check(o_pub == d_pub,
                f"version nodes + parents equal ({len(o_pub)} ours, {len(d_pub)} Debian)",
                diff_text(o_pub, d_pub))
        o_priv = sorted(n for n in o_defs if is_private(n))
        want_priv = [OUR_PRIVATE_NODE] if lib == "libvirt.so.0" else []
        r.check(o_priv == want_priv, f"private nodes {o_priv} == {want_priv}")

        # Exported (symbol, node) pairs.
        o_syms = defined_symbols(ours, o_defs)
        d_syms = defined_symbols(deb, d_defs)
        d_public = {k for k in d_syms if not is_private(k[1])}
        o_public = {k for k in o_syms if k[1] and not is_private(k[1])}
        r.check(o_public == d_public,
                f"public (symbol, node) pairs equal ({len(o_public)} ours, {len(d_public)} Debian)",
                diff_text(o_public, d_public))

        # Same kind of symbol (FUNC vs OBJECT) for what both export.
        kinds = [f"{k[0]}@{k[1]}: ours {o_syms[k][0]}, Debian {d_syms[k][0]}"
                 for k in sorted(o_public & d_public) if o_syms[k][0] != d_syms[k][0]]
        r.check(not kinds, "symbol types (FUNC/OBJECT) equal", "\n".join(kinds))

        # Nothing else leaks: no unversioned exports (rust_eh_personality,
        # __rust_*, std's mangled names...), nothing private but ours.
        extra = set(o_syms) - o_public
        allowed = {k for k in extra if lib == "libvirt.so.0" and k[1] == OUR_PRIVATE_NODE
                   and k[0].startswith(OUR_PRIVATE_PREFIX)}
        leaked = sorted(f"{n}@{v or '(unversioned)'}" for n, v in extra - allowed)
        what = (f"{len(allowed)} {OUR_PRIVATE_PREFIX}* in {OUR_PRIVATE_NODE}"
                if lib == "libvirt.so.0" else "and nothing private")
        r.check(not leaked, f"no other exports ({what})",
                "\n".join(leaked[:60]) + (f"\n... and {len(leaked) - 60} more" if len(leaked) > 60 else ""))

        for dlib, name, typ, size in DATA_SYMBOLS:
            if dlib != lib:
                continue
            for who, syms in (("ours", o_syms), ("Debian", d_syms)):
                got = [(v, t, s) for (n, v), (t, s, _) in syms.items() if n == name]
                r.check(len(got) == 1 and got[0][1] == typ and got[0][2] == size,
                        f"{name} is {typ} of size {size} ({who})",
                        f"found: {got or 'nothing'}")

    print(f"ELF check: {r.failures} failure(s)")
    return 1 if r.failures else 0


if __name__ == "__main__":
    sys.exit(main())
