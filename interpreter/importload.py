"""Loading what importfind found: source modules (with .pyc caching: a .pyc
beside the source is used when its magic and recorded source mtime match,
and written after compiling unless sys.dont_write_bytecode), sourceless
.pyc files, packages, built-in modules and PEP 302 loaders."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter import importfs
from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError
from pypy27.interpreter.importfind import (C_BUILTIN, IMP_HOOK, PKG_DIRECTORY, PY_COMPILED, PY_SOURCE,
                                           Found, find_in_directory)
from pypy27.interpreter.pyframe import dict_finditem

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.pycode import PyCode


def sys_modules(space: "ObjSpace") -> W_Root:
    return space.getattr_str(space.w_sys, "modules")


def add_module(space: "ObjSpace", fullname: str) -> W_Root:
    """sys.modules[fullname], created empty when missing (reload and
    imp.load_source re-execute in the existing module)."""
    from pypy27.interpreter.module.builtin.moduleobject import W_Module
    from pypy27.interpreter.objspace.celldict import make_module_dict
    w_modules = sys_modules(space)
    w_name = space.newstr(fullname)
    w_mod = dict_finditem(space, w_modules, w_name)
    if w_mod is not None and isinstance(w_mod, W_Module):
        return w_mod
    w_new = W_Module(space, w_name)
    make_module_dict(space, w_new.w_dict)
    space.setitem(w_new.w_dict, space.newstr("__doc__"), space.w_None)
    space.setitem(w_new.w_dict, space.newstr("__package__"), space.w_None)
    space.setitem(w_modules, w_name, w_new)
    return w_new


def exec_code_module(space: "ObjSpace", fullname: str, w_mod: W_Root, code: "PyCode", filename: str) -> W_Root:
    """Run a module's code in its dict; on failure the module leaves
    sys.modules again.  Returns sys.modules[fullname] afterwards (a module
    may replace itself there)."""
    from pypy27.interpreter.pyopcode_helpers import run_code
    w_dict = space.getattr_str(w_mod, "__dict__")
    space.setitem(w_dict, space.newstr("__file__"), space.newstr(filename))
    if dict_finditem(space, w_dict, space.newstr("__builtins__")) is None:
        space.setitem(w_dict, space.newstr("__builtins__"), space.w_builtin)
    w_modules = sys_modules(space)
    w_name = space.newstr(fullname)
    try:
        run_code(space, code, w_dict, w_dict)
    except OperationError:
        if dict_finditem(space, w_modules, w_name) is not None:
            space.delitem(w_modules, w_name)
        raise
    w_final = dict_finditem(space, w_modules, w_name)
    if w_final is None:
        raise OperationError(space.w_ImportError, space.newstr(
            "Loaded module %s not found in sys.modules" % fullname))
    return w_final


def dont_write_bytecode(space: "ObjSpace") -> bool:
    w_flag = space.findattr(space.w_sys, "dont_write_bytecode")
    return w_flag is not None and space.is_true(w_flag)


def read_cached_code(space: "ObjSpace", cpath: str, mtime: int) -> Optional["PyCode"]:
    """The code in cpath if it is our .pyc for a source of this mtime."""
    from pypy27.interpreter.astcompiler.marshal import MarshalError
    from pypy27.interpreter.astcompiler.pyc import loads_pyc, read_mtime
    from pypy27.interpreter.pycode import PyCode
    from pypy27.support.fileio import FileError, read_file
    if not importfs.is_file(cpath):
        return None
    try:
        data = read_file(cpath)
        if read_mtime(data) != mtime & 0xFFFFFFFF:
            return None
        return PyCode(space, loads_pyc(data))
    except (FileError, MarshalError):
        return None


def compile_source_file(space: "ObjSpace", pathname: str, st: importfs.StatResult, cpath: str) -> "PyCode":
    from pypy27.interpreter.astcompiler.compiler import compile_source
    from pypy27.interpreter.astcompiler.pyc import dumps_pyc
    from pypy27.interpreter.pycode import PyCode
    from pypy27.interpreter.pyopcode_helpers import syntax_error
    from pypy27.interpreter.pyparser.error import SyntaxErr
    from pypy27.support.fileio import FileError, read_file
    try:
        source = read_file(pathname)
    except FileError:
        raise OperationError(space.w_ImportError, space.newstr("No module named %s" % pathname))
    from pypy27.interpreter.astcompiler.misc import WarningSink
    from pypy27.interpreter.module._warnings.interp_warn import warn_compiled
    sink = WarningSink()
    try:
        co = compile_source(source, pathname, "exec", 0, sink)
    except SyntaxErr as e:
        raise syntax_error(space, e)
    warn_compiled(space, sink, pathname)
    if st.kind == importfs.FILE and not dont_write_bytecode(space):
        importfs.write_new_file(cpath, dumps_pyc(co, st.mtime & 0xFFFFFFFF), st.mode & 0o666)
    return PyCode(space, co)


def load_source_module(space: "ObjSpace", fullname: str, pathname: str, w_mod: Optional[W_Root] = None) -> W_Root:
    st = importfs.stat(pathname)
    cpath = pathname + "c"
    code: Optional["PyCode"] = None
    if st.kind == importfs.FILE:
        code = read_cached_code(space, cpath, st.mtime)
    filename = cpath
    if code is None:
        code = compile_source_file(space, pathname, st, cpath)
        filename = pathname
    if w_mod is None:
        w_mod = add_module(space, fullname)
    return exec_code_module(space, fullname, w_mod, code, filename)


def load_compiled_module(space: "ObjSpace", fullname: str, cpath: str, w_mod: Optional[W_Root] = None) -> W_Root:
    from pypy27.interpreter.astcompiler.marshal import MarshalError
    from pypy27.interpreter.astcompiler.pyc import loads_pyc
    from pypy27.interpreter.pycode import PyCode
    from pypy27.support.fileio import FileError, read_file
    try:
        data = read_file(cpath)
    except FileError:
        raise OperationError(space.w_ImportError, space.newstr("No module named %s" % fullname))
    try:
        code = PyCode(space, loads_pyc(data))
    except MarshalError:
        raise OperationError(space.w_ImportError, space.newstr("Bad magic number in %s" % cpath))
    if w_mod is None:
        w_mod = add_module(space, fullname)
    return exec_code_module(space, fullname, w_mod, code, cpath)


def load_package(space: "ObjSpace", fullname: str, pkgdir: str) -> W_Root:
    w_mod = add_module(space, fullname)
    space.setattr(w_mod, space.newstr("__path__"), space.newlist([space.newstr(pkgdir)]))
    init = find_in_directory(pkgdir, "__init__")
    if init is None or init.kind == PKG_DIRECTORY:
        raise OperationError(space.w_ImportError, space.newstr("No module named %s" % fullname))
    if init.kind == PY_SOURCE:
        return load_source_module(space, fullname, init.path, w_mod)
    return load_compiled_module(space, fullname, init.path, w_mod)


def load_builtin(space: "ObjSpace", fullname: str) -> W_Root:
    w_mod = space.builtin_modules_w.get(fullname, None)
    if w_mod is None:
        raise OperationError(space.w_ImportError, space.newstr("No module named %s" % fullname))
    space.setitem(sys_modules(space), space.newstr(fullname), w_mod)
    from pypy27.interpreter.module.builtin.moduleobject import W_Module
    if isinstance(w_mod, W_Module):
        w_mod.startup(space)    # run-time set-up of a module frozen at build time (posix.environ)
    return w_mod


def load_found(space: "ObjSpace", fullname: str, found: Found) -> W_Root:
    kind = found.kind
    if kind == PY_SOURCE:
        return load_source_module(space, fullname, found.path)
    if kind == PY_COMPILED:
        return load_compiled_module(space, fullname, found.path)
    if kind == PKG_DIRECTORY:
        return load_package(space, fullname, found.path)
    if kind == C_BUILTIN:
        return load_builtin(space, fullname)
    if kind == IMP_HOOK:
        assert found.w_loader is not None
        return space.call_method(found.w_loader, "load_module", [space.newstr(fullname)])
    raise OperationError(space.w_ImportError, space.newstr("Don't know how to import %s (type code %d)"
                                                           % (fullname, kind)))
