/* hello.c: a short tour of the C API against the built-in test hypervisor
 * (test:///default: no daemon, no set-up). Run it with `make demo`.
 */
#include <stdio.h>
#include <stdlib.h>
#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

static const char *state_name(unsigned char s)
{
    static const char *names[] = { "no state", "running", "blocked", "paused",
                                   "shutting down", "shut off", "crashed",
                                   "suspended" };
    return s < sizeof(names) / sizeof(names[0]) ? names[s] : "?";
}

int main(void)
{
    unsigned long libver = 0;
    virConnectPtr conn = virConnectOpen("test:///default");
    if (!conn) {
        fprintf(stderr, "cannot open test:///default: %s\n", virGetLastErrorMessage());
        return 1;
    }

    char *host = virConnectGetHostname(conn);
    virConnectGetLibVersion(conn, &libver);
    printf("connected to %s (driver %s, libvirt API %lu.%lu.%lu) on host %s\n",
           "test:///default", virConnectGetType(conn),
           libver / 1000000, libver / 1000 % 1000, libver % 1000, host ? host : "?");
    free(host);

    virNodeInfo info;
    if (virNodeGetInfo(conn, &info) == 0)
        printf("node: model %s, %lu KiB memory, %u CPUs at %u MHz, %u NUMA cells\n",
               info.model, info.memory, info.cpus, info.mhz, info.nodes);

    virDomainPtr *domains = NULL;
    int n = virConnectListAllDomains(conn, &domains, 0);
    printf("%d domain(s):\n", n);
    for (int i = 0; i < n; i++) {
        virDomainInfo di;
        char uuid[VIR_UUID_STRING_BUFLEN];
        virDomainGetUUIDString(domains[i], uuid);
        if (virDomainGetInfo(domains[i], &di) == 0)
            printf("  %-8s id %d  %s  %s  %u vCPUs  %lu/%lu KiB\n",
                   virDomainGetName(domains[i]), (int) virDomainGetID(domains[i]),
                   uuid, state_name(di.state), di.nrVirtCpu, di.memory, di.maxMem);
        virDomainFree(domains[i]);
    }
    free(domains);

    virConnectClose(conn);
    return n < 0 ? 1 : 0;
}
