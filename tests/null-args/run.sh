#!/bin/sh
# Calls every public libvirt function with all-NULL / zero arguments against
# Debian's C library and against oxvirt, and compares the two per function.
#   tests/null-args/run.sh              build oxvirt (make libs), run, compare
#   OXVIRT_LIBDIR=dir tests/null-args/run.sh   test the libraries in dir
#   UPDATE_KNOWN=1 tests/null-args/run.sh      rewrite known-differences.txt
#                                              from the current differences
set -eu
here=$(cd "$(dirname "$0")" && pwd)
# Sets root, out, api, clib and OXVIRT_LIBDIR (building oxvirt unless given).
. "$here/../lib/sweep-setup.sh"
sweep_build nullargs -O1

OXNULL_EXPECT_DIR="$clib" LD_LIBRARY_PATH="" "$out/nullargs" > "$out/c.txt"
OXNULL_EXPECT_DIR="$OXVIRT_LIBDIR" LD_LIBRARY_PATH="$OXVIRT_LIBDIR" "$out/nullargs" > "$out/ours.txt"

if [ -n "${UPDATE_KNOWN:-}" ]; then
    python3 "$here/update_known.py" "$out/c.txt" "$out/ours.txt" "$here/known-differences.txt"
fi
python3 "$here/compare.py" "$out/c.txt" "$out/ours.txt" "$here/known-differences.txt" "$out/report.txt"
