"""2.7's complex ``**``, true division, ``//`` and ``%`` for constant
folding, computed like 2.7's complexobject.c so results are bit-identical.

* division: Smith's method (scale by the larger component of the divisor);
  a zero divisor raises (no fold);
* ``//`` and ``%`` (deprecated in 2.7, still computed): q = floor of the
  real part of the quotient, ``a // b`` is ``q + 0j``, ``a % b`` is
  ``a - b * q``;
* ``**``: an integral real exponent with ``|n| <= 100`` uses repeated
  squaring (negative: 1 / x**-n); otherwise polar form with libm's hypot,
  pow, atan2, exp, log, cos and sin.  2.7 raises OverflowError when a part
  of the result is infinite, ZeroDivisionError for 0 to a negative or
  complex power: no fold then.  The polar form is not folded when a value
  along the way is not finite (libm's errno, which 2.7 reads, is not
  tracked here).

Results are (real, imag) pairs; CannotFold means "leave it to run time".
"""
from pypy27.interpreter.astcompiler.floatfold import c_floor, c_pow
from pypy27.interpreter.astcompiler.floatformat import is_finite
from pypy27.interpreter.astcompiler.misc import CannotFold
from pypy27.support.ffi import external

c_hypot = external("hypot", ["double", "double"], "double", header="<math.h>", lib="m")
c_atan2 = external("atan2", ["double", "double"], "double", header="<math.h>", lib="m")
c_exp = external("exp", ["double"], "double", header="<math.h>", lib="m")
c_log = external("log", ["double"], "double", header="<math.h>", lib="m")
c_cos = external("cos", ["double"], "double", header="<math.h>", lib="m")
c_sin = external("sin", ["double"], "double", header="<math.h>", lib="m")

INF = 1e300 * 1e300


def c_prod(ar: float, ai: float, br: float, bi: float) -> tuple[float, float]:
    return ar * br - ai * bi, ar * bi + ai * br


def c_quot(ar: float, ai: float, br: float, bi: float) -> tuple[float, float]:
    abs_br = -br if br < 0.0 else br
    abs_bi = -bi if bi < 0.0 else bi
    if abs_br >= abs_bi:
        if abs_br == 0.0:
            raise CannotFold    # ZeroDivisionError
        ratio = bi / br
        denom = br + bi * ratio
        return (ar + ai * ratio) / denom, (ai - ar * ratio) / denom
    if abs_bi >= abs_br:
        ratio = br / bi
        denom = br * ratio + bi
        return (ar * ratio + ai) / denom, (ai * ratio - ar) / denom
    nan = INF - INF
    return nan, nan     # a nan in the divisor


def c_floordiv(ar: float, ai: float, br: float, bi: float) -> tuple[float, float]:
    qr = c_quot(ar, ai, br, bi)[0]
    return c_floor(qr), 0.0


def c_mod(ar: float, ai: float, br: float, bi: float) -> tuple[float, float]:
    q = c_floor(c_quot(ar, ai, br, bi)[0])
    pr, pi = c_prod(br, bi, q, 0.0)
    return ar - pr, ai - pi


def _powu(ar: float, ai: float, n: int) -> tuple[float, float]:
    rr = 1.0
    ri = 0.0
    pr = ar
    pi = ai
    mask = 1
    while mask > 0 and n >= mask:
        if n & mask:
            rr, ri = c_prod(rr, ri, pr, pi)
        mask <<= 1
        pr, pi = c_prod(pr, pi, pr, pi)
    return rr, ri


def _pow_polar(ar: float, ai: float, br: float, bi: float) -> tuple[float, float]:
    if br == 0.0 and bi == 0.0:
        return 1.0, 0.0
    if ar == 0.0 and ai == 0.0:
        if bi != 0.0 or br < 0.0:
            raise CannotFold    # ZeroDivisionError
        return 0.0, 0.0
    for x in [ar, ai, br, bi]:
        if not is_finite(x):
            raise CannotFold
    vabs = c_hypot(ar, ai)
    length = c_pow(vabs, br)
    at = c_atan2(ai, ar)
    phase = at * br
    if bi != 0.0:
        length /= c_exp(at * bi)
        phase += bi * c_log(vabs)
    if not (is_finite(vabs) and is_finite(length) and is_finite(phase)):
        raise CannotFold
    return length * c_cos(phase), length * c_sin(phase)


def c_power(ar: float, ai: float, br: float, bi: float) -> tuple[float, float]:
    if bi == 0.0 and -9.2e18 < br < 9.2e18 and br == float(int(br)):
        n = int(br)
        if n > 100 or n < -100:
            r = _pow_polar(ar, ai, float(n), 0.0)
        elif n > 0:
            r = _powu(ar, ai, n)
        else:
            pr, pi = _powu(ar, ai, -n)
            r = c_quot(1.0, 0.0, pr, pi)
    else:
        r = _pow_polar(ar, ai, br, bi)
    rr, ri = r
    if rr == INF or rr == -INF or ri == INF or ri == -INF:
        raise CannotFold    # OverflowError: complex exponentiation
    return rr, ri
