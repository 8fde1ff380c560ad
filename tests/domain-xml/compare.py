#!/usr/bin/env python3
"""Compares our output for every corpus document with the C library's and
checks the result against known-differences.txt.

compare.py DIR KNOWN [--update]: DIR holds <name>.c.xml (the C library) and
<name>.rs.xml or <name>.rs.err (ours), and where the C library wrote a
form for other flags, <name>.<form>.xml and ours, <name>.rs.<form>.xml
(form: inactive, secure, migratable).  A difference is named by the
top-level elements of <domain> whose text differs ("differs in: cpu,
devices"; "secure form differs in: devices"), or by our parse error.
Prints identical/total and the elements that differ most often; fails
when the differences are not exactly the listed ones.  --update rewrites KNOWN (keeping nothing stale)."""
import os
import re
import sys
from collections import Counter

# The other XMLDesc forms collect.py keeps where they differ from flags 0.
FORMS = ("inactive", "secure", "migratable")
TOP = re.compile(r"^  <([A-Za-z_][\w:.-]*)")
IFACE = re.compile(r"<interface(?:\s[^>]*)?(?:/>|>\s*<.*?</interface>)", re.S)
MAC = re.compile(r"(<mac address=')[^']*'")
GENERATED_IDS = ("interfaceid", "instanceid")


def made_up(given, ours, theirs):
    """Both outputs with what libvirt makes up at random where the input
    gave nothing (the domain's UUID, a `<genid/>` without a value, an
    interface's MAC address, a virtualport's interfaceid and instanceid)
    replaced by one placeholder, interface by interface."""
    given_ifaces = IFACE.findall(given)
    random_uuid = not re.search(r"<uuid>\s*\S", given)
    random_genid = re.search(r"<genid\s*/>|<genid>\s*</genid>", given) is not None

    def fix(text):
        parts, out, at = list(IFACE.finditer(text)), [], 0
        for i, m in enumerate(parts):
            block = m.group(0)
            src = given_ifaces[i] if i < len(given_ifaces) else ""
            if not re.search(r"<mac\s[^>]*address=", src):
                block = MAC.sub(r"\1(generated)'", block, count=1)
            for attr in GENERATED_IDS:
                if attr + "=" not in src:
                    block = re.sub(attr + r"='[^']*'", attr + "='(generated)'", block)
            out.append(text[at:m.start()] + block)
            at = m.end()
        text = "".join(out) + text[at:]
        if random_uuid:
            text = re.sub(r"^  <uuid>[^<]*</uuid>", "  <uuid>(generated)</uuid>", text, count=1, flags=re.M)
        if random_genid:
            text = re.sub(r"^  <genid>[^<]*</genid>", "  <genid>(generated)</genid>", text, count=1, flags=re.M)
        return text

    return fix(ours), fix(theirs)


def blocks(xml):
    """The children of <domain> as {name: text}, plus their order."""
    out, order, cur = {}, [], None
    for line in xml.splitlines(keepends=True)[1:-1]:
        m = TOP.match(line)
        if m:
            cur = m.group(1)
            if cur not in out:
                order.append(cur)
            out.setdefault(cur, "")
        if cur is None:
            cur = "(start)"
            out.setdefault(cur, "")
        out[cur] += line
    return out, order


def reason(ours, theirs):
    if ours.splitlines()[:1] != theirs.splitlines()[:1]:
        return "differs in: <domain> attributes"
    a, oa = blocks(ours)
    b, ob = blocks(theirs)
    names = [n for n in ob + [n for n in oa if n not in b] if a.get(n) != b.get(n)]
    if names:
        return "differs in: " + ", ".join(names)
    return "differs in: element order"


def main():
    d, known_path = sys.argv[1], sys.argv[2]
    update = "--update" in sys.argv
    names = [n for n in open(os.path.join(d, "index.txt")).read().split("\n") if n]
    found, per_elem, identical = {}, Counter(), 0
    for n in names:
        theirs = open(os.path.join(d, n + ".c.xml"), encoding="utf-8").read()
        err = os.path.join(d, n + ".rs.err")
        if os.path.exists(err):
            msg = open(err, encoding="utf-8").read().strip().splitlines()[0]
            found[n] = "parse error: " + msg[:100]
            per_elem["(parse error)"] += 1
            continue
        ours = open(os.path.join(d, n + ".rs.xml"), encoding="utf-8").read()
        given = open(os.path.join(d, n + ".in.xml"), encoding="utf-8").read()
        ours, theirs = made_up(given, ours, theirs)
        reasons = [] if ours == theirs else [reason(ours, theirs)]
        for form in FORMS:
            other = os.path.join(d, n + "." + form + ".xml")
            if os.path.exists(other):
                theirs_f = open(other, encoding="utf-8").read()
                ours_f = open(os.path.join(d, n + ".rs." + form + ".xml"), encoding="utf-8").read()
                ours_f, theirs_f = made_up(given, ours_f, theirs_f)
                if ours_f != theirs_f:
                    reasons.append(form + " form " + reason(ours_f, theirs_f))
        if not reasons:
            identical += 1
            continue
        found[n] = "; ".join(reasons)
        for r in found[n].split("; "):
            if r.startswith("differs in: "):
                for e in r[len("differs in: "):].split(", "):
                    per_elem[e] += 1
            else:
                per_elem["(" + r.split(" differs")[0] + ")"] += 1
    print(f"identical: {identical} / {len(names)}")
    print("most frequent differences (documents):")
    for e, c in per_elem.most_common(15):
        print(f"  {c:5d}  {e}")

    known = {}
    if os.path.exists(known_path):
        for line in open(known_path, encoding="utf-8"):
            line = line.rstrip("\n")
            if line and not line.startswith("#"):
                n, _, r = line.partition(": ")
                known[n] = r
    if update:
        with open(known_path, "w", encoding="utf-8") as f:
            f.write("# Corpus documents whose round trip through our domain model differs\n"
                    "# from the C library's output: `name: reason`.  Generated by\n"
                    "# `UPDATE_KNOWN=1 tests/domain-xml/run.sh`; tests/domain-xml fails when\n"
                    "# an entry stops differing or changes, and when a new difference appears.\n")
            for n in names:
                if n in found:
                    f.write(f"{n}: {found[n]}\n")
        print(f"updated {known_path}: {len(found)} entries")
        return 0
    bad = 0
    for n in names:
        if n in found and n not in known:
            print(f"NEW difference: {n}: {found[n]}")
            bad += 1
        elif n in found and known[n] != found[n]:
            print(f"CHANGED difference: {n}: {found[n]} (listed: {known[n]})")
            bad += 1
    for n, r in known.items():
        if n not in found:
            where = "now identical" if n in names else "not in the corpus"
            print(f"STALE entry ({where}): {n}: {r}")
            bad += 1
    if bad:
        print(f"{bad} mismatches with {known_path}; "
              "after a fix, regenerate it with UPDATE_KNOWN=1 tests/domain-xml/run.sh")
        return 1
    print("differences are exactly the listed ones")
    return 0


sys.exit(main())
