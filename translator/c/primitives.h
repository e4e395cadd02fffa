/* C for the support library's primitives (functions marked @primitive in
 * support/): their Python bodies are host-only reference implementations. */
#ifndef PRIMITIVES_H
#define PRIMITIVES_H
#include <errno.h>
#include <stdlib.h>
#include "rt.h"
#include "rt_weak.h"     /* support/rgc.py */
#include "rt_objspace.h" /* support/rdigits.py, support/rstrhash.py */

/* support/ffi.py */
static inline Signed ps_get_errno(void) { return errno; }
static inline void ps_set_errno(Signed v) { errno = (int)v; }

/* support/objectmodel.py */
static inline Signed ps_compute_unique_id(void *p) { return (Signed)(uintptr_t)p; }

/* support/rarith.py: unsigned values live in Signed with the same 64 bits */
static inline Signed ps_intmask(Signed x) { return x; }
static inline Signed ps_r_uint(Signed x) { return x; }
static inline Bool ps_uint_value_fits(Signed x) { return x >= 0; }   /* the unsigned value is <= MAXINT */
static inline Signed ps_uint_add(Signed a, Signed b) { return (Signed)((Unsigned)a + (Unsigned)b); }
static inline Signed ps_uint_sub(Signed a, Signed b) { return (Signed)((Unsigned)a - (Unsigned)b); }
static inline Signed ps_uint_mul(Signed a, Signed b) { return (Signed)((Unsigned)a * (Unsigned)b); }
static inline Signed ps_uint_floordiv(Signed a, Signed b) {
    if (b == 0) { rt_raise_builtin(RT_EXC_ZERODIV, "integer division or modulo by zero"); return 0; }
    return (Signed)((Unsigned)a / (Unsigned)b);
}
static inline Signed ps_uint_mod(Signed a, Signed b) {
    if (b == 0) { rt_raise_builtin(RT_EXC_ZERODIV, "integer division or modulo by zero"); return 0; }
    return (Signed)((Unsigned)a % (Unsigned)b);
}
static inline Signed ps_uint_rshift(Signed a, Signed n) { return (Signed)((Unsigned)a >> n); }
static inline Signed ps_uint_lshift(Signed a, Signed n) { return (Signed)((Unsigned)a << n); }
static inline Bool ps_uint_lt(Signed a, Signed b) { return (Unsigned)a < (Unsigned)b; }
static inline Bool ps_uint_le(Signed a, Signed b) { return (Unsigned)a <= (Unsigned)b; }
static inline Bool ps_uint_gt(Signed a, Signed b) { return (Unsigned)a > (Unsigned)b; }
static inline Bool ps_uint_ge(Signed a, Signed b) { return (Unsigned)a >= (Unsigned)b; }
static inline Float ps_uint_to_float(Signed a) { return (Float)(Unsigned)a; }
static inline rt_str *ps_uint_str(Signed a) {
    char buf[32]; int n = snprintf(buf, sizeof buf, "%llu", (unsigned long long)(Unsigned)a);
    return rt_str_from_c(buf, n);
}

/* support/rawmem.py */
static inline Signed ps_raw_alloc(Signed size) {
    void *p = calloc(size > 0 ? (size_t)size : 1, 1);
    if (!p) rt_raise_builtin(RT_EXC_MEMORY, "raw_alloc");
    return (Signed)(uintptr_t)p;
}
static inline void ps_raw_free(Signed addr) { free((void *)(uintptr_t)addr); }
#define RAWP(T, a, o) ((T *)((char *)(uintptr_t)(a) + (o)))
static inline Signed ps_raw_load_i64(Signed a, Signed o) { int64_t v; memcpy(&v, RAWP(char, a, o), 8); return v; }
static inline void ps_raw_store_i64(Signed a, Signed o, Signed v) { int64_t x = v; memcpy(RAWP(char, a, o), &x, 8); }
static inline Signed ps_raw_load_i32(Signed a, Signed o) { int32_t v; memcpy(&v, RAWP(char, a, o), 4); return v; }
static inline void ps_raw_store_i32(Signed a, Signed o, Signed v) { int32_t x = (int32_t)v; memcpy(RAWP(char, a, o), &x, 4); }
static inline Signed ps_raw_load_u8(Signed a, Signed o) { return *RAWP(unsigned char, a, o); }
static inline void ps_raw_store_u8(Signed a, Signed o, Signed v) { *RAWP(unsigned char, a, o) = (unsigned char)v; }
static inline Float ps_raw_load_f64(Signed a, Signed o) { Float v; memcpy(&v, RAWP(char, a, o), 8); return v; }
static inline void ps_raw_store_f64(Signed a, Signed o, Float v) { memcpy(RAWP(char, a, o), &v, 8); }
static inline void ps_raw_str_to_mem(rt_str *s, Signed a, Signed o) { memcpy(RAWP(char, a, o), s->chars, s->length); }
static inline rt_str *ps_raw_mem_to_str(Signed a, Signed n, Signed o) { return rt_str_from_c(RAWP(char, a, o), n); }
static inline void ps_raw_memcopy(Signed dst, Signed src, Signed n) {
    memmove((void *)(uintptr_t)dst, (void *)(uintptr_t)src, (size_t)n);
}
#endif
