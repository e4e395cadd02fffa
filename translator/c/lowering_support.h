/* Small C helpers that the lowering emits calls to, beside the runtime's. */
#ifndef LOWERING_SUPPORT_H
#define LOWERING_SUPPORT_H
#include <math.h>
#include <stdlib.h>
#include "rt.h"

static inline Signed rt_str_ord(rt_str *s) {
    if (s->length != 1) { rt_raise_builtin(RT_EXC_VALUE, "ord() expected a character"); return -1; }
    return (unsigned char)s->chars[0];
}
static inline Signed rt_char_ord(char c) {     /* ord(s[i]), fused by the lowering */
    return (unsigned char)c;
}
static inline rt_str *rt_str_chr(Signed i) {
    if (i < 0 || i > 255) { rt_raise_builtin(RT_EXC_VALUE, "chr() arg not in range(256)"); return NULL; }
    return rt_str_from_char((char)i);
}
static inline rt_str *rt_str_from_bool(Bool b) {
    return b ? rt_str_from_c("True", 4) : rt_str_from_c("False", 5);
}
static inline Signed rt_float_to_int(Float f) {
    if (!(f > -9223372036854775808.0 && f < 9223372036854775808.0)) {
        rt_raise_builtin(isnan(f) ? RT_EXC_VALUE : RT_EXC_OVERFLOW, "cannot convert float to integer");
        return 0;
    }
    return (Signed)f;
}
static inline void rt_range_check_step(Signed step) {
    if (step == 0) rt_raise_builtin(RT_EXC_VALUE, "range() arg 3 must not be zero");
}
static inline Bool rt_range_continues(Signed i, Signed stop, Signed step) {
    return step > 0 ? i < stop : i > stop;
}
static inline void rt_raise_builtin_str(Signed which, rt_str *msg) {
    rt_raise_builtin((int)which, msg ? msg->chars : "");
}
static inline void rt_str_check_found(Signed index) {
    if (index < 0) rt_raise_builtin(RT_EXC_VALUE, "substring not found");
}
static inline void rt_check_found(Signed index) {
    if (index < 0) rt_raise_builtin(RT_EXC_VALUE, "list.index(x): x not in list");
}
static inline void rt_dict_update(rt_dict *d, rt_dict *other) {
    for (Signed pos = rt_dict_next(other, 0); pos >= 0; pos = rt_dict_next(other, pos + 1)) {
        rt_dict_setitem(d, RT_DICT_KEY(other, pos), RT_DICT_VALUE(other, pos));
        if (RT_EXC_OCCURRED()) return;
    }
}

/* A C string result of an external function (NULL stays NULL). */
static inline rt_str *rt_str_from_cstr(const char *p) {
    return p ? rt_str_from_c(p, (Signed)strlen(p)) : NULL;
}

/* list(s): the characters of a string */
static inline rt_list *rt_str_to_list(rt_str *s) {
    rt_list *l = rt_list_new(s->length, 1);
    for (Signed i = 0; i < s->length; i++)
        l->items[i] = (rt_word)(uintptr_t)rt_str_from_char(s->chars[i]);
    return l;
}

/* list.count(x), beside the runtime's rt_list_find_* */
static inline Signed rt_list_count_word(rt_list *l, rt_word w) {
    Signed n = 0;
    for (Signed i = 0; i < l->length; i++) n += l->items[i] == w;
    return n;
}
static inline Signed rt_list_count_float(rt_list *l, Float f) {
    Signed n = 0;
    for (Signed i = 0; i < l->length; i++) n += rt_float_from_word(l->items[i]) == f;
    return n;
}
static inline Signed rt_list_count_str(rt_list *l, rt_str *s) {
    Signed n = 0;
    for (Signed i = 0; i < l->length; i++) n += rt_str_eq((rt_str *)(uintptr_t)l->items[i], s);
    return n;
}

/* l1 == l2 for lists of the same item type (NULL-safe) */
static inline Bool rt_list_eq_word(rt_list *a, rt_list *b) {
    if (a == b) return 1;
    if (!a || !b || a->length != b->length) return 0;
    for (Signed i = 0; i < a->length; i++) if (a->items[i] != b->items[i]) return 0;
    return 1;
}
static inline Bool rt_list_eq_float(rt_list *a, rt_list *b) {
    if (a == b) return 1;
    if (!a || !b || a->length != b->length) return 0;
    for (Signed i = 0; i < a->length; i++)
        if (rt_float_from_word(a->items[i]) != rt_float_from_word(b->items[i])) return 0;
    return 1;
}
static inline Bool rt_list_eq_str(rt_list *a, rt_list *b) {
    if (a == b) return 1;
    if (!a || !b || a->length != b->length) return 0;
    for (Signed i = 0; i < a->length; i++)
        if (!rt_str_eq((rt_str *)(uintptr_t)a->items[i], (rt_str *)(uintptr_t)b->items[i])) return 0;
    return 1;
}

/* list.sort() for the item types with a natural order (equal items are
 * indistinguishable, so an unstable sort is fine). */
static int rt_cmp_int_(const void *a, const void *b) {
    Signed x = (Signed)*(const rt_word *)a, y = (Signed)*(const rt_word *)b;
    return (x > y) - (x < y);
}
static int rt_cmp_float_(const void *a, const void *b) {
    Float x = rt_float_from_word(*(const rt_word *)a), y = rt_float_from_word(*(const rt_word *)b);
    return (x > y) - (x < y);
}
static int rt_cmp_str_(const void *a, const void *b) {
    return (int)rt_str_cmp((rt_str *)(uintptr_t)*(const rt_word *)a, (rt_str *)(uintptr_t)*(const rt_word *)b);
}
static inline void rt_list_sort_int(rt_list *l) { qsort(l->items, l->length, sizeof(rt_word), rt_cmp_int_); }
static inline void rt_list_sort_float(rt_list *l) { qsort(l->items, l->length, sizeof(rt_word), rt_cmp_float_); }
static inline void rt_list_sort_str(rt_list *l) { qsort(l->items, l->length, sizeof(rt_word), rt_cmp_str_); }
#endif
