#!/usr/bin/env python3
"""ELF half of tests/forwarders: each companion library's exported functions
forward to the private twin of the same name in libvirt.so.0.

For libvirt-qemu.so.0, libvirt-lxc.so.0 and libvirt-admin.so.0 in OURS:
  - its exported functions are exactly the public functions of Debian's
    library of the same name (SYSTEM);
  - its undefined oxvirt_private_* symbols are exactly the twins of its
    exports, and libvirt.so.0 (OURS) defines and exports each of them;
  - the machine code of each exported function references exactly one
    imported symbol, oxvirt_private_<its own name> (through the PLT or the
    GOT), so no forwarder calls another one's twin.

usage: check_elf.py OURS SYSTEM; prints one line per problem, then a count.
"""
import re
import subprocess
import sys

PREFIX = "oxvirt_private_"
COMPANIONS = ["libvirt-qemu", "libvirt-lxc", "libvirt-admin"]


def run(*cmd):
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout


def dyn_syms(path, public_only=False):
    """(defined functions, undefined symbols) of the dynamic symbol table;
    public_only leaves out the LIBVIRT_*_PRIVATE_* version nodes."""
    defined, undefined = set(), set()
    for line in run("readelf", "--dyn-syms", "-W", path).splitlines():
        f = line.split()
        if len(f) < 8 or not f[0].rstrip(":").isdigit():
            continue
        typ, bind, ndx, name = f[3], f[4], f[6], f[7]
        name, _, node = name.partition("@")
        if public_only and "PRIVATE_" in node:
            continue
        if ndx == "UND":
            if name:
                undefined.add(name)
        elif typ == "FUNC" and bind in ("GLOBAL", "WEAK"):
            defined.add(name)
    return defined, undefined


def got_relocs(path):
    """GOT slot address -> symbol, from the dynamic relocations."""
    out = {}
    for line in run("objdump", "-R", path).splitlines():
        f = line.split()
        if len(f) == 3 and re.fullmatch(r"[0-9a-f]+", f[0]):
            out[int(f[0], 16)] = f[2].split("@")[0]
    return out


def references(path, names, relocs):
    """Exported function -> set of imported symbols its code references."""
    text = run("objdump", "-d", "-w", "--no-show-raw-insn", path)
    refs = {}
    cur = None
    for line in text.splitlines():
        m = re.match(r"^[0-9a-f]+ <([^>@]+)(@[^>]*)?>:$", line)
        if m:
            cur = m.group(1) if m.group(1) in names else None
            if cur:
                refs.setdefault(cur, set())
            continue
        if cur is None or not line.strip():
            if not line.strip():
                cur = None
            continue
        # call/jmp sym@plt
        for m in re.finditer(r"<([A-Za-z_][\w.]*)@plt>", line):
            refs[cur].add(m.group(1))
        # call/jmp *x(%rip) / mov x(%rip),%reg  # addr <...>
        m = re.search(r"\(%rip\)\S*\s+# ([0-9a-f]+)", line)
        if m and int(m.group(1), 16) in relocs:
            refs[cur].add(relocs[int(m.group(1), 16)])
    return refs


def main():
    ours, system = sys.argv[1], sys.argv[2]
    problems = []
    main_defined, _ = dyn_syms(f"{ours}/libvirt.so.0")
    checked = 0
    for lib in COMPANIONS:
        path = f"{ours}/{lib}.so.0"
        exported, undefined = dyn_syms(path)
        public, _ = dyn_syms(f"{system}/{lib}.so.0", public_only=True)
        for n in sorted(public - exported):
            problems.append(f"{lib}: public function {n} not exported")
        for n in sorted(exported - public):
            problems.append(f"{lib}: exports {n}, which libvirt's {lib} does not")
        twins = {n for n in undefined if n.startswith(PREFIX)}
        want = {PREFIX + n for n in exported}
        for n in sorted(want - twins):
            problems.append(f"{lib}: does not import {n}")
        for n in sorted(twins - want):
            problems.append(f"{lib}: imports {n}, the twin of no export")
        for n in sorted(twins - main_defined):
            problems.append(f"{lib}: imports {n}, which libvirt.so.0 does not export")
        refs = references(path, exported, got_relocs(path))
        for n in sorted(exported):
            got = refs.get(n)
            if got is None:
                problems.append(f"{lib}: {n}: code not found")
            elif got != {PREFIX + n}:
                problems.append(
                    f"{lib}: {n} references {sorted(got) or 'no import'}, "
                    f"not just {PREFIX + n}"
                )
            else:
                checked += 1
    for p in problems:
        print(f"tests/forwarders: ELF: {p}")
    print(f"ELF: {checked} forwarders reach their own twin in libvirt.so.0, "
          f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
