/* The fork / time-out / record / library-check code of tests/null-args and
 * tests/arg-sweep (see sweep-harness.h for the line format). */
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
#include <time.h>
#include <unistd.h>
#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>
#include <libvirt/libvirt-qemu.h>
#include <libvirt/libvirt-lxc.h>
#include <libvirt/libvirt-admin.h>
#include "sweep-harness.h"

void *const sweep_probes[] = {
    (void *) virGetVersion, (void *) virDomainQemuMonitorCommand,
    (void *) virDomainLxcOpenNamespace, (void *) virAdmGetVersion, 0
};

void sweep_escape(char *dst, size_t n, const char *src)
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

void sweep_print_status(const char *label, const char *status)
{
    printf("%s\t%s\t-\t-\t-\t-\t-\n", label, status);
}

void sweep_call(int fd, const char *label, unsigned alarm_s,
                void (*before)(void), sweep_call_fn call)
{
    struct result r = { 0 };
    char line[8192], msg[4096], ret[64];
    const char *iserr = "-";
    alarm(alarm_s);
    if (before)
        before();
    virResetLastError();
    call(&r);
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
    sweep_escape(msg, sizeof(msg), virGetLastErrorMessage());
    int len = snprintf(line, sizeof(line), "%s\tok\t%s\t%s\t%d\t%d\t%s\n",
                       label, ret, iserr, code, dom, msg);
    if (write(fd, line, len) != len)
        _exit(3);
    _exit(0);
}

void sweep_fork(const char *label, int timeout_ms,
                void (*child)(void *ctx, int fd), void *ctx)
{
    int p[2];
    char buf[8192], status[64];
    size_t got = 0;
    if (pipe(p) < 0) { perror("pipe"); exit(2); }
    fflush(stdout);
    pid_t pid = fork();
    if (pid < 0) { perror("fork"); exit(2); }
    if (pid == 0) {
        close(p[0]);
        child(ctx, p[1]);
        _exit(5);  /* child() must not return; if it does, say so */
    }
    close(p[1]);
    /* The parent's own deadline: a child that blocks SIGALRM, or hangs
     * before arming it, still ends. */
    int killed = 0;
    struct timespec start;
    clock_gettime(CLOCK_MONOTONIC, &start);
    for (;;) {
        struct pollfd pf = { .fd = p[0], .events = POLLIN };
        struct timespec now;
        clock_gettime(CLOCK_MONOTONIC, &now);
        long left = timeout_ms - ((now.tv_sec - start.tv_sec) * 1000 +
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
        strcpy(status, "hang");
    else if (WIFSIGNALED(st))
        snprintf(status, sizeof(status), "crash:%s", strsignal(WTERMSIG(st)));
    else
        snprintf(status, sizeof(status), "exit:%d",
                 WIFEXITED(st) ? WEXITSTATUS(st) : -1);
    sweep_print_status(label, status);
}

/* Whether every probe and every mapped libvirt* file lies under expect. */
static int check_libs(const char *expect)
{
    char want[PATH_MAX], path[PATH_MAX];
    int ok = 1;
    if (!realpath(expect, want)) {
        printf("LIBCHECK FAIL cannot resolve %s\n", expect);
        return 0;
    }
    size_t wl = strlen(want);
    for (int i = 0; sweep_probes[i]; i++) {
        Dl_info info;
        if (!dladdr(sweep_probes[i], &info) || !info.dli_fname ||
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

int sweep_begin(const char *expect_env)
{
    const char *expect = getenv(expect_env);
    setvbuf(stdout, NULL, _IOLBF, 0);
    return !expect || check_libs(expect);
}
