"""Calling conventions of CPython 2.7's built-in functions that the generic
gateway wrappers don't phrase the same way in their argument-count errors:
METH_O ("len() takes exactly one argument (2 given)") and
PyArg_UnpackTuple ("getattr expected at least 2 arguments, got 1")."""
from typing import TYPE_CHECKING, Callable, Optional

from pypy27.interpreter.arguments import Arguments
from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.gateway import Fn1, FnOpt, W_Builtin

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace


class BuiltinO(W_Builtin):
    """One positional argument (METH_O)."""
    fn: Fn1

    def __init__(self, name: str, fn: Fn1, doc: str = "") -> None:
        W_Builtin.__init__(self, name, False, doc)
        self.fn = fn

    def call_args(self, space: "ObjSpace", args: Arguments) -> W_Root:
        args.unpack_stars(space, self.fname())
        if args.keywords:
            raise space.type_error("%s takes no keyword arguments" % self.fname())
        if len(args.args_w) != 1:
            raise space.type_error("%s takes exactly one argument (%d given)" % (self.fname(), len(args.args_w)))
        return self.fn(space, args.args_w[0])

    # the evaluator's direct calls (abs(x), len(x)): no Arguments object
    def call_fixed(self, space: "ObjSpace", args_w: list[W_Root]) -> W_Root:
        if len(args_w) == 1:
            return self.fn(space, args_w[0])
        return self.call_args(space, Arguments(args_w))

    def call_self0(self, space: "ObjSpace", w_self: W_Root) -> W_Root:
        return self.fn(space, w_self)


class BuiltinUnpack(W_Builtin):
    """min_args..max_args positional arguments (PyArg_UnpackTuple); missing
    ones are None."""
    fn: FnOpt
    min_args: int
    max_args: int
    errname: str

    def __init__(self, name: str, fn: FnOpt, min_args: int, max_args: int, doc: str = "",
                 errname: str = "") -> None:
        W_Builtin.__init__(self, name, False, doc)
        self.fn = fn
        self.min_args = min_args
        self.max_args = max_args
        self.errname = errname if errname else name

    def call_args(self, space: "ObjSpace", args: Arguments) -> W_Root:
        args.unpack_stars(space, self.fname())
        if args.keywords:
            raise space.type_error("%s takes no keyword arguments" % self.fname())
        n = len(args.args_w)
        if n < self.min_args:
            how = "" if self.min_args == self.max_args else "at least "
            raise space.type_error("%s expected %s%d arguments, got %d" % (self.errname, how, self.min_args, n))
        if n > self.max_args:
            how = "" if self.min_args == self.max_args else "at most "
            raise space.type_error("%s expected %s%d arguments, got %d" % (self.errname, how, self.max_args, n))
        full: list[Optional[W_Root]] = [None] * self.max_args
        for i in range(n):
            full[i] = args.args_w[i]
        return self.fn(space, full)

    # the evaluator's direct calls (getattr(o, n), max(a, b)): no Arguments object
    def call_self1(self, space: "ObjSpace", w_self: W_Root, w_a: W_Root) -> W_Root:
        if self.min_args <= 2 <= self.max_args:
            full: list[Optional[W_Root]] = [None] * self.max_args
            full[0] = w_self
            full[1] = w_a
            return self.fn(space, full)
        return self.call_args(space, Arguments([w_self, w_a]))

    def call_self0(self, space: "ObjSpace", w_self: W_Root) -> W_Root:
        if self.min_args <= 1 <= self.max_args:
            full: list[Optional[W_Root]] = [None] * self.max_args
            full[0] = w_self
            return self.fn(space, full)
        return self.call_args(space, Arguments([w_self]))


# Checks self before the arguments: (space, w_self) -> None, raising.
SelfCheck = Callable[["ObjSpace", W_Root], None]


class GuardFirst(W_Builtin):
    """A method that takes a variable argument list in 2.7 (METH_VARARGS) and
    checks its object (closed file, closed map) before it parses them: a
    closed object is a ValueError whatever the arguments."""
    inner: W_Builtin
    guard: SelfCheck

    def __init__(self, inner: W_Builtin, guard: SelfCheck) -> None:
        W_Builtin.__init__(self, inner.name, True, inner.doc)
        self.inner = inner
        self.guard = guard

    def call_args(self, space: "ObjSpace", args: Arguments) -> W_Root:
        if args.args_w:
            self.guard(space, args.args_w[0])
        return self.inner.call_args(space, args)
