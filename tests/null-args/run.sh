#!/bin/sh
# Calls every public libvirt function with all-NULL / zero arguments against
# Debian's C library and against oxvirt, and compares the two per function.
#   tests/null-args/run.sh              build oxvirt (make libs), run, compare
#   OXVIRT_LIBDIR=dir tests/null-args/run.sh   test the libraries in dir
#   UPDATE_KNOWN=1 tests/null-args/run.sh      rewrite known-differences.txt
#                                              from the current differences
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out="$root/target/null-args"
api="${LIBVIRT_API_DIR:-/usr/share/libvirt/api}"
clib="${C_LIBDIR:-/usr/lib/x86_64-linux-gnu}"
mkdir -p "$out"

if [ -z "${OXVIRT_LIBDIR:-}" ]; then
    # The libraries as `make` links them.
    make -s -C "$root" libs > /dev/null
    OXVIRT_LIBDIR="$root/build/lib"
fi

python3 "$here/gen.py" "$api" "$out/nullargs.c" 2>/dev/null
# One program, built against Debian's headers and libraries; the run against
# oxvirt swaps the libraries with LD_LIBRARY_PATH.
cc -O1 -Wall -Wno-deprecated-declarations -I"$here" -o "$out/nullargs" \
    "$out/nullargs.c" "$here/harness.c" \
    -lvirt -lvirt-qemu -lvirt-lxc -lvirt-admin

export LIBVIRT_DEFAULT_URI=test:///default
unset LIBVIRT_LOG_OUTPUTS LIBVIRT_LOG_FILTERS LIBVIRT_DEBUG || true
OXNULL_EXPECT_DIR="$clib" LD_LIBRARY_PATH="" "$out/nullargs" > "$out/c.txt"
OXNULL_EXPECT_DIR="$OXVIRT_LIBDIR" LD_LIBRARY_PATH="$OXVIRT_LIBDIR" "$out/nullargs" > "$out/ours.txt"

if [ -n "${UPDATE_KNOWN:-}" ]; then
    python3 "$here/update_known.py" "$out/c.txt" "$out/ours.txt" "$here/known-differences.txt"
fi
python3 "$here/compare.py" "$out/c.txt" "$out/ours.txt" "$here/known-differences.txt" "$out/report.txt"
