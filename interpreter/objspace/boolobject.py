"""2.7's `bool`: a subclass of int with two instances, True and False
(space.w_True / space.w_False, created by setup_numbers)."""
from typing import TYPE_CHECKING

from pypy27.interpreter.arguments import Arguments
from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.objspace.intobject import W_IntObject, int_and, int_or, int_xor

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.objspace.typeobject import W_TypeObject


class W_BoolObject(W_IntObject):
    def getclass(self, space: "ObjSpace") -> "W_TypeObject":
        return space.w_bool

    def __repr__(self) -> str:     # host debugging only
        return "W_BoolObject(%d)" % self.intval


def _self(space: "ObjSpace", w_self: W_Root, name: str) -> bool:
    if isinstance(w_self, W_BoolObject):
        return w_self.intval != 0
    raise space.type_error("descriptor '%s' requires a 'bool' object but received a '%s'"
                           % (name, space.type(w_self).name))


def descr_repr(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.newstr("True" if _self(space, w_self, "__repr__") else "False")


def descr_and(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    a = _self(space, w_self, "__and__")
    if isinstance(w_other, W_BoolObject):
        return space.newbool(a and w_other.intval != 0)
    if isinstance(w_other, W_IntObject):
        return int_and(space, 1 if a else 0, w_other.intval)
    return space.w_NotImplemented


def descr_or(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    a = _self(space, w_self, "__or__")
    if isinstance(w_other, W_BoolObject):
        return space.newbool(a or w_other.intval != 0)
    if isinstance(w_other, W_IntObject):
        return int_or(space, 1 if a else 0, w_other.intval)
    return space.w_NotImplemented


def descr_xor(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    a = _self(space, w_self, "__xor__")
    if isinstance(w_other, W_BoolObject):
        return space.newbool(a != (w_other.intval != 0))
    if isinstance(w_other, W_IntObject):
        return int_xor(space, 1 if a else 0, w_other.intval)
    return space.w_NotImplemented


def bool_new(space: "ObjSpace", w_subtype: "W_TypeObject", args: Arguments) -> W_Root:
    args.unpack_stars(space, "bool()")
    n = len(args.args_w)
    w_x: W_Root = space.w_False
    if n > 1:
        raise space.type_error("bool() takes at most 1 argument (%d given)" % (n + len(args.keywords)))
    if n == 1:
        w_x = args.args_w[0]
    for i in range(len(args.keywords)):
        kw = args.keywords[i]
        if kw == "x" and n == 0:
            w_x = args.keywords_w[i]
        elif kw == "x":
            raise space.type_error("Argument given by name ('x') and position (1)")
        else:
            raise space.type_error("'%s' is an invalid keyword argument for this function" % kw)
    return space.newbool(space.is_true(w_x))
