"""`fmt % args` on byte strings, lowered to the runtime formatter."""
from __future__ import annotations

from typing import TYPE_CHECKING

from mypy.nodes import Expression, TupleExpr

from pypy27.translator import lltypes as L
from pypy27.translator.ir.model import Value

if TYPE_CHECKING:
    from pypy27.translator.lower.function import FunctionLowerer

KIND = {"Signed": "i", "Bool": "b", "Float": "f", "str": "s"}


def lower_format(fl: "FunctionLowerer", fmt: Value, rhs: Expression) -> Value:
    if isinstance(rhs, TupleExpr):
        values = [fl.expr(i) for i in rhs.items]
    else:
        v = fl.expr(rhs)
        if isinstance(v.type, L.TupleT):
            values = [fl.emit("getfield", [v], t, ("tuple", i)) for i, t in enumerate(v.type.items)]
        else:
            values = [v]
    kinds = ""
    for v in values:
        k = KIND.get(v.type.key())
        if k is None:
            raise fl.error("cannot %%-format a %s" % v.type, rhs)
        kinds += k
    return fl.emit("str_format", [fmt] + values, L.STR, kinds, canraise=True)
