#!/usr/bin/env python3
"""Compares the argument-sweep results of the C library and of oxvirt, keeps
known-differences.txt, and renders docs/api-status.md from the results.

usage: compare.py C_RESULTS OURS_RESULTS KNOWN_DIFFERENCES STATUS_OUT [REPORT]
       [--update-known]

Per call (function, variant), oxvirt must:
  - never crash, hang or exit (a call that blocks by contract hangs in both);
  - where the C library crashes or hangs: return its error value with an
    error set;
  - elsewhere: give the same outcome, where an outcome is "no object" (a
    handle it needs could not be obtained, so it was not called) or
    (return value, is-error, error code, domain, message). Return values are
    compared as "ptr"/"NULL" for pointers and by value for numbers.
A difference listed in known-differences.txt passes; a listed one that no
longer differs fails (remove it), and so does a listed call that no longer
exists. Crashes and hangs of oxvirt can not be listed.

The status page (written to STATUS_OUT; run.sh compares it with
docs/api-status.md) counts a function as implemented when its variant "a"
(valid handles, flags 0) was called on oxvirt (its handles could be
obtained) and did not answer VIR_ERR_NO_SUPPORT. A function on that list
must not answer VIR_ERR_NO_SUPPORT in any other variant either, unless the C
library does too: that fails the run."""

import re
import sys

FIELDS = ("ret", "iserr", "code", "domain", "message")
NO_SUPPORT = "3"

# Calls whose contract is to wait: with nothing to wait for they block
# forever, in the C library as in ours. Both hanging is the right answer.
BLOCKING = {("virEventRunDefaultImpl", "a")}

# The order of docs/api-status.md (libvirt.h's include order, then the
# companion libraries).
HEADERS = [
    "libvirt-common", "libvirt-host", "libvirt-domain", "libvirt-domain-checkpoint",
    "libvirt-domain-snapshot", "libvirt-event", "libvirt-interface", "libvirt-network",
    "libvirt-nodedev", "libvirt-nwfilter", "libvirt-secret", "libvirt-storage",
    "libvirt-stream", "virterror", "libvirt-qemu", "libvirt-lxc", "libvirt-admin",
]

# What each family waits for, for the generated reasons of known differences.
DOMAIN = "issue 11: test driver domain operations"
OTHERS = "later issue: the test driver's other objects"
EVENTS = "issue 12: events"
STREAMS = "later issue: streams"
ADMIN = "no admin transport"
HOST = "later issue: test driver host functions"
BY_HEADER = {
    "libvirt-domain": DOMAIN, "libvirt-domain-snapshot": DOMAIN,
    "libvirt-domain-checkpoint": DOMAIN, "libvirt-qemu": DOMAIN, "libvirt-lxc": DOMAIN,
    "libvirt-network": OTHERS, "libvirt-storage": OTHERS, "libvirt-interface": OTHERS,
    "libvirt-nodedev": OTHERS, "libvirt-secret": OTHERS, "libvirt-nwfilter": OTHERS,
    "libvirt-stream": STREAMS, "libvirt-admin": ADMIN, "libvirt-host": HOST,
}
BY_OBJECT = {
    "net": OTHERS, "pool": OTHERS, "vol": OTHERS, "iface": OTHERS, "dev": OTHERS,
    "secret": OTHERS, "nwfilter": OTHERS, "binding": OTHERS, "port": OTHERS,
    "snap": DOMAIN, "cp": DOMAIN, "dom": DOMAIN, "stream": STREAMS,
}


# Each library's children work in their own scratch directory, whose name
# shows in messages about files; it is not a difference between them.
SCRATCH = re.compile(r"/scratch-(?:c|ours)/")


def load(path):
    res, libcheck, objs = {}, None, []
    threads = None
    for line in open(path, encoding="utf-8", errors="replace"):
        line = SCRATCH.sub("/scratch/", line.rstrip("\n"))
        if line.startswith("LIBCHECK"):
            libcheck = line
            continue
        if line.startswith("THREADS "):
            threads = int(line.split()[1])
            continue
        if line.startswith("OBJ "):
            objs.append(line)
            continue
        parts = line.split("\t")
        if len(parts) != 9:
            continue
        header, name, var = parts[:3]
        res[(name, var)] = dict(zip(("header", "status") + FIELDS, parts[2:]), header=header)
    return res, libcheck, objs, threads


def load_known(path):
    """{(name, variant): reason}; a line is `name variant[,variant...] reason`."""
    known = {}
    try:
        lines = open(path).read().splitlines()
    except FileNotFoundError:
        return known
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, variants, reason = (line.split(None, 2) + ["", ""])[:3]
        for v in variants.split(","):
            known[(name, v)] = reason.strip()
    return known


def outcome(r):
    if r["status"].startswith("noobj:"):
        return f"no {r['status'][6:]} object"
    return f"ret={r['ret']} code={r['code']} domain={r['domain']} {r['message']!r}"


def describe(c, o):
    if c["status"] != "ok" or o["status"] != "ok":
        return f"C: {outcome(c)}; ours: {outcome(o)}"
    return "; ".join(f"{k}: C={c[k]!r} ours={o[k]!r}" for k in FIELDS if c[k] != o[k])


def same(c, o):
    # Not called on either side: nothing to compare, whichever object was
    # the first one missing.
    if c["status"].startswith("noobj:") or o["status"].startswith("noobj:"):
        return c["status"].startswith("noobj:") and o["status"].startswith("noobj:")
    return all(c[k] == o[k] for k in FIELDS)


def family_reason(name, header, c, o):
    """The generated reason for a difference that only waits for later work
    (oxvirt answers "not supported" or lacks the object), else None."""
    if o["status"].startswith("noobj:"):
        obj = o["status"][6:]
        if "Event" in name and ("Register" in name or "Deregister" in name):
            return f"{EVENTS} (and no {obj} object yet)"
        return f"{BY_OBJECT.get(obj, BY_HEADER.get(header, HOST))} (no {obj} object yet)"
    if o["status"] == "ok" and o["code"] == NO_SUPPORT and c.get("code") != NO_SUPPORT:
        if "Event" in name and ("Register" in name or "Deregister" in name):
            return f"{EVENTS}: not implemented yet in oxvirt"
        return f"{BY_HEADER.get(header, HOST)}: not implemented yet in oxvirt"
    return None


def compare(c, ours, known):
    """-> (passed, fails, diffs) where diffs maps (name, variant) -> description."""
    passed, fails, diffs = 0, [], {}
    for key in sorted(set(c) | set(ours)):
        name, var = key
        cr, orr = c.get(key), ours.get(key)
        label = f"{name} [{var}]"
        if cr is None or orr is None:
            fails.append(f"{label}: missing from {'C' if cr is None else 'our'} results")
            continue
        if key in BLOCKING and orr["status"] == cr["status"] == "hang":
            passed += 1
            continue
        if orr["status"] in ("hang",) or orr["status"].startswith(("crash", "exit")):
            fails.append(f"{label}: oxvirt {orr['status']}")
            continue
        if cr["status"] == "hang" or cr["status"].startswith(("crash", "exit")):
            # The C library crashes or hangs here; ours must fail cleanly.
            if orr["status"] == "ok" and orr["iserr"] in ("yes", "-") and orr["code"] not in ("0", "-1"):
                passed += 1
            elif key in known:
                passed += 1
                diffs[key] = f"C {cr['status']}; ours: {outcome(orr)}"
            else:
                fails.append(f"{label}: C library {cr['status']}, ours must return an error "
                             f"with an error set ({outcome(orr)})")
                diffs[key] = f"C {cr['status']}; ours: {outcome(orr)}"
            continue
        if same(cr, orr):
            if key in known:
                fails.append(f"{label}: listed in known-differences.txt but no longer differs")
            else:
                passed += 1
            continue
        diffs[key] = describe(cr, orr)
        if key in known:
            passed += 1
        else:
            fails.append(f"{label}: {diffs[key]}")
    for key in sorted(set(known) - set(c)):
        fails.append(f"{key[0]} [{key[1]}]: listed in known-differences.txt but not a tested call")
    return passed, fails, diffs


def write_known(path, c, ours, known, diffs):
    """Rewrites the list from the current differences: reasons already
    written are kept, new ones get the generated family reason or TODO."""
    by_fn = {}
    for key in sorted(diffs):
        name, var = key
        cr, orr = c[key], ours[key]
        reason = known.get(key) or family_reason(name, orr["header"], cr, orr) \
            or "TODO: " + diffs[key]
        by_fn.setdefault(name, {}).setdefault(reason, []).append(var)
    lines = [
        "# function variant[,variant...] reason    (one line each)",
        "# Variants: a valid handles, flags 0; b read-only connection; c unknown flag",
        "# bit; d:ARG negative ARG; e:ARG NULL ARG (tests/arg-sweep/README.md).",
        "# tests/arg-sweep/run.sh fails when an unlisted call differs from the C",
        "# library, and when a listed one stops differing: remove it then.",
        "# UPDATE_KNOWN=1 tests/arg-sweep/run.sh rewrites this file, keeping reasons.",
    ]
    order = {v: i for i, v in enumerate(["a", "b", "c"])}
    for name in sorted(by_fn):
        for reason, vs in sorted(by_fn[name].items()):
            vs.sort(key=lambda v: (order.get(v, 3), v))
            lines.append(f"{name} {','.join(vs)} {reason}")
    open(path, "w").write("\n".join(lines) + "\n")


def status_page(c, ours):
    """docs/api-status.md from the results; also the functions that the page
    lists as implemented yet answer VIR_ERR_NO_SUPPORT somewhere."""
    fns = {}
    for (name, var), r in ours.items():
        fns.setdefault(r["header"], set()).add(name)
    table, lists, bad = [], [], []
    tot = [0, 0, 0]
    for h in HEADERS:
        names = sorted(fns.get(h, ()))
        done, cdone = [], 0
        for n in names:
            o, cr = ours.get((n, "a")), c.get((n, "a"))
            if o and (o["status"] == "ok" and o["code"] != NO_SUPPORT
                      or (n, "a") in BLOCKING and o["status"] == "hang"):
                done.append(n)
            if cr and (cr["status"] == "ok" and cr["code"] != NO_SUPPORT
                       or (n, "a") in BLOCKING and cr["status"] == "hang"):
                cdone += 1
        for n in done:
            for (name, var), o in ours.items():
                cr = c.get((name, var), {})
                if name == n and o["status"] == "ok" and o["code"] == NO_SUPPORT \
                        and cr.get("code") != NO_SUPPORT:
                    bad.append(f"{n} [{var}]: listed as implemented but answers VIR_ERR_NO_SUPPORT")
        table.append(f"| `{h}.h` | {len(done)} | {cdone} | {len(names)} |")
        if done:
            lists.append(f"- `{h}.h`: " + ", ".join(f"`{n}`" for n in done))
        tot[0] += len(done)
        tot[1] += cdone
        tot[2] += len(names)
    page = (
        "# Public API status\n\n"
        "Generated by `UPDATE_STATUS=1 tests/arg-sweep/run.sh` from what the functions\n"
        "do; do not edit (`make check` fails when it is stale). A function counts as\n"
        "implemented when, called on `test:///default` with valid handles and flags 0\n"
        "(the sweep's variant `a`), it does not answer `VIR_ERR_NO_SUPPORT` — and the\n"
        "handles it takes could be obtained there. \"C library\" counts the same for\n"
        "Debian's libvirt 9.0.0 (whose test driver has no secrets, network filters or\n"
        "network ports, and whose admin functions need a daemon).\n\n"
        "| header | implemented | C library | functions |\n| --- | --- | --- | --- |\n"
        + "\n".join(table)
        + f"\n| all | {tot[0]} | {tot[1]} | {tot[2]} |\n\n## Implemented\n\n"
        + "\n".join(lists) + "\n"
    )
    return page, bad


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    update = "--update-known" in sys.argv
    c, _, cobjs, _ = load(args[0])
    ours, libcheck, oobjs, threads = load(args[1])
    known_path, status_out = args[2], args[3]
    report = args[4] if len(args) > 4 else None
    known = load_known(known_path)
    fails = []
    if libcheck != "LIBCHECK ok":
        fails.append(f"library check: {libcheck or 'missing'}")
    if threads != 1:
        fails.append(f"oxvirt ran {threads} threads when the children were forked "
                     "(a child could inherit a lock held by another thread)")
    if not ours or not c:
        fails.append("no results")
    passed, cfails, diffs = compare(c, ours, known)
    if update:
        write_known(known_path, c, ours, known, diffs)
        known = load_known(known_path)
        passed, cfails, diffs = compare(c, ours, known)
    fails += cfails
    fails += [f"{n} [{v}]: known difference without a reason (TODO): write one"
              for (n, v), r in sorted(known.items()) if r.startswith("TODO")]
    page, bad = status_page(c, ours)
    fails += bad
    open(status_out, "w").write(page)
    if report:
        with open(report, "w") as f:
            for line in cobjs:
                f.write(f"C    {line}\n")
            for line in oobjs:
                f.write(f"ours {line}\n")
            for key, d in sorted(diffs.items()):
                f.write(f"{key[0]}\t{key[1]}\t{'known' if key in known else 'NEW'}\t{d}\n")
    for f in fails:
        print("FAIL", f)
    todo = sum(1 for r in known.values() if r.startswith("TODO"))
    print(f"{len(c)} calls, {len(diffs)} known differences ({todo} TODO); "
          f"{passed} passed, {len(fails)} failed")
    return 0 if not fails else 1


if __name__ == "__main__":
    sys.exit(main())
