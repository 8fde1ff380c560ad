/* virConnectAuthPtrDefault: the credential types it offers and how its
 * callback answers them from stdin (defaults for empty answers, PolicyKit
 * only for external credentials). Passes on the C library too.
 */
#include "common.h"

static void
feed_stdin(const char *text)
{
    char path[] = "/tmp/oxvirt-auth-XXXXXX";
    int fd = mkstemp(path);
    if (fd < 0 || write(fd, text, strlen(text)) != (ssize_t) strlen(text))
        abort();
    close(fd);
    if (!freopen(path, "r", stdin))
        abort();
    unlink(path);
}

int
main(void)
{
    assert_loaded_lib();

    virConnectAuthPtr a = virConnectAuthPtrDefault;
    CHECK(a != NULL && a->cb != NULL, "default auth has a callback");
    CHECK_INT(a->ncredtype, 6, "credential types offered");
    int want[] = { VIR_CRED_AUTHNAME, VIR_CRED_ECHOPROMPT, VIR_CRED_REALM,
                   VIR_CRED_PASSPHRASE, VIR_CRED_NOECHOPROMPT, VIR_CRED_EXTERNAL };
    for (int i = 0; i < 6 && a->credtype; i++)
        CHECK_INT(a->credtype[i], want[i], "credential type");

    feed_stdin("alice\n\nsecret\n");
    virConnectCredential cred[3] = {
        { .type = VIR_CRED_AUTHNAME, .prompt = "User", .defresult = "root" },
        { .type = VIR_CRED_REALM, .prompt = "Realm", .defresult = "home" },
        { .type = VIR_CRED_PASSPHRASE, .prompt = "Password" },
    };
    CHECK_INT(a->cb(cred, 3, a->cbdata), 0, "callback answers three credentials");
    CHECK_STR(cred[0].result, "alice", "typed answer");
    CHECK_INT(cred[0].resultlen, 5, "its length");
    CHECK_STR(cred[1].result, "home", "empty answer takes the default");
    CHECK_STR(cred[2].result, "secret", "passphrase");
    for (int i = 0; i < 3; i++)
        free(cred[i].result);

    feed_stdin("");
    virConnectCredential eof = { .type = VIR_CRED_ECHOPROMPT, .prompt = "Say" };
    CHECK_INT(a->cb(&eof, 1, a->cbdata), 0, "end of input is an empty answer");
    CHECK_STR(eof.result, "", "no default: empty string");
    free(eof.result);

    virConnectCredential pk = { .type = VIR_CRED_EXTERNAL, .challenge = "PolicyKit" };
    CHECK_INT(a->cb(&pk, 1, a->cbdata), 0, "PolicyKit external credential is skipped");
    CHECK(pk.result == NULL, "and gets no result");
    virConnectCredential other = { .type = VIR_CRED_EXTERNAL, .challenge = "other" };
    CHECK_INT(a->cb(&other, 1, a->cbdata), -1, "other external credential fails");
    virConnectCredential cnonce = { .type = VIR_CRED_CNONCE, .prompt = "x" };
    CHECK_INT(a->cb(&cnonce, 1, a->cbdata), -1, "unsupported credential type fails");

    printf("\n");
    return test_finish("test-auth-default");
}
