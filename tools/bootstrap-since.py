#!/usr/bin/env python3
"""One-time import of the "Since" version of every non-function symbol.

Reads the `version` attribute (an interface fact: the libvirt release that
introduced the symbol) of each enum value, macro, typedef, struct, callback
type and variable in Debian's libvirt 9.0.0 API description, and adds a
`/// Since: X` doc line to its Rust definition in crates/abi (and to
`virConnectAuthPtrDefault` in the ffi layer). It ran once; the Rust files
are the source of truth since, and `xtask` turns the lines into the headers'
comments and the API XML's `version` attributes. Function versions come
from the version scripts instead (lib/*.map).
"""
import glob
import sys
import re
import xml.etree.ElementTree as ET

if '--force' not in sys.argv:
    sys.exit("already applied: the Rust definitions are the source of truth now "
             "(this script is kept for the record; --force re-runs it)")

API = '/usr/share/libvirt/api'
since = {}
for f in ['libvirt-api.xml', 'libvirt-qemu-api.xml', 'libvirt-lxc-api.xml', 'libvirt-admin-api.xml']:
    for el in ET.parse(f'{API}/{f}').getroot().find('symbols'):
        if el.tag != 'function' and el.get('version'):
            since[el.get('name')] = el.get('version')

files = glob.glob('crates/abi/src/*.rs') + ['crates/oxvirt/src/ffi/host.rs']
added = 0
for path in files:
    lines = open(path).read().split('\n')
    out = []
    for i, line in enumerate(lines):
        m = re.match(r'(\s*)(?:pub (?:const|type|enum|struct|union|static mut) (\w+)|(\w+) = -?\d+,|pub const (\w+): Self)', line)
        name = m and (m.group(2) or m.group(3) or m.group(4))
        if name and name.startswith('_vir'):
            name = name[1:]
        if name in since:
            # After the item's doc comment and attributes, before the item.
            j = len(out)
            while j > 0 and re.match(r'\s*(///|#\[)', out[j - 1]):
                j -= 1
            docs_end = len(out)
            while docs_end > j and out[docs_end - 1].strip().startswith('#['):
                docs_end -= 1
            out.insert(docs_end, f'{m.group(1)}/// Since: {since[name]}')
            added += 1
        out.append(line)
    open(path, 'w').write('\n'.join(out))
print('added', added, 'of', len(since))
