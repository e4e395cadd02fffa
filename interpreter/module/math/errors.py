"""2.7's math errors: a NaN from a non-NaN argument is a domain error, an
infinity from finite arguments is a range error (or a domain error where the
function cannot overflow, e.g. atanh(1))."""
from typing import TYPE_CHECKING, Callable

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError
from pypy27.support.rfloat import isfinite, isinf, isnan

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace


def domain_error(space: "ObjSpace") -> OperationError:
    return space.error(space.w_ValueError, "math domain error")


def range_error(space: "ObjSpace") -> OperationError:
    return space.error(space.w_OverflowError, "math range error")


def check_1(space: "ObjSpace", x: float, r: float, can_overflow: bool) -> float:
    """The result r of a one-argument function at x, or the app-level error."""
    if isnan(r):
        if not isnan(x):
            raise domain_error(space)
    elif isinf(r):
        if isfinite(x):
            if can_overflow:
                raise range_error(space)
            raise domain_error(space)
    return r


def math_1(space: "ObjSpace", w_x: W_Root, fn: Callable[[float], float], can_overflow: bool) -> W_Root:
    x = space.float_w(w_x)
    return space.newfloat(check_1(space, x, fn(x), can_overflow))
