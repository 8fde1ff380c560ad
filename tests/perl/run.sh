#!/usr/bin/env bash
# Debian's prebuilt Sys::Virt (libsys-virt-perl) on the C library and on
# ours: the transcripts of scenario.pl must be equal.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
lib=$(cd "$here/../.." && pwd)/build/lib
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
perl "$here/scenario.pl" system > "$tmp/c.txt" 2>&1
if LD_LIBRARY_PATH=$lib perl "$here/scenario.pl" "$lib" > "$tmp/ours.txt" 2>&1 \
    && diff -u "$tmp/c.txt" "$tmp/ours.txt"; then
    echo "ok: Sys::Virt transcript equal ($(wc -l < "$tmp/c.txt") lines)"
    echo "perl: 1 passed, 0 failed"
else
    cat "$tmp/ours.txt"
    echo "perl: 0 passed, 1 failed"
    exit 1
fi
