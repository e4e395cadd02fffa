/* Callbacks from SQLite into the interpreter without C-to-interpreter calls.
 *
 * step/reset/finalize/close run on a separate C stack (ucontext).  When SQLite
 * calls a user function, aggregate or collation, the trampoline records the
 * call and switches back to the interpreter, which sees SQC_PENDING, does the
 * work through ordinary externals (sqlite3_value_*, sqlite3_result_*) and
 * resumes the SQLite stack.  The SQLite stack never holds interpreter objects,
 * so the garbage collector need not scan it.  A callback may itself run
 * statements: each nested call gets the next level (own stack).  The header is included by every
 * generated C file: the state is one weak global, the functions static. */
#ifndef SQ_CORO_H
#define SQ_CORO_H
#include <sqlite3.h>
#include <ucontext.h>
#include <stdlib.h>

#define SQC_PENDING (-2)
#define SQC_STACK_SIZE (256 * 1024)
#define SQC_LEVELS 16      /* callbacks may run statements that call back again */

typedef struct {
    ucontext_t main_ctx, co_ctx;
    char *stack;
    int op;              /* 0 step, 1 reset, 2 finalize, 3 close */
    void *target;
    int result;
    int done;
    long kind;           /* 1 function, 2 aggregate step, 3 aggregate final, 4 collation */
    long id;
    void *ctx;
    long argc;
    sqlite3_value **argv;
    long n1, n2;
    const void *p1, *p2;
    long ret;
} sqc_level_t;

typedef struct {
    sqc_level_t lv[SQC_LEVELS];
    int depth;           /* calls in progress; the innermost is lv[depth - 1] */
    int on_co;           /* currently executing on a SQLite stack */
} sqc_state_t;

__attribute__((weak)) sqc_state_t sqc_state;

/* What the accessors see when no callback is pending: no arguments, no
 * strings (app-level code may call them at any time). */
static sqc_level_t sqc_idle;

static __attribute__((unused)) sqc_level_t *sqc_top(void) {
    return sqc_state.depth > 0 ? &sqc_state.lv[sqc_state.depth - 1] : &sqc_idle;
}

/* 1 when ctx is the context of the pending function or aggregate call: the
 * only one the sqlite3_result_* and aggregate functions may be given. */
static __attribute__((unused)) long sqc_ctx_ok(long ctx) {
    sqc_level_t *l;
    if (sqc_state.depth == 0 || ctx == 0)
        return 0;
    l = &sqc_state.lv[sqc_state.depth - 1];
    return l->kind >= 1 && l->kind <= 3 && (long)l->ctx == ctx;
}

/* On the SQLite stack: publish the callback and let the interpreter serve it. */
static __attribute__((unused)) int sqc_wait(long kind, void *id, sqlite3_context *ctx,
                                            int argc, sqlite3_value **argv) {
    sqc_level_t *l;
    if (!sqc_state.on_co)
        return 0;
    l = sqc_top();
    l->kind = kind; l->id = (long)id; l->ctx = ctx; l->argc = argc; l->argv = argv;
    sqc_state.on_co = 0;
    swapcontext(&l->co_ctx, &l->main_ctx);
    sqc_state.on_co = 1;
    return 1;
}

static __attribute__((unused)) void sqc_func(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
    if (!sqc_wait(1, sqlite3_user_data(ctx), ctx, argc, argv))
        sqlite3_result_error(ctx, "user-defined function raised exception", -1);
}

static __attribute__((unused)) void sqc_step(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
    if (!sqc_wait(2, sqlite3_user_data(ctx), ctx, argc, argv))
        sqlite3_result_error(ctx, "user-defined aggregate's 'step' method raised error", -1);
}

static __attribute__((unused)) void sqc_final(sqlite3_context *ctx) {
    if (!sqc_wait(3, sqlite3_user_data(ctx), ctx, 0, NULL))
        sqlite3_result_error(ctx, "user-defined aggregate's 'finalize' method raised error", -1);
}

static __attribute__((unused)) int sqc_collate(void *data, int n1, const void *p1, int n2, const void *p2) {
    sqc_level_t *l = sqc_top();
    if (!sqc_state.on_co)
        return 0;
    l->n1 = n1; l->p1 = p1; l->n2 = n2; l->p2 = p2; l->ret = 0;
    sqc_wait(4, data, NULL, 0, NULL);
    return (int)l->ret;
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
    sqc_level_t *l = sqc_top();
    sqc_state.on_co = 1;
    l->result = sqc_direct(l->op, l->target);
    sqc_state.on_co = 0;
    l->done = 1;
    /* returning continues at uc_link, the interpreter's context */
}

static __attribute__((unused)) long sqc_switch_in(void) {
    sqc_level_t *l = sqc_top();
    swapcontext(&l->main_ctx, &l->co_ctx);
    if (!l->done)
        return SQC_PENDING;
    sqc_state.depth--;
    return l->result;
}

/* Start op on target; the result code, or SQC_PENDING when a callback waits. */
static __attribute__((unused)) long sqc_call(long op, long target) {
    sqc_level_t *l;
    if (sqc_state.on_co || sqc_state.depth >= SQC_LEVELS)
        return sqc_direct((int)op, (void *)target);
    l = &sqc_state.lv[sqc_state.depth];
    if (l->stack == NULL) {
        l->stack = malloc(SQC_STACK_SIZE);
        if (l->stack == NULL)
            return sqc_direct((int)op, (void *)target);
    }
    l->op = (int)op; l->target = (void *)target; l->done = 0;
    getcontext(&l->co_ctx);
    l->co_ctx.uc_stack.ss_sp = l->stack;
    l->co_ctx.uc_stack.ss_size = SQC_STACK_SIZE;
    l->co_ctx.uc_link = &l->main_ctx;
    makecontext(&l->co_ctx, sqc_entry, 0);
    sqc_state.depth++;
    return sqc_switch_in();
}

/* After serving the innermost pending callback: continue its SQLite call. */
static __attribute__((unused)) long sqc_resume(void) {
    if (sqc_state.depth == 0)
        return 21;    /* SQLITE_MISUSE */
    return sqc_switch_in();
}

static __attribute__((unused)) long sqc_info(long what) {
    sqc_level_t *l = sqc_top();
    switch (what) {
    case 0: return l->kind;
    case 1: return l->id;
    case 2: return (long)l->ctx;
    case 3: return l->argc;
    case 4: return l->n1;
    case 5: return (long)l->p1;
    case 6: return l->n2;
    default: return (long)l->p2;
    }
}

static __attribute__((unused)) long sqc_arg(long i) {
    sqc_level_t *l = sqc_top();
    if (i < 0 || i >= l->argc)
        return 0;
    return (long)l->argv[i];
}

static __attribute__((unused)) void sqc_set_ret(long v) {
    sqc_top()->ret = v;
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
