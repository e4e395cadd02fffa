"""gamma and lgamma as 2.7 computes them (so results agree to the last bit):
the Lanczos approximation with g = 6.02468..., N = 13 (Boost's coefficients),
exact factorials for small integers and the reflection formula for x < 0.
The functions return a float or raise MathDomain / MathRange."""
from pypy27.interpreter.module.math import libm
from pypy27.support.rfloat import isinf, isnan

PI = 3.141592653589793
LOG_PI = 1.1447298858494002
LANCZOS_G = 6.024680040776729583740234375
LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375
LANCZOS_NUM = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
]
# the coefficients of x*(x+1)*...*(x+11)
LANCZOS_DEN = [0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
               13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0]
# 0! .. 22!, exact as floats
FACTORIALS = [1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0,
              39916800.0, 479001600.0, 6227020800.0, 87178291200.0, 1307674368000.0,
              20922789888000.0, 355687428096000.0, 6402373705728000.0, 121645100408832000.0,
              2432902008176640000.0, 51090942171709440000.0, 1124000727777607680000.0]


class MathDomain(Exception):
    pass


class MathRange(Exception):
    pass


def _round_half_away(x: float) -> float:
    r = libm.floor(x + 0.5)
    if x < 0.0:
        r = -libm.floor(-x + 0.5)
    return r


def sinpi(x: float) -> float:
    """sin(pi * x), accurate near the integers."""
    y = libm.fmod(abs(x), 2.0)
    n = int(_round_half_away(2.0 * y))
    if n == 0:
        r = libm.sin(PI * y)
    elif n == 1:
        r = libm.cos(PI * (y - 0.5))
    elif n == 2:
        r = libm.sin(PI * (1.0 - y))
    elif n == 3:
        r = -libm.cos(PI * (y - 1.5))
    else:
        r = libm.sin(PI * (y - 2.0))
    return libm.copysign(1.0, x) * r


def lanczos_sum(x: float) -> float:
    """The rational part of the approximation, for x >= 0."""
    num = 0.0
    den = 0.0
    n = len(LANCZOS_NUM)
    if x < 5.0:
        # Horner from the highest coefficient
        i = n - 1
        while i >= 0:
            num = num * x + LANCZOS_NUM[i]
            den = den * x + LANCZOS_DEN[i]
            i -= 1
    else:
        # in 1/x, to avoid overflow for big x
        for i in range(n):
            num = num / x + LANCZOS_NUM[i]
            den = den / x + LANCZOS_DEN[i]
    return num / den


def gamma(x: float) -> float:
    if isnan(x):
        return x
    if isinf(x):
        if x > 0.0:
            return x
        raise MathDomain()
    if x == 0.0:
        raise MathDomain()
    if x == libm.floor(x):
        if x < 0.0:
            raise MathDomain()
        if x <= 23.0:
            return FACTORIALS[int(x) - 1]
    absx = abs(x)
    if absx < 1e-20:
        r = 1.0 / x
        if isinf(r):
            raise MathRange()
        return r
    if absx > 200.0:
        if x < 0.0:
            return 0.0 / sinpi(x)
        raise MathRange()
    y = absx + LANCZOS_G_MINUS_HALF
    # z: the rounding error in computing y, to correct the result
    if absx > LANCZOS_G_MINUS_HALF:
        q = y - absx
        z = q - LANCZOS_G_MINUS_HALF
    else:
        q = y - LANCZOS_G_MINUS_HALF
        z = q - absx
    z = z * LANCZOS_G / y
    if x < 0.0:
        r = -PI / sinpi(absx) / absx * libm.exp(y) / lanczos_sum(absx)
        r -= z * r
        if absx < 140.0:
            r /= libm.pow_(y, absx - 0.5)
        else:
            sqrtpow = libm.pow_(y, absx / 2.0 - 0.25)
            r /= sqrtpow
            r /= sqrtpow
    else:
        r = lanczos_sum(absx) / libm.exp(y)
        r += z * r
        if absx < 140.0:
            r *= libm.pow_(y, absx - 0.5)
        else:
            sqrtpow = libm.pow_(y, absx / 2.0 - 0.25)
            r *= sqrtpow
            r *= sqrtpow
    if isinf(r):
        raise MathRange()
    return r


def lgamma(x: float) -> float:
    if isnan(x):
        return x
    if isinf(x):
        return abs(x)
    if x == libm.floor(x) and x <= 2.0:
        if x <= 0.0:
            raise MathDomain()
        return 0.0
    absx = abs(x)
    if absx < 1e-20:
        return -libm.log(absx)
    r = libm.log(lanczos_sum(absx)) - LANCZOS_G
    r += (absx - 0.5) * (libm.log(absx + LANCZOS_G - 0.5) - 1.0)
    if x < 0.0:
        r = LOG_PI - libm.log(abs(sinpi(absx))) - libm.log(absx) - r
    if isinf(r):
        raise MathRange()
    return r
