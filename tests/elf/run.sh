#!/usr/bin/env bash
# ELF interface test: our built libraries against Debian's libvirt 9.0.0.
# Needs `make` to have built build/lib; see check_elf.py for what is compared.
set -euo pipefail
cd "$(dirname "$0")/../.."
ours=${OXVIRT_LIBDIR:-build/lib}
if [ ! -e "$ours/libvirt.so.0" ]; then
    echo "tests/elf: $ours/libvirt.so.0 not built (run 'make' first)"
    exit 1
fi
exec python3 tests/elf/check_elf.py "$ours" /usr/lib/x86_64-linux-gnu
