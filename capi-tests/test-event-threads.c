/* Events under concurrency: four threads run life-cycle operations on
 * domains of their own while a fifth runs the default event loop. Every
 * event arrives exactly once, and each domain's events in the order its
 * operations happened. Passes on the C library too.
 */
/* capi-test: no-valgrind */
#include "common.h"

#include <pthread.h>
#include <time.h>

#define WORKERS 4
#define ROUNDS 200
/* defined, then per round started, suspended, resumed, stopped, then
 * undefined */
#define PER_DOMAIN (2 + 4 * ROUNDS)

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static int seen[WORKERS][PER_DOMAIN + 16];
static int nseen[WORKERS];
static int total, strangers;
static volatile int quit;
static virConnectPtr conn;

static int
on_event(virConnectPtr c, virDomainPtr dom, int event, int detail, void *opaque)
{
    (void) c; (void) detail; (void) opaque;
    const char *name = virDomainGetName(dom);
    int w = -1;
    if (name && strncmp(name, "evthr-", 6) == 0)
        w = atoi(name + 6);
    pthread_mutex_lock(&lock);
    if (w >= 0 && w < WORKERS && nseen[w] < PER_DOMAIN + 16)
        seen[w][nseen[w]++] = event;
    else
        strangers++;
    total++;
    pthread_mutex_unlock(&lock);
    return 0;
}

static void
tick(int timer, void *opaque)
{
    (void) timer; (void) opaque;
}

static void *
run_loop(void *arg)
{
    (void) arg;
    while (!quit)
        virEventRunDefaultImpl();
    return NULL;
}

static void *
worker(void *arg)
{
    int w = (int) (long) arg;
    char xml[512];
    snprintf(xml, sizeof(xml),
             "<domain type='test'><name>evthr-%d</name><memory>8192</memory>"
             "<os><type>hvm</type></os></domain>", w);
    virDomainPtr d = virDomainDefineXML(conn, xml);
    if (!d)
        return (void *) 1;
    for (int i = 0; i < ROUNDS; i++) {
        if (virDomainCreate(d) < 0 || virDomainSuspend(d) < 0 ||
            virDomainResume(d) < 0 || virDomainDestroy(d) < 0)
            return (void *) 1;
    }
    int r = virDomainUndefine(d);
    virDomainFree(d);
    return (void *) (long) (r < 0);
}

int
main(void)
{
    pthread_t loop, workers[WORKERS];

    assert_loaded_lib();
    virEventRegisterDefaultImpl();
    int keepalive = virEventAddTimeout(20, tick, NULL, NULL);
    pthread_create(&loop, NULL, run_loop, NULL);

    conn = virConnectOpen("test:///default");
    CHECK(conn != NULL, "open");
    int id = virConnectDomainEventRegisterAny(conn, NULL, VIR_DOMAIN_EVENT_ID_LIFECYCLE,
                                              VIR_DOMAIN_EVENT_CALLBACK(on_event), NULL, NULL);
    CHECK(id >= 0, "register");

    int failed = 0;
    for (long w = 0; w < WORKERS; w++)
        pthread_create(&workers[w], NULL, worker, (void *) w);
    for (int w = 0; w < WORKERS; w++) {
        void *r;
        pthread_join(workers[w], &r);
        failed += r != NULL;
    }
    CHECK_INT(failed, 0, "every worker's operations succeeded");

    /* Wait (up to 30 s) for every event to arrive, then a little longer
     * for any extra one. */
    for (int i = 0; i < 3000; i++) {
        pthread_mutex_lock(&lock);
        int t = total;
        pthread_mutex_unlock(&lock);
        if (t >= WORKERS * PER_DOMAIN)
            break;
        usleep(10000);
    }
    usleep(100000);
    CHECK_INT(virConnectDomainEventDeregisterAny(conn, id), 0, "deregister");

    pthread_mutex_lock(&lock);
    CHECK_INT(total, WORKERS * PER_DOMAIN, "every event delivered exactly once");
    CHECK_INT(strangers, 0, "no event about another domain");
    for (int w = 0; w < WORKERS; w++) {
        int ok = nseen[w] == PER_DOMAIN && seen[w][0] == VIR_DOMAIN_EVENT_DEFINED &&
                 seen[w][PER_DOMAIN - 1] == VIR_DOMAIN_EVENT_UNDEFINED;
        for (int i = 0; ok && i < ROUNDS; i++) {
            int *r = &seen[w][1 + 4 * i];
            ok = r[0] == VIR_DOMAIN_EVENT_STARTED && r[1] == VIR_DOMAIN_EVENT_SUSPENDED &&
                 r[2] == VIR_DOMAIN_EVENT_RESUMED && r[3] == VIR_DOMAIN_EVENT_STOPPED;
        }
        CHECK(ok, "domain %d: %d events, in its operations' order", w, nseen[w]);
    }
    pthread_mutex_unlock(&lock);

    quit = 1;
    pthread_join(loop, NULL);
    virEventRemoveTimeout(keepalive);
    virConnectClose(conn);
    return test_finish("test-event-threads");
}
