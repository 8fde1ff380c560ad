"""Domain events of test:///default, run by Debian's prebuilt python3-libvirt
once on the C library and once on ours; run.sh compares the transcripts.

Every callback prints what it received (which registration, connection,
domain name and id, event, detail, and the extra arguments of its type);
every registration prints its id or error. The default event loop runs in
a thread of its own, as applications run it. After each operation the
scenario changes the description of a sentinel domain and waits for that
metadata event: events are delivered in the order they were raised, so
once it arrives every event of the operation has been delivered.

Usage: python3 events_scenario.py EXPECTED_LIBDIR   (or "system")
"""
import os
import sys
import tempfile
import threading

import libvirt
from transcript import Transcript, assert_loaded, silence_default_errors

silence_default_errors()
# What callbacks print waits here until the operation's own line is out.
pending = []
lock = threading.Lock()
sentinel = threading.Condition(lock)
ticks = [0]


class EventsTranscript(Transcript):
    """Lines are added under the lock (callbacks run in the loop's
    thread); results other than domains, numbers, texts and None read
    "ok"."""

    def say(self, line):
        with lock:
            super().say(line)

    def describe(self, r):
        if r is None or isinstance(r, (int, str, libvirt.virDomain)):
            return super().describe(r)
        return "ok"


transcript = EventsTranscript(domains="name")
out, say, call = transcript.out, transcript.say, transcript.call


def heard(line):
    with lock:
        pending.append(line)


def xml(name, tail):
    return (f"<domain type='test'><name>{name}</name>"
            f"<uuid>7c0ab1d2-5e11-4b8f-9a3c-{tail}</uuid>"
            f"<memory>1048576</memory><currentMemory>524288</currentMemory>"
            f"<vcpu>1</vcpu><os><type arch='i686'>hvm</type><boot dev='hd'/></os></domain>")


def lifecycle(label):
    def cb(conn, dom, event, detail, opaque):
        heard(f"  [{label}] {opaque} lifecycle {dom.name()} id {dom.ID()} event {event} detail {detail}")
    return cb


def metadata_cb(conn, dom, mtype, nsuri, opaque):
    text = f"  [meta] {opaque} {dom.name()} id {dom.ID()} type {mtype} nsuri {nsuri!r}"
    with lock:
        if dom.name() == "test" and mtype == libvirt.VIR_DOMAIN_METADATA_DESCRIPTION:
            ticks[0] += 1
            pending.append(f"  [tick {ticks[0]}]")
            sentinel.notify_all()
        else:
            pending.append(text)


def settle(test_dom):
    """Waits until every event raised so far has been delivered."""
    with lock:
        want = ticks[0] + 1
    test_dom.setMetadata(libvirt.VIR_DOMAIN_METADATA_DESCRIPTION, f"tick {want}", None, None, 0)
    with lock:
        if not sentinel.wait_for(lambda: ticks[0] >= want, timeout=20):
            pending.append("  TIMEOUT waiting for events")
        out.extend(pending)
        pending.clear()


def op(label, test_dom, fn, *args):
    r = call(label, fn, *args)
    settle(test_dom)
    return r


def main():
    expected = sys.argv[1] if len(sys.argv) > 1 else "system"
    assert_loaded(expected)

    c = libvirt.open("test:///default")
    # No event loop yet: same code and domain as libvirt; our message says
    # what to do instead of naming an internal timer.
    try:
        c.domainEventRegisterAny(None, libvirt.VIR_DOMAIN_EVENT_ID_LIFECYCLE, lifecycle("x"), None)
        say("register without a loop: succeeded")
    except libvirt.libvirtError as e:
        say(f"register without a loop: error {e.get_error_code()} {e.get_error_domain()}")
        msg = e.get_error_message()
        if expected == "system":
            assert msg == "internal error: could not initialize domain event timer", msg
        else:
            assert msg.startswith("internal error: no event loop is registered: call "
                                  "virEventRegisterDefaultImpl()"), msg

    libvirt.virEventRegisterDefaultImpl()

    def run_loop():
        while True:
            libvirt.virEventRunDefaultImpl()
    threading.Thread(target=run_loop, daemon=True).start()

    c2 = libvirt.open("test:///default")
    test_dom = c.lookupByName("test")

    say("-- registrations")
    ids = {}
    ids["meta"] = call("c meta", c.domainEventRegisterAny, None,
                       libvirt.VIR_DOMAIN_EVENT_ID_METADATA_CHANGE, metadata_cb, "m1")
    legacy = lifecycle("legacy")
    call("c legacy", c.domainEventRegister, legacy, "L")
    ids["any"] = call("c any", c.domainEventRegisterAny, None,
                      libvirt.VIR_DOMAIN_EVENT_ID_LIFECYCLE, lifecycle("any"), "A")
    # python-libvirt registers one C function for every python callback of
    # an id, so a second unfiltered one on the same connection is a
    # duplicate for the library.
    call("c any again", c.domainEventRegisterAny, None,
         libvirt.VIR_DOMAIN_EVENT_ID_LIFECYCLE, lifecycle("dup"), "D")
    ids["c2"] = call("c2 any", c2.domainEventRegisterAny, None,
                     libvirt.VIR_DOMAIN_EVENT_ID_LIFECYCLE, lifecycle("c2"), "B")
    for eid in ("REBOOT", "RTC_CHANGE", "WATCHDOG", "IO_ERROR", "GRAPHICS",
                "DEVICE_REMOVED", "TUNABLE", "AGENT_LIFECYCLE", "JOB_COMPLETED",
                "BLOCK_THRESHOLD", "MEMORY_FAILURE", "MEMORY_DEVICE_SIZE_CHANGE"):
        n = getattr(libvirt, "VIR_DOMAIN_EVENT_ID_" + eid)
        ids[eid] = call(f"c {eid}", c.domainEventRegisterAny, None, n,
                        lambda *a: heard(f"  [{eid}] {a[1].name()} {a[2:-1]}"), eid)
    import libvirt_qemu
    call("c qemu monitor", libvirt_qemu.qemuMonitorEventRegister, c, None, None,
         lambda *a: heard("  [qemu] {a[2:-1]}"), None, 0)
    call("c qemu monitor deregister", libvirt_qemu.qemuMonitorEventDeregister, c, 0)
    call("c eventID 27", c.domainEventRegisterAny, None, 27, lifecycle("bad"), None)
    call("c deregister 1000", c.domainEventDeregisterAny, 1000)

    say("-- life cycle")
    a = op("defineXML a", test_dom, c.defineXML, xml("ev-a", "00000000000a"))
    ids["only-a"] = call("c2 any on ev-a", c2.domainEventRegisterAny, c2.lookupByName("ev-a"),
                         libvirt.VIR_DOMAIN_EVENT_ID_LIFECYCLE, lifecycle("c2-a"), "onlyA")
    call("c any on c2's domain", c.domainEventRegisterAny, c2.lookupByName("ev-a"),
         libvirt.VIR_DOMAIN_EVENT_ID_LIFECYCLE, lifecycle("bad"), None)
    op("create a", test_dom, a.create)
    op("suspend a", test_dom, a.suspend)
    op("resume a", test_dom, a.resume)
    op("reboot a", test_dom, a.reboot, 0)
    op("reset a", test_dom, a.reset, 0)
    op("shutdown a", test_dom, a.shutdown)
    op("createWithFlags paused", test_dom, a.createWithFlags, libvirt.VIR_DOMAIN_START_PAUSED)
    op("destroy a", test_dom, a.destroy)
    op("create a", test_dom, a.create)
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "a.save")
        op("save a", test_dom, a.save, path)
        op("restore a", test_dom, c.restore, path)
        op("save paused", test_dom, a.saveFlags, path, None, libvirt.VIR_DOMAIN_SAVE_PAUSED)
        op("restore paused", test_dom, c.restoreFlags, path, None, libvirt.VIR_DOMAIN_SAVE_PAUSED)
        op("resume a", test_dom, a.resume)
        op("coreDump crash", test_dom, a.coreDump, os.path.join(tmp, "core"),
           libvirt.VIR_DUMP_CRASH)
    op("create a", test_dom, a.create)
    op("managedSave a", test_dom, a.managedSave, 0)
    op("create from managed save", test_dom, a.create)
    op("snapshot running", test_dom, a.snapshotCreateXML,
       "<domainsnapshot><name>s1</name></domainsnapshot>", 0)
    op("destroy a", test_dom, a.destroy)
    op("snapshot shut off", test_dom, a.snapshotCreateXML,
       "<domainsnapshot><name>s2</name></domainsnapshot>", 0)
    op("revert to s1 (running)", test_dom, a.revertToSnapshot, a.snapshotLookupByName("s1"), 0)
    op("revert to s1 paused", test_dom, a.revertToSnapshot, a.snapshotLookupByName("s1"),
       libvirt.VIR_DOMAIN_SNAPSHOT_REVERT_PAUSED)
    op("revert to s2 (shut off)", test_dom, a.revertToSnapshot, a.snapshotLookupByName("s2"), 0)
    op("revert to s2 running", test_dom, a.revertToSnapshot, a.snapshotLookupByName("s2"),
       libvirt.VIR_DOMAIN_SNAPSHOT_REVERT_RUNNING)
    op("revert to s1 (running, from running)", test_dom, a.revertToSnapshot,
       a.snapshotLookupByName("s1"), 0)
    op("revert to s1 paused (from running)", test_dom, a.revertToSnapshot,
       a.snapshotLookupByName("s1"), libvirt.VIR_DOMAIN_SNAPSHOT_REVERT_PAUSED)
    op("revert to s1 running (from paused)", test_dom, a.revertToSnapshot,
       a.snapshotLookupByName("s1"), libvirt.VIR_DOMAIN_SNAPSHOT_REVERT_RUNNING)
    op("snapshot halt", test_dom, a.snapshotCreateXML,
       "<domainsnapshot><name>s3</name></domainsnapshot>", libvirt.VIR_DOMAIN_SNAPSHOT_CREATE_HALT)
    op("create a", test_dom, a.create)
    op("suspend a", test_dom, a.suspend)
    op("managedSave paused", test_dom, a.managedSave, 0)
    op("create from paused managed save", test_dom, a.create)
    op("shutdown a", test_dom, a.shutdownFlags, 0)
    op("setMetadata title", test_dom, a.setMetadata, libvirt.VIR_DOMAIN_METADATA_TITLE,
       "t", None, None, 0)
    op("rename a", test_dom, a.rename, "ev-a2", 0)
    for s in a.listAllSnapshots():
        s.delete(0)
    op("undefine a", test_dom, a.undefine)
    op("redefine a", test_dom, c.defineXML, xml("ev-a", "00000000000a"))
    op("redefine a again", test_dom, c.defineXML, xml("ev-a", "00000000000a"))
    op("createXML transient", test_dom, c.createXML, xml("ev-t", "00000000000c"), 0)
    t = c.lookupByName("ev-t")
    op("destroy transient", test_dom, t.destroy)
    t = op("createXML paused", test_dom, c.createXML, xml("ev-t", "00000000000c"),
           libvirt.VIR_DOMAIN_START_PAUSED)
    if t is not None:
        op("shutdown paused transient", test_dom, t.shutdown)

    say("-- deregistration")
    call("c2 deregister only-a", c2.domainEventDeregisterAny, ids["only-a"])
    # Not a second deregistration of the same id: the C library answers it
    # with success or with an error depending on whether its loop thread is
    # still inside the delivery that woke us (it only marks a callback
    # deleted then). capi-tests/test-event-reentrancy checks it at a
    # quiet point; here an id never handed out.
    call("c2 deregister an unknown id", c2.domainEventDeregisterAny, 424242)
    call("c deregister c2's", c.domainEventDeregisterAny, ids["c2"])
    call("c legacy deregister", c.domainEventDeregister, legacy)
    a = c.lookupByName("ev-a")
    op("create a (c any and c2 left)", test_dom, a.create)
    call("c deregister any", c.domainEventDeregisterAny, ids["any"])
    call("c2 deregister", c2.domainEventDeregisterAny, ids["c2"])
    op("destroy a (nobody listens)", test_dom, a.destroy)
    for k, v in ids.items():
        if k not in ("meta", "any", "c2", "only-a") and v is not None:
            call(f"deregister {k}", c.domainEventDeregisterAny, v)
    a.undefine()
    call("deregister meta", c.domainEventDeregisterAny, ids["meta"])
    call("register after all gone", c.domainEventRegisterAny, None,
         libvirt.VIR_DOMAIN_EVENT_ID_REBOOT, lambda *a: None, None)

    say("-- keep-alive, liveness and close callbacks of an in-process driver")
    r = libvirt.openReadOnly("test:///default")
    for label, conn in (("c", c), ("ro", r)):
        call(f"{label} isAlive", conn.isAlive)
        call(f"{label} setKeepAlive 5 3", conn.setKeepAlive, 5, 3)
        call(f"{label} setKeepAlive -1 0", conn.setKeepAlive, -1, 0)
        call(f"{label} registerCloseCallback", conn.registerCloseCallback,
             lambda *a: say(f"  closed {a[1:]}"), None)
        call(f"{label} unregisterCloseCallback", conn.unregisterCloseCallback)
    call("ro close", r.close)
    call("c2 close", c2.close)
    transcript.print()


if __name__ == "__main__":
    main()
