/* OS threads and the GIL (see rt_thread.h and docs/threads.md).
 *
 * The GIL follows the scheme of a "switch interval": a thread that waits
 * longer than the interval for the GIL sets rt_gil_drop_request; the holder
 * sees it at its next safe point (the evaluator polls rt_actions_pending at
 * backward jumps) and calls rt_gil_yield, which drops the GIL and waits until
 * another thread has taken it, so a busy thread cannot take it straight back. */
#include <errno.h>
#include <pthread.h>
#include <semaphore.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include "rt.h"
#include "rt_thread.h"

typedef struct rt_thread {
    sem_t park;
    int64_t arg;
    size_t stack_size;
} rt_thread;

static rt_thread rt_main_thread;
static __thread rt_thread *rt_me;      /* NULL in the main thread */
static int rt_threads_on;

static pthread_mutex_t gil_mutex = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t gil_cond;         /* the GIL was dropped */
static pthread_cond_t gil_switch_cond;  /* some thread took the GIL */
static int gil_locked;
static unsigned long gil_switches;      /* how many times the GIL was taken */
static int64_t gil_interval_us = 5000;
volatile int rt_gil_drop_request;

static inline rt_thread *rt_current(void) {
    return rt_me != NULL ? rt_me : &rt_main_thread;
}

int64_t rt_thread_ident(void) { return (int64_t)pthread_self(); }
int64_t rt_thread_is_main(void) { return rt_me == NULL || rt_me == &rt_main_thread; }
int64_t rt_threads_started(void) { return rt_threads_on; }

void rt_gil_set_interval(int64_t microseconds) {
    gil_interval_us = microseconds > 0 ? microseconds : 1;
}

/* ---- the GIL ------------------------------------------------------------------ */

/* Called with gil_mutex held. */
static void gil_wait_and_take(void) {
    while (gil_locked) {
        unsigned long seen = gil_switches;
        struct timespec dl;
        clock_gettime(CLOCK_MONOTONIC, &dl);
        dl.tv_nsec += (long)(gil_interval_us % 1000000) * 1000;
        dl.tv_sec += (time_t)(gil_interval_us / 1000000) + dl.tv_nsec / 1000000000;
        dl.tv_nsec %= 1000000000;
        int r = pthread_cond_timedwait(&gil_cond, &gil_mutex, &dl);
        /* nobody took the GIL during a whole interval: ask the holder */
        if (r == ETIMEDOUT && gil_locked && gil_switches == seen)
            rt_gil_drop_request = 1;
    }
    gil_locked = 1;
    gil_switches++;
    rt_gil_drop_request = 0;
    pthread_cond_broadcast(&gil_switch_cond);
}

/* Called with gil_mutex held. */
static void gil_drop(rt_thread *t) {
    (void)t;
    gil_locked = 0;
    pthread_cond_signal(&gil_cond);
}

void rt_gil_release(void) {
    if (!rt_threads_on) return;
    pthread_mutex_lock(&gil_mutex);
    gil_drop(rt_current());
    pthread_mutex_unlock(&gil_mutex);
}

void rt_gil_acquire(void) {
    if (!rt_threads_on) return;
    int saved = errno;      /* the caller reads the errno of its system call */
    pthread_mutex_lock(&gil_mutex);
    gil_wait_and_take();
    pthread_mutex_unlock(&gil_mutex);
    errno = saved;
}

void rt_gil_yield(void) {
    if (!rt_threads_on) return;
    rt_thread *t = rt_current();
    pthread_mutex_lock(&gil_mutex);
    if (!rt_gil_drop_request) {         /* nobody is waiting any more */
        pthread_mutex_unlock(&gil_mutex);
        return;
    }
    unsigned long seen = gil_switches;
    gil_drop(t);
    /* a waiter asked: let it (or another) run before we compete again */
    while (gil_switches == seen)
        pthread_cond_wait(&gil_switch_cond, &gil_mutex);
    gil_wait_and_take();
    pthread_mutex_unlock(&gil_mutex);
}

/* In the child of fork() only the forking thread exists, holding the GIL
 * (fork is called with it); it becomes the main thread, and the GIL's
 * mutex, which another thread may have held, starts afresh. */
static void rt_thread_after_fork_child(void) {
    pthread_mutexattr_t ma;
    pthread_condattr_t ca;
    pthread_mutexattr_init(&ma);
    pthread_mutex_init(&gil_mutex, &ma);
    pthread_mutexattr_destroy(&ma);
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    pthread_cond_init(&gil_cond, &ca);
    pthread_cond_init(&gil_switch_cond, NULL);
    pthread_condattr_destroy(&ca);
    rt_me = NULL;
    sem_init(&rt_main_thread.park, 0, 0);
    gil_locked = 1;
    rt_gil_drop_request = 0;
}

/* First thread start: from now on the GIL is real; the caller holds it. */
static void rt_threads_enable(void) {
    pthread_condattr_t ca;
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    pthread_cond_init(&gil_cond, &ca);
    pthread_cond_init(&gil_switch_cond, NULL);
    pthread_condattr_destroy(&ca);
    sem_init(&rt_main_thread.park, 0, 0);
    rt_gc_threads_starting();
    gil_locked = 1;
    gil_switches = 1;
    pthread_atfork(NULL, NULL, rt_thread_after_fork_child);
    rt_threads_on = 1;
}

/* ---- parking ------------------------------------------------------------------- */

int64_t rt_thread_handle(void) {
    if (!rt_threads_on) rt_threads_enable();
    return (int64_t)(intptr_t)rt_current();
}

void rt_thread_park(void) {
    rt_thread *t = rt_current();
    /* EINTR comes from the collector's stop-the-world signals, or a signal */
    while (sem_wait(&t->park) != 0 && errno == EINTR)
        ;
}

void rt_thread_unpark(int64_t handle) {
    sem_post(&((rt_thread *)(intptr_t)handle)->park);
}

/* ---- starting threads ------------------------------------------------------------ */

#define RT_THREAD_STACK_DEFAULT (8 * 1024 * 1024)
/* thread.stack_size accepts 32 KiB as 2.7 does, but a collection runs on the
 * stack of whichever thread allocates, and Boehm's marker needs more than
 * that: smaller requests get this much (2.7 programs cannot tell). */
#define RT_THREAD_STACK_MIN (256 * 1024)

static void *rt_thread_main(void *arg) {
    char top;
    rt_thread *t = arg;
    rt_me = t;
    rt_stack_limit = rt_stack_limit_for(&top, t->stack_size);
    rt_gc_thread_roots(&rt_exc_value, &rt_exc_value + 1, 1);
    pthread_mutex_lock(&gil_mutex);
    gil_wait_and_take();
    pthread_mutex_unlock(&gil_mutex);
    rt_thread_entry_point(t->arg);
    if (rt_exc_value != NULL) {     /* thread_entry reports Python errors itself */
        fprintf(stderr, "Fatal error in thread: uncaught exception %s\n", rt_class_name(rt_exc_value));
        rt_exc_value = NULL;
    }
    pthread_mutex_lock(&gil_mutex);
    gil_drop(t);
    pthread_mutex_unlock(&gil_mutex);
    rt_me = NULL;
    rt_gc_thread_roots(&rt_exc_value, &rt_exc_value + 1, 0);
    sem_destroy(&t->park);
    free(t);
    return NULL;
}

int64_t rt_thread_start(int64_t arg, int64_t stack_size) {
    pthread_attr_t attr;
    pthread_t tid;
    sigset_t block, old;
    int r;
    if (!rt_threads_on) rt_threads_enable();
    rt_thread *t = calloc(1, sizeof *t);
    if (t == NULL) return -ENOMEM;
    sem_init(&t->park, 0, 0);
    t->arg = arg;
    t->stack_size = stack_size > 0 ? (size_t)stack_size : RT_THREAD_STACK_DEFAULT;
    if (t->stack_size < RT_THREAD_STACK_MIN) t->stack_size = RT_THREAD_STACK_MIN;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    r = pthread_attr_setstacksize(&attr, t->stack_size);
    if (r == 0) {
        /* Signals go to the main thread only (the one that runs Python
         * handlers): the new thread starts with them blocked, except the
         * collector's own and the synchronous ones. */
        sigfillset(&block);
        rt_gc_keep_signals(&block);
        sigdelset(&block, SIGSEGV);
        sigdelset(&block, SIGBUS);
        sigdelset(&block, SIGFPE);
        sigdelset(&block, SIGILL);
        pthread_sigmask(SIG_BLOCK, &block, &old);
        r = rt_gc_thread_create(&tid, &attr, rt_thread_main, t);
        pthread_sigmask(SIG_SETMASK, &old, NULL);
    }
    pthread_attr_destroy(&attr);
    if (r != 0) {
        sem_destroy(&t->park);
        free(t);
        return -(int64_t)r;
    }
    return (int64_t)tid;
}
