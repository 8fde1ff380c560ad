/* The null-argument harness: the cases gen.py generates (the result they
 * record is tests/lib/sweep-harness.h's). */
#ifndef NULLARGS_HARNESS_H
#define NULLARGS_HARNESS_H

#include "sweep-harness.h"

struct testcase {
    const char *lib;
    const char *name;
    sweep_call_fn call;
};

extern const struct testcase cases[];

#endif
