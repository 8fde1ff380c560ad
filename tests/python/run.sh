#!/usr/bin/env bash
# Debian's prebuilt python3-libvirt against the C library and against ours:
# the two transcripts of scenario.py (and of domain_scenario.py) must be
# equal.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
lib=$top/build/lib
py=/usr/bin/python3
tmp=$(mktemp -d)
chmod 755 "$tmp"  # the unprivileged runs below live in it
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0

"$py" "$here/scenario.py" system > "$tmp/c.txt"
if LD_LIBRARY_PATH=$lib "$py" "$here/scenario.py" "$lib" > "$tmp/ours.txt"; then
    if diff -u "$tmp/c.txt" "$tmp/ours.txt"; then
        echo "ok: python3-libvirt transcript equal ($(wc -l < "$tmp/c.txt") lines)"
        pass=$((pass + 1))
    else
        echo "FAIL: python3-libvirt transcripts differ"
        fail=$((fail + 1))
    fi
else
    echo "FAIL: scenario.py on our library"
    fail=$((fail + 1))
fi

# The domain life cycle of test:///default (domain_scenario.py).
"$py" "$here/domain_scenario.py" system > "$tmp/c-dom.txt"
if LD_LIBRARY_PATH=$lib "$py" "$here/domain_scenario.py" "$lib" > "$tmp/ours-dom.txt" \
    && diff -u "$tmp/c-dom.txt" "$tmp/ours-dom.txt"; then
    echo "ok: domain life cycle transcript equal ($(wc -l < "$tmp/c-dom.txt") lines)"
    pass=$((pass + 1))
else
    echo "FAIL: domain life cycle transcripts differ"
    fail=$((fail + 1))
fi

# libvirt.conf (uri_default, uri_aliases) as an unprivileged user.
unpriv() {
    local home=$1; shift
    rm -rf "$home"; mkdir -p "$home"; chown 65534:65534 "$home"
    setpriv --reuid=65534 --regid=65534 --clear-groups \
        env HOME="$home" XDG_CONFIG_HOME="$home/.config" "$@"
}
# The checkout may sit where that user cannot read (CI clones under /root):
# give it copies of the script and of our library.
mkdir -p "$tmp/lib"
cp "$here/config.py" "$tmp/"
cp -P "$lib"/libvirt.so* "$tmp/lib/"
chmod -R a+rX "$tmp"
unpriv "$tmp/c-home" "$py" "$tmp/config.py" system > "$tmp/c-conf.txt" 2>&1 || true
if unpriv "$tmp/our-home" env LD_LIBRARY_PATH="$tmp/lib" "$py" "$tmp/config.py" "$tmp/lib" > "$tmp/our-conf.txt" 2>&1 \
    && diff -u "$tmp/c-conf.txt" "$tmp/our-conf.txt"; then
    echo "ok: libvirt.conf handling equal ($(wc -l < "$tmp/c-conf.txt") cases)"
    pass=$((pass + 1))
else
    echo "FAIL: libvirt.conf handling differs"
    cat "$tmp/our-conf.txt"
    fail=$((fail + 1))
fi

if [ -x "$here/from-source.sh" ]; then
    if "$here/from-source.sh"; then pass=$((pass + 1)); else echo "FAIL: from-source"; fail=$((fail + 1)); fi
fi
echo "python: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
