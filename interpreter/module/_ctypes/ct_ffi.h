/* The C side of _ctypes: dlopen, typed loads and stores by ctypes type code,
 * and calls through libffi.  Included by every generated C file (through an
 * external's header), so every function is static and state is one weak
 * global.  Type codes are those of ctypes' _type_ strings ('i', 'd', 'P'...). */
#ifndef CT_FFI_H
#define CT_FFI_H
#include <ffi.h>
#include <dlfcn.h>
#include <errno.h>
#include <stdint.h>
#include <string.h>
#include <wchar.h>
#include <stdlib.h>
#include <stdio.h>
#include <ucontext.h>

/* the private errno copy of functions made with use_errno=True */
__attribute__((weak)) __thread long ct_saved_errno = 0;

static long ct_dlopen(const char *name, long mode) {
    return (long)dlopen(name[0] ? name : NULL, (int)mode);
}

static long ct_dlsym(long handle, const char *name) {
    dlerror();
    return (long)dlsym((void *)handle, name);
}

static long ct_dlclose(long handle) { return dlclose((void *)handle); }

static long ct_load_int(long addr, long code) {
    void *p = (void *)addr;
    switch (code) {
    case 'b': case 'c': return *(int8_t *)p;
    case 'B': case '?': return *(uint8_t *)p;
    case 'h': return *(int16_t *)p;
    case 'H': return *(uint16_t *)p;
    case 'i': return *(int32_t *)p;
    case 'I': return *(uint32_t *)p;
    case 'u': return *(wchar_t *)p;
    default: return *(int64_t *)p;      /* l L q Q P z Z O */
    }
}

static void ct_store_int(long addr, long code, long v) {
    void *p = (void *)addr;
    switch (code) {
    case 'b': case 'c': case 'B': case '?': *(uint8_t *)p = (uint8_t)v; break;
    case 'h': case 'H': *(uint16_t *)p = (uint16_t)v; break;
    case 'i': case 'I': *(uint32_t *)p = (uint32_t)v; break;
    case 'u': *(wchar_t *)p = (wchar_t)v; break;
    default: *(int64_t *)p = (int64_t)v;
    }
}

static double ct_load_float(long addr, long code) {
    void *p = (void *)addr;
    if (code == 'f') return *(float *)p;
    if (code == 'g') return (double)*(long double *)p;
    return *(double *)p;
}

static void ct_store_float(long addr, long code, double v) {
    void *p = (void *)addr;
    if (code == 'f') *(float *)p = (float)v;
    else if (code == 'g') *(long double *)p = v;
    else *(double *)p = v;
}

static ffi_type *ct_ffi_type(char code) {
    switch (code) {
    case 'b': case 'c': return &ffi_type_sint8;
    case 'B': case '?': return &ffi_type_uint8;
    case 'h': return &ffi_type_sint16;
    case 'H': return &ffi_type_uint16;
    case 'i': case 'u': return &ffi_type_sint32;
    case 'I': return &ffi_type_uint32;
    case 'l': case 'q': return &ffi_type_sint64;
    case 'L': case 'Q': return &ffi_type_uint64;
    case 'f': return &ffi_type_float;
    case 'd': return &ffi_type_double;
    case 'g': return &ffi_type_longdouble;
    case 'v': return &ffi_type_void;
    default: return &ffi_type_pointer;  /* P z Z O */
    }
}

#define CT_MAX_ARGS 256
#define CT_USE_ERRNO 8                   /* FUNCFLAG_USE_ERRNO */

/* Structures passed or returned by value are spelled "{...}" around their
 * members' codes (arrays repeat their item's code).  Their ffi_type records
 * live in a per-call pool, freed after the call. */
typedef struct {
    void *blocks[CT_MAX_ARGS + 1];
    int n;
} ct_pool_t;

static void *ct_pool_alloc(ct_pool_t *pool, size_t size) {
    void *p;
    if (pool->n >= CT_MAX_ARGS + 1) return NULL;
    p = calloc(1, size);
    if (p != NULL) pool->blocks[pool->n++] = p;
    return p;
}

static void ct_pool_free(ct_pool_t *pool) {
    while (pool->n > 0) free(pool->blocks[--pool->n]);
}

/* Parse one type at *pp (advancing it); NULL on a malformed spelling. */
static ffi_type *ct_parse_type(const char **pp, ct_pool_t *pool) {
    const char *p = *pp;
    ffi_type *t;
    long count = 0, depth = 0, i;
    if (*p != '{') {
        if (*p == '\0' || *p == '}') return NULL;
        *pp = p + 1;
        return ct_ffi_type(*p);
    }
    /* count the direct members */
    for (i = 1; p[i] != '\0'; i++) {
        if (p[i] == '{') { if (depth == 0) count++; depth++; }
        else if (p[i] == '}') { if (depth == 0) break; depth--; }
        else if (depth == 0) count++;
    }
    if (p[i] != '}' || count == 0) return NULL;
    t = ct_pool_alloc(pool, sizeof(ffi_type));
    if (t == NULL) return NULL;
    t->type = FFI_TYPE_STRUCT;
    t->elements = ct_pool_alloc(pool, (count + 1) * sizeof(ffi_type *));
    if (t->elements == NULL) return NULL;
    p++;
    for (i = 0; i < count; i++) {
        t->elements[i] = ct_parse_type(&p, pool);
        if (t->elements[i] == NULL) return NULL;
    }
    if (*p != '}') return NULL;
    *pp = p + 1;
    if (ffi_get_struct_offsets(FFI_DEFAULT_ABI, t, NULL) != FFI_OK) return NULL;
    return t;
}

/* The argument types and the result type spelled by codes; -1 if malformed. */
static long ct_parse_signature(const char *codes, long nargs, ffi_type **atypes, ffi_type **rtype, ct_pool_t *pool) {
    long i;
    if (nargs > CT_MAX_ARGS) return -1;
    for (i = 0; i < nargs; i++) {
        atypes[i] = ct_parse_type(&codes, pool);
        if (atypes[i] == NULL) return -1;
    }
    *rtype = ct_parse_type(&codes, pool);
    return *rtype == NULL ? -1 : 0;
}

/* Call fn with nargs arguments: avalues is an array of nargs pointers to the
 * argument values, typed by codes (one spelling per argument, the result's
 * last); the result lands at res (at least 16 bytes, or the structure's
 * size).  -1: libffi refused. */
static long ct_call(long fn, const char *codes, long nargs, long avalues, long res, long flags) {
    ffi_cif cif;
    ffi_type *atypes[CT_MAX_ARGS];
    ffi_type *rtype;
    ct_pool_t pool;
    int saved;
    pool.n = 0;
    if (ct_parse_signature(codes, nargs, atypes, &rtype, &pool) < 0
        || ffi_prep_cif(&cif, FFI_DEFAULT_ABI, (unsigned)nargs, rtype, atypes) != FFI_OK) {
        ct_pool_free(&pool);
        return -1;
    }
    if (flags & CT_USE_ERRNO) { saved = errno; errno = (int)ct_saved_errno; }
    ffi_call(&cif, FFI_FN(fn), (void *)res, (void **)avalues);
    if (flags & CT_USE_ERRNO) { ct_saved_errno = errno; errno = saved; }
    ct_pool_free(&pool);
    return 0;
}

static long ct_get_errno(void) { return ct_saved_errno; }
static void ct_set_errno(long v) { ct_saved_errno = v; }
/* ---- callbacks: C calling Python without C-to-interpreter calls ----------
 * When callbacks exist, a foreign call runs on a separate C stack (ucontext),
 * as _sqlite3's sq_coro.h does.  A libffi closure's handler records the
 * pending callback (which one, its argument pointers, its result buffer)
 * and switches back to the interpreter, which sees CT_PENDING, runs the
 * Python function, stores the result and resumes the C stack.  A callback
 * may make foreign calls itself: each nesting level has its own stack.
 * The C stacks never hold interpreter objects. */
#define CT_PENDING (-2)
#define CT_LEVELS 16
#define CT_STACK_SIZE (1024 * 1024)

typedef struct {
    ucontext_t main_ctx, co_ctx;
    char *stack;
    ffi_cif cif;
    ffi_type *atypes[CT_MAX_ARGS];
    ct_pool_t pool;
    void **avalues;
    void *fn, *res;
    long flags;
    int done;
    long cb_id;          /* the pending callback */
    void **cb_args;
    void *cb_res;
} ct_level_t;

typedef struct {
    ct_level_t lv[CT_LEVELS];
    int depth;           /* calls in progress; the innermost is lv[depth - 1] */
} ct_state_t;

/* Per thread (each has its own C stacks), allocated on first use: this
 * header is included by many generated C files, and every copy of a weak
 * thread-local definition keeps its own space in the TLS segment that each
 * new thread gets, so a 96 KiB struct here grew it to 3.5 MiB (and threads
 * with a small thread.stack_size could not start). */
__attribute__((weak)) __thread ct_state_t *ct_state_ptr = NULL;

static ct_state_t *ct_state_get(void) {
    if (ct_state_ptr == NULL) {
        ct_state_ptr = calloc(1, sizeof(ct_state_t));
        if (ct_state_ptr == NULL) {
            fprintf(stderr, "_ctypes: out of memory for the thread's call state\n");
            abort();
        }
    }
    return ct_state_ptr;
}
#define ct_state (*ct_state_get())

static void ct_co_entry(void) {
    ct_level_t *lv = &ct_state.lv[ct_state.depth - 1];
    int saved = 0;
    if (lv->flags & CT_USE_ERRNO) { saved = errno; errno = (int)ct_saved_errno; }
    ffi_call(&lv->cif, FFI_FN(lv->fn), lv->res, lv->avalues);
    if (lv->flags & CT_USE_ERRNO) { ct_saved_errno = errno; errno = saved; }
    lv->done = 1;        /* returning resumes main_ctx through uc_link */
}

static long ct_co_switch(ct_level_t *lv) {
    swapcontext(&lv->main_ctx, &lv->co_ctx);
    if (lv->done) {
        ct_pool_free(&lv->pool);
        ct_state.depth--;
        return 0;
    }
    return CT_PENDING;
}

/* Like ct_call, on a fresh level's stack: 0 done, CT_PENDING a callback
 * waits (serve it, then ct_resume()), -1 refused. */
static long ct_call_co(long fn, const char *codes, long nargs, long avalues, long res, long flags) {
    ct_level_t *lv;
    ffi_type *rtype;
    if (nargs > CT_MAX_ARGS || ct_state.depth >= CT_LEVELS) return -1;
    lv = &ct_state.lv[ct_state.depth];
    if (lv->stack == NULL) {
        lv->stack = malloc(CT_STACK_SIZE);
        if (lv->stack == NULL) return -1;
    }
    lv->pool.n = 0;
    if (ct_parse_signature(codes, nargs, lv->atypes, &rtype, &lv->pool) < 0
        || ffi_prep_cif(&lv->cif, FFI_DEFAULT_ABI, (unsigned)nargs, rtype, lv->atypes) != FFI_OK) {
        ct_pool_free(&lv->pool);
        return -1;
    }
    lv->avalues = (void **)avalues;
    lv->fn = (void *)fn;
    lv->res = (void *)res;
    lv->flags = flags;
    lv->done = 0;
    getcontext(&lv->co_ctx);
    lv->co_ctx.uc_stack.ss_sp = lv->stack;
    lv->co_ctx.uc_stack.ss_size = CT_STACK_SIZE;
    lv->co_ctx.uc_link = &lv->main_ctx;
    makecontext(&lv->co_ctx, ct_co_entry, 0);
    ct_state.depth++;
    return ct_co_switch(lv);
}

static long ct_resume(void) {
    return ct_co_switch(&ct_state.lv[ct_state.depth - 1]);
}

/* the pending callback: 0 its id, 1 its argument pointer array, 2 its result buffer */
static long ct_cb_info(long which) {
    ct_level_t *lv;
    if (ct_state.depth == 0) return 0;
    lv = &ct_state.lv[ct_state.depth - 1];
    if (which == 0) return lv->cb_id;
    if (which == 1) return (long)lv->cb_args;
    return (long)lv->cb_res;
}

typedef struct {
    ffi_closure *closure;
    void *code;
    ffi_cif cif;
    long id;
    ct_pool_t pool;        /* the structures' ffi_types */
    ffi_type *atypes[1];   /* nargs of them */
} ct_closure_t;

static void ct_closure_handler(ffi_cif *cif, void *ret, void **args, void *user) {
    ct_closure_t *c = (ct_closure_t *)user;
    ct_level_t *lv;
    (void)cif;
    if (ct_state.depth == 0) {
        /* called outside a foreign call (another thread, atexit): no Python */
        memset(ret, 0, c->cif.rtype->size < sizeof(ffi_arg) ? sizeof(ffi_arg) : c->cif.rtype->size);
        return;
    }
    lv = &ct_state.lv[ct_state.depth - 1];
    lv->cb_id = c->id;
    lv->cb_args = args;
    lv->cb_res = ret;
    memset(ret, 0, c->cif.rtype->size < sizeof(ffi_arg) ? sizeof(ffi_arg) : c->cif.rtype->size);
    swapcontext(&lv->co_ctx, &lv->main_ctx);
}

/* A closure for codes[0..nargs-1] -> codes[nargs] calling back with id;
 * returns the holder (0: failure); ct_closure_code gives the C address. */
static long ct_closure_new(const char *codes, long nargs, long id) {
    ct_closure_t *c;
    ffi_type *rtype;
    if (nargs > CT_MAX_ARGS) return 0;
    c = calloc(1, sizeof(ct_closure_t) + nargs * sizeof(ffi_type *));
    if (c == NULL) return 0;
    if (ct_parse_signature(codes, nargs, c->atypes, &rtype, &c->pool) < 0) {
        ct_pool_free(&c->pool);
        free(c);
        return 0;
    }
    c->id = id;
    c->closure = ffi_closure_alloc(sizeof(ffi_closure), &c->code);
    if (c->closure == NULL) { ct_pool_free(&c->pool); free(c); return 0; }
    if (ffi_prep_cif(&c->cif, FFI_DEFAULT_ABI, (unsigned)nargs, rtype, c->atypes) != FFI_OK
        || ffi_prep_closure_loc(c->closure, &c->cif, ct_closure_handler, c, c->code) != FFI_OK) {
        ffi_closure_free(c->closure);
        ct_pool_free(&c->pool);
        free(c);
        return 0;
    }
    return (long)c;
}

static long ct_closure_code(long holder) { return (long)((ct_closure_t *)holder)->code; }

static void ct_closure_free(long holder) {
    ct_closure_t *c = (ct_closure_t *)holder;
    if (c == NULL) return;
    ffi_closure_free(c->closure);
    ct_pool_free(&c->pool);
    free(c);
}
#endif
