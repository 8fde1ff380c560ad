"""What a Python program does first with libvirt: run by Debian's prebuilt
python3-libvirt, once on the C library and once on ours; run.sh compares the
two transcripts.

Usage: python3 scenario.py EXPECTED_LIBDIR   (EXPECTED_LIBDIR: where the
libvirt.so.0 that must be loaded lives, or "system")
"""
import os
import sys

import libvirt
from transcript import assert_loaded, silence_default_errors


# URIs the C library hands to its remote driver (a daemon oxvirt cannot
# reach yet): both libraries must refuse them; the C library says it cannot
# reach the daemon, ours that no driver serves them.
REMOTE_BOUND = {"TEST:///default", "test+unix:///default", "test://localhost/default"}


def uri_cases():
    out = []
    # No name and no default: the C library probes its daemons.
    os.environ.pop("LIBVIRT_DEFAULT_URI", None)
    try:
        libvirt.open(None)
        out.append("open None without a default: opened")
    except libvirt.libvirtError as e:
        refused = (e.get_error_domain(), e.get_error_code()) in (
            (libvirt.VIR_FROM_RPC, libvirt.VIR_ERR_SYSTEM_ERROR),
            (libvirt.VIR_FROM_NONE, libvirt.VIR_ERR_NO_CONNECT))
        out.append(f"open None without a default: refused as remote-bound: {refused}")
    os.environ["LIBVIRT_DEFAULT_URI"] = "test:///default"
    for uri in ["", None, "test:///default", "test:///default?x=y", "test:///", "test://",
                "test:", "test:/default", "test:///default/", "test:///nosuch/file.xml",
                "  test:///default", "test:///default#frag", "test:///%64efault"] + sorted(REMOTE_BOUND):
        try:
            c = libvirt.open(uri)
            out.append(f"open {uri!r}: {c.getURI()} {c.getType()}")
            c.close()
        except libvirt.libvirtError as e:
            if uri in REMOTE_BOUND:
                remote = (e.get_error_domain(), e.get_error_code()) in (
                    (libvirt.VIR_FROM_RPC, libvirt.VIR_ERR_SYSTEM_ERROR),
                    (libvirt.VIR_FROM_NONE, libvirt.VIR_ERR_NO_CONNECT))
                out.append(f"open {uri!r}: refused as remote-bound: {remote}")
            else:
                out.append(f"open {uri!r}: code {e.get_error_code()} {e.get_error_domain()} {e.get_error_message()}")
    for flags in (0, libvirt.VIR_CONNECT_RO, libvirt.VIR_CONNECT_NO_ALIASES, 4, 1 << 10):
        try:
            c = libvirt.openAuth("test:///default", [[libvirt.VIR_CRED_AUTHNAME], lambda *a: 0, None], flags)
            out.append(f"openAuth flags {flags}: {c.getURI()}")
            c.close()
        except libvirt.libvirtError as e:
            out.append(f"openAuth flags {flags}: code {e.get_error_code()} {e.get_error_domain()} {e.get_error_message()}")
    return out


def main():
    expected = sys.argv[1]
    assert_loaded(expected)
    silence_default_errors()

    out = []
    conn = libvirt.open("test:///default")
    out.append(f"type {conn.getType()} lib {conn.getLibVersion()} ver {conn.getVersion()}")
    out.append(f"uri {conn.getURI()} host {conn.getHostname()} maxvcpus {conn.getMaxVcpus(None)}")
    out.append(f"nodeinfo {conn.getInfo()}")
    out.append(f"secure {conn.isSecure()} encrypted {conn.isEncrypted()} alive {conn.isAlive()}")
    out.append(f"ids {conn.listDomainsID()} defined {conn.listDefinedDomains()} n {conn.numOfDomains()}")
    doms = conn.listAllDomains(0)
    out.append(f"all {[d.name() for d in doms]}")
    out.append(f"inactive {[d.name() for d in conn.listAllDomains(libvirt.VIR_CONNECT_LIST_DOMAINS_INACTIVE)]}")
    dom = conn.lookupByName("test")
    info = dom.info()
    out.append(f"info {info[:4]} cputime>0 {info[4] > 0}")
    out.append(f"state {dom.state()} id {dom.ID()} uuid {dom.UUIDString()} os {dom.OSType()}")
    out.append(f"maxmem {dom.maxMemory()} active {dom.isActive()} persistent {dom.isPersistent()}")
    out.append(f"byid {conn.lookupByID(1).name()} byuuid {conn.lookupByUUIDString(dom.UUIDString()).name()}")
    out.append("xml " + dom.XMLDesc(0))
    out.append("caps " + conn.getCapabilities())
    for what, call in [
        ("no such domain", lambda: conn.lookupByName("nope")),
        ("bad uuid", lambda: conn.lookupByUUIDString("not-a-uuid")),
    ]:
        try:
            call()
            out.append(f"{what}: no error")
        except libvirt.libvirtError as e:
            out.append(f"{what}: code {e.get_error_code()} domain {e.get_error_domain()}")
    for f in (libvirt.VIR_DOMAIN_XML_INACTIVE, libvirt.VIR_DOMAIN_XML_SECURE,
              libvirt.VIR_DOMAIN_XML_MIGRATABLE, libvirt.VIR_DOMAIN_XML_UPDATE_CPU, 1 << 20):
        try:
            out.append(f"xml flags {f}: " + dom.XMLDesc(f))
        except libvirt.libvirtError as e:
            out.append(f"xml flags {f}: code {e.get_error_code()} {e.get_error_domain()} {e.get_error_message()}")
    for what, call in [
        ("state flags", lambda: dom.state(1)),
        ("list-all unknown flag", lambda: conn.listAllDomains(1 << 29)),
        ("lookup negative id", lambda: conn.lookupByID(-1)),
    ]:
        try:
            out.append(f"{what}: {call()}")
        except libvirt.libvirtError as e:
            out.append(f"{what}: code {e.get_error_code()} {e.get_error_domain()} {e.get_error_message()}")
    ro = libvirt.openReadOnly("test:///default")
    rd = ro.lookupByName("test")
    for what, call in [
        ("ro suspend", rd.suspend),
        ("ro destroy", rd.destroy),
        ("ro define", lambda: ro.defineXML("<domain/>")),
        ("ro set memory", lambda: rd.setMemory(1024)),
    ]:
        try:
            call()
            out.append(f"{what}: no error")
        except libvirt.libvirtError as e:
            out.append(f"{what}: code {e.get_error_code()} {e.get_error_domain()} {e.get_error_message()}")
    try:
        ro.lookupByName("test").XMLDesc(libvirt.VIR_DOMAIN_XML_SECURE)
        out.append("ro secure: no error")
    except libvirt.libvirtError as e:
        out.append(f"ro secure: code {e.get_error_code()} {e.get_error_message()}")
    ro.close()
    out.extend(uri_cases())
    print("\n".join(out))

    # Something no test driver does (PM wakeup: not even libvirt's) must
    # fail the libvirt way, and a
    # URI no driver serves is VIR_ERR_NO_CONNECT (the C library hands such
    # URIs to its remote driver, which oxvirt does not have yet).
    if expected != "system":
        try:
            libvirt.open("nosuchdriver:///x")
        except libvirt.libvirtError as e:
            assert e.get_error_code() == libvirt.VIR_ERR_NO_CONNECT, e.get_error_code()
        else:
            raise AssertionError("nosuchdriver:///x opened")
        try:
            dom.pMWakeup(0)
        except libvirt.libvirtError as e:
            assert e.get_error_code() == libvirt.VIR_ERR_NO_SUPPORT, e.get_error_code()
            assert "not supported" in e.get_error_message(), e.get_error_message()
        else:
            raise AssertionError("pMWakeup did not fail")
    conn.close()


main()
