/* Bootstrap GC backend: Boehm's conservative collector. Objects with
 * has_pointers == 0 are allocated "atomic" so the collector never scans them. */
#define GC_THREADS          /* declares GC_pthread_create and the signal getters */
#include <gc.h>
#include <gc/gc_inline.h>
#include <gc/gc_mark.h>
#include <stdio.h>
#include <stdlib.h>
#include "rt.h"

/* Callers never check for NULL, and raising MemoryError would itself need
 * memory: running out is fatal. */
static void rt_gc_out_of_memory(void) {
    fputs("Fatal error: out of memory\n", stderr);
    abort();
}

/* Small objects come from our own free lists, one per size in granules,
 * refilled a block at a time by GC_generic_malloc_many (gc_inline.h): popping
 * a list is much cheaper than GC_malloc's thread-local lookup and calls.  The
 * lists are static data, so the collector traces them and never reclaims the
 * objects waiting in them.  With threads, only the holder of the GIL
 * allocates (rt_thread.h), so one set of lists still serves. */
static void *rt_fl_normal[GC_TINY_FREELISTS];
static void *rt_fl_atomic[GC_TINY_FREELISTS];
/* Set when threads start: a collection may then begin in another thread
 * (registering or leaving), whose start callback would empty the atomic
 * lists under the GIL holder's feet; atomic objects then come from Boehm's
 * own thread-local lists instead. */
static int rt_fl_atomic_off;
/* With GC_all_interior_pointers GC_malloc adds one byte to every request (so
 * a pointer just past an object does not keep the next one alive); we do the
 * same when choosing the list. */
static size_t rt_gc_extra_bytes;
/* Fixed-size objects (rt_gc_malloc) get no extra byte: a 16-byte int or
 * float box would otherwise take 32 bytes, twice the memory traffic and
 * collections.  Nothing keeps a pointer just past a fixed object.  But
 * Boehm's NORMAL kind never scans the last word of an object when the
 * extra byte is on (it assumes the word holds only that byte), so these
 * objects come from a kind of our own that scans them whole, with their
 * own free lists. */
static void *rt_fl_exact[GC_TINY_FREELISTS];
static int rt_kind_exact;

/* Pointer-free objects are never scanned, so the links of an atomic list are
 * invisible to the marker: the lists are dropped when a collection starts,
 * and their objects are reclaimed with the rest of the garbage. */
static void GC_CALLBACK rt_gc_on_start(void) {
    memset(rt_fl_atomic, 0, sizeof(rt_fl_atomic));
}

static inline size_t rt_granules(size_t size, size_t extra) {
    return (size + extra + GC_GRANULE_BYTES - 1) / GC_GRANULE_BYTES;
}

/* A cleared object (a NORMAL-like kind) or an uncleared PTRFREE one, or
 * NULL if the size has no free list; `extra`: the byte added to the size. */
static inline void *rt_fl_pop(void **lists, size_t size, size_t extra, int kind) {
    size_t g = rt_granules(size, extra);
    void *p;
    if (RT_UNLIKELY(g >= GC_TINY_FREELISTS)) return NULL;
    p = lists[g];
    if (RT_UNLIKELY(p == NULL)) {
        /* the size is raw: Boehm adds no extra byte here */
        GC_generic_malloc_many(g * GC_GRANULE_BYTES, kind, &lists[g]);
        p = lists[g];
        if (p == NULL) rt_gc_out_of_memory();
    }
    lists[g] = *(void **)p;
    *(void **)p = NULL;         /* the link; Boehm cleared the rest (NORMAL kind) */
    return p;
}

/* extra: 0 for a fixed-size object (rt_kind_exact), else rt_gc_extra_bytes */
static inline void *rt_alloc_normal(size_t size, size_t extra) {
    void *p = extra ? rt_fl_pop(rt_fl_normal, size, extra, GC_I_NORMAL)
                    : rt_fl_pop(rt_fl_exact, size, 0, rt_kind_exact);
    if (RT_UNLIKELY(p == NULL)) {
        p = GC_MALLOC(size);               /* zero-filled by Boehm */
        if (RT_UNLIKELY(p == NULL)) rt_gc_out_of_memory();
    }
    return p;
}

/* Not cleared. */
static inline void *rt_alloc_atomic(size_t size, size_t extra) {
    void *p = RT_LIKELY(!rt_fl_atomic_off) ? rt_fl_pop(rt_fl_atomic, size, extra, GC_I_PTRFREE) : NULL;
    if (RT_UNLIKELY(p == NULL)) {
        p = GC_MALLOC_ATOMIC(size);
        if (RT_UNLIKELY(p == NULL)) rt_gc_out_of_memory();
    }
    return p;
}

/* Bounds of the RT_NOSCAN section, provided by the linker (weak: a program
 * may have no such data). */
extern char __start_rt_noscan[] __attribute__((weak));
extern char __stop_rt_noscan[] __attribute__((weak));

void rt_gc_init(void) {
    /* No collection inside GC_INIT: it would mark the whole data segment
     * (the prebuilt objects, before the exclusion below) for nothing,
     * about 7 ms of every start-up. */
    GC_set_dont_precollect(1);
    GC_INIT();
    /* Boehm scans the whole data segment at every collection; the prebuilt
     * strings are most of it and cannot point into the heap. */
    if (__start_rt_noscan != NULL && (uintptr_t)__stop_rt_noscan > (uintptr_t)__start_rt_noscan)
        GC_exclude_static_roots(__start_rt_noscan, __stop_rt_noscan);
    rt_gc_extra_bytes = GC_get_all_interior_pointers() ? 1 : 0;
    rt_gc_thread_roots(&rt_exc_value, &rt_exc_value + 1, 1);    /* the main thread's */
    GC_set_start_callback(rt_gc_on_start);
    /* Fewer, larger collections: the interpreter allocates at a high rate. */
    GC_set_free_space_divisor(2);
    GC_expand_hp(32 * 1024 * 1024);
    /* scanned in full (descriptor: the object's size), cleared */
    rt_kind_exact = (int)GC_new_kind(GC_new_free_list(), 0 | GC_DS_LENGTH, 1, 1);
}

int rt_gc_thread_create(pthread_t *tid, const pthread_attr_t *attr, void *(*fn)(void *), void *arg) {
    return GC_pthread_create(tid, attr, fn, arg);
}

void rt_gc_keep_signals(sigset_t *set) {
    sigdelset(set, GC_get_suspend_signal());
    sigdelset(set, GC_get_thr_restart_signal());
}

void rt_gc_thread_roots(void *start, void *end, int add) {
    if (add) GC_add_roots(start, end);
    else GC_remove_roots(start, end);
}

void rt_gc_threads_starting(void) {
    rt_fl_atomic_off = 1;
    memset(rt_fl_atomic, 0, sizeof(rt_fl_atomic));
}

void *rt_gc_malloc(size_t size, uint32_t tid, int has_pointers) {
    void *p;
    if (has_pointers) {
        p = rt_alloc_normal(size, 0);
    } else {
        p = rt_alloc_atomic(size, 0);
        memset(p, 0, size);
    }
    ((rt_hdr *)p)->tid = tid;
    return p;
}

void *rt_gc_malloc_atomic_uninit(size_t size, uint32_t tid) {
    rt_hdr *h = rt_alloc_atomic(size, rt_gc_extra_bytes);
    h->tid = tid;
    h->gcflags = 0;
    return h;
}

void *rt_gc_malloc_varsize(size_t size, int has_pointers) {
    void *p;
    if (size == 0) size = 1;
    if (has_pointers) {
        p = rt_alloc_normal(size, rt_gc_extra_bytes);
    } else {
        p = rt_alloc_atomic(size, rt_gc_extra_bytes);
        memset(p, 0, size);
    }
    return p;
}

void *rt_gc_realloc_varsize(void *p, size_t oldsize, size_t newsize, int has_pointers) {
    void *q;
    /* Prebuilt objects own static arrays that Boehm cannot realloc. */
    if (p == NULL || GC_base(p) == NULL) {
        q = rt_gc_malloc_varsize(newsize, has_pointers);
        if (p != NULL) memcpy(q, p, oldsize < newsize ? oldsize : newsize);
        return q;
    }
    q = GC_REALLOC(p, newsize ? newsize : 1);
    if (RT_UNLIKELY(q == NULL)) rt_gc_out_of_memory();
    if (newsize > oldsize) memset((char *)q + oldsize, 0, newsize - oldsize);
    return q;
}
