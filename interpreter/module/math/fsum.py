"""math.fsum: the correctly rounded sum of floats, with Shewchuk's exact
partial sums (non-overlapping partials kept in increasing magnitude) and a
final round-half-even correction."""
from typing import TYPE_CHECKING

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.support.rfloat import isfinite, isinf, isnan

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace


def _add_exact(partials: list[float], x: float) -> float:
    """Fold x into the partials; returns the new top (not yet appended)."""
    i = 0
    for j in range(len(partials)):
        y = partials[j]
        if abs(x) < abs(y):
            x, y = y, x
        hi = x + y
        lo = y - (hi - x)
        if lo != 0.0:
            partials[i] = lo
            i += 1
        x = hi
    while len(partials) > i:
        partials.pop()
    return x


def _round_partials(partials: list[float]) -> float:
    n = len(partials)
    if n == 0:
        return 0.0
    n -= 1
    hi = partials[n]
    lo = 0.0
    while n > 0:
        x = hi
        n -= 1
        y = partials[n]
        hi = x + y
        lo = y - (hi - x)
        if lo != 0.0:
            break
    # hi + lo is exact; if the rest of the partials push lo past a half-way
    # point, hi must round the other way
    if n > 0 and ((lo < 0.0 and partials[n - 1] < 0.0) or (lo > 0.0 and partials[n - 1] > 0.0)):
        y = lo * 2.0
        x = hi + y
        if y == x - hi:
            hi = x
    return hi


def math_fsum(space: "ObjSpace", w_seq: W_Root) -> W_Root:
    partials: list[float] = []
    special_sum = 0.0
    inf_sum = 0.0
    w_iter = space.iter(w_seq)
    while True:
        w_item = space.next(w_iter)
        if w_item is None:
            break
        xsave = space.float_w(w_item)
        x = _add_exact(partials, xsave)
        if x != 0.0:
            if not isfinite(x):
                if isfinite(xsave):
                    raise space.error(space.w_OverflowError, "intermediate overflow in fsum")
                if isinf(xsave):
                    inf_sum += xsave
                special_sum += xsave
                partials = []
            else:
                partials.append(x)
    if special_sum != 0.0:
        if isnan(inf_sum):
            raise space.value_error("-inf + inf in fsum")
        return space.newfloat(special_sum)
    return space.newfloat(_round_partials(partials))
