/* Streams through the C API, where the Python binding does not go: the
 * library's own virStreamRecvAll and virStreamSendAll loops with C
 * handlers (a handler's errno becomes the error), the non-blocking
 * refusal, and freeing a stream that is still open. The stream is the one
 * virDomainScreenshot attaches on test:///default (the test driver's
 * picture, /usr/share/libvirt/test-screenshot.png).
 */
#include "common.h"
#include <errno.h>
#include <sys/stat.h>

#define URI "test:///default"
#define PICTURE "/usr/share/libvirt/test-screenshot.png"

struct sink {
    long long total;
    int calls;
    int fail_after;   /* fail on this call (0: never) */
};

static int
sink_cb(virStreamPtr st, const char *data, size_t n, void *opaque)
{
    struct sink *s = opaque;
    (void)st;
    (void)data;
    s->calls++;
    if (s->fail_after && s->calls >= s->fail_after) {
        errno = ENOSPC;
        return -1;
    }
    s->total += (long long)n;
    return (int)n;
}

static int
source_cb(virStreamPtr st, char *data, size_t n, void *opaque)
{
    int *left = opaque;
    (void)st;
    if (*left == 0)
        return 0;
    (*left)--;
    memset(data, 'x', n < 16 ? n : 16);
    return n < 16 ? (int)n : 16;
}

static int
failing_source_cb(virStreamPtr st, char *data, size_t n, void *opaque)
{
    (void)st;
    (void)data;
    (void)n;
    (void)opaque;
    errno = 0;          /* no errno left: libvirt reports EIO */
    return -1;
}

static void
quiet_handler(void *opaque, virErrorPtr e)
{
    (void)opaque;
    (void)e;
}

static virStreamPtr
screenshot(virConnectPtr c, virDomainPtr d, unsigned int flags)
{
    virStreamPtr st = virStreamNew(c, flags);
    char *mime;

    CHECK(st != NULL, "virStreamNew(0x%x)", flags);
    mime = virDomainScreenshot(d, st, 0, 0);
    CHECK_STR(mime, "image/png", "screenshot MIME type");
    free(mime);
    return st;
}

static void
check_error(int code, const char *message, const char *what)
{
    virErrorPtr e = virGetLastError();
    CHECK_INT(e ? e->code : 0, code, what);
    CHECK_STR(e ? e->message : NULL, message, what);
}

int
main(void)
{
    virConnectPtr c;
    virDomainPtr d;
    virStreamPtr st;
    struct sink s = {0};
    struct stat sb;
    int left = 3;

    assert_loaded_lib();
    virSetErrorFunc(NULL, quiet_handler);
    c = virConnectOpen(URI);
    CHECK(c != NULL, "open %s", URI);
    d = virDomainLookupByName(c, "test");
    CHECK(d != NULL, "lookup test");
    CHECK(stat(PICTURE, &sb) == 0, "the test driver's picture is installed");

    /* The whole picture through the library's receive loop. */
    st = screenshot(c, d, 0);
    CHECK_INT(virStreamRecvAll(st, sink_cb, &s), 0, "virStreamRecvAll");
    CHECK_INT(s.total, sb.st_size, "bytes received");
    CHECK_INT(virStreamFinish(st), 0, "virStreamFinish");
    CHECK_INT(virStreamFree(st), 0, "virStreamFree");

    /* A sink that fails: its errno is the error, the stream is aborted. */
    memset(&s, 0, sizeof(s));
    s.fail_after = 1;
    st = screenshot(c, d, 0);
    CHECK_INT(virStreamRecvAll(st, sink_cb, &s), -1, "virStreamRecvAll, failing sink");
    check_error(VIR_ERR_SYSTEM_ERROR, "recv handler failed: No space left on device",
                "failing sink error");
    CHECK_INT(virStreamRecv(st, (char[8]){0}, 8), -1, "recv after the abort");
    check_error(VIR_ERR_INTERNAL_ERROR, "internal error: stream is not open",
                "recv after the abort error");
    CHECK_INT(virStreamFree(st), 0, "virStreamFree");

    /* Sending into a read-only picture fails in the first send. */
    st = screenshot(c, d, 0);
    CHECK_INT(virStreamSendAll(st, source_cb, &left), -1, "virStreamSendAll into the picture");
    check_error(VIR_ERR_SYSTEM_ERROR, "cannot write to stream: Bad file descriptor",
                "send error");
    CHECK_INT(virStreamFree(st), 0, "virStreamFree");

    st = screenshot(c, d, 0);
    CHECK_INT(virStreamSendAll(st, failing_source_cb, NULL), -1, "virStreamSendAll, failing source");
    check_error(VIR_ERR_SYSTEM_ERROR, "send handler failed: Input/output error",
                "failing source error");
    CHECK_INT(virStreamFree(st), 0, "virStreamFree");

    /* The loops block: a non-blocking stream is refused. */
    st = screenshot(c, d, VIR_STREAM_NONBLOCK);
    CHECK_INT(virStreamRecvAll(st, sink_cb, &s), -1, "virStreamRecvAll, non-blocking");
    check_error(VIR_ERR_OPERATION_INVALID,
                "Requested operation is not valid: data sinks cannot be used for non-blocking streams",
                "non-blocking sink error");
    CHECK_INT(virStreamSendAll(st, source_cb, &left), -1, "virStreamSendAll, non-blocking");
    check_error(VIR_ERR_OPERATION_INVALID,
                "Requested operation is not valid: data sources cannot be used for non-blocking streams",
                "non-blocking source error");
    CHECK_INT(virStreamFree(st), 0, "virStreamFree");

    /* A stream freed while open, its connection closed first: the stream
     * keeps the connection until it goes. */
    st = screenshot(c, d, 0);
    CHECK_INT(virStreamRef(st), 0, "virStreamRef");
    CHECK_INT(virStreamFree(st), 0, "virStreamFree (first reference)");
    virDomainFree(d);
    CHECK_INT(virConnectClose(c), 1, "close while a stream is open");
    CHECK_INT(virStreamFree(st), 0, "virStreamFree (last reference)");

    virSetErrorFunc(NULL, NULL);
    return test_finish("test-streams");
}
