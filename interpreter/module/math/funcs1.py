"""The one-argument functions that map a float to a float through libm."""
from typing import TYPE_CHECKING

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.module.math import libm
from pypy27.interpreter.module.math.errors import math_1

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace


def math_acos(space: "ObjSpace", w_x: W_Root) -> W_Root:
    return math_1(space, w_x, libm.acos, False)


def math_acosh(space: "ObjSpace", w_x: W_Root) -> W_Root:
    return math_1(space, w_x, libm.acosh, False)


def math_asin(space: "ObjSpace", w_x: W_Root) -> W_Root:
    return math_1(space, w_x, libm.asin, False)


def math_asinh(space: "ObjSpace", w_x: W_Root) -> W_Root:
    return math_1(space, w_x, libm.asinh, False)


def math_atan(space: "ObjSpace", w_x: W_Root) -> W_Root:
    return math_1(space, w_x, libm.atan, False)


def math_atanh(space: "ObjSpace", w_x: W_Root) -> W_Root:
    return math_1(space, w_x, libm.atanh, False)


def math_ceil(space: "ObjSpace", w_x: W_Root) -> W_Root:
    return math_1(space, w_x, libm.ceil, False)


def math_cos(space: "ObjSpace", w_x: W_Root) -> W_Root:
    return math_1(space, w_x, libm.cos, False)


def math_cosh(space: "ObjSpace", w_x: W_Root) -> W_Root:
    return math_1(space, w_x, libm.cosh, True)


def math_exp(space: "ObjSpace", w_x: W_Root) -> W_Root:
    return math_1(space, w_x, libm.exp, True)


def math_expm1(space: "ObjSpace", w_x: W_Root) -> W_Root:
    return math_1(space, w_x, libm.expm1, True)


def math_fabs(space: "ObjSpace", w_x: W_Root) -> W_Root:
    return math_1(space, w_x, libm.fabs, False)


def math_floor(space: "ObjSpace", w_x: W_Root) -> W_Root:
    return math_1(space, w_x, libm.floor, False)


def math_log1p(space: "ObjSpace", w_x: W_Root) -> W_Root:
    return math_1(space, w_x, libm.log1p, True)


def math_sin(space: "ObjSpace", w_x: W_Root) -> W_Root:
    return math_1(space, w_x, libm.sin, False)


def math_sinh(space: "ObjSpace", w_x: W_Root) -> W_Root:
    return math_1(space, w_x, libm.sinh, True)


def math_sqrt(space: "ObjSpace", w_x: W_Root) -> W_Root:
    return math_1(space, w_x, libm.sqrt, False)


def math_tan(space: "ObjSpace", w_x: W_Root) -> W_Root:
    return math_1(space, w_x, libm.tan, False)


def math_tanh(space: "ObjSpace", w_x: W_Root) -> W_Root:
    return math_1(space, w_x, libm.tanh, False)

