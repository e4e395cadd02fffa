"""The 2.7 `memoryview` type (one-dimensional, format 'B')."""
from typing import TYPE_CHECKING

from pypy27.interpreter.baseobjspace import W_Root

if TYPE_CHECKING:
    from pypy27.interpreter.arguments import Arguments
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.objspace.typeobject import W_TypeObject


class W_MemoryView(W_Root):
    w_obj: W_Root            # str, bytearray, buffer...
    start: int
    length: int              # -1: to the end

    def __init__(self, w_obj: W_Root, start: int, length: int) -> None:
        self.w_obj = w_obj
        self.start = start
        self.length = length

    def getclass(self, space: "ObjSpace") -> "W_TypeObject":
        return space.w_memoryview

    def as_str(self, space: "ObjSpace") -> str:
        from pypy27.interpreter.objspace.bytesobject import whole_buffer
        s = whole_buffer(space, self.w_obj)
        end = len(s) if self.length < 0 else min(len(s), self.start + self.length)
        if self.start >= end:
            return ""
        return s[self.start:end]

    def readonly(self) -> bool:
        from pypy27.interpreter.objspace.bytearrayobject import W_BytearrayObject
        return not isinstance(self.w_obj, W_BytearrayObject)


def new_view(w_obj: W_Root, start: int, length: int) -> W_MemoryView:
    """A view of w_obj; a bytearray records it as an export (it then refuses
    to be resized while the view lives, bufferexports.py)."""
    from pypy27.interpreter.objspace.bytearrayobject import W_BytearrayObject
    from pypy27.interpreter.objspace.bufferexports import add_export
    w_view = W_MemoryView(w_obj, start, length)
    if isinstance(w_obj, W_BytearrayObject):
        add_export(w_obj, w_view)
    return w_view


def _self(space: "ObjSpace", w_self: W_Root, name: str) -> W_MemoryView:
    if isinstance(w_self, W_MemoryView):
        return w_self
    raise space.type_error("descriptor '%s' requires a 'memoryview' object but received a '%s'"
                           % (name, space.type(w_self).name))


def memoryview_new(space: "ObjSpace", w_subtype: "W_TypeObject", args: "Arguments") -> W_Root:
    from pypy27.interpreter.objspace.bytesobject import parse_args, W_BytesObject
    from pypy27.interpreter.objspace.bytearrayobject import W_BytearrayObject
    from pypy27.interpreter.objspace.bufferobject import W_BufferObject
    a = parse_args(space, args, "memoryview", ["object"], 1)
    w_obj = a[0]
    assert w_obj is not None
    if isinstance(w_obj, W_MemoryView):
        return new_view(w_obj.w_obj, w_obj.start, w_obj.length)
    if not (isinstance(w_obj, W_BytesObject) or isinstance(w_obj, W_BytearrayObject)
            or isinstance(w_obj, W_BufferObject)):
        raise space.type_error("cannot make memory view because object does not have the buffer interface")
    return new_view(w_obj, 0, -1)


def descr_len(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.newint(len(_self(space, w_self, "__len__").as_str(space)))


def descr_getitem(space: "ObjSpace", w_self: W_Root, w_index: W_Root) -> W_Root:
    from pypy27.interpreter.objspace.bytesobject import is_index, getindex_w, slice_indices
    w_m = _self(space, w_self, "__getitem__")
    s = w_m.as_str(space)
    if space.isinstance_w(w_index, space.w_slice):
        start, stop, step, length = slice_indices(space, w_index, len(s))
        if step != 1:
            raise space.error(space.w_NotImplementedError, "")
        return new_view(w_m.w_obj, w_m.start + start, length)
    if not is_index(space, w_index):
        raise space.type_error("cannot index memory using \"%s\"" % space.type(w_index).name)
    i = getindex_w(space, w_index, space.w_IndexError)
    if i < 0:
        i += len(s)
    if i < 0 or i >= len(s):
        raise space.error(space.w_IndexError, "index out of bounds")
    return space.newstr(s[i])


def descr_setitem(space: "ObjSpace", w_self: W_Root, w_index: W_Root, w_value: W_Root) -> W_Root:
    from pypy27.interpreter.objspace.bytesobject import is_index, getindex_w, slice_indices, W_BytesObject
    from pypy27.interpreter.objspace.bytearrayobject import W_BytearrayObject, bytes_of
    w_m = _self(space, w_self, "__setitem__")
    w_ba = w_m.w_obj
    if not isinstance(w_ba, W_BytearrayObject):
        raise space.type_error("cannot modify read-only memory")
    n = len(w_m.as_str(space))
    # 2.7's order: the key is checked before the value
    if space.isinstance_w(w_index, space.w_slice):
        start, stop, step, length = slice_indices(space, w_index, n)
        if step != 1:
            raise space.error(space.w_NotImplementedError, "")
    elif is_index(space, w_index):
        start = getindex_w(space, w_index, space.w_IndexError)
        if start < 0:
            start += n
        if start < 0 or start >= n:
            raise space.error(space.w_IndexError, "index out of bounds")
        length = 1
    else:
        raise space.type_error("cannot index memory using \"%s\"" % space.type(w_index).name)
    if not (isinstance(w_value, W_BytesObject) or isinstance(w_value, W_BytearrayObject)
            or isinstance(w_value, W_MemoryView)):
        raise space.type_error("'%s' does not have the buffer interface" % space.type(w_value).name)
    data = bytes_of(space, w_value, "")
    if len(data) != length:
        raise space.value_error("cannot modify size of memoryview object")
    for k in range(length):
        w_ba.data[w_m.start + start + k] = data[k]
    return space.w_None


def m_tobytes(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.newstr(_self(space, w_self, "tobytes").as_str(space))


def m_tolist(space: "ObjSpace", w_self: W_Root) -> W_Root:
    s = _self(space, w_self, "tolist").as_str(space)
    items_w: list[W_Root] = []
    for c in s:
        items_w.append(space.newint(ord(c)))
    return space.newlist(items_w)


def _cmp_eq(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> bool:
    from pypy27.interpreter.objspace.bufferobject import has_buffer
    from pypy27.interpreter.objspace.bytesobject import whole_buffer
    a = _self(space, w_self, "__eq__").as_str(space)
    if isinstance(w_other, W_MemoryView):
        return a == w_other.as_str(space)
    if has_buffer(space, w_other) and not space.isinstance_w(w_other, space.w_unicode):
        return a == whole_buffer(space, w_other)
    return False


def descr_eq(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return space.newbool(_cmp_eq(space, w_self, w_other))


def descr_ne(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return space.newbool(not _cmp_eq(space, w_self, w_other))


def get_format(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.newstr("B")


def get_itemsize(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.newlong_from_int(1)


def get_ndim(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.newlong_from_int(1)


def get_shape(space: "ObjSpace", w_self: W_Root) -> W_Root:
    n = len(_self(space, w_self, "shape").as_str(space))
    return space.newtuple([space.newlong_from_int(n)])


def get_strides(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.newtuple([space.newlong_from_int(1)])


def get_readonly(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.newbool(_self(space, w_self, "readonly").readonly())


def descr_delitem(space: "ObjSpace", w_self: W_Root, w_index: W_Root) -> W_Root:
    _self(space, w_self, "__delitem__")
    raise space.type_error("cannot delete memory")


def get_suboffsets(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.w_None


def descr_lt(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return space.w_NotImplemented


def descr_le(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return space.w_NotImplemented


def descr_gt(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return space.w_NotImplemented


def descr_ge(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return space.w_NotImplemented


def descr_repr(space: "ObjSpace", w_self: W_Root) -> W_Root:
    from pypy27.interpreter.module.builtin.operation import id_of
    return space.newstr("<memory at 0x%x>" % id_of(space, _self(space, w_self, "__repr__")))
