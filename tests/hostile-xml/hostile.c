/* One hostile document through the public C API: virDomainDefineXML on
 * test:///default.  The document is built in memory (the 64 MiB one is
 * never written to disk), defined once, and one line is printed:
 *
 *   CASE RESULT CODE DOMAIN MS CPU_MS BASE_KIB PEAK_KIB LIB MESSAGE
 *
 * RESULT is "refused" or "defined"; CODE/DOMAIN the virError's; MS the
 * wall time of the call, CPU_MS its user + system CPU time (what a loaded
 * machine does not inflate); BASE_KIB the peak RSS before the call (the
 * document itself included), PEAK_KIB after it (getrusage ru_maxrss);
 * LIB the libvirt.so.0 this process mapped; MESSAGE the first 150 bytes
 * of the error message, newlines as "\n".
 *
 * usage: hostile CASE [FIFO]   (FIFO: path of a FIFO for the external
 * entity cases; opening it for reading would block forever) */
#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/resource.h>

static char *buf;
static size_t len, cap;

static void put(const char *s)
{
    size_t n = strlen(s);
    if (len + n + 1 > cap) {
        cap = (len + n + 1) * 2;
        buf = realloc(buf, cap);
        if (!buf) { perror("realloc"); exit(2); }
    }
    memcpy(buf + len, s, n + 1);
    len += n;
}

static void put_n(const char *s, size_t times)
{
    for (size_t i = 0; i < times; i++)
        put(s);
}

static const char *TAIL = "<name>hostile</name><memory>1024</memory>"
                          "<os><type>hvm</type></os></domain>";

static void quiet(void *opaque, virErrorPtr e)
{
    (void) opaque;
    (void) e;
}

static long peak_kib(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss;
}

static double cpu_ms(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return (ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1e3
        + (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e3;
}

static int build(const char *c, const char *fifo)
{
    char line[4096];
    if (!strcmp(c, "billion-laughs")) {
        put("<?xml version='1.0'?>\n<!DOCTYPE domain [\n <!ENTITY lol 'lol'>\n");
        for (int i = 1; i <= 9; i++) {
            snprintf(line, sizeof line, " <!ENTITY lol%d '", i);
            put(line);
            for (int j = 0; j < 10; j++) {
                if (i == 1)
                    snprintf(line, sizeof line, "&lol;");
                else
                    snprintf(line, sizeof line, "&lol%d;", i - 1);
                put(line);
            }
            put("'>\n");
        }
        put("]>\n<domain type='test'><name>bl</name><description>&lol9;</description>"
            "<memory>1024</memory><os><type>hvm</type></os></domain>\n");
    } else if (!strcmp(c, "quadratic-blowup")) {
        /* one 100 KB entity referenced 10 000 times: 1 GB if expanded */
        put("<!DOCTYPE domain [<!ENTITY a '");
        put_n("aaaaaaaaaa", 10000);
        put("'>]>\n<domain type='test'><name>qb</name><description>");
        put_n("&a;", 10000);
        put("</description><memory>1024</memory><os><type>hvm</type></os></domain>\n");
    } else if (!strcmp(c, "recursive-entity")) {
        put("<!DOCTYPE domain [<!ENTITY a '&b;'><!ENTITY b '&a;'>]>\n"
            "<domain type='test'><name>&a;</name><memory>1024</memory>"
            "<os><type>hvm</type></os></domain>\n");
    } else if (!strcmp(c, "external-entity")) {
        snprintf(line, sizeof line,
                 "<!DOCTYPE domain [<!ENTITY xxe SYSTEM 'file://%s'>]>\n"
                 "<domain type='test'><name>xxe</name><description>&xxe;</description>"
                 "<memory>1024</memory><os><type>hvm</type></os></domain>\n", fifo);
        put(line);
    } else if (!strcmp(c, "external-parameter-entity")) {
        snprintf(line, sizeof line,
                 "<!DOCTYPE domain [<!ENTITY %% p SYSTEM 'file://%s'> %%p;]>\n"
                 "<domain type='test'><name>pe</name><memory>1024</memory>"
                 "<os><type>hvm</type></os></domain>\n", fifo);
        put(line);
    } else if (!strcmp(c, "external-dtd")) {
        snprintf(line, sizeof line,
                 "<!DOCTYPE domain SYSTEM 'file://%s'>\n"
                 "<domain type='test'><name>&ext;</name><memory>1024</memory>"
                 "<os><type>hvm</type></os></domain>\n", fifo);
        put(line);
    } else if (!strcmp(c, "deep-nesting")) {
        put("<domain type='test'><name>deep</name><metadata>");
        put_n("<a>", 100000);
        put_n("</a>", 100000);
        put("</metadata><memory>1024</memory><os><type>hvm</type></os></domain>");
    } else if (!strcmp(c, "huge-attribute")) {
        put("<domain type='test'><name>big</name><metadata><x v='");
        char *chunk = malloc(1 << 20);
        memset(chunk, 'A', 1 << 20);
        chunk[(1 << 20) - 1] = 0;
        for (int i = 0; i < 64; i++)
            put(chunk);
        free(chunk);
        put_n("A", 64);
        put("'/></metadata><memory>1024</memory><os><type>hvm</type></os></domain>");
    } else if (!strcmp(c, "invalid-utf8")) {
        put("<domain type='test'><name>bad\xC3\x28utf8\xFF</name>");
        put("<memory>1024</memory><os><type>hvm</type></os></domain>");
    } else if (!strcmp(c, "control")) {
        put("<domain type='test'>");
        put(TAIL);
    } else {
        fprintf(stderr, "unknown case %s\n", c);
        return -1;
    }
    return 0;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: hostile CASE [FIFO]\n");
        return 2;
    }
    const char *fifo = argc > 2 ? argv[2] : "/nonexistent";
    if (build(argv[1], fifo) < 0)
        return 2;

    virSetErrorFunc(NULL, quiet);
    virConnectPtr conn = virConnectOpen("test:///default");
    if (!conn) {
        fprintf(stderr, "virConnectOpen failed\n");
        return 2;
    }
    long base = peak_kib();
    struct timespec t0, t1;
    double c0 = cpu_ms();
    clock_gettime(CLOCK_MONOTONIC, &t0);
    virDomainPtr dom = virDomainDefineXML(conn, buf);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double cpu = cpu_ms() - c0;
    long peak = peak_kib();
    double ms = (t1.tv_sec - t0.tv_sec) * 1e3 + (t1.tv_nsec - t0.tv_nsec) / 1e6;

    /* Which libvirt.so.0 is mapped. */
    char lib[512] = "?", l[1024];
    FILE *maps = fopen("/proc/self/maps", "r");
    while (maps && fgets(l, sizeof l, maps)) {
        char *p = strstr(l, "/libvirt.so.0");
        if (p) {
            char *s = strchr(l, '/');
            l[strcspn(l, "\n")] = 0;
            snprintf(lib, sizeof lib, "%s", s);
            break;
        }
    }
    if (maps)
        fclose(maps);

    char msg[160] = "";
    int code = 0, domain = 0;
    if (!dom) {
        virErrorPtr e = virGetLastError();
        if (e) {
            code = e->code;
            domain = e->domain;
            size_t o = 0;
            for (const char *m = e->message ? e->message : ""; *m && o < 150; m++) {
                if (*m == '\n') {
                    if (o + 2 >= 150) break;
                    msg[o++] = '\\';
                    msg[o++] = 'n';
                } else {
                    msg[o++] = *m;
                }
            }
            msg[o] = 0;
        }
    } else {
        virDomainUndefine(dom);
        virDomainFree(dom);
    }
    printf("%s %s %d %d %.1f %.1f %ld %ld %s %s\n", argv[1], dom ? "defined" : "refused",
           code, domain, ms, cpu, base, peak, lib, msg);
    virConnectClose(conn);
    return 0;
}
