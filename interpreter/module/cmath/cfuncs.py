"""The complex functions of cmath on (real, imag) pairs of floats, with the
numerically careful formulas 2.7 uses for finite arguments (Kahan's branch
cuts; scaling near overflow and underflow).  Domain errors raise CDomain,
overflows CRange."""
from pypy27.interpreter.module.math import libm
from pypy27.support.rfloat import INF, isfinite, isinf, isnan

DBL_MAX = 1.7976931348623157e+308
DBL_MIN = 2.2250738585072014e-308
MANT_DIG = 53
LN2 = 0.6931471805599453
LN10 = 2.302585092994046
E = 2.718281828459045
PI = 3.141592653589793
LARGE = DBL_MAX / 4.0
SQRT_LARGE = 6.703903964971299e+153      # sqrt(LARGE)
LOG_LARGE = 708.3964185322641            # log(LARGE)
SQRT_DBL_MIN = 1.4916681462400413e-154   # sqrt(DBL_MIN)


class CDomain(Exception):
    pass


class CRange(Exception):
    pass


def _asinh_real(x: float) -> float:
    return libm.asinh(x)


def c_sqrt(x: float, y: float) -> tuple[float, float]:
    if isinf(y):
        return (INF, y)
    if isnan(x) or isnan(y):
        if isinf(x) and x < 0.0:
            return (y, INF)
        if isinf(x):
            return (x, y)
        return (x + y, x + y)
    if isinf(x):
        if x > 0.0:
            return (x, libm.copysign(0.0, y))
        return (0.0, libm.copysign(INF, y))
    if x == 0.0 and y == 0.0:
        return (0.0, y)
    ax = abs(x)
    ay = abs(y)
    if ax < DBL_MIN and ay < DBL_MIN and (ax > 0.0 or ay > 0.0):
        # scale up to avoid losing the subnormal bits
        ax = libm.ldexp(ax, MANT_DIG)
        s = libm.ldexp(libm.sqrt(ax + libm.hypot(ax, libm.ldexp(ay, MANT_DIG))), -(MANT_DIG // 2) - 1)
    else:
        ax /= 8.0
        s = 2.0 * libm.sqrt(ax + libm.hypot(ax, ay / 8.0))
    d = ay / (2.0 * s)
    if x >= 0.0:
        return (s, libm.copysign(d, y))
    return (d, libm.copysign(s, y))


def c_exp(x: float, y: float) -> tuple[float, float]:
    if not isfinite(x) or not isfinite(y):
        if isinf(x) and x < 0.0 and not isnan(y):
            return (0.0, 0.0 if isinf(y) else libm.copysign(0.0, libm.sin(y)) * 0.0 + 0.0 * y)
        if y == 0.0:
            return (libm.exp(x), y)
        if isnan(x) or isnan(y):
            return (x + y, x + y)
        if isinf(y):
            raise CDomain()
        return (x * libm.cos(y), x * libm.sin(y))
    if x > LOG_LARGE:
        l = libm.exp(x - 1.0)
        r = (l * libm.cos(y) * E, l * libm.sin(y) * E)
    else:
        l = libm.exp(x)
        r = (l * libm.cos(y), l * libm.sin(y))
    if isinf(r[0]) or isinf(r[1]):
        raise CRange()
    return r


def c_log(x: float, y: float) -> tuple[float, float]:
    if isnan(x) or isnan(y):
        if isinf(x) or isinf(y):
            return (INF, x + y)
        return (x + y, x + y)
    if isinf(x) or isinf(y):
        return (INF, libm.atan2(y, x))
    ax = abs(x)
    ay = abs(y)
    if ax > LARGE or ay > LARGE:
        real = libm.log(libm.hypot(ax / 2.0, ay / 2.0)) + LN2
    elif ax < DBL_MIN and ay < DBL_MIN:
        if ax > 0.0 or ay > 0.0:
            real = (libm.log(libm.hypot(libm.ldexp(ax, MANT_DIG), libm.ldexp(ay, MANT_DIG)))
                    - MANT_DIG * LN2)
        else:
            raise CDomain()      # log(0)
    else:
        h = libm.hypot(ax, ay)
        if 0.71 <= h <= 1.73:
            # near the unit circle log(h) loses bits; log1p keeps them
            am = ax if ax > ay else ay
            an = ay if ax > ay else ax
            real = libm.log1p((am - 1.0) * (am + 1.0) + an * an) / 2.0
        else:
            real = libm.log(h)
    return (real, libm.atan2(y, x))


def c_log10(x: float, y: float) -> tuple[float, float]:
    r, i = c_log(x, y)
    return (r / LN10, i / LN10)


def c_asinh(x: float, y: float) -> tuple[float, float]:
    if not isfinite(x) or not isfinite(y):
        return _nonfinite_asinh(x, y)
    if abs(x) > LARGE or abs(y) > LARGE:
        h = libm.log(libm.hypot(x / 2.0, y / 2.0)) + LN2 * 2.0
        if y >= 0.0:
            real = libm.copysign(h, x)
        else:
            real = -libm.copysign(h, -x)
        return (real, libm.atan2(y, abs(x)))
    s1r, s1i = c_sqrt(1.0 + y, -x)
    s2r, s2i = c_sqrt(1.0 - y, x)
    return (_asinh_real(s1r * s2i - s2r * s1i), libm.atan2(y, s1r * s2r - s1i * s2i))


def _nonfinite_asinh(x: float, y: float) -> tuple[float, float]:
    if isnan(x) or isnan(y):
        if isinf(x):
            return (x, y)
        if isinf(y):
            return (libm.copysign(INF, x) if not isnan(x) else INF, x)
        return (x + y, x + y)
    real = libm.copysign(INF, x)
    return (real, libm.atan2(y, abs(x)) if isinf(y) or not isinf(x) else libm.copysign(0.0, y))


def c_asin(x: float, y: float) -> tuple[float, float]:
    r, i = c_asinh(-y, x)
    return (i, -r)


def c_acos(x: float, y: float) -> tuple[float, float]:
    if not isfinite(x) or not isfinite(y):
        if isnan(x) or isnan(y):
            if isinf(x):
                return (x + y, INF)
            if isinf(y):
                return (x + y, -y)
            return (x + y, x + y)
        return (libm.atan2(abs(y), x), -libm.copysign(INF, y))
    if abs(x) > LARGE or abs(y) > LARGE:
        real = libm.atan2(abs(y), x)
        h = libm.log(libm.hypot(x / 2.0, y / 2.0)) + LN2 * 2.0
        if x < 0.0:
            imag = -libm.copysign(h, y)
        else:
            imag = libm.copysign(h, -y)
        return (real, imag)
    s1r, s1i = c_sqrt(1.0 - x, -y)
    s2r, s2i = c_sqrt(1.0 + x, y)
    return (2.0 * libm.atan2(s1r, s2r), _asinh_real(s2r * s1i - s2i * s1r))


def c_acosh(x: float, y: float) -> tuple[float, float]:
    if not isfinite(x) or not isfinite(y):
        if isnan(x) or isnan(y):
            if isinf(x) or isinf(y):
                return (INF, x + y)
            return (x + y, x + y)
        return (INF, libm.atan2(y, x))
    if abs(x) > LARGE or abs(y) > LARGE:
        return (libm.log(libm.hypot(x / 2.0, y / 2.0)) + LN2 * 2.0, libm.atan2(y, x))
    s1r, s1i = c_sqrt(x - 1.0, y)
    s2r, s2i = c_sqrt(x + 1.0, y)
    return (_asinh_real(s1r * s2r + s1i * s2i), 2.0 * libm.atan2(s1i, s2r))


def c_atanh(x: float, y: float) -> tuple[float, float]:
    if x < 0.0:
        r, i = c_atanh(-x, -y)
        return (-r, -i)
    if isnan(x) or isnan(y):
        if isinf(x) or isinf(y):
            return (libm.copysign(0.0, x), libm.copysign(PI / 2.0, y) if not isnan(y) else y)
        return (x + y, x + y)
    ay = abs(y)
    if x > SQRT_LARGE or ay > SQRT_LARGE:
        if isinf(x) or isinf(y):
            return (libm.copysign(0.0, x), libm.copysign(PI / 2.0, y))
        h = libm.hypot(x / 2.0, y / 2.0)
        return (x / 4.0 / h / h, -libm.copysign(PI / 2.0, -y))
    if x == 1.0 and ay < SQRT_DBL_MIN:
        if ay == 0.0:
            raise CDomain()
        return (-libm.log(libm.sqrt(ay) / libm.sqrt(libm.hypot(ay, 2.0))),
                libm.copysign(libm.atan2(2.0, -ay) / 2.0, y))
    real = libm.log1p(4.0 * x / ((1.0 - x) * (1.0 - x) + ay * ay)) / 4.0
    imag = -libm.atan2(-2.0 * y, (1.0 - x) * (1.0 + x) - ay * ay) / 2.0
    return (real, imag)


def c_atan(x: float, y: float) -> tuple[float, float]:
    r, i = c_atanh(-y, x)
    return (i, -r)


def c_sinh(x: float, y: float) -> tuple[float, float]:
    if not isfinite(x) or not isfinite(y):
        if isnan(x) or isnan(y):
            if y == 0.0:
                return (x, y)
            return (x + y, x + y)
        if isinf(y):
            if isinf(x):
                return (x, y - y)
            if x == 0.0:
                return (x, y - y)
            raise CDomain()
        if y == 0.0:
            return (x, y)
        return (libm.copysign(INF, libm.cos(y)) * (1.0 if x > 0.0 else -1.0),
                libm.copysign(INF, libm.sin(y)))
    if abs(x) > LOG_LARGE:
        xm1 = x - libm.copysign(1.0, x)
        r = (libm.cos(y) * libm.sinh(xm1) * E, libm.sin(y) * libm.cosh(xm1) * E)
    else:
        r = (libm.cos(y) * libm.sinh(x), libm.sin(y) * libm.cosh(x))
    if isinf(r[0]) or isinf(r[1]):
        raise CRange()
    return r


def c_cosh(x: float, y: float) -> tuple[float, float]:
    if not isfinite(x) or not isfinite(y):
        if isnan(x) or isnan(y):
            if y == 0.0 and not isnan(x):
                return (abs(x), y)
            return (abs(x) + y if not isnan(x) else x + y, x + y)
        if isinf(y):
            if isinf(x) or x == 0.0:
                return (y - y if x == 0.0 else INF, y - y if x != 0.0 else 0.0)
            raise CDomain()
        if y == 0.0:
            return (INF, libm.copysign(0.0, x) * y)
        return (libm.copysign(INF, libm.cos(y)), libm.copysign(INF, libm.sin(y)) * (1.0 if x > 0.0 else -1.0))
    if abs(x) > LOG_LARGE:
        xm1 = x - libm.copysign(1.0, x)
        r = (libm.cos(y) * libm.cosh(xm1) * E, libm.sin(y) * libm.sinh(xm1) * E)
    else:
        r = (libm.cos(y) * libm.cosh(x), libm.sin(y) * libm.sinh(x))
    if isinf(r[0]) or isinf(r[1]):
        raise CRange()
    return r


def c_tanh(x: float, y: float) -> tuple[float, float]:
    if not isfinite(x) or not isfinite(y):
        if isinf(x) and not isnan(y):
            if isinf(y):
                return (libm.copysign(1.0, x), 0.0)
            return (libm.copysign(1.0, x), libm.copysign(0.0, 2.0 * libm.sin(y) * libm.cos(y)))
        if isinf(x):
            return (libm.copysign(1.0, x), 0.0)
        if y == 0.0:
            return (x, y)
        if isinf(y) and not isnan(x):
            raise CDomain()
        return (x + y, x + y)
    if abs(x) > LOG_LARGE:
        return (libm.copysign(1.0, x), 4.0 * libm.sin(y) * libm.cos(y) * libm.exp(-2.0 * abs(x)))
    tx = libm.tanh(x)
    ty = libm.tan(y)
    cx = 1.0 / libm.cosh(x)
    txty = tx * ty
    denom = 1.0 + txty * txty
    return (tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)


def c_sin(x: float, y: float) -> tuple[float, float]:
    r, i = c_sinh(-y, x)
    return (i, -r)


def c_cos(x: float, y: float) -> tuple[float, float]:
    return c_cosh(-y, x)


def c_tan(x: float, y: float) -> tuple[float, float]:
    r, i = c_tanh(-y, x)
    return (i, -r)


def c_rect(r: float, phi: float) -> tuple[float, float]:
    if isfinite(r) and isfinite(phi):
        if phi == 0.0:
            return (r, r * phi)
        return (r * libm.cos(phi), r * libm.sin(phi))
    if isinf(r) and isfinite(phi) and phi != 0.0:
        return (r * libm.cos(phi), r * libm.sin(phi))
    if isinf(r) and isinf(phi):
        raise CDomain()
    if isnan(r) or isnan(phi):
        if phi == 0.0:
            return (r, phi)
        if isinf(r):
            return (INF, phi)
        return (r + phi, r + phi)
    if isinf(phi):
        if r == 0.0:
            return (0.0, 0.0)
        raise CDomain()
    return (r, r * phi)
