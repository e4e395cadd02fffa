"""The `sys` module: its values and functions (interpreter level)."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError
from pypy27.support.markers import not_rpython

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.module.builtin.moduleobject import W_Module

MAXINT = 9223372036854775807
HEXVERSION = 0x020712f0
API_VERSION = 1013
PYPY_VERSION = (7, 3, 17)
VERSION = ("2.7.18 (pypy27, Nov 22 2026, 00:00:00)\n"
           "[PyPy %d.%d.%d with GCC]" % PYPY_VERSION)
PLATFORM = "linux2"
BYTEORDER = "little"
BUILTIN_MODULE_NAMES = ["__builtin__", "__main__", "_ast", "exceptions", "sys"]   # completed by setup_modules
COPYRIGHT = ("Copyright (c) 2001-2020 Python Software Foundation.\nAll Rights Reserved.\n\n"
             "Copyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\n"
             "Copyright (c) 1995-2001 Corporation for National Research Initiatives.\n"
             "All Rights Reserved.\n\n"
             "Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\n"
             "All Rights Reserved.")
FLAG_NAMES = ["debug", "py3k_warning", "division_warning", "division_new", "inspect", "interactive",
              "optimize", "dont_write_bytecode", "no_user_site", "no_site", "ignore_environment",
              "tabcheck", "verbose", "unicode", "bytes_warning", "hash_randomization"]


def sys_module(space: "ObjSpace") -> "W_Module":
    from pypy27.interpreter.module.builtin.moduleobject import W_Module
    w_sys = space.w_sys
    assert isinstance(w_sys, W_Module)
    return w_sys


def sys_get(space: "ObjSpace", name: str) -> Optional[W_Root]:
    return sys_module(space).getdictvalue(space, name)


# ---- functions --------------------------------------------------------------------

def sys_exit(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    w_code = args_w[0]
    raise OperationError(space.w_SystemExit, w_code if w_code is not None else space.w_None)


def sys_getfilesystemencoding(space: "ObjSpace") -> W_Root:
    return space.newstr("UTF-8")


def sys_getrecursionlimit(space: "ObjSpace") -> W_Root:
    from pypy27.interpreter.executioncontext import get_ec
    return space.newint(get_ec(space).recursionlimit)


def sys_setrecursionlimit(space: "ObjSpace", w_limit: W_Root) -> W_Root:
    from pypy27.interpreter.executioncontext import get_ec
    if space.isinstance_w(w_limit, space.w_float):
        raise space.type_error("integer argument expected, got float")
    n = space.int_w(w_limit)
    if n <= 0:
        raise space.value_error("recursion limit must be positive")
    get_ec(space).recursionlimit = n
    return space.w_None


def sys_getcheckinterval(space: "ObjSpace") -> W_Root:
    return space.newint(state.checkinterval)


def sys_setcheckinterval(space: "ObjSpace", w_n: W_Root) -> W_Root:
    from pypy27.interpreter.module.thread.gil import set_check_interval
    state.checkinterval = space.int_w(w_n)
    set_check_interval(state.checkinterval)
    return space.w_None


def sys_exc_info(space: "ObjSpace") -> W_Root:
    from pypy27.interpreter.executioncontext import get_ec
    operr = get_ec(space).sys_exc_info()
    if operr is None:
        return space.newtuple([space.w_None, space.w_None, space.w_None])
    w_value = operr.normalize(space)
    w_tb = operr.w_traceback
    return space.newtuple([operr.w_type, w_value, w_tb if w_tb is not None else space.w_None])


def sys_exc_clear(space: "ObjSpace") -> W_Root:
    from pypy27.interpreter.executioncontext import get_ec
    get_ec(space).clear_sys_exc_info()
    from pypy27.interpreter.module.sys.excvars import publish_exc
    publish_exc(space, None)
    return space.w_None


def sys_getframe(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    from pypy27.interpreter.executioncontext import get_ec
    depth = 0
    w_depth = args_w[0]
    if w_depth is not None:
        depth = space.int_w(w_depth)
    frame = get_ec(space).getframe(depth)
    if frame is None or depth < 0:
        raise space.value_error("call stack is not deep enough")
    from pypy27.interpreter.pyframe import mark_escaped
    mark_escaped(frame)     # never reused (pyframe.frame_for_call)
    return frame


def sys_settrace(space: "ObjSpace", w_func: W_Root) -> W_Root:
    from pypy27.interpreter.executioncontext import get_ec
    ec = get_ec(space)
    ec.w_tracefunc = None if space.is_w(w_func, space.w_None) else w_func
    return space.w_None


def sys_gettrace(space: "ObjSpace") -> W_Root:
    from pypy27.interpreter.executioncontext import get_ec
    w_f = get_ec(space).w_tracefunc
    return w_f if w_f is not None else space.w_None


def sys_setprofile(space: "ObjSpace", w_func: W_Root) -> W_Root:
    from pypy27.interpreter.executioncontext import get_ec
    ec = get_ec(space)
    ec.w_profilefunc = None if space.is_w(w_func, space.w_None) else w_func
    return space.w_None


def sys_getprofile(space: "ObjSpace") -> W_Root:
    from pypy27.interpreter.executioncontext import get_ec
    w_f = get_ec(space).w_profilefunc
    return w_f if w_f is not None else space.w_None


def sys_getrefcount(space: "ObjSpace", w_obj: W_Root) -> W_Root:
    return space.newint(2)


SIZES = {"int": 24, "bool": 24, "float": 24, "complex": 32, "NoneType": 16, "object": 16,
         "dict": 280, "set": 232, "frozenset": 232, "function": 120, "type": 904}


def sys_getsizeof(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    w_obj = args_w[0]
    assert w_obj is not None
    w_sizeof = space.lookup(w_obj, "__sizeof__")
    if w_sizeof is not None:
        return space.call_function(space.get(w_sizeof, w_obj), [])
    name = space.type(w_obj).name
    if name == "str":
        return space.newint(37 + space.len_w(w_obj))
    if name == "unicode":
        return space.newint(52 + 4 * space.len_w(w_obj))
    if name == "tuple":
        return space.newint(56 + 8 * space.len_w(w_obj))
    if name == "list":
        return space.newint(72 + 8 * space.len_w(w_obj))
    if name == "long":
        return space.newint(24 + 4 * max(1, (space.len_w(space.str_of(w_obj)) * 10 + 89) // 90))
    return space.newint(SIZES.get(name, 64))


def sys_displayhook(space: "ObjSpace", w_value: W_Root) -> W_Root:
    if space.is_w(w_value, space.w_None):
        return space.w_None
    w_builtin = space.w_builtin
    space.setattr(w_builtin, space.newstr("_"), space.w_None)
    w_stdout = sys_get(space, "stdout")
    if w_stdout is None:
        raise space.error(space.w_RuntimeError, "lost sys.stdout")
    flush_line(space, w_stdout)
    space.call_method(w_stdout, "write", [space.repr(w_value)])
    space.setattr(w_stdout, space.newstr("softspace"), space.newint(1))
    flush_line(space, w_stdout)
    space.setattr(w_builtin, space.newstr("_"), w_value)
    return space.w_None


def flush_line(space: "ObjSpace", w_stdout: W_Root) -> None:
    """2.7's Py_FlushLine: end a line left open by `print x,`."""
    w_soft = space.findattr(w_stdout, "softspace")
    if w_soft is not None and space.is_true(w_soft):
        space.call_method(w_stdout, "write", [space.newstr("\n")])
        space.setattr(w_stdout, space.newstr("softspace"), space.newint(0))


def sys_excepthook(space: "ObjSpace", w_type: W_Root, w_value: W_Root, w_tb: W_Root) -> W_Root:
    """Print the exception and its traceback to sys.stderr like 2.7."""
    from pypy27.interpreter.traceback import print_exception
    operr = OperationError(w_type, w_value, None if space.is_w(w_tb, space.w_None) else w_tb)
    print_exception(space, operr)
    return space.w_None


def sys_call_tracing(space: "ObjSpace", w_func: W_Root, w_args: W_Root) -> W_Root:
    return space.call_function(w_func, space.fixedview(w_args, -1))


def sys_clear_type_cache(space: "ObjSpace") -> W_Root:
    return space.w_None


def sys_callstats(space: "ObjSpace") -> W_Root:
    return space.w_None


def sys_current_frames(space: "ObjSpace") -> W_Root:
    """{thread id: topmost frame} (one thread so far; the caller's frame)."""
    from pypy27.interpreter.executioncontext import get_ec
    w_res = space.newdict()
    frame = get_ec(space).topframe
    if frame is not None:
        from pypy27.interpreter.pyframe import mark_escaped
        mark_escaped(frame)
        space.setitem(w_res, space.newint(MAIN_THREAD_ID), frame)
    return w_res


MAIN_THREAD_ID = 140000000000000


def sys_getdlopenflags(space: "ObjSpace") -> W_Root:
    return space.newint(state.dlopenflags)


def sys_setdlopenflags(space: "ObjSpace", w_n: W_Root) -> W_Root:
    state.dlopenflags = space.int_w(w_n)
    return space.w_None


class SysState(object):
    checkinterval: int
    dlopenflags: int

    def __init__(self) -> None:
        self.checkinterval = 100
        self.dlopenflags = 2


state = SysState()


# ---- start-up: argv, executable, prefix, path ------------------------------------

def set_argv(space: "ObjSpace", argv: list[str]) -> None:
    """sys.argv (called by the entry point)."""
    items_w: list[W_Root] = []
    for a in argv:
        items_w.append(space.newstr(a))
    sys_module(space).setattr_str(space, "argv", space.newlist(items_w))


def set_executable(space: "ObjSpace", executable: str, prefix: str) -> None:
    """sys.executable, sys.prefix, sys.exec_prefix and the initial sys.path
    (called by the entry point once it has found its home)."""
    w_sys = sys_module(space)
    w_sys.setattr_str(space, "executable", space.newstr(executable))
    w_sys.setattr_str(space, "prefix", space.newstr(prefix))
    w_sys.setattr_str(space, "exec_prefix", space.newstr(prefix))
    if prefix:
        path = [prefix + "/lib_pypy/__extensions__", prefix + "/lib_pypy", prefix + "/lib-python/2.7"]
        items_w: list[W_Root] = []
        for p in path:
            items_w.append(space.newstr(p))
        w_sys.setattr_str(space, "path", space.newlist(items_w))


def set_flag(space: "ObjSpace", name: str, value: int) -> None:
    """Set one field of sys.flags (the entry point, for -B -E -s -S -O -3 -u...);
    -B also sets sys.dont_write_bytecode."""
    from pypy27.interpreter.module.sys.structseq import new_structseq
    w_sys = sys_module(space)
    w_flags = w_sys.get(space, "flags")
    items_w = space.fixedview(w_flags, -1)
    for i in range(len(FLAG_NAMES)):
        if FLAG_NAMES[i] == name:
            items_w[i] = space.newint(value)
    w_sys.setattr_str(space, "flags", new_structseq(space, space.type(w_flags), items_w))
    if name == "dont_write_bytecode":
        w_sys.setattr_str(space, "dont_write_bytecode", space.newbool(value != 0))
    elif name == "py3k_warning":
        w_sys.setattr_str(space, "py3kwarning", space.newbool(value != 0))


def init_from_environment(space: "ObjSpace") -> None:
    """What 2.7 takes from the environment at start-up (unless -E):
    PYTHONDONTWRITEBYTECODE, PYTHONVERBOSE, PYTHONOPTIMIZE."""
    from pypy27.interpreter.module.builtin.io import c_getenv
    env = c_getenv("PYTHONDONTWRITEBYTECODE")
    if env is not None and env:
        set_flag(space, "dont_write_bytecode", 1)
    env = c_getenv("PYTHONOPTIMIZE")
    if env is not None and env:
        set_flag(space, "optimize", 1)
    env = c_getenv("PYTHONVERBOSE")
    if env is not None and env:
        set_flag(space, "verbose", 1)


# ---- building the module (build time) -----------------------------------------------

@not_rpython
def setup_sys(space: "ObjSpace") -> "W_Module":
    from pypy27.interpreter.gateway import Builtin0, Builtin1, Builtin2, Builtin3, BuiltinOpt
    from pypy27.interpreter.module.builtin.io import new_std_file
    from pypy27.interpreter.module.builtin.moduleobject import new_builtin_module
    from pypy27.interpreter.module.builtin.wrappers import BuiltinO, BuiltinUnpack
    from pypy27.interpreter.module.sys.structseq import make_structseq_type, new_structseq
    w_sys = new_builtin_module(space, "sys", SYS_DOC)
    space.w_sys = w_sys

    def put(name: str, w_value: W_Root) -> None:
        w_sys.setattr_str(space, name, w_value)

    put("__package__", space.w_None)
    put("exit", BuiltinUnpack("exit", sys_exit, 0, 1))
    from pypy27.interpreter.module.sys import defaultenc
    put("getdefaultencoding", Builtin0("getdefaultencoding", defaultenc.sys_getdefaultencoding))
    defaultenc.initial.w_setdefaultencoding = Builtin1("setdefaultencoding", defaultenc.sys_setdefaultencoding)
    put("setdefaultencoding", defaultenc.initial.w_setdefaultencoding)
    put("getfilesystemencoding", Builtin0("getfilesystemencoding", sys_getfilesystemencoding))
    put("getrecursionlimit", Builtin0("getrecursionlimit", sys_getrecursionlimit))
    put("setrecursionlimit", Builtin1("setrecursionlimit", sys_setrecursionlimit))
    put("getcheckinterval", Builtin0("getcheckinterval", sys_getcheckinterval))
    put("setcheckinterval", Builtin1("setcheckinterval", sys_setcheckinterval))
    put("getdlopenflags", Builtin0("getdlopenflags", sys_getdlopenflags))
    put("setdlopenflags", Builtin1("setdlopenflags", sys_setdlopenflags))
    put("exc_info", Builtin0("exc_info", sys_exc_info))
    put("exc_clear", Builtin0("exc_clear", sys_exc_clear))
    put("exc_type", space.w_None)   # 2.7 starts with exc_type only
    put("_getframe", BuiltinOpt("_getframe", sys_getframe, 0, 1))
    put("settrace", BuiltinO("settrace", sys_settrace))
    put("gettrace", Builtin0("gettrace", sys_gettrace))
    put("setprofile", BuiltinO("setprofile", sys_setprofile))
    put("getprofile", Builtin0("getprofile", sys_getprofile))
    put("getrefcount", BuiltinO("getrefcount", sys_getrefcount))
    put("getsizeof", BuiltinOpt("getsizeof", sys_getsizeof, 1, 2))
    w_displayhook = BuiltinO("displayhook", sys_displayhook)
    put("displayhook", w_displayhook)
    put("__displayhook__", w_displayhook)
    w_excepthook = Builtin3("excepthook", sys_excepthook)
    put("excepthook", w_excepthook)
    put("__excepthook__", w_excepthook)
    put("call_tracing", Builtin2("call_tracing", sys_call_tracing))
    put("_clear_type_cache", Builtin0("_clear_type_cache", sys_clear_type_cache))
    put("callstats", Builtin0("callstats", sys_callstats))
    put("_current_frames", Builtin0("_current_frames", sys_current_frames))

    put("maxint", space.newint(MAXINT))
    put("maxsize", space.newint(MAXINT))
    put("maxunicode", space.newint(0x10ffff))
    put("byteorder", space.newstr(BYTEORDER))
    put("version", space.newstr(VERSION))
    put("hexversion", space.newint(HEXVERSION))
    put("api_version", space.newint(API_VERSION))
    put("platform", space.newstr(PLATFORM))
    put("copyright", space.newstr(COPYRIGHT))
    put("float_repr_style", space.newstr("short"))
    put("subversion", space.newtuple([space.newstr("PyPy"), space.newstr(""), space.newstr("")]))
    put("builtin_module_names", space.newtuple([space.newstr(n) for n in BUILTIN_MODULE_NAMES]))
    put("dont_write_bytecode", space.w_False)
    put("py3kwarning", space.w_False)
    put("warnoptions", space.newlist([]))
    put("meta_path", space.newlist([]))
    from pypy27.interpreter.gateway import Builtin1
    from pypy27.interpreter.zipimporthook import zipimport_hook
    put("path_hooks", space.newlist([Builtin1("zipimporter", zipimport_hook)]))
    put("path_importer_cache", space.newdict())
    put("argv", space.newlist([space.newstr("")]))
    put("path", space.newlist([]))
    put("executable", space.newstr(""))
    put("prefix", space.newstr(""))
    put("exec_prefix", space.newstr(""))
    put("exc_type", space.w_None)

    w_vi = make_structseq_type(space, "sys.version_info",
                               ["major", "minor", "micro", "releaselevel", "serial"])
    put("version_info", new_structseq(space, w_vi, [space.newint(2), space.newint(7), space.newint(18),
                                                    space.newstr("final"), space.newint(0)]))
    w_pvi = make_structseq_type(space, "sys.pypy_version_info",
                                ["major", "minor", "micro", "releaselevel", "serial"])
    put("pypy_version_info", new_structseq(space, w_pvi, [
        space.newint(PYPY_VERSION[0]), space.newint(PYPY_VERSION[1]), space.newint(PYPY_VERSION[2]),
        space.newstr("final"), space.newint(0)]))
    w_flags = make_structseq_type(space, "sys.flags", FLAG_NAMES)
    put("flags", new_structseq(space, w_flags, [space.newint(0) for n in FLAG_NAMES]))
    w_fi = make_structseq_type(space, "sys.float_info",
                               ["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig",
                                "mant_dig", "epsilon", "radix", "rounds"])
    put("float_info", new_structseq(space, w_fi, [
        space.newfloat(1.7976931348623157e+308), space.newint(1024), space.newint(308),
        space.newfloat(2.2250738585072014e-308), space.newint(-1021), space.newint(-307),
        space.newint(15), space.newint(53), space.newfloat(2.220446049250313e-16),
        space.newint(2), space.newint(1)]))
    w_li = make_structseq_type(space, "sys.long_info", ["bits_per_digit", "sizeof_digit"])
    put("long_info", new_structseq(space, w_li, [space.newint(30), space.newint(4)]))

    w_stdin = new_std_file(0, "<stdin>", "r")
    w_stdout = new_std_file(1, "<stdout>", "w")
    w_stderr = new_std_file(2, "<stderr>", "w")
    for name, w_f in [("stdin", w_stdin), ("stdout", w_stdout), ("stderr", w_stderr)]:
        put(name, w_f)
        put("__%s__" % name, w_f)
    defaultenc.initial.streams_w = [w_stdin, w_stdout, w_stderr]
    return w_sys


SYS_DOC = ("This module provides access to some objects used or maintained by the\n"
           "interpreter and to functions that interact strongly with the interpreter.")
