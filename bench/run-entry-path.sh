#!/usr/bin/env bash
# The cost of one trip through the entry path on test:///default, for
# several libraries interleaved in one run (the machine is noisy: compare
# within a run, never across runs):
#   LIBS="system build/lib /other/oxvirt/build/lib" REPS=3 bench/run-entry-path.sh
# "system" is Debian's C library. Prints one line per library and rep.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
LIBS=${LIBS:-"system $root/build/lib"}
REPS=${REPS:-3}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# Built once against the system headers, so every library runs the same code.
cc -O2 -Wall -o "$out/entry-path" "$here/entry-path.c" -lvirt
for rep in $(seq "$REPS"); do
    for lib in $LIBS; do
        if [ "$lib" = system ]; then dir=""; else dir=$(cd "$lib" && pwd); fi
        printf '%s\t%s\t' "$rep" "$lib"
        LD_LIBRARY_PATH="$dir" "$out/entry-path" | paste -sd'\t'
    done
done
