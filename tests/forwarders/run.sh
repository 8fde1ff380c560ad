#!/usr/bin/env bash
# Forwarder test: each function of libvirt-qemu.h, libvirt-lxc.h and
# libvirt-admin.h, as our companion libraries export it, matches libvirt's
# public prototype and forwards to the private twin of the same name.
#
# 1. C types, from Debian's headers (libvirt-dev) and from declarations
#    cbindgen writes straight from our Rust files
#    (`cargo run -p xtask -- forwarder-decls`): for every public function
#    virX (the list is Debian's library's exports),
#      __typeof__(virX) == __typeof__(oxvirt_private_virX)   (the twin)
#      __typeof__(virX) == __typeof__(oxvirt_fwd_virX)       (the forwarder)
#    as `_Static_assert(__builtin_types_compatible_p(...))`; the companion's
#    own `extern` declarations of the twins sit in the same file, so one that
#    differs from the twin is a conflicting-types error.
# 2. ELF (check_elf.py): each companion .so imports exactly the twins of its
#    exports, libvirt.so.0 exports them, and each exported function's code
#    reaches its own twin and nothing else.
# Needs `make` to have built build/lib (or OXVIRT_LIBDIR).
set -euo pipefail
cd "$(dirname "$0")/../.."
start=$(date +%s%N)
ours=${OXVIRT_LIBDIR:-build/lib}
system=/usr/lib/x86_64-linux-gnu
if [ ! -e "$ours/libvirt.so.0" ]; then
    echo "tests/forwarders: $ours/libvirt.so.0 not built (run 'make' first)"
    exit 1
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cargo run -q -p xtask -- forwarder-decls "$tmp"

problems=0
functions=0
for lib in libvirt-qemu libvirt-lxc libvirt-admin; do
    # libvirt's public functions: what Debian's library exports outside its
    # LIBVIRT_*_PRIVATE_* node (libvirt-admin's XDR routines and friends).
    nm -D --defined-only "$system/$lib.so.0" |
        awk '$2 == "T" && $3 !~ /@@?LIBVIRT_[A-Z_]*PRIVATE_/ { sub(/@.*/, "", $3); print $3 }' |
        sort -u >"$tmp/$lib.public"
    grep -oE '\boxvirt_private_[A-Za-z0-9_]+\(' "$tmp/$lib-private.h" |
        sed 's/^oxvirt_private_//; s/($//' | sort -u >"$tmp/$lib.twins"
    grep -oE '\boxvirt_fwd_[A-Za-z0-9_]+\(' "$tmp/$lib-forwarders.h" |
        sed 's/^oxvirt_fwd_//; s/($//' | sort -u >"$tmp/$lib.fwd"
    for kind in twins fwd; do
        while read -r n; do
            echo "tests/forwarders: $lib: $n has no ${kind/fwd/forwarder}"
            problems=$((problems + 1))
        done < <(comm -23 "$tmp/$lib.public" "$tmp/$lib.$kind")
        while read -r n; do
            echo "tests/forwarders: $lib: ${kind/fwd/forwarder} $n is no public function"
            problems=$((problems + 1))
        done < <(comm -13 "$tmp/$lib.public" "$tmp/$lib.$kind")
    done

    c="$tmp/$lib.c"
    {
        if [ "$lib" = libvirt-admin ]; then
            echo "#include <libvirt/libvirt-admin.h>"
        else
            echo "#include <libvirt/libvirt.h>"
            echo "#include <libvirt/$lib.h>"
        fi
        echo "#include \"$lib-private.h\""
        echo "#include \"$lib-forwarders.h\""
        echo '#define SAME(pub, ours) _Static_assert(__builtin_types_compatible_p(__typeof__(pub), __typeof__(ours)), #ours " does not have the type of " #pub)'
        comm -12 "$tmp/$lib.public" "$tmp/$lib.twins" | sed 's/.*/SAME(&, oxvirt_private_&);/'
        comm -12 "$tmp/$lib.public" "$tmp/$lib.fwd" | sed 's/.*/SAME(&, oxvirt_fwd_&);/'
    } >"$c"
    # Debian's headers only: no -I for our include/.
    if ! gcc -std=gnu11 -fsyntax-only -Wall -Wextra -Werror "$c" 2>"$tmp/$lib.err"; then
        sed "s|$tmp/||g" "$tmp/$lib.err"
        n=$(grep -c 'error:' "$tmp/$lib.err" || true)
        problems=$((problems + (n > 0 ? n : 1)))
    fi
    functions=$((functions + $(wc -l <"$tmp/$lib.public")))
done
echo "C types: $functions public functions, twin and forwarder against libvirt's prototype, $problems problem(s)"

elf=0
python3 tests/forwarders/check_elf.py "$ours" "$system" || elf=1

ms=$((($(date +%s%N) - start) / 1000000))
if [ "$problems" -eq 0 ] && [ "$elf" -eq 0 ]; then
    echo "tests/forwarders: PASS: $functions forwarders match libvirt's prototypes and reach their own twins (${ms} ms)"
else
    echo "tests/forwarders: FAIL: $problems C type problem(s), ELF $([ $elf -eq 0 ] && echo ok || echo failed) (${ms} ms)"
    exit 1
fi
