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

/* the private errno copy of functions made with use_errno=True */
__attribute__((weak)) long ct_saved_errno = 0;

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

#define CT_MAX_ARGS 1024
#define CT_SLOT 16                       /* bytes per argument slot (long double fits) */
#define CT_USE_ERRNO 8                   /* FUNCFLAG_USE_ERRNO */

/* Call fn with nargs arguments whose values sit in consecutive CT_SLOT-byte
 * slots at `slots`, typed by codes[0..nargs-1]; codes[nargs] is the result's
 * code; the result lands in the CT_SLOT bytes at `res`.  -1: libffi refused. */
static long ct_call(long fn, const char *codes, long nargs, long slots, long res, long flags) {
    ffi_cif cif;
    ffi_type *atypes[CT_MAX_ARGS];
    void *avalues[CT_MAX_ARGS];
    long i;
    int saved;
    if (nargs > CT_MAX_ARGS) return -1;
    for (i = 0; i < nargs; i++) {
        atypes[i] = ct_ffi_type(codes[i]);
        avalues[i] = (char *)slots + i * CT_SLOT;
    }
    if (ffi_prep_cif(&cif, FFI_DEFAULT_ABI, (unsigned)nargs, ct_ffi_type(codes[nargs]), atypes) != FFI_OK)
        return -1;
    if (flags & CT_USE_ERRNO) { saved = errno; errno = (int)ct_saved_errno; }
    ffi_call(&cif, FFI_FN(fn), (void *)res, avalues);
    if (flags & CT_USE_ERRNO) { ct_saved_errno = errno; errno = saved; }
    return 0;
}

static long ct_get_errno(void) { return ct_saved_errno; }
static void ct_set_errno(long v) { ct_saved_errno = v; }
#endif
