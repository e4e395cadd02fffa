"""The cmath module's functions: argument conversion, the computation in
cfuncs.py, and 2.7's errors."""
from typing import TYPE_CHECKING, Callable, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.module.cmath import cfuncs
from pypy27.interpreter.module.cmath.gateways import complex_w, float_arg
from pypy27.interpreter.module.math import libm
from pypy27.interpreter.module.math.errors import domain_error, range_error
from pypy27.support.rfloat import INF, isinf, isnan

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace

CFn = Callable[[float, float], tuple[float, float]]


def _apply(space: "ObjSpace", fn: CFn, x: float, y: float) -> tuple[float, float]:
    try:
        return fn(x, y)
    except cfuncs.CDomain:
        raise domain_error(space)
    except cfuncs.CRange:
        raise range_error(space)


def _unary(space: "ObjSpace", args_w: list[Optional[W_Root]], fn: CFn) -> W_Root:
    x, y = complex_w(space, args_w[0])
    r, i = _apply(space, fn, x, y)
    return space.newcomplex(r, i)


def cmath_sqrt(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    return _unary(space, args_w, cfuncs.c_sqrt)


def cmath_exp(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    return _unary(space, args_w, cfuncs.c_exp)


def cmath_log10(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    return _unary(space, args_w, cfuncs.c_log10)


def cmath_sin(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    return _unary(space, args_w, cfuncs.c_sin)


def cmath_cos(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    return _unary(space, args_w, cfuncs.c_cos)


def cmath_tan(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    return _unary(space, args_w, cfuncs.c_tan)


def cmath_asin(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    return _unary(space, args_w, cfuncs.c_asin)


def cmath_acos(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    return _unary(space, args_w, cfuncs.c_acos)


def cmath_atan(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    return _unary(space, args_w, cfuncs.c_atan)


def cmath_sinh(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    return _unary(space, args_w, cfuncs.c_sinh)


def cmath_cosh(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    return _unary(space, args_w, cfuncs.c_cosh)


def cmath_tanh(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    return _unary(space, args_w, cfuncs.c_tanh)


def cmath_asinh(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    return _unary(space, args_w, cfuncs.c_asinh)


def cmath_acosh(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    return _unary(space, args_w, cfuncs.c_acosh)


def cmath_atanh(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    return _unary(space, args_w, cfuncs.c_atanh)


def _log_no_error(x: float, y: float) -> tuple[float, float]:
    """c_log, with log(0) giving -inf (2.7 forgets that error when a base follows)."""
    try:
        return cfuncs.c_log(x, y)
    except cfuncs.CDomain:
        return (-INF, libm.atan2(y, x))


def cmath_log(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    from pypy27.interpreter.objspace.complexobject import ComplexError, c_quot
    x, y = complex_w(space, args_w[0])
    w_base = args_w[1]
    if w_base is None:
        r, i = _apply(space, cfuncs.c_log, x, y)
        return space.newcomplex(r, i)
    bx, by = complex_w(space, w_base)
    r, i = _log_no_error(x, y)
    br, bi = _apply(space, cfuncs.c_log, bx, by)
    try:
        qr, qi = c_quot(r, i, br, bi)
    except ComplexError:
        raise domain_error(space)
    return space.newcomplex(qr, qi)


def cmath_phase(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    x, y = complex_w(space, args_w[0])
    return space.newfloat(libm.atan2(y, x))


def cmath_polar(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    x, y = complex_w(space, args_w[0])
    r = libm.hypot(x, y)
    if isinf(r) and not isinf(x) and not isinf(y):
        raise range_error(space)
    return space.newtuple([space.newfloat(r), space.newfloat(libm.atan2(y, x))])


def cmath_rect(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    r = float_arg(space, args_w[0])
    phi = float_arg(space, args_w[1])
    x, y = _apply_rect(space, r, phi)
    return space.newcomplex(x, y)


def _apply_rect(space: "ObjSpace", r: float, phi: float) -> tuple[float, float]:
    try:
        return cfuncs.c_rect(r, phi)
    except cfuncs.CDomain:
        raise domain_error(space)


def cmath_isinf(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    x, y = complex_w(space, args_w[0])
    return space.newbool(isinf(x) or isinf(y))


def cmath_isnan(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    x, y = complex_w(space, args_w[0])
    return space.newbool(isnan(x) or isnan(y))
