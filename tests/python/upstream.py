"""libvirt-python 9.0.0's own test suite against a libvirt library.

Usage: python3 upstream.py SDIST_DIR EXPECTED_LIBDIR|system KNOWN_FAILURES
Runs every test under SDIST_DIR/tests with unittest. A test listed in
KNOWN_FAILURES (each line: test id, then the reason and the work it waits
for) must fail: it is counted as an expected failure, never as a pass. Any
other test must pass. A listed test that passes (an unexpected pass) or an
unlisted one that fails fails the run, so the list shrinks as oxvirt grows.
The last line is the summary, always in this form:
  libvirt-python's own tests: P passed, X expected failures, U unexpected passes, F failed (S skipped by the suite)
"""
import os
import sys
import unittest

sdist, libdir, known_path = sys.argv[1], sys.argv[2], sys.argv[3]
sys.path.insert(0, os.path.join(sdist, "tests"))

import libvirt  # noqa: E402  (from PYTHONPATH: the module built from the sdist)

maps = [l.split()[-1] for l in open("/proc/self/maps") if "libvirt.so.0" in l]
want = "/usr/lib" if libdir == "system" else os.path.realpath(libdir)
assert maps and all(os.path.realpath(m).startswith(want) for m in maps), maps
libvirt.registerErrorHandler(lambda c, e: None, None)


class Outcomes(unittest.TestResult):
    def __init__(self):
        super().__init__()
        self.outcome = {}

    def addSuccess(self, test):
        self.outcome[test.id()] = "pass"

    def addError(self, test, err):
        super().addError(test, err)
        self.outcome[test.id()] = "error"

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self.outcome[test.id()] = "fail"

    def addSkip(self, test, reason):
        self.outcome[test.id()] = "skip"


suite = unittest.defaultTestLoader.discover(os.path.join(sdist, "tests"), top_level_dir=os.path.join(sdist, "tests"))
result = Outcomes()
suite.run(result)

known = {}
if libdir != "system":
    for line in open(known_path):
        line = line.strip()
        if line and not line.startswith("#"):
            tid, _, why = line.partition(" ")
            known[tid] = why.strip()

# Four outcomes: a test that passes is "passed"; a listed one that fails
# as listed is an "expected failure" (not a pass); a listed one that passes
# is an "unexpected pass" and an unlisted one that fails is "failed", and
# either of those fails the run.
passed = xfail = xpass = failed = 0
for tid, out in sorted(result.outcome.items()):
    if out == "skip":
        continue
    if tid in known:
        if out == "pass":
            print(f"XPASS {tid}: listed as a known failure but passes now (remove it)")
            xpass += 1
        else:
            print(f"xfail {tid}: {out}, known failure ({known[tid]})")
            xfail += 1
    elif out == "pass":
        print(f"ok    {tid}")
        passed += 1
    else:
        print(f"FAIL  {tid}: {out}")
        failed += 1
for tid in sorted(set(known) - set(result.outcome)):
    print(f"FAIL  {tid}: listed as a known failure but not in the suite")
    failed += 1
skipped = sum(1 for o in result.outcome.values() if o == "skip")
# The last line, one format: "<label>: N passed, N expected failures,
# N unexpected passes, N failed (N skipped by the suite)".
print(f"libvirt-python's own tests: {passed} passed, {xfail} expected failures, "
      f"{xpass} unexpected passes, {failed} failed ({skipped} skipped by the suite)")
sys.exit(1 if failed or xpass else 0)
