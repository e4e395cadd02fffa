"""log, log10: like libm but defined for longs too big for a float (through
the long's bit length) and with 2.7's errors for x <= 0."""
from typing import TYPE_CHECKING, Callable, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.module.math import libm
from pypy27.interpreter.module.math.errors import domain_error
from pypy27.support import rbigint as rb
from pypy27.support.rfloat import isinf, isnan

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace


def _log_float(space: "ObjSpace", x: float, fn: Callable[[float], float]) -> float:
    if isnan(x):
        return x
    if x <= 0.0:
        raise domain_error(space)      # log(0), log(-x), log(-inf)
    if isinf(x):
        return x
    return fn(x)


def log_of(space: "ObjSpace", w_x: W_Root, fn: Callable[[float], float]) -> float:
    from pypy27.interpreter.objspace.longobject import W_LongObject
    if isinstance(w_x, W_LongObject):
        num = w_x.num
        if not rb.lt(rb.fromint(0), num):
            raise domain_error(space)
        try:
            x = rb.tofloat(num)
        except OverflowError:
            # x = m * 2**shift with m exact enough as a float
            shift = rb.bit_length(num) - 64
            m = rb.tofloat(rb.rshift(num, shift))
            return fn(m) + fn(2.0) * float(shift)
        return _log_float(space, x, fn)
    return _log_float(space, space.float_w(w_x), fn)


def math_log(space: "ObjSpace", args_w: list[Optional[W_Root]]) -> W_Root:
    w_x = args_w[0]
    assert w_x is not None
    num = log_of(space, w_x, libm.log)
    w_base = args_w[1]
    if w_base is None:
        return space.newfloat(num)
    den = log_of(space, w_base, libm.log)
    if den == 0.0:
        raise space.error(space.w_ZeroDivisionError, "float division by zero")
    return space.newfloat(num / den)


def math_log10(space: "ObjSpace", w_x: W_Root) -> W_Root:
    return space.newfloat(log_of(space, w_x, libm.log10))
