#!/usr/bin/env bash
# The domain-XML corpus: libvirt 9.0.0's own xml2xml test documents, defined
# in the C library's test driver, against what our side makes of them.
#
# Modes (DOMXML_MODE):
#   library each document defined through python3-libvirt on our
#           libvirt.so.0 (LD_LIBRARY_PATH=build/lib), XMLDesc compared for
#           flags 0 and, where C's differ, INACTIVE, SECURE, MIGRATABLE
#           (the acceptance test: our library against the C library);
#   model   our DomainDef::parse -> format, via the `domain_roundtrip`
#           example of crate oxvirt (no library build needed);
#   both    (default) library, then model.
# UPDATE_KNOWN=1 rewrites known-differences.txt from the run.
# LIBVIRT_SRC=/path/to/libvirt-9.0.0 uses an unpacked source tree instead
# of fetching one with `apt-get source`.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
py=/usr/bin/python3
cache=$top/build/domain-xml
modes=${DOMXML_MODE:-both}
[ "$modes" = both ] && modes="library model"
start=$(date +%s)

# The test data, fetched once: the source package's orig tarball, of which
# only the test documents are unpacked (never committed: see README).
src=${LIBVIRT_SRC:-$cache/libvirt-9.0.0}
if [ ! -d "$src/tests/qemuxml2argvdata" ]; then
    mkdir -p "$cache/dl"
    if ! ls "$cache"/dl/libvirt_9.0.0.orig.tar.* >/dev/null 2>&1; then
        echo "fetching libvirt's source package (apt-get source)"
        (cd "$cache/dl" && apt-get source --download-only -qq libvirt=9.0.0-4+deb12u2 \
            || apt-get source --download-only -qq libvirt) || {
            echo "FAIL: apt-get source libvirt failed (is there a deb-src entry? run scripts/install-test-deps.sh as root)"
            exit 1
        }
    fi
    tarball=$(ls "$cache"/dl/libvirt_9.0.0.orig.tar.* | grep -v '\.asc$' | head -1)
    tar -xf "$tarball" -C "$cache" --wildcards \
        'libvirt-9.0.0/tests/genericxml2xmlindata/*' 'libvirt-9.0.0/tests/qemuxml2argvdata/*' \
        'libvirt-9.0.0/tests/lxcxml2xmldata/*' 'libvirt-9.0.0/tests/bhyvexml2argvdata/*'
fi

work=$cache/run
rm -rf "$work"
mkdir -p "$work"
"$py" "$here/collect.py" "$src" "$work"

status=0
for mode in $modes; do
    echo "== $mode"
    rm -f "$work"/*.rs.*
    case $mode in
    model)
        (cd "$top" && cargo build -q -p oxvirt --example domain_roundtrip)
        "$top/target/debug/examples/domain_roundtrip" "$work"
        ;;
    library)
        lib=$top/build/lib
        [ -e "$lib/libvirt.so.0" ] || { echo "FAIL: $lib/libvirt.so.0 missing (run make)"; status=1; continue; }
        # The loaded library must be ours, not the system's.
        LD_LIBRARY_PATH=$lib "$py" -c "
import libvirt, sys
maps = open('/proc/self/maps').read()
sys.exit(0 if '$lib/libvirt.so.0' in maps else 'python3-libvirt did not load $lib/libvirt.so.0')"
        LD_LIBRARY_PATH=$lib "$py" "$here/collect.py" --ours "$work"
        ;;
    *)
        echo "unknown DOMXML_MODE=$mode"; exit 2 ;;
    esac

    known=$here/known-differences.txt
    [ "$mode" = library ] && known=$here/known-differences-library.txt
    if [ -n "${UPDATE_KNOWN:-}" ]; then
        "$py" "$here/compare.py" "$work" "$known" --update
    else
        "$py" "$here/compare.py" "$work" "$known" || status=1
    fi
done
echo "domain-xml ($modes): $(( $(date +%s) - start ))s"
exit $status
