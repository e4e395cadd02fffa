/* Weak links and finalization for the interpreter (support/rgc.py), over
 * Boehm's disappearing links and finalizers; see docs/gc.md. */
#ifndef RT_WEAK_H
#define RT_WEAK_H
#include "rt.h"

/* A weak link: the address of a one-word cell that holds obj until the
 * collector finds obj unreachable, then NULL. */
Signed rt_weak_link_new(void *obj);
void *rt_weak_link_get(Signed link);
/* Ask for obj to be queued (kept alive) when it becomes unreachable.
 * ordered: Boehm's ordered finalization (an object reachable from another
 * finalizable object waits for it); otherwise unordered, and an ordered
 * registration already there is kept. */
void rt_fin_register(void *obj, Bool ordered);
/* Nonzero when the collector has found finalizable objects since the last
 * rt_fin_take_all() (read at every backward jump: a variable, no call). */
extern volatile int rt_fin_ready;
Signed rt_fin_pending(void);
/* Move the collector's ready objects into our queue; then pop them one by
 * one (NULL: empty). */
void rt_fin_take_all(void);
void *rt_fin_pop(void);
/* A full collection, after clearing the unused part of the C stack (stale
 * pointers there would keep dead objects alive). */
void rt_gc_collect_full(void);

static inline Signed ps_weak_link_new(void *obj) { return rt_weak_link_new(obj); }
static inline void *ps_weak_link_get(Signed link) { return rt_weak_link_get(link); }
static inline void ps_register_finalizer(void *obj, Bool ordered) { rt_fin_register(obj, ordered); }
static inline Bool ps_finalizers_pending(void) { return rt_fin_ready != 0; }
static inline void ps_take_finalized(void) { rt_fin_take_all(); }
static inline void *ps_next_finalized(void) { return rt_fin_pop(); }
static inline void ps_collect_full(void) { rt_gc_collect_full(); }
#endif
