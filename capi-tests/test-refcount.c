/* Object handles: reference counts, class checks and lifetimes across
 * threads, with the answers libvirt gives. Runs against the C library too
 * (OXVIRT_EXPECT=system) to prove the expectations are libvirt's.
 */
#include "common.h"

#include <pthread.h>

#define THREADS 4
#define ROUNDS 500

static int close_frees;

static void
on_close(virConnectPtr conn, int reason, void *opaque)
{
    (void) conn;
    (void) reason;
    (void) opaque;
}

static void
on_close_free(void *opaque)
{
    (void) opaque;
    close_frees++;
}

static void *
worker(void *arg)
{
    virConnectPtr conn = arg;
    long bad = 0;

    for (int i = 0; i < ROUNDS; i++) {
        virDomainPtr dom = virDomainLookupByName(conn, "test");
        virDomainInfo info;

        if (!dom || virDomainGetInfo(dom, &info) < 0 || info.nrVirtCpu != 2)
            bad++;
        /* Each thread also holds and drops the connection itself. */
        if (virConnectRef(conn) < 0 || virConnectClose(conn) != 1)
            bad++;
        if (dom)
            virDomainFree(dom);
    }
    return (void *) bad;
}

int
main(void)
{
    assert_loaded_lib();

    virConnectPtr conn = virConnectOpen("test:///default");
    CHECK(conn != NULL, "open test:///default");
    if (!conn)
        return 1;

    /* A second reference: the first close leaves the connection alive. */
    CHECK_INT(virConnectRef(conn), 0, "virConnectRef");
    CHECK_INT(virConnectClose(conn), 1, "close with another reference left");
    CHECK(virConnectGetType(conn) != NULL, "connection still usable");

    /* A domain keeps its connection alive. */
    virDomainPtr dom = virDomainLookupByID(conn, 1);
    CHECK(dom != NULL, "lookup by id 1");
    CHECK_INT(virDomainRef(dom), 0, "virDomainRef");
    CHECK_INT(virDomainFree(dom), 0, "virDomainFree of the extra reference");
    CHECK(virDomainGetConnect(dom) == conn, "virDomainGetConnect returns the connection");

    /* Threads share the connection and the domain's state. */
    pthread_t t[THREADS];
    long bad = 0;
    for (int i = 0; i < THREADS; i++)
        pthread_create(&t[i], NULL, worker, conn);
    for (int i = 0; i < THREADS; i++) {
        void *r;
        pthread_join(t[i], &r);
        bad += (long) r;
    }
    CHECK_INT(bad, 0, "failed calls in threads");

    CHECK_INT(virConnectClose(conn), 1, "close while a domain holds the connection");
    CHECK_STR(virDomainGetName(dom), "test", "domain usable after the connection was closed");
    char *xml = virDomainGetXMLDesc(dom, 0);
    CHECK(xml && strstr(xml, "<name>test</name>"), "XML through the closed connection's domain");
    free(xml);
    CHECK_INT(virDomainFree(dom), 0, "last domain reference");

    /* Handles of the wrong class are rejected, not misused. */
    virConnectPtr c2 = virConnectOpenReadOnly("test:///default");
    CHECK(c2 != NULL, "open read-only");
    virDomainPtr d2 = virDomainLookupByName(c2, "test");
    CHECK_INT(virDomainFree((virDomainPtr) c2), -1, "virDomainFree of a connection");
    CHECK_INT(virGetLastErrorCode(), VIR_ERR_INVALID_DOMAIN, "  error is VIR_ERR_INVALID_DOMAIN");
    CHECK_INT(virConnectClose((virConnectPtr) d2), -1, "virConnectClose of a domain");
    CHECK_INT(virGetLastErrorCode(), VIR_ERR_INVALID_CONN, "  error is VIR_ERR_INVALID_CONN");
    CHECK_INT(virConnectClose(NULL), -1, "virConnectClose(NULL)");

    /* Lists hand out one reference per element. */
    virDomainPtr *doms = NULL;
    int n = virConnectListAllDomains(c2, &doms, 0);
    CHECK_INT(n, 1, "list-all count");
    CHECK(doms && doms[n > 0 ? n : 0] == NULL, "list is NULL-terminated");
    for (int i = 0; i < n; i++)
        CHECK_INT(virDomainFree(doms[i]), 0, "free listed domain");
    free(doms);
    CHECK_INT(virConnectListAllDomains(c2, NULL, 0), 1, "list-all count only");

    /* Close callbacks: an in-process driver is never closed under the
     * client; libvirt accepts the registration and keeps nothing. */
    CHECK_INT(virConnectRegisterCloseCallback(c2, on_close, NULL, on_close_free), 0,
              "register a close callback");
    CHECK_INT(virConnectRegisterCloseCallback(c2, on_close, NULL, on_close_free), 0,
              "register it again");
    CHECK_INT(virConnectUnregisterCloseCallback(c2, on_close), 0, "unregister it");
    CHECK_INT(virConnectRegisterCloseCallback(c2, NULL, NULL, NULL), -1, "NULL callback");
    CHECK_INT(virGetLastErrorCode(), VIR_ERR_INVALID_ARG, "  error is VIR_ERR_INVALID_ARG");

    CHECK_INT(virDomainFree(d2), 0, "free");
    CHECK_INT(virConnectClose(c2), 0, "last close returns 0");
    CHECK_INT(close_frees, 0, "the test driver never calls the close callback's free function");

    return test_finish("test-refcount");
}
