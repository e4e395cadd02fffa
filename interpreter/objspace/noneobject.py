"""None, NotImplemented and Ellipsis: singletons of their own types."""
from typing import TYPE_CHECKING

from pypy27.interpreter.baseobjspace import W_Root

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.objspace.typeobject import W_TypeObject


class W_Singleton(W_Root):
    """None, NotImplemented or Ellipsis (one instance each, no __dict__)."""
    w_class: "W_TypeObject"
    name: str

    def __init__(self, w_class: "W_TypeObject", name: str) -> None:
        self.w_class = w_class
        self.name = name

    def getclass(self, space: "ObjSpace") -> "W_TypeObject":
        return self.w_class


def singleton_repr(space: "ObjSpace", w_self: W_Root) -> W_Root:
    assert isinstance(w_self, W_Singleton)
    return space.newstr(w_self.name)


def none_nonzero(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.w_False
