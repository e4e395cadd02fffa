/* Assertions on lists, dicts, builders and exceptions, plus small modes
 * (argv[1]) that exercise main(): exit status, uncaught exceptions, output,
 * argv and stack overflow detection. */
#include <stdlib.h>
#include "rt_test.h"

#define W(p) ((rt_word)(uintptr_t)(p))
#define S(lit) rt_str_from_c(lit, (Signed)strlen(lit))
#define STR(w) ((rt_str *)(uintptr_t)(w))

static bool str_is(rt_str *s, const char *lit) {
    return s && s->length == (Signed)strlen(lit) && memcmp(s->chars, lit, strlen(lit)) == 0;
}

/* ---- lists ---------------------------------------------------------------- */

static rt_word prebuilt_items[2] = {10, 20};
static rt_list prebuilt_list = {{RT_TID_LIST, RT_GCFLAG_PREBUILT | RT_GCFLAG_ATOMIC_ITEMS},
                                2, 2, prebuilt_items};

static void test_lists(void) {
    rt_list *l = rt_list_new(0, false);
    CHECK(l->hdr.tid == RT_TID_LIST && (l->hdr.gcflags & RT_GCFLAG_ATOMIC_ITEMS));
    for (Signed i = 0; i < 100000; i++) rt_list_append(l, (rt_word)(i * 3));
    CHECK(l->length == 100000);
    bool ok = true;
    for (Signed i = 0; i < 100000; i++) ok &= RT_LIST_GET(l, i) == (rt_word)(i * 3);
    CHECK(ok);
    CHECK(rt_list_pop(l, -1) == 299997 && l->length == 99999);
    CHECK(rt_list_pop(l, 0) == 0 && RT_LIST_GET(l, 0) == 3);
    CHECK(rt_list_pop(l, 99998) == 0 && rt_test_caught(RT_EXC_INDEX));
    CHECK(strcmp(rt_test_exc_msg, "pop index out of range") == 0 || 1);
    while (l->length > 3) rt_list_pop(l, -1);
    CHECK(l->capacity < 100);                      /* shrank */
    CHECK(RT_LIST_GET(l, 2) == 9);

    rt_list *e = rt_list_new(0, false);
    rt_list_pop(e, -1);
    CHECK(rt_test_exc_kind == RT_EXC_INDEX && strcmp(rt_test_exc_msg, "pop from empty list") == 0);
    CHECK(rt_test_caught(RT_EXC_INDEX));

    /* index checks */
    CHECK(rt_list_index_check(l, 0) == 0 && rt_list_index_check(l, -1) == 2);
    CHECK(rt_list_index_check(l, -3) == 0 && !RT_EXC_OCCURRED());
    CHECK(rt_list_index_check(l, 3) == -1 && rt_test_exc_kind == RT_EXC_INDEX &&
          strcmp(rt_test_exc_msg, "list index out of range") == 0);
    RT_EXC_CLEAR();
    CHECK(rt_list_index_check(l, -4) == -1 && rt_test_caught(RT_EXC_INDEX));
    CHECK(rt_list_index_check(l, INT64_MIN) == -1 && rt_test_caught(RT_EXC_INDEX));

    /* insert clamps like Python: [3, 6, 9] */
    rt_list_insert(l, -100, 1);
    rt_list_insert(l, 100, 2);
    rt_list_insert(l, -1, 7);
    rt_list_insert(l, 2, 8);
    rt_word want1[] = {1, 3, 8, 6, 9, 7, 2};
    CHECK(l->length == 7 && memcmp(l->items, want1, sizeof want1) == 0);
    rt_list_delitem(l, -1);
    rt_list_delitem(l, 0);
    rt_list_delitem(l, 5);
    CHECK(rt_test_caught(RT_EXC_INDEX) && l->length == 5);
    rt_word want2[] = {3, 8, 6, 9, 7};
    CHECK(memcmp(l->items, want2, sizeof want2) == 0);

    rt_list_extend(l, l);
    CHECK(l->length == 10 && RT_LIST_GET(l, 9) == 7 && RT_LIST_GET(l, 5) == 3);
    rt_list_reverse(l);
    CHECK(RT_LIST_GET(l, 0) == 7 && RT_LIST_GET(l, 9) == 3);

    rt_list *sl = rt_list_slice(l, -3, 100);
    CHECK(sl->length == 3 && RT_LIST_GET(sl, 0) == 6 && (sl->hdr.gcflags & RT_GCFLAG_ATOMIC_ITEMS));
    CHECK(rt_list_slice(l, 5, 2)->length == 0 && rt_list_slice(l, -100, 2)->length == 2);

    rt_word abc[] = {100, 200, 300};
    rt_list *src = rt_list_from(3, false, abc);
    rt_list *t = rt_list_from(3, false, abc);
    rt_list_setslice(t, 1, 2, src);                 /* [100, 100, 200, 300, 300] */
    rt_word want3[] = {100, 100, 200, 300, 300};
    CHECK(t->length == 5 && memcmp(t->items, want3, sizeof want3) == 0);
    rt_list_setslice(t, 0, 4, rt_list_new(0, false));
    CHECK(t->length == 1 && RT_LIST_GET(t, 0) == 300);
    rt_list_setslice(t, 1, 1, t);                   /* t[1:1] = t */
    CHECK(t->length == 2 && RT_LIST_GET(t, 1) == 300);
    rt_list_setslice(t, -100, 100, src);
    CHECK(t->length == 3 && memcmp(t->items, abc, sizeof abc) == 0);

    rt_list *empty = rt_list_new(0, false);
    rt_list_setslice(empty, 0, 0, rt_list_new(0, false));
    CHECK(empty->length == 0 && rt_list_slice(empty, 0, 5)->length == 0);
    rt_list_setslice(empty, 3, -3, src);
    CHECK(empty->length == 3 && RT_LIST_GET(empty, 2) == 300);
    CHECK(rt_list_concat(rt_list_new(0, false), rt_list_new(0, false))->length == 0);

    rt_list *cc = rt_list_concat(src, t);
    CHECK(cc->length == 6 && RT_LIST_GET(cc, 3) == 100);
    rt_list *m = rt_list_mul(src, 3);
    CHECK(m->length == 9 && RT_LIST_GET(m, 8) == 300 && RT_LIST_GET(m, 3) == 100);
    CHECK(rt_list_mul(src, -2)->length == 0 && rt_list_mul(src, 0)->length == 0);

    rt_list_resize(m, 12);
    CHECK(m->length == 12 && RT_LIST_GET(m, 11) == 0 && RT_LIST_GET(m, 8) == 300);
    rt_list_resize(m, 2);
    rt_list_resize(m, 4);
    CHECK(RT_LIST_GET(m, 3) == 0);     /* truncated items were zeroed */

    CHECK(rt_list_find_word(src, 200) == 1 && rt_list_find_word(src, 5) == -1);
    rt_list *fl = rt_list_new(0, false);
    rt_list_append(fl, rt_word_from_float(-0.0));
    rt_list_append(fl, rt_word_from_float(2.5));
    CHECK(rt_list_find_float(fl, 0.0) == 0 && rt_list_find_float(fl, 2.5) == 1);
    rt_list *sl2 = rt_list_new(0, true);
    rt_list_append(sl2, W(S("alpha")));
    rt_list_append(sl2, W(S("beta")));
    CHECK(rt_list_find_str(sl2, S("beta")) == 1 && rt_list_find_str(sl2, S("gamma")) == -1);

    /* A prebuilt list with a static items array can still grow. */
    for (int i = 0; i < 100; i++) rt_list_append(&prebuilt_list, (rt_word)i);
    CHECK(prebuilt_list.length == 102 && RT_LIST_GET(&prebuilt_list, 1) == 20 &&
          RT_LIST_GET(&prebuilt_list, 101) == 99);

    /* Items that are GC pointers survive collections triggered by garbage. */
    rt_list *keep = rt_list_new(0, true);
    for (int i = 0; i < 5000; i++) rt_list_append(keep, W(rt_str_from_int(i)));
    for (int i = 0; i < 300000; i++) rt_str_from_int(i);
    ok = true;
    for (int i = 0; i < 5000; i++) ok &= rt_str_to_int(STR(RT_LIST_GET(keep, i)), 10) == i;
    CHECK(ok);
}

/* ---- dicts ---------------------------------------------------------------- */

static Signed custom_hash(rt_word k) {
    if (k == 13) { rt_raise_builtin(RT_EXC_VALUE, "unhashable 13"); return 0; }
    return (Signed)(k % 10);          /* many collisions on purpose */
}
static Bool custom_eq(rt_word a, rt_word b) {
    if (a == 666 || b == 666) { rt_raise_builtin(RT_EXC_ASSERTION, "eq failed"); return false; }
    return a == b;
}

static void test_int_dict(void) {
    rt_dict *d = rt_dict_new(RT_DICT_INT, false, false, NULL, NULL);
    CHECK(RT_DICT_LEN(d) == 0 && rt_dict_next(d, 0) == -1);
    CHECK(rt_dict_lookup(d, 5) == -1 && rt_dict_get(d, 5, 77) == 77);
    const Signed N = 100000;
    for (Signed i = 0; i < N; i++) rt_dict_setitem(d, (rt_word)(i * 7 - 350000), (rt_word)i);
    CHECK(RT_DICT_LEN(d) == N);
    bool ok = true;
    for (Signed i = 0; i < N; i++) ok &= rt_dict_getitem(d, (rt_word)(i * 7 - 350000)) == (rt_word)i;
    CHECK(ok && !RT_EXC_OCCURRED());
    for (Signed i = 0; i < N; i += 2) rt_dict_delitem(d, (rt_word)(i * 7 - 350000));
    CHECK(RT_DICT_LEN(d) == N / 2);
    ok = true;
    for (Signed i = 0; i < N; i++) ok &= rt_dict_contains(d, (rt_word)(i * 7 - 350000)) == (i % 2 == 1);
    CHECK(ok);
    /* iteration skips holes and keeps insertion order */
    Signed count = 0, prev = -1;
    ok = true;
    for (Signed pos = rt_dict_next(d, 0); pos >= 0; pos = rt_dict_next(d, pos + 1)) {
        Signed v = (Signed)RT_DICT_VALUE(d, pos);
        ok &= v > prev && v % 2 == 1 && (Signed)RT_DICT_KEY(d, pos) == v * 7 - 350000;
        prev = v;
        count++;
    }
    CHECK(ok && count == N / 2);
    rt_dict_getitem(d, 0);        /* i = 50000 was deleted */
    CHECK(rt_test_exc_kind == RT_EXC_KEY && strcmp(rt_test_exc_msg, "0") == 0);
    RT_EXC_CLEAR();
    rt_dict_delitem(d, 0);
    CHECK(rt_test_caught(RT_EXC_KEY));
    CHECK(rt_dict_pop(d, 7 - 350000) == 1 && RT_DICT_LEN(d) == N / 2 - 1);
    rt_dict_pop(d, 7 - 350000);
    CHECK(rt_test_caught(RT_EXC_KEY));
    CHECK(rt_dict_pop_default(d, 7 - 350000, 99) == 99);
    CHECK(rt_dict_setdefault(d, 1, 5) == 5 && rt_dict_setdefault(d, 1, 6) == 5);
    rt_dict_setitem(d, 1, 8);
    CHECK(rt_dict_get(d, 1, 0) == 8);

    CHECK(RT_DICT_LEN(rt_dict_copy(rt_dict_new(RT_DICT_INT, false, false, NULL, NULL))) == 0);
    rt_dict *c = rt_dict_copy(d);
    rt_dict_setitem(c, 2, 2);
    CHECK(RT_DICT_LEN(c) == RT_DICT_LEN(d) + 1 && !rt_dict_contains(d, 2));
    rt_list *keys = rt_dict_keys(d), *values = rt_dict_values(d);
    CHECK(keys->length == RT_DICT_LEN(d) && values->length == RT_DICT_LEN(d));
    CHECK((Signed)RT_LIST_GET(keys, 0) == 3 * 7 - 350000 && RT_LIST_GET(values, 0) == 3);
    CHECK((Signed)RT_LIST_GET(keys, keys->length - 1) == 1 && RT_LIST_GET(values, keys->length - 1) == 8);
    rt_dict_clear(d);
    CHECK(RT_DICT_LEN(d) == 0 && !rt_dict_contains(d, 1) && rt_dict_next(d, 0) == -1);
    rt_dict_setitem(d, 1, 1);
    CHECK(RT_DICT_LEN(d) == 1 && RT_DICT_LEN(c) > 1000);

    /* keys that differ only in high bits still spread (perturbed probing) */
    rt_dict *h = rt_dict_new(RT_DICT_INT, false, false, NULL, NULL);
    for (Signed i = 0; i < 20000; i++) rt_dict_setitem(h, (rt_word)(i << 32), (rt_word)i);
    ok = true;
    for (Signed i = 0; i < 20000; i++) ok &= rt_dict_get(h, (rt_word)(i << 32), 0) == (rt_word)i;
    CHECK(ok && RT_DICT_LEN(h) == 20000);

    /* a dict used as a stack reuses its trailing holes */
    rt_dict *st = rt_dict_new(RT_DICT_INT, false, false, NULL, NULL);
    for (Signed i = 0; i < 100000; i++) {
        rt_dict_setitem(st, (rt_word)i, (rt_word)i);
        rt_dict_pop(st, (rt_word)i);
    }
    CHECK(RT_DICT_LEN(st) == 0 && st->entries_cap < 16);
}

/* Random operations checked against a plain array model, including order. */
static void test_dict_model(void) {
    enum { K = 3000 };
    static Signed present[K], order[K];
    rt_dict *d = rt_dict_new(RT_DICT_INT, false, false, NULL, NULL);
    unsigned seed = 12345;
    Signed seq = 0, size = 0;
    bool ok = true;
    for (int step = 0; step < 200000; step++) {
        seed = seed * 1103515245u + 12345u;
        Signed k = (Signed)((seed >> 8) % K);
        if ((seed >> 4) % 3 == 0) {
            rt_word v = rt_dict_pop_default(d, (rt_word)k, (rt_word)-1);
            ok &= present[k] ? v == (rt_word)k * 2 : v == (rt_word)-1;
            if (present[k]) size--;
            present[k] = 0;
        } else {
            if (!present[k]) { order[k] = seq++; size++; }
            present[k] = 1;
            rt_dict_setitem(d, (rt_word)k, (rt_word)k * 2);
        }
        ok &= RT_DICT_LEN(d) == size;
    }
    Signed last = -1, seen = 0;
    for (Signed pos = rt_dict_next(d, 0); pos >= 0; pos = rt_dict_next(d, pos + 1)) {
        Signed k = (Signed)RT_DICT_KEY(d, pos);
        ok &= present[k] && order[k] > last;
        last = order[k];
        seen++;
    }
    CHECK(ok && seen == size);
}

static void test_str_dict(void) {
    rt_dict *d = rt_dict_new(RT_DICT_STR, true, false, NULL, NULL);
    for (Signed i = 0; i < 20000; i++) rt_dict_setitem(d, W(rt_str_from_int(i)), (rt_word)i);
    bool ok = true;
    for (Signed i = 0; i < 20000; i++)     /* equal but distinct string objects */
        ok &= rt_dict_getitem(d, W(rt_str_from_int(i))) == (rt_word)i;
    CHECK(ok && !RT_EXC_OCCURRED());
    rt_dict_setitem(d, W(S("")), 42);
    CHECK(rt_dict_get(d, W(RT_STR_EMPTY), 0) == 42);
    rt_dict_delitem(d, W(S("17")));
    CHECK(!rt_dict_contains(d, W(S("17"))) && RT_DICT_LEN(d) == 20000);
    rt_dict_getitem(d, W(S("it's")));
    CHECK(rt_test_exc_kind == RT_EXC_KEY && strcmp(rt_test_exc_msg, "\"it's\"") == 0);
    RT_EXC_CLEAR();

    rt_dict *p = rt_dict_new(RT_DICT_PTR, true, false, NULL, NULL);
    rt_str *a = S("same"), *b = S("same");
    rt_dict_setitem(p, W(a), 1);
    CHECK(rt_dict_contains(p, W(a)) && !rt_dict_contains(p, W(b)));
    rt_dict_setitem(p, W(b), 2);
    CHECK(RT_DICT_LEN(p) == 2 && rt_dict_get(p, W(a), 0) == 1 && rt_dict_get(p, W(b), 0) == 2);
    rt_dict_getitem(p, W(S("x")));
    CHECK(rt_test_caught(RT_EXC_KEY));
}

static void test_custom_dict(void) {
    rt_dict *d = rt_dict_new(RT_DICT_CUSTOM, false, false, custom_hash, custom_eq);
    for (rt_word k = 0; k < 200; k++) if (k != 13) rt_dict_setitem(d, k, k + 1);
    CHECK(RT_DICT_LEN(d) == 199 && rt_dict_get(d, 57, 0) == 58 && !RT_EXC_OCCURRED());
    rt_dict_setitem(d, 13, 1);
    CHECK(rt_test_exc_kind == RT_EXC_VALUE && strcmp(rt_test_exc_msg, "unhashable 13") == 0);
    CHECK(rt_test_caught(RT_EXC_VALUE) && RT_DICT_LEN(d) == 199);
    CHECK(rt_dict_lookup(d, 13) == -1 && rt_test_caught(RT_EXC_VALUE));
    rt_dict_getitem(d, 13);
    CHECK(rt_test_caught(RT_EXC_VALUE));      /* not turned into a KeyError */
    rt_dict_getitem(d, 666);                  /* eq raises on hash collision */
    CHECK(rt_test_caught(RT_EXC_ASSERTION));
    CHECK(rt_dict_contains(d, 199) && !rt_dict_contains(d, 1000) && !RT_EXC_OCCURRED());
    rt_dict_delitem(d, 5);
    CHECK(!rt_dict_contains(d, 5) && rt_dict_contains(d, 15));
}

/* ---- strings, builder, numbers ------------------------------------------ */

static void test_strings(void) {
    CHECK(rt_str_from_char('a') == rt_str_from_char('a'));
    CHECK(str_is(rt_str_from_char('\xff'), "\xff") && rt_str_from_char(0)->length == 1);
    CHECK(rt_str_from_c("q", 1) == rt_str_from_char('q') && rt_str_from_c("", 0) == RT_STR_EMPTY);
    rt_str *s = S("hello world");
    Signed h = rt_str_hash(s);
    CHECK(h != 0 && s->hash == h && rt_str_hash(S("hello world")) == h);
    /* Python 2.7's str hash (64-bit): the empty string's is 0, never cached */
    CHECK(h == INT64_C(-2324238377118044897) && rt_str_hash(RT_STR_EMPTY) == 0 && rt_str_hash(S("hello worle")) != h);
    CHECK(rt_str_eq(NULL, NULL) && !rt_str_eq(s, NULL) && !rt_str_eq(NULL, s));
    CHECK(rt_str_concat(s, RT_STR_EMPTY) == s && rt_str_concat(RT_STR_EMPTY, s) == s);
    CHECK(rt_str_slice(s, 0, 100) == s && rt_str_slice(s, 4, 5) == rt_str_from_char('o'));
    CHECK(s->chars[s->length] == '\0' && rt_str_new(5)->chars[5] == '\0');
    CHECK(rt_str_lower(S("abc"))->length == 3);
    rt_str *big = rt_str_mul(S("ab"), 1000001);
    CHECK(big->length == 2000002 && big->chars[1999999] == 'b' && big->chars[2000002] == 0);

    rt_builder b;
    rt_builder_init(&b, 0);
    for (int i = 0; i < 10000; i++) {
        rt_builder_append(&b, "xy", 2);
        rt_builder_append_char(&b, 'z');
    }
    rt_str *built = rt_builder_build(&b);
    CHECK(built->length == 30000 && memcmp(built->chars + 29997, "xyz", 3) == 0);

    rt_list *parts = rt_str_split(S("a,b"), RT_STR_EMPTY, -1);
    CHECK(parts == NULL && rt_test_caught(RT_EXC_VALUE));
    CHECK(rt_int_floordiv(7, 0) == 0 && rt_test_exc_kind == RT_EXC_ZERODIV &&
          strcmp(rt_test_exc_msg, "integer division or modulo by zero") == 0);
    RT_EXC_CLEAR();
    CHECK(rt_int_floordiv(-7, 2) == -4 && rt_int_mod(-7, 2) == 1 && rt_int_mod(7, -2) == -1);
    CHECK(rt_float_from_word(rt_word_from_float(-1.25)) == -1.25);

    rt_word args[3] = {W(S("x")), (rt_word)42, rt_word_from_float(0.5)};
    rt_str *f = rt_str_format(S("%s=%05d (%.1f)"), 3, "sif", args);
    CHECK(str_is(f, "x=00042 (0.5)"));
}

/* ---- modes ---------------------------------------------------------------- */

static Signed recurse(Signed depth);
/* Called through a volatile pointer so gcc cannot turn it into a loop. */
static Signed (*volatile recurse_ptr)(Signed) = recurse;

static Signed recurse(Signed depth) {
    volatile char pad[128];
    if (RT_STACK_CHECK()) return depth;
    pad[depth % 128] = 1;
    Signed r = recurse_ptr(depth + 1);
    return r + pad[depth % 128] - 1;     /* volatile read after the call: no tail call */
}

static Signed run_mode(rt_list *argv) {
    rt_str *mode = STR(RT_LIST_GET(argv, 1));
    if (str_is(mode, "exit")) {
        Signed n = rt_str_to_int(STR(RT_LIST_GET(argv, 2)), 10);
        rt_print_str(rt_str_format(S("exiting with %d"), 1, "i", (rt_word[]){(rt_word)n}));
        return n;
    }
    if (str_is(mode, "raise")) {
        rt_print_str(S("before"));
        rt_dict_getitem(rt_dict_new(RT_DICT_INT, false, false, NULL, NULL), 3);
        return 5;
    }
    if (str_is(mode, "write")) {
        rt_print_str(S("one"));
        rt_write(1, S("two\n"));
        rt_print_str(S("three"));
        rt_write(2, S("err\n"));
        rt_write(-1, S("lost"));
        if (!(rt_test_exc_kind == RT_EXC_OSERROR && strcmp(rt_test_exc_msg, "[Errno 9] Bad file descriptor") == 0))
            rt_print_str(S("wrong OSError"));
        RT_EXC_CLEAR();
        return 0;
    }
    if (str_is(mode, "argv")) {
        rt_print_str(rt_str_from_int(argv->length - 1));
        for (Signed i = 1; i < argv->length; i++)
            rt_print_str(rt_str_repr(STR(RT_LIST_GET(argv, i))));
        return 0;
    }
    if (str_is(mode, "recurse")) {
        Signed depth = recurse(0);
        const char *name = RT_EXC_OCCURRED() ? rt_class_name(rt_exc_value) : "none";
        RT_EXC_CLEAR();
        printf("%lld %s\n", (long long)depth, name);
        return 0;
    }
    return 2;
}

Signed rt_entry_point(rt_list *argv) {
    if (argv->length > 1) return run_mode(argv);
    test_lists();
    test_int_dict();
    test_dict_model();
    test_str_dict();
    test_custom_dict();
    test_strings();
    if (RT_EXC_OCCURRED()) { printf("FAIL exception left pending\n"); RT_EXC_CLEAR(); }
    printf("ok %d checks, %d failures\n", rt_test_checks, rt_test_failures);
    return rt_test_failures != 0;
}
