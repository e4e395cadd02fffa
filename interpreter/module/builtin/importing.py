"""A minimal __import__ and reload for the built-in modules (the import
system proper comes with a later issue)."""
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


def import_module(space: "ObjSpace", name: str) -> W_Root:
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
    return w_mod


def builtin_import(space: "ObjSpace", args: Arguments) -> W_Root:
    args.unpack_stars(space, "__import__()")
    if not args.args_w and "name" not in args.keywords:
        raise space.type_error("Required argument 'name' (pos 1) not found")
    sig = Signature(["name", "globals", "locals", "fromlist", "level"])
    scope = args.parse_into_scope(space, "__import__()", sig,
                                  [space.w_None, space.w_None, space.w_None, space.newint(-1)])
    w_name = scope[0]
    assert w_name is not None
    if not space.isinstance_w(w_name, space.w_str):
        raise space.type_error("__import__() argument 1 must be string, not %s" % space.type(w_name).name)
    name = space.str_w(w_name)
    if not name:
        raise space.value_error("Empty module name")
    first = name
    dot = name.find(".")
    if dot >= 0:
        first = name[:dot]
    w_mod = import_module(space, first)
    if dot >= 0:
        import_module(space, name)
    return w_mod


def builtin_reload(space: "ObjSpace", w_module: W_Root) -> W_Root:
    from pypy27.interpreter.module.builtin.moduleobject import W_Module
    if not isinstance(w_module, W_Module):
        raise space.type_error("reload() argument must be module")
    name = w_module.getname(space)
    if sys_modules_get(space, name) is None:
        raise space.error(space.w_ImportError, "reload(): module %s not in sys.modules" % name)
    return w_module
