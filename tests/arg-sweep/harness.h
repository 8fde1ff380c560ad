/* The argument-sweep harness: the objects a generated call uses (the result
 * it records is tests/lib/sweep-harness.h's). */
#ifndef ARGSWEEP_HARNESS_H
#define ARGSWEEP_HARNESS_H

#include <libvirt/libvirt.h>
#include <libvirt/libvirt-admin.h>
#include "sweep-harness.h"

/* Valid handles, from one connection: objs[0] read-write, objs[1] read-only. */
struct objs {
    virConnectPtr conn;
    virDomainPtr dom;
    virNetworkPtr net;
    virNetworkPortPtr port;
    virStoragePoolPtr pool;
    virStorageVolPtr vol;
    virInterfacePtr iface;
    virNodeDevicePtr dev;
    virSecretPtr secret;
    virNWFilterPtr nwfilter;
    virNWFilterBindingPtr binding;
    virDomainSnapshotPtr snap;
    virDomainCheckpointPtr cp;
    virStreamPtr stream;
    virAdmConnectPtr adm;
    virAdmServerPtr srv;
    virAdmClientPtr cli;
};

#define NEED_CONN     (1u << 0)
#define NEED_DOM      (1u << 1)
#define NEED_NET      (1u << 2)
#define NEED_PORT     (1u << 3)
#define NEED_POOL     (1u << 4)
#define NEED_VOL      (1u << 5)
#define NEED_IFACE    (1u << 6)
#define NEED_DEV      (1u << 7)
#define NEED_SECRET   (1u << 8)
#define NEED_NWFILTER (1u << 9)
#define NEED_BINDING  (1u << 10)
#define NEED_SNAP     (1u << 11)
#define NEED_CP       (1u << 12)
#define NEED_STREAM   (1u << 13)
#define NEED_ADM      (1u << 14)
#define NEED_SRV      (1u << 15)
#define NEED_CLI      (1u << 16)

struct testcase {
    const char *lib;
    const char *header;
    const char *name;
    const char *variant;
    int ro;          /* uses objs[1] */
    unsigned need;   /* NEED_* of the handles it takes */
    sweep_call_fn call;
};

extern struct objs objs[2];
extern const struct testcase cases[];

void *sweep_buf(void);
virDomainPtr *sweep_domlist(struct objs *o);
int sweep_noop(void);
virTypedParameterPtr sweep_params(void);
int *sweep_int(int value);
#define sweep_noop_fn ((void (*)(void)) sweep_noop)

#endif
