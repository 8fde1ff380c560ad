/* Two threads release the two references of one object at the same moment,
 * 20,000 times: the count each release reports must come from the release
 * itself. libvirt's answers:
 *   - virConnectClose returns 1 while other references remain and 0 for the
 *     last one, so each round's two closes return {1, 0} in some order;
 *   - virDomainFree returns 0 for every reference, and the domain's own
 *     reference to its connection is dropped exactly once, when the last
 *     domain reference goes: the connection's last close then returns 0.
 * Two long-lived threads meet at a spin barrier before every release so the
 * two calls overlap as much as the machine allows; valgrind would run them
 * one at a time, hence: */
/* capi-test: no-valgrind */
#include "common.h"

#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <time.h>

#define ROUNDS 20000
#define JITTER 16 /* pause instructions at most, see racer() */
#define SHOW 5  /* bad rounds printed in full, per part */

/* A reusable two-party barrier: whoever arrives second flips the phase. */
struct spin_barrier {
    atomic_int arrived;
    atomic_int phase;
};

static void
spin_wait(struct spin_barrier *b)
{
    int phase = atomic_load_explicit(&b->phase, memory_order_acquire);

    if (atomic_fetch_add_explicit(&b->arrived, 1, memory_order_acq_rel) == 1) {
        atomic_store_explicit(&b->arrived, 0, memory_order_relaxed);
        atomic_store_explicit(&b->phase, phase + 1, memory_order_release);
        return;
    }
    for (unsigned long spins = 0;
         atomic_load_explicit(&b->phase, memory_order_acquire) == phase; spins++) {
        /* Two shared cores: never starve the other party for long. */
        if (spins % 4096 == 4095)
            sched_yield();
        else
            __builtin_ia32_pause();
    }
}

enum part { PART_CONN, PART_DOMAIN };

/* What the two threads share; thread 0 also sets up and checks each round. */
static struct spin_barrier start, done;
static enum part part;
static virConnectPtr round_conn;
static virDomainPtr round_dom;
static int result[2];
static long bad_rounds[2], setup_failures[2], last_by[2][2];

static double
now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Thread 0, before a round: a fresh connection with two references (and for
 * the domain part, a domain with two). 0 if set up. */
static int
setup_round(void)
{
    round_conn = virConnectOpen("test:///default");
    round_dom = NULL;
    if (!round_conn)
        return -1;
    if (part == PART_CONN)
        return virConnectRef(round_conn) == 0 ? 0 : -1;
    round_dom = virDomainLookupByName(round_conn, "test");
    if (!round_dom || virDomainRef(round_dom) != 0)
        return -1;
    return 0;
}

/* Thread 0, after a round: check what the two releases returned. */
static void
check_round(long i)
{
    const char *what = part == PART_CONN ? "virConnectClose" : "virDomainFree";
    int ok;
    int last_close = -2;

    if (part == PART_CONN) {
        ok = (result[0] == 1 && result[1] == 0) || (result[0] == 0 && result[1] == 1);
        if (ok)
            last_by[part][result[0] == 0 ? 0 : 1]++;
    } else {
        /* The domain held one reference to the connection; both frees
         * together must have dropped it exactly once, leaving ours: the
         * close returns 0 (1 if it was never dropped; if it was dropped
         * twice the connection is already gone and the close fails, -1). */
        last_close = virConnectClose(round_conn);
        ok = result[0] == 0 && result[1] == 0 && last_close == 0;
    }
    if (!ok) {
        bad_rounds[part]++;
        if (bad_rounds[part] <= SHOW) {
            if (part == PART_CONN)
                printf("  round %ld: %s returned {%d, %d}, want {1, 0} in some order\n",
                       i, what, result[0], result[1]);
            else
                printf("  round %ld: %s returned {%d, %d} (want {0, 0}), then the "
                       "connection's own close returned %d (want 0)\n",
                       i, what, result[0], result[1], last_close);
            fflush(stdout);
        }
    }
}

static void *
racer(void *arg)
{
    int me = (int) (long) arg;

    for (int p = PART_CONN; p <= PART_DOMAIN; p++) {
        for (long i = 0; i < ROUNDS; i++) {
            int skip = 0;

            if (me == 0 && setup_round() < 0) {
                setup_failures[part]++;
                skip = 1;
                /* Let thread 1 know: it releases nothing this round. */
                round_conn = NULL;
                round_dom = NULL;
            }
            spin_wait(&start);
            /* The thread leaving the barrier second lags by a cache-line
             * transfer; sweep a small delay over both threads so the two
             * calls meet at every offset in that range. */
            for (long d = (i >> 1) % JITTER; (i & 1) == me && d > 0; d--)
                __builtin_ia32_pause();
            if (round_conn && !round_dom)
                result[me] = virConnectClose(round_conn);
            else if (round_dom)
                result[me] = virDomainFree(round_dom);
            spin_wait(&done);
            if (me == 0) {
                if (!skip)
                    check_round(i);
                if (i == ROUNDS - 1)
                    part = p + 1;
            }
            /* Nobody reads the shared state until thread 0 has checked it
             * and set up the next round. */
            spin_wait(&start);
        }
    }
    return NULL;
}

int
main(void)
{
    pthread_t t[2];
    double t0, t1;

    assert_loaded_lib();
    part = PART_CONN;

    /* A connection of its own held open across the race: one-time set-up is
     * done, and the C library's test driver keeps the state of
     * test:///default while a connection to it is open instead of building
     * it again on every open (40,000 of them). */
    virConnectPtr warm = virConnectOpen("test:///default");
    CHECK(warm != NULL, "open test:///default");
    if (!warm)
        return test_finish("test-release-race");

    t0 = now();
    for (long i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, racer, (void *) i);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    t1 = now();
    printf("%d rounds per part in %.1fs\n", ROUNDS, t1 - t0);

    CHECK_INT(setup_failures[PART_CONN], 0, "connection rounds that could not be set up");
    CHECK_INT(bad_rounds[PART_CONN], 0,
              "rounds where two concurrent virConnectClose did not return {1, 0}");
    /* Both threads must have been the last one out in some rounds, or the
     * two closes never really met. */
    printf("  last reference released by thread 0 in %ld rounds, by thread 1 in %ld\n",
           last_by[PART_CONN][0], last_by[PART_CONN][1]);
    CHECK(last_by[PART_CONN][0] > 0 && last_by[PART_CONN][1] > 0,
          "each thread released the last connection reference in some rounds");

    CHECK_INT(setup_failures[PART_DOMAIN], 0, "domain rounds that could not be set up");
    CHECK_INT(bad_rounds[PART_DOMAIN], 0,
              "rounds where two concurrent virDomainFree did not return {0, 0} or the "
              "domain's connection reference was not dropped exactly once");
    CHECK_INT(virConnectClose(warm), 0, "the connection held across the race closes last");

    return test_finish("test-release-race");
}
