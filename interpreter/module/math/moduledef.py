"""The `math` module: libm's functions with 2.7's argument conversion and
errors (ValueError "math domain error", OverflowError "math range error")."""
from typing import TYPE_CHECKING

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.support.markers import not_rpython

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace

DOC = ("This module is always available.  It provides access to the\n"
       "mathematical functions defined by the C standard.")

ONE_ARG = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "ceil", "cos", "cosh",
           "exp", "expm1", "fabs", "floor", "log1p", "sin", "sinh", "sqrt", "tan", "tanh"]
OTHER_ONE_ARG = ["frexp", "modf", "degrees", "radians", "isinf", "isnan", "gamma", "lgamma",
                 "erf", "erfc"]
TWO_ARGS = ["atan2", "hypot", "pow", "fmod", "copysign", "ldexp"]


@not_rpython
def setup(space: "ObjSpace") -> list[W_Root]:
    import math as host_math
    from pypy27.interpreter.module.math.gateways import MethO, Unpack2, UnpackOpt
    from pypy27.interpreter.module.builtin.moduleobject import new_builtin_module
    from pypy27.interpreter.module.math import fsum, funcs1, funcs2, integral, logs
    w_mod = new_builtin_module(space, "math", DOC)
    w_mod.setattr_str(space, "pi", space.newfloat(host_math.pi))
    w_mod.setattr_str(space, "e", space.newfloat(host_math.e))
    for name in ONE_ARG:
        w_mod.setattr_str(space, name, MethO(name, getattr(funcs1, "math_" + name)))
    for name in OTHER_ONE_ARG:
        w_mod.setattr_str(space, name, MethO(name, getattr(funcs2, "math_" + name)))
    for name in TWO_ARGS:
        w_mod.setattr_str(space, name, Unpack2(name, getattr(funcs2, "math_" + name)))
    w_mod.setattr_str(space, "fsum", MethO("fsum", fsum.math_fsum))
    w_mod.setattr_str(space, "factorial", MethO("factorial", integral.math_factorial))
    w_mod.setattr_str(space, "trunc", MethO("trunc", integral.math_trunc))
    w_mod.setattr_str(space, "log", UnpackOpt("log", logs.math_log, 1, 2))
    w_mod.setattr_str(space, "log10", MethO("log10", logs.math_log10))
    return [w_mod]
