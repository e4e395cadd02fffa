"""The 2.7 `bytearray` type: a mutable sequence of bytes.

The read-only methods reuse str's (bytesobject.py) on a snapshot of the
bytes and turn str results back into bytearrays."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.objspace.userattrs import UserAttrs, new_user_attrs
from pypy27.interpreter.error import OperationError
from pypy27.interpreter.objspace.bufferexports import check_resize
from pypy27.support.rgc import WeakLink

if TYPE_CHECKING:
    from pypy27.interpreter.arguments import Arguments
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.objspace.typeobject import W_TypeObject
    from pypy27.interpreter.gateway import FnOpt


class W_BytearrayObject(W_Root):
    data: list[str]          # one 1-char str per byte
    w_class: Optional["W_TypeObject"]     # a user subclass, or None
    user: Optional[UserAttrs]
    exports: Optional[list[WeakLink]]     # its memoryviews (bufferexports.py); None: none known

    def __init__(self, data: list[str]) -> None:
        self.data = data
        self.w_class = None
        self.user = None
        self.exports = None

    def getclass(self, space: "ObjSpace") -> "W_TypeObject":
        w_class = self.w_class
        if w_class is not None:
            return w_class
        return space.w_bytearray

    def user_attrs(self, create: bool) -> Optional[UserAttrs]:
        if self.user is None and create:
            self.user = new_user_attrs(self.w_class)
        return self.user

    def as_str(self) -> str:
        return "".join(self.data)


def new_bytearray(s: str) -> W_BytearrayObject:
    data: list[str] = []
    for c in s:
        data.append(c)
    return W_BytearrayObject(data)


def _self(space: "ObjSpace", w_self: W_Root, name: str) -> W_BytearrayObject:
    if isinstance(w_self, W_BytearrayObject):
        return w_self
    raise space.type_error("descriptor '%s' requires a 'bytearray' object but received a '%s'"
                           % (name, space.type(w_self).name))


def _arg(a: list[Optional[W_Root]], i: int) -> W_Root:
    w = a[i]
    assert w is not None
    return w


def byte_value(space: "ObjSpace", w_item: W_Root) -> str:
    """An item stored into a bytearray: an int in range(256) or a 1-char str."""
    from pypy27.interpreter.objspace.bytesobject import W_BytesObject
    if isinstance(w_item, W_BytesObject):
        if len(w_item.value) != 1:
            raise space.value_error("string must be of size 1")
        return w_item.value
    if space.isinstance_w(w_item, space.w_int) or space.isinstance_w(w_item, space.w_long) \
            or space.lookup(w_item, "__index__") is not None:
        from pypy27.interpreter.objspace.bytesobject import getindex_w
        try:
            v = getindex_w(space, w_item, space.w_OverflowError)
        except OperationError as e:
            if not e.match(space, space.w_OverflowError):
                raise
            v = -1
        if v < 0 or v > 255:
            raise space.value_error("byte must be in range(0, 256)")
        return chr(v)
    raise space.type_error("an integer or string of size 1 is required")


def bytes_of(space: "ObjSpace", w_obj: W_Root, what: str) -> str:
    """The bytes of a str, bytearray, buffer or memoryview operand."""
    from pypy27.interpreter.objspace.bytesobject import W_BytesObject
    if isinstance(w_obj, W_BytesObject):
        return w_obj.value
    if isinstance(w_obj, W_BytearrayObject):
        return w_obj.as_str()
    from pypy27.interpreter.objspace.bufferobject import W_BufferObject
    if isinstance(w_obj, W_BufferObject):
        return w_obj.as_str(space)
    from pypy27.interpreter.objspace.memoryobject import W_MemoryView
    if isinstance(w_obj, W_MemoryView):
        return w_obj.as_str(space)
    raise space.type_error(what)


def _fill_from(space: "ObjSpace", w_source: W_Root) -> list[str]:
    """The bytes of the source of bytearray(source) / extend(source)."""
    from pypy27.interpreter.objspace.bytesobject import W_BytesObject
    if isinstance(w_source, W_BytesObject) or isinstance(w_source, W_BytearrayObject):
        s = bytes_of(space, w_source, "")
        data: list[str] = []
        for c in s:
            data.append(c)
        return data
    w_iter = space.iter(w_source)
    data = []
    while True:
        w_item = space.next(w_iter)
        if w_item is None:
            break
        data.append(byte_value(space, w_item))
    return data


def bytearray_new(space: "ObjSpace", w_subtype: "W_TypeObject", args: "Arguments") -> W_Root:
    w_ba = W_BytearrayObject([])
    if w_subtype is not space.w_bytearray:
        w_ba.w_class = w_subtype
    return w_ba


def descr_init(space: "ObjSpace", args: "Arguments") -> W_Root:
    from pypy27.interpreter.objspace.bytesobject import parse_args, getindex_w
    from pypy27.interpreter.objspace.unicodeobject import W_UnicodeObject, encoding_args, encode_unicode
    a = parse_args(space, args, "bytearray", ["self", "source", "encoding", "errors"], 1)
    w_self = _self(space, _arg(a, 0), "__init__")
    if w_self.exports is not None and len(w_self.data) != 0:
        check_resize(space, w_self)     # 2.7 empties it first
    w_source = a[1]
    if w_source is None:
        if a[2] is not None or a[3] is not None:
            raise space.type_error("encoding or errors without sequence argument")
        w_self.data = []
        return space.w_None
    if isinstance(w_source, W_UnicodeObject):
        if a[2] is None:
            raise space.type_error("unicode argument without an encoding")
        encoding, errors = encoding_args(space, a[2], a[3], "bytearray")
        w_s = encode_unicode(space, w_source, encoding, errors)
        w_self.data = _fill_from(space, w_s)
        return space.w_None
    if a[2] is not None or a[3] is not None:
        from pypy27.interpreter.objspace.bytesobject import W_BytesObject
        if not isinstance(w_source, W_BytesObject):
            raise space.type_error("encoding or errors without a string argument")
    if space.isinstance_w(w_source, space.w_int) or space.isinstance_w(w_source, space.w_long):
        n = getindex_w(space, w_source, space.w_OverflowError)
        if n < 0:
            raise space.value_error("negative count")
        w_self.data = ["\x00"] * n
        return space.w_None
    from pypy27.interpreter.objspace.bufferobject import W_BufferObject
    from pypy27.interpreter.objspace.memoryobject import W_MemoryView
    if isinstance(w_source, W_BufferObject) or isinstance(w_source, W_MemoryView):
        w_self.data = _fill_from(space, space.newstr(bytes_of(space, w_source, "")))
        return space.w_None
    w_self.data = _fill_from(space, w_source)
    return space.w_None


# ---- special methods ------------------------------------------------------------------------

def repr_bytearray(s: str) -> str:
    quote = "'"
    if "'" in s and '"' not in s:
        quote = '"'
    parts: list[str] = ["bytearray(b", quote]
    hexd = "0123456789abcdef"
    for c in s:
        o = ord(c)
        if c == "'" or c == "\\":
            parts.append("\\" + c)
        elif c == "\t":
            parts.append("\\t")
        elif c == "\n":
            parts.append("\\n")
        elif c == "\r":
            parts.append("\\r")
        elif o < 32 or o >= 127:
            parts.append("\\x" + hexd[o >> 4] + hexd[o & 15])
        else:
            parts.append(c)
    parts.append(quote)
    parts.append(")")
    return "".join(parts)


def descr_repr(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.newstr(repr_bytearray(_self(space, w_self, "__repr__").as_str()))


def descr_str(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.newstr(_self(space, w_self, "__str__").as_str())


def descr_len(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.newint(len(_self(space, w_self, "__len__").data))


def descr_alloc(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.newint(len(_self(space, w_self, "__alloc__").data) + 1)


def _other_bytes(space: "ObjSpace", w_other: W_Root) -> Optional[str]:
    from pypy27.interpreter.objspace.bytesobject import W_BytesObject
    from pypy27.interpreter.objspace.bufferobject import W_BufferObject
    from pypy27.interpreter.objspace.memoryobject import W_MemoryView
    if isinstance(w_other, W_BytesObject) or isinstance(w_other, W_BytearrayObject) \
            or isinstance(w_other, W_BufferObject) or isinstance(w_other, W_MemoryView):
        return bytes_of(space, w_other, "")
    return None


def _cmp(space: "ObjSpace", w_self: W_Root, w_other: W_Root, op: str) -> W_Root:
    a = _self(space, w_self, "__" + op + "__").as_str()
    b = _other_bytes(space, w_other)
    if b is None:
        return space.w_NotImplemented
    if op == "eq":
        res = a == b
    elif op == "ne":
        res = a != b
    elif op == "lt":
        res = a < b
    elif op == "le":
        res = a <= b
    elif op == "gt":
        res = a > b
    else:
        res = a >= b
    return space.newbool(res)


def descr_eq(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _cmp(space, w_self, w_other, "eq")


def descr_ne(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _cmp(space, w_self, w_other, "ne")


def descr_lt(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _cmp(space, w_self, w_other, "lt")


def descr_le(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _cmp(space, w_self, w_other, "le")


def descr_gt(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _cmp(space, w_self, w_other, "gt")


def descr_ge(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _cmp(space, w_self, w_other, "ge")


def descr_add(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    a = _self(space, w_self, "__add__").as_str()
    b = _other_bytes(space, w_other)
    if b is None:
        raise space.type_error("can't concat bytearray to %s" % space.type(w_other).name)
    return new_bytearray(a + b)


def concat_to_str(space: "ObjSpace", a: str, w_ba: W_BytearrayObject) -> W_Root:
    """str + bytearray (2.7 gives a bytearray)."""
    return new_bytearray(a + w_ba.as_str())


def descr_iadd(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    w_ba = _self(space, w_self, "__iadd__")
    b = _other_bytes(space, w_other)
    if b is None:
        raise space.type_error("can't concat bytearray to %s" % space.type(w_other).name)
    if w_ba.exports is not None and len(b) != 0:
        check_resize(space, w_ba)
    for c in b:
        w_ba.data.append(c)
    return w_ba


def descr_mul(space: "ObjSpace", w_self: W_Root, w_times: W_Root) -> W_Root:
    from pypy27.interpreter.objspace.bytesobject import is_index, repeat_count
    a = _self(space, w_self, "__mul__").as_str()
    if not is_index(space, w_times):
        raise space.type_error("can't multiply sequence by non-int of type '%s'"
                               % space.type(w_times).name)
    return new_bytearray(a * repeat_count(space, w_times))


def descr_rmul(space: "ObjSpace", w_self: W_Root, w_times: W_Root) -> W_Root:
    return descr_mul(space, w_self, w_times)


def descr_imul(space: "ObjSpace", w_self: W_Root, w_times: W_Root) -> W_Root:
    from pypy27.interpreter.objspace.bytesobject import is_index, repeat_count
    w_ba = _self(space, w_self, "__imul__")
    if not is_index(space, w_times):
        raise space.type_error("can't multiply sequence by non-int of type '%s'"
                               % space.type(w_times).name)
    count = repeat_count(space, w_times)
    if w_ba.exports is not None and len(w_ba.data) * count != len(w_ba.data):
        check_resize(space, w_ba)
    w_ba.data = w_ba.data * count
    return w_ba


def descr_contains(space: "ObjSpace", w_self: W_Root, w_item: W_Root) -> W_Root:
    s = _self(space, w_self, "__contains__").as_str()
    if space.isinstance_w(w_item, space.w_int) or space.isinstance_w(w_item, space.w_long):
        c = byte_value(space, w_item)
        return space.newbool(c in s)
    b = _other_bytes(space, w_item)
    if b is None:
        raise space.type_error("an integer or string of size 1 is required")
    return space.newbool(b in s)


def descr_getitem(space: "ObjSpace", w_self: W_Root, w_index: W_Root) -> W_Root:
    from pypy27.interpreter.objspace.bytesobject import is_index, getindex_w, slice_indices
    w_ba = _self(space, w_self, "__getitem__")
    data = w_ba.data
    if space.isinstance_w(w_index, space.w_slice):
        start, stop, step, length = slice_indices(space, w_index, len(data))
        res: list[str] = []
        i = start
        for k in range(length):
            res.append(data[i])
            i += step
        return W_BytearrayObject(res)
    if not is_index(space, w_index):
        raise space.type_error("bytearray indices must be integers")
    i = getindex_w(space, w_index, space.w_IndexError)
    if i < 0:
        i += len(data)
    if i < 0 or i >= len(data):
        raise space.error(space.w_IndexError, "bytearray index out of range")
    return space.newint(ord(data[i]))


def descr_setitem(space: "ObjSpace", w_self: W_Root, w_index: W_Root, w_value: W_Root) -> W_Root:
    from pypy27.interpreter.objspace.bytesobject import is_index, getindex_w, slice_indices
    w_ba = _self(space, w_self, "__setitem__")
    data = w_ba.data
    if space.isinstance_w(w_index, space.w_slice):
        start, stop, step, length = slice_indices(space, w_index, len(data))
        if space.isinstance_w(w_value, space.w_int) or space.isinstance_w(w_value, space.w_long):
            raise space.type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
        if space.isinstance_w(w_value, space.w_unicode):
            raise space.type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
        b = _other_bytes(space, w_value)
        if b is None:
            new = _fill_from(space, w_value)
        else:
            new = []
            for c in b:
                new.append(c)
        if step == 1:
            if stop < start:
                stop = start
            if w_ba.exports is not None and len(new) != stop - start:
                check_resize(space, w_ba)
            w_ba.data = data[:start] + new + data[stop:]
            return space.w_None
        if len(new) != length:
            raise space.value_error("attempt to assign bytes of size %d to extended slice of size %d"
                                    % (len(new), length))
        i = start
        for k in range(length):
            data[i] = new[k]
            i += step
        return space.w_None
    if not is_index(space, w_index):
        raise space.type_error("bytearray indices must be integers")
    i = getindex_w(space, w_index, space.w_IndexError)
    if i < 0:
        i += len(data)
    if i < 0 or i >= len(data):
        raise space.error(space.w_IndexError, "bytearray index out of range")
    data[i] = byte_value(space, w_value)
    return space.w_None


def descr_delitem(space: "ObjSpace", w_self: W_Root, w_index: W_Root) -> W_Root:
    from pypy27.interpreter.objspace.bytesobject import is_index, getindex_w, slice_indices
    w_ba = _self(space, w_self, "__delitem__")
    data = w_ba.data
    if space.isinstance_w(w_index, space.w_slice):
        start, stop, step, length = slice_indices(space, w_index, len(data))
        if length <= 0:
            return space.w_None
        if w_ba.exports is not None:
            check_resize(space, w_ba)
        if step < 0:
            start = start + step * (length - 1)
            step = -step
        drop: dict[int, bool] = {}
        i = start
        for k in range(length):
            drop[i] = True
            i += step
        res: list[str] = []
        for j in range(len(data)):
            if j not in drop:
                res.append(data[j])
        w_ba.data = res
        return space.w_None
    if not is_index(space, w_index):
        raise space.type_error("bytearray indices must be integers")
    i = getindex_w(space, w_index, space.w_IndexError)
    if i < 0:
        i += len(data)
    if i < 0 or i >= len(data):
        raise space.error(space.w_IndexError, "bytearray index out of range")
    if w_ba.exports is not None:
        check_resize(space, w_ba)
    del data[i]
    return space.w_None


# ---- mutating methods ---------------------------------------------------------------------------

def m_append(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    w_ba = _self(space, _arg(a, 0), "append")
    c = byte_value(space, _arg(a, 1))
    if w_ba.exports is not None:
        check_resize(space, w_ba)
    w_ba.data.append(c)
    return space.w_None


def m_extend(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    w_ba = _self(space, _arg(a, 0), "extend")
    new = _fill_from(space, _arg(a, 1))
    if w_ba.exports is not None and len(new) != 0:
        check_resize(space, w_ba)
    w_ba.data.extend(new)
    return space.w_None


def m_insert(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    from pypy27.interpreter.objspace.bytesobject import arg_int
    w_ba = _self(space, _arg(a, 0), "insert")
    i = arg_int(space, _arg(a, 1))
    c = byte_value(space, _arg(a, 2))
    n = len(w_ba.data)
    if i < 0:
        i += n
        if i < 0:
            i = 0
    if i > n:
        i = n
    if w_ba.exports is not None:
        check_resize(space, w_ba)
    w_ba.data.insert(i, c)
    return space.w_None


def m_pop(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    from pypy27.interpreter.objspace.bytesobject import arg_int
    w_ba = _self(space, _arg(a, 0), "pop")
    n = len(w_ba.data)
    w_i = a[1]
    i = -1 if w_i is None else arg_int(space, w_i)
    if n == 0:
        raise space.error(space.w_IndexError, "pop from empty bytearray")
    if i < 0:
        i += n
    if i < 0 or i >= n:
        raise space.error(space.w_IndexError, "pop index out of range")
    if w_ba.exports is not None:
        check_resize(space, w_ba)
    c = w_ba.data.pop(i)
    return space.newint(ord(c))


def m_remove(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    w_ba = _self(space, _arg(a, 0), "remove")
    c = byte_value(space, _arg(a, 1))
    for i in range(len(w_ba.data)):
        if w_ba.data[i] == c:
            if w_ba.exports is not None:
                check_resize(space, w_ba)
            del w_ba.data[i]
            return space.w_None
    raise space.value_error("value not found in bytearray")


def m_reverse(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    w_ba = _self(space, _arg(a, 0), "reverse")
    w_ba.data.reverse()
    return space.w_None


def fromhex(space: "ObjSpace", w_cls: W_Root, w_s: W_Root) -> W_Root:
    from pypy27.interpreter.objspace.unicodeobject import unicode_from_object, _hexval, codepoints, u_isspace
    cps = codepoints(unicode_from_object(space, w_s).utf8)
    data: list[str] = []
    i = 0
    n = len(cps)
    while i < n:
        while i < n and u_isspace(cps[i]):
            i += 1
        if i >= n:
            break
        hi = _hexval(chr(cps[i])) if cps[i] < 128 else -1
        lo = -1
        if i + 1 < n and cps[i + 1] < 128:
            lo = _hexval(chr(cps[i + 1]))
        if hi < 0 or lo < 0:
            raise space.value_error("non-hexadecimal number found in fromhex() arg at position %d" % i)
        data.append(chr(hi * 16 + lo))
        i += 2
    w_ba = W_BytearrayObject(data)
    if w_cls is space.w_bytearray:
        return w_ba
    return space.call_function(w_cls, [w_ba])


def descr_reduce(space: "ObjSpace", w_self: W_Root) -> W_Root:
    w_ba = _self(space, w_self, "__reduce__")
    from pypy27.interpreter.objspace.unicodeobject import decode_bytes
    w_u = decode_bytes(space, w_ba.as_str(), "latin-1", "strict")
    w_state = space.findattr(w_ba, "__dict__")     # a subclass's attributes
    if w_state is None:
        w_state = space.w_None
    return space.newtuple([space.type(w_ba), space.newtuple([w_u, space.newstr("latin-1")]), w_state])


# ---- the read-only methods, through str's -------------------------------------------------------

def _to_ba(space: "ObjSpace", w_res: W_Root) -> W_Root:
    from pypy27.interpreter.objspace.bytesobject import W_BytesObject
    if isinstance(w_res, W_BytesObject):
        return new_bytearray(w_res.value)
    if space.isinstance_w(w_res, space.w_list):
        items_w: list[W_Root] = []
        for w_item in space.listview(w_res):
            items_w.append(_to_ba(space, w_item))
        return space.newlist(items_w)
    if space.isinstance_w(w_res, space.w_tuple):
        items_w = []
        for w_item in space.fixedview(w_res, -1):
            items_w.append(_to_ba(space, w_item))
        return space.newtuple(items_w)
    return w_res


def via_str(space: "ObjSpace", a: list[Optional[W_Root]], name: str, fn: "FnOpt",
            convert: bool, bufargs: str) -> W_Root:
    """Call str's method fn on a snapshot of self. The arguments at the
    positions listed in bufargs ('1', '12'...) must support the buffer API
    (None is left for the method to handle)."""
    from pypy27.interpreter.objspace.bytesobject import W_BytesObject, slice_bound, arg_int
    w_ba = _self(space, _arg(a, 0), name)
    b: list[Optional[W_Root]] = [W_BytesObject(w_ba.as_str())]
    pending: Optional[OperationError] = None
    for i in range(1, len(a)):
        w = a[i]
        if w is not None and chr(48 + i) in bufargs and not space.is_w(w, space.w_None) \
                and not space.isinstance_w(w, space.w_tuple):
            data = _other_bytes(space, w)
            if data is None:
                if pending is None:
                    if name == "partition" or name == "rpartition":
                        pending = space.type_error("'%s' does not have the buffer interface"
                                                   % space.type(w).name)
                    else:
                        pending = space.type_error("Type %s doesn't support the buffer API"
                                                   % space.type(w).name)
                b.append(w)
                continue
            if name == "translate" and i == 1 and len(data) != 256:
                raise space.value_error("translation table must be 256 characters long")
            w = W_BytesObject(data)
        elif w is not None and space.isinstance_w(w, space.w_tuple) and chr(48 + i) in bufargs:
            items_w: list[W_Root] = []
            for w_item in space.fixedview(w, -1):
                data = _other_bytes(space, w_item)
                if data is None:
                    raise space.type_error("Type %s doesn't support the buffer API"
                                           % space.type(w_item).name)
                items_w.append(W_BytesObject(data))
            w = space.newtuple(items_w)
        elif w is not None and chr(48 + i) in bufargs and space.is_w(w, space.w_None) \
                and name != "strip" and name != "lstrip" and name != "rstrip" and name != "split" \
                and name != "rsplit" and not (name == "translate" and i == 1):
            raise space.type_error("Type NoneType doesn't support the buffer API")
        b.append(w)
    if pending is not None:
        # getargs converts the other arguments first
        for i in range(2, len(a)):
            w = a[i]
            if w is None or chr(48 + i) in bufargs:
                continue
            if name == "split" or name == "rsplit":
                arg_int(space, w)
            else:
                slice_bound(space, w, 0)
        raise pending
    w_res = fn(space, b)
    if convert:
        return _to_ba(space, w_res)
    return w_res


def m_join(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    sep = _self(space, _arg(a, 0), "join").as_str()
    parts: list[str] = []
    i = 0
    try:
        items_w = space.listview(_arg(a, 1))
    except OperationError as e:
        if not e.match(space, space.w_TypeError):
            raise
        raise space.type_error("can only join an iterable")
    for w_item in items_w:
        b = _other_bytes(space, w_item)
        if b is None:
            raise space.type_error("can only join an iterable of bytes (item %d has type '%s')"
                                   % (i, space.type(w_item).name))
        parts.append(b)
        i += 1
    return new_bytearray(sep.join(parts))


def m_decode(space: "ObjSpace", args: "Arguments") -> W_Root:
    from pypy27.interpreter.objspace.bytesobject import parse_args
    from pypy27.interpreter.objspace.unicodeobject import encoding_args, decode_bytes
    a = parse_args(space, args, "decode", ["self", "encoding", "errors"], 1)
    w_ba = _self(space, _arg(a, 0), "decode")
    encoding, errors = encoding_args(space, a[1], a[2], "decode")
    return decode_bytes(space, w_ba.as_str(), encoding, errors)


def _index(space: "ObjSpace", a: list[Optional[W_Root]], name: str, fn: "FnOpt") -> W_Root:
    w_res = via_str(space, a, name, fn, False, "1")
    if space.int_w(w_res) < 0:
        raise space.value_error("subsection not found")
    return w_res


def m_index(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    from pypy27.interpreter.objspace import bytesobject as B
    return _index(space, a, "index", B.m_find)


def m_rindex(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    from pypy27.interpreter.objspace import bytesobject as B
    return _index(space, a, "rindex", B.m_rfind)


# ---- iteration ---------------------------------------------------------------------------------

from pypy27.interpreter.objspace.iterobject import W_AbstractIter  # noqa: E402


class W_BytearrayIter(W_AbstractIter):
    """iter(bytearray): sees later changes of the bytearray, like 2.7's."""
    w_ba: Optional[W_BytearrayObject]
    index: int

    def __init__(self, w_ba: W_BytearrayObject) -> None:
        self.w_ba = w_ba
        self.index = 0

    def getclass(self, space: "ObjSpace") -> "W_TypeObject":
        return space.builtin_types_w["bytearray_iterator"]

    def next_w(self, space: "ObjSpace") -> Optional[W_Root]:
        w_ba = self.w_ba
        if w_ba is None:
            return None
        i = self.index
        if i >= len(w_ba.data):
            self.w_ba = None
            return None
        self.index = i + 1
        return space.newint(ord(w_ba.data[i]))

    def length_hint(self, space: "ObjSpace") -> int:
        w_ba = self.w_ba
        if w_ba is None:
            return 0
        return max(len(w_ba.data) - self.index, 0)


def descr_iter(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return W_BytearrayIter(_self(space, w_self, "__iter__"))
