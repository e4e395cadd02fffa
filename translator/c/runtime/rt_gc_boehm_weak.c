/* Weak links and finalization queues over Boehm (see rt_weak.h, docs/gc.md).
 *
 * A link is a one-word cell of atomic (never scanned) GC memory holding the
 * target, registered as a "short" disappearing link: the collector clears it
 * as soon as the target is unreachable, before any finalizer is considered.
 * Whoever holds the link's address in scanned memory keeps the cell alive.
 *
 * Finalizers never run inside the allocator: with finalize-on-demand the
 * collector only notes that some objects are ready; the interpreter polls
 * rt_fin_pending() at safe points and then pops the objects from our queue
 * (which keeps them alive until the interpreter is done with them). */
#include <gc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "rt_weak.h"

static void rt_weak_oom(void) {
    fputs("Fatal error: out of memory\n", stderr);
    abort();
}

/* Boehm forces a full collection whenever its table of links would grow
 * past 4096 entries and a quarter of them could be dropped instead: a
 * program that keeps creating short-lived weak references would collect
 * every few thousand of them.  Once it has made that many, we grow the
 * table once to RT_WEAK_TABLE_LOG2 with temporary registrations (a few
 * collections), after which links die at the ordinary collections. */
#define RT_WEAK_TABLE_LOG2 15
static long rt_weak_registered;

static void rt_weak_grow_table(void) {
    size_t n = (size_t)1 << RT_WEAK_TABLE_LOG2;
    void **links = malloc(n * sizeof(void *));     /* outside the GC heap */
    void *target = GC_MALLOC_UNCOLLECTABLE(sizeof(void *));
    size_t i;
    if (links == NULL || target == NULL) return;
    for (i = 0; i < n; i++)
        GC_general_register_disappearing_link(&links[i], target);
    for (i = 0; i < n; i++)
        GC_unregister_disappearing_link(&links[i]);
    free(links);
    GC_FREE(target);
}

Signed rt_weak_link_new(void *obj) {
    void **cell = GC_MALLOC_ATOMIC(sizeof(void *));
    if (RT_UNLIKELY(cell == NULL)) rt_weak_oom();
    *cell = obj;
    /* prebuilt objects live in static data and never die */
    if (obj != NULL && GC_base(obj) == obj) {
        if (RT_UNLIKELY(++rt_weak_registered == 3000)) rt_weak_grow_table();
        GC_general_register_disappearing_link(cell, obj);
    }
    return (Signed)(uintptr_t)cell;
}

static void *GC_CALLBACK rt_weak_read(void *cell) {
    return *(void **)cell;
}

void *rt_weak_link_get(Signed link) {
    /* under the allocation lock: a collection in another thread may be
     * clearing links right now */
    return GC_call_with_alloc_lock(rt_weak_read, (void *)(uintptr_t)link);
}

/* The queue of objects found unreachable (GC memory reached from here, so
 * scanned: the objects stay alive while queued). */
static void **rt_fin_queue;
static size_t rt_fin_head, rt_fin_len, rt_fin_cap;
volatile int rt_fin_ready;
static int rt_fin_initialised;
#define RT_FIN_ORDERED ((void *)1)

static void GC_CALLBACK rt_fin_notify(void) {
    rt_fin_ready = 1;
}

static void GC_CALLBACK rt_fin_proc(void *obj, void *cd) {
    (void)cd;
    if (rt_fin_len == rt_fin_cap) {
        size_t cap = rt_fin_cap ? 2 * rt_fin_cap : 256;
        void **q = GC_MALLOC(cap * sizeof(void *));
        if (RT_UNLIKELY(q == NULL)) rt_weak_oom();
        if (rt_fin_len) memcpy(q, rt_fin_queue, rt_fin_len * sizeof(void *));
        rt_fin_queue = q;
        rt_fin_cap = cap;
    }
    rt_fin_queue[rt_fin_len++] = obj;
}

void rt_fin_register(void *obj, Bool ordered) {
    GC_finalization_proc ofn = 0;
    void *ocd = NULL;
    if (obj == NULL || GC_base(obj) != obj) return;     /* prebuilt: never dies */
    if (!rt_fin_initialised) {
        /* before the first finalizer exists, so none ever runs in the allocator */
        GC_set_finalize_on_demand(1);
        GC_set_finalizer_notifier(rt_fin_notify);
        rt_fin_initialised = 1;
    }
    if (ordered) {
        GC_register_finalizer_ignore_self(obj, rt_fin_proc, RT_FIN_ORDERED, &ofn, &ocd);
    } else {
        GC_register_finalizer_no_order(obj, rt_fin_proc, NULL, &ofn, &ocd);
        if (ofn != 0 && ocd == RT_FIN_ORDERED)     /* keep the stronger guarantee */
            GC_register_finalizer_ignore_self(obj, ofn, ocd, NULL, NULL);
    }
}

Signed rt_fin_pending(void) {
    return rt_fin_ready || rt_fin_head < rt_fin_len;
}

void rt_fin_take_all(void) {
    rt_fin_ready = 0;
    if (GC_should_invoke_finalizers())
        GC_invoke_finalizers();
}

void *rt_fin_pop(void) {
    void *obj;
    if (rt_fin_head >= rt_fin_len) {
        rt_fin_head = rt_fin_len = 0;
        return NULL;
    }
    obj = rt_fin_queue[rt_fin_head];
    rt_fin_queue[rt_fin_head++] = NULL;
    if (rt_fin_head == rt_fin_len) rt_fin_head = rt_fin_len = 0;
    return obj;
}

/* How much dead stack a full collection clears: deep evaluator calls
 * (gc.collect() after a recursion, a sleep after a big call) leave pointers
 * well below 64 KiB, and a stale one there keeps a dead object alive. */
#define RT_DEAD_STACK_CLEAR (1024 * 1024)

/* Not inlined: it writes zeros over the stack below its caller, where
 * earlier deeper calls left pointers that the collector would scan. It
 * stops at the thread's stack limit, since threads may have small stacks. */
static void __attribute__((noinline)) rt_clear_dead_stack(void) {
    char *here = (char *)__builtin_frame_address(0);
    size_t n = RT_DEAD_STACK_CLEAR;
    if (rt_stack_limit != NULL) {
        /* keep 8 KiB for memset's own frame and the area's alignment */
        size_t room = here > rt_stack_limit + 8192 ? (size_t)(here - rt_stack_limit) - 8192 : 0;
        if (room < n) n = room;
    } else if (n > 64 * 1024) {
        n = 64 * 1024;
    }
    if (n == 0) return;
    {
        char area[n];
        memset(area, 0, n);
        __asm__ volatile("" : : "r"(area) : "memory");     /* keep the memset */
    }
}

/* Boehm saves all registers at a collection (getcontext), the vector
 * registers included: memcpy and friends leave copies of pointers there. */
static inline void rt_clear_vector_registers(void) {
#if defined(__x86_64__)
    __asm__ volatile("pxor %%xmm0, %%xmm0\n\tpxor %%xmm1, %%xmm1\n\tpxor %%xmm2, %%xmm2\n\t"
                     "pxor %%xmm3, %%xmm3\n\tpxor %%xmm4, %%xmm4\n\tpxor %%xmm5, %%xmm5\n\t"
                     "pxor %%xmm6, %%xmm6\n\tpxor %%xmm7, %%xmm7\n\tpxor %%xmm8, %%xmm8\n\t"
                     "pxor %%xmm9, %%xmm9\n\tpxor %%xmm10, %%xmm10\n\tpxor %%xmm11, %%xmm11\n\t"
                     "pxor %%xmm12, %%xmm12\n\tpxor %%xmm13, %%xmm13\n\tpxor %%xmm14, %%xmm14\n\t"
                     "pxor %%xmm15, %%xmm15" ::: "xmm0", "xmm1", "xmm2", "xmm3", "xmm4", "xmm5", "xmm6", "xmm7",
                     "xmm8", "xmm9", "xmm10", "xmm11", "xmm12", "xmm13", "xmm14", "xmm15");
#endif
}

void rt_gc_collect_full(void) {
    rt_clear_dead_stack();
    rt_clear_vector_registers();
    GC_gcollect();
}
