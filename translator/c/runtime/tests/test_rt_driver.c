/* Reads one operation per line on stdin, runs it through the runtime and
 * prints one result line. The pytest side computes the same operations in
 * Python 3 and compares. Encoding of arguments: strings as hex prefixed by
 * 'x' ("x" is ''), 'n' for None, ints in decimal, floats as float.hex().
 * Results: S:<hex> I:<int> B:<0|1> F:<bits hex>|F:nan L:<hex>,<hex>...
 * E:<ExceptionName>:<hex message>. */
#include <stdlib.h>
#include <math.h>
#include "rt_test.h"
#include "rt_ctype.h"

static char *tokens[64];
static int ntokens;

static rt_str *arg_str(int i) {
    const char *t = tokens[i];
    if (t[0] == 'n') return NULL;
    size_t n = strlen(t + 1) / 2;
    rt_str *s = rt_str_new((Signed)n);
    for (size_t k = 0; k < n; k++) {
        unsigned v;
        sscanf(t + 1 + 2 * k, "%2x", &v);
        s->chars[k] = (char)v;
    }
    return s;
}
static Signed arg_int(int i) { return strtoll(tokens[i], NULL, 10); }
static Float arg_float(int i) { return strtod(tokens[i], NULL); }

static void put_hex(const char *p, Signed n) {
    for (Signed k = 0; k < n; k++) printf("%02x", (unsigned char)p[k]);
}

/* Prints the pending exception if any; returns whether there was one. */
static bool out_exc(void) {
    if (!rt_exc_value) return false;
    printf("E:%s:", rt_test_exc_names[rt_test_exc_kind]);
    put_hex(rt_test_exc_msg, (Signed)strlen(rt_test_exc_msg));
    printf("\n");
    RT_EXC_CLEAR();
    return true;
}
static void out_str(rt_str *s) {
    if (out_exc()) return;
    printf("S:"); put_hex(s->chars, s->length); printf("\n");
}
static void out_int(Signed v) { if (!out_exc()) printf("I:%lld\n", (long long)v); }
static void out_bool(Bool v) { if (!out_exc()) printf("B:%d\n", v ? 1 : 0); }
static void out_float(Float f) {
    if (out_exc()) return;
    if (isnan(f)) printf("F:nan\n");
    else printf("F:%016llx\n", (unsigned long long)rt_word_from_float(f));
}
static void out_list(rt_list *l) {
    if (out_exc()) return;
    printf("L:");
    for (Signed i = 0; i < l->length; i++) {
        rt_str *s = (rt_str *)(uintptr_t)l->items[i];
        if (i) printf(",");
        printf("x"); put_hex(s->chars, s->length);
    }
    printf("\n");
}

static void run(const char *op) {
#define OP(name) else if (strcmp(op, name) == 0)
    if (0) {}
    OP("repr_float") out_str(rt_str_from_float(arg_float(1)));
    OP("str_int") out_str(rt_str_from_int(arg_int(1)));
    OP("to_int") out_int(rt_str_to_int(arg_str(1), arg_int(2)));
    OP("to_float") out_float(rt_str_to_float(arg_str(1)));
    OP("repr") out_str(rt_str_repr(arg_str(1)));
    OP("find") out_int(rt_str_find(arg_str(1), arg_str(2), arg_int(3), arg_int(4)));
    OP("rfind") out_int(rt_str_rfind(arg_str(1), arg_str(2), arg_int(3), arg_int(4)));
    OP("count") out_int(rt_str_count(arg_str(1), arg_str(2)));
    OP("contains") out_bool(rt_str_contains(arg_str(1), arg_str(2)));
    OP("startswith") out_bool(rt_str_startswith(arg_str(1), arg_str(2)));
    OP("endswith") out_bool(rt_str_endswith(arg_str(1), arg_str(2)));
    OP("strip") out_str(rt_str_strip(arg_str(1), arg_str(2), (int)arg_int(3)));
    OP("lower") out_str(rt_str_lower(arg_str(1)));
    OP("upper") out_str(rt_str_upper(arg_str(1)));
    OP("isdigit") out_bool(rt_str_isdigit(arg_str(1)));
    OP("isalpha") out_bool(rt_str_isalpha(arg_str(1)));
    OP("isspace") out_bool(rt_str_isspace(arg_str(1)));
    OP("isalnum") out_bool(rt_str_isalnum(arg_str(1)));
    OP("replace") out_str(rt_str_replace(arg_str(1), arg_str(2), arg_str(3), arg_int(4)));
    OP("split") out_list(rt_str_split(arg_str(1), arg_str(2), arg_int(3)));
    OP("slice") out_str(rt_str_slice(arg_str(1), arg_int(2), arg_int(3)));
    OP("getitem") { char c = rt_str_getitem(arg_str(1), arg_int(2)); out_str(rt_str_from_char(c)); }
    OP("mul") out_str(rt_str_mul(arg_str(1), arg_int(2)));
    OP("concat") out_str(rt_str_concat(arg_str(1), arg_str(2)));
    OP("cmp") { Signed c = rt_str_cmp(arg_str(1), arg_str(2)); out_int(c < 0 ? -1 : c > 0); }
    OP("eq") out_bool(rt_str_eq(arg_str(1), arg_str(2)));
    OP("join") {
        rt_list *l = rt_list_new(0, true);
        for (int i = 2; i < ntokens; i++) rt_list_append(l, (rt_word)(uintptr_t)arg_str(i));
        out_str(rt_str_join(arg_str(1), l));
    }
    OP("format") {
        const char *kinds = tokens[2];
        Signed n = (Signed)strlen(kinds) - 1;    /* kinds token is prefixed by '_' */
        rt_word args[32];
        for (Signed i = 0; i < n; i++) {
            char k = kinds[i + 1];
            if (k == 'i' || k == 'b') args[i] = (rt_word)arg_int(3 + (int)i);
            else if (k == 'f') args[i] = rt_word_from_float(arg_float(3 + (int)i));
            else args[i] = (rt_word)(uintptr_t)arg_str(3 + (int)i);
        }
        out_str(rt_str_format(arg_str(1), n, kinds + 1, args));
    }
    OP("floordiv") out_int(rt_int_floordiv(arg_int(1), arg_int(2)));
    OP("mod") out_int(rt_int_mod(arg_int(1), arg_int(2)));
    OP("add_ovf") out_int(rt_int_add_ovf(arg_int(1), arg_int(2)));
    OP("sub_ovf") out_int(rt_int_sub_ovf(arg_int(1), arg_int(2)));
    OP("mul_ovf") out_int(rt_int_mul_ovf(arg_int(1), arg_int(2)));
    OP("lshift_ovf") out_int(rt_int_lshift_ovf(arg_int(1), arg_int(2)));
    OP("neg_ovf") out_int(rt_int_neg_ovf(arg_int(1)));
    OP("int_pow") out_int(rt_int_pow(arg_int(1), arg_int(2)));
    OP("float_div") out_float(rt_float_div(arg_float(1), arg_float(2)));
    OP("float_mod") out_float(rt_float_mod(arg_float(1), arg_float(2)));
    OP("float_floordiv") out_float(rt_float_floordiv(arg_float(1), arg_float(2)));
    OP("float_pow") out_float(rt_float_pow(arg_float(1), arg_float(2)));
    OP("ctype") {
        int c = (int)arg_int(1);
        printf("I:%d %d %d\n", rt_ctype[c], rt_tolower[c], rt_toupper[c]);
    }
    else printf("unknown op %s\n", op);
#undef OP
}

Signed rt_entry_point(rt_list *argv) {
    (void)argv;
    static char line[1 << 16];
    while (fgets(line, sizeof line, stdin)) {
        ntokens = 0;
        for (char *t = strtok(line, " \n"); t && ntokens < 64; t = strtok(NULL, " \n"))
            tokens[ntokens++] = t;
        if (ntokens) run(tokens[0]);
    }
    return 0;
}
