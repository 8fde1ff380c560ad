/* The null-argument harness: what a generated call records. */
#ifndef NULLARGS_HARNESS_H
#define NULLARGS_HARNESS_H

enum kind { K_VOID, K_PTR, K_SIGNED, K_UNSIGNED };

struct result {
    enum kind kind;
    const void *ptr;
    long long s;
    unsigned long long u;
};

struct testcase {
    const char *lib;
    const char *name;
    void (*call)(struct result *r);
};

extern const struct testcase cases[];
extern void *const probes[];

#endif
