/* Resizable arrays of words (the subset's list[T]). Items live in a
 * separate GC array so growing never moves the list object itself; small
 * lists of GC pointers created at their final size (frames' locals, argument
 * lists) keep their items inline, right after the header, in the same block:
 * one allocation instead of two.  Growing such a list moves its items out. */
#include "rt.h"

static inline int rt_list_gcitems(rt_list *l) {
    return !(l->hdr.gcflags & RT_GCFLAG_ATOMIC_ITEMS);
}


#define RT_LIST_INLINE_MAX 32

static inline int rt_list_inline(rt_list *l) {
    return l->items == (rt_word *)(l + 1);
}

static rt_list *rt_list_alloc(Signed length, Signed capacity, Bool gcitems) {
    rt_list *l;
    if (gcitems && capacity > 0 && capacity <= RT_LIST_INLINE_MAX) {
        l = rt_gc_malloc(sizeof(rt_list) + (size_t)capacity * sizeof(rt_word), RT_TID_LIST, 1);
        l->items = (rt_word *)(l + 1);
    } else {
        l = rt_gc_malloc(sizeof(rt_list), RT_TID_LIST, 1);
        if (!gcitems) l->hdr.gcflags |= RT_GCFLAG_ATOMIC_ITEMS;
        l->items = capacity ? rt_gc_malloc_varsize((size_t)capacity * sizeof(rt_word), gcitems) : NULL;
    }
    l->length = length;
    l->capacity = capacity;
    return l;
}

/* New storage for cap items (cap >= length); inline items are copied out. */
static void rt_list_set_capacity(rt_list *l, Signed cap) {
    if (rt_list_inline(l)) {
        rt_word *items = rt_gc_malloc_varsize((size_t)cap * sizeof(rt_word), 1);
        memcpy(items, l->items, (size_t)l->length * sizeof(rt_word));
        l->items = items;
    } else {
        l->items = rt_gc_realloc_varsize(l->items, (size_t)l->capacity * sizeof(rt_word),
                                         (size_t)cap * sizeof(rt_word), rt_list_gcitems(l));
    }
    l->capacity = cap;
}

rt_list *rt_list_new(Signed length, Bool gcitems) {
    if (length < 0) length = 0;
    return rt_list_alloc(length, length, gcitems);
}

rt_list *rt_list_from(Signed length, Bool gcitems, const rt_word *items) {
    rt_list *l = rt_list_alloc(length, length, gcitems);
    if (length) memcpy(l->items, items, (size_t)length * sizeof(rt_word));
    return l;
}

/* Capacity grows by ~1.5x so repeated appends are amortised O(1). */
static void rt_list_reserve(rt_list *l, Signed needed) {
    if (needed <= l->capacity) return;
    Signed cap = l->capacity + (l->capacity >> 1) + 8;
    if (cap < needed) cap = needed;
    rt_list_set_capacity(l, cap);
}

void rt_list_append_slow(rt_list *l, rt_word w) {
    rt_list_reserve(l, l->length + 1);
    RT_GC_WRITE_BARRIER(l);
    l->items[l->length++] = w;
}

Signed rt_list_index_error(void) {
    rt_raise_builtin(RT_EXC_INDEX, "list index out of range");
    return -1;
}

/* Releases memory when a list shrank to a quarter of its capacity. */
static void rt_list_maybe_shrink(rt_list *l) {
    if (l->capacity > 64 && l->length < (l->capacity >> 2)) {
        Signed cap = l->length + (l->length >> 1) + 8;
        rt_list_set_capacity(l, cap);
    }
}

rt_word rt_list_pop(rt_list *l, Signed index) {
    Signed n = l->length;
    if (n == 0) {
        rt_raise_builtin(RT_EXC_INDEX, "pop from empty list");
        return 0;
    }
    if (index < 0) index += n;
    if ((Unsigned)index >= (Unsigned)n) {
        rt_raise_builtin(RT_EXC_INDEX, "pop index out of range");
        return 0;
    }
    rt_word w = l->items[index];
    memmove(l->items + index, l->items + index + 1, (size_t)(n - index - 1) * sizeof(rt_word));
    l->items[n - 1] = 0;     /* no stale pointer for the GC */
    l->length = n - 1;
    rt_list_maybe_shrink(l);
    return w;
}

void rt_list_insert(rt_list *l, Signed index, rt_word w) {
    Signed n = l->length;
    if (index < 0) { index += n; if (index < 0) index = 0; }
    else if (index > n) index = n;
    rt_list_reserve(l, n + 1);
    RT_GC_WRITE_BARRIER(l);
    memmove(l->items + index + 1, l->items + index, (size_t)(n - index) * sizeof(rt_word));
    l->items[index] = w;
    l->length = n + 1;
}

void rt_list_delitem(rt_list *l, Signed index) {
    Signed n = l->length;
    if (index < 0) index += n;
    if ((Unsigned)index >= (Unsigned)n) {
        rt_raise_builtin(RT_EXC_INDEX, "list assignment index out of range");
        return;
    }
    memmove(l->items + index, l->items + index + 1, (size_t)(n - index - 1) * sizeof(rt_word));
    l->items[n - 1] = 0;
    l->length = n - 1;
    rt_list_maybe_shrink(l);
}

void rt_list_extend(rt_list *l, rt_list *other) {
    Signed n = l->length, m = other->length;   /* read m first: other may be l */
    if (m == 0) return;
    rt_list_reserve(l, n + m);
    RT_GC_WRITE_BARRIER(l);
    memcpy(l->items + n, other->items, (size_t)m * sizeof(rt_word));
    l->length = n + m;
}

void rt_list_reverse(rt_list *l) {
    rt_word *a = l->items;
    for (Signed i = 0, j = l->length - 1; i < j; i++, j--) {
        rt_word t = a[i]; a[i] = a[j]; a[j] = t;
    }
}

static inline void rt_clamp_slice(Signed len, Signed *start, Signed *stop) {
    if (*start < 0) { *start += len; if (*start < 0) *start = 0; }
    else if (*start > len) *start = len;
    if (*stop < 0) { *stop += len; if (*stop < 0) *stop = 0; }
    else if (*stop > len) *stop = len;
    if (*stop < *start) *stop = *start;
}

rt_list *rt_list_slice(rt_list *l, Signed start, Signed stop) {
    rt_clamp_slice(l->length, &start, &stop);
    return rt_list_from(stop - start, rt_list_gcitems(l), l->items + start);
}

void rt_list_setslice(rt_list *l, Signed start, Signed stop, rt_list *items) {
    rt_clamp_slice(l->length, &start, &stop);
    Signed m = items->length, n = l->length;
    rt_word *src = items->items;
    if (items == l) {        /* l[a:b] = l: copy the source first */
        rt_list *copy = rt_list_slice(items, 0, m);
        src = copy->items;
    }
    Signed newlen = n - (stop - start) + m;
    rt_list_reserve(l, newlen);
    RT_GC_WRITE_BARRIER(l);
    if (n > stop)
        memmove(l->items + start + m, l->items + stop, (size_t)(n - stop) * sizeof(rt_word));
    if (m) memcpy(l->items + start, src, (size_t)m * sizeof(rt_word));
    if (newlen < n) memset(l->items + newlen, 0, (size_t)(n - newlen) * sizeof(rt_word));
    l->length = newlen;
}

rt_list *rt_list_concat(rt_list *a, rt_list *b) {
    rt_list *l = rt_list_alloc(a->length + b->length, a->length + b->length, rt_list_gcitems(a));
    if (a->length) memcpy(l->items, a->items, (size_t)a->length * sizeof(rt_word));
    if (b->length) memcpy(l->items + a->length, b->items, (size_t)b->length * sizeof(rt_word));
    return l;
}

rt_list *rt_list_mul(rt_list *l, Signed n) {
    Signed len = l->length, total;
    if (n <= 0 || len == 0) return rt_list_new(0, rt_list_gcitems(l));
    if (__builtin_mul_overflow(len, n, &total) || total > ((Signed)1 << 40)) {
        rt_raise_builtin(RT_EXC_MEMORY, "repeated list is too long");
        return NULL;
    }
    rt_list *r = rt_list_alloc(total, total, rt_list_gcitems(l));
    for (Signed k = 0; k < n; k++)
        memcpy(r->items + k * len, l->items, (size_t)len * sizeof(rt_word));
    return r;
}

void rt_list_resize(rt_list *l, Signed newlength) {
    if (newlength < 0) newlength = 0;
    Signed n = l->length;
    if (newlength > n) {
        rt_list_reserve(l, newlength);
        memset(l->items + n, 0, (size_t)(newlength - n) * sizeof(rt_word));
    } else if (newlength < n) {
        memset(l->items + newlength, 0, (size_t)(n - newlength) * sizeof(rt_word));
    }
    l->length = newlength;
}

Signed rt_list_find_word(rt_list *l, rt_word w) {
    for (Signed i = 0; i < l->length; i++)
        if (l->items[i] == w) return i;
    return -1;
}

Signed rt_list_find_float(rt_list *l, Float f) {
    for (Signed i = 0; i < l->length; i++)
        if (rt_float_from_word(l->items[i]) == f) return i;
    return -1;
}

Signed rt_list_find_str(rt_list *l, rt_str *s) {
    for (Signed i = 0; i < l->length; i++)
        if (rt_str_eq((rt_str *)(uintptr_t)l->items[i], s)) return i;
    return -1;
}
