/* Bootstrap GC backend: Boehm's conservative collector. Objects with
 * has_pointers == 0 are allocated "atomic" so the collector never scans them. */
#include <gc.h>
#include <stdio.h>
#include <stdlib.h>
#include "rt.h"

/* Callers never check for NULL, and raising MemoryError would itself need
 * memory: running out is fatal. */
static void rt_gc_out_of_memory(void) {
    fputs("Fatal error: out of memory\n", stderr);
    abort();
}

void rt_gc_init(void) {
    GC_INIT();
    /* Fewer, larger collections: the interpreter allocates at a high rate. */
    GC_set_free_space_divisor(2);
    GC_expand_hp(32 * 1024 * 1024);
}

void *rt_gc_malloc(size_t size, uint32_t tid, int has_pointers) {
    void *p;
    if (has_pointers) {
        p = GC_MALLOC(size);               /* zero-filled by Boehm */
    } else {
        p = GC_MALLOC_ATOMIC(size);
        if (p) memset(p, 0, size);
    }
    if (RT_UNLIKELY(p == NULL)) rt_gc_out_of_memory();
    ((rt_hdr *)p)->tid = tid;
    return p;
}

void *rt_gc_malloc_atomic_uninit(size_t size, uint32_t tid) {
    rt_hdr *h = GC_MALLOC_ATOMIC(size);
    if (RT_UNLIKELY(h == NULL)) rt_gc_out_of_memory();
    h->tid = tid;
    h->gcflags = 0;
    return h;
}

void *rt_gc_malloc_varsize(size_t size, int has_pointers) {
    void *p;
    if (size == 0) size = 1;
    if (has_pointers) {
        p = GC_MALLOC(size);
    } else {
        p = GC_MALLOC_ATOMIC(size);
        if (p) memset(p, 0, size);
    }
    if (RT_UNLIKELY(p == NULL)) rt_gc_out_of_memory();
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
