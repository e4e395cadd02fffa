"""Set-up of the built-in modules (build time): __builtin__, sys, exceptions."""
from typing import TYPE_CHECKING

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.support.markers import not_rpython

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace

# the built-in types 2.7 exposes in __builtin__ (space.builtin_types_w may hold more)
BUILTIN_TYPE_NAMES = ["basestring", "bool", "buffer", "bytearray", "classmethod", "complex", "dict",
                      "enumerate", "file", "float", "frozenset", "int", "list", "long", "memoryview",
                      "object", "property", "reversed", "set", "slice", "staticmethod", "str", "super",
                      "tuple", "type", "unicode", "xrange"]

BUILTIN_DOC = ("Built-in functions, exceptions, and other objects.\n\n"
               "Noteworthy: None is the `nil' object; Ellipsis represents `...' in slices.")
EXCEPTIONS_DOC = ("Python's standard exception class hierarchy.\n\n"
                  "Exceptions found here are defined both in the exceptions module and the\n"
                  "built-in namespace.  It is recommended that user-defined exceptions\n"
                  "inherit from Exception.  See the documentation for the exception\n"
                  "inheritance hierarchy.\n")


@not_rpython
def builtin_functions(space: "ObjSpace") -> list[W_Root]:
    from pypy27.interpreter.gateway import Builtin0, Builtin1, Builtin2, Builtin3, BuiltinArgs, BuiltinOpt
    from pypy27.interpreter.module.builtin import compiling, functional, importing, io, operation
    from pypy27.interpreter.module.builtin.wrappers import BuiltinO, BuiltinUnpack
    return [
        # operation.py
        BuiltinO("abs", operation.builtin_abs),
        BuiltinUnpack("divmod", operation.builtin_divmod, 2, 2),
        BuiltinUnpack("pow", operation.builtin_pow, 2, 3),
        BuiltinArgs("round", operation.builtin_round),
        BuiltinUnpack("cmp", operation.builtin_cmp, 2, 2),
        BuiltinO("hash", operation.builtin_hash),
        BuiltinO("id", operation.builtin_id),
        BuiltinO("hex", operation.builtin_hex),
        BuiltinO("oct", operation.builtin_oct),
        BuiltinO("bin", operation.builtin_bin),
        BuiltinO("ord", operation.builtin_ord),
        Builtin1("chr", operation.builtin_chr),
        Builtin1("unichr", operation.builtin_unichr),
        BuiltinO("repr", operation.builtin_repr),
        BuiltinO("len", operation.builtin_len),
        BuiltinUnpack("isinstance", operation.builtin_isinstance, 2, 2),
        BuiltinUnpack("issubclass", operation.builtin_issubclass, 2, 2),
        BuiltinO("callable", operation.builtin_callable),
        BuiltinUnpack("getattr", operation.builtin_getattr, 2, 3),
        Builtin3("setattr", operation.builtin_setattr),
        Builtin2("delattr", operation.builtin_delattr),
        Builtin2("hasattr", operation.builtin_hasattr),
        BuiltinUnpack("vars", operation.builtin_vars, 0, 1),
        BuiltinUnpack("dir", operation.builtin_dir, 0, 1),
        Builtin1("intern", operation.builtin_intern),
        BuiltinUnpack("coerce", operation.builtin_coerce, 2, 2),
        BuiltinOpt("format", operation.builtin_format, 1, 2),
        BuiltinUnpack("apply", operation.builtin_apply, 1, 3),
        # functional.py
        BuiltinArgs("map", functional.builtin_map),
        BuiltinUnpack("filter", functional.builtin_filter, 2, 2),
        BuiltinUnpack("reduce", functional.builtin_reduce, 2, 3),
        BuiltinArgs("zip", functional.builtin_zip),
        BuiltinArgs("sorted", functional.builtin_sorted),
        BuiltinArgs("min", functional.builtin_min),
        BuiltinArgs("max", functional.builtin_max),
        BuiltinUnpack("sum", functional.builtin_sum, 1, 2),
        BuiltinO("all", functional.builtin_all),
        BuiltinO("any", functional.builtin_any),
        BuiltinUnpack("iter", functional.builtin_iter, 1, 2),
        BuiltinUnpack("next", functional.builtin_next, 1, 2),
        BuiltinUnpack("range", functional.builtin_range, 1, 3),
        # compiling.py
        BuiltinArgs("compile", compiling.builtin_compile),
        BuiltinUnpack("eval", compiling.builtin_eval, 1, 3),
        BuiltinOpt("execfile", compiling.builtin_execfile, 1, 3),
        Builtin0("locals", compiling.builtin_locals),
        Builtin0("globals", compiling.builtin_globals),
        BuiltinUnpack("raw_input", compiling.builtin_raw_input, 0, 1, errname="[raw_]input"),
        BuiltinUnpack("input", compiling.builtin_input, 0, 1, errname="[raw_]input"),
        # io.py
        BuiltinArgs("open", io.builtin_open),
        BuiltinArgs("print", io.builtin_print),
        # importing.py
        BuiltinArgs("__import__", importing.builtin_import),
        BuiltinO("reload", importing.builtin_reload),
    ]


@not_rpython
def setup(space: "ObjSpace") -> None:
    from pypy27.interpreter.gateway import W_Builtin
    from pypy27.interpreter.module.builtin import functional, io
    from pypy27.interpreter.module.builtin.moduleobject import make_module_type, new_builtin_module
    from pypy27.interpreter.module.sys.state import setup_sys

    space.w_module = make_module_type(space)
    space.builtin_types_w["file"] = io.make_file_type(space)
    space.builtin_types_w["callable-iterator"] = functional.make_calliter_type(space)
    if "enumerate" not in space.builtin_types_w:
        space.builtin_types_w["enumerate"] = functional.make_enumerate_type(space)

    # __builtin__
    w_builtin = new_builtin_module(space, "__builtin__", BUILTIN_DOC)
    space.w_builtin = w_builtin
    from pypy27.interpreter.module.builtin.docs import BUILTIN_DOCS
    for w_fn in builtin_functions(space):
        assert isinstance(w_fn, W_Builtin)
        if not w_fn.doc:
            w_fn.doc = BUILTIN_DOCS.get(w_fn.name, "")
        w_builtin.setattr_str(space, w_fn.name, w_fn)
    for name in BUILTIN_TYPE_NAMES:
        w_type = space.builtin_types_w.get(name, None)
        if w_type is not None:
            w_builtin.setattr_str(space, name, w_type)
    if "str" in space.builtin_types_w:
        w_builtin.setattr_str(space, "bytes", space.builtin_types_w["str"])
    for name, w_exc in space.exceptions_w.items():
        w_builtin.setattr_str(space, name, w_exc)
    w_builtin.setattr_str(space, "None", space.w_None)
    w_builtin.setattr_str(space, "True", space.w_True)
    w_builtin.setattr_str(space, "False", space.w_False)
    w_builtin.setattr_str(space, "NotImplemented", space.w_NotImplemented)
    w_builtin.setattr_str(space, "Ellipsis", space.w_Ellipsis)
    w_builtin.setattr_str(space, "__debug__", space.w_True)
    w_builtin.setattr_str(space, "__package__", space.w_None)
    from pypy27.interpreter.module.builtin.quitter import W_Quitter, make_quitter_type
    w_quitter_type = make_quitter_type(space)
    w_builtin.setattr_str(space, "exit", W_Quitter("exit", w_quitter_type))
    w_builtin.setattr_str(space, "quit", W_Quitter("quit", w_quitter_type))

    # exceptions
    w_exceptions = new_builtin_module(space, "exceptions", EXCEPTIONS_DOC)
    w_exceptions.setattr_str(space, "__package__", space.w_None)
    for name, w_exc in space.exceptions_w.items():
        w_exceptions.setattr_str(space, name, w_exc)

    # sys
    w_sys = setup_sys(space)
    from pypy27.interpreter.module.builtin.astmodule import setup_ast_module
    w_ast = setup_ast_module(space)
    space.builtin_modules_w = {"__builtin__": w_builtin, "sys": w_sys, "exceptions": w_exceptions,
                               "_ast": w_ast}
    from pypy27.interpreter.module.registry import set_function_modules, setup_registered_modules
    set_function_modules(space, w_sys, "sys")     # sys.exc_info.__module__ == 'sys', as in 2.7
    for name, w_mod in setup_registered_modules(space).items():
        assert name not in space.builtin_modules_w, "built-in module %s defined twice" % name
        space.builtin_modules_w[name] = w_mod
    names = sorted(list(space.builtin_modules_w.keys()) + ["__main__"])
    w_sys.setattr_str(space, "builtin_module_names", space.newtuple([space.newstr(n) for n in names]))
    w_modules = space.newdict()
    for name in ["__builtin__", "sys", "exceptions"]:
        space.setitem(w_modules, space.newstr(name), space.builtin_modules_w[name])
    w_sys.setattr_str(space, "modules", w_modules)

