"""2.7's float ``**``, ``//`` and ``%`` for constant folding, computed with
the C library's pow/fmod/floor so that results are bit-identical to 2.7's.
Edge cases where 2.7 raises or special-cases nan/inf/zero raise
CannotFold (or return None)."""
from typing import Optional

from pypy27.interpreter.astcompiler.misc import CannotFold
from pypy27.support.ffi import external

c_pow = external("pow", ["double", "double"], "double", header="<math.h>", lib="m")
c_fmod = external("fmod", ["double", "double"], "double", header="<math.h>", lib="m")
c_floor = external("floor", ["double"], "double", header="<math.h>", lib="m")

INF = 1e300 * 1e300


def _finite(x: float) -> bool:
    return x == x and x != INF and x != -INF


def float_pow(iv: float, iw: float) -> float:
    if not _finite(iv) or not _finite(iw):
        raise CannotFold
    if iw == 0.0:
        return 1.0
    if iv == 0.0:
        raise CannotFold    # signed zeros, ZeroDivisionError: leave to run time
    negate = False
    if iv < 0.0:
        if iw != c_floor(iw):
            raise CannotFold    # ValueError in 2.7
        negate = c_fmod(iw, 2.0) != 0.0     # odd exponent
        iv = -iv
    if iv == 1.0:
        return -1.0 if negate else 1.0
    r = c_pow(iv, iw)
    if not _finite(r):
        raise CannotFold    # OverflowError in 2.7
    return -r if negate else r


def float_divmod(vx: float, wx: float) -> Optional[tuple[float, float]]:
    """(floor quotient, remainder) like 2.7's float_divmod."""
    if wx == 0.0 or not _finite(vx) or not _finite(wx):
        return None
    mod = c_fmod(vx, wx)
    div = (vx - mod) / wx
    if mod != 0.0:
        if (wx < 0.0) != (mod < 0.0):
            mod += wx
            div -= 1.0
    else:
        mod = -0.0 if wx < 0.0 else 0.0
    if div != 0.0:
        floordiv = c_floor(div)
        if div - floordiv > 0.5:
            floordiv += 1.0
    else:
        floordiv = 0.0 * vx / wx    # a zero with the sign of vx / wx
    return floordiv, mod
