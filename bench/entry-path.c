/* Entry-path cost on the default domain of test:///default: getinfo,
 * lookup + free, and a failing lookup (the error path). Prints ns per call.
 * Run through run-entry-path.sh, which interleaves libraries. */
#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>
#include <stdio.h>
#include <time.h>

static double
now(void)
{
    struct timespec t;

    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

/* The failing lookups would print every error otherwise. */
static void
quiet(void *opaque, virErrorPtr err)
{
    (void) opaque;
    (void) err;
}

int
main(void)
{
    virConnectPtr conn;
    virDomainPtr dom;
    virDomainInfo info;
    double t0;
    int i, n;

    virSetErrorFunc(NULL, quiet);
    conn = virConnectOpen("test:///default");
    dom = conn ? virDomainLookupByName(conn, "test") : NULL;
    if (!dom) {
        fprintf(stderr, "no default domain\n");
        return 1;
    }

    n = 2000000;
    t0 = now();
    for (i = 0; i < n; i++)
        virDomainGetInfo(dom, &info);
    printf("getinfo %.0f ns\n", (now() - t0) / n * 1e9);

    n = 1000000;
    t0 = now();
    for (i = 0; i < n; i++)
        virDomainFree(virDomainLookupByName(conn, "test"));
    printf("lookup+free %.0f ns\n", (now() - t0) / n * 1e9);

    n = 300000;
    t0 = now();
    for (i = 0; i < n; i++)
        virDomainLookupByName(conn, "nope");
    printf("failing lookup %.0f ns\n", (now() - t0) / n * 1e9);

    virDomainFree(dom);
    virConnectClose(conn);
    return 0;
}
