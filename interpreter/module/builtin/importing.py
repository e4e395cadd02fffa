"""__import__ (the arguments; the import itself is interpreter/importing.py)
and reload."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.arguments import Arguments, Signature
from pypy27.interpreter.baseobjspace import W_Root

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace


def sys_modules_get(space: "ObjSpace", name: str) -> Optional[W_Root]:
    from pypy27.interpreter.module.builtin.moduleobject import finditem_str
    from pypy27.interpreter.module.sys.state import sys_get
    w_modules = sys_get(space, "modules")
    if w_modules is None:
        raise space.error(space.w_RuntimeError, "lost sys.modules")
    return finditem_str(space, w_modules, name)


def import_builtin_module(space: "ObjSpace", name: str) -> W_Root:
    """A built-in module, registered in sys.modules."""
    w_mod = sys_modules_get(space, name)
    if w_mod is not None and not space.is_w(w_mod, space.w_None):
        return w_mod
    w_mod = space.builtin_modules_w.get(name, None)
    if w_mod is None:
        raise space.error(space.w_ImportError, "No module named %s" % name)
    from pypy27.interpreter.module.sys.state import sys_get
    w_modules = sys_get(space, "modules")
    assert w_modules is not None
    space.setitem(w_modules, space.newstr(name), w_mod)
    from pypy27.interpreter.module.builtin.moduleobject import W_Module
    if isinstance(w_mod, W_Module):
        w_mod.startup(space)
    return w_mod


def builtin_import(space: "ObjSpace", args: Arguments) -> W_Root:
    """__import__(name, globals={}, locals={}, fromlist=[], level=-1): the
    arguments parsed here, the import done by interpreter/importing.py."""
    from pypy27.interpreter import importing
    args.unpack_stars(space, "__import__()")
    if not args.args_w and "name" not in args.keywords:
        raise space.type_error("Required argument 'name' (pos 1) not found")
    sig = Signature(["name", "globals", "locals", "fromlist", "level"])
    scope = args.parse_into_scope(space, "__import__()", sig,
                                  [space.w_None, space.w_None, space.w_None, space.newint(-1)])
    w_name = scope[0]
    assert w_name is not None
    if space.isinstance_w(w_name, space.w_unicode):
        # 2.7 takes a unicode name that ASCII can encode (json-made configs)
        scope[0] = space.call_method(w_name, "encode", [space.newstr("ascii")])
    elif not space.isinstance_w(w_name, space.w_str):
        # (2.7's argument parser names None itself, not its type)
        got = "None" if space.is_w(w_name, space.w_None) else space.type(w_name).name
        raise space.type_error("__import__() argument 1 must be string, not %s" % got)
    w_name = scope[0]
    assert w_name is not None
    if "\x00" in space.str_w(w_name):
        raise space.type_error("__import__() argument 1 must be string without null bytes, not str")
    return importing.builtin_import(space, scope)


def builtin_reload(space: "ObjSpace", w_module: W_Root) -> W_Root:
    """Re-execute a module's source in its own dict (built-in modules are
    returned as they are)."""
    from pypy27.interpreter.module.builtin.compiling import compile_to_code, run_code
    from pypy27.interpreter.module.builtin.io import ioerror
    from pypy27.interpreter.module.builtin.moduleobject import W_Module
    from pypy27.support.fileio import FileError, read_file
    if not isinstance(w_module, W_Module):
        raise space.type_error("reload() argument must be module")
    name = w_module.getname(space)
    w_in_sys = sys_modules_get(space, name)
    if w_in_sys is None or w_in_sys is not w_module:
        raise space.error(space.w_ImportError, "reload(): module %s not in sys.modules" % name)
    w_file = w_module.getdictvalue(space, "__file__")
    if w_file is None or not space.isinstance_w(w_file, space.w_str):
        if w_module is space.w_sys:
            from pypy27.interpreter.module.sys.defaultenc import reload_sys
            reload_sys(space, w_module)
        return w_module
    filename = space.str_w(w_file)
    # like 2.7, a top-level module is looked up again along sys.path (which
    # may have changed: virtualenv's site.py reloads the real site this way)
    refound = _refind_source(space, name)
    if refound is not None and refound != filename:
        filename = refound
        w_module.setdictvalue(space, "__file__", space.newstr(filename))
    if filename.endswith(".pyc") or filename.endswith(".pyo"):
        filename = filename[:len(filename) - 1]
    try:
        source = read_file(filename)
    except FileError as e:
        raise ioerror(space, e.errno, filename)
    code = compile_to_code(space, source, filename, "exec", 0x100000)
    run_code(space, code, w_module.w_dict, w_module.w_dict)
    w_final = sys_modules_get(space, name)
    if w_final is None:
        return w_module
    return w_final


def _refind_source(space: "ObjSpace", name: str) -> Optional[str]:
    """The source file a top-level module name finds now, or None."""
    from pypy27.interpreter import importfind
    if "." in name:
        return None
    found = importfind.find_module(space, name, name, None)
    if found is None:
        return None
    if found.kind == importfind.PY_SOURCE:
        return found.path
    if found.kind == importfind.PY_COMPILED and found.path.endswith(".pyc"):
        return found.path
    return None
