#!/usr/bin/env python3
"""Compares oxvirt's generated headers and API files with Debian's
libvirt-dev 9.0.0 (the oracle).  Called by tests/headers/run.sh; prints
counts and exits non-zero on any unexpected difference."""
import os, re, subprocess, sys, tempfile
import xml.etree.ElementTree as ET

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
OURS_INC = os.path.join(ROOT, 'include')
OURS_API = os.path.join(ROOT, 'share', 'libvirt', 'api')
DEB_API = '/usr/share/libvirt/api'
DEB_INC = '/usr/include'
APIS = ['libvirt', 'libvirt-qemu', 'libvirt-lxc', 'libvirt-admin']
TOP = ['libvirt/libvirt.h', 'libvirt/virterror.h', 'libvirt/libvirt-qemu.h',
       'libvirt/libvirt-lxc.h', 'libvirt/libvirt-admin.h']
WORK = tempfile.mkdtemp(prefix='oxvirt-headers-')
failures = []
diffs = []          # differences to check against known-differences.txt

def fail(msg):
    failures.append(msg)
    print('FAIL: ' + msg)

def includes():
    return ''.join('#include <%s>\n' % h for h in TOP)

def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw)

def build(name, src, inc, extra=(), lang='c', std='gnu11', run_it=False):
    """Compile src with the headers of `inc` first on the path."""
    path = os.path.join(WORK, name + ('.c' if lang == 'c' else '.cc'))
    open(path, 'w').write(src)
    exe = path + '.out'
    cc = 'gcc' if lang == 'c' else 'g++'
    cmd = [cc, '-std=' + std, '-I' + inc, '-DVIR_ENUM_SENTINELS', *extra, path, '-o', exe]
    if not run_it:
        cmd = [cc, '-std=' + std, '-I' + inc, '-DVIR_ENUM_SENTINELS', *extra, '-c', path, '-o', exe]
    r = run(cmd)
    if r.returncode != 0:
        return None, r.stderr
    if run_it:
        r = run([exe])
        if r.returncode != 0:
            return None, 'run failed: ' + r.stderr
        return r.stdout, ''
    return '', ''

def api(d, name):
    return ET.parse(os.path.join(d, name + '-api.xml')).getroot()

deb = {a: api(DEB_API, a) for a in APIS}
ours = {a: api(OURS_API, a) for a in APIS}
def syms(root, tag):
    return [e for e in root.find('symbols') if e.tag == tag]

# ---- (a) function prototypes --------------------------------------------
def proto(f, name=None):
    ret = f.find('return').get('type')
    args = [a.get('type') for a in f.findall('arg')]
    return '%s %s(%s);' % (ret, name or f.get('name'), ', '.join(args) or 'void')

funcs = [f for a in APIS for f in syms(deb[a], 'function')]
src = includes()
src += ''.join('static void *exists_%s __attribute__((unused)) = (void *)&%s;\n' % (f.get('name'), f.get('name')) for f in funcs)
src += ''.join(proto(f) + '\n' for f in funcs)
src += ''.join('extern %s %s;\n' % (v.get('type'), v.get('name')) for a in APIS for v in syms(deb[a], 'variable'))
for inc, who in ((DEB_INC, 'debian'), (OURS_INC, 'oxvirt')):
    out, err = build('protos_' + who, src, inc, ['-Wall', '-Werror'])
    if out is None:
        fail('(a) prototypes against %s headers:\n%s' % (who, err[:4000]))
print('(a) function prototypes compared: %d (+%d variable)' % (len(funcs), sum(len(syms(deb[a], 'variable')) for a in APIS)))

# ---- (b) enum constants and macros ---------------------------------------
def macro_names(inc):
    src = includes()
    path = os.path.join(WORK, 'dm.c'); open(path, 'w').write(src)
    r = run(['gcc', '-E', '-dM', '-I' + inc, '-DVIR_ENUM_SENTINELS', path])
    names = {}
    for line in r.stdout.splitlines():
        m = re.match(r'#define (\w+)(\([^)]*\))? ?(.*)', line)
        if m and re.search(r'VIR|vir', m.group(1)):
            names[m.group(1)] = (m.group(2) is not None, m.group(3))
    return names

dm_deb, dm_ours = macro_names(DEB_INC), macro_names(OURS_INC)
GUARDS = re.compile(r'^(LIBVIRT_\w*_H|LIBVIRT_H|__VIR_\w+__)$')
for n in sorted(set(dm_deb) - set(dm_ours)):
    if not GUARDS.match(n):
        diffs.append('macro-missing %s' % n)
for n in sorted(set(dm_ours) - set(dm_deb)):
    if not GUARDS.match(n):
        diffs.append('macro-extra %s' % n)
for n in sorted(set(dm_deb) & set(dm_ours)):
    if dm_deb[n][0] != dm_ours[n][0]:
        diffs.append('macro-kind %s (function-like differs)' % n)

enum_names = sorted({e.get('name') for a in APIS for e in syms(deb[a], 'enum')})
numeric, strings, other = [], [], []
for n, (fn, body) in sorted(dm_deb.items()):
    if fn or GUARDS.match(n):
        continue
    if body.startswith('"'):
        strings.append(n)
    elif re.match(r'^[\s()0-9+\-*/<>UL|x]+$', body) and body.strip():
        numeric.append(n)
    else:
        other.append(n)
prog = '#include <stdio.h>\n' + includes() + 'int main(void) {\n'
for n in enum_names + numeric:
    prog += ('#ifdef %s\n printf("%s macro %%lld\\n", (long long)(%s));\n#else\n'
             ' printf("%s enum %%lld\\n", (long long)(%s));\n#endif\n') % (n, n, n, n, n)
for n in strings:
    prog += '#ifdef %s\n printf("%s string [%%s]\\n", %s);\n#else\n printf("%s not-a-macro\\n");\n#endif\n' % (n, n, n, n)
for n in other:
    prog += '#ifdef %s\n printf("%s defined\\n");\n#else\n printf("%s undefined\\n");\n#endif\n' % (n, n, n)
prog += 'return 0; }\n'
outs = {}
for inc, who in ((DEB_INC, 'debian'), (OURS_INC, 'oxvirt')):
    out, err = build('values_' + who, prog, inc, ['-w'], run_it=True)
    if out is None:
        fail('(b) value program against %s headers:\n%s' % (who, err[:4000]))
        out = ''
    outs[who] = out.splitlines()
for a, b in zip(outs['debian'], outs['oxvirt']):
    if a != b:
        diffs.append('value %s | oxvirt: %s' % (a, b))
print('(b) enum constants compared: %d; numeric macros: %d; string macros: %d; other macros (defined-ness): %d; macro names (gcc -dM): debian %d, oxvirt %d'
      % (len(enum_names), len(numeric), len(strings), len(other), len(dm_deb), len(dm_ours)))

# ---- (c) struct layouts --------------------------------------------------
structs = [s for a in APIS for s in syms(deb[a], 'struct')]
prog = '#include <stdio.h>\n#include <stddef.h>\n' + includes() + 'int main(void) {\n'
nfields = 0
for s in structs:
    t = s.get('type')
    fields = s.findall('field')
    if not fields:
        continue
    prog += ' printf("%s sizeof=%%zu align=%%zu\\n", sizeof(%s), _Alignof(%s));\n' % (s.get('name'), t, t)
    for f in fields:
        nfields += 1
        fn = f.get('name')
        prog += ' printf("%s.%s offset=%%zu size=%%zu\\n", offsetof(%s, %s), sizeof(((%s *)0)->%s));\n' % (
            s.get('name'), fn, t, fn, t, fn)
prog += 'return 0; }\n'
for inc, who in ((DEB_INC, 'debian'), (OURS_INC, 'oxvirt')):
    out, err = build('layout_' + who, prog, inc, ['-w'], run_it=True)
    if out is None:
        fail('(c) layout program against %s headers:\n%s' % (who, err[:4000]))
        out = ''
    outs[who] = out.splitlines()
for a, b in zip(outs['debian'], outs['oxvirt']):
    if a != b:
        diffs.append('layout %s | oxvirt: %s' % (a, b))
print('(c) structs compared: %d (with fields: %d), fields: %d (offset, size; struct size and alignment)'
      % (len(structs), sum(1 for s in structs if s.findall('field')), nfields))

# ---- (d) typedefs ----------------------------------------------------------
src = includes()
ntd = 0
for a in APIS:
    for t in syms(deb[a], 'typedef'):
        n, ty = t.get('name'), t.get('type')
        ntd += 1
        if ty == 'enum':
            src += '_Static_assert(sizeof(%s) == sizeof(int) && (%s)-1 != 0, "%s");\n' % (n, n, n)
            src += '_Static_assert(__builtin_classify_type((%s)0) == __builtin_classify_type(VIR_CONNECT_RO), "%s is not an enum");\n' % (n, n)
        else:
            src += '_Static_assert(__builtin_types_compatible_p(%s, %s), "%s");\n' % (n, ty, n)
    for s in syms(deb[a], 'struct'):
        ntd += 1
        src += '_Static_assert(__builtin_types_compatible_p(%s, %s), "%s");\n' % (s.get('name'), s.get('type'), s.get('name'))
    for f in syms(deb[a], 'functype'):
        ntd += 1
        ret = f.find('return').get('type')
        args = ', '.join(x.get('type') for x in f.findall('arg')) or 'void'
        src += '_Static_assert(__builtin_types_compatible_p(%s, %s (*)(%s)), "%s");\n' % (f.get('name'), ret, args, f.get('name'))
for inc, who in ((DEB_INC, 'debian'), (OURS_INC, 'oxvirt')):
    out, err = build('typedefs_' + who, src, inc, ['-Wall', '-Werror'])
    if out is None:
        fail('(d) typedefs against %s headers:\n%s' % (who, err[:4000]))
print('(d) typedefs/struct typedefs/functypes compared: %d' % ntd)

# ---- (e) strict compilation ------------------------------------------------
strict = ['-Wall', '-Wextra', '-Werror', '-pedantic']
cases = [('c', 'c99'), ('c', 'gnu11'), ('c', 'c11'), ('c++', 'c++11'), ('c++', 'c++17')]
src = includes() + 'int oxvirt_strict_dummy;\n'
for lang, std in cases:
    for inc, who in ((DEB_INC, 'debian'), (OURS_INC, 'oxvirt')):
        out, err = build('strict_%s_%s' % (who, std.replace('+', 'p')), src, inc, strict, lang=lang, std=std)
        status = 'ok' if out is not None else 'FAILS'
        if who == 'oxvirt' and out is None:
            fail('(e) oxvirt headers fail %s -std=%s %s:\n%s' % (lang, std, ' '.join(strict), err[:3000]))
        print('(e) %-3s -std=%-6s -Wall -Wextra -Werror -pedantic: %s %s' % (lang, std, who, status))
# Each sub-header must refuse direct inclusion.
for h in os.listdir(os.path.join(OURS_INC, 'libvirt')):
    if h.startswith('libvirt-') and h not in ('libvirt-qemu.h', 'libvirt-lxc.h', 'libvirt-admin.h'):
        out, err = build('direct', '#include <libvirt/%s>\n' % h, OURS_INC)
        if out is not None:
            fail('(e) libvirt/%s can be included directly' % h)

# ---- (f) API files ----------------------------------------------------------
def sig(e):
    r = e.find('return')
    return ((r.get('type') if r is not None else None),
            tuple((a.get('name'), a.get('type')) for a in e.findall('arg')))

def fields(e):
    out = []
    for f in e.findall('field'):
        u = f.find('union')
        out.append((f.get('name'), f.get('type'), fields(u) if u is not None else None))
    return tuple(out)

KEYS = {
    'function': lambda e: (e.get('file'), e.get('module'), e.get('version'), sig(e)),
    'functype': lambda e: (e.get('file'), e.get('module'), e.get('version'), sig(e)),
    'enum': lambda e: (e.get('file'), e.get('value'), e.get('type'), e.get('version')),
    'macro': lambda e: (e.get('file'), e.get('string'), e.get('params'), e.get('version')),
    'struct': lambda e: (e.get('file'), e.get('type'), e.get('version'), fields(e)),
    'typedef': lambda e: (e.get('file'), e.get('type'), e.get('version')),
    'variable': lambda e: (e.get('file'), e.get('type'), e.get('version')),
}
counts = {}
for a in APIS:
    dfiles = sorted(f.get('name') for f in deb[a].find('files'))
    ofiles = sorted(f.get('name') for f in ours[a].find('files'))
    if dfiles != ofiles:
        diffs.append('api %s files %s vs %s' % (a, dfiles, ofiles))
    for f in deb[a].find('files'):
        of = [x for x in ours[a].find('files') if x.get('name') == f.get('name')]
        dx = sorted((x.get('symbol'), x.get('type')) for x in f.findall('exports'))
        ox = sorted((x.get('symbol'), x.get('type')) for x in of[0].findall('exports')) if of else []
        for x in sorted(set(dx) - set(ox)):
            diffs.append('api %s exports-missing %s %s' % (f.get('name'), *x))
        for x in sorted(set(ox) - set(dx)):
            diffs.append('api %s exports-extra %s %s' % (f.get('name'), *x))
    for kind, key in KEYS.items():
        d = {e.get('name'): key(e) for e in syms(deb[a], kind)}
        o = {e.get('name'): key(e) for e in syms(ours[a], kind)}
        counts[(a, kind)] = len(d)
        for n in sorted(set(d) - set(o)):
            diffs.append('api %s %s-missing %s' % (a, kind, n))
        for n in sorted(set(o) - set(d)):
            diffs.append('api %s %s-extra %s' % (a, kind, n))
        for n in sorted(set(d) & set(o)):
            if d[n] != o[n]:
                diffs.append('api %s %s-differs %s: debian %r oxvirt %r' % (a, kind, n, d[n], o[n]))
    o_other = {e.tag for e in ours[a].find('symbols')} - set(KEYS)
    if o_other:
        fail('(f) %s: unknown symbol kinds %s' % (a, o_other))
print('(f) API files compared: ' + '; '.join(
    '%s: %s' % (a, ', '.join('%d %s' % (counts[(a, k)], k) for k in KEYS if counts[(a, k)])) for a in APIS))

# ---- known differences -------------------------------------------------------
known_path = os.path.join(os.path.dirname(__file__), 'known-differences.txt')
known = {}
for line in open(known_path):
    line = line.rstrip('\n')
    if not line.strip() or line.startswith('#'):
        continue
    pat, _, reason = line.partition('\t#')
    known[pat.strip()] = reason.strip()
matched = set()
new = []
for d in diffs:
    hit = [p for p in known if re.fullmatch(p, d)]
    if hit:
        matched.update(hit)
    else:
        new.append(d)
gone = [p for p in known if p not in matched]
print('differences: %d total, %d known (%d patterns), %d new, %d listed patterns no longer seen'
      % (len(diffs), len(diffs) - len(new), len(known), len(new), len(gone)))
for d in new:
    fail('new difference: ' + d)
for p in gone:
    fail('known difference no longer seen (remove it from known-differences.txt): ' + p)
if failures:
    print('%d failure(s); work files in %s' % (len(failures), WORK))
    sys.exit(1)
print('headers: all comparisons match Debian libvirt-dev 9.0.0 apart from the listed known differences')
