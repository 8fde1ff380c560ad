/* The default event loop: virEventRegisterDefaultImpl, descriptor watches,
 * timers, updates, removal with deferred free, and a change made from
 * another thread while the loop waits. Passes on the C library too.
 */
#include "common.h"

#include <pthread.h>

static int handle_events;
static int handle_calls;
static int timer_calls;
static int frees;
static int late_timer_calls;

static void
on_readable(int watch, int fd, int events, void *opaque)
{
    char c;
    (void) watch;
    (void) opaque;
    handle_calls++;
    handle_events |= events;
    if (read(fd, &c, 1) != 1)
        handle_events |= 0x100;
}

static void
on_timer(int timer, void *opaque)
{
    (void) timer;
    (*(int *) opaque)++;
}

static void
on_free(void *opaque)
{
    (void) opaque;
    frees++;
}

/* Runs the loop until *flag becomes non-zero, at most n iterations. */
static int
run_until(int *flag, int n)
{
    for (int i = 0; i < n && !*flag; i++)
        if (virEventRunDefaultImpl() < 0)
            return -1;
    return *flag;
}

static void *
add_timer_later(void *arg)
{
    (void) arg;
    usleep(50 * 1000);
    virEventAddTimeout(1, on_timer, &late_timer_calls, NULL);
    return NULL;
}

int
main(void)
{
    int fds[2];

    assert_loaded_lib();
    CHECK_INT(virEventAddTimeout(10, on_timer, &timer_calls, NULL), -1,
              "no loop registered: add timeout fails");
    CHECK_INT(virEventRegisterDefaultImpl(), 0, "virEventRegisterDefaultImpl");
    CHECK_INT(virEventRegisterDefaultImpl(), 0, "registering again is harmless");

    if (pipe(fds) != 0)
        return 1;
    int watch = virEventAddHandle(fds[0], VIR_EVENT_HANDLE_READABLE, on_readable, NULL, on_free);
    CHECK(watch > 0, "watch id %d > 0", watch);
    CHECK_INT(write(fds[1], "x", 1), 1, "write a byte");
    CHECK_INT(run_until(&handle_calls, 20), 1, "readable callback ran once");
    CHECK_INT(handle_events, VIR_EVENT_HANDLE_READABLE, "with READABLE");

    int timer = virEventAddTimeout(5, on_timer, &timer_calls, on_free);
    CHECK(timer > 0, "timer id %d > 0", timer);
    CHECK(run_until(&timer_calls, 50) >= 1, "timer fired");
    virEventUpdateTimeout(timer, -1);
    int before = timer_calls;
    /* A disabled timer and an idle descriptor: wake the loop with data. */
    CHECK_INT(write(fds[1], "y", 1), 1, "write another byte");
    int calls = handle_calls;
    for (int i = 0; i < 20 && handle_calls == calls; i++)
        virEventRunDefaultImpl();
    CHECK_INT(handle_calls, calls + 1, "descriptor still watched");
    CHECK_INT(timer_calls, before, "disabled timer stays quiet");

    CHECK_INT(virEventRemoveTimeout(timer), 0, "remove timer");
    CHECK_INT(virEventRemoveHandle(watch), 0, "remove watch");
    CHECK_INT(virEventRemoveHandle(watch), -1, "remove it again fails");
    for (int i = 0; i < 20 && frees < 2; i++)
        virEventRunDefaultImpl();
    CHECK_INT(frees, 2, "both free callbacks ran on the loop");

    /* A timer added by another thread wakes a loop that is waiting. */
    pthread_t t;
    pthread_create(&t, NULL, add_timer_later, NULL);
    CHECK(run_until(&late_timer_calls, 20) >= 1, "timer from another thread fired");
    pthread_join(t, NULL);

    close(fds[0]);
    close(fds[1]);
    return test_finish("test-event-loop");
}
