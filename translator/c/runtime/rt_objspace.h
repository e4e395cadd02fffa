/* Primitives of the object space's support code, in C.
 *
 * The inner loops of long arithmetic (support/rdigits.py, rt_bigint.c): the
 * translated subset loops check every list index and the pending exception,
 * which made them several times slower than CPython's. Digits are base 2**30
 * in the words of list[int]s; callers size and zero-fill the outputs. */
#ifndef RT_OBJSPACE_H
#define RT_OBJSPACE_H
#include "rt.h"

/* support/rstrhash.py: 2.7's str hash, which the runtime caches (rt_str.c) */
static inline Signed ps_str_hash27(rt_str *s) { return rt_str_hash(s); }

void rt_digits_mul(rt_list *out, rt_list *a, rt_list *b);
void rt_digits_add(rt_list *out, rt_list *a, rt_list *b);
void rt_digits_sub(rt_list *out, rt_list *a, rt_list *b);
Signed rt_digits_divmod_small(rt_list *out, rt_list *a, Signed n);
void rt_digits_knuth(rt_list *u, rt_list *v, rt_list *q);
void rt_digits_shl(rt_list *out, rt_list *a, Signed whole, Signed part);
void rt_digits_shr(rt_list *out, rt_list *a, Signed whole, Signed part);

static inline void ps_digits_mul(rt_list *out, rt_list *a, rt_list *b) { rt_digits_mul(out, a, b); }
static inline void ps_digits_add(rt_list *out, rt_list *a, rt_list *b) { rt_digits_add(out, a, b); }
static inline void ps_digits_sub(rt_list *out, rt_list *a, rt_list *b) { rt_digits_sub(out, a, b); }
static inline Signed ps_digits_divmod_small(rt_list *out, rt_list *a, Signed n) {
    return rt_digits_divmod_small(out, a, n);
}
static inline void ps_digits_knuth(rt_list *u, rt_list *v, rt_list *q) { rt_digits_knuth(u, v, q); }
static inline void ps_digits_shl(rt_list *out, rt_list *a, Signed whole, Signed part) {
    rt_digits_shl(out, a, whole, part);
}
static inline void ps_digits_shr(rt_list *out, rt_list *a, Signed whole, Signed part) {
    rt_digits_shr(out, a, whole, part);
}
#endif
