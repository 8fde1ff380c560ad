#!/bin/sh
# Checks oxvirt's generated headers and API files: first that they are up to
# date with the Rust definitions, then against Debian's libvirt-dev 9.0.0.
# Usage: tests/headers/run.sh   (from anywhere; needs gcc, g++, python3,
# and Debian's libvirt-dev installed)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$root"
cargo run -q -p xtask -- check
exec python3 "$here/compare.py"
