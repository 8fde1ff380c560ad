#!/usr/bin/env bash
# Fuzz the domain XML parser: parse, and whatever parses must format,
# re-parse and re-format to the same text (fuzz_targets/domain_xml.rs).
#
#   fuzz/run.sh [SECONDS]        default 600; one process (one core)
#   MINIMISE=1 fuzz/run.sh 0     only minimise the working corpus into
#                                fuzz/corpus/domain_xml (the committed one:
#                                the named seeds, then hash-named inputs)
#
# Needs nightly and cargo-fuzz (`cargo install cargo-fuzz`). New inputs
# go to build/fuzz/domain_xml (not committed); the committed seeds in
# fuzz/corpus/domain_xml are read, never written, unless MINIMISE=1.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
secs=${1:-600}
work=build/fuzz/domain_xml
mkdir -p "$work" build/fuzz/artifacts
if [ "$secs" -gt 0 ]; then
    cargo +nightly fuzz run domain_xml "$work" fuzz/corpus/domain_xml -- \
        -dict=fuzz/domain_xml.dict -max_len=4096 -max_total_time="$secs" \
        -timeout=5 -rss_limit_mb=1024 -print_final_stats=1 \
        -artifact_prefix=build/fuzz/artifacts/
fi
if [ "${MINIMISE:-0}" = 1 ]; then
    # The named seeds (*.xml) stay; the hash-named files become the
    # smallest set that adds every edge they cover (edges only: no
    # counters or comparison features, which would keep far more files).
    tmp=$(mktemp -d)
    old=$(mktemp -d)
    cp fuzz/corpus/domain_xml/*.xml "$tmp"/
    find fuzz/corpus/domain_xml -type f ! -name '*.xml' -exec mv {} "$old"/ \;
    cargo +nightly fuzz run domain_xml "$tmp" "$old" "$work" -- \
        -merge=1 -max_len=4096 -use_counters=0 -use_cmp=0
    find "$tmp" -type f ! -name '*.xml' -exec cp {} fuzz/corpus/domain_xml/ \;
    rm -rf "$tmp" "$old"
fi
