"""The 2.7 `buffer` type: a read-only view of an object's bytes."""
from typing import TYPE_CHECKING

from pypy27.interpreter.baseobjspace import W_Root

if TYPE_CHECKING:
    from pypy27.interpreter.arguments import Arguments
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.objspace.typeobject import W_TypeObject


class W_BufferObject(W_Root):
    w_obj: W_Root            # the object viewed (str, unicode, bytearray, buffer...)
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


def _self(space: "ObjSpace", w_self: W_Root, name: str) -> W_BufferObject:
    if isinstance(w_self, W_BufferObject):
        return w_self
    raise space.type_error("descriptor '%s' requires a 'buffer' object but received a '%s'"
                           % (name, space.type(w_self).name))


def has_buffer(space: "ObjSpace", w_obj: W_Root) -> bool:
    from pypy27.interpreter.objspace.bytesobject import W_BytesObject
    from pypy27.interpreter.objspace.unicodeobject import W_UnicodeObject
    from pypy27.interpreter.objspace.bytearrayobject import W_BytearrayObject
    from pypy27.interpreter.objspace.memoryobject import W_MemoryView
    return (isinstance(w_obj, W_BytesObject) or isinstance(w_obj, W_UnicodeObject)
            or isinstance(w_obj, W_BytearrayObject) or isinstance(w_obj, W_BufferObject)
            or isinstance(w_obj, W_MemoryView) or has_app_buffer(space, w_obj))


def has_app_buffer(space: "ObjSpace", w_obj: W_Root) -> bool:
    """Library types written in Python (array.array) give their bytes by a
    __buffer__ method returning a str."""
    return space.lookup(w_obj, "__buffer__") is not None


def app_buffer_bytes(space: "ObjSpace", w_obj: W_Root) -> str:
    w_s = space.call_method(w_obj, "__buffer__", [])
    if not space.isinstance_w(w_s, space.w_str):
        raise space.type_error("__buffer__ must return a str")
    return space.str_w(w_s)


def buffer_new(space: "ObjSpace", w_subtype: "W_TypeObject", args: "Arguments") -> W_Root:
    from pypy27.interpreter.objspace.bytesobject import parse_args, arg_int
    a = parse_args(space, args, "buffer", ["object", "offset", "size"], 1)
    w_obj = a[0]
    assert w_obj is not None
    if not has_buffer(space, w_obj):
        raise space.type_error("buffer object expected")
    w_off = a[1]
    w_size = a[2]
    offset = 0 if w_off is None else arg_int(space, w_off)
    size = -1 if w_size is None else arg_int(space, w_size)
    if offset < 0:
        raise space.value_error("offset must be zero or positive")
    if size < -1:
        raise space.value_error("size must be zero or positive")
    if isinstance(w_obj, W_BufferObject):
        base = w_obj.offset
        if w_obj.size >= 0:
            avail = w_obj.size - offset
            if avail < 0:
                avail = 0
            size = avail if size < 0 else min(size, avail)
        return W_BufferObject(w_obj.w_obj, base + offset, size)
    return W_BufferObject(w_obj, offset, size)


def descr_str(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.newstr(_self(space, w_self, "__str__").as_str(space))


def descr_repr(space: "ObjSpace", w_self: W_Root) -> W_Root:
    w_b = _self(space, w_self, "__repr__")
    return space.newstr("<read-only buffer for 0x%x, size %d, offset %d at 0x%x>"
                        % (_addr(space, w_b.w_obj), w_b.size, w_b.offset, _addr(space, w_b)))


def _addr(space: "ObjSpace", w_obj: W_Root) -> int:
    w_id = space.call_function(space.getattr_str(space.w_builtin, "id"), [w_obj])
    return space.int_w(w_id)


def descr_len(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.newint(len(_self(space, w_self, "__len__").as_str(space)))


def descr_hash(space: "ObjSpace", w_self: W_Root) -> W_Root:
    from pypy27.interpreter.objspace.bytesobject import str_hash
    return space.newint(str_hash(_self(space, w_self, "__hash__").as_str(space)))


def descr_getitem(space: "ObjSpace", w_self: W_Root, w_index: W_Root) -> W_Root:
    from pypy27.interpreter.objspace.bytesobject import is_index, getindex_w, slice_indices
    s = _self(space, w_self, "__getitem__").as_str(space)
    if space.isinstance_w(w_index, space.w_slice):
        start, stop, step, length = slice_indices(space, w_index, len(s))
        parts: list[str] = []
        i = start
        for k in range(length):
            parts.append(s[i])
            i += step
        return space.newstr("".join(parts))
    if not is_index(space, w_index):
        raise space.type_error("buffer indices must be integers")
    i = getindex_w(space, w_index, space.w_IndexError)
    if i < 0:
        i += len(s)
    if i < 0 or i >= len(s):
        raise space.error(space.w_IndexError, "buffer index out of range")
    return space.newstr(s[i])


def descr_getslice(space: "ObjSpace", w_self: W_Root, w_start: W_Root, w_stop: W_Root) -> W_Root:
    from pypy27.interpreter.objspace.bytesobject import getslice_bounds
    s = _self(space, w_self, "__getslice__").as_str(space)
    start, stop = getslice_bounds(space, w_start, w_stop, len(s))
    return space.newstr(s[start:stop])


def descr_add(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    s = _self(space, w_self, "__add__").as_str(space)
    if not has_buffer(space, w_other):
        raise space.type_error("cannot concatenate 'buffer' and '%s' objects" % space.type(w_other).name)
    from pypy27.interpreter.objspace.bytesobject import whole_buffer
    return space.newstr(s + whole_buffer(space, w_other))


def descr_mul(space: "ObjSpace", w_self: W_Root, w_times: W_Root) -> W_Root:
    from pypy27.interpreter.objspace.bytesobject import is_index, repeat_count
    s = _self(space, w_self, "__mul__").as_str(space)
    if not is_index(space, w_times):
        raise space.type_error("can't multiply sequence by non-int of type '%s'"
                               % space.type(w_times).name)
    return space.newstr(s * repeat_count(space, w_times))


def descr_rmul(space: "ObjSpace", w_self: W_Root, w_times: W_Root) -> W_Root:
    return descr_mul(space, w_self, w_times)


def descr_cmp(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    a = _self(space, w_self, "__cmp__").as_str(space)
    if not isinstance(w_other, W_BufferObject):
        return space.w_NotImplemented
    b = w_other.as_str(space)
    if a == b:
        return space.newint(0)
    return space.newint(-1 if a < b else 1)


def descr_setitem(space: "ObjSpace", w_self: W_Root, w_index: W_Root, w_value: W_Root) -> W_Root:
    _self(space, w_self, "__setitem__")
    raise space.type_error("buffer is read-only")


def descr_setslice(space: "ObjSpace", w_self: W_Root, w_start: W_Root, w_stop: W_Root,
                   w_value: W_Root) -> W_Root:
    _self(space, w_self, "__setslice__")
    raise space.type_error("buffer is read-only")


def descr_delitem(space: "ObjSpace", w_self: W_Root, w_index: W_Root) -> W_Root:
    _self(space, w_self, "__delitem__")
    raise space.type_error("buffer is read-only")


def descr_delslice(space: "ObjSpace", w_self: W_Root, w_start: W_Root, w_stop: W_Root) -> W_Root:
    _self(space, w_self, "__delslice__")
    raise space.type_error("buffer is read-only")
