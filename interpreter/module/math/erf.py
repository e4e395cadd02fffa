"""erf and erfc as 2.7 computes them (its results differ from libm's in the
last bits): a power series for |x| < 1.5, a continued fraction beyond."""
from pypy27.interpreter.module.math import libm
from pypy27.support.rfloat import isnan

SQRT_PI = 1.772453850905516027298167483341145182798
SERIES_CUTOFF = 1.5
SERIES_TERMS = 25
CONTFRAC_CUTOFF = 30.0
CONTFRAC_TERMS = 50


def _series(x: float) -> float:
    """erf(x) = 2x/sqrt(pi) * exp(-x*x) * sum of x**(2k) 2**k / (1*3*...*(2k+1))."""
    x2 = x * x
    acc = 0.0
    fk = SERIES_TERMS + 0.5
    for i in range(SERIES_TERMS):
        acc = 2.0 + x2 * acc / fk
        fk -= 1.0
    return acc * x * libm.exp(-x2) / SQRT_PI


def _contfrac(x: float) -> float:
    """erfc(x) for x >= 1.5 by Lentz-free evaluation of the continued fraction."""
    if x >= CONTFRAC_CUTOFF:
        return 0.0
    x2 = x * x
    a = 0.0
    da = 0.5
    p = 1.0
    p_last = 0.0
    q = da + x2
    q_last = 1.0
    for i in range(CONTFRAC_TERMS):
        a += da
        da += 2.0
        b = da + x2
        p, p_last = b * p - a * p_last, p
        q, q_last = b * q - a * q_last, q
    return p / q * x * libm.exp(-x2) / SQRT_PI


def erf(x: float) -> float:
    if isnan(x):
        return x
    if abs(x) < SERIES_CUTOFF:
        return _series(x)
    cf = _contfrac(abs(x))
    if x > 0.0:
        return 1.0 - cf
    return cf - 1.0


def erfc(x: float) -> float:
    if isnan(x):
        return x
    if abs(x) < SERIES_CUTOFF:
        return 1.0 - _series(x)
    cf = _contfrac(abs(x))
    if x > 0.0:
        return cf
    return 2.0 - cf
