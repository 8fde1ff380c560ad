"""Default URI and aliases from the client libvirt.conf, run as an
unprivileged user (whose configuration is $XDG_CONFIG_HOME/libvirt/
libvirt.conf) by Debian's python3-libvirt; run.sh compares the C library's
transcript with ours.

Usage: python3 config.py EXPECTED_LIBDIR|system
"""
import os
import sys

import libvirt

maps = [l.split()[-1] for l in open("/proc/self/maps") if "libvirt.so.0" in l]
want = "/usr/lib" if sys.argv[1] == "system" else os.path.realpath(sys.argv[1])
assert maps and all(os.path.realpath(m).startswith(want) for m in maps), maps
assert os.getuid() != 0, "must run unprivileged to read the user's libvirt.conf"

libvirt.registerErrorHandler(lambda c, e: None, None)
conf_dir = os.path.join(os.environ["XDG_CONFIG_HOME"], "libvirt")
os.makedirs(conf_dir, exist_ok=True)
conf = os.path.join(conf_dir, "libvirt.conf")


def attempt(what, name, flags=0):
    try:
        c = libvirt.openAuth(name, None, flags) if flags else libvirt.open(name)
        print(f"{what}: {c.getURI()} {[d.name() for d in c.listAllDomains()]}")
        c.close()
    except libvirt.libvirtError as e:
        print(f"{what}: error {e.get_error_code()} {e.get_error_domain()}")


with open(conf, "w") as f:
    f.write('# written by the test\n'
            'uri_default = "test:///default"\n'
            'uri_aliases = [\n  "mytest=test:///default",\n  "other-1=test:///default",\n]\n')
os.environ.pop("LIBVIRT_DEFAULT_URI", None)
attempt("default from uri_default", None)
attempt("alias", "mytest")
attempt("alias with dash and digit", "other-1")
os.environ["LIBVIRT_DEFAULT_URI"] = "mytest"
attempt("env default through alias", None)
os.environ.pop("LIBVIRT_DEFAULT_URI")

with open(conf, "w") as f:
    f.write('uri_aliases = [ "bad name=test:///default" ]\n')
attempt("malformed alias", "bad name")

with open(conf, "w") as f:
    f.write('uri_default = \n')
attempt("syntax error in libvirt.conf", None)
