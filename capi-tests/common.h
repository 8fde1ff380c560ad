/* Shared helpers of the C-level tests.
 *
 * Every test prints one line per check and exits non-zero if any failed.
 * assert_loaded_lib() makes sure the process really runs the library under
 * test, ours or the C library (see test_expected_lib below); a run that
 * loaded the other one, or that does not say which it expects, aborts.
 * scripts/run-capi-test.sh runs every test on both.
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

/* Which library a run must have loaded, from the environment:
 *   OXVIRT_EXPECT=ours    libvirt.so.0 under $OXVIRT_LIBDIR, and it is oxvirt
 *                         (exports oxvirt_private_* and none of libvirt's
 *                         LIBVIRT_PRIVATE_* internals);
 *   OXVIRT_EXPECT=system  the C library: libvirt.so.0 in $OXVIRT_SYSTEM_LIBDIR
 *                         (default /usr/lib/x86_64-linux-gnu), exporting
 *                         libvirt's internals and nothing of oxvirt.
 * OXVIRT_EXPECT_OURS=1 (the older spelling) means OXVIRT_EXPECT=ours.
 * A run with neither aborts: every run says which library it tests. */
#define TEST_LIB_OURS 1
#define TEST_LIB_SYSTEM 2

static int
test_expected_lib(void)
{
    const char *e = getenv("OXVIRT_EXPECT");
    const char *old = getenv("OXVIRT_EXPECT_OURS");

    if (e && strcmp(e, "ours") == 0)
        return TEST_LIB_OURS;
    if (e && strcmp(e, "system") == 0)
        return TEST_LIB_SYSTEM;
    if (!e && old && strcmp(old, "1") == 0)
        return TEST_LIB_OURS;
    fprintf(stderr, "set OXVIRT_EXPECT=ours (with OXVIRT_LIBDIR) or OXVIRT_EXPECT=system\n");
    abort();
}

/* The path of the libvirt.so.0 this process loaded, and whether it exports
 * oxvirt's private entry points and libvirt's internal ones. */
static const char *
loaded_libvirt_path(int *has_oxvirt, int *has_libvirt_internal)
{
    static char path[PATH_MAX];
    struct link_map *lm = NULL;
    void *h = dlopen("libvirt.so.0", RTLD_NOW | RTLD_NOLOAD);

    *has_oxvirt = *has_libvirt_internal = 0;
    if (!h)
        return "(libvirt.so.0 not loaded)";
    /* Only oxvirt has these: the companions' forwarding targets. */
    *has_oxvirt = dlsym(h, "oxvirt_private_virAdmConnectClose") != NULL;
    /* Only the C library has these: its LIBVIRT_PRIVATE_* utilities. */
    *has_libvirt_internal = dlsym(h, "virFileExists") != NULL &&
                            dlsym(h, "virObjectUnref") != NULL;
    if (dlinfo(h, RTLD_DI_LINKMAP, &lm) != 0 || !lm) {
        dlclose(h);
        return "(unknown)";
    }
    if (!realpath(lm->l_name, path))
        snprintf(path, sizeof(path), "%s", lm->l_name);
    dlclose(h);
    return path;
}

/* Whether path lies directly in directory dir (after resolving links). */
static int
test_path_in_dir(const char *path, const char *dir)
{
    char want[PATH_MAX];
    size_t n;

    if (!realpath(dir, want))
        return 0;
    n = strlen(want);
    return strncmp(path, want, n) == 0 && path[n] == '/' && !strchr(path + n + 1, '/');
}

/* Aborts unless the process runs the library the environment names. */
static void
assert_loaded_lib(void)
{
    int want = test_expected_lib();
    int has_oxvirt, has_internal;
    const char *path = loaded_libvirt_path(&has_oxvirt, &has_internal);
    const char *dir;
    unsigned long ver = 0;

    /* Resolve through the library, so it is the one answering calls. */
    virGetVersion(&ver, NULL, NULL);
    printf("libvirt.so.0 loaded from %s (version %lu), expected: %s\n", path, ver,
           want == TEST_LIB_OURS ? "ours" : "system");

    if (want == TEST_LIB_OURS) {
        dir = getenv("OXVIRT_LIBDIR");
        if (!dir || !*dir) {
            fprintf(stderr, "OXVIRT_EXPECT=ours needs OXVIRT_LIBDIR\n");
            abort();
        }
        if (!test_path_in_dir(path, dir) || !has_oxvirt || has_internal) {
            fprintf(stderr, "loaded %s (oxvirt entry points: %d, libvirt internals: %d), "
                    "not oxvirt's library in %s\n", path, has_oxvirt, has_internal, dir);
            abort();
        }
    } else {
        dir = getenv("OXVIRT_SYSTEM_LIBDIR");
        if (!dir || !*dir)
            dir = "/usr/lib/x86_64-linux-gnu";
        if (!test_path_in_dir(path, dir) || has_oxvirt || !has_internal) {
            fprintf(stderr, "loaded %s (oxvirt entry points: %d, libvirt internals: %d), "
                    "not the C library in %s\n", path, has_oxvirt, has_internal, dir);
            abort();
        }
    }
    if (ver != 9000000) {
        fprintf(stderr, "virGetVersion gives %lu, not 9000000\n", ver);
        abort();
    }
}

/* Whether the library under test is ours (for the few known differences). */
static int __attribute__((unused))
testing_ours(void)
{
    return test_expected_lib() == TEST_LIB_OURS;
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
