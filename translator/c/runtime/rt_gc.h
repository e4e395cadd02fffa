/* The one interface between generated code and the garbage collector.
 * Today it is backed by Boehm's conservative collector (the bootstrap GC);
 * our own moving, incremental GC (gc/) will provide the same names. */
#ifndef RT_GC_H
#define RT_GC_H
#include <stddef.h>
#include <stdint.h>

void rt_gc_init(void);
/* Called (by the GIL holder) before the first thread is created. Allocation
 * itself always runs under the GIL (rt_thread.h), but the collector may start
 * a collection from a thread being registered or leaving. */
void rt_gc_threads_starting(void);
/* GC pointers in thread-local variables (rt_exc_value) are roots the
 * collector does not find by itself: each thread adds (add=1) the range of
 * its own copy, and removes it (add=0) when it ends. */
void rt_gc_thread_roots(void *start, void *end, int add);
/* pthread_create for a thread whose stack the collector must scan. */
#include <pthread.h>
#include <signal.h>
int rt_gc_thread_create(pthread_t *tid, const pthread_attr_t *attr, void *(*fn)(void *), void *arg);
/* Removes from `set` the signals the collector itself sends to threads
 * (they must never be blocked). */
void rt_gc_keep_signals(sigset_t *set);
/* Zero-filled object whose header gets `tid`. `has_pointers` false means the
 * GC never needs to scan it (strings, int arrays). */
void *rt_gc_malloc(size_t size, uint32_t tid, int has_pointers);
/* Like rt_gc_malloc(size, tid, 0) but only the header is initialised: for
 * objects the caller fills completely (string contents). */
void *rt_gc_malloc_atomic_uninit(size_t size, uint32_t tid);
/* Zero-filled non-object memory owned by a GC object (list items, dict tables). */
void *rt_gc_malloc_varsize(size_t size, int has_pointers);
void *rt_gc_realloc_varsize(void *p, size_t oldsize, size_t newsize, int has_pointers);
/* Prebuilt (static) objects: flag in the header so a moving GC never moves them. */
#define RT_GCFLAG_PREBUILT 1u
/* Set on an rt_list whose items are not GC pointers (see rt_list_new). */
#define RT_GCFLAG_ATOMIC_ITEMS 2u

/* Prebuilt data that holds no GC pointers (string contents, arrays of ints)
 * goes into its own section; the GC backend need not scan it for roots. */
#define RT_NOSCAN __attribute__((section("rt_noscan")))

/* Write barrier: called before storing a GC pointer into an object. */
#define RT_GC_WRITE_BARRIER(obj) ((void)0)
/* Shadow stack: generated code pushes every GC pointer that is live across a
 * call, so a precise GC can find and update the roots. No-ops with Boehm. */
#define RT_GC_ROOTS_ENTER(n) ((void)0)
#define RT_GC_ROOT_PUSH(addr) ((void)(addr))   /* addr: the address of a local GC pointer */
#define RT_GC_ROOTS_LEAVE(n) ((void)0)
#endif
