"""The C math library functions the math and cmath modules call.

Each is wrapped in a small typed top-level function so that callers can pass
them around as `Callable[[float], float]` (externals themselves are not
function values in the subset)."""
from pypy27.support.ffi import external

_H = "<math.h>"

c_acos = external("acos", ["double"], "double", header=_H, lib="m")
c_asin = external("asin", ["double"], "double", header=_H, lib="m")
c_atan = external("atan", ["double"], "double", header=_H, lib="m")
c_acosh = external("acosh", ["double"], "double", header=_H, lib="m")
c_asinh = external("asinh", ["double"], "double", header=_H, lib="m")
c_atanh = external("atanh", ["double"], "double", header=_H, lib="m")
c_cos = external("cos", ["double"], "double", header=_H, lib="m")
c_sin = external("sin", ["double"], "double", header=_H, lib="m")
c_tan = external("tan", ["double"], "double", header=_H, lib="m")
c_cosh = external("cosh", ["double"], "double", header=_H, lib="m")
c_sinh = external("sinh", ["double"], "double", header=_H, lib="m")
c_tanh = external("tanh", ["double"], "double", header=_H, lib="m")
c_exp = external("exp", ["double"], "double", header=_H, lib="m")
c_expm1 = external("expm1", ["double"], "double", header=_H, lib="m")
c_log = external("log", ["double"], "double", header=_H, lib="m")
c_log10 = external("log10", ["double"], "double", header=_H, lib="m")
c_log1p = external("log1p", ["double"], "double", header=_H, lib="m")
c_sqrt = external("sqrt", ["double"], "double", header=_H, lib="m")
c_fabs = external("fabs", ["double"], "double", header=_H, lib="m")
c_floor = external("floor", ["double"], "double", header=_H, lib="m")
c_ceil = external("ceil", ["double"], "double", header=_H, lib="m")
c_atan2 = external("atan2", ["double", "double"], "double", header=_H, lib="m")
c_hypot = external("hypot", ["double", "double"], "double", header=_H, lib="m")
c_pow = external("pow", ["double", "double"], "double", header=_H, lib="m")
c_fmod = external("fmod", ["double", "double"], "double", header=_H, lib="m")
c_copysign = external("copysign", ["double", "double"], "double", header=_H, lib="m")
c_ldexp = external("ldexp", ["double", "int"], "double", header=_H, lib="m")


def acos(x: float) -> float:
    return c_acos(x)


def asin(x: float) -> float:
    return c_asin(x)


def atan(x: float) -> float:
    return c_atan(x)


def acosh(x: float) -> float:
    return c_acosh(x)


def asinh(x: float) -> float:
    return c_asinh(x)


def atanh(x: float) -> float:
    return c_atanh(x)


def cos(x: float) -> float:
    return c_cos(x)


def sin(x: float) -> float:
    return c_sin(x)


def tan(x: float) -> float:
    return c_tan(x)


def cosh(x: float) -> float:
    return c_cosh(x)


def sinh(x: float) -> float:
    return c_sinh(x)


def tanh(x: float) -> float:
    return c_tanh(x)


def exp(x: float) -> float:
    return c_exp(x)


def expm1(x: float) -> float:
    return c_expm1(x)


def log(x: float) -> float:
    return c_log(x)


def log10(x: float) -> float:
    return c_log10(x)


def log1p(x: float) -> float:
    return c_log1p(x)


def sqrt(x: float) -> float:
    return c_sqrt(x)


def fabs(x: float) -> float:
    return c_fabs(x)


def floor(x: float) -> float:
    return c_floor(x)


def ceil(x: float) -> float:
    return c_ceil(x)


def atan2(y: float, x: float) -> float:
    return c_atan2(y, x)


def hypot(x: float, y: float) -> float:
    return c_hypot(x, y)


def pow_(x: float, y: float) -> float:
    return c_pow(x, y)


def fmod(x: float, y: float) -> float:
    return c_fmod(x, y)


def copysign(x: float, y: float) -> float:
    return c_copysign(x, y)


def ldexp(x: float, e: int) -> float:
    """x * 2**e; e is clamped (beyond +-100000 the result is already 0 or inf)."""
    if e > 100000:
        e = 100000
    elif e < -100000:
        e = -100000
    return c_ldexp(x, e)
