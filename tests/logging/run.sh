#!/usr/bin/env bash
# LIBVIRT_DEBUG, LIBVIRT_LOG_FILTERS and LIBVIRT_LOG_OUTPUTS on our library,
# seen from a C program: which lines reach which output.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
lib=$top/build/lib
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0

cc -Wall -Werror -I"$top/include" -o "$tmp/open-close" "$here/open-close.c" -L"$lib" -lvirt -ldl || exit 1

# run NAME ENV... : runs the program on our library with ENV, log in $tmp/log
run() {
    rm -f "$tmp/log" "$tmp/err"
    loaded=$(env -u LIBVIRT_DEBUG -u LIBVIRT_LOG_FILTERS -u LIBVIRT_LOG_OUTPUTS \
        LD_LIBRARY_PATH="$lib" "$@" "$tmp/open-close" 2> "$tmp/err")
    case "$(readlink -f "$loaded")" in
        "$(readlink -f "$lib")"/*) ;;
        *) echo "FAIL: loaded '$loaded', not ours"; exit 1 ;;
    esac
}
# expect DESCRIPTION grep-args... : counts a check
expect() {
    local what=$1; shift
    if grep -q "$@"; then echo "ok   $what"; pass=$((pass + 1)); else echo "FAIL $what"; fail=$((fail + 1)); fi
}
refute() {
    local what=$1; shift
    if grep -q "$@"; then echo "FAIL $what"; fail=$((fail + 1)); else echo "ok   $what"; pass=$((pass + 1)); fi
}

run LIBVIRT_DEBUG=1 LIBVIRT_LOG_OUTPUTS="1:file:$tmp/log"
expect "file output starts with the version line" -m1 ': info : libvirt version: 9.0.0' "$tmp/log"
expect "debug: API entry lines" -E '^[0-9-]+ [0-9:.]+\+0000: [0-9]+: debug : virConnectOpen:[0-9]+ : ' "$tmp/log"
expect "debug: connection steps" 'driver TEST accepted test:///default' "$tmp/log"

run LIBVIRT_DEBUG=error LIBVIRT_LOG_OUTPUTS="1:file:$tmp/log"
refute "LIBVIRT_DEBUG=error keeps debug lines out" ': debug : ' "$tmp/log"

run LIBVIRT_LOG_FILTERS="1:libvirt" LIBVIRT_LOG_OUTPUTS="1:file:$tmp/log"
expect "filter 1:libvirt lets the connection's lines through" 'resolved to URI' "$tmp/log"
refute "filter 1:libvirt keeps other sources at the default level" 'virConnectClose:' "$tmp/log"

run LIBVIRT_DEBUG=1 LIBVIRT_LOG_OUTPUTS="1:stderr"
expect "stderr output" ': debug : virConnectOpen:' "$tmp/err"

run LIBVIRT_DEBUG=1 LIBVIRT_LOG_OUTPUTS="3:file:$tmp/log"
refute "an output's own level drops lower lines" ': debug : ' "$tmp/log"

echo "logging: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
