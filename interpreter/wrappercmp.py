"""Comparing method-wrappers (`[].__add__`): 2.7 finds two equal when
they wrap the same slot of equal objects, and hashes them by both."""
from typing import TYPE_CHECKING

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.gateway import W_BuiltinMethod

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace


def wrapper_eq(space: "ObjSpace", w_a: W_Root, w_b: W_Root) -> W_Root:
    if not isinstance(w_a, W_BuiltinMethod) or not isinstance(w_b, W_BuiltinMethod):
        return space.w_NotImplemented
    if w_a.w_function is not w_b.w_function:
        return space.w_False
    return space.newbool(space.eq_w(w_a.w_self, w_b.w_self))


def wrapper_ne(space: "ObjSpace", w_a: W_Root, w_b: W_Root) -> W_Root:
    w_res = wrapper_eq(space, w_a, w_b)
    if w_res is space.w_NotImplemented:
        return w_res
    return space.newbool(not space.is_true(w_res))


def wrapper_hash(space: "ObjSpace", w_a: W_Root) -> W_Root:
    from pypy27.interpreter.objspace.objectobject import object_id
    if not isinstance(w_a, W_BuiltinMethod):
        raise space.type_error("descriptor '__hash__' requires a 'method-wrapper' object")
    return space.newint(space.hash_w(w_a.w_self) ^ object_id(w_a.w_function))
