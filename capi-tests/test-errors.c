/* The error API of virterror.h: the thread's last error, saved copies, the
 * global and per-connection callbacks, the default printer, per-connection
 * errors and connection reference counts. */
#include "common.h"
#include <pthread.h>

struct seen {
    int calls;
    int code;
    int domain;
    virErrorPtr err;
    char message[512];
};

static void
record_handler(void *opaque, virErrorPtr err)
{
    struct seen *s = opaque;
    s->calls++;
    s->err = err;
    s->code = err ? err->code : -1;
    s->domain = err ? err->domain : -1;
    snprintf(s->message, sizeof(s->message), "%s",
             err && err->message ? err->message : "(null)");
}

/* Fails a call with no connection: a type mismatch in the typed-parameter
 * getters, an error of domain VIR_FROM_NONE. */
static void
fail_without_conn(void *unused)
{
    virTypedParameter p;
    int i;
    (void)unused;
    memset(&p, 0, sizeof(p));
    strcpy(p.field, "f");
    p.type = VIR_TYPED_PARAM_STRING;
    p.value.s = (char *)"x";
    virTypedParamsGetInt(&p, 1, "f", &i);
}

#define MISMATCH_DETAIL "Invalid type 'int' requested for parameter 'f', actual type is 'string'"
#define MISMATCH_MSG "invalid argument: " MISMATCH_DETAIL

static void
print_saved(void *err)
{
    virDefaultErrorFunc(err);
}

static void *
thread_main(void *arg)
{
    int *out = arg;
    out[0] = virGetLastError() == NULL;
    out[1] = virGetLastErrorCode();
    fail_without_conn(NULL);
    out[2] = virGetLastErrorCode();
    return NULL;
}

static void
test_no_error(void)
{
    virError e;
    virErrorPtr saved;

    virResetLastError();
    CHECK(virGetLastError() == NULL, "no error: virGetLastError is NULL");
    CHECK_INT(virGetLastErrorCode(), VIR_ERR_OK, "no error: code");
    CHECK_INT(virGetLastErrorDomain(), VIR_FROM_NONE, "no error: domain");
    CHECK_STR(virGetLastErrorMessage(), "no error", "no error: message");
    memset(&e, 0xff, sizeof(e));
    CHECK_INT(virCopyLastError(&e), 0, "no error: virCopyLastError returns 0");
    CHECK(e.message == NULL && e.str1 == NULL && e.code == 0, "no error: copy is empty");
    CHECK_INT(virCopyLastError(NULL), -1, "virCopyLastError(NULL)");
    saved = virSaveLastError();
    CHECK(saved != NULL, "no error: virSaveLastError gives a record");
    if (saved)
        CHECK_INT(saved->code, 0, "no error: saved code");
    virFreeError(saved);
    virFreeError(NULL);
    virResetError(NULL);
    virDefaultErrorFunc(NULL);
    CHECK(1, "NULL-tolerant: virFreeError/virResetError/virDefaultErrorFunc");
}

static void
test_last_error(void)
{
    char out[1024];
    virErrorPtr err, saved;
    virError copy;

    /* default printer, no callback */
    capture_stderr(fail_without_conn, NULL, out, sizeof(out));
    CHECK_STR(out, "libvirt:  error : " MISMATCH_MSG "\n", "default printer output");

    err = virGetLastError();
    CHECK(err != NULL, "virGetLastError after failure");
    if (!err)
        return;
    CHECK_INT(err->code, VIR_ERR_INVALID_ARG, "code");
    CHECK_INT(err->domain, VIR_FROM_NONE, "domain");
    CHECK_INT(err->level, VIR_ERR_ERROR, "level");
    CHECK_STR(err->message, MISMATCH_MSG, "message");
    CHECK_STR(err->str1, "invalid argument: %s", "str1 is the template");
    CHECK_STR(err->str2, MISMATCH_DETAIL, "str2 is the detail");
    CHECK(err->str3 == NULL, "str3 is NULL");
    CHECK_INT(err->int1, -1, "int1");
    CHECK_INT(err->int2, -1, "int2");
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
    CHECK(err->conn == NULL && err->dom == NULL && err->net == NULL, "conn/dom/net not set");
#pragma GCC diagnostic pop

    /* the error functions do not reset the error */
    CHECK(virGetLastError() == err, "virGetLastError is stable and not reset");
    CHECK_INT(virGetLastErrorCode(), VIR_ERR_INVALID_ARG, "virGetLastErrorCode");
    CHECK_INT(virGetLastErrorDomain(), VIR_FROM_NONE, "virGetLastErrorDomain");
    CHECK_STR(virGetLastErrorMessage(), MISMATCH_MSG, "virGetLastErrorMessage");
    CHECK(virGetLastErrorMessage() == err->message, "message points into the record");

    memset(&copy, 0xa5, sizeof(copy));
    CHECK_INT(virCopyLastError(&copy), VIR_ERR_INVALID_ARG, "virCopyLastError returns the code");
    CHECK_STR(copy.message, MISMATCH_MSG, "copy message");
    CHECK(copy.message != err->message, "copy owns its strings");
    CHECK_STR(copy.str2, MISMATCH_DETAIL, "copy str2");
    CHECK_INT(copy.int1, -1, "copy int1");
    virResetError(&copy);
    CHECK(copy.message == NULL && copy.code == 0, "virResetError empties the copy");

    saved = virSaveLastError();
    CHECK(saved && saved->code == VIR_ERR_INVALID_ARG, "virSaveLastError copies");
    capture_stderr(print_saved, saved, out, sizeof(out));
    CHECK_STR(out, "libvirt:  error : " MISMATCH_MSG "\n", "virDefaultErrorFunc on a saved error");

    virResetLastError();
    CHECK(virGetLastError() == NULL, "virResetLastError clears");
    CHECK_STR(virGetLastErrorMessage(), "no error", "message after reset");
    CHECK(saved && saved->message && strcmp(saved->message, MISMATCH_MSG) == 0,
          "saved copy survives the reset");
    virFreeError(saved);

    /* resetting the thread's record in place */
    fail_without_conn(NULL);
    virResetError(virGetLastError());
    CHECK(virGetLastError() == NULL, "record reset in place reads as no error");

    /* a successful API call resets the error */
    fail_without_conn(NULL);
    {
        unsigned long v;
        virGetVersion(&v, NULL, NULL);
    }
    CHECK(virGetLastError() == NULL, "successful call resets the last error");
}

static void
test_threads(void)
{
    pthread_t t;
    int out[3] = { 0, -1, -1 };

    virResetLastError();
    fail_without_conn(NULL);
    pthread_create(&t, NULL, thread_main, out);
    pthread_join(t, NULL);
    CHECK(out[0] && out[1] == 0, "a new thread starts with no error");
    CHECK_INT(out[2], VIR_ERR_INVALID_ARG, "the thread sees its own error");
    CHECK_INT(virGetLastErrorCode(), VIR_ERR_INVALID_ARG, "main thread keeps its error");
    virResetLastError();
}

static void
test_global_callback(void)
{
    struct seen s;
    char out[512];

    memset(&s, 0, sizeof(s));
    virSetErrorFunc(&s, record_handler);
    capture_stderr(fail_without_conn, NULL, out, sizeof(out));
    CHECK_INT(s.calls, 1, "global callback called once");
    CHECK_INT(s.code, VIR_ERR_INVALID_ARG, "callback sees the code");
    CHECK_STR(s.message, MISMATCH_MSG, "callback sees the message");
    CHECK(s.err == virGetLastError(), "callback gets the thread's record");
    CHECK_STR(out, "", "nothing printed while a callback is set");

    virSetErrorFunc(NULL, NULL);
    capture_stderr(fail_without_conn, NULL, out, sizeof(out));
    CHECK_INT(s.calls, 1, "callback removed");
    CHECK_STR(out, "libvirt:  error : " MISMATCH_MSG "\n", "default printer is back");

    /* an invalid connection: virConnectGetVersion(NULL) */
    virSetErrorFunc(&s, record_handler);
    {
        unsigned long v;
        CHECK_INT(virConnectGetVersion(NULL, &v), -1, "virConnectGetVersion(NULL)");
    }
    CHECK_INT(virGetLastErrorCode(), VIR_ERR_INVALID_CONN, "invalid conn: code");
    CHECK_INT(virGetLastErrorDomain(), VIR_FROM_DOMAIN, "invalid conn: domain (libvirt-host.c reports as VIR_FROM_DOMAIN)");
    CHECK_STR(virGetLastErrorMessage(), "invalid connection pointer in virConnectGetVersion",
              "invalid conn: message");
    CHECK_INT(s.calls, 2, "global callback got the invalid-conn error");
    virSetErrorFunc(NULL, NULL);
    virResetLastError();
}

static void
test_connection(void)
{
    struct seen global, per_conn;
    virConnectPtr conn;
    virErrorPtr cerr;
    virError copy;
    char out[512];

    CHECK(virConnGetLastError(NULL) == NULL, "virConnGetLastError(NULL)");
    memset(&copy, 0, sizeof(copy));
    CHECK_INT(virConnCopyLastError(NULL, &copy), -1, "virConnCopyLastError(NULL)");
    virConnResetLastError(NULL);
    virConnSetErrorFunc(NULL, NULL, NULL);

    memset(&global, 0, sizeof(global));
    memset(&per_conn, 0, sizeof(per_conn));
    virSetErrorFunc(&global, record_handler);
    conn = virConnectOpen("test:///default");
    virSetErrorFunc(NULL, NULL);
    if (!conn) {
        printf("SKIP connection checks: virConnectOpen(test:///default) failed: %s\n",
               global.message);
        if (!testing_ours())
            test_failures++;
        virResetLastError();
        return;
    }
    cerr = virConnGetLastError(conn);
    CHECK(cerr != NULL, "virConnGetLastError gives the connection's record");
    if (cerr)
        CHECK_INT(cerr->code, 0, "fresh connection has no error");

    virSetErrorFunc(&global, record_handler);
    virConnSetErrorFunc(conn, &per_conn, record_handler);
    CHECK(virDomainLookupByName(conn, "oxvirt-no-such-domain") == NULL, "lookup of a missing domain fails");
    CHECK_INT(virGetLastErrorCode(), VIR_ERR_NO_DOMAIN, "missing domain: code");
    CHECK_INT(virGetLastErrorDomain(), VIR_FROM_TEST, "missing domain: domain");
    CHECK_STR(virGetLastErrorMessage(), "Domain not found", "missing domain: message");
    CHECK_INT(per_conn.calls, 1, "connection callback called");
    CHECK_INT(global.calls, 0, "global callback not called when the connection has one");
    CHECK(per_conn.err == virGetLastError(), "connection callback gets the thread's record");
    CHECK(virConnGetLastError(conn) == cerr, "connection record address is stable");
    CHECK_INT(cerr->code, VIR_ERR_NO_DOMAIN, "connection record updated");
    CHECK_STR(cerr->message, virGetLastErrorMessage(), "connection record message");
    CHECK(cerr->message != virGetLastErrorMessage(), "connection record is a copy");

    memset(&copy, 0x5a, sizeof(copy));
    CHECK_INT(virConnCopyLastError(conn, &copy), VIR_ERR_NO_DOMAIN, "virConnCopyLastError");
    CHECK_INT(copy.domain, VIR_FROM_TEST, "copied domain");
    virResetError(&copy);

    /* argument errors are dispatched to the connection too */
    CHECK(virDomainLookupByName(conn, NULL) == NULL, "lookup with NULL name fails");
    CHECK_INT(virGetLastErrorCode(), VIR_ERR_INVALID_ARG, "NULL name: code");
    CHECK_INT(virGetLastErrorDomain(), VIR_FROM_DOMAIN, "NULL name: domain");
    CHECK_STR(virGetLastErrorMessage(),
              "name in virDomainLookupByName must not be NULL",
              "NULL name: message (no template for argument checks)");
    if (virGetLastError()) {
        CHECK_STR(virGetLastError()->str1, "virDomainLookupByName", "NULL name: str1 is the function");
        CHECK_STR(virGetLastError()->str2, "name", "NULL name: str2 is the argument");
        CHECK_INT(virGetLastError()->int1, 0, "NULL name: int1");
    }
    CHECK_INT(per_conn.calls, 2, "connection callback called again");
    CHECK_INT(cerr->code, VIR_ERR_INVALID_ARG, "connection record follows");

    /* the thread's reset leaves the connection's copy */
    virResetLastError();
    CHECK_INT(virConnGetLastError(conn)->code, VIR_ERR_INVALID_ARG, "connection error survives thread reset");
    virConnResetLastError(conn);
    CHECK_INT(cerr->code, 0, "virConnResetLastError clears the record");
    memset(&copy, 0x5a, sizeof(copy));
    CHECK_INT(virConnCopyLastError(conn, &copy), 0, "virConnCopyLastError with no error");
    CHECK(copy.message == NULL, "empty copy");

    /* remove the connection callback: the global one takes over */
    virConnSetErrorFunc(conn, NULL, NULL);
    virDomainLookupByName(conn, "oxvirt-no-such-domain");
    CHECK_INT(global.calls, 1, "global callback after removing the connection's");
    CHECK_INT(per_conn.calls, 2, "connection callback not called");
    virSetErrorFunc(NULL, NULL);
    capture_stderr(fail_without_conn, NULL, out, sizeof(out));
    CHECK_STR(out, "libvirt:  error : " MISMATCH_MSG "\n", "default printer with no callbacks");

    /* reference counts */
    CHECK_INT(virConnectRef(conn), 0, "virConnectRef");
    CHECK_INT(virConnectClose(conn), 1, "virConnectClose leaves one reference");
    CHECK_INT(virConnectClose(conn), 0, "virConnectClose releases the last");
    virResetLastError();
}

int
main(void)
{
    assert_loaded_lib();
    test_no_error();
    test_last_error();
    test_threads();
    test_global_callback();
    test_connection();
    return test_finish("test-errors");
}
