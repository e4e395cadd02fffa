"""factorial and trunc: the math functions whose results are integers."""
from typing import TYPE_CHECKING

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.module.math import libm
from pypy27.support import rbigint as rb
from pypy27.support.rfloat import isfinite

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace

SMALL_LIMIT = 1 << 31    # partial products below this are kept in a machine int


def _factorial_arg(space: "ObjSpace", w_x: W_Root) -> int:
    from pypy27.interpreter.objspace.floatobject import W_FloatObject
    if isinstance(w_x, W_FloatObject):
        x = w_x.floatval
        if not isfinite(x) or libm.floor(x) != x:
            raise space.value_error("factorial() only accepts integral values")
        if x >= 9.2e18 or x <= -9.2e18:
            raise space.error(space.w_OverflowError, "Python int too large to convert to C long")
        return int(x)
    return space.int_w(w_x)


def math_factorial(space: "ObjSpace", w_x: W_Root) -> W_Root:
    from pypy27.interpreter.objspace.intobject import newlong_or_int
    n = _factorial_arg(space, w_x)
    if n < 0:
        raise space.value_error("factorial() not defined for negative values")
    result = rb.fromint(1)
    chunk = 1
    i = 2
    while i <= n:
        # multiply small factors together before touching the big number
        if chunk >= SMALL_LIMIT or i >= SMALL_LIMIT:
            result = rb.mul(result, rb.fromint(chunk))
            chunk = 1
        chunk *= i
        i += 1
    result = rb.mul(result, rb.fromint(chunk))
    return newlong_or_int(space, result)


def math_trunc(space: "ObjSpace", w_x: W_Root) -> W_Root:
    return space.call_method(w_x, "__trunc__", [])
