/* Runs every generated case in a forked child and prints one line per
 * function:  name TAB status TAB ret TAB is-error TAB code TAB domain TAB message
 * (tests/lib/sweep-harness.c does the forking, timing and recording).
 *
 * With OXNULL_EXPECT_DIR set, first checks that every libvirt library this
 * process mapped comes from that directory (so the run tests the library it
 * claims to test), and prints "LIBCHECK ok" or "LIBCHECK FAIL <why>". */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <libvirt/libvirt.h>
#include "harness.h"

#define CHILD_ALARM 5
#define PARENT_TIMEOUT_MS 8000

/* Every binding initialises the library before its first call; the C
 * library's thread-local error slot does not exist before that. */
static void init(void)
{
    if (!getenv("OXNULL_NO_INIT"))
        (void) virInitialize();
}

static void run_child(void *ctx, int fd)
{
    const struct testcase *t = ctx;
    int devnull = open("/dev/null", O_WRONLY);
    if (devnull >= 0) {
        dup2(devnull, 2);
        dup2(devnull, 1);
    }
    sweep_call(fd, t->name, CHILD_ALARM, init, t->call);
}

int main(int argc, char **argv)
{
    const char *only = argc > 1 ? argv[1] : NULL;
    if (!sweep_begin("OXNULL_EXPECT_DIR"))
        return 1;
    for (const struct testcase *t = cases; t->name; t++) {
        if (only && strcmp(only, t->name) != 0) continue;
        sweep_fork(t->name, PARENT_TIMEOUT_MS, run_child, (void *) t);
    }
    return 0;
}
