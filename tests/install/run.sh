#!/usr/bin/env bash
# `make install` lays files out as Debian's libvirt0 + libvirt-dev do: the
# same paths and symlinks; a program then builds from the installed
# pkg-config, headers and library and runs on ours.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
libdir=/usr/lib/x86_64-linux-gnu
dest=$tmp/root
fail=0

make -s -C "$top" install PREFIX=/usr LIBDIR=$libdir DESTDIR="$dest" > "$tmp/install.log"

# The library and development files of Debian's packages, and ours.
dpkg -L libvirt0 libvirt-dev \
    | grep -E "^($libdir/libvirt(-qemu|-lxc|-admin)?\.so|/usr/include/libvirt/|$libdir/pkgconfig/libvirt|/usr/share/libvirt/api/)" \
    | sort > "$tmp/debian.list"
(cd "$dest" && find . -type f -o -type l | sed 's|^\.||' | sort) > "$tmp/ours.list"
if diff -u "$tmp/debian.list" "$tmp/ours.list"; then
    echo "ok   same $(wc -l < "$tmp/ours.list") installed paths as libvirt0 + libvirt-dev"
else
    echo "FAIL installed paths differ"; fail=1
fi
while read -r p; do
    if [ -L "$p" ] && [ "$(readlink "$p")" != "$(readlink "$dest$p")" ]; then
        echo "FAIL $p -> $(readlink "$dest$p"), Debian: $(readlink "$p")"; fail=1
    fi
done < "$tmp/debian.list"
[ "$fail" -eq 0 ] && echo "ok   symlinks point where Debian's do"

export PKG_CONFIG_SYSROOT_DIR=$dest PKG_CONFIG_LIBDIR=$dest$libdir/pkgconfig
test "$(pkg-config --modversion libvirt)" = 9.0.0
# shellcheck disable=SC2046
cc -Wall -Werror -o "$tmp/hello" "$top/examples/hello.c" $(pkg-config --cflags --libs libvirt)
loaded=$(LD_LIBRARY_PATH=$dest$libdir ldd "$tmp/hello" | awk '$1 == "libvirt.so.0" { print $3 }')
case "$loaded" in
    "$dest"/*) echo "ok   hello links the installed libvirt.so.0" ;;
    *) echo "FAIL hello resolves libvirt.so.0 to $loaded"; fail=1 ;;
esac
if LD_LIBRARY_PATH=$dest$libdir "$tmp/hello" | grep -q 'test     id 1'; then
    echo "ok   hello runs on the installed library"
else
    echo "FAIL hello did not list the test domain"; fail=1
fi
[ "$fail" -eq 0 ] && echo "install: 1 passed, 0 failed" || { echo "install: 0 passed, 1 failed"; exit 1; }
