/* What tests/null-args and tests/arg-sweep share: each calls libvirt
 * functions one per forked child and prints one line per call,
 *   LABEL TAB status TAB ret TAB is-error TAB code TAB domain TAB message
 * where LABEL is the test's own (null-args: the name; arg-sweep: header,
 * name and variant) and status is "ok", "crash:<signal>", "hang" or
 * "exit:<n>" (or the test's own, through sweep_print_status).
 *
 * Kept in one place so the two tests cannot drift apart in how they
 * isolate a call, time it out and record it: their outputs are compared
 * with the same rules. */
#ifndef SWEEP_HARNESS_H
#define SWEEP_HARNESS_H

#include <stddef.h>

/* How a generated call's return value is recorded (tests/lib/sweepgen.py
 * writes the calls) and which value is the error: NULL, -1 or 0. */
enum kind { K_VOID, K_PTR, K_SIGNED, K_UNSIGNED };

struct result {
    enum kind kind;
    const void *ptr;
    long long s;
    unsigned long long u;
};

typedef void (*sweep_call_fn)(struct result *r);

/* One function of each of the four libraries, NULL-terminated: where
 * sweep_begin looks for the libraries the process really uses. */
extern void *const sweep_probes[];

/* Line-buffers stdout (the children's lines and the parent's interleave
 * through it) and, when the environment variable expect_env names a
 * directory, checks that every libvirt library this process mapped comes
 * from it, printing "LIB <path>" per probe and "LIBCHECK ok" or
 * "LIBCHECK FAIL <why>": so a run tests the library it claims to test.
 * Returns 0 when the check failed. */
int sweep_begin(const char *expect_env);

/* Copies src to dst (n bytes) with tab, newline and backslash escaped, so
 * a message stays one field of one line. */
void sweep_escape(char *dst, size_t n, const char *src);

/* Prints a line for a call that gave no result of its own: status and
 * dashes for the other fields. */
void sweep_print_status(const char *label, const char *status);

/* Forks; the child runs child(ctx, fd), which must end in sweep_call (or
 * _exit).  The parent gives it timeout_ms, then prints the line the child
 * wrote to fd, or a hang/crash/exit line for label. */
void sweep_fork(const char *label, int timeout_ms,
                void (*child)(void *ctx, int fd), void *ctx);

/* In the child: arms an alarm of alarm_s seconds, runs before (if any: it
 * is timed with the call), resets the error, makes the call and writes its
 * "LABEL ok ..." line to fd; never returns. */
void sweep_call(int fd, const char *label, unsigned alarm_s,
                void (*before)(void), sweep_call_fn call)
    __attribute__((noreturn));

#endif
