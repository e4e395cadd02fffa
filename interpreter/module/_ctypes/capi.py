"""The C functions _ctypes calls: ct_ffi.h (dlopen, typed loads and stores,
libffi calls) and a few of libc's memory functions.  Addresses are ints."""
from pypy27.support.ffi import external

# The quoted path is found through the translator's -I of its runtime folder.
H = '"../../../interpreter/module/_ctypes/ct_ffi.h"'
L = "ffi"

c_dlopen = external("ct_dlopen", ["char*", "Signed"], "Signed", H, L)
c_dlsym = external("ct_dlsym", ["Signed", "char*"], "Signed", H, L)
c_dlclose = external("ct_dlclose", ["Signed"], "Signed", H, L)
c_dlerror = external("dlerror", [], "char*", "<dlfcn.h>")

c_load_int = external("ct_load_int", ["Signed", "Signed"], "Signed", H, L)
c_store_int = external("ct_store_int", ["Signed", "Signed", "Signed"], "void", H, L)
c_load_float = external("ct_load_float", ["Signed", "Signed"], "double", H, L)
c_store_float = external("ct_store_float", ["Signed", "Signed", "double"], "void", H, L)

c_call = external("ct_call", ["Signed", "char*", "Signed", "Signed", "Signed", "Signed"], "Signed", H, L)
c_get_errno = external("ct_get_errno", [], "Signed", H, L)
c_set_errno = external("ct_set_errno", ["Signed"], "void", H, L)

c_memmove = external("memmove", ["void*", "void*", "size_t"], "void*", "<string.h>")
c_memset = external("memset", ["void*", "int", "size_t"], "void*", "<string.h>")
c_strlen = external("strlen", ["void*"], "size_t", "<string.h>")
c_wcslen = external("wcslen", ["void*"], "size_t", "<wchar.h>")
c_calloc = external("calloc", ["size_t", "size_t"], "void*", "<stdlib.h>")
c_free = external("free", ["void*"], "void", "<stdlib.h>")

SLOT = 16     # bytes per argument slot of ct_call (a long double fits)

# callbacks (see the end of ct_ffi.h)
CT_PENDING = -2
c_call_co = external("ct_call_co", ["Signed", "char*", "Signed", "Signed", "Signed", "Signed"], "Signed", H, L)
c_resume = external("ct_resume", [], "Signed", H, L)
c_cb_info = external("ct_cb_info", ["Signed"], "Signed", H, L)
c_closure_new = external("ct_closure_new", ["char*", "Signed", "Signed"], "Signed", H, L)
c_closure_code = external("ct_closure_code", ["Signed"], "Signed", H, L)
c_closure_free = external("ct_closure_free", ["Signed"], "void", H, L)
