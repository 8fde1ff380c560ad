"""libvirt-python 9.0.0's own test suite against a libvirt library.

Usage: python3 upstream.py SDIST_DIR EXPECTED_LIBDIR|system KNOWN_FAILURES
Runs every test under SDIST_DIR/tests with unittest. A test listed in
KNOWN_FAILURES must fail (each line: test id, then the reason and the work
it waits for); any other must pass. A listed test that passes fails the run,
so the list shrinks as oxvirt grows.
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

passed = failed = 0
for tid, out in sorted(result.outcome.items()):
    if out == "skip":
        continue
    if tid in known:
        if out == "pass":
            print(f"FAIL {tid}: listed as a known failure but passes now (remove it)")
            failed += 1
        else:
            print(f"ok   {tid}: known failure ({known[tid]})")
            passed += 1
    elif out == "pass":
        print(f"ok   {tid}")
        passed += 1
    else:
        print(f"FAIL {tid}: {out}")
        failed += 1
for tid in sorted(set(known) - set(result.outcome)):
    print(f"FAIL {tid}: listed but not in the suite")
    failed += 1
print(f"libvirt-python's own tests: {passed} passed, {failed} failed "
      f"({sum(1 for o in result.outcome.values() if o == 'skip')} skipped by the suite)")
sys.exit(1 if failed else 0)
