/* Callbacks from SQLite into the interpreter without C-to-interpreter calls.
 *
 * step/reset/finalize/close run on a separate C stack (ucontext).  When SQLite
 * calls a user function, aggregate or collation, the trampoline records the
 * call and switches back to the interpreter, which sees SQC_PENDING, does the
 * work through ordinary externals (sqlite3_value_*, sqlite3_result_*) and
 * resumes the SQLite stack.  The SQLite stack never holds interpreter objects,
 * so the garbage collector need not scan it.  The header is included by every
 * generated C file: the state is one weak global, the functions static. */
#ifndef SQ_CORO_H
#define SQ_CORO_H
#include <sqlite3.h>
#include <ucontext.h>
#include <stdlib.h>

#define SQC_PENDING (-2)
#define SQC_STACK_SIZE (512 * 1024)

typedef struct {
    ucontext_t main_ctx, co_ctx;
    char *stack;
    int op;              /* 0 step, 1 reset, 2 finalize, 3 close */
    void *target;
    int result;
    int done;
    int suspended;       /* a call is in progress on the SQLite stack */
    int on_co;           /* currently executing on the SQLite stack */
    long kind;           /* 1 function, 2 aggregate step, 3 aggregate final, 4 collation */
    long id;
    void *ctx;
    long argc;
    sqlite3_value **argv;
    long n1, n2;
    const void *p1, *p2;
    long ret;
} sqc_state_t;

__attribute__((weak)) sqc_state_t sqc_state;

static __attribute__((unused)) void sqc_wait(long kind) {
    sqc_state_t *s = &sqc_state;
    s->kind = kind;
    s->on_co = 0;
    swapcontext(&s->co_ctx, &s->main_ctx);
    s->on_co = 1;
}

static __attribute__((unused)) void sqc_func(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
    sqc_state_t *s = &sqc_state;
    if (!s->on_co) {
        sqlite3_result_error(ctx, "user-defined function called from a nested statement", -1);
        return;
    }
    s->id = (long)sqlite3_user_data(ctx); s->ctx = ctx; s->argc = argc; s->argv = argv;
    sqc_wait(1);
}

static __attribute__((unused)) void sqc_step(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
    sqc_state_t *s = &sqc_state;
    if (!s->on_co) {
        sqlite3_result_error(ctx, "user-defined aggregate called from a nested statement", -1);
        return;
    }
    s->id = (long)sqlite3_user_data(ctx); s->ctx = ctx; s->argc = argc; s->argv = argv;
    sqc_wait(2);
}

static __attribute__((unused)) void sqc_final(sqlite3_context *ctx) {
    sqc_state_t *s = &sqc_state;
    if (!s->on_co) {
        sqlite3_result_error(ctx, "user-defined aggregate called from a nested statement", -1);
        return;
    }
    s->id = (long)sqlite3_user_data(ctx); s->ctx = ctx; s->argc = 0; s->argv = NULL;
    sqc_wait(3);
}

static __attribute__((unused)) int sqc_collate(void *data, int n1, const void *p1, int n2, const void *p2) {
    sqc_state_t *s = &sqc_state;
    if (!s->on_co)
        return 0;
    s->id = (long)data; s->n1 = n1; s->p1 = p1; s->n2 = n2; s->p2 = p2; s->ret = 0;
    sqc_wait(4);
    return (int)s->ret;
}

static __attribute__((unused)) int sqc_direct(int op, void *target) {
    switch (op) {
    case 0: return sqlite3_step((sqlite3_stmt *)target);
    case 1: return sqlite3_reset((sqlite3_stmt *)target);
    case 2: return sqlite3_finalize((sqlite3_stmt *)target);
    default: return sqlite3_close((sqlite3 *)target);
    }
}

static __attribute__((unused)) void sqc_entry(void) {
    sqc_state_t *s = &sqc_state;
    s->on_co = 1;
    s->result = sqc_direct(s->op, s->target);
    s->on_co = 0;
    s->done = 1;
    s->suspended = 0;
    /* returning continues at uc_link, the interpreter's context */
}

static __attribute__((unused)) long sqc_switch_in(void) {
    sqc_state_t *s = &sqc_state;
    swapcontext(&s->main_ctx, &s->co_ctx);
    return s->done ? (long)s->result : (long)SQC_PENDING;
}

/* Start op on target; the result code, or SQC_PENDING when a callback waits. */
static __attribute__((unused)) long sqc_call(long op, long target) {
    sqc_state_t *s = &sqc_state;
    if (s->suspended || s->on_co)   /* nested use from inside a callback */
        return sqc_direct((int)op, (void *)target);
    if (s->stack == NULL) {
        s->stack = malloc(SQC_STACK_SIZE);
        if (s->stack == NULL)
            return sqc_direct((int)op, (void *)target);
    }
    s->op = (int)op; s->target = (void *)target; s->done = 0; s->suspended = 1;
    getcontext(&s->co_ctx);
    s->co_ctx.uc_stack.ss_sp = s->stack;
    s->co_ctx.uc_stack.ss_size = SQC_STACK_SIZE;
    s->co_ctx.uc_link = &s->main_ctx;
    makecontext(&s->co_ctx, sqc_entry, 0);
    return sqc_switch_in();
}

/* After handling a pending callback: continue the SQLite call. */
static __attribute__((unused)) long sqc_resume(void) {
    return sqc_switch_in();
}

static __attribute__((unused)) long sqc_info(long what) {
    sqc_state_t *s = &sqc_state;
    switch (what) {
    case 0: return s->kind;
    case 1: return s->id;
    case 2: return (long)s->ctx;
    case 3: return s->argc;
    case 4: return s->n1;
    case 5: return (long)s->p1;
    case 6: return s->n2;
    default: return (long)s->p2;
    }
}

static __attribute__((unused)) long sqc_arg(long i) {
    return (long)sqc_state.argv[i];
}

static __attribute__((unused)) void sqc_set_ret(long v) {
    sqc_state.ret = v;
}

static __attribute__((unused)) long sqc_create_function(long db, const char *name, long nargs, long id, long aggregate) {
    if (aggregate)
        return sqlite3_create_function_v2((sqlite3 *)db, name, (int)nargs, SQLITE_UTF8, (void *)id,
                                          NULL, sqc_step, sqc_final, NULL);
    return sqlite3_create_function_v2((sqlite3 *)db, name, (int)nargs, SQLITE_UTF8, (void *)id,
                                      sqc_func, NULL, NULL, NULL);
}

static __attribute__((unused)) long sqc_create_collation(long db, const char *name, long id, long remove) {
    return sqlite3_create_collation_v2((sqlite3 *)db, name, SQLITE_UTF8, (void *)id,
                                       remove ? NULL : sqc_collate, NULL);
}
#endif
