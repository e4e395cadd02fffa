"""cmath's results for infinite and NaN arguments (C99 Annex G).

The tables are read at build time from the host's cmath, whose special
values and errors are those of 2.7 (both follow Annex G): for each function
and each pair of argument classes (-inf, negative, -0, +0, positive, +inf,
nan) the result, or the error it raises.  The few results that depend on
the finite part's value (exp, sinh, cosh, tanh, rect with an infinite real
part) are computed in cfuncs.py instead."""
from pypy27.support.markers import not_rpython
from pypy27.support.rfloat import isinf, isnan

NINF, NEG, NZERO, PZERO, POS, PINF, NAN = 0, 1, 2, 3, 4, 5, 6
NO_ERROR, VALUE_ERROR, OVERFLOW_ERROR = 0, 1, 2


class SpecialTable(object):
    """7 x 7 results, indexed by 7 * class(real) + class(imag)."""
    re: list[float]
    im: list[float]
    err: list[int]

    def __init__(self, re: list[float], im: list[float], err: list[int]) -> None:
        self.re = re
        self.im = im
        self.err = err


def special_type(d: float) -> int:
    if isnan(d):
        return NAN
    if isinf(d):
        return NINF if d < 0.0 else PINF
    if d == 0.0:
        return NZERO if repr(d).startswith("-") else PZERO
    return NEG if d < 0.0 else POS


@not_rpython
def _build(name: str) -> SpecialTable:
    import cmath
    inf = float("inf")
    reps = [-inf, -2.3, -0.0, 0.0, 2.3, inf, float("nan")]
    re: list[float] = []
    im: list[float] = []
    err: list[int] = []
    for x in reps:
        for y in reps:
            try:
                if name == "rect":
                    z = cmath.rect(x, y)
                else:
                    z = getattr(cmath, name)(complex(x, y))
                re.append(z.real)
                im.append(z.imag)
                err.append(NO_ERROR)
            except ValueError:
                re.append(0.0)
                im.append(0.0)
                err.append(VALUE_ERROR)
            except OverflowError:
                re.append(0.0)
                im.append(0.0)
                err.append(OVERFLOW_ERROR)
    return SpecialTable(re, im, err)


@not_rpython
def _build_all() -> dict[str, SpecialTable]:
    return {name: _build(name) for name in ["sqrt", "exp", "log", "acos", "acosh", "asinh", "atanh",
                                             "sinh", "cosh", "tanh", "rect"]}


TABLES = _build_all()
