#!/usr/bin/env bash
# Build and run one C API test (capi-tests/test-*.c) against OUR headers and
# library, under valgrind: any memory error or definite leak fails it.
#   scripts/run-capi-test.sh capi-tests/test-foo.c
set -euo pipefail
cd "$(dirname "$0")/.."

src=$1
name=$(basename "$src" .c)
lib=$PWD/build/lib
out=build/capi-tests/$name
mkdir -p build/capi-tests

# -Iinclude before the system include path: our headers, not Debian's.
# All four libraries, so a test may call the qemu/lxc/admin entry points.
${CC:-cc} -g -O0 -Wall -Werror -Iinclude -o "$out" "$src" \
    -L"$lib" -lvirt -lvirt-qemu -lvirt-lxc -lvirt-admin -ldl -lpthread

# The dynamic loader must resolve libvirt.so.0 to build/lib; a test that ran
# against Debian's libvirt by accident would prove nothing.  (The test itself
# is expected to assert this too, e.g. with dladdr(virGetVersion).)
resolved=$(LD_LIBRARY_PATH=$lib ldd "$out" | awk '$1 == "libvirt.so.0" { print $3 }')
if [ "$(readlink -f "$resolved")" != "$(readlink -f "$lib/libvirt.so.0")" ]; then
    echo "$name: libvirt.so.0 resolves to '$resolved', not $lib/libvirt.so.0"
    exit 1
fi

OXVIRT_EXPECT_OURS=1 OXVIRT_LIBDIR=$lib LD_LIBRARY_PATH=$lib timeout 300 valgrind -q --error-exitcode=1 --leak-check=full \
    --errors-for-leak-kinds=definite "./$out"
