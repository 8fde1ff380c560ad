#!/usr/bin/env python3
"""One-time bootstrap of oxvirt's Rust ABI definitions.

Reads the *facts* of libvirt 9.0.0's public interface (names, C types, enum
values, version nodes, which arguments each entry point validates) from
Debian's libvirt-dev API description, the installed libvirt.so.0 and the
C sources' argument-check macros, and writes them as Rust source:

  crates/abi/src/<header>.rs       types, enums, structs, constants
  crates/oxvirt/src/ffi/<header>.rs  every exported function, each a
                                     "not supported" stub on the common
                                     entry path with libvirt's argument checks
  lib/*.map                        linker version scripts

It ran once; since then the Rust files are the source of truth and are edited
by hand (headers and API XML are generated *from them* by `xtask`). It is kept
so the origin of the definitions is visible. No prose is copied: every doc
string it writes is generated from the names.
"""
import os, re, subprocess, sys, collections
import xml.etree.ElementTree as ET

if '--force' not in sys.argv:
    sys.exit("already applied: the Rust definitions are the source of truth now "
             "(this script is kept for the record; --force re-runs it)")

API = '/usr/share/libvirt/api'
SRC = os.environ.get('LIBVIRT_SRC', '/work/ref/libvirt-9.0.0/src')
OUT = next((a for a in sys.argv[1:] if a != '--force'), '.')
LIBDIR = '/usr/lib/x86_64-linux-gnu'

HEADERS = ['libvirt-common', 'libvirt-host', 'libvirt-domain', 'libvirt-domain-checkpoint',
           'libvirt-domain-snapshot', 'libvirt-event', 'libvirt-interface', 'libvirt-network',
           'libvirt-nodedev', 'libvirt-nwfilter', 'libvirt-secret', 'libvirt-storage',
           'libvirt-stream', 'virterror', 'libvirt-qemu', 'libvirt-lxc', 'libvirt-admin']

def modname(h):
    h = h.replace('libvirt-', '')
    return h.replace('-', '_')

CPRIM = {
    'int': 'c_int', 'unsigned int': 'c_uint', 'long': 'c_long', 'unsigned long': 'c_ulong',
    'long long': 'c_longlong', 'long long int': 'c_longlong', 'unsigned long long': 'c_ulonglong',
    'unsigned long long int': 'c_ulonglong', 'char': 'c_char', 'unsigned char': 'c_uchar',
    'unsigned short': 'c_ushort', 'double': 'c_double', 'size_t': 'usize', 'void': 'c_void',
}

def rtype(ct):
    """C type string -> Rust type string."""
    ct = ct.strip()
    ct = re.sub(r'\s*\*\s*', ' * ', ct).strip()
    toks = ct.split()
    # peel pointers from the right
    ptrs = []
    while toks and toks[-1] in ('*', 'const'):
        t = toks.pop()
        if t == '*':
            ptrs.append('mut')
        else:  # const applying to the pointer on its left: top-level const of a param is irrelevant
            pass
    base_const = False
    if toks and toks[0] == 'const':
        base_const = True
        toks = toks[1:]
    base = ' '.join(toks)
    r = CPRIM.get(base, base)
    if ptrs:
        # innermost pointer gets the const of the base type
        ptrs[-1] = 'const' if base_const else 'mut'
        for p in reversed(ptrs):
            r = f'*{p} {r}'
    if r == 'c_void':
        return '()'
    return r

def words(name):
    name = re.sub(r'^vir(Adm)?', '', name)
    parts = re.findall(r'[A-Z]+(?=[A-Z][a-z]|\d|$)|[A-Z]?[a-z]+|\d+|[A-Z]+', name)
    return [p.lower() if not (len(p) > 1 and p.isupper()) else p for p in parts]

def fn_doc(name, ret):
    w = words(name)
    text = ' '.join(w)
    return f'`{name}`: {text}.'

def parse_api():
    data = {}
    for f in ['libvirt-api.xml', 'libvirt-qemu-api.xml', 'libvirt-lxc-api.xml', 'libvirt-admin-api.xml']:
        root = ET.parse(os.path.join(API, f)).getroot()
        data[f] = root
    return data

def sentinel_names():
    names = set()
    for h in HEADERS:
        p = f'/usr/include/libvirt/{h}.h'
        inside = False
        for line in open(p):
            if re.match(r'#\s*ifdef\s+VIR_ENUM_SENTINELS', line):
                inside = True
                continue
            if inside and re.match(r'#\s*endif', line):
                inside = False
            if inside:
                m = re.match(r'\s*(\w+)', line)
                if m:
                    names.add(m.group(1))
    return names

def version_nodes(lib):
    """(symbol -> node, [(node, parent)]) from the installed library."""
    out = subprocess.run(['readelf', '-W', '--dyn-syms', '-V', os.path.join(LIBDIR, lib)],
                         capture_output=True, text=True).stdout
    syms = {}
    for line in out.splitlines():
        m = re.match(r'\s*\d+:\s+\S+\s+\d+\s+(FUNC|OBJECT)\s+GLOBAL\s+DEFAULT\s+\d+\s+([^@\s]+)@@?(\S+)', line)
        if m:
            syms[m.group(2)] = m.group(3)
    nodes = []
    lines = out.splitlines()
    for i, line in enumerate(lines):
        m = re.search(r'Flags: (none|BASE)\s+Index: \d+\s+Cnt: (\d+)\s+Name: (\S+)', line)
        if m and m.group(1) == 'none':
            parent = None
            if int(m.group(2)) > 1:
                pm = re.search(r'Parent 1: (\S+)', lines[i + 1])
                parent = pm.group(1)
            nodes.append((m.group(3), parent))
    return syms, nodes

def find_c_body(name):
    pat = re.compile(r'^(?:\w[\w ]*\s\*?)?' + re.escape(name) + r'\(', re.M)
    for d in [SRC, SRC + '/util', SRC + '/admin']:
        for fn in sorted(os.listdir(d)):
            if not fn.endswith('.c'):
                continue
            text = open(os.path.join(d, fn)).read()
            m = pat.search(text)
            if m:
                end = text.find('\n}\n', m.end())
                return text[m.start():end]
    return None

OBJ_CHECK = {
    'virCheckConnectReturn': 'conn', 'virCheckDomainReturn': 'domain', 'virCheckNetworkReturn': 'network',
    'virCheckNetworkPortReturn': 'network_port', 'virCheckInterfaceReturn': 'interface',
    'virCheckStoragePoolReturn': 'storage_pool', 'virCheckStorageVolReturn': 'storage_vol',
    'virCheckNodeDeviceReturn': 'node_device', 'virCheckSecretReturn': 'secret',
    'virCheckNWFilterReturn': 'nwfilter', 'virCheckNWFilterBindingReturn': 'nwfilter_binding',
    'virCheckStreamReturn': 'stream', 'virCheckDomainSnapshotReturn': 'snapshot',
    'virCheckDomainCheckpointReturn': 'checkpoint',
    'virCheckAdmConnectReturn': 'adm_conn', 'virCheckAdmServerReturn': 'adm_server',
    'virCheckAdmClientReturn': 'adm_client',
}
OBJ_GOTO = {k.replace('Return', 'Goto'): v for k, v in OBJ_CHECK.items()}
ARG_CHECK = {
    'virCheckNonNullArgGoto': 'non_null', 'virCheckNonNullArgReturn': 'non_null',
    'virCheckNullArgGoto': 'null', 'virCheckNonEmptyStringArgGoto': 'non_empty_string',
    'virCheckPositiveArgGoto': 'positive', 'virCheckPositiveArgReturn': 'positive',
    'virCheckNonNegativeArgGoto': 'non_negative', 'virCheckNonZeroArgGoto': 'non_zero',
    'virCheckZeroArgGoto': 'zero',
}

def main():
    api = parse_api()
    sentinels = sentinel_names()
    # enum constant -> numeric value, resolving aliases
    enum_vals = {}
    enum_type = {}
    for root in api.values():
        for e in root.iter('enum'):
            enum_type[e.get('name')] = e.get('type')
            enum_vals[e.get('name')] = e.get('value')
    def ev(n):
        v = enum_vals[n]
        while not re.match(r'^-?\d+$', v):
            v = enum_vals[v]
        return int(v)

    per = collections.defaultdict(lambda: {'consts': [], 'strs': [], 'enums': collections.OrderedDict(),
                                           'structs': [], 'typedefs': [], 'functypes': [], 'functions': [],
                                           'handmacros': [], 'vars': []})
    for fname, root in api.items():
        syms = root.find('symbols')
        for el in syms:
            h = el.get('file')
            P = per[h]
            if el.tag == 'macro':
                nm = el.get('name')
                if el.get('string') is not None:
                    P['strs'].append((nm, el.get('string')))
                elif el.get('params') is not None or nm.startswith('_vir') or not el.get('raw'):
                    P['handmacros'].append(nm)
                else:
                    raw = el.get('raw').split('/*')[0].strip()
                    raw = re.sub(r'(\d+)LL', r'\1', raw)
                    if raw in enum_vals:
                        val = ev(raw)
                    elif re.match(r'^[A-Z_]+$', raw):
                        val = None
                        for m2 in root.iter('macro'):
                            if m2.get('name') == raw:
                                val = int(m2.get('raw'))
                    else:
                        val = eval(raw)
                    P['consts'].append((nm, val))
            elif el.tag == 'enum':
                t = el.get('type')
                P['enums'].setdefault(t, []).append((el.get('name'), ev(el.get('name')), el.get('info')))
            elif el.tag == 'struct':
                P['structs'].append(el)
            elif el.tag == 'typedef':
                P['typedefs'].append(el)
            elif el.tag == 'functype':
                P['functypes'].append(el)
            elif el.tag == 'function':
                P['functions'].append((fname, el))
            elif el.tag == 'variable':
                P['vars'].append(el)

    abi_dir = os.path.join(OUT, 'crates/abi/src')
    ffi_dir = os.path.join(OUT, 'crates/oxvirt/src/ffi')
    os.makedirs(abi_dir, exist_ok=True)
    os.makedirs(ffi_dir, exist_ok=True)

    # all known enum type names and struct names for cross refs
    enum_types = set()
    for P in per.values():
        enum_types.update(P['enums'].keys())

    hand = []
    for h in HEADERS:
        P = per[h]
        m = modname(h)
        L = [f'//! Types and constants of `{h}.h`.', '',
             'use crate::prelude::*;', '']
        # numeric consts
        const_types = {}
        for nm, val in P['consts']:
            ty = 'c_int'
            if 'LENGTH' in nm or 'BUFLEN' in nm:
                ty = 'usize'
            if abs(val) > 2**31 - 1:
                ty = 'c_longlong'
            const_types[nm] = ty
            L.append(f'/// `{nm}`.')
            L.append(f'pub const {nm}: {ty} = {val};')
        for nm, s in P['strs']:
            L.append(f'/// Typed-parameter or identity field name `{s}`.')
            L.append(f'pub const {nm}: &str = "{s}";')
        if P['consts'] or P['strs']:
            L.append('')
        for t, vals in P['enums'].items():
            L.append(f'/// Values of `{t}`.')
            L.append('#[repr(C)]')
            L.append('#[derive(Clone, Copy, Debug, PartialEq, Eq)]')
            L.append(f'pub enum {t} {{')
            seen = {}
            for nm, v, info in sorted(vals, key=lambda x: (x[0] in sentinels, x[1] if x[1] >= 0 else x[1], x[0])):
                if nm in sentinels:
                    L.append('    #[cfg(feature = "enum_sentinels")]')
                elif v in seen:
                    print(f'warning: duplicate value {nm}={v} in {t} (dup of {seen[v]})', file=sys.stderr)
                    continue
                seen.setdefault(v, nm)
                L.append(f'    {nm} = {v},')
            L.append('}')
            L.append('')
        for st in P['structs']:
            nm = st.get('name')
            tag = st.get('type').replace('struct ', '')
            fields = st.findall('field')
            if not fields:
                L.append(f'/// The C handle `{nm}`; its contents are private to the library.')
                L.append(f'pub struct {tag} {{')
                L.append('    _private: [u8; 0],')
                L.append('}')
            else:
                L.append(f'/// The C structure `{nm}`.')
                L.append('#[repr(C)]')
                L.append(f'pub struct {tag} {{')
                for fld in fields:
                    fty = fld.get('type')
                    fn_ = fld.get('name')
                    if fty == 'union':
                        uname = f'{tag}Value'
                        L.append(f'    pub {fn_}: {uname},')
                        continue
                    am = re.match(r'(.*?)\s+(\w+)\[(\w+)\]$', fty)
                    if am:
                        L.append(f'    pub {fn_}: [{rtype(am.group(1))}; {am.group(3)}],')
                    else:
                        L.append(f'    pub {fn_}: {rtype(fty)},')
                L.append('}')
                for fld in fields:
                    if fld.get('type') == 'union':
                        uname = f'{tag}Value'
                        L.append('')
                        L.append(f'/// The value union of `{nm}`.')
                        L.append('#[repr(C)]')
                        L.append('#[derive(Clone, Copy)]')
                        L.append(f'pub union {uname} {{')
                        for uf in fld.find('union').findall('field'):
                            L.append(f'    pub {uf.get("name")}: {rtype(uf.get("type"))},')
                        L.append('}')
            L.append(f'/// `{nm}`.')
            L.append(f'pub type {nm} = {tag};')
            L.append('')
        for td in P['typedefs']:
            nm, ty = td.get('name'), td.get('type')
            if ty == 'enum':
                continue
            if ty.startswith('struct '):
                continue
            L.append(f'/// `{nm}`.')
            L.append(f'pub type {nm} = {rtype(ty)};')
        L.append('')
        for ft in P['functypes']:
            nm = ft.get('name')
            args = ', '.join(f'{a.get("name")}: {rtype(a.get("type"))}' for a in ft.findall('arg'))
            rt = rtype(ft.find('return').get('type'))
            ret = '' if rt == '()' else f' -> {rt}'
            L.append(f'/// Callback type `{nm}`.')
            L.append(f'pub type {nm} = Option<unsafe extern "C" fn({args}){ret}>;')
        hand += [(h, x) for x in P['handmacros']]
        open(os.path.join(abi_dir, f'{m}.rs'), 'w').write('\n'.join(L) + '\n')

        # ---- ffi stubs ----
        F = [f'//! Entry points declared in `{h}.h`.', '',
             'use crate::ffi::prelude::*;', '']
        for fname, fn in P['functions']:
            name = fn.get('name')
            args = [(a.get('name'), rtype(a.get('type')), a.get('type')) for a in fn.findall('arg')]
            rt = rtype(fn.find('return').get('type'))
            ret = '' if rt == '()' else f' -> {rt}'
            if rt == '()':
                errv = '()'
            elif rt.startswith('*'):
                errv = 'ptr::null_mut()'
            elif name == 'virDomainGetID':
                errv = 'c_uint::MAX'
            elif name in ('virDomainGetMaxMemory', 'virNodeGetFreeMemory'):
                errv = '0'
            else:
                errv = '-1'
            body = []
            cbody = find_c_body(name)
            objvar = None
            unhandled = []
            if cbody:
                for line in cbody.splitlines():
                    mm = re.match(r'    (\w+)\((.*)\);\s*$', line)
                    if not mm:
                        continue
                    mac, margs = mm.group(1), [x.strip() for x in mm.group(2).split(',')]
                    if mac in OBJ_CHECK or mac in OBJ_GOTO:
                        kind = OBJ_CHECK.get(mac) or OBJ_GOTO.get(mac)
                        var = margs[0]
                        if var not in [a[0] for a in args]:
                            unhandled.append(line.strip()); continue
                        body.append(f'let {var} = check::{kind}({var})?;')
                        if objvar is None:
                            objvar = var
                    elif mac in ARG_CHECK:
                        var = margs[0]
                        deref = var.startswith('*')
                        var = var.lstrip('*')
                        if var not in [a[0] for a in args]:
                            unhandled.append(line.strip()); continue
                        if deref:
                            body.append(f'check::{ARG_CHECK[mac]}(*{var}, "{var}")?;')
                        else:
                            body.append(f'check::{ARG_CHECK[mac]}({var}, "{var}")?;')
                    elif mac == 'virCheckNonNullArrayArgGoto':
                        body.append(f'check::non_null_array({margs[0]}, {margs[1]} as i64, "{margs[0]}")?;')
                    elif mac == 'virCheckReadOnlyGoto':
                        expr = margs[0]
                        obj = expr.split('->')[0]
                        if obj in [a[0] for a in args]:
                            body.append(f'check::writable({obj}.conn())?;')
                        elif obj == 'conn' and objvar:
                            body.append(f'check::writable({objvar}.conn())?;')
                        else:
                            unhandled.append(line.strip())
                    elif mac in ('VIR_EXCLUSIVE_FLAGS_GOTO', 'VIR_EXCLUSIVE_FLAGS_RET', 'VIR_REQUIRE_FLAG_GOTO', 'VIR_REQUIRE_FLAG_RET'):
                        a1, a2 = margs[0], margs[1]
                        def fl(x):
                            x = x.strip('() ')
                            if '|' in x:
                                return None
                            return f'{enum_type[x]}::{x} as c_uint'
                        f1, f2 = fl(a1), fl(a2)
                        if f1 is None or f2 is None:
                            unhandled.append(line.strip()); continue
                        what = 'exclusive_flags' if 'EXCLUSIVE' in mac else 'require_flag'
                        body.append(f'check::{what}(flags, {f1}, "{a1}", {f2}, "{a2}")?;')
                    elif mac in ('virCheckFlagsGoto',):
                        unhandled.append(line.strip())
            else:
                unhandled.append('no C body found')
            body.append('Err(unsupported())')
            # an object checked but not used again is checked for its error only
            for i, b in enumerate(body):
                mm2 = re.match(r'let (\w+) = (check::\w+\(\w+\)\?;)', b)
                if mm2 and not any(re.search(r'\b' + mm2.group(1) + r'\b', x) for x in body[i + 1:]):
                    body[i] = mm2.group(2)
            sig_args = ', '.join(f'{a}: {t}' for a, t, _ in args)
            used = ' '.join(body)
            F.append(f'/// {fn_doc(name, rt)}')
            if unhandled:
                F.append(f'// bootstrap: checks not carried over: {"; ".join(unhandled)}')
            F.append('#[no_mangle]')
            F.append(f'pub unsafe extern "C" fn {name}({sig_args}){ret} {{')
            for a, t, _ in args:
                if not re.search(r'\b' + a + r'\b', used):
                    F.append(f'    let _ = {a};')
            F.append(f'    api({errv}, "{name}", || {{')
            for b in body:
                F.append(f'        {b}')
            F.append('    })')
            F.append('}')
            F.append('')
        if P['functions']:
            open(os.path.join(ffi_dir, f'{m}.rs'), 'w').write('\n'.join(F) + '\n')

    # ---- version scripts ----
    os.makedirs(os.path.join(OUT, 'lib'), exist_ok=True)
    for lib, mapname in [('libvirt.so.0', 'libvirt'), ('libvirt-qemu.so.0', 'libvirt-qemu'),
                         ('libvirt-lxc.so.0', 'libvirt-lxc'), ('libvirt-admin.so.0', 'libvirt-admin')]:
        syms, nodes = version_nodes(lib)
        bynode = collections.defaultdict(list)
        for s, n in syms.items():
            bynode[n].append(s)
        M = []
        for n, parent in nodes:
            if 'PRIVATE' in n:
                continue
            M.append(f'{n} {{')
            M.append('    global:')
            for s in sorted(bynode[n]):
                M.append(f'        {s};')
            M.append(f'}}{" " + parent if parent else ""};')
            M.append('')
        M.append('LIBVIRT_PRIVATE_9.0.0 {')
        M.append('    global:')
        M.append('        oxvirt_private_*;')
        M.append('    local:')
        M.append('        *;')
        M.append('};')
        open(os.path.join(OUT, 'lib', mapname + '.map'), 'w').write('\n'.join(M) + '\n')
    print('hand-kept macros:', hand, file=sys.stderr)

main()
