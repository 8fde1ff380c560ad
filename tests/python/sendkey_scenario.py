"""virDomainSendKey on test:///default: argument checks, key codes of each
set, a stopped domain. Run by Debian's prebuilt python3-libvirt once on the
C library and once on ours; run.sh compares the two transcripts.

Usage: python3 sendkey_scenario.py EXPECTED_LIBDIR   (or "system")
"""
import sys

import libvirt
from transcript import Transcript, expect_library, silence_default_errors


silence_default_errors()

transcript = Transcript()
out, say, call = transcript.out, transcript.say, transcript.call


def main():
    expect_library()
    c = libvirt.open("test:///default")
    d = c.lookupByName("test")
    call("one key", d.sendKey, 0, 100, [30], 1, 0)
    call("no keys", d.sendKey, 0, 100, [], 0, 0)
    call("17 keys", d.sendKey, 0, 100, [30] * 17, 17, 0)
    call("16 keys", d.sendKey, 0, 100, [30] * 16, 16, 0)
    call("codeset 10", d.sendKey, 10, 0, [1], 1, 0)
    call("codeset -1", d.sendKey, -1, 0, [1], 1, 0)
    call("flags", d.sendKey, 0, 0, [1], 1, 1)
    # Every set, with codes at and around the edges of its tables.
    probes = [0, 1, 2, 0x1c, 0x39, 0x54, 0x5a, 0x64, 0x7f, 0x80, 0x90, 0xa3, 0xb8,
              0xc8, 0xe0, 0xe7, 0xff, 0x100, 0x1d0, 0x1ff, 0x200, 0x2ff, 0xe01c,
              0xffff, 0x10000, 0x7fffffff, 0x80000000, 0xffffffff]
    for cs in range(10):
        res = []
        for k in probes:
            try:
                d.sendKey(cs, 0, [k], 1, 0)
                res.append("ok")
            except libvirt.libvirtError as e:
                res.append(e.get_error_message())
            except OverflowError as e:
                res.append(f"python: {e}")
        say(f"codeset {cs}: {res}")
    for cs in range(10):
        good = [k for k in range(0, 0x300) if _ok(d, cs, k)]
        say(f"codeset {cs} keys below 0x300: {len(good)} sum {sum(good)}")
    call("second key bad", d.sendKey, 0, 0, [1, 0xffff, 0xfffe], 3, 0)
    call("destroy", d.destroy)
    call("stopped", d.sendKey, 0, 0, [1], 1, 0)
    call("stopped bad key", d.sendKey, 0, 0, [0xffff], 1, 0)
    call("stopped bad flags", d.sendKey, 0, 0, [1], 1, 2)
    call("create", d.create)
    ro = libvirt.openReadOnly("test:///default")
    call("read-only", ro.lookupByName("test").sendKey, 0, 0, [1], 1, 0)
    ro.close()
    c.close()
    transcript.print()
    return 0


def _ok(d, cs, k):
    try:
        d.sendKey(cs, 0, [k], 1, 0)
        return True
    except libvirt.libvirtError:
        return False


if __name__ == "__main__":
    sys.exit(main())
