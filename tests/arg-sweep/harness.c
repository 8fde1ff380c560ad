/* Opens test:///default read-write and read-only, obtains one object of each
 * kind from each connection, then runs every generated case in a forked
 * child (the test driver lives in this process, so each child starts from
 * the same state and changes nothing the next case sees; tests/lib/
 * sweep-harness.c does the forking, timing and recording) and prints:
 *   OBJ <rw|ro> <object> <ok|none> [code domain message]
 *   header TAB name TAB variant TAB status TAB ret TAB is-error TAB code TAB domain TAB message
 * status is "ok", "noobj:<object>" (a handle the case needs could not be
 * obtained: not called), "crash:<signal>", "hang" or "exit:<n>".
 *
 * With OXSWEEP_EXPECT_DIR set, first checks that every libvirt library this
 * process mapped comes from that directory and prints "LIBCHECK ok" or
 * "LIBCHECK FAIL <why>".  OXSWEEP_SCRATCH names a directory under which each
 * child gets its own working directory (for the files save/dump write). */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <fcntl.h>
#include <unistd.h>
#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>
#include "harness.h"

#define CHILD_ALARM 2
#define PARENT_TIMEOUT_MS 4000
#define URI "test:///default"
#define CPDOM_XML "<domain type='test'><name>sweep-cpdom</name><memory>1024</memory>" \
    "<os><type>hvm</type></os><devices><disk type='file' device='disk'>" \
    "<source file='/guest/sweep'/><target dev='vda' bus='virtio'/></disk></devices></domain>"

struct objs objs[2];

void *sweep_buf(void)
{
    return calloc(1, 65536);
}

virDomainPtr *sweep_domlist(struct objs *o)
{
    virDomainPtr *l = calloc(2, sizeof(*l));
    l[0] = o->dom;
    return l;
}

/* A heap array (the ...Free functions free it) of one typed parameter. */
virTypedParameterPtr sweep_params(void)
{
    virTypedParameterPtr p = sweep_buf();
    strcpy(p->field, "sweep");
    p->type = VIR_TYPED_PARAM_UINT;
    p->value.ui = 1;
    return p;
}

/* A zeroed heap buffer whose first int is value (an in/out count). */
int *sweep_int(int value)
{
    int *p = sweep_buf();
    *p = value;
    return p;
}

int sweep_noop(void)
{
    return 0;
}

/* The child: quiet stdio, its own working directory, then the call. */
struct child {
    const struct testcase *t;
    int idx;
    const char *label;
};

static void run_child(void *ctx, int fd)
{
    const struct child *c = ctx;
    const char *scratch = getenv("OXSWEEP_SCRATCH");
    int devnull = open("/dev/null", O_RDWR);
    if (devnull >= 0) {
        dup2(devnull, 0);
        dup2(devnull, 1);
        dup2(devnull, 2);
    }
    if (scratch) {
        char dir[PATH_MAX];
        snprintf(dir, sizeof(dir), "%s/%d", scratch, c->idx);
        if (mkdir(dir, 0700) < 0 && errno != EEXIST)
            _exit(4);
        if (chdir(dir) < 0)
            _exit(4);
    }
    sweep_call(fd, c->label, CHILD_ALARM, NULL, c->t->call);
}

static const char *missing(const struct testcase *t)
{
    static const char *names[] = {
        "conn", "dom", "net", "port", "pool", "vol", "iface", "dev", "secret",
        "nwfilter", "binding", "snap", "cp", "stream", "adm", "srv", "cli",
    };
    const struct objs *o = &objs[t->ro];
    const void *have[] = {
        o->conn, o->dom, o->net, o->port, o->pool, o->vol, o->iface, o->dev,
        o->secret, o->nwfilter, o->binding, o->snap, o->cp, o->stream, o->adm,
        o->srv, o->cli,
    };
    for (unsigned i = 0; i < sizeof(names) / sizeof(names[0]); i++)
        if ((t->need & (1u << i)) && !have[i])
            return names[i];
    return NULL;
}

static void run_case(const struct testcase *t, int idx)
{
    char label[512], status[64];
    snprintf(label, sizeof(label), "%s\t%s\t%s", t->header, t->name, t->variant);
    const char *miss = missing(t);
    if (miss) {
        snprintf(status, sizeof(status), "noobj:%s", miss);
        sweep_print_status(label, status);
        return;
    }
    struct child c = { t, idx, label };
    sweep_fork(label, PARENT_TIMEOUT_MS, run_child, &c);
}

/* Records whether an object could be obtained (and the error if not). */
static void *obj(const char *set, const char *what, void *p)
{
    char msg[1024];
    if (p) {
        printf("OBJ %s %s ok\n", set, what);
    } else {
        sweep_escape(msg, sizeof(msg), virGetLastErrorMessage());
        printf("OBJ %s %s none %d %d %s\n", set, what, virGetLastErrorCode(),
               virGetLastErrorDomain(), msg);
    }
    virResetLastError();
    return p;
}

static void setup(void)
{
    for (int i = 0; i < 2; i++) {
        struct objs *o = &objs[i];
        const char *s = i ? "ro" : "rw";
        o->conn = obj(s, "conn", i ? virConnectOpenReadOnly(URI) : virConnectOpen(URI));
        if (!o->conn)
            continue;
        o->dom = obj(s, "dom", virDomainLookupByName(o->conn, "test"));
        o->net = obj(s, "net", virNetworkLookupByName(o->conn, "default"));
        o->pool = obj(s, "pool", virStoragePoolLookupByName(o->conn, "default-pool"));
        o->iface = obj(s, "iface", virInterfaceLookupByName(o->conn, "eth1"));
        o->dev = obj(s, "dev", virNodeDeviceLookupByName(o->conn, "computer"));
        /* The test driver starts without these: the read-write set creates
         * them, the read-only one looks them up (the two connections share
         * the driver's state, in the C library as in ours). */
        if (i == 0) {
            if (o->pool)
                o->vol = obj(s, "vol", virStorageVolCreateXML(o->pool,
                    "<volume><name>sweep-vol</name><capacity>1048576</capacity></volume>", 0));
            if (o->dom)
                o->snap = obj(s, "snap", virDomainSnapshotCreateXML(o->dom,
                    "<domainsnapshot><name>sweep-snap</name></domainsnapshot>", 0));
            /* The test driver refuses a checkpoint on a domain with a
             * snapshot: the checkpoint goes on a second, transient domain. */
            virDomainPtr cpdom = obj(s, "cpdom", virDomainCreateXML(o->conn, CPDOM_XML, 0));
            if (cpdom)
                o->cp = obj(s, "cp", virDomainCheckpointCreateXML(cpdom,
                    "<domaincheckpoint><name>sweep-cp</name></domaincheckpoint>", 0));
            o->secret = obj(s, "secret", virSecretDefineXML(o->conn,
                "<secret ephemeral='no' private='no'><uuid>0a81f5b2-8403-7b23-c8d6-21ccc2f80d6f</uuid>"
                "<usage type='volume'><volume>/sweep</volume></usage></secret>", 0));
            o->nwfilter = obj(s, "nwfilter", virNWFilterDefineXML(o->conn,
                "<filter name='sweep' chain='root'></filter>"));
            if (o->net)
                o->port = obj(s, "port", virNetworkPortCreateXML(o->net,
                    "<networkport><owner><name>test</name><uuid>6695eb01-f6a4-8304-79aa-97f2502e193f</uuid>"
                    "</owner><mac address='aa:bb:cc:dd:ee:09'/></networkport>", 0));
            o->binding = obj(s, "binding", virNWFilterBindingCreateXML(o->conn,
                "<filterbinding><owner><name>test</name><uuid>6695eb01-f6a4-8304-79aa-97f2502e193f</uuid>"
                "</owner><portdev name='vnet9'/><mac address='aa:bb:cc:dd:ee:09'/>"
                "<filterref filter='sweep'/></filterbinding>", 0));
        } else {
            if (o->pool)
                o->vol = obj(s, "vol", virStorageVolLookupByName(o->pool, "sweep-vol"));
            if (o->dom)
                o->snap = obj(s, "snap", virDomainSnapshotLookupByName(o->dom, "sweep-snap", 0));
            virDomainPtr cpdom = obj(s, "cpdom", virDomainLookupByName(o->conn, "sweep-cpdom"));
            if (cpdom)
                o->cp = obj(s, "cp", virDomainCheckpointLookupByName(cpdom, "sweep-cp", 0));
            o->secret = obj(s, "secret", virSecretLookupByUUIDString(o->conn,
                "0a81f5b2-8403-7b23-c8d6-21ccc2f80d6f"));
            o->nwfilter = obj(s, "nwfilter", virNWFilterLookupByName(o->conn, "sweep"));
            if (objs[0].port)
                o->port = obj(s, "port", virNetworkPortLookupByUUIDString(o->net,
                    "0a81f5b2-8403-7b23-c8d6-21ccc2f80d6f"));
            o->binding = obj(s, "binding", virNWFilterBindingLookupByPortDev(o->conn, "vnet9"));
        }
        o->stream = obj(s, "stream", virStreamNew(o->conn, 0));
    }
    /* The admin handles stay NULL: no daemon runs here, and opening an admin
     * connection in a process that already made libvirt.so.0 objects makes
     * the C library crash (both libraries register the same GObject type
     * names); virAdmConnectOpen itself runs as a case in its child. */
    printf("OBJ rw adm none not tried\n");
}

int main(int argc, char **argv)
{
    const char *only = argc > 1 ? argv[1] : NULL;
    if (!sweep_begin("OXSWEEP_EXPECT_DIR"))
        return 1;
    /* What an application using events does first; it also lets the test
     * driver create its event timer. */
    if (virInitialize() < 0 || virEventRegisterDefaultImpl() < 0) {
        printf("SETUP FAIL %s\n", virGetLastErrorMessage());
        return 1;
    }
    setup();
    /* Children are forked from here: say how many threads the library had
     * started by now (a lock held by another thread at fork time would stay
     * held in the child; compare.py fails the run on more than one). */
    int threads = 0;
    DIR *d = opendir("/proc/self/task");
    for (struct dirent *e; d && (e = readdir(d));)
        threads += e->d_name[0] != '.';
    if (d) closedir(d);
    printf("THREADS %d\n", threads);
    for (int i = 0; cases[i].name; i++) {
        const struct testcase *t = &cases[i];
        if (only && strcmp(only, t->name) != 0) continue;
        run_case(t, i);
    }
    return 0;
}
