/* Core of immutable byte strings: allocation, the prebuilt 1-char and empty
 * strings, hashing, comparison, concatenation, repetition, indexing, slicing
 * and the string builder. */
#include "rt.h"

/* Static, flagged prebuilt: no allocation for s[i] and ''. */
#define C1(c) {{RT_TID_STR, RT_GCFLAG_PREBUILT}, 0, 1, {(char)(c), 0}}
#define C4(c) C1(c), C1((c) + 1), C1((c) + 2), C1((c) + 3)
#define C16(c) C4(c), C4((c) + 4), C4((c) + 8), C4((c) + 12)
#define C64(c) C16(c), C16((c) + 16), C16((c) + 32), C16((c) + 48)
rt_str1 rt_str_chars[256] = { C64(0), C64(64), C64(128), C64(192) };
rt_str1 rt_str_empty_obj = {{RT_TID_STR, RT_GCFLAG_PREBUILT}, 0, 0, {0}};

rt_str *rt_str_new(Signed length) {
    /* The caller fills the chars: only clear what it does not write. */
    rt_str *s = rt_gc_malloc_atomic_uninit(sizeof(rt_str) + (size_t)length + 1, RT_TID_STR);
    s->hash = 0;
    s->length = length;
    s->chars[length] = '\0';
    return s;
}

rt_str *rt_str_from_c(const char *p, Signed length) {
    if (length <= 1)
        return length == 0 ? RT_STR_EMPTY : rt_str_from_char(p[0]);
    rt_str *s = rt_str_new(length);
    memcpy(s->chars, p, (size_t)length);
    return s;
}

/* Python 2.7's string hash (the interpreter's hash() of a str and the key
 * of its dicts, support/rstrhash.py), so that a str is hashed once however
 * many app-level wrappers it gets; perturbed probing in rt_dict.c makes up
 * for its weak low bits. The result is cached in ->hash, where 0 means 'not
 * computed': a hash of 0 (the empty string) is simply recomputed. */
Signed rt_str_hash_compute(rt_str *s) {
    const unsigned char *p = (const unsigned char *)s->chars;
    Signed n = s->length;
    if (n == 0) return 0;
    Unsigned x = (Unsigned)p[0] << 7;
    for (Signed i = 0; i < n; i++)
        x = (1000003u * x) ^ (Unsigned)p[i];
    x ^= (Unsigned)n;
    Signed r = (Signed)x;
    if (r == -1) r = -2;
    s->hash = r;
    return r;
}

Signed rt_str_cmp(rt_str *a, rt_str *b) {
    Signed n = a->length < b->length ? a->length : b->length;
    int c = memcmp(a->chars, b->chars, (size_t)n);   /* unsigned bytes, like Python */
    if (c != 0) return c;
    return a->length < b->length ? -1 : a->length > b->length ? 1 : 0;
}

rt_str *rt_str_concat(rt_str *a, rt_str *b) {
    if (a->length == 0) return b;
    if (b->length == 0) return a;
    rt_str *s = rt_str_new(a->length + b->length);
    memcpy(s->chars, a->chars, (size_t)a->length);
    memcpy(s->chars + a->length, b->chars, (size_t)b->length);
    return s;
}

rt_str *rt_str_mul(rt_str *s, Signed n) {
    Signed len = s->length, total;
    if (n <= 0 || len == 0) return RT_STR_EMPTY;
    if (n == 1) return s;
    if (__builtin_mul_overflow(len, n, &total) || total > ((Signed)1 << 48)) {
        rt_raise_builtin(RT_EXC_MEMORY, "repeated string is too long");
        return RT_STR_EMPTY;
    }
    rt_str *r = rt_str_new(total);
    if (len == 1) {
        memset(r->chars, s->chars[0], (size_t)total);
        return r;
    }
    memcpy(r->chars, s->chars, (size_t)len);
    Signed done = len;
    while (done < total) {          /* doubling copies */
        Signed k = done <= total - done ? done : total - done;
        memcpy(r->chars + done, r->chars, (size_t)k);
        done += k;
    }
    return r;
}

char rt_str_getitem_slow(rt_str *s, Signed i) {
    if (i < 0 && i + s->length >= 0) return s->chars[i + s->length];
    rt_raise_builtin(RT_EXC_INDEX, "string index out of range");
    return 0;
}

rt_str *rt_str_slice(rt_str *s, Signed start, Signed stop) {
    Signed len = s->length;
    if (start < 0) { start += len; if (start < 0) start = 0; }
    else if (start > len) start = len;
    if (stop < 0) { stop += len; if (stop < 0) stop = 0; }
    else if (stop > len) stop = len;
    if (stop <= start) return RT_STR_EMPTY;
    if (start == 0 && stop == len) return s;
    return rt_str_from_c(s->chars + start, stop - start);
}

/* ---- builder ---------------------------------------------------------- */

void rt_builder_init(rt_builder *b, Signed hint) {
    if (hint < 16) hint = 16;
    b->length = 0;
    b->capacity = hint;
    b->buf = rt_gc_malloc_varsize((size_t)hint, 0);
}

void rt_builder_grow(rt_builder *b, Signed needed) {
    Signed cap = b->capacity * 2;
    if (cap < b->length + needed) cap = b->length + needed;
    b->buf = rt_gc_realloc_varsize(b->buf, (size_t)b->capacity, (size_t)cap, 0);
    b->capacity = cap;
}

rt_str *rt_builder_build(rt_builder *b) {
    return rt_str_from_c(b->buf, b->length);
}
