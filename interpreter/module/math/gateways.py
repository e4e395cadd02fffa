"""Gateways for C-style module functions with 2.7's argument-count messages:
METH_O functions say "f() takes exactly one argument (N given)", functions
using PyArg_UnpackTuple say "f expected 2 arguments, got N".  (cmath and
time use them too.)"""
from typing import TYPE_CHECKING, Callable, Optional

from pypy27.interpreter.arguments import Arguments
from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.gateway import W_Builtin

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace

Fn1 = Callable[["ObjSpace", W_Root], W_Root]
Fn2 = Callable[["ObjSpace", W_Root, W_Root], W_Root]
FnOpt = Callable[["ObjSpace", list[Optional[W_Root]]], W_Root]


def positional(space: "ObjSpace", args: Arguments, fname: str) -> list[W_Root]:
    args.unpack_stars(space, fname)
    if args.keywords:
        raise space.type_error("%s takes no keyword arguments" % fname)
    return args.args_w


def unpack_tuple(space: "ObjSpace", args: Arguments, name: str, lo: int, hi: int) -> list[W_Root]:
    """PyArg_UnpackTuple's checks and messages."""
    args_w = positional(space, args, name + "()")
    n = len(args_w)
    if n < lo or n > hi:
        if lo == hi:
            raise space.type_error("%s expected %d arguments, got %d" % (name, lo, n))
        if n < lo:
            raise space.type_error("%s expected at least %d arguments, got %d" % (name, lo, n))
        raise space.type_error("%s expected at most %d arguments, got %d" % (name, hi, n))
    return args_w


class MethO(W_Builtin):
    """One argument (C's METH_O)."""
    fn: Fn1

    def __init__(self, name: str, fn: Fn1, doc: str = "") -> None:
        W_Builtin.__init__(self, name, False, doc)
        self.fn = fn

    def call_args(self, space: "ObjSpace", args: Arguments) -> W_Root:
        args_w = positional(space, args, self.fname())
        if len(args_w) != 1:
            raise space.type_error("%s takes exactly one argument (%d given)" % (self.fname(), len(args_w)))
        return self.fn(space, args_w[0])


class Unpack2(W_Builtin):
    """Exactly two arguments, checked like PyArg_UnpackTuple."""
    fn: Fn2

    def __init__(self, name: str, fn: Fn2, doc: str = "") -> None:
        W_Builtin.__init__(self, name, False, doc)
        self.fn = fn

    def call_args(self, space: "ObjSpace", args: Arguments) -> W_Root:
        args_w = unpack_tuple(space, args, self.name, 2, 2)
        return self.fn(space, args_w[0], args_w[1])


class UnpackOpt(W_Builtin):
    """lo..hi arguments (missing ones None), checked like PyArg_UnpackTuple."""
    fn: FnOpt
    lo: int
    hi: int

    def __init__(self, name: str, fn: FnOpt, lo: int, hi: int, doc: str = "") -> None:
        W_Builtin.__init__(self, name, False, doc)
        self.fn = fn
        self.lo = lo
        self.hi = hi

    def call_args(self, space: "ObjSpace", args: Arguments) -> W_Root:
        args_w = unpack_tuple(space, args, self.name, self.lo, self.hi)
        full: list[Optional[W_Root]] = [None] * self.hi
        for i in range(len(args_w)):
            full[i] = args_w[i]
        return self.fn(space, full)
