#!/usr/bin/env bash
# Debian's Go binding (golang-github-libvirt-libvirt-go-dev) built with cgo
# against OUR headers and pkg-config files (the whole binding is compiled,
# so every declaration it uses must exist with the right type), then run on
# the C library and on ours; the transcripts must be equal.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
stage=$top/build/stage
lib=$top/build/lib
out=$top/build/go
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

export GO111MODULE=off GOPATH="$here:/usr/share/gocode" GOCACHE="$out/cache"
export PKG_CONFIG_PATH=$stage/lib/pkgconfig PKG_CONFIG_LIBDIR=$stage/lib/pkgconfig
if ! go build -a -x -o "$out/oxvirtgo" oxvirtgo > "$out/build.log" 2>&1; then
    tail -30 "$out/build.log"
    echo "go: 0 passed, 1 failed (build)"
    exit 1
fi
ours=$(grep -c -- "-I$stage/include" "$out/build.log" || true)
if [ "$ours" -eq 0 ]; then
    echo "go: the binding was not compiled with -I$stage/include"
    echo "go: 0 passed, 1 failed"
    exit 1
fi

"$out/oxvirtgo" system > "$tmp/c.txt" 2>&1
if LD_LIBRARY_PATH=$lib "$out/oxvirtgo" "$lib" > "$tmp/ours.txt" 2>&1 \
    && diff -u "$tmp/c.txt" "$tmp/ours.txt"; then
    echo "ok: libvirt-go built on our headers ($ours cgo compiles), transcript equal ($(wc -l < "$tmp/c.txt") lines)"
    echo "go: 1 passed, 0 failed"
else
    cat "$tmp/ours.txt"
    echo "go: 0 passed, 1 failed"
    exit 1
fi
