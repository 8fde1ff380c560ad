# Sourced by tests/null-args/run.sh and tests/arg-sweep/run.sh (with `here`
# set to the test's directory) for what both do before their runs: the
# paths, building oxvirt, generating and compiling the test program, and a
# clean libvirt environment.  Shared so the two differential tests always
# test the same libraries the same way.  Not a test itself: check.sh runs
# tests/*/run.sh, and this directory has none.
#
# Sets root, out (target/<test>), api, clib and OXVIRT_LIBDIR.
root=$(cd "$here/../.." && pwd)
sweeplib="$root/tests/lib"
out="$root/target/$(basename "$here")"
api="${LIBVIRT_API_DIR:-/usr/share/libvirt/api}"
clib="${C_LIBDIR:-/usr/lib/x86_64-linux-gnu}"
mkdir -p "$out"

if [ -z "${OXVIRT_LIBDIR:-}" ]; then
    # The libraries as `make` links them.
    make -s -C "$root" libs > /dev/null
    OXVIRT_LIBDIR="$root/build/lib"
fi

# sweep_build PROG CFLAGS...: generates $out/PROG.c with the test's gen.py
# and compiles it with the test's harness.c and the shared harness into
# $out/PROG.  One program, built against Debian's headers and libraries;
# the run against oxvirt swaps the libraries with LD_LIBRARY_PATH.
sweep_build() {
    prog=$1; shift
    python3 "$here/gen.py" "$api" "$out/$prog.c" 2>/dev/null
    cc "$@" -Wall -Wno-deprecated-declarations -I"$here" -I"$sweeplib" -o "$out/$prog" \
        "$out/$prog.c" "$here/harness.c" "$sweeplib/sweep-harness.c" \
        -lvirt -lvirt-qemu -lvirt-lxc -lvirt-admin
}

# What the calls see must not depend on the caller's environment.
export LIBVIRT_DEFAULT_URI=test:///default
unset LIBVIRT_LOG_OUTPUTS LIBVIRT_LOG_FILTERS LIBVIRT_DEBUG || true
