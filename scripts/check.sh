#!/usr/bin/env bash
# `make check`: run every test, keep going after a failure, and end with one
# line "N passed, M failed" (non-zero exit if M > 0).  A "test" is one unit
# here: the whole `cargo test` run, one tests/*/run.sh, one capi-tests binary.
# Expects `make` to have built build/lib already (the Makefile does that).
set -uo pipefail
cd "$(dirname "$0")/.."

passed=0
failed=0
failures=()

# run NAME COMMAND...: run one test, count it, never stop the run.
run() {
    local name=$1; shift
    echo
    echo "=== $name"
    if "$@"; then
        passed=$((passed + 1))
        echo "--- PASS: $name"
    else
        failed=$((failed + 1))
        failures+=("$name")
        echo "--- FAIL: $name"
    fi
}

# Missing packages make tests fail for the wrong reason; install them first
# (a no-op when present).  Its own failure is reported, not counted.
scripts/install-test-deps.sh || echo "warning: installing test dependencies failed"

# Debug profile: the one engineers build all day, so this is incremental.
run "cargo test --workspace" cargo test --workspace --quiet
run "cargo fmt + clippy -D warnings" sh -c \
    'cargo fmt --all -- --check && cargo clippy --workspace --all-targets --quiet -- -D warnings'

for t in tests/*/run.sh; do
    [ -e "$t" ] || continue
    run "$t" "$t"
done

for c in capi-tests/test-*.c; do
    [ -e "$c" ] || continue
    run "$c" scripts/run-capi-test.sh "$c"
done

echo
for f in "${failures[@]+"${failures[@]}"}"; do
    echo "failed: $f"
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
