/* Debug GC backend: plain calloc, never frees. Lets test builds run under
 * AddressSanitizer/UBSan (which cannot coexist with Boehm) to catch
 * out-of-bounds accesses in the runtime. Not for real programs. */
#include <stdio.h>
#include <stdlib.h>
#include "rt.h"

static void *rt_nofree_alloc(size_t size) {
    void *p = calloc(1, size ? size : 1);
    if (p == NULL) { fputs("Fatal error: out of memory\n", stderr); abort(); }
    return p;
}

void rt_gc_init(void) {}
void rt_gc_threads_starting(void) {}
void rt_gc_thread_roots(void *start, void *end, int add) { (void)start; (void)end; (void)add; }
int rt_gc_thread_create(pthread_t *tid, const pthread_attr_t *attr, void *(*fn)(void *), void *arg) {
    return pthread_create(tid, attr, fn, arg);
}
void rt_gc_keep_signals(sigset_t *set) { (void)set; }

void *rt_gc_malloc(size_t size, uint32_t tid, int has_pointers) {
    (void)has_pointers;
    rt_hdr *h = rt_nofree_alloc(size);
    h->tid = tid;
    return h;
}

void *rt_gc_malloc_atomic_uninit(size_t size, uint32_t tid) {
    return rt_gc_malloc(size, tid, 0);
}

void *rt_gc_malloc_varsize(size_t size, int has_pointers) {
    (void)has_pointers;
    return rt_nofree_alloc(size);
}

void *rt_gc_realloc_varsize(void *p, size_t oldsize, size_t newsize, int has_pointers) {
    (void)has_pointers;
    /* Always copy (static arrays of prebuilt objects cannot be realloc'ed). */
    void *q = rt_nofree_alloc(newsize);
    if (p) memcpy(q, p, oldsize < newsize ? oldsize : newsize);
    return q;
}
