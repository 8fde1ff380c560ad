#!/usr/bin/env python3
"""Generates nullargs.c: one call per public libvirt function, all arguments
zero / NULL, each in a forked child.

The function list and prototypes come from the API description files of the
libvirt release we replace (tests/lib/apixml.py; Debian's libvirt-dev by
default)."""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
import apixml  # noqa: E402
import sweepgen  # noqa: E402

API_DIR = sys.argv[1] if len(sys.argv) > 1 else apixml.DEFAULT_DIR
OUT = sys.argv[2] if len(sys.argv) > 2 else "nullargs.c"

funcs = apixml.functions(API_DIR)

out = sweepgen.prologue()
for lib, _, name, k, args in funcs:
    out += sweepgen.wrapper(f"call_{name}", k, f"{name}({', '.join(['0'] * len(args))})")
out.append("")
out.append("const struct testcase cases[] = {")
for lib, _, name, k, args in funcs:
    out.append(f'    {{ "{lib}", "{name}", call_{name} }},')
out.append("    { 0, 0, 0 }")
out.append("};")
open(OUT, "w").write("\n".join(out) + "\n")
print(f"{len(funcs)} functions", file=sys.stderr)
