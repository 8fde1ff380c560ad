#!/usr/bin/env bash
# Hostile XML through the public C API: virDomainDefineXML on
# test:///default with entity bombs, external entities, 100 000-deep
# nesting, a 64 MiB attribute and invalid UTF-8 (hostile.c builds each in
# memory). On our libvirt.so.0 each must be refused with VIR_ERR_XML_ERROR
# or VIR_ERR_XML_DETAIL in under a second of CPU time (wall time is shown;
# on a loaded machine it is not ours to bound), with peak RSS at most
# $BOUND_MIB over what the process had before the call, and no file the
# document names may be touched: the external entities point at a FIFO
# (opening it would block until the timeout) and strace must show no
# system call on that path.
#
# The same documents then go to the C library (Debian's libvirt0), whose
# answers are printed, not asserted (it expands internal entities: the
# quadratic blowup is accepted after seconds and GiBs); HOSTILE_C=0 skips
# that part. The C side runs under `ulimit -v` and a timeout.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
lib=$top/build/lib
syslib=/usr/lib/x86_64-linux-gnu
BOUND_MIB=${BOUND_MIB:-32}
cases="control billion-laughs quadratic-blowup recursive-entity external-entity
external-parameter-entity external-dtd deep-nesting huge-attribute invalid-utf8"

[ -e "$lib/libvirt.so.0" ] || make -s -C "$top" libs >/dev/null || exit 1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fifo=$tmp/entity.fifo
mkfifo "$fifo"

cc -O1 -Wall -Werror -I"$top/include" -L"$lib" -o "$tmp/hostile-ours" "$here/hostile.c" -lvirt || exit 1
fail=0
bad() { echo "FAIL $*"; fail=1; }
# Without strace only the FIFO proves nothing was opened (an open for
# reading blocks until the timeout, which fails the case).
have_strace=1
command -v strace >/dev/null && strace -o /dev/null true 2>/dev/null || {
    have_strace=0
    echo "note: no working strace; the FIFO alone checks that no entity is opened"
}

printf '%-26s %-8s %5s %9s %9s %10s  %s\n' case result code "wall ms" "cpu ms" "+RSS KiB" message
for c in $cases; do
    if [ "$have_strace" = 1 ]; then
        trace=(strace -f -qq -o "$tmp/$c.strace" -e trace=%file,%desc)
    else
        trace=()
    fi
    out=$(LD_LIBRARY_PATH=$lib timeout 10 "${trace[@]}" "$tmp/hostile-ours" "$c" "$fifo" 2>"$tmp/$c.err")
    rc=$?
    if [ $rc -ne 0 ] || [ -z "$out" ]; then
        bad "$c: exit $rc ($( [ $rc = 124 ] && echo 'timeout: blocked on the FIFO?' || head -c 300 "$tmp/$c.err"))"
        continue
    fi
    read -r _ result code domain ms cpu base peak maplib msg <<<"$out"
    printf '%-26s %-8s %5s %9s %9s %10s  %.80s\n' "$c" "$result" "$code" "$ms" "$cpu" "$((peak - base))" "$msg"
    [ "$maplib" = "$(readlink -f "$lib/libvirt.so.0")" ] || bad "$c: loaded $maplib, not ours"
    [ "$have_strace" = 1 ] || touch "$tmp/$c.strace"
    # The trace works: it saw the library being opened.
    [ "$have_strace" = 0 ] || grep -q 'open.*libvirt\.so\.0' "$tmp/$c.strace" || bad "$c: strace saw no open of libvirt.so.0"
    if grep -F "$fifo" "$tmp/$c.strace" | grep -v 'execve(' >/dev/null; then
        bad "$c: the process touched $fifo:"; grep -F "$fifo" "$tmp/$c.strace" | head -3
    fi
    if grep -E 'open.*"/etc/passwd"' "$tmp/$c.strace" >/dev/null; then
        bad "$c: /etc/passwd was opened"
    fi
    if [ "$c" = control ]; then
        [ "$result" = defined ] || bad "control: not defined ($code $msg)"
        continue
    fi
    [ "$result" = refused ] || bad "$c: accepted"
    [ "$code" = 27 ] || [ "$code" = 35 ] || bad "$c: code $code, not VIR_ERR_XML_ERROR (27) or VIR_ERR_XML_DETAIL (35)"
    awk -v ms="$cpu" 'BEGIN { exit !(ms < 1000) }' || bad "$c: took $cpu ms of CPU"
    [ $((peak - base)) -le $((BOUND_MIB * 1024)) ] || bad "$c: peak RSS grew by $((peak - base)) KiB"
done

if [ "${HOSTILE_C:-1}" = 1 ] && [ -e "$syslib/libvirt.so.0" ]; then
    echo
    echo "The C library ($syslib/libvirt.so.0), for comparison (not asserted; 1 GiB address space, 20 s):"
    if cc -O1 -Wall -o "$tmp/hostile-c" "$here/hostile.c" -L"$syslib" -lvirt 2>/dev/null; then
        for c in $cases; do
            out=$( (ulimit -v 1048576; timeout 20 "$tmp/hostile-c" "$c" "$fifo") 2>/dev/null)
            rc=$?
            if [ -z "$out" ]; then
                case $rc in
                124) why="timeout" ;;
                133) why="SIGTRAP: glib aborted the process, out of memory" ;;
                *) why="exit $rc" ;;
                esac
                printf '%-26s %s\n' "$c" "no answer ($why)"
                continue
            fi
            read -r _ result code domain ms cpu base peak maplib msg <<<"$out"
            printf '%-26s %-8s %5s %9s %9s %10s  %.80s\n' "$c" "$result" "$code" "$ms" "$cpu" "$((peak - base))" "$msg"
        done
    else
        echo "(no libvirt-dev: skipped)"
    fi
fi

[ $fail -eq 0 ] && echo "ok   every hostile document refused, fast, bounded, no file opened"
exit $fail
