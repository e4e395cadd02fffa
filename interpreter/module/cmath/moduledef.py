"""The `cmath` module: mathematical functions for complex numbers."""
from typing import TYPE_CHECKING

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.support.markers import not_rpython

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace

DOC = ("This module is always available. It provides access to mathematical\n"
       "functions for complex numbers.")

COMPLEX_FUNCS = ["sqrt", "exp", "log10", "sin", "cos", "tan", "asin", "acos", "atan",
                 "sinh", "cosh", "tanh", "asinh", "acosh", "atanh"]


@not_rpython
def setup(space: "ObjSpace") -> list[W_Root]:
    import math as host_math
    from pypy27.interpreter.module.builtin.moduleobject import new_builtin_module
    from pypy27.interpreter.module.cmath import funcs
    from pypy27.interpreter.module.cmath.gateways import CmathFunc
    w_mod = new_builtin_module(space, "cmath", DOC)
    w_mod.setattr_str(space, "pi", space.newfloat(host_math.pi))
    w_mod.setattr_str(space, "e", space.newfloat(host_math.e))
    for name in COMPLEX_FUNCS:
        w_mod.setattr_str(space, name, CmathFunc(name, getattr(funcs, "cmath_" + name), 1, 1, "function"))
    w_mod.setattr_str(space, "log", CmathFunc("log", funcs.cmath_log, 1, 2, "function"))
    w_mod.setattr_str(space, "phase", CmathFunc("phase", funcs.cmath_phase, 1, 1, "phase()"))
    w_mod.setattr_str(space, "polar", CmathFunc("polar", funcs.cmath_polar, 1, 1, "polar()"))
    w_mod.setattr_str(space, "rect", CmathFunc("rect", funcs.cmath_rect, 2, 2, "rect()"))
    w_mod.setattr_str(space, "isinf", CmathFunc("isinf", funcs.cmath_isinf, 1, 1, "isnan()"))
    w_mod.setattr_str(space, "isnan", CmathFunc("isnan", funcs.cmath_isnan, 1, 1, "isnan()"))
    return [w_mod]
