/* virTypedParams*: adding, reading, growth of the array, validation and the
 * errors libvirt reports, and freeing with the C allocator. */
#include "common.h"

static int handler_calls;

static void
quiet_handler(void *opaque, virErrorPtr err)
{
    (void)opaque;
    (void)err;
    handler_calls++;
}

static void
check_last(int code, const char *msg, const char *what)
{
    char label[256];
    snprintf(label, sizeof(label), "%s: error code", what);
    CHECK_INT(virGetLastErrorCode(), code, label);
    snprintf(label, sizeof(label), "%s: error domain", what);
    CHECK_INT(virGetLastErrorDomain(), VIR_FROM_NONE, label);
    snprintf(label, sizeof(label), "%s: message", what);
    CHECK_STR(virGetLastErrorMessage(), msg, label);
}

static void
test_add_and_get(void)
{
    virTypedParameterPtr params = NULL;
    int n = 0, max = 0;
    int i;
    unsigned int ui;
    long long l;
    unsigned long long ul;
    double d;
    int b;
    const char *s;
    virTypedParameterPtr p;
    static const int want_max[] = { 1, 2, 3, 4, 6, 6, 9, 9, 9 };

    CHECK_INT(virTypedParamsAddInt(&params, &n, &max, "int", -42), 0, "AddInt");
    CHECK_INT(virTypedParamsAddUInt(&params, &n, &max, "uint", 4000000000U), 0, "AddUInt");
    CHECK_INT(virTypedParamsAddLLong(&params, &n, &max, "llong", -5000000000LL), 0, "AddLLong");
    CHECK_INT(virTypedParamsAddULLong(&params, &n, &max, "ullong", 18000000000000000000ULL), 0, "AddULLong");
    CHECK_INT(virTypedParamsAddDouble(&params, &n, &max, "double", 2.5), 0, "AddDouble");
    CHECK_INT(virTypedParamsAddBoolean(&params, &n, &max, "bool", 7), 0, "AddBoolean");
    CHECK_INT(virTypedParamsAddString(&params, &n, &max, "string", "hello"), 0, "AddString");
    CHECK_INT(virTypedParamsAddString(&params, &n, &max, "nullstr", NULL), 0, "AddString NULL value");
    CHECK_INT(virTypedParamsAddInt(&params, &n, &max, "int", 99), 0, "AddInt duplicate name is accepted");
    CHECK_INT(n, 9, "nparams after 9 adds");
    CHECK_INT(max, want_max[8], "maxparams after 9 adds");
    CHECK(virGetLastError() == NULL, "no error after successful adds");

    CHECK_INT(virTypedParamsGetInt(params, n, "int", &i), 1, "GetInt found");
    CHECK_INT(i, -42, "GetInt value (first of duplicates)");
    CHECK_INT(virTypedParamsGetUInt(params, n, "uint", &ui), 1, "GetUInt found");
    CHECK_INT(ui, 4000000000U, "GetUInt value");
    CHECK_INT(virTypedParamsGetLLong(params, n, "llong", &l), 1, "GetLLong found");
    CHECK_INT(l, -5000000000LL, "GetLLong value");
    CHECK_INT(virTypedParamsGetULLong(params, n, "ullong", &ul), 1, "GetULLong found");
    CHECK(ul == 18000000000000000000ULL, "GetULLong value");
    CHECK_INT(virTypedParamsGetDouble(params, n, "double", &d), 1, "GetDouble found");
    CHECK(d == 2.5, "GetDouble value");
    CHECK_INT(virTypedParamsGetBoolean(params, n, "bool", &b), 1, "GetBoolean found");
    CHECK_INT(b, 1, "GetBoolean value normalised to 1");
    CHECK_INT(params[5].value.b, 1, "stored boolean is 1");
    CHECK_INT(virTypedParamsGetString(params, n, "string", &s), 1, "GetString found");
    CHECK_STR(s, "hello", "GetString value");
    CHECK(s == params[6].value.s, "GetString returns the array's own string");
    CHECK_INT(virTypedParamsGetString(params, n, "nullstr", &s), 1, "GetString of NULL-added");
    CHECK_STR(s, "", "NULL string value stored as empty string");
    CHECK_INT(virTypedParamsGetInt(params, n, "int", NULL), 1, "GetInt with NULL value pointer");

    CHECK_INT(virTypedParamsGetInt(params, n, "missing", &i), 0, "GetInt missing");
    CHECK(virGetLastError() == NULL, "missing parameter is no error");
    CHECK_INT(virTypedParamsGetInt(params, n, NULL, &i), 0, "GetInt NULL name");
    CHECK_INT(virTypedParamsGetInt(NULL, 0, "int", &i), 0, "GetInt NULL params");
    CHECK_INT(virTypedParamsGetInt(params, 0, "int", &i), 0, "GetInt nparams 0");

    p = virTypedParamsGet(params, n, "double");
    CHECK(p == &params[4], "virTypedParamsGet finds the parameter");
    CHECK(virTypedParamsGet(params, n, "nope") == NULL, "virTypedParamsGet missing");
    CHECK(virTypedParamsGet(params, n, NULL) == NULL, "virTypedParamsGet NULL name");
    CHECK(virTypedParamsGet(NULL, n, "int") == NULL, "virTypedParamsGet NULL params");
    CHECK_STR(params[2].field, "llong", "field name stored");
    CHECK_INT(params[2].type, VIR_TYPED_PARAM_LLONG, "type stored");

    handler_calls = 0;
    CHECK_INT(virTypedParamsGetInt(params, n, "string", &i), -1, "GetInt on a string");
    check_last(VIR_ERR_INVALID_ARG,
               "invalid argument: Invalid type 'int' requested for parameter "
               "'string', actual type is 'string'", "type mismatch");
    CHECK_INT(handler_calls, 1, "error handler called once");
    {
        virErrorPtr e = virGetLastError();
        CHECK(e != NULL, "virGetLastError after type mismatch");
        if (e) {
            CHECK_STR(e->str1, "invalid argument: %s", "str1");
            CHECK_STR(e->str2, "Invalid type 'int' requested for parameter "
                      "'string', actual type is 'string'", "str2");
            CHECK(e->str3 == NULL, "str3 NULL");
            CHECK_INT(e->int1, -1, "int1");
            CHECK_INT(e->int2, -1, "int2");
            CHECK_INT(e->level, VIR_ERR_ERROR, "level");
        }
    }
    CHECK_INT(virTypedParamsGetBoolean(params, n, "double", &b), -1, "GetBoolean on a double");
    check_last(VIR_ERR_INVALID_ARG,
               "invalid argument: Invalid type 'boolean' requested for parameter "
               "'double', actual type is 'double'", "type mismatch 2");
    /* virTypedParamsGet reports nothing and does not reset */
    virTypedParamsGet(params, n, "int");
    CHECK_INT(virGetLastErrorCode(), VIR_ERR_INVALID_ARG, "virTypedParamsGet keeps the last error");
    /* typed getters reset the last error */
    CHECK_INT(virTypedParamsGetString(params, n, "string", &s), 1, "GetString found again");
    CHECK(virGetLastError() == NULL, "successful getter resets the last error");

    virTypedParamsFree(params, n);
}

static void
test_growth(void)
{
    virTypedParameterPtr params = NULL;
    int n = 0, max = 0, k;
    static const int want_max[] = { 1, 2, 3, 4, 6, 6, 9, 9, 9, 13, 13, 13, 13, 19 };
    char name[32];
    int ok = 1;

    for (k = 0; k < 14; k++) {
        snprintf(name, sizeof(name), "p%d", k);
        if (virTypedParamsAddInt(&params, &n, &max, name, k) != 0 ||
            max != want_max[k] || n != k + 1)
            ok = 0;
    }
    CHECK(ok, "array grows by what is missing, at least half (max %d)", max);
    virTypedParamsFree(params, n);

    /* caller-provided capacity is used as is */
    params = calloc(4, sizeof(*params));
    n = 0;
    max = 4;
    {
        virTypedParameterPtr before = params;
        CHECK_INT(virTypedParamsAddInt(&params, &n, &max, "a", 1), 0, "add into preallocated");
        CHECK(params == before && max == 4, "preallocated array not reallocated");
    }
    virTypedParamsFree(params, n);
}

static void
test_field_names(void)
{
    virTypedParameterPtr params = NULL;
    int n = 0, max = 0;
    char longname[81];
    char ok79[80];
    char want[200];

    memset(longname, 'x', 80);
    longname[80] = '\0';
    memset(ok79, 'y', 79);
    ok79[79] = '\0';

    CHECK_INT(virTypedParamsAddInt(&params, &n, &max, ok79, 1), 0, "79-char field name");
    CHECK_STR(params[0].field, ok79, "79-char field stored");
    CHECK_INT(virTypedParamsAddInt(&params, &n, &max, longname, 1), -1, "80-char field name");
    snprintf(want, sizeof(want), "internal error: Field name '%s' too long", longname);
    check_last(VIR_ERR_INTERNAL_ERROR, want, "too long");
    CHECK_INT(n, 1, "nparams unchanged after failure");
    CHECK_INT(max, 2, "array grown before the failure");
    CHECK_INT(virTypedParamsAddString(&params, &n, &max, longname, "v"), -1, "80-char string field");
    CHECK_INT(n, 1, "nparams unchanged");
    virTypedParamsFree(params, n);
}

static void
test_from_string(void)
{
    virTypedParameterPtr params = NULL;
    int n = 0, max = 0;
    int i, b;
    unsigned int ui;
    long long l;
    unsigned long long ul;
    double d;
    const char *s;

    CHECK_INT(virTypedParamsAddFromString(&params, &n, &max, "i", VIR_TYPED_PARAM_INT, "-17"), 0, "FromString int");
    CHECK_INT(virTypedParamsAddFromString(&params, &n, &max, "u", VIR_TYPED_PARAM_UINT, "-1"), 0, "FromString uint -1");
    CHECK_INT(virTypedParamsAddFromString(&params, &n, &max, "l", VIR_TYPED_PARAM_LLONG, "-9000000000"), 0, "FromString llong");
    CHECK_INT(virTypedParamsAddFromString(&params, &n, &max, "ul", VIR_TYPED_PARAM_ULLONG, "18446744073709551615"), 0, "FromString ullong");
    CHECK_INT(virTypedParamsAddFromString(&params, &n, &max, "d", VIR_TYPED_PARAM_DOUBLE, "0.25"), 0, "FromString double");
    CHECK_INT(virTypedParamsAddFromString(&params, &n, &max, "b", VIR_TYPED_PARAM_BOOLEAN, "TrUe"), 0, "FromString boolean");
    CHECK_INT(virTypedParamsAddFromString(&params, &n, &max, "s", VIR_TYPED_PARAM_STRING, "text"), 0, "FromString string");
    CHECK_INT(n, 7, "nparams");

    virTypedParamsGetInt(params, n, "i", &i);
    CHECK_INT(i, -17, "int value");
    virTypedParamsGetUInt(params, n, "u", &ui);
    CHECK_INT(ui, 4294967295U, "uint -1 wraps to UINT_MAX");
    virTypedParamsGetLLong(params, n, "l", &l);
    CHECK_INT(l, -9000000000LL, "llong value");
    virTypedParamsGetULLong(params, n, "ul", &ul);
    CHECK(ul == 18446744073709551615ULL, "ullong value");
    virTypedParamsGetDouble(params, n, "d", &d);
    CHECK(d == 0.25, "double value");
    virTypedParamsGetBoolean(params, n, "b", &b);
    CHECK_INT(b, 1, "boolean value");
    virTypedParamsGetString(params, n, "s", &s);
    CHECK_STR(s, "text", "string value");

    CHECK_INT(virTypedParamsAddFromString(&params, &n, &max, "x", VIR_TYPED_PARAM_INT, "12abc"), -1, "int with junk");
    check_last(VIR_ERR_INVALID_ARG, "invalid argument: Invalid value for field 'x': expected int", "int with junk");
    CHECK_INT(virTypedParamsAddFromString(&params, &n, &max, "x", VIR_TYPED_PARAM_INT, "2147483648"), -1, "int overflow");
    CHECK_INT(virTypedParamsAddFromString(&params, &n, &max, "x", VIR_TYPED_PARAM_UINT, "4294967296"), -1, "uint overflow");
    check_last(VIR_ERR_INVALID_ARG, "invalid argument: Invalid value for field 'x': expected unsigned int", "uint overflow");
    CHECK_INT(virTypedParamsAddFromString(&params, &n, &max, "x", VIR_TYPED_PARAM_LLONG, ""), -1, "empty llong");
    check_last(VIR_ERR_INVALID_ARG, "invalid argument: Invalid value for field 'x': expected long long", "empty llong");
    CHECK_INT(virTypedParamsAddFromString(&params, &n, &max, "x", VIR_TYPED_PARAM_ULLONG, "1 "), -1, "ullong trailing space");
    check_last(VIR_ERR_INVALID_ARG, "invalid argument: Invalid value for field 'x': expected unsigned long long", "ullong trailing space");
    CHECK_INT(virTypedParamsAddFromString(&params, &n, &max, "x", VIR_TYPED_PARAM_DOUBLE, "1.5.2"), -1, "bad double");
    check_last(VIR_ERR_INVALID_ARG, "invalid argument: Invalid value for field 'x': expected double", "bad double");
    CHECK_INT(virTypedParamsAddFromString(&params, &n, &max, "x", VIR_TYPED_PARAM_BOOLEAN, "yes"), -1, "bad boolean");
    check_last(VIR_ERR_INVALID_ARG, "invalid argument: Invalid boolean value for field 'x'", "bad boolean");
    CHECK_INT(virTypedParamsAddFromString(&params, &n, &max, "x", 99, "1"), -1, "unknown type");
    check_last(VIR_ERR_INTERNAL_ERROR, "internal error: unexpected type 99 for field x", "unknown type");
    CHECK_INT(virTypedParamsAddFromString(&params, &n, &max, "x", VIR_TYPED_PARAM_INT, NULL), -1, "NULL value");
    check_last(VIR_ERR_INVALID_ARG, "invalid argument: NULL value for field 'x'", "NULL value");
    CHECK_INT(n, 7, "failed adds leave nparams alone");

    virTypedParamsFree(params, n);
}

static void
test_string_list_and_clear(void)
{
    virTypedParameterPtr params = NULL;
    int n = 0, max = 0;
    const char *values[] = { "one", "two", "three", NULL };
    const char *empty[] = { NULL };
    const char *s;

    CHECK_INT(virTypedParamsAddStringList(&params, &n, &max, "list", values), 0, "AddStringList");
    CHECK_INT(n, 3, "one parameter per string");
    CHECK_STR(params[2].value.s, "three", "third string");
    CHECK_STR(params[1].field, "list", "all named alike");
    CHECK_INT(virTypedParamsAddStringList(&params, &n, &max, "list", NULL), 0, "AddStringList NULL values");
    virResetLastError();
    CHECK_INT(virTypedParamsAddStringList(&params, &n, &max, "list", empty), -1, "AddStringList empty list is -1 (as libvirt)");
    CHECK(virGetLastError() == NULL, "empty list sets no error");
    CHECK_INT(n, 3, "nparams");

    virTypedParamsClear(params, n);
    CHECK(params[0].value.s == NULL && params[2].value.s == NULL, "Clear frees strings and NULLs them");
    CHECK_INT(virTypedParamsGetString(params, n, "list", &s), 1, "cleared string still found");
    CHECK(s == NULL, "cleared string is NULL");
    /* the caller frees the array itself, with free() */
    free(params);

    virTypedParamsFree(NULL, 0);
    virTypedParamsClear(NULL, 5);
    CHECK(1, "Free/Clear of NULL are no-ops");
}

int
main(void)
{
    assert_loaded_lib();
    virSetErrorFunc(NULL, quiet_handler);
    test_add_and_get();
    test_growth();
    test_field_names();
    test_from_string();
    test_string_list_and_clear();
    virSetErrorFunc(NULL, NULL);
    return test_finish("test-typed-params");
}
