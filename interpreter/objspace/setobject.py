"""set and frozenset."""
from typing import TYPE_CHECKING

from pypy27.support.markers import not_rpython

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace


@not_rpython
def setup_set_types(space: "ObjSpace") -> None:
    from pypy27.interpreter.objspace.typeobject import W_TypeObject
    space.w_set = W_TypeObject("set", [space.w_object], {})
    space.w_frozenset = W_TypeObject("frozenset", [space.w_object], {})
    space.builtin_types_w["set"] = space.w_set
    space.builtin_types_w["frozenset"] = space.w_frozenset
