#!/usr/bin/env python3
"""Compares the null-argument results of the C library and of oxvirt.

usage: compare.py C_RESULTS OURS_RESULTS KNOWN_DIFFERENCES [REPORT]

Per function, oxvirt must:
  - never crash, hang or exit;
  - where the C library crashes or hangs: return its error value with an
    error set (code != 0);
  - elsewhere: give the same (return value, is-error, code, domain, message).
A difference listed in known-differences.txt passes; a listed function that
no longer differs fails (remove it from the list). Crashes and hangs of
oxvirt can not be listed."""

import sys

FIELDS = ("ret", "iserr", "code", "domain", "message")

# Calls whose contract is to wait: with nothing to wait for they block
# forever, in the C library as in ours. Both hanging is the right answer.
BLOCKING = {"virEventRunDefaultImpl"}


def load(path):
    res, libcheck = {}, None
    for line in open(path, encoding="utf-8", errors="replace"):
        line = line.rstrip("\n")
        if line.startswith("LIBCHECK"):
            libcheck = line
            continue
        if line.startswith("LIB "):
            continue
        parts = line.split("\t")
        if len(parts) != 7:
            continue
        res[parts[0]] = dict(zip(("status",) + FIELDS, parts[1:]))
    return res, libcheck


def load_known(path):
    known = {}
    for line in open(path):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, _, reason = line.partition(" ")
        known[name] = reason.strip()
    return known


def describe(c, o):
    diffs = [f"{k}: C={c[k]!r} ours={o[k]!r}" for k in FIELDS if c[k] != o[k]]
    return "; ".join(diffs)


def main():
    c, _ = load(sys.argv[1])
    ours, libcheck = load(sys.argv[2])
    known = load_known(sys.argv[3])
    report = open(sys.argv[4], "w") if len(sys.argv) > 4 else None
    passed = failed = 0
    fails = []

    if libcheck != "LIBCHECK ok":
        failed += 1
        fails.append(f"library check: {libcheck or 'missing'}")
    else:
        passed += 1

    for name in sorted(set(c) | set(ours)):
        cr, orr = c.get(name), ours.get(name)
        if cr is None or orr is None:
            failed += 1
            fails.append(f"{name}: missing from {'C' if cr is None else 'our'} results")
            continue
        if name in BLOCKING and orr["status"] == cr["status"] == "hang":
            passed += 1
            continue
        if orr["status"] != "ok":
            failed += 1
            fails.append(f"{name}: oxvirt {orr['status']}")
            continue
        if cr["status"] != "ok":
            # The C library crashes or hangs here; ours must fail cleanly.
            if orr["iserr"] in ("yes", "-") and orr["code"] not in ("0", "-1"):
                passed += 1
                if report:
                    report.write(f"{name}\tC-{cr['status']}\tours: code={orr['code']} domain={orr['domain']}\n")
            elif name in known:
                passed += 1
            else:
                failed += 1
                fails.append(f"{name}: C library {cr['status']}, ours must return an error with an error set (ret={orr['ret']} code={orr['code']})")
            continue
        same = all(cr[k] == orr[k] for k in FIELDS)
        if same and name in known:
            failed += 1
            fails.append(f"{name}: listed in known-differences.txt but no longer differs")
        elif same:
            passed += 1
        elif name in known:
            passed += 1
            if report:
                report.write(f"{name}\tknown\t{describe(cr, orr)}\n")
        else:
            failed += 1
            fails.append(f"{name}: {describe(cr, orr)}")
            if report:
                report.write(f"{name}\tNEW\t{describe(cr, orr)}\n")
    for name in sorted(set(known) - set(c)):
        failed += 1
        fails.append(f"{name}: listed in known-differences.txt but not a tested function")
    for f in fails:
        print("FAIL", f)
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
