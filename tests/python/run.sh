#!/usr/bin/env bash
# Debian's prebuilt python3-libvirt against the C library and against ours:
# the two transcripts of scenario.py and of every *_scenario.py must be
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

# Every *scenario.py here is a transcript: run on both libraries, equal.
# (A new area gets its own file; nothing else to wire.)
for scen in "$here"/scenario.py "$here"/*_scenario.py; do
    name=$(basename "$scen" .py)
    if "$py" "$scen" system > "$tmp/$name-c.txt" \
        && LD_LIBRARY_PATH=$lib "$py" "$scen" "$lib" > "$tmp/$name-ours.txt" \
        && diff -u "$tmp/$name-c.txt" "$tmp/$name-ours.txt"; then
        echo "ok: $name transcript equal ($(wc -l < "$tmp/$name-c.txt") lines)"
        pass=$((pass + 1))
    else
        echo "FAIL: $name transcripts differ (or a run failed)"
        fail=$((fail + 1))
    fi
done

# The host name as the resolver canonicalises it, with made-up host names
# and /etc/hosts files in private UTS and mount namespaces (nothing outside
# changes); what is logged is compared without timestamps, thread ids and
# the package line. Skipped where namespaces cannot be made.
hostname_case() {  # $1: libdir or "system", $2: host name, $3: hosts file
    local ld=
    [ "$1" = system ] || ld=$1
    unshare -m -u sh -c 'mount --bind "$1" /etc/hosts && hostname "$2" && shift 2 && exec "$@"' \
        sh "$3" "$2" env LD_LIBRARY_PATH="$ld" "$py" "$here/host_scenario.py" "$1" hostname 2>&1 \
        | sed -E 's/^[0-9-]+ [0-9:.+]+: [0-9]+: //; s/package: .*/package: -/'
}
if unshare -m -u true 2>/dev/null; then
    printf '127.0.0.1 localhost\n127.0.0.1 vm.example.org vm\n' > "$tmp/hosts-fqdn"
    printf '127.0.0.1 localhost.localdomain vm\n' > "$tmp/hosts-local"
    printf '127.0.0.1 localhost\n' > "$tmp/hosts-none"
    for c in "vm hosts-fqdn" "vm hosts-local" "vm hosts-none" "nosuchhost-xyz hosts-none" \
             "a.b.example hosts-none" "localhost4 hosts-fqdn"; do
        set -- $c
        hostname_case system "$1" "$tmp/$2" > "$tmp/hn-c.txt"
        hostname_case "$lib" "$1" "$tmp/$2" > "$tmp/hn-ours.txt"
        if diff -u "$tmp/hn-c.txt" "$tmp/hn-ours.txt"; then
            echo "ok: host name $1 with $2: $(head -c 200 "$tmp/hn-c.txt" | tr '\n' '|')"
            pass=$((pass + 1))
        else
            echo "FAIL: host name $1 with $2 differs"
            fail=$((fail + 1))
        fi
    done
else
    echo "skip: host name canonicalisation (no private namespaces here)"
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
