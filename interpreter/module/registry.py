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
    return result
