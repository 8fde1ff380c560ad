"""The public libvirt functions and their prototypes, read from the API
description files of the libvirt release we replace (Debian's libvirt-dev
installs them in /usr/share/libvirt/api).

Shared by the generators of tests/null-args and tests/arg-sweep, so both
call the same list of functions, in the same order."""

import xml.etree.ElementTree as ET

DEFAULT_DIR = "/usr/share/libvirt/api"

# (library, API description file): the four libraries libvirt ships.
FILES = [
    ("libvirt", "libvirt-api.xml"),
    ("libvirt-qemu", "libvirt-qemu-api.xml"),
    ("libvirt-lxc", "libvirt-lxc-api.xml"),
    ("libvirt-admin", "libvirt-admin-api.xml"),
]


def kind(rtype):
    """How a return value is recorded and what its error value is: "void",
    "ptr" (NULL), "unsigned" (0) or "signed" (-1)."""
    rtype = rtype.strip()
    if rtype == "void":
        return "void"
    if "*" in rtype or rtype.endswith("Ptr"):
        return "ptr"
    if rtype.startswith("unsigned"):
        return "unsigned"  # error value 0
    return "signed"  # error value -1


def functions(api_dir=DEFAULT_DIR):
    """Every function as (library, header, name, kind, [(type, name), ...]),
    sorted by library, then name. header is the XML's file attribute (e.g.
    "libvirt-domain")."""
    funcs = []
    for lib, fname in FILES:
        root = ET.parse(f"{api_dir}/{fname}").getroot()
        for f in root.iter("function"):
            ret = f.find("return").get("type")
            args = [(a.get("type"), a.get("name")) for a in f.findall("arg")]
            funcs.append((lib, f.get("file"), f.get("name"), kind(ret), args))
    funcs.sort(key=lambda x: (x[0], x[2]))
    return funcs
