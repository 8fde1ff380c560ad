"""Streams on test:///default: virStreamNew, virDomainScreenshot and the
transfer calls on the stream it attaches (recv in chunks, recvAll, finish,
abort, calls after the end and on a stream nothing is attached to), run by
Debian's prebuilt python3-libvirt once on the C library and once on ours;
run.sh compares the two transcripts.

Usage: python3 stream_scenario.py EXPECTED_LIBDIR   (or "system")
"""
import hashlib
import sys

import libvirt
from transcript import Transcript, error_text, expect_library, silence_default_errors


silence_default_errors()

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"

class StreamTranscript(Transcript):
    def describe(self, r):
        if isinstance(r, bytes):
            return f"{len(r)} bytes sha256 {hashlib.sha256(r).hexdigest()[:16]}"
        if isinstance(r, libvirt.virStream):
            return "stream"
        return super().describe(r)


# RuntimeError: the binding's own loops (recvAll is written in Python).
transcript = StreamTranscript(python_errors=(RuntimeError,))
out, say, call = transcript.out, transcript.say, transcript.call


def drain(label, st, chunk):
    """Reads the stream to its end in `chunk`-byte steps; the whole
    content's size and digest (chunk sizes may differ: the C library
    reads files through a helper thread)."""
    data = b""
    while True:
        try:
            got = st.recv(chunk)
        except libvirt.libvirtError as e:
            say(f"{label}: {error_text(e)}")
            return None
        if got == -2 or got is None:
            say(f"{label}: would block")
            return None
        if len(got) == 0:
            break
        data += got
    png = data[:8] == PNG_MAGIC
    say(f"{label}: {len(data)} bytes sha256 {hashlib.sha256(data).hexdigest()[:16]} png {png}")
    return data


def main():
    expect_library()
    c = libvirt.open("test:///default")
    r = libvirt.openReadOnly("test:///default")
    other = libvirt.open("test:///default")
    t = c.lookupByName("test")

    say("-- a stream nothing is attached to")
    s = call("new", c.newStream, 0)
    call("recv", s.recv, 16)
    call("send", s.send, b"abc")
    call("finish", s.finish)
    call("abort", s.abort)

    say("-- screenshot, read in small steps")
    s = call("new", c.newStream, 0)
    call("screenshot", t.screenshot, s, 0, 0)
    drain("drain 1000", s, 1000)
    call("recv at end", s.recv, 16)
    call("finish", s.finish)
    call("recv after finish", s.recv, 16)
    call("finish again", s.finish)

    say("-- screenshot, other screens and flags")
    s = call("new", c.newStream, 0)
    call("screenshot screen 3", t.screenshot, s, 3, 0)
    drain("drain 65536", s, 65536)
    call("abort", s.abort)
    call("screenshot bad flags", t.screenshot, c.newStream(0), 0, 1)

    say("-- recvAll")
    s = c.newStream(0)
    call("screenshot", t.screenshot, s, 0, 0)
    chunks = []
    call("recvAll", s.recvAll, lambda st, data, opaque: chunks.append(data) or len(data), None)
    data = b"".join(chunks)
    say(f"recvAll got {len(data)} bytes sha256 {hashlib.sha256(data).hexdigest()[:16]}")
    call("finish", s.finish)

    say("-- recvAll with a failing handler")
    s = c.newStream(0)
    call("screenshot", t.screenshot, s, 0, 0)
    call("recvAll failing", s.recvAll, lambda st, data, opaque: -1, None)

    say("-- sending to a screenshot stream")
    s = c.newStream(0)
    call("screenshot", t.screenshot, s, 0, 0)
    call("send", s.send, b"abc")
    call("abort", s.abort)

    say("-- refused")
    call("screenshot read-only", r.lookupByName("test").screenshot, r.newStream(0), 0, 0)
    call("screenshot other connection's stream", t.screenshot, other.newStream(0), 0, 0)
    d = c.defineXML("<domain type='test'><name>st-off</name><memory>1024</memory>"
                    "<os><type>hvm</type></os></domain>")
    s = c.newStream(0)
    call("screenshot of a shut-off domain", d.screenshot, s, 0, 0)
    drain("its drain", s, 4096)
    d.undefine()
    s = c.newStream(libvirt.VIR_STREAM_NONBLOCK)
    call("screenshot nonblocking", t.screenshot, s, 0, 0)
    call("recvAll nonblocking", s.recvAll, lambda st, data, opaque: len(data), None)

    transcript.print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
