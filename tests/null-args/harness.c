/* Runs every generated case in a forked child and prints one line per
 * function:  name TAB status TAB ret TAB is-error TAB code TAB domain TAB message
 * status is "ok", "crash:<signal>", "hang" or "exit:<n>".
 *
 * With OXNULL_EXPECT_DIR set, first checks that every libvirt library this
 * process mapped comes from that directory (so the run tests the library it
 * claims to test), and prints "LIBCHECK ok" or "LIBCHECK FAIL <why>". */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <time.h>
#include <unistd.h>
#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>
#include "harness.h"

#define CHILD_ALARM 5
#define PARENT_TIMEOUT_MS 8000

static void escape(char *dst, size_t n, const char *src)
{
    size_t o = 0;
    for (; src && *src && o + 3 < n; src++) {
        if (*src == '\t') { dst[o++] = '\\'; dst[o++] = 't'; }
        else if (*src == '\n') { dst[o++] = '\\'; dst[o++] = 'n'; }
        else if (*src == '\\') { dst[o++] = '\\'; dst[o++] = '\\'; }
        else dst[o++] = *src;
    }
    dst[o] = 0;
}

static void run_child(const struct testcase *t, int fd)
{
    struct result r = { 0 };
    char line[8192], msg[4096], ret[64];
    const char *iserr = "-";
    int devnull = open("/dev/null", O_WRONLY);
    if (devnull >= 0) {
        dup2(devnull, 2);
        dup2(devnull, 1);
    }
    alarm(CHILD_ALARM);
    /* Every binding initialises the library before its first call; the C
     * library's thread-local error slot does not exist before that. */
    if (!getenv("OXNULL_NO_INIT"))
        (void) virInitialize();
    virResetLastError();
    t->call(&r);
    alarm(0);
    switch (r.kind) {
    case K_VOID: strcpy(ret, "-"); break;
    case K_PTR:
        strcpy(ret, r.ptr ? "ptr" : "NULL");
        iserr = r.ptr ? "no" : "yes";
        break;
    case K_SIGNED:
        snprintf(ret, sizeof(ret), "%lld", r.s);
        iserr = r.s == -1 ? "yes" : "no";
        break;
    case K_UNSIGNED:
        snprintf(ret, sizeof(ret), "%llu", r.u);
        iserr = r.u == 0 ? "yes" : "no";
        break;
    }
    int code = virGetLastErrorCode();
    int dom = virGetLastErrorDomain();
    escape(msg, sizeof(msg), virGetLastErrorMessage());
    int len = snprintf(line, sizeof(line), "%s\tok\t%s\t%s\t%d\t%d\t%s\n",
                       t->name, ret, iserr, code, dom, msg);
    if (write(fd, line, len) != len)
        _exit(3);
    _exit(0);
}

static void run_case(const struct testcase *t)
{
    int p[2];
    char buf[8192];
    size_t got = 0;
    if (pipe(p) < 0) { perror("pipe"); exit(2); }
    fflush(stdout);
    pid_t pid = fork();
    if (pid < 0) { perror("fork"); exit(2); }
    if (pid == 0) {
        close(p[0]);
        run_child(t, p[1]);
    }
    close(p[1]);
    int killed = 0;
    struct timespec start;
    clock_gettime(CLOCK_MONOTONIC, &start);
    for (;;) {
        struct pollfd pf = { .fd = p[0], .events = POLLIN };
        struct timespec now;
        clock_gettime(CLOCK_MONOTONIC, &now);
        long left = PARENT_TIMEOUT_MS - ((now.tv_sec - start.tv_sec) * 1000 +
                                         (now.tv_nsec - start.tv_nsec) / 1000000);
        if (left <= 0) { kill(pid, SIGKILL); killed = 1; break; }
        int n = poll(&pf, 1, (int) left);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) continue;
        ssize_t r = read(p[0], buf + got, sizeof(buf) - 1 - got);
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) break;
        got += r;
        if (got >= sizeof(buf) - 1) break;
    }
    close(p[0]);
    buf[got] = 0;
    int st;
    while (waitpid(pid, &st, 0) < 0 && errno == EINTR) {}
    if (!killed && WIFEXITED(st) && WEXITSTATUS(st) == 0 && got > 0) {
        fputs(buf, stdout);
        return;
    }
    if (killed || (WIFSIGNALED(st) && WTERMSIG(st) == SIGALRM))
        printf("%s\thang\t-\t-\t-\t-\t-\n", t->name);
    else if (WIFSIGNALED(st))
        printf("%s\tcrash:%s\t-\t-\t-\t-\t-\n", t->name, strsignal(WTERMSIG(st)));
    else
        printf("%s\texit:%d\t-\t-\t-\t-\t-\n", t->name,
               WIFEXITED(st) ? WEXITSTATUS(st) : -1);
}

static int check_libs(const char *expect)
{
    char want[PATH_MAX], path[PATH_MAX];
    int ok = 1;
    if (!realpath(expect, want)) {
        printf("LIBCHECK FAIL cannot resolve %s\n", expect);
        return 0;
    }
    size_t wl = strlen(want);
    for (int i = 0; probes[i]; i++) {
        Dl_info info;
        if (!dladdr(probes[i], &info) || !info.dli_fname ||
            !realpath(info.dli_fname, path)) {
            printf("LIBCHECK FAIL probe %d not resolved\n", i);
            ok = 0;
            continue;
        }
        printf("LIB %s\n", path);
        if (strncmp(path, want, wl) != 0 || path[wl] != '/') {
            printf("LIBCHECK FAIL %s is not in %s\n", path, want);
            ok = 0;
        }
    }
    FILE *m = fopen("/proc/self/maps", "r");
    char line[PATH_MAX + 256];
    while (m && fgets(line, sizeof(line), m)) {
        char *f = strchr(line, '/');
        if (!f) continue;
        f[strcspn(f, "\n")] = 0;
        const char *base = strrchr(f, '/') + 1;
        if (strncmp(base, "libvirt", 7) != 0) continue;
        if (!realpath(f, path)) strcpy(path, f);
        if (strncmp(path, want, wl) != 0 || path[wl] != '/') {
            printf("LIBCHECK FAIL mapped %s is not in %s\n", path, want);
            ok = 0;
        }
    }
    if (m) fclose(m);
    if (ok) printf("LIBCHECK ok\n");
    return ok;
}

int main(int argc, char **argv)
{
    const char *expect = getenv("OXNULL_EXPECT_DIR");
    const char *only = argc > 1 ? argv[1] : NULL;
    setvbuf(stdout, NULL, _IOLBF, 0);
    if (expect && !check_libs(expect))
        return 1;
    for (const struct testcase *t = cases; t->name; t++) {
        if (only && strcmp(only, t->name) != 0) continue;
        run_case(t);
    }
    return 0;
}
