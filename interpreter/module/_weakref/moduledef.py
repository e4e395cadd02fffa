"""The `_weakref` module: the types and functions of objspace/weakref.py
(weak links over the collector: docs/gc.md)."""
from typing import TYPE_CHECKING

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.support.markers import not_rpython

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace

DOC = "Weak-reference support module."


@not_rpython
def setup(space: "ObjSpace") -> list[W_Root]:
    from pypy27.interpreter.module.builtin.moduleobject import new_builtin_module
    from pypy27.interpreter.objspace.weakref import module_contents
    w_mod = new_builtin_module(space, "_weakref", DOC)
    for name, w_value in module_contents(space).items():
        w_mod.setattr_str(space, name, w_value)
    return [w_mod]
