"""The `_io` module: the 2.7 io stack.

The operating-system calls are interpreter-level (osfuncs.py); the classes
(_IOBase ... TextIOWrapper, open) are 2.7 source in app_*.py27, compiled and
run into the module's namespace at build time, so the translated executable
carries them ready-made (no import-time cost, no file to find at run time)."""
import os
from typing import TYPE_CHECKING

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.support.markers import not_rpython

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace

HERE = os.path.dirname(os.path.abspath(__file__))

DOC = ("The io module provides the Python interfaces to stream handling. The\n"
       "builtin open function is defined in this module.\n")

# the app-level parts, in dependency order
APP_FILES = ["app_base.py27", "app_fileio.py27", "app_bytesio.py27", "app_buffered.py27",
             "app_textio.py27", "app_stringio.py27", "app_open.py27"]


@not_rpython
def run_app_source(space: "ObjSpace", w_dict: W_Root, filename: str) -> None:
    from pypy27.interpreter.error import OperationError
    from pypy27.interpreter.pyopcode_helpers import compile_code, run_code
    with open(os.path.join(HERE, filename)) as f:
        source = f.read()
    try:
        code = compile_code(space, source, "<_io/%s>" % filename, "exec", 0)
        run_code(space, code, w_dict, w_dict)
    except OperationError as e:
        # a build-time failure: say which app-level exception, and where
        w_value = e.w_value
        assert w_value is not None
        w_type = space.type(w_value)
        msg = space.str_w(space.str_of(w_value))
        raise RuntimeError("_io/%s at build time: %s: %s" % (filename, space.getattr_str(w_type, "__name__"), msg))


@not_rpython
def setup(space: "ObjSpace") -> list[W_Root]:
    from pypy27.interpreter.gateway import Builtin1, Builtin2, Builtin3
    from pypy27.interpreter.module._io import osfuncs
    from pypy27.interpreter.module.builtin.moduleobject import new_builtin_module
    from pypy27.interpreter.objspace.celldict import make_module_dict
    w_mod = new_builtin_module(space, "_io", DOC)
    make_module_dict(space, w_mod.w_dict)
    w_mod.setattr_str(space, "__builtins__", space.w_builtin)
    natives = [
        Builtin3("_os_open", osfuncs.io_open),
        Builtin2("_os_read", osfuncs.io_read),
        Builtin2("_os_write", osfuncs.io_write),
        Builtin2("_os_write_all", osfuncs.io_write_all),
        Builtin3("_os_lseek", osfuncs.io_lseek),
        Builtin1("_os_seekable", osfuncs.io_seekable),
        Builtin1("_os_close", osfuncs.io_close),
        Builtin1("_os_isatty", osfuncs.io_isatty),
        Builtin2("_os_ftruncate", osfuncs.io_ftruncate),
        Builtin1("_os_check_fd", osfuncs.io_check_fd),
    ]
    for w_fn in natives:
        w_mod.setattr_str(space, w_fn.name, w_fn)
    for name in ["O_RDONLY", "O_WRONLY", "O_RDWR", "O_CREAT", "O_TRUNC", "O_APPEND", "O_EXCL"]:
        w_mod.setattr_str(space, "_" + name, space.newint(getattr(osfuncs, name)))
    sources = []
    for filename in APP_FILES:
        run_app_source(space, w_mod.w_dict, filename)
        with open(os.path.join(HERE, filename)) as f:
            sources.append(f.read())
    # 2.7's io.open is a built-in function: a class attribute holding it is not bound
    from pypy27.interpreter.module.__pypy__.introspect import builtinify
    w_mod.setattr_str(space, "open", builtinify(space, space.getattr_str(w_mod, "open")))
    # the same classes as source text: lib-python's _pyio runs it into its
    # own namespace (the pure-Python io stack 2.7 has beside _io)
    w_mod.setattr_str(space, "_app_source", space.newstr("\n".join(sources)))
    return [w_mod]
