"""_ctypes: C data types and calls into shared libraries, over Debian's libffi.

The machine-level work is interpreter-level: dlopen/dlsym (interp_dl.py),
raw memory and typed loads/stores (interp_mem.py), libffi calls
(interp_call.py, ct_ffi.h).  The ctypes type system (simple types,
structures and unions, arrays and pointers, function pointers) is 2.7
source in app_*.py27, compiled and run into the module's namespace at build
time like _io's classes."""
import os
from typing import TYPE_CHECKING

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.support.markers import not_rpython

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace

HERE = os.path.dirname(os.path.abspath(__file__))

DOC = "Create and manipulate C compatible data types in Python."

# the app-level parts, in dependency order
APP_FILES = ["app_base.py27", "app_simple.py27", "app_pointer.py27", "app_array.py27",
             "app_struct.py27", "app_func.py27"]

CONSTANTS = [("FUNCFLAG_CDECL", 1), ("FUNCFLAG_PYTHONAPI", 4), ("FUNCFLAG_USE_ERRNO", 8),
             ("FUNCFLAG_USE_LASTERROR", 16), ("FUNCFLAG_VARIADIC", 32),
             ("RTLD_LOCAL", 0), ("RTLD_GLOBAL", 256)]


@not_rpython
def setup(space: "ObjSpace") -> list[W_Root]:
    from pypy27.interpreter.gateway import Builtin0, Builtin1, Builtin2, Builtin3, BuiltinOpt
    from pypy27.interpreter.module._ctypes import interp_call as c
    from pypy27.interpreter.module._ctypes import interp_dl as d
    from pypy27.interpreter.module._ctypes import interp_mem as m
    from pypy27.interpreter.module.builtin.moduleobject import new_builtin_module
    from pypy27.interpreter.objspace.celldict import make_module_dict
    w_mod = new_builtin_module(space, "_ctypes", DOC)
    make_module_dict(space, w_mod.w_dict)
    w_mod.setattr_str(space, "__builtins__", space.w_builtin)
    w_mod.setattr_str(space, "__version__", space.newstr("1.1.0"))
    for name, value in CONSTANTS:
        w_mod.setattr_str(space, name, space.newint(value))
    natives: list[W_Root] = [
        Builtin2("_dlopen", d.ct_dlopen), Builtin2("_dlsym", d.ct_dlsym),
        Builtin1("_dlclose", d.ct_dlclose), Builtin0("_dlerror", d.ct_dlerror),
        Builtin1("_malloc", m.ct_malloc), Builtin1("_free", m.ct_free),
        Builtin2("_load", m.ct_load), Builtin3("_store_raw", m.ct_store),
        Builtin2("_read", m.ct_read), Builtin2("_write", m.ct_write),
        Builtin1("_wcslen", m.ct_wcslen),
        Builtin3("_memmove", m.ct_memmove), Builtin3("_memset", m.ct_memset),
        BuiltinOpt("_call", c.ct_call, 6, 6),
        Builtin2("_closure_new", c.ct_closure_new), Builtin1("_closure_free", c.ct_closure_free),
        Builtin0("get_errno", c.ct_get_errno), Builtin1("set_errno", c.ct_set_errno),
    ]
    for w_fn in natives:
        w_mod.setattr_str(space, w_fn.name, w_fn)   # type: ignore[attr-defined]
    for filename in APP_FILES:
        if os.path.exists(os.path.join(HERE, filename)):
            _run(space, w_mod.w_dict, filename)
    return [w_mod]


@not_rpython
def _run(space: "ObjSpace", w_dict: W_Root, filename: str) -> None:
    from pypy27.interpreter.module._io import moduledef as io_moduledef
    old = io_moduledef.HERE
    io_moduledef.HERE = HERE
    try:
        io_moduledef.run_app_source(space, w_dict, filename)
    finally:
        io_moduledef.HERE = old
