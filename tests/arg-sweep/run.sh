#!/bin/sh
# Calls every public libvirt function with valid handles from test:///default
# and, one argument at a time, with bad ones (read-only connection, unknown
# flag, negative integers, NULL pointers) against Debian's C library and
# against oxvirt, compares the two per call, and checks that
# docs/api-status.md says what the calls showed.
#   tests/arg-sweep/run.sh                    build oxvirt (make libs), run, compare
#   OXVIRT_LIBDIR=dir tests/arg-sweep/run.sh  test the libraries in dir
#   UPDATE_KNOWN=1 tests/arg-sweep/run.sh     rewrite known-differences.txt from
#                                             the current differences (reasons kept)
#   UPDATE_STATUS=1 tests/arg-sweep/run.sh    rewrite docs/api-status.md
#   tests/arg-sweep/run.sh virFoo             run one function only (no compare)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
# Sets root, out, api, clib and OXVIRT_LIBDIR (building oxvirt unless given).
. "$here/../lib/sweep-setup.sh"
sweep_build argsweep -O0

# Each child works in its own directory (save and dump write files there).
run() { # run NAME LIBDIR [LD_LIBRARY_PATH] [FUNCTION]
    rm -rf "$out/scratch-$1" && mkdir "$out/scratch-$1"
    OXSWEEP_SCRATCH="$out/scratch-$1" OXSWEEP_EXPECT_DIR="$2" LD_LIBRARY_PATH="$3" \
        "$out/argsweep" ${4:+"$4"} > "$out/$1.txt" 2> "$out/$1.stderr"
    rm -rf "$out/scratch-$1"
}
# The two runs share nothing: run them side by side (two cores).
run c "$clib" "" ${1:-} &
cpid=$!
run ours "$OXVIRT_LIBDIR" "$OXVIRT_LIBDIR" ${1:-}
wait $cpid
if [ -n "${1:-}" ]; then
    paste "$out/c.txt" "$out/ours.txt" | grep -v '^LIB\|^OBJ'
    exit 0
fi

status=0
python3 "$here/compare.py" "$out/c.txt" "$out/ours.txt" "$here/known-differences.txt" \
    "$out/api-status.md" "$out/report.txt" ${UPDATE_KNOWN:+--update-known} || status=1
if [ -n "${UPDATE_STATUS:-}" ]; then
    cp "$out/api-status.md" "$root/docs/api-status.md"
elif ! cmp -s "$out/api-status.md" "$root/docs/api-status.md"; then
    diff -u "$root/docs/api-status.md" "$out/api-status.md" | head -20 || true
    echo "FAIL docs/api-status.md is stale: regenerate with UPDATE_STATUS=1 tests/arg-sweep/run.sh"
    status=1
fi
exit $status
