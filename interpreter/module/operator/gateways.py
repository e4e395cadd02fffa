"""Built-in functions with the argument-count messages of 2.7's operator
module: 'not_() takes exactly one argument (0 given)' for one argument,
'op_add expected 2 arguments, got 1' for more."""
from typing import TYPE_CHECKING

from pypy27.interpreter.arguments import Arguments
from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.gateway import Fn1, Fn2, Fn3, W_Builtin

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace



def check_count(space: "ObjSpace", args: Arguments, opname: str, n: int) -> list[W_Root]:
    """opname is how 2.7 names the function in the message: 'not_()' for the
    'takes exactly' wording, 'op_add' for the 'expected' one."""
    args.unpack_stars(space, opname)
    if args.keywords:
        raise space.type_error("%s takes no keyword arguments" % opname)
    given = len(args.args_w)
    if given != n:
        if opname.endswith("()"):
            if n == 1:
                raise space.type_error("%s takes exactly one argument (%d given)" % (opname, given))
            raise space.type_error("%s takes exactly %d arguments (%d given)" % (opname, n, given))
        raise space.type_error("%s expected %d arguments, got %d" % (opname, n, given))
    return args.args_w


class OpFn1(W_Builtin):
    opname: str
    fn: Fn1

    def __init__(self, name: str, opname: str, fn: Fn1, doc: str) -> None:
        W_Builtin.__init__(self, name, False, doc)
        self.opname = opname
        self.fn = fn

    def call_args(self, space: "ObjSpace", args: Arguments) -> W_Root:
        a = check_count(space, args, self.opname, 1)
        return self.fn(space, a[0])


class OpFn2(W_Builtin):
    opname: str
    fn: Fn2

    def __init__(self, name: str, opname: str, fn: Fn2, doc: str) -> None:
        W_Builtin.__init__(self, name, False, doc)
        self.opname = opname
        self.fn = fn

    def call_args(self, space: "ObjSpace", args: Arguments) -> W_Root:
        a = check_count(space, args, self.opname, 2)
        return self.fn(space, a[0], a[1])


class OpFn3(W_Builtin):
    opname: str
    fn: Fn3

    def __init__(self, name: str, opname: str, fn: Fn3, doc: str) -> None:
        W_Builtin.__init__(self, name, False, doc)
        self.opname = opname
        self.fn = fn

    def call_args(self, space: "ObjSpace", args: Arguments) -> W_Root:
        a = check_count(space, args, self.opname, 3)
        return self.fn(space, a[0], a[1], a[2])


class OpFn4(W_Builtin):
    """setslice(a, b, c, v): the only four-argument function; gets them as a tuple."""
    opname: str
    fn: Fn1

    def __init__(self, name: str, opname: str, fn: Fn1, doc: str) -> None:
        W_Builtin.__init__(self, name, False, doc)
        self.opname = opname
        self.fn = fn

    def call_args(self, space: "ObjSpace", args: Arguments) -> W_Root:
        a = check_count(space, args, self.opname, 4)
        return self.fn(space, space.newtuple(list(a)))
