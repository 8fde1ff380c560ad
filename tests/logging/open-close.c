/* Opens and closes test:///default and prints which libvirt.so.0 answered. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>
#include <libvirt/libvirt.h>

int main(void)
{
    Dl_info info;
    virConnectPtr c = virConnectOpen("test:///default");
    if (!c)
        return 1;
    virConnectClose(c);
    if (!dladdr((void *) virConnectOpen, &info))
        return 1;
    printf("%s\n", info.dli_fname);
    return 0;
}
