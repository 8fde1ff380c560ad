/* Event callbacks that call back into the library, on the default loop run
 * by this thread: a callback that deregisters itself, one that registers
 * another, one that closes its connection, one that calls a domain API
 * raising a further event, and a descriptor watch removed from inside its
 * own callback. Each free callback runs exactly once, after the callback
 * that removed its registration has returned. Run under valgrind (no leak,
 * no use after free) and on the C library too.
 */
#include "common.h"

static int depth;          /* callbacks running right now */
static int max_depth;
static int frees;

static void
count_free(void *opaque)
{
    (void) opaque;
    frees++;
}

static void
tick(int timer, void *opaque)
{
    (void) timer;
    (void) opaque;
}

/* Runs the loop until *flag reaches want (a keep-alive timer makes every
 * iteration end), at most 400 iterations; the final value. */
static int
run_until(const int *flag, int want)
{
    for (int i = 0; i < 400 && *flag < want; i++)
        if (virEventRunDefaultImpl() < 0)
            return -1;
    return *flag;
}

/* A few idle iterations: anything still queued is delivered by then. */
static void
drain(void)
{
    for (int i = 0; i < 5; i++)
        virEventRunDefaultImpl();
}

/* --- a callback that deregisters itself (twice) */
static int self_id = -1, self_calls, self_free_seen, self_second;

static int
self_deregister(virConnectPtr conn, virDomainPtr dom, int event, int detail, void *opaque)
{
    (void) dom; (void) event; (void) detail; (void) opaque;
    self_calls++;
    virConnectDomainEventDeregisterAny(conn, self_id);
    self_second = virConnectDomainEventDeregisterAny(conn, self_id);
    self_free_seen = frees;
    return 0;
}

/* --- a callback that registers another */
static int reg_calls, other_calls, other_id = -1;

static int
other(virConnectPtr conn, virDomainPtr dom, int event, int detail, void *opaque)
{
    (void) conn; (void) dom; (void) event; (void) detail; (void) opaque;
    other_calls++;
    return 0;
}

static int
registers_other(virConnectPtr conn, virDomainPtr dom, int event, int detail, void *opaque)
{
    (void) dom; (void) event; (void) detail; (void) opaque;
    if (reg_calls++ == 0)
        other_id = virConnectDomainEventRegisterAny(conn, NULL, VIR_DOMAIN_EVENT_ID_LIFECYCLE,
                                                    VIR_DOMAIN_EVENT_CALLBACK(other),
                                                    NULL, count_free);
    return 0;
}

/* --- a callback that closes its connection */
static int close_id = -1, close_calls, close_ret = -2;

static int
closes_conn(virConnectPtr conn, virDomainPtr dom, int event, int detail, void *opaque)
{
    (void) dom; (void) event; (void) detail; (void) opaque;
    close_calls++;
    virConnectDomainEventDeregisterAny(conn, close_id);
    close_ret = virConnectClose(conn);
    return 0;
}

/* --- a callback whose API call raises a further event */
static int chain_events[8], chain_n;

static int
chains(virConnectPtr conn, virDomainPtr dom, int event, int detail, void *opaque)
{
    (void) conn; (void) detail; (void) opaque;
    if (++depth > max_depth)
        max_depth = depth;
    if (chain_n < 8)
        chain_events[chain_n++] = event;
    if (event == VIR_DOMAIN_EVENT_SUSPENDED)
        virDomainResume(dom);   /* raises RESUMED, delivered later */
    depth--;
    return 0;
}

/* --- a descriptor watch removed from inside its own callback */
static int watch_id = -1, watch_calls, watch_remove_ret = -2;

static void
removes_itself(int watch, int fd, int events, void *opaque)
{
    (void) fd; (void) events; (void) opaque;
    watch_calls++;
    watch_remove_ret = virEventRemoveHandle(watch);
}

int
main(void)
{
    assert_loaded_lib();

    virConnectPtr c = virConnectOpen("test:///default");
    CHECK(c != NULL, "open test:///default");
    virDomainPtr dom = virDomainLookupByName(c, "test");

    /* No event loop: libvirt's code and domain; the message is ours. */
    int r = virConnectDomainEventRegisterAny(c, NULL, VIR_DOMAIN_EVENT_ID_LIFECYCLE,
                                             VIR_DOMAIN_EVENT_CALLBACK(other), NULL, count_free);
    virErrorPtr e = virGetLastError();
    CHECK_INT(r, -1, "registering without an event loop fails");
    CHECK_INT(e ? e->code : 0, VIR_ERR_INTERNAL_ERROR, "with VIR_ERR_INTERNAL_ERROR");
    CHECK_INT(e ? e->domain : -1, VIR_FROM_NONE, "from VIR_FROM_NONE");
    CHECK_STR(e ? e->message : NULL,
              test_expected_lib() == TEST_LIB_OURS
                  ? "internal error: no event loop is registered: call "
                    "virEventRegisterDefaultImpl() or virEventRegisterImpl() first"
                  : "internal error: could not initialize domain event timer",
              "message");
    CHECK_INT(frees, 0, "a failed registration frees nothing");

    virEventRegisterDefaultImpl();
    int keepalive = virEventAddTimeout(2, tick, NULL, NULL);

    /* 0. The legacy form: one registration per function. */
    CHECK_INT(virConnectDomainEventRegister(c, other, NULL, count_free), 0, "legacy register");
    CHECK_INT(virConnectDomainEventRegister(c, other, NULL, count_free), -1,
              "the same function again fails");
    e = virGetLastError();
    CHECK_INT(e ? e->code : 0, VIR_ERR_INVALID_ARG, "with VIR_ERR_INVALID_ARG");
    CHECK_INT(e ? e->domain : -1, VIR_FROM_NONE, "from VIR_FROM_NONE");
    CHECK_STR(e ? e->message : NULL, "invalid argument: event callback already tracked",
              "message");
    CHECK_INT(virConnectDomainEventDeregister(c, other), 0, "legacy deregister");
    CHECK_INT(frees, 1, "freed once, at deregistration");
    CHECK_INT(virConnectDomainEventDeregister(c, other), -1, "deregistering again fails");
    char want[128];
    snprintf(want, sizeof(want), "invalid argument: event callback function %p not registered",
             (void *) other);
    e = virGetLastError();
    CHECK_STR(e ? e->message : NULL, want, "message");
    frees = 0;

    /* 1. Deregistering itself, twice: both succeed while the delivery
     * runs; the free function runs once, after the callback. */
    self_id = virConnectDomainEventRegisterAny(c, NULL, VIR_DOMAIN_EVENT_ID_LIFECYCLE,
                                               VIR_DOMAIN_EVENT_CALLBACK(self_deregister),
                                               NULL, count_free);
    CHECK(self_id >= 0, "register self-deregistering callback: id %d", self_id);
    virDomainSuspend(dom);
    virDomainResume(dom);
    run_until(&frees, 1);
    drain();
    CHECK_INT(self_calls, 1, "called for the first event only");
    CHECK_INT(self_second, 0, "second deregistration during delivery succeeds");
    CHECK_INT(self_free_seen, 0, "not freed while its callback ran");
    CHECK_INT(frees, 1, "freed once afterwards");
    CHECK_INT(virConnectDomainEventDeregisterAny(c, self_id), -1,
              "deregistering after the delivery fails");

    /* 2. Registering another from a callback: the new one gets the next
     * event, not the one being delivered. */
    int reg_id = virConnectDomainEventRegisterAny(c, NULL, VIR_DOMAIN_EVENT_ID_LIFECYCLE,
                                                  VIR_DOMAIN_EVENT_CALLBACK(registers_other),
                                                  NULL, count_free);
    CHECK(reg_id > self_id, "ids count up: %d", reg_id);
    virDomainSuspend(dom);
    virDomainResume(dom);
    run_until(&other_calls, 1);
    drain();
    CHECK_INT(reg_calls, 2, "registering callback saw both events");
    CHECK(other_id > reg_id, "registered from the callback: id %d", other_id);
    CHECK_INT(other_calls, 1, "new callback got the second event only");
    CHECK_INT(virConnectDomainEventDeregisterAny(c, reg_id), 0, "deregister it");
    CHECK_INT(virConnectDomainEventDeregisterAny(c, other_id), 0, "deregister the other");
    CHECK_INT(frees, 3, "each freed once, at deregistration");

    /* 3. Closing the connection from a callback (after deregistering): the
     * registration still holds it, so close answers 1 and the connection
     * goes once the delivery is over. */
    virConnectPtr c2 = virConnectOpen("test:///default");
    close_id = virConnectDomainEventRegisterAny(c2, NULL, VIR_DOMAIN_EVENT_ID_LIFECYCLE,
                                                VIR_DOMAIN_EVENT_CALLBACK(closes_conn),
                                                NULL, count_free);
    CHECK(close_id > other_id, "register on a second connection: id %d", close_id);
    virDomainSuspend(dom);
    virDomainResume(dom);
    run_until(&frees, 4);
    drain();
    CHECK_INT(close_calls, 1, "closing callback ran once");
    CHECK_INT(close_ret, 1, "close inside the callback: the registration still holds it");
    CHECK_INT(frees, 4, "freed once");

    /* 4. An API call from a callback raises an event of its own, delivered
     * by a later wake-up, never inside the call. */
    int chain_id = virConnectDomainEventRegisterAny(c, dom, VIR_DOMAIN_EVENT_ID_LIFECYCLE,
                                                    VIR_DOMAIN_EVENT_CALLBACK(chains),
                                                    NULL, count_free);
    CHECK(chain_id >= 0, "register chaining callback on one domain");
    virDomainSuspend(dom);
    run_until(&chain_n, 2);
    drain();
    CHECK_INT(chain_n, 2, "two events");
    CHECK_INT(chain_events[0], VIR_DOMAIN_EVENT_SUSPENDED, "SUSPENDED first");
    CHECK_INT(chain_events[1], VIR_DOMAIN_EVENT_RESUMED, "then RESUMED from the callback's call");
    CHECK_INT(max_depth, 1, "never delivered inside a callback");
    CHECK_INT(virConnectDomainEventDeregisterAny(c, chain_id), 0, "deregister it");
    CHECK_INT(frees, 5, "freed once");

    /* 5. A watch removing itself from its own callback. */
    int fds[2];
    if (pipe(fds) != 0)
        return 1;
    watch_id = virEventAddHandle(fds[0], VIR_EVENT_HANDLE_READABLE, removes_itself, NULL,
                                 count_free);
    CHECK(watch_id > 0, "watch added");
    CHECK_INT(write(fds[1], "x", 1), 1, "make it readable");
    run_until(&watch_calls, 1);
    run_until(&frees, 6);
    drain();
    CHECK_INT(watch_calls, 1, "called once though still readable");
    CHECK_INT(watch_remove_ret, 0, "removal from inside succeeded");
    CHECK_INT(frees, 6, "its free ran once");
    close(fds[0]);
    close(fds[1]);

    drain();
    virEventRemoveTimeout(keepalive);
    virDomainFree(dom);
    CHECK_INT(virConnectClose(c), 0, "last close releases the connection");
    return test_finish("test-event-reentrancy");
}
