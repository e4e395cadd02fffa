"""Float helpers from the C math library (libm) and a few in the subset.

Each external is a direct C call translated; untranslated it goes through
ctypes.  Callers check domains themselves (2.7 raises app-level errors before
calling libm)."""
from pypy27.support.ffi import external

c_ldexp = external("ldexp", ["double", "int"], "double", header="<math.h>", lib="m")
c_fmod = external("fmod", ["double", "double"], "double", header="<math.h>", lib="m")
c_pow = external("pow", ["double", "double"], "double", header="<math.h>", lib="m")
c_floor = external("floor", ["double"], "double", header="<math.h>", lib="m")
c_ceil = external("ceil", ["double"], "double", header="<math.h>", lib="m")
c_sqrt = external("sqrt", ["double"], "double", header="<math.h>", lib="m")
c_exp = external("exp", ["double"], "double", header="<math.h>", lib="m")
c_log = external("log", ["double"], "double", header="<math.h>", lib="m")
c_atan2 = external("atan2", ["double", "double"], "double", header="<math.h>", lib="m")
c_hypot = external("hypot", ["double", "double"], "double", header="<math.h>", lib="m")
c_cos = external("cos", ["double"], "double", header="<math.h>", lib="m")
c_sin = external("sin", ["double"], "double", header="<math.h>", lib="m")
c_copysign = external("copysign", ["double", "double"], "double", header="<math.h>", lib="m")

INF = 1e300 * 1e300
NAN = INF - INF


def isinf(x: float) -> bool:
    return x == INF or x == -INF


def isnan(x: float) -> bool:
    return x != x


def isfinite(x: float) -> bool:
    return x == x and x != INF and x != -INF


def copysign(x: float, y: float) -> float:
    """|x| with the sign of y (y's sign bit, so -0.0 and -nan count; a NaN x
    gets y's sign too)."""
    return c_copysign(x, y)


def sign_bit(x: float) -> bool:
    return c_copysign(1.0, x) < 0.0


def ldexp(x: float, e: int) -> float:
    """x * 2**e (inf on overflow)."""
    if e > 100000:
        e = 100000
    elif e < -100000:
        e = -100000
    return c_ldexp(x, e)


def frexp_exponent(x: float) -> int:
    """e with 2**(e-1) <= |x| < 2**e, for a finite nonzero x."""
    if x < 0.0:
        x = -x
    e = 0
    while x >= 18446744073709551616.0:
        x *= 5.421010862427522e-20      # 2**-64
        e += 64
    while x < 5.421010862427522e-20:
        x *= 18446744073709551616.0
        e -= 64
    while x >= 1.0:
        x *= 0.5
        e += 1
    while x < 0.5:
        x *= 2.0
        e -= 1
    return e


def fmod(x: float, y: float) -> float:
    return c_fmod(x, y)


def pow_(x: float, y: float) -> float:
    return c_pow(x, y)


def floor(x: float) -> float:
    return c_floor(x)


def ceil(x: float) -> float:
    return c_ceil(x)


def sqrt(x: float) -> float:
    return c_sqrt(x)


def exp(x: float) -> float:
    return c_exp(x)


def log(x: float) -> float:
    return c_log(x)


def atan2(y: float, x: float) -> float:
    return c_atan2(y, x)


def hypot(x: float, y: float) -> float:
    return c_hypot(x, y)


def cos(x: float) -> float:
    return c_cos(x)


def sin(x: float) -> float:
    return c_sin(x)
