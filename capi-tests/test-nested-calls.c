/* API calls made from inside a running API call: from error callbacks
 * (global and per connection), from a timer of the default event loop and
 * from an auth callback. The nested calls open and close connections of
 * their own (virConnectClose returning 0) while the outer call is still
 * working; afterwards the outer call's result, the thread's last error and
 * the outer connection's error must be what the C library gives.
 *
 * What this guards: a call must not keep "the connection my error goes to"
 * (or its name, or the error record) anywhere a nested call can overwrite.
 * If it did, the outer call's error would land in the nested connection,
 * which the nested close has already freed: valgrind reports the write
 * (the error copy and its strings are touched there), and the outer
 * connection's own record would lack the error (checked below).
 * Every expected value here was read from the C library (the system run of
 * scripts/run-capi-test.sh), which must pass too.
 */
#include "common.h"

#define URI "test:///default"

/* What an error record held when we looked, strings copied out (reading
 * them also lets valgrind see a record whose strings were freed). */
struct snap {
    int present;
    int code;
    int domain;
    int level;
    char message[256];
    char str1[128];
};

static void
take(struct snap *s, const virError *e)
{
    memset(s, 0, sizeof(*s));
    if (!e)
        return;
    s->present = 1;
    s->code = e->code;
    s->domain = e->domain;
    s->level = e->level;
    snprintf(s->message, sizeof(s->message), "%s", e->message ? e->message : "(NULL)");
    snprintf(s->str1, sizeof(s->str1), "%s", e->str1 ? e->str1 : "(NULL)");
    /* Touch every string the record owns. */
    if (e->str2)
        (void) strlen(e->str2);
    if (e->str3)
        (void) strlen(e->str3);
}

/* Compares a record with (code, domain, message); code 0: no error, and
 * then the record must be absent (virGetLastError) or cleared. */
#define CHECK_SNAP(s, want_code, want_domain, want_msg, what) \
    do { \
        const struct snap *s_ = (s); \
        if ((want_code) == 0) { \
            CHECK(!s_->present || s_->code == 0, "%s: no error (code %d \"%s\")", what, \
                  s_->present ? s_->code : 0, s_->present ? s_->message : ""); \
        } else { \
            CHECK_INT(s_->present ? s_->code : -1, (want_code), what ": code"); \
            CHECK_INT(s_->present ? s_->domain : -1, (want_domain), what ": domain"); \
            CHECK_STR(s_->present ? s_->message : NULL, (want_msg), what ": message"); \
        } \
    } while (0)

#define NO_DOMAIN_MSG "Domain not found"
#define FLAGS_MSG "unsupported flags (0x80000000) in function testDomainGetXMLDesc"

/* The nested work every callback does: a connection of its own that gets
 * an error of its own and is closed again, all while the outer call runs. */
struct nested {
    int runs;
    int opened;              /* virConnectOpen gave a connection */
    int failed_ok;           /* the failing call on it failed */
    struct snap conn_err;    /* that connection's record after the failure */
    int close_ret;           /* virConnectClose of it (libvirt: 0) */
    struct snap last_after;  /* the thread's last error after the close */
    int connless_failed;     /* a failing call that names no connection */
    struct snap last_connless; /* the thread's last error after it */
};

/* The typed-parameter type mismatch: an error of no connection. */
#define MISMATCH_MSG "invalid argument: Invalid type 'int' requested for parameter 'f', " \
    "actual type is 'string'"

static int
fail_without_conn(void)
{
    virTypedParameter p;
    int i;

    memset(&p, 0, sizeof(p));
    strcpy(p.field, "f");
    p.type = VIR_TYPED_PARAM_STRING;
    p.value.s = (char *) "x";
    return virTypedParamsGetInt(&p, 1, "f", &i);
}

static int global_calls;      /* the global recorder below */
static struct snap global_first, global_seen;

static void
global_recorder(void *opaque, virErrorPtr err)
{
    (void) opaque;
    if (global_calls++ == 0)
        take(&global_first, err);
    take(&global_seen, err);
}

/* close_last: the successful close is the last nested call, so whatever
 * the library remembers of it is still there when the outer call goes on;
 * else a failure of no connection follows the close, which must not go to
 * the connection the close just freed. */
static void
nested_open_fail_close(struct nested *n, int close_last)
{
    virConnectPtr y;

    n->runs++;
    y = virConnectOpen(URI);
    n->opened = y != NULL;
    if (!y)
        return;
    n->failed_ok = virDomainLookupByName(y, "oxvirt-nested-missing") == NULL;
    take(&n->conn_err, virConnGetLastError(y));
    if (close_last) {
        n->connless_failed = fail_without_conn() < 0;
        take(&n->last_connless, virGetLastError());
    }
    n->close_ret = virConnectClose(y);
    take(&n->last_after, virGetLastError());
    if (!close_last) {
        n->connless_failed = fail_without_conn() < 0;
        take(&n->last_connless, virGetLastError());
    }
}

/* 1. A per-connection error callback that nests. */
struct conn_handler {
    int calls;
    struct snap on_entry;     /* err as handed to the callback */
    struct snap err_after;    /* the same record after the nested calls */
    int err_is_last;          /* err == virGetLastError() on entry */
    struct nested n;
};

static void
conn_handler_nest(void *opaque, virErrorPtr err)
{
    struct conn_handler *h = opaque;

    h->calls++;
    take(&h->on_entry, err);
    h->err_is_last = err == virGetLastError();
    nested_open_fail_close(&h->n, 1);
    /* libvirt hands the thread's own record: the nested calls changed it. */
    take(&h->err_after, err);
}

static void
test_conn_callback(void)
{
    struct conn_handler h;
    struct snap last, conn_err;
    virConnectPtr x = virConnectOpen(URI);
    virDomainPtr d;

    printf("-- per-connection error callback making nested calls\n");
    CHECK(x != NULL, "open the outer connection");
    if (!x)
        return;
    memset(&h, 0, sizeof(h));
    global_calls = 0;
    virSetErrorFunc(NULL, global_recorder);
    virConnSetErrorFunc(x, &h, conn_handler_nest);

    d = virDomainLookupByName(x, "oxvirt-outer-missing");
    take(&last, virGetLastError());
    take(&conn_err, virConnGetLastError(x));

    CHECK(d == NULL, "outer lookup fails");
    CHECK_INT(h.calls, 1, "connection callback called once");
    CHECK_SNAP(&h.on_entry, VIR_ERR_NO_DOMAIN, VIR_FROM_TEST, NO_DOMAIN_MSG, "callback's err on entry");
    CHECK(h.err_is_last, "callback's err is the thread's record");
    CHECK_INT(h.n.opened, 1, "nested open");
    CHECK_INT(h.n.failed_ok, 1, "nested lookup on the nested connection fails");
    CHECK_SNAP(&h.n.conn_err, VIR_ERR_NO_DOMAIN, VIR_FROM_TEST, NO_DOMAIN_MSG,
               "nested connection's record");
    CHECK_INT(h.n.close_ret, 0, "nested close returns 0 inside the outer call");
    CHECK_INT(h.n.connless_failed, 1, "nested failure of no connection");
    CHECK_SNAP(&h.n.last_connless, VIR_ERR_INVALID_ARG, VIR_FROM_NONE, MISMATCH_MSG,
               "thread error after it");
    CHECK_SNAP(&h.n.last_after, 0, 0, NULL, "thread error after the nested close");
    /* libvirt hands the callback the thread's record itself, which the
     * nested close (the last nested call) cleared. */
    CHECK_SNAP(&h.err_after, 0, 0, NULL, "callback's err after the nested calls");
    CHECK_INT(global_calls, 2, "global callback got the two nested errors");
    CHECK_SNAP(&global_first, VIR_ERR_NO_DOMAIN, VIR_FROM_TEST, NO_DOMAIN_MSG,
               "global callback's first: the nested connection's error");
    CHECK_SNAP(&global_seen, VIR_ERR_INVALID_ARG, VIR_FROM_NONE, MISMATCH_MSG,
               "global callback's second: the error of no connection");
    /* The outer call's own error stays with the outer connection ... */
    CHECK_SNAP(&conn_err, VIR_ERR_NO_DOMAIN, VIR_FROM_TEST, NO_DOMAIN_MSG, "outer connection's record");
    /* ... while the thread's is what the nested calls left. */
    CHECK_SNAP(&last, 0, 0, NULL, "thread error after the outer call");

    /* The outer connection still works and records its next error. */
    virConnSetErrorFunc(x, NULL, NULL);
    global_calls = 0;
    CHECK(virDomainLookupByID(x, 4242) == NULL, "next failing call on the outer connection");
    take(&conn_err, virConnGetLastError(x));
    take(&last, virGetLastError());
    CHECK_SNAP(&last, VIR_ERR_NO_DOMAIN, VIR_FROM_TEST, NO_DOMAIN_MSG, "its thread error");
    CHECK_SNAP(&conn_err, VIR_ERR_NO_DOMAIN, VIR_FROM_TEST, NO_DOMAIN_MSG, "its connection record");
    CHECK_INT(global_calls, 1, "global callback called for it");
    virSetErrorFunc(NULL, NULL);
    CHECK_INT(virConnectClose(x), 0, "close the outer connection");
}

/* 2. The global error callback nests; the nested failure calls it again. */
static int global_depth, global_nest_calls, global_inner_calls;
static struct nested global_n;
static struct snap global_entry;

static void
global_nest(void *opaque, virErrorPtr err)
{
    (void) opaque;
    if (global_depth > 0) {
        global_inner_calls++;
        return;
    }
    global_depth++;
    global_nest_calls++;
    take(&global_entry, err);
    nested_open_fail_close(&global_n, 0);
    global_depth--;
}

static void
test_global_callback(void)
{
    struct snap last, conn_err;
    virConnectPtr x = virConnectOpen(URI);
    char *xml;

    printf("-- global error callback making nested calls\n");
    CHECK(x != NULL, "open the outer connection");
    if (!x)
        return;
    memset(&global_n, 0, sizeof(global_n));
    virSetErrorFunc(NULL, global_nest);

    /* A domain call: its error goes to the domain's connection. */
    virDomainPtr dom = virDomainLookupByName(x, "test");
    CHECK(dom != NULL, "lookup the default domain");
    if (!dom) {
        virSetErrorFunc(NULL, NULL);
        virConnectClose(x);
        return;
    }
    xml = virDomainGetXMLDesc(dom, 0x80000000u);
    take(&last, virGetLastError());
    take(&conn_err, virConnGetLastError(x));

    CHECK(xml == NULL, "outer virDomainGetXMLDesc with an unknown flag fails");
    free(xml);
    CHECK_INT(global_nest_calls, 1, "global callback called for the outer error");
    CHECK_SNAP(&global_entry, VIR_ERR_INVALID_ARG, VIR_FROM_TEST,
               FLAGS_MSG,
               "global callback's err on entry");
    CHECK_INT(global_n.opened, 1, "nested open");
    CHECK_INT(global_n.failed_ok, 1, "nested failing call");
    CHECK_INT(global_inner_calls, 2, "global callback called again for the two nested errors");
    CHECK_INT(global_n.close_ret, 0, "nested close returns 0 inside the outer call");
    CHECK_SNAP(&global_n.last_after, 0, 0, NULL, "thread error after the nested close");
    CHECK_INT(global_n.connless_failed, 1, "nested failure of no connection after the close");
    CHECK_SNAP(&global_n.last_connless, VIR_ERR_INVALID_ARG, VIR_FROM_NONE, MISMATCH_MSG,
               "thread error after it");
    CHECK_SNAP(&conn_err, VIR_ERR_INVALID_ARG, VIR_FROM_TEST,
               FLAGS_MSG,
               "outer connection's record");
    CHECK_SNAP(&last, VIR_ERR_INVALID_ARG, VIR_FROM_NONE, MISMATCH_MSG,
               "thread error after the outer call");
    virSetErrorFunc(NULL, NULL);

    CHECK_INT(virDomainFree(dom), 0, "free the domain");
    CHECK_INT(virConnectClose(x), 0, "close the outer connection");
}

/* 3. A timer of the default event loop nests: it opens a connection with
 * virConnectOpenAuth (whose auth callback nests too, if called), makes a
 * failing call on the outer connection whose error callback nests again,
 * all inside virEventRunDefaultImpl; then the loop's caller works on. */
struct auth_state {
    int calls;
    struct nested n;
};

static int
auth_nest(virConnectCredentialPtr cred, unsigned int ncred, void *cbdata)
{
    struct auth_state *a = cbdata;
    (void) cred;
    (void) ncred;
    a->calls++;
    nested_open_fail_close(&a->n, 1);
    return 0;
}

struct timer_state {
    int fired;
    int timer;
    virConnectPtr outer;
    struct auth_state auth;
    int auth_opened;
    int auth_close_ret;
    int outer_failed;
    struct snap last_in_timer;
};

static void
on_timer(int timer, void *opaque)
{
    struct timer_state *t = opaque;
    int credtypes[] = { VIR_CRED_AUTHNAME, VIR_CRED_PASSPHRASE };
    virConnectAuth auth = { credtypes, 2, auth_nest, &t->auth };
    virConnectPtr z;

    t->fired++;
    virEventUpdateTimeout(timer, -1);

    z = virConnectOpenAuth(URI, &auth, 0);
    t->auth_opened = z != NULL;
    if (z)
        t->auth_close_ret = virConnectClose(z);

    /* The outer connection's callback (conn_handler_nest) nests. */
    t->outer_failed = virDomainLookupByName(t->outer, "oxvirt-timer-missing") == NULL;
    take(&t->last_in_timer, virGetLastError());
}

static void
test_timer(void)
{
    struct timer_state t;
    struct conn_handler h;
    struct snap last, conn_err;
    int ran;

    printf("-- default event loop timer making nested calls\n");
    memset(&t, 0, sizeof(t));
    memset(&h, 0, sizeof(h));
    CHECK_INT(virEventRegisterDefaultImpl(), 0, "virEventRegisterDefaultImpl");
    t.outer = virConnectOpen(URI);
    CHECK(t.outer != NULL, "open the outer connection");
    if (!t.outer)
        return;
    virConnSetErrorFunc(t.outer, &h, conn_handler_nest);
    global_calls = 0;
    virSetErrorFunc(NULL, global_recorder);

    t.timer = virEventAddTimeout(0, on_timer, &t, NULL);
    CHECK(t.timer > 0, "virEventAddTimeout");
    /* An error before the run: virEventRunDefaultImpl clears it first. */
    virDomainLookupByID(t.outer, 4343);
    h.calls = 0;
    memset(&h.n, 0, sizeof(h.n));
    global_calls = 0;
    ran = virEventRunDefaultImpl();
    take(&last, virGetLastError());
    take(&conn_err, virConnGetLastError(t.outer));

    CHECK_INT(ran, 0, "virEventRunDefaultImpl returns 0");
    CHECK_INT(t.fired, 1, "timer fired once");
    CHECK_INT(t.auth_opened, 1, "virConnectOpenAuth inside the timer");
    CHECK_INT(t.auth.calls, 0, "test:///default never asks the auth callback");
    CHECK_INT(t.auth_close_ret, 0, "its close returns 0");
    CHECK_INT(t.outer_failed, 1, "failing call on the outer connection inside the timer");
    CHECK_INT(h.calls, 1, "outer connection's callback called inside the timer");
    CHECK_SNAP(&h.on_entry, VIR_ERR_NO_DOMAIN, VIR_FROM_TEST, NO_DOMAIN_MSG, "  callback's err on entry");
    CHECK_INT(h.n.close_ret, 0, "  its nested close returns 0");
    CHECK_SNAP(&h.err_after, 0, 0, NULL, "  callback's err after its nested calls");
    CHECK_INT(global_calls, 2, "global callback got the two nested errors");
    CHECK_SNAP(&t.last_in_timer, 0, 0, NULL, "thread error in the timer after the failed call");
    CHECK_SNAP(&conn_err, VIR_ERR_NO_DOMAIN, VIR_FROM_TEST, NO_DOMAIN_MSG,
               "outer connection's record after the loop");
    CHECK_SNAP(&last, 0, 0, NULL, "thread error after virEventRunDefaultImpl (what the timer left)");

    /* The loop's caller works on: a failure right after the loop goes to
     * the outer connection, not to one a nested call closed. */
    virConnSetErrorFunc(t.outer, NULL, NULL);
    global_calls = 0;
    CHECK(virDomainLookupByName(t.outer, "oxvirt-after-loop") == NULL, "failing call after the loop");
    take(&last, virGetLastError());
    take(&conn_err, virConnGetLastError(t.outer));
    CHECK_SNAP(&last, VIR_ERR_NO_DOMAIN, VIR_FROM_TEST, NO_DOMAIN_MSG, "  its thread error");
    CHECK_SNAP(&conn_err, VIR_ERR_NO_DOMAIN, VIR_FROM_TEST, NO_DOMAIN_MSG, "  its connection record");
    CHECK_INT(global_calls, 1, "  global callback called");
    virSetErrorFunc(NULL, NULL);

    CHECK_INT(virEventRemoveTimeout(t.timer), 0, "remove the timer");
    CHECK_INT(virConnectClose(t.outer), 0, "close the outer connection");
}

/* 4. The callback releases the outer call's own connection: the caller
 * handed its last reference to the callback. libvirt touches nothing of the
 * connection after the callback returns, so this is valid use. */
struct self_close {
    virConnectPtr conn;
    virDomainPtr dom;
    int calls;
    int ret;
    struct snap conn_err;
};

static void
close_own_conn(void *opaque, virErrorPtr err)
{
    struct self_close *s = opaque;
    (void) err;
    s->calls++;
    take(&s->conn_err, virConnGetLastError(s->conn));
    s->ret = virConnectClose(s->conn);
}

static void
free_own_domain(void *opaque, virErrorPtr err)
{
    struct self_close *s = opaque;
    (void) err;
    s->calls++;
    take(&s->conn_err, virConnGetLastError(s->conn));
    /* The domain holds the connection's last reference. */
    s->ret = virDomainFree(s->dom);
}

static void
test_release_in_callback(void)
{
    struct self_close s;
    struct snap last;
    char *xml;

    printf("-- error callback releasing the outer call's own connection\n");
    memset(&s, 0, sizeof(s));
    s.conn = virConnectOpen(URI);
    CHECK(s.conn != NULL, "open");
    if (!s.conn)
        return;
    virConnSetErrorFunc(s.conn, &s, close_own_conn);
    CHECK(virDomainLookupByName(s.conn, "oxvirt-self-missing") == NULL, "outer lookup fails");
    take(&last, virGetLastError());
    CHECK_INT(s.calls, 1, "callback called");
    CHECK_SNAP(&s.conn_err, VIR_ERR_NO_DOMAIN, VIR_FROM_TEST, NO_DOMAIN_MSG,
               "connection record inside the callback");
    CHECK_INT(s.ret, 0, "virConnectClose of the last reference inside the callback returns 0");
    CHECK_SNAP(&last, 0, 0, NULL, "thread error after the outer call");

    memset(&s, 0, sizeof(s));
    s.conn = virConnectOpen(URI);
    CHECK(s.conn != NULL, "open");
    if (!s.conn)
        return;
    s.dom = virDomainLookupByName(s.conn, "test");
    CHECK(s.dom != NULL, "lookup the default domain");
    if (!s.dom) {
        virConnectClose(s.conn);
        return;
    }
    virConnSetErrorFunc(s.conn, &s, free_own_domain);
    CHECK_INT(virConnectClose(s.conn), 1, "close: the domain keeps the connection");
    xml = virDomainGetXMLDesc(s.dom, 0x80000000u);
    take(&last, virGetLastError());
    CHECK(xml == NULL, "outer virDomainGetXMLDesc fails");
    free(xml);
    CHECK_INT(s.calls, 1, "callback called");
    CHECK_SNAP(&s.conn_err, VIR_ERR_INVALID_ARG, VIR_FROM_TEST,
               FLAGS_MSG,
               "connection record inside the callback");
    CHECK_INT(s.ret, 0, "virDomainFree of the last domain reference inside the callback");
    CHECK_SNAP(&last, 0, 0, NULL, "thread error after the outer call");
}

/* 5. virConnectOpenAuth at top level with a nesting auth callback. */
static void
test_open_auth(void)
{
    struct auth_state a;
    int credtypes[] = { VIR_CRED_AUTHNAME, VIR_CRED_PASSPHRASE };
    virConnectAuth auth = { credtypes, 2, auth_nest, &a };
    virConnectPtr c;

    printf("-- virConnectOpenAuth with a callback that would nest\n");
    memset(&a, 0, sizeof(a));
    c = virConnectOpenAuth(URI, &auth, 0);
    CHECK(c != NULL, "virConnectOpenAuth(test:///default)");
    CHECK_INT(a.calls, 0, "test:///default has no <auth>: the callback is not called");
    CHECK(virGetLastError() == NULL, "no thread error");
    if (c)
        CHECK_INT(virConnectClose(c), 0, "close");
}

int
main(void)
{
    assert_loaded_lib();

    test_conn_callback();
    test_global_callback();
    test_timer();
    test_release_in_callback();
    test_open_auth();

    return test_finish("test-nested-calls");
}
