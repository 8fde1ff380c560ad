/* Shared helpers of the C-level tests.
 *
 * Every test prints one line per check and exits non-zero if any failed.
 * assert_loaded_ours() makes sure the process really runs the library under
 * test: with OXVIRT_EXPECT_OURS=1 the loaded libvirt.so.0 must live under
 * $OXVIRT_LIBDIR, else the test aborts. Without it the test also runs against
 * the system library, as a check that its expectations are libvirt's.
 */
#ifndef OXVIRT_CAPI_TESTS_COMMON_H
#define OXVIRT_CAPI_TESTS_COMMON_H

#ifndef _GNU_SOURCE
# define _GNU_SOURCE
#endif
#include <dlfcn.h>
#include <link.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

static int test_failures;
static int test_checks;

#define CHECK(cond, ...) \
    do { \
        test_checks++; \
        if (cond) { \
            printf("ok   "); \
        } else { \
            printf("FAIL "); \
            test_failures++; \
        } \
        printf(__VA_ARGS__); \
        printf("  [%s:%d]\n", __FILE__, __LINE__); \
        fflush(stdout); \
    } while (0)

/* A printable copy of s (newlines shown as \n), in one of two buffers. */
__attribute__((unused)) static const char *
test_escape(const char *s, int which)
{
    static char bufs[2][1024];
    char *b = bufs[which & 1];
    size_t i = 0;

    if (!s)
        return "(NULL)";
    for (; *s && i + 3 < sizeof(bufs[0]); s++) {
        if (*s == '\n') {
            b[i++] = '\\';
            b[i++] = 'n';
        } else {
            b[i++] = *s;
        }
    }
    b[i] = '\0';
    return b;
}

/* Compares two strings, NULL-safe, and shows both on failure. */
#define CHECK_STR(got, want, what) \
    do { \
        const char *g_ = (got), *w_ = (want); \
        int same_ = (g_ == NULL && w_ == NULL) || \
                    (g_ && w_ && strcmp(g_, w_) == 0); \
        CHECK(same_, "%s = \"%s\"%s%s%s", what, test_escape(g_, 0), \
              same_ ? "" : " (want \"", same_ ? "" : test_escape(w_, 1), \
              same_ ? "" : "\")"); \
    } while (0)

#define CHECK_INT(got, want, what) \
    do { \
        long long g_ = (got), w_ = (want); \
        CHECK(g_ == w_, "%s = %lld%s%lld%s", what, g_, \
              g_ == w_ ? " (" : " (want ", w_, ")"); \
    } while (0)

/* The path of the libvirt.so.0 this process loaded. */
static const char *
loaded_libvirt_path(void)
{
    static char path[PATH_MAX];
    struct link_map *lm = NULL;
    void *h = dlopen("libvirt.so.0", RTLD_NOW | RTLD_NOLOAD);

    if (!h)
        return "(libvirt.so.0 not loaded)";
    if (dlinfo(h, RTLD_DI_LINKMAP, &lm) != 0 || !lm) {
        dlclose(h);
        return "(unknown)";
    }
    if (!realpath(lm->l_name, path))
        snprintf(path, sizeof(path), "%s", lm->l_name);
    dlclose(h);
    return path;
}

static void
assert_loaded_ours(void)
{
    const char *expect = getenv("OXVIRT_EXPECT_OURS");
    const char *dir = getenv("OXVIRT_LIBDIR");
    const char *path = loaded_libvirt_path();
    unsigned long ver = 0;

    /* Resolve through the library, so it is the one answering calls. */
    virGetVersion(&ver, NULL, NULL);
    printf("libvirt.so.0 loaded from %s (version %lu)\n", path, ver);

    if (expect && strcmp(expect, "1") == 0) {
        char want[PATH_MAX];
        if (!dir || !*dir) {
            fprintf(stderr, "OXVIRT_EXPECT_OURS=1 needs OXVIRT_LIBDIR\n");
            abort();
        }
        if (!realpath(dir, want))
            snprintf(want, sizeof(want), "%s", dir);
        if (!strstr(path, want)) {
            fprintf(stderr, "loaded %s, not the library under %s\n", path, want);
            abort();
        }
    }
}

/* Whether the library under test is ours (for the few known differences). */
static int __attribute__((unused))
testing_ours(void)
{
    const char *expect = getenv("OXVIRT_EXPECT_OURS");
    return expect && strcmp(expect, "1") == 0;
}

/* Runs fn(arg) with stderr captured into buf (NUL-terminated). */
static void __attribute__((unused))
capture_stderr(void (*fn)(void *), void *arg, char *buf, size_t len)
{
    char tmpl[] = "/tmp/oxvirt-capi-XXXXXX";
    int fd = mkstemp(tmpl);
    int saved;
    ssize_t got;

    buf[0] = '\0';
    if (fd < 0)
        return;
    unlink(tmpl);
    fflush(stderr);
    saved = dup(2);
    dup2(fd, 2);
    fn(arg);
    fflush(stderr);
    dup2(saved, 2);
    close(saved);
    lseek(fd, 0, SEEK_SET);
    got = read(fd, buf, len - 1);
    buf[got > 0 ? got : 0] = '\0';
    close(fd);
}

__attribute__((unused)) static int
test_finish(const char *name)
{
    printf("%s: %d checks, %d failed\n", name, test_checks, test_failures);
    return test_failures ? 1 : 0;
}

#endif /* OXVIRT_CAPI_TESTS_COMMON_H */
