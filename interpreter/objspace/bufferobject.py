"""The 2.7 `buffer` type: a read-only view of a string's bytes."""
from typing import TYPE_CHECKING

from pypy27.interpreter.baseobjspace import W_Root

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.objspace.typeobject import W_TypeObject


class W_BufferObject(W_Root):
    w_obj: W_Root            # the object viewed (str, unicode, bytearray, ...)
    offset: int
    size: int                # -1: to the end

    def __init__(self, w_obj: W_Root, offset: int, size: int) -> None:
        self.w_obj = w_obj
        self.offset = offset
        self.size = size

    def getclass(self, space: "ObjSpace") -> "W_TypeObject":
        return space.w_buffer

    def as_str(self, space: "ObjSpace") -> str:
        from pypy27.interpreter.objspace.bytesobject import whole_buffer
        s = whole_buffer(space, self.w_obj)
        end = len(s) if self.size < 0 else min(len(s), self.offset + self.size)
        if self.offset >= end:
            return ""
        return s[self.offset:end]
