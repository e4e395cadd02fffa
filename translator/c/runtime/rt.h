/* The C runtime of translated programs: the contract between generated code
 * (translator/c/) and the hand-written runtime (this folder).
 *
 * Conventions
 *  - Signed is the subset's `int`, Float its `float`, Bool its `bool`.
 *  - Every GC object starts with rt_hdr; `tid` is the type id assigned by the
 *    translator (classes numbered in preorder so isinstance is a range check).
 *  - Containers store 8-byte words (rt_word): ints, floats (bit-cast), bools,
 *    and pointers all fit, so one list and one dict implementation serve all
 *    element types.
 *  - Exceptions propagate by return-path checks: a failing function stores the
 *    exception instance in rt_exc_value and returns a dummy value; callers test
 *    RT_EXC_OCCURRED() after every call that can raise.
 *  - All allocation, write barriers and GC roots go through the RT_GC_* macros
 *    and rt_gc_* functions of rt_gc.h, so a precise moving GC can replace the
 *    conservative bootstrap collector (Boehm) without touching generated code.
 */
#ifndef RT_H
#define RT_H
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include <string.h>

typedef int64_t Signed;
typedef uint64_t Unsigned;
typedef double Float;
typedef uint64_t rt_word;
typedef bool Bool;

#define RT_LIKELY(x) __builtin_expect(!!(x), 1)
#define RT_UNLIKELY(x) __builtin_expect(!!(x), 0)

typedef struct rt_hdr { uint32_t tid; uint32_t gcflags; } rt_hdr;

/* Reserved type ids of runtime-owned objects; the translator numbers user
 * classes from RT_FIRST_USER_TID. */
enum { RT_TID_STR = 1, RT_TID_LIST = 2, RT_TID_DICT = 3, RT_TID_ITEMS = 4,
       RT_TID_DICTENTRIES = 5, RT_TID_DICTINDEX = 6, RT_TID_RAW = 7,
       RT_FIRST_USER_TID = 16 };

#include "rt_gc.h"

/* ---- exceptions ---------------------------------------------------------- */
/* Per-thread state is thread-local with the local-exec model: an access is
 * one %fs-relative load, as cheap as a global's (the executable links the
 * runtime statically, without PIE). Code between dropping and retaking the
 * GIL (rt_thread.h) still tests rt_exc_value and the stack limit: they must
 * be this thread's own. */
#define RT_THREAD_LOCAL __thread __attribute__((tls_model("local-exec")))
extern RT_THREAD_LOCAL void *rt_exc_value;   /* current exception instance or NULL */
#define RT_EXC_OCCURRED() RT_UNLIKELY(rt_exc_value != NULL)
#define RT_EXC_CLEAR() (rt_exc_value = NULL)
/* The runtime raises the subset's built-in exceptions through this hook,
 * defined by the generated code (it knows their classes). */
enum { RT_EXC_INDEX, RT_EXC_KEY, RT_EXC_ZERODIV, RT_EXC_OVERFLOW, RT_EXC_VALUE,
       RT_EXC_ASSERTION, RT_EXC_STACKOVERFLOW, RT_EXC_MEMORY, RT_EXC_OSERROR,
       RT_EXC_NOTIMPLEMENTED, RT_EXC__COUNT };
/* msg is only valid during the call: the hook must copy it. */
void rt_raise_builtin(int which, const char *msg);
/* Name of the class of an instance (generated), for fatal error reports. */
const char *rt_class_name(void *obj);

/* ---- stack overflow --------------------------------------------------------- */
extern RT_THREAD_LOCAL char *rt_stack_limit;
/* Returns true (and raises StackOverflow) when the C stack is nearly full. */
#define RT_STACK_CHECK() RT_UNLIKELY((char *)__builtin_frame_address(0) < rt_stack_limit && rt_stack_overflow())
bool rt_stack_overflow(void);
/* Sets rt_stack_limit from RLIMIT_STACK, given an address near the stack's
 * top (a local of main). */
void rt_stack_init(char *stack_top);
/* The limit for a stack of `size` bytes whose top is near stack_top. */
char *rt_stack_limit_for(char *stack_top, Unsigned size);

/* ---- integers and floats ------------------------------------------------------ */
Signed rt_int_floordiv_slow(Signed a, Signed b);
Signed rt_int_mod_slow(Signed a, Signed b);
/* Floor semantics; b == 0 raises ZeroDivisionError. Fast path: both >= 0. */
static inline Signed rt_int_floordiv(Signed a, Signed b) {
    if (RT_LIKELY(a >= 0 && b > 0)) return a / b;
    return rt_int_floordiv_slow(a, b);
}
static inline Signed rt_int_mod(Signed a, Signed b) {
    if (RT_LIKELY(a >= 0 && b > 0)) return a % b;
    return rt_int_mod_slow(a, b);
}
/* Checked arithmetic, inline: the interpreter's int fast paths use it on
 * every operation; only raising is out of line. */
Signed rt_int_overflow(void);                 /* raises OverflowError, returns 0 */
static inline Signed rt_int_add_ovf(Signed a, Signed b) {   /* raises OverflowError */
    Signed r;
    if (RT_UNLIKELY(__builtin_add_overflow(a, b, &r))) return rt_int_overflow();
    return r;
}
static inline Signed rt_int_sub_ovf(Signed a, Signed b) {
    Signed r;
    if (RT_UNLIKELY(__builtin_sub_overflow(a, b, &r))) return rt_int_overflow();
    return r;
}
static inline Signed rt_int_mul_ovf(Signed a, Signed b) {
    Signed r;
    if (RT_UNLIKELY(__builtin_mul_overflow(a, b, &r))) return rt_int_overflow();
    return r;
}
Signed rt_int_lshift_ovf(Signed a, Signed b);
Signed rt_int_neg_ovf(Signed a);
Float rt_float_floordiv(Float a, Float b);
Float rt_float_mod(Float a, Float b);
Float rt_float_div_by_zero(void);               /* raises ZeroDivisionError, returns 0.0 */
static inline Float rt_float_div(Float a, Float b) {   /* raises ZeroDivisionError */
    if (RT_UNLIKELY(b == 0.0)) return rt_float_div_by_zero();
    return a / b;
}
Float rt_float_pow(Float a, Float b);
Signed rt_int_pow(Signed a, Signed b);        /* b >= 0, wraps */
static inline rt_word rt_word_from_float(Float f) { rt_word w; memcpy(&w, &f, 8); return w; }
static inline Float rt_float_from_word(rt_word w) { Float f; memcpy(&f, &w, 8); return f; }

/* ---- strings (immutable byte strings) ---------------------------------------- */
typedef struct rt_str { rt_hdr hdr; Signed hash; Signed length; char chars[]; } rt_str;
/* chars[length] is always '\0' so C library calls can use the bytes. */
rt_str *rt_str_new(Signed length);                 /* uninitialised chars */
rt_str *rt_str_from_c(const char *s, Signed length);
/* The 256 prebuilt 1-char strings and the empty string (static, never freed). */
typedef struct rt_str1 { rt_hdr hdr; Signed hash; Signed length; char chars[8]; } rt_str1;
extern rt_str1 rt_str_chars[256];
extern rt_str1 rt_str_empty_obj;
#define RT_STR_EMPTY ((rt_str *)&rt_str_empty_obj)
static inline rt_str *rt_str_from_char(char c) { return (rt_str *)&rt_str_chars[(unsigned char)c]; }
Signed rt_str_hash_compute(rt_str *s);             /* fills s->hash */
/* Cached; 0 in ->hash means 'not computed yet' (a hash of 0 is recomputed). */
static inline Signed rt_str_hash(rt_str *s) {
    Signed h = s->hash;
    return RT_LIKELY(h != 0) ? h : rt_str_hash_compute(s);
}
static inline Bool rt_str_eq(rt_str *a, rt_str *b) { /* NULL-safe */
    if (a == b) return true;
    if (a == NULL || b == NULL || a->length != b->length) return false;
    if (a->hash != 0 && b->hash != 0 && a->hash != b->hash) return false;
    /* prebuilt strings longer than one char are unique per content (the
     * translator's database shares them): two different ones differ, which
     * settles the op-name comparisons of the object space at once */
    if (a->length >= 2 && (a->hdr.gcflags & b->hdr.gcflags & RT_GCFLAG_PREBUILT)) return false;
    /* most comparisons in an interpreter are of short strings: look at the
     * first byte before calling memcmp */
    if (a->length == 0) return true;
    if (a->chars[0] != b->chars[0]) return false;
    return a->length == 1 || memcmp(a->chars + 1, b->chars + 1, (size_t)a->length - 1) == 0;
}
Signed rt_str_cmp(rt_str *a, rt_str *b);           /* <0, 0, >0 */
rt_str *rt_str_concat(rt_str *a, rt_str *b);
rt_str *rt_str_mul(rt_str *s, Signed n);
char rt_str_getitem_slow(rt_str *s, Signed i);
static inline char rt_str_getitem(rt_str *s, Signed i) {   /* negative i allowed; IndexError */
    if (RT_LIKELY((Unsigned)i < (Unsigned)s->length)) return s->chars[i];
    return rt_str_getitem_slow(s, i);
}
rt_str *rt_str_slice(rt_str *s, Signed start, Signed stop);   /* Python clamping */
Bool rt_str_contains(rt_str *s, rt_str *sub);
Signed rt_str_find(rt_str *s, rt_str *sub, Signed start, Signed end);
Signed rt_str_rfind(rt_str *s, rt_str *sub, Signed start, Signed end);
Signed rt_str_count(rt_str *s, rt_str *sub);
Bool rt_str_startswith(rt_str *s, rt_str *prefix);
Bool rt_str_endswith(rt_str *s, rt_str *suffix);
rt_str *rt_str_strip(rt_str *s, rt_str *chars, int which);  /* chars NULL = whitespace; which: 1 left, 2 right, 3 both */
rt_str *rt_str_lower(rt_str *s);
rt_str *rt_str_upper(rt_str *s);
rt_str *rt_str_replace(rt_str *s, rt_str *old, rt_str *new_, Signed count);
struct rt_list;
struct rt_list *rt_str_split(rt_str *s, rt_str *sep, Signed maxsplit);  /* sep NULL = whitespace */
rt_str *rt_str_join(rt_str *sep, struct rt_list *strs);
Bool rt_str_isdigit(rt_str *s);
Bool rt_str_isalpha(rt_str *s);
Bool rt_str_isspace(rt_str *s);
Bool rt_str_isalnum(rt_str *s);
Signed rt_str_to_int(rt_str *s, Signed base);   /* Python 3 int(s, base) rules; ValueError */
Float rt_str_to_float(rt_str *s);                /* ValueError */
rt_str *rt_str_from_int(Signed v);
rt_str *rt_str_from_float(Float v);              /* Python 3 repr(float) */
rt_str *rt_str_repr(rt_str *s);                  /* Python 3 repr of a latin-1 str */
/* %-formatting: fmt with n args; kinds[i] is 'i' (Signed), 'f' (Float), 's'
 * (rt_str*), 'r' (repr of rt_str*), 'b' (Bool) telling how args[i] is stored. */
rt_str *rt_str_format(rt_str *fmt, Signed n, const char *kinds, const rt_word *args);
/* A string builder for joining many pieces. */
typedef struct rt_builder { Signed length, capacity; char *buf; } rt_builder;
void rt_builder_init(rt_builder *b, Signed hint);
void rt_builder_grow(rt_builder *b, Signed needed);
static inline void rt_builder_append(rt_builder *b, const char *s, Signed n) {
    if (RT_UNLIKELY(b->length + n > b->capacity)) rt_builder_grow(b, n);
    memcpy(b->buf + b->length, s, (size_t)n);
    b->length += n;
}
static inline void rt_builder_append_char(rt_builder *b, char c) {
    if (RT_UNLIKELY(b->length >= b->capacity)) rt_builder_grow(b, 1);
    b->buf[b->length++] = c;
}
rt_str *rt_builder_build(rt_builder *b);

/* ---- lists --------------------------------------------------------------------- */
typedef struct rt_list { rt_hdr hdr; Signed length; Signed capacity; rt_word *items; } rt_list;
/* gcitems: whether items are GC pointers (the GC must trace them). A list
 * whose items are NOT pointers carries RT_GCFLAG_ATOMIC_ITEMS in hdr.gcflags
 * (prebuilt lists without the flag are merely scanned needlessly). */
rt_list *rt_list_new(Signed length, Bool gcitems);        /* zero-filled */
rt_list *rt_list_from(Signed length, Bool gcitems, const rt_word *items);
void rt_list_append_slow(rt_list *l, rt_word w);
static inline void rt_list_append(rt_list *l, rt_word w) {
    Signed n = l->length;
    if (RT_LIKELY(n < l->capacity)) { RT_GC_WRITE_BARRIER(l); l->items[n] = w; l->length = n + 1; }
    else rt_list_append_slow(l, w);
}
rt_word rt_list_pop(rt_list *l, Signed index);            /* IndexError */
void rt_list_insert(rt_list *l, Signed index, rt_word w);
void rt_list_delitem(rt_list *l, Signed index);           /* IndexError */
void rt_list_extend(rt_list *l, rt_list *other);
void rt_list_reverse(rt_list *l);
rt_list *rt_list_slice(rt_list *l, Signed start, Signed stop);
void rt_list_setslice(rt_list *l, Signed start, Signed stop, rt_list *items);
rt_list *rt_list_concat(rt_list *a, rt_list *b);
rt_list *rt_list_mul(rt_list *l, Signed n);
void rt_list_resize(rt_list *l, Signed newlength);        /* new items are 0 */
/* Normalises a possibly-negative index; raises IndexError and returns -1 when out of range. */
Signed rt_list_index_error(void);
static inline Signed rt_list_index_check(rt_list *l, Signed i) {
    if (RT_LIKELY((Unsigned)i < (Unsigned)l->length)) return i;
    if (i < 0 && i + l->length >= 0) return i + l->length;
    return rt_list_index_error();
}
/* list.index / `in`: position of the first equal item or -1 (never raises).
 * _word compares the raw words (ints, bools, identity), _float as floats,
 * _str with rt_str_eq. */
Signed rt_list_find_word(rt_list *l, rt_word w);
Signed rt_list_find_float(rt_list *l, Float f);
Signed rt_list_find_str(rt_list *l, rt_str *s);
#ifdef RT_DEBUG
#include <assert.h>
/* Debug builds check every unchecked access that generated code makes. */
static inline rt_word *rt_list_item_ptr(rt_list *l, Signed i) {
    assert(i >= 0 && i < l->length);
    return &l->items[i];
}
#define RT_LIST_GET(l, i) (*rt_list_item_ptr((l), (i)))
#define RT_LIST_SET(l, i, w) (RT_GC_WRITE_BARRIER(l), *rt_list_item_ptr((l), (i)) = (w))
#else
#define RT_LIST_GET(l, i) ((l)->items[(i)])
#define RT_LIST_SET(l, i, w) (RT_GC_WRITE_BARRIER(l), (l)->items[(i)] = (w))
#endif

/* ---- dicts (insertion ordered) --------------------------------------------------- */
typedef Signed (*rt_hash_fn)(rt_word key);
typedef Bool (*rt_eq_fn)(rt_word a, rt_word b);
enum { RT_DICT_INT = 0, RT_DICT_STR = 1, RT_DICT_PTR = 2, RT_DICT_CUSTOM = 3 };
typedef struct rt_dictentry { rt_word key; rt_word value; Signed hash; Signed valid; } rt_dictentry;
typedef struct rt_dict {
    rt_hdr hdr; int kind; Bool gckeys, gcvalues;
    rt_hash_fn hash; rt_eq_fn eq;             /* only for RT_DICT_CUSTOM */
    Signed used, nentries, entries_cap;       /* entries may hold deleted (valid=0) slots */
    rt_dictentry *entries;
    Signed index_mask; Signed *index;          /* open addressing into entries; -1 empty, -2 deleted */
} rt_dict;
rt_dict *rt_dict_new(int kind, Bool gckeys, Bool gcvalues, rt_hash_fn h, rt_eq_fn eq);
/* Lookup returns the entry index or -1; with exceptions possible from custom eq/hash. */
Signed rt_dict_lookup(rt_dict *d, rt_word key);
rt_word rt_dict_getitem(rt_dict *d, rt_word key);          /* KeyError */
rt_word rt_dict_get(rt_dict *d, rt_word key, rt_word dflt);
void rt_dict_setitem(rt_dict *d, rt_word key, rt_word value);
void rt_dict_delitem(rt_dict *d, rt_word key);             /* KeyError */
rt_word rt_dict_pop(rt_dict *d, rt_word key);              /* KeyError */
rt_word rt_dict_pop_default(rt_dict *d, rt_word key, rt_word dflt);
rt_word rt_dict_setdefault(rt_dict *d, rt_word key, rt_word dflt);
Bool rt_dict_contains(rt_dict *d, rt_word key);
void rt_dict_clear(rt_dict *d);
rt_dict *rt_dict_copy(rt_dict *d);
rt_list *rt_dict_keys(rt_dict *d);
rt_list *rt_dict_values(rt_dict *d);
/* Iteration: positions run over entries; rt_dict_next returns the next valid
 * position >= pos, or -1 at the end. Mutation during iteration is not
 * detected (the subset forbids it, as CPython does): it stays memory-safe
 * but may skip or repeat entries. */
Signed rt_dict_next(rt_dict *d, Signed pos);
#define RT_DICT_KEY(d, pos) ((d)->entries[(pos)].key)
#define RT_DICT_VALUE(d, pos) ((d)->entries[(pos)].value)
#define RT_DICT_LEN(d) ((d)->used)

/* ---- I/O and process ------------------------------------------------------------- */
void rt_print_str(rt_str *s);            /* writes s and '\n' to stdout */
void rt_write(int fd, rt_str *s);
rt_list *rt_argv_list(int argc, char **argv);

/* ---- entry ----------------------------------------------------------------------- */
/* Generated: the translated entry point, argv as list[str], returns exit code. */
Signed rt_entry_point(rt_list *argv);
/* Generated: initialises prebuilt data that cannot be static (none yet). */
void rt_init_prebuilt(void);
#endif
