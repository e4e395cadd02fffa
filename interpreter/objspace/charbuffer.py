"""2.7's PyObject_AsCharBuffer for the number constructors: int(), long()
and float() parse a bytearray or a buffer object like a string."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace


def char_buffer_text(space: "ObjSpace", w_obj: W_Root) -> Optional[str]:
    """The bytes of a bytearray or buffer; None for any other object."""
    from pypy27.interpreter.objspace.bufferobject import W_BufferObject
    from pypy27.interpreter.objspace.bytearrayobject import W_BytearrayObject
    if isinstance(w_obj, W_BytearrayObject):
        return w_obj.as_str()
    if isinstance(w_obj, W_BufferObject):
        return w_obj.as_str(space)
    return None
