#!/usr/bin/env bash
# Build and run one C API test (capi-tests/test-*.c) twice:
#   ours    built against OUR headers (include/) and library (build/lib),
#           run under valgrind: any memory error or definite leak fails it;
#   system  built against Debian's libvirt-dev (/usr/include/libvirt) and run
#           on Debian's libvirt.so.0, the C library: its functional checks
#           must pass (valgrind reports no memory errors there either, but
#           its leak noise is libvirt's own and not checked).
# The test passes only if both runs pass.  Each run tells the test which
# library it must find loaded (OXVIRT_EXPECT=ours|system, see common.h).
#
# Markers a test source may carry, each on a line of its own:
#   /* capi-test: no-valgrind */   run both without valgrind (a test that
#       needs real thread concurrency: valgrind runs one thread at a time);
#       it is then still built with -Wall -Werror and must pass on both.
#
#   scripts/run-capi-test.sh capi-tests/test-foo.c
#   CAPI_LIBS=ours scripts/run-capi-test.sh ...   (one side only: ours|system)
set -uo pipefail
cd "$(dirname "$0")/.."

src=$1
name=$(basename "$src" .c)
lib=$PWD/build/lib
syslib=/usr/lib/x86_64-linux-gnu
sides=${CAPI_LIBS:-ours system}

valgrind=1
if grep -qx '/\* capi-test: no-valgrind \*/' "$src"; then
    valgrind=0
fi

# resolves BINARY LD_LIBRARY_PATH WANT: the loader must map libvirt.so.0 to
# WANT; a test that ran against the other library would prove nothing.  (The
# test asserts this too, from inside: assert_loaded_lib in common.h.)
resolves() {
    local got
    got=$(LD_LIBRARY_PATH=$2 ldd "$1" | awk '$1 == "libvirt.so.0" { print $3 }')
    if [ "$(readlink -f "$got")" != "$(readlink -f "$3")" ]; then
        echo "$name: libvirt.so.0 resolves to '$got', not $3"
        return 1
    fi
}

# run_side SIDE: build and run on one library; 0 if it passed.
run_side() {
    local side=$1 out=build/capi-tests/$1/$name t0 rc
    local -a cflags env vg
    mkdir -p "build/capi-tests/$side"
    if [ "$side" = ours ]; then
        # -Iinclude before the system include path: our headers, not Debian's.
        cflags=(-Iinclude -L"$lib")
        env=(OXVIRT_EXPECT=ours OXVIRT_LIBDIR="$lib" LD_LIBRARY_PATH="$lib")
        vg=(valgrind -q --error-exitcode=1 --leak-check=full --errors-for-leak-kinds=definite)
    else
        # No -Iinclude: <libvirt/libvirt.h> is Debian's /usr/include/libvirt.
        cflags=(-L"$syslib")
        env=(OXVIRT_EXPECT=system OXVIRT_SYSTEM_LIBDIR="$syslib" LD_LIBRARY_PATH=)
        vg=(valgrind -q --error-exitcode=1 --leak-check=no)
    fi
    [ "$valgrind" = 1 ] || vg=()
    # All four libraries, so a test may call the qemu/lxc/admin entry points.
    ${CC:-cc} -g -O0 -Wall -Werror "${cflags[@]}" -o "$out" "$src" \
        -lvirt -lvirt-qemu -lvirt-lxc -lvirt-admin -ldl -lpthread || return 1
    if [ "$side" = ours ]; then
        resolves "$out" "$lib" "$lib/libvirt.so.0" || return 1
    else
        resolves "$out" "" "$syslib/libvirt.so.0" || return 1
    fi
    echo "--- $name on $side${vg[*]:+ (valgrind)}"
    t0=$(date +%s.%N)
    env "${env[@]}" timeout 600 "${vg[@]}" "./$out"
    rc=$?
    printf -- '--- %s on %s: %s in %.1fs\n' "$name" "$side" \
        "$([ $rc -eq 0 ] && echo pass || echo "FAIL (exit $rc)")" \
        "$(echo "$(date +%s.%N) - $t0" | bc)"
    return $rc
}

failed=()
for side in $sides; do
    run_side "$side" || failed+=("$side")
done
if [ ${#failed[@]} -ne 0 ]; then
    echo "$name: failed on ${failed[*]}"
    exit 1
fi
