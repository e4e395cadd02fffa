"""Discovery of the built-in modules beyond __builtin__, sys, exceptions and _ast.

Every package `interpreter/module/<pkg>/` with a `moduledef.py` contributes
modules: its `setup(space)` (build-time code) returns a list of W_Module
objects, which become `space.builtin_modules_w[name]` and are listed in
`sys.builtin_module_names`.  Adding a module therefore touches no shared file:
create the package, write `moduledef.py`, rebuild (see docs/modules.md)."""
import importlib
import os
from typing import TYPE_CHECKING

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.support.markers import not_rpython

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace

HERE = os.path.dirname(os.path.abspath(__file__))


@not_rpython
def moduledef_packages() -> list[str]:
    """The packages with a moduledef.py, sorted for a reproducible build."""
    found = []
    for name in sorted(os.listdir(HERE)):
        if os.path.isfile(os.path.join(HERE, name, "moduledef.py")):
            found.append(name)
    return found


@not_rpython
def setup_registered_modules(space: "ObjSpace") -> dict[str, W_Root]:
    from pypy27.interpreter.module.builtin.moduleobject import W_Module
    result: dict[str, W_Root] = {}
    for pkg in moduledef_packages():
        mod = importlib.import_module("pypy27.interpreter.module.%s.moduledef" % pkg)
        for w_mod in mod.setup(space):
            assert isinstance(w_mod, W_Module)
            name = w_mod.getname(space)
            assert name not in result, "built-in module %s defined twice" % name
            result[name] = w_mod
            set_function_modules(space, w_mod, name)
    return result


@not_rpython
def set_function_modules(space: "ObjSpace", w_mod: W_Root, name: str) -> None:
    """Give the module's own built-in functions __module__ = its name (as in
    2.7, so that pickle finds them); functions shared with __builtin__ keep
    theirs."""
    from pypy27.interpreter.gateway import W_Builtin
    from pypy27.interpreter.module.builtin.moduleobject import W_Module
    assert isinstance(w_mod, W_Module)
    builtins: dict[int, bool] = {}
    w_builtin = space.w_builtin
    assert isinstance(w_builtin, W_Module)
    for w_value in space.listview(space.call_method(w_builtin.w_dict, "values", [])):
        builtins[id(w_value)] = True
    for w_value in space.listview(space.call_method(w_mod.w_dict, "values", [])):
        if (isinstance(w_value, W_Builtin) and not w_value.is_method
                and w_value.modname == "__builtin__" and id(w_value) not in builtins):
            w_value.modname = name
