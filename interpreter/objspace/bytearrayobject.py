"""The 2.7 `bytearray` type: a mutable sequence of bytes."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.objspace.typeobject import W_TypeObject


class W_BytearrayObject(W_Root):
    data: list[str]          # one 1-char str per byte
    w_class: Optional["W_TypeObject"]
    attrs_w: Optional[dict[str, W_Root]]

    def __init__(self, data: list[str]) -> None:
        self.data = data
        self.w_class = None
        self.attrs_w = None

    def getclass(self, space: "ObjSpace") -> "W_TypeObject":
        if self.w_class is not None:
            return self.w_class
        return space.w_bytearray

    def as_str(self) -> str:
        return "".join(self.data)
