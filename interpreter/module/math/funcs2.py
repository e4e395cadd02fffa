"""The math functions that are not plain libm one-argument wrappers: two
arguments, tuples, predicates, gamma."""
from typing import TYPE_CHECKING

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.module.math import libm
from pypy27.interpreter.module.math.errors import domain_error, range_error
from pypy27.support.rfloat import INF, frexp_exponent, isfinite, isinf, isnan

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace

DEG_PER_RAD = 180.0 / 3.141592653589793


def math_atan2(space: "ObjSpace", w_y: W_Root, w_x: W_Root) -> W_Root:
    # libm follows C99 Annex F, which is what 2.7 emulates for the special cases
    return space.newfloat(libm.atan2(space.float_w(w_y), space.float_w(w_x)))


def math_hypot(space: "ObjSpace", w_x: W_Root, w_y: W_Root) -> W_Root:
    x = space.float_w(w_x)
    y = space.float_w(w_y)
    r = libm.hypot(x, y)
    if isinf(r) and isfinite(x) and isfinite(y):
        raise range_error(space)
    return space.newfloat(r)


def math_pow(space: "ObjSpace", w_x: W_Root, w_y: W_Root) -> W_Root:
    x = space.float_w(w_x)
    y = space.float_w(w_y)
    if x == 0.0 and y == -INF:
        raise domain_error(space)       # 2.7 treats it like division by zero
    r = libm.pow_(x, y)
    if isfinite(x) and isfinite(y):
        if isnan(r):
            raise domain_error(space)
        if isinf(r):
            if x == 0.0:
                raise domain_error(space)      # 0 ** negative
            raise range_error(space)
    return space.newfloat(r)


def math_fmod(space: "ObjSpace", w_x: W_Root, w_y: W_Root) -> W_Root:
    x = space.float_w(w_x)
    y = space.float_w(w_y)
    if isinf(y) and isfinite(x):
        return space.newfloat(x)
    r = libm.fmod(x, y)
    if isnan(r) and not isnan(x) and not isnan(y):
        raise domain_error(space)
    return space.newfloat(r)


def math_copysign(space: "ObjSpace", w_x: W_Root, w_y: W_Root) -> W_Root:
    return space.newfloat(libm.copysign(space.float_w(w_x), space.float_w(w_y)))


def math_ldexp(space: "ObjSpace", w_x: W_Root, w_i: W_Root) -> W_Root:
    from pypy27.interpreter.objspace.intobject import W_IntObject
    from pypy27.interpreter.objspace.longobject import W_LongObject
    from pypy27.support import rbigint as rb
    x = space.float_w(w_x)
    if isinstance(w_i, W_IntObject):
        e = w_i.intval
    elif isinstance(w_i, W_LongObject):
        # a huge exponent: only its sign matters
        e = 1000000 if not rb.lt(w_i.num, rb.fromint(0)) else -1000000
        if rb.fits_int(w_i.num):
            e = rb.toint(w_i.num)
    else:
        raise space.type_error("Expected an int or long as second argument to ldexp.")
    if x == 0.0 or not isfinite(x):
        return space.newfloat(x)
    r = libm.ldexp(x, e)
    if isinf(r):
        raise range_error(space)
    return space.newfloat(r)


def frexp_values(x: float) -> tuple[float, int]:
    """(m, e) with x == m * 2**e and 0.5 <= |m| < 1 (or (x, 0) for 0, inf, nan)."""
    if x == 0.0 or not isfinite(x):
        return (x, 0)
    e = frexp_exponent(x)
    return (libm.ldexp(x, -e), e)


def math_frexp(space: "ObjSpace", w_x: W_Root) -> W_Root:
    m, e = frexp_values(space.float_w(w_x))
    return space.newtuple([space.newfloat(m), space.newint(e)])


def math_modf(space: "ObjSpace", w_x: W_Root) -> W_Root:
    x = space.float_w(w_x)
    if isnan(x):
        return space.newtuple([space.newfloat(x), space.newfloat(x)])
    if isinf(x):
        return space.newtuple([space.newfloat(libm.copysign(0.0, x)), space.newfloat(x)])
    if x >= 0.0:
        ipart = libm.floor(x)
    else:
        ipart = libm.ceil(x)
    frac = libm.copysign(x - ipart, x)
    return space.newtuple([space.newfloat(frac), space.newfloat(libm.copysign(ipart, x))])


def math_degrees(space: "ObjSpace", w_x: W_Root) -> W_Root:
    return space.newfloat(space.float_w(w_x) * DEG_PER_RAD)


def math_radians(space: "ObjSpace", w_x: W_Root) -> W_Root:
    return space.newfloat(space.float_w(w_x) / DEG_PER_RAD)


def math_isinf(space: "ObjSpace", w_x: W_Root) -> W_Root:
    return space.newbool(isinf(space.float_w(w_x)))


def math_isnan(space: "ObjSpace", w_x: W_Root) -> W_Root:
    return space.newbool(isnan(space.float_w(w_x)))


def math_gamma(space: "ObjSpace", w_x: W_Root) -> W_Root:
    from pypy27.interpreter.module.math import gamma
    try:
        return space.newfloat(gamma.gamma(space.float_w(w_x)))
    except gamma.MathDomain:
        raise domain_error(space)
    except gamma.MathRange:
        raise range_error(space)


def math_lgamma(space: "ObjSpace", w_x: W_Root) -> W_Root:
    from pypy27.interpreter.module.math import gamma
    try:
        return space.newfloat(gamma.lgamma(space.float_w(w_x)))
    except gamma.MathDomain:
        raise domain_error(space)
    except gamma.MathRange:
        raise range_error(space)


def math_erf(space: "ObjSpace", w_x: W_Root) -> W_Root:
    from pypy27.interpreter.module.math import erf
    return space.newfloat(erf.erf(space.float_w(w_x)))


def math_erfc(space: "ObjSpace", w_x: W_Root) -> W_Root:
    from pypy27.interpreter.module.math import erf
    return space.newfloat(erf.erfc(space.float_w(w_x)))

