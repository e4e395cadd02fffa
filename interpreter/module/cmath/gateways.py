"""cmath's argument handling: PyArg_ParseTuple's count messages (the
complex functions say "function takes ...", the others name themselves,
and 2.7's isinf says "isnan()") and the conversion of an argument to a
complex number."""
from typing import TYPE_CHECKING, Callable, Optional

from pypy27.interpreter.arguments import Arguments
from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.gateway import W_Builtin
from pypy27.interpreter.module.math.gateways import positional

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace

FnOpt = Callable[["ObjSpace", list[Optional[W_Root]]], W_Root]


class CmathFunc(W_Builtin):
    """lo..hi positional arguments (missing ones None); `label` is what the
    count error calls the function."""
    fn: FnOpt
    lo: int
    hi: int
    label: str

    def __init__(self, name: str, fn: FnOpt, lo: int, hi: int, label: str) -> None:
        W_Builtin.__init__(self, name, False, "")
        self.fn = fn
        self.lo = lo
        self.hi = hi
        self.label = label

    def call_args(self, space: "ObjSpace", args: Arguments) -> W_Root:
        args_w = positional(space, args, self.fname())
        n = len(args_w)
        if n < self.lo or n > self.hi:
            if self.lo == self.hi:
                how = "exactly"
                count = self.lo
            elif n < self.lo:
                how = "at least"
                count = self.lo
            else:
                how = "at most"
                count = self.hi
            raise space.type_error("%s takes %s %d argument%s (%d given)"
                                   % (self.label, how, count, "" if count == 1 else "s", n))
        full: list[Optional[W_Root]] = [None] * self.hi
        for i in range(n):
            full[i] = args_w[i]
        return self.fn(space, full)


def complex_w(space: "ObjSpace", w_z: Optional[W_Root]) -> tuple[float, float]:
    """PyComplex_AsCComplex: a complex, an object with __complex__, or a float."""
    from pypy27.interpreter.objspace.complexobject import W_ComplexObject
    assert w_z is not None
    if isinstance(w_z, W_ComplexObject):
        return (w_z.realval, w_z.imagval)
    from pypy27.interpreter.objspace.classobj import W_InstanceObject
    if isinstance(w_z, W_InstanceObject):
        # a classic instance: its own attribute, if any (the instance type's
        # slot would raise AttributeError when the class has none)
        w_bound = space.findattr(w_z, "__complex__")
        if w_bound is None:
            return (space.float_w(w_z), 0.0)
        w_res = space.call_function(w_bound, [])
        if not isinstance(w_res, W_ComplexObject):
            raise space.type_error("__complex__ should return a complex object")
        return (w_res.realval, w_res.imagval)
    w_meth = space.lookup(w_z, "__complex__")
    if w_meth is not None:
        w_res = space.call_function(w_meth, [w_z])
        if not isinstance(w_res, W_ComplexObject):
            raise space.type_error("__complex__ should return a complex object")
        return (w_res.realval, w_res.imagval)
    return (space.float_w(w_z), 0.0)


def float_arg(space: "ObjSpace", w_x: Optional[W_Root]) -> float:
    assert w_x is not None
    return space.float_w(w_x)
