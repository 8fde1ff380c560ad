#!/usr/bin/env bash
# Install the Debian packages the tests need (the real libvirt is the oracle;
# valgrind, compilers and the bindings are the consumers we test with).
# Idempotent and quick: dpkg is asked first, apt only runs when something is
# missing, and only as root (otherwise it just says what is missing).
set -euo pipefail

PKGS="libvirt-dev libvirt0 libvirt-clients python3-libvirt valgrind pkg-config
gcc g++ python3-dev python3-pip python3-venv libsys-virt-perl
golang-go golang-github-libvirt-libvirt-go-dev python3-lxml strace"

# tests/domain-xml fetches libvirt's test documents with `apt-get source`:
# that needs a deb-src twin of the machine's Debian entry.  Adding it is
# idempotent (only a `Types: deb` line without deb-src is changed) and is
# followed by an index update.
need_update=
sources=/etc/apt/sources.list.d/debian.sources
if [ -f "$sources" ] && grep -qx 'Types: deb' "$sources"; then
    if [ "$(id -u)" -eq 0 ]; then
        sed -i 's/^Types: deb$/Types: deb deb-src/' "$sources"
        need_update=1
        echo "test dependencies: deb-src added to $sources"
    else
        echo "not root: add deb-src to the Types line of $sources for tests/domain-xml"
    fi
fi
list=/etc/apt/sources.list
if [ -f "$list" ] && ! grep -q '^deb-src ' "$list" && grep -q '^deb ' "$list"; then
    if [ "$(id -u)" -eq 0 ]; then
        sed -n 's/^deb /deb-src /p' "$list" >> "$list"
        need_update=1
        echo "test dependencies: deb-src lines added to $list"
    fi
fi
if [ -n "$need_update" ]; then
    apt-get update -qq
fi

missing=()
for p in $PKGS; do
    # "install ok installed" is dpkg's status of a fully installed package.
    if [ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)" != "install ok installed" ]; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "test dependencies: all installed"
    exit 0
fi
echo "test dependencies missing: ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
    echo "not root: install them with: sudo apt-get install -y ${missing[*]}"
    exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
