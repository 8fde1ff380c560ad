"""Custom test driver configurations (test:///path/to/file.xml), run by
Debian's prebuilt python3-libvirt once on the C library and once on ours;
run.sh compares the two transcripts.

The scenario writes its configuration files into a private temporary
directory and opens them: good files (inline and referenced domains, the
test: namespace extras, node info overrides), bad ones (missing, malformed,
wrong root, bad values, bad domains) and files that ask for authentication,
answered well and badly. Paths are printed relative to that directory.

Usage: python3 customcfg_scenario.py EXPECTED_LIBDIR   (or "system")
"""
import os
import shutil
import tempfile

import libvirt
from transcript import Transcript, expect_library, silence_default_errors


silence_default_errors()

tmp = tempfile.mkdtemp(prefix="oxvirt-customcfg-")


class CustomcfgTranscript(Transcript):
    def describe(self, r):
        if isinstance(r, libvirt.virConnect):
            return "connection"
        return super().describe(r)


transcript = CustomcfgTranscript(norm=lambda line: line.replace(tmp, "TMP"), domains="name id")
out, say, call = transcript.out, transcript.say, transcript.call


def write(name, text):
    path = os.path.join(tmp, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)
    return path


def dom(name, uuid_tail, extra="", ns=True):
    xmlns = " xmlns:test='http://libvirt.org/schemas/domain/test/1.0'" if ns else ""
    return (f"<domain type='test'{xmlns}><name>{name}</name>"
            f"<uuid>5d1a2c3e-9f00-4c1b-8e2a-{uuid_tail}</uuid>"
            f"<memory>524288</memory><currentMemory>262144</currentMemory>"
            f"<vcpu>1</vcpu><os><type arch='i686'>hvm</type><boot dev='hd'/></os>"
            f"{extra}</domain>")


def show(label, conn):
    """What a connection holds: node info, domains with states and ids."""
    if conn is None:
        return
    call(f"{label} getInfo", conn.getInfo)
    call(f"{label} numOfDomains", conn.numOfDomains)
    call(f"{label} listDomainsID", lambda: sorted(conn.listDomainsID()))
    call(f"{label} listDefinedDomains", lambda: sorted(conn.listDefinedDomains()))
    doms = sorted(conn.listAllDomains(0), key=lambda d: d.name())
    say(f"{label} listAllDomains: {[(d.name(), d.ID()) for d in doms]}")
    for d in doms:
        n = d.name()
        call(f"{label} {n} state", d.state)
        call(f"{label} {n} isPersistent", d.isPersistent)
        call(f"{label} {n} isActive", d.isActive)
        call(f"{label} {n} hasManagedSaveImage", d.hasManagedSaveImage, 0)
        call(f"{label} {n} info", lambda: d.info()[:4])  # not the CPU time
        call(f"{label} {n} XMLDesc", d.XMLDesc, 0)
    for flag in ("ACTIVE", "INACTIVE", "PERSISTENT", "TRANSIENT", "RUNNING",
                 "PAUSED", "SHUTOFF", "OTHER", "MANAGEDSAVE"):
        f = getattr(libvirt, "VIR_CONNECT_LIST_DOMAINS_" + flag)
        call(f"{label} listAllDomains {flag}",
             lambda: sorted(d.name() for d in conn.listAllDomains(f)))


def open_file(label, path, ro=False):
    uri = "test://" + path
    if ro:
        return call(f"{label} openReadOnly", libvirt.openReadOnly, uri)
    return call(f"{label} open", libvirt.open, uri)


def main():
    expect_library()

    # A file that exists nowhere, a directory, an empty file, garbage.
    open_file("missing", os.path.join(tmp, "nope.xml"))
    os.makedirs(os.path.join(tmp, "adir"))
    open_file("directory", os.path.join(tmp, "adir"))
    open_file("empty", write("empty.xml", ""))
    open_file("blank", write("blank.xml", "  \n"))
    open_file("malformed", write("malformed.xml", "<node>\n  <domain>\n</node>\n"))
    open_file("unclosed", write("unclosed.xml", "<node>"))
    open_file("wrongroot", write("wrongroot.xml", "<domain type='test'/>"))
    open_file("text", write("text.xml", "hello"))

    # The smallest good file: an empty node.
    c = open_file("emptynode", write("emptynode.xml", "<node/>"))
    show("emptynode", c)
    if c is not None:
        call("emptynode getType", c.getType)
        call("emptynode getURI", c.getURI)
        call("emptynode lookupByName", c.lookupByName, "test")
        c.close()

    # Node info overrides.
    c = open_file("cpu", write("cpu.xml", """<node>
  <cpu>
    <mhz>4000</mhz>
    <model>i986</model>
    <nodes>1</nodes>
    <sockets>2</sockets>
    <cores>3</cores>
    <threads>2</threads>
    <active>10</active>
  </cpu>
  <memory>8192000</memory>
</node>"""))
    if c is not None:
        call("cpu getInfo", c.getInfo)
        c.close()
    c = open_file("cpu-partial", write("cpu-partial.xml",
                                       "<node><cpu><cores>4</cores><active>100</active></cpu></node>"))
    if c is not None:
        call("cpu-partial getInfo", c.getInfo)
        c.close()
    for tag, value in (("nodes", "x"), ("sockets", "-1"), ("cores", "1.5"),
                       ("threads", ""), ("active", "many"), ("mhz", "0x10")):
        c = open_file(f"cpu-bad-{tag}-{value!r}",
                      write(f"cpu-bad-{tag}.xml", f"<node><cpu><{tag}>{value}</{tag}></cpu></node>"))
        if c is not None:
            call(f"cpu-bad-{tag} getInfo", c.getInfo)
            c.close()
    open_file("memory-bad", write("memory-bad.xml", "<node><memory>lots</memory></node>"))

    # Domains: inline, referenced by a path relative to the file, and the
    # test: namespace extras.
    write("sub/ref.xml", dom("fromfile", "000000000002"))
    write("abs.xml", dom("absolute", "000000000003", ns=False))
    good = write("good.xml", f"""<?xml version="1.0"?>
<node xmlns:test='http://libvirt.org/schemas/domain/test/1.0'>
  <cpu><sockets>1</sockets><cores>2</cores></cpu>
  {dom("plain", "000000000001")}
  <domain file="sub/ref.xml"/>
  <domain file="{os.path.join(tmp, 'abs.xml')}"/>
  {dom("paused", "000000000004", "<test:runstate>3</test:runstate>")}
  {dom("off", "000000000005", "<test:runstate>5</test:runstate>")}
  {dom("saved", "000000000006", "<test:runstate>5</test:runstate><test:hasmanagedsave/>")}
  {dom("fleeting", "000000000007", "<test:transient/>")}
  {dom("crashed", "000000000008", "<test:runstate>6</test:runstate>")}
  {dom("blocked", "000000000009", "<test:runstate>2</test:runstate>")}
  <network><name>ignored</name></network>
  <pool type='dir'><name>ignoredpool</name><target><path>/nowhere</path></target></pool>
</node>
""")
    a = open_file("good", good)
    show("good", a)

    # Each open of a file has a state of its own.
    b = open_file("good again", good)
    if a is not None and b is not None:
        d = call("good destroy plain", lambda: a.lookupByName("plain").destroy())
        call("good plain state", lambda: a.lookupByName("plain").state())
        call("good again plain state", lambda: b.lookupByName("plain").state())
        call("good again create off", lambda: b.lookupByName("off").create())
        call("good again off id", lambda: b.lookupByName("off").ID())
        call("good create plain", lambda: a.lookupByName("plain").create())
        call("good plain id", lambda: a.lookupByName("plain").ID())
        call("good undefine off", lambda: a.lookupByName("off").undefine())
        call("good again listDefinedDomains", lambda: sorted(b.listDefinedDomains()))
        call("good listDefinedDomains", lambda: sorted(a.listDefinedDomains()))
    for c in (a, b):
        if c is not None:
            c.close()
    # The default state is not touched by a file.
    d = call("default", libvirt.open, "test:///default")
    if d is not None:
        call("default listDomainsID", d.listDomainsID)
        call("default lookupByName plain", d.lookupByName, "plain")
        d.close()
    c = open_file("good ro", good, ro=True)
    if c is not None:
        call("good ro listDomainsID", lambda: sorted(c.listDomainsID()))
        call("good ro destroy", lambda: c.lookupByName("plain").destroy())
        c.close()

    # Bad domains inside a good node.
    bad = {
        "noname": "<domain type='test'><memory>1024</memory><os><type>hvm</type></os></domain>",
        "notype": "<domain><name>x</name><memory>1024</memory><os><type>hvm</type></os></domain>",
        "runstate-range": dom("x", "00000000000a", "<test:runstate>9</test:runstate>"),
        "runstate-text": dom("x", "00000000000a", "<test:runstate>on</test:runstate>"),
        "transient-off": dom("x", "00000000000a",
                             "<test:transient/><test:runstate>5</test:runstate>"),
        "saved-running": dom("x", "00000000000a", "<test:hasmanagedsave/>"),
        "dup-name": dom("x", "00000000000a") + dom("x", "00000000000b"),
        "dup-uuid": dom("x", "00000000000a") + dom("y", "00000000000a"),
        "ref-missing": "<domain file='no/such.xml'/>",
        "ref-malformed": "<domain file='broken.xml'/>",
        "ref-wrongroot": "<domain file='netroot.xml'/>",
    }
    write("broken.xml", "<domain type='test'>\n<name>x</name>\n")
    write("netroot.xml", "<network><name>n</name></network>")
    for label, body in bad.items():
        path = write(f"bad-{label}.xml", f"<node>{body}</node>")
        c = open_file(f"bad {label}", path)
        if c is not None:
            show(f"bad {label}", c)
            c.close()

    # Authentication.
    authxml = write("auth.xml", """<node>
  <auth>
    <user password="2147483647">marin</user>
    <user password="87539319">srinivasa</user>
    <user>nopass</user>
  </auth>
</node>""")
    asked = []

    def cb(creds, opaque):
        asked.append([(c[0], c[1], c[2], c[3]) for c in creds])
        for cred in creds:
            if cred[0] == libvirt.VIR_CRED_AUTHNAME:
                if opaque[0] is None:
                    return -1
                cred[4] = opaque[0]
            elif cred[0] in (libvirt.VIR_CRED_PASSPHRASE, libvirt.VIR_CRED_NOECHOPROMPT):
                if opaque[1] is None:
                    return -1
                cred[4] = opaque[1]
            else:
                return -1
        return 0

    all_types = [libvirt.VIR_CRED_AUTHNAME, libvirt.VIR_CRED_ECHOPROMPT,
                 libvirt.VIR_CRED_REALM, libvirt.VIR_CRED_PASSPHRASE,
                 libvirt.VIR_CRED_NOECHOPROMPT, libvirt.VIR_CRED_EXTERNAL]
    cases = [
        ("good", all_types, ("srinivasa", "87539319")),
        ("good2", all_types, ("marin", "2147483647")),
        ("wrong password", all_types, ("marin", "87539319")),
        ("unknown user", all_types, ("nobody", "x")),
        ("no password needed", all_types, ("nopass", None)),
        ("username refused", all_types, (None, None)),
        ("password refused", all_types, ("marin", None)),
        ("empty username", all_types, ("", "x")),
        ("no authname type", [libvirt.VIR_CRED_PASSPHRASE], ("marin", "2147483647")),
        ("no passphrase type", [libvirt.VIR_CRED_AUTHNAME], ("marin", "2147483647")),
        ("noecho only", [libvirt.VIR_CRED_AUTHNAME, libvirt.VIR_CRED_NOECHOPROMPT],
         ("marin", "2147483647")),
        ("no types", [], ("marin", "2147483647")),
    ]
    for label, types, answers in cases:
        asked.clear()
        c = call(f"auth {label}", libvirt.openAuth, "test://" + authxml, [types, cb, answers], 0)
        say(f"auth {label} asked: {asked!r}")
        if c is not None:
            call(f"auth {label} listDomainsID", c.listDomainsID)
            c.close()
    c = call("auth no callback", libvirt.openAuth, "test://" + authxml, [all_types, None, None], 0)
    if c is not None:
        c.close()
    open_file("auth plain open", authxml)
    open_file("auth readonly open", authxml, ro=True)
    # A callback given for a file without <auth>: never called.
    asked.clear()
    c = call("noauth openAuth", libvirt.openAuth, "test://" + good, [all_types, cb, ("a", "b")], 0)
    say(f"noauth asked: {asked!r}")
    if c is not None:
        c.close()
    for label, body in (("empty user", "<auth><user password='x'></user></auth>"),
                        ("empty auth", "<auth/>")):
        c = open_file(f"auth-bad {label}", write("auth-bad.xml", f"<node>{body}</node>"))
        if c is not None:
            c.close()

    shutil.rmtree(tmp)
    transcript.print()


main()
