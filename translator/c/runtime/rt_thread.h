/* OS threads and the global interpreter lock (GIL) for the `thread` module.
 *
 * Only the thread holding the GIL runs translated code (beyond the glue
 * around a blocking call), so the rest of the runtime (allocation free
 * lists, dicts, strings) stays single-threaded; rt_exc_value and
 * rt_stack_limit are thread-local (rt.h).
 * Until the first thread starts, every GIL operation is a no-op
 * (docs/threads.md). */
#ifndef RT_THREAD_H
#define RT_THREAD_H
#include <stdint.h>

/* Starts a thread that takes the GIL and calls rt_thread_entry_point(arg)
 * (generated from the target's thread_entry). stack_size 0 means the
 * default. Returns the new thread's ident, or -errno. */
int64_t rt_thread_start(int64_t arg, int64_t stack_size);
int64_t rt_thread_ident(void);          /* pthread_self() as an integer */
int64_t rt_thread_is_main(void);
int64_t rt_threads_started(void);       /* nonzero once a thread was started */

/* Parking: a thread blocked on an interpreter-level lock waits on its own
 * semaphore (with the GIL dropped) until another thread unparks it. */
int64_t rt_thread_handle(void);         /* this thread's parking handle */
void rt_thread_park(void);
void rt_thread_unpark(int64_t handle);

/* The GIL. release/acquire bracket a blocking system call (errno is kept
 * across acquire). rt_gil_yield drops the GIL and lets the thread that asked
 * for it run first (periodic switching). */
void rt_gil_release(void);
void rt_gil_acquire(void);
void rt_gil_yield(void);
extern volatile int rt_gil_drop_request;   /* set by a thread waiting too long */
/* How long a thread waits for the GIL before asking its holder to drop it. */
void rt_gil_set_interval(int64_t microseconds);

/* Generated: calls the translation target's thread_entry(arg). */
void rt_thread_entry_point(int64_t arg);

#endif
