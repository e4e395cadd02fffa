"""The `_bisect` module: bisect's functions at interpreter level (bisect.py
imports them over its Python versions)."""
from typing import TYPE_CHECKING

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.support.markers import not_rpython

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace

DOC = "Bisection algorithms."


@not_rpython
def setup(space: "ObjSpace") -> list[W_Root]:
    from pypy27.interpreter.gateway import BuiltinArgs
    from pypy27.interpreter.module._bisect import search as S
    from pypy27.interpreter.module.builtin.moduleobject import new_builtin_module
    w_mod = new_builtin_module(space, "_bisect", DOC)
    w_right = BuiltinArgs("bisect_right", S.bisect_right)
    w_insort = BuiltinArgs("insort_right", S.insort_right)
    w_mod.setattr_str(space, "bisect_right", w_right)
    w_mod.setattr_str(space, "bisect", w_right)
    w_mod.setattr_str(space, "bisect_left", BuiltinArgs("bisect_left", S.bisect_left))
    w_mod.setattr_str(space, "insort_right", w_insort)
    w_mod.setattr_str(space, "insort", w_insort)
    w_mod.setattr_str(space, "insort_left", BuiltinArgs("insort_left", S.insort_left))
    return [w_mod]
