"""The 2.7 `str` type (byte strings): W_BytesObject and its methods."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError
from pypy27.support.objectmodel import compute_hash

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.arguments import Arguments
    from pypy27.interpreter.objspace.typeobject import W_TypeObject


class W_BytesObject(W_Root):
    """An instance of `str` (exactly; user subclasses use W_BytesObjectUser)."""
    value: str
    hash: int            # -1 until computed

    def __init__(self, value: str) -> None:
        self.value = value
        self.hash = -1

    def getclass(self, space: "ObjSpace") -> "W_TypeObject":
        return space.w_str

    def is_exact(self) -> bool:
        """Exactly this built-in type (not a user subclass)?"""
        return True

    def immutable_unique_id(self, space: "ObjSpace") -> Optional[W_Root]:
        return None


class W_BytesObjectUser(W_BytesObject):
    """An instance of a user subclass of `str`."""
    w_class: "W_TypeObject"
    attrs_w: dict[str, W_Root]

    def __init__(self, value: str, w_class: "W_TypeObject") -> None:
        W_BytesObject.__init__(self, value)
        self.w_class = w_class
        self.attrs_w = {}

    def getclass(self, space: "ObjSpace") -> "W_TypeObject":
        return self.w_class

    def is_exact(self) -> bool:
        return False

    def getdictvalue(self, space: "ObjSpace", name: str) -> Optional[W_Root]:
        return self.attrs_w.get(name, None)

    def setdictvalue(self, space: "ObjSpace", name: str, w_value: W_Root) -> bool:
        if not self.w_class.hasdict:
            return False
        self.attrs_w[name] = w_value
        return True

    def deldictvalue(self, space: "ObjSpace", name: str) -> bool:
        if name not in self.attrs_w:
            return False
        del self.attrs_w[name]
        return True


# prebuilt: the empty string and every one-character string
W_EMPTY = W_BytesObject("")
CHARS_W: list[W_BytesObject] = [W_BytesObject(chr(_i)) for _i in range(256)]


def newstr(space: "ObjSpace", s: str) -> W_Root:
    n = len(s)
    if n == 0:
        return W_EMPTY
    if n == 1:
        return CHARS_W[ord(s[0])]
    return W_BytesObject(s)


def wrapstr(s: str) -> W_BytesObject:
    """Like newstr, typed as W_BytesObject."""
    n = len(s)
    if n == 0:
        return W_EMPTY
    if n == 1:
        return CHARS_W[ord(s[0])]
    return W_BytesObject(s)


def str_w(space: "ObjSpace", w_obj: W_Root) -> str:
    """The bytes of a str; unicode is encoded with the default (ascii) codec."""
    if isinstance(w_obj, W_BytesObject):
        return w_obj.value
    from pypy27.interpreter.objspace.unicodeobject import W_UnicodeObject, encode_ascii
    if isinstance(w_obj, W_UnicodeObject):
        return encode_ascii(space, w_obj, "strict")
    raise space.type_error("expected string, %s found" % space.type(w_obj).name)


def is_str(w_obj: W_Root) -> bool:
    return isinstance(w_obj, W_BytesObject)


def str_hash(s: str) -> int:
    """The hash of a str (equal to the hash of the same ascii unicode)."""
    return compute_hash(s)


def hash_w(w_str: W_BytesObject) -> int:
    h = w_str.hash
    if h == -1:
        h = compute_hash(w_str.value)
        w_str.hash = h
    return h


# ---- fast paths for descroperation ------------------------------------------------

def str_concat(space: "ObjSpace", w_a: W_BytesObject, w_b: W_BytesObject) -> W_Root:
    if len(w_a.value) == 0 and _exact(w_b):
        return w_b
    if len(w_b.value) == 0 and _exact(w_a):
        return w_a
    return newstr(space, w_a.value + w_b.value)


def str_eq(w_a: W_BytesObject, w_b: W_BytesObject) -> bool:
    return w_a.value == w_b.value


def str_compare(a: str, b: str) -> int:
    """-1, 0 or 1, comparing bytes as unsigned values."""
    if a == b:
        return 0
    return -1 if a < b else 1


# ---- repr -----------------------------------------------------------------------

HEXDIGITS = "0123456789abcdef"


def repr_bytes(s: str) -> str:
    """2.7's repr of a str: single quotes unless the text has ' and no "."""
    quote = "'"
    if "'" in s and '"' not in s:
        quote = '"'
    parts: list[str] = [quote]
    for c in s:
        o = ord(c)
        if c == quote or c == "\\":
            parts.append("\\" + c)
        elif c == "\t":
            parts.append("\\t")
        elif c == "\n":
            parts.append("\\n")
        elif c == "\r":
            parts.append("\\r")
        elif o < 32 or o >= 127:
            parts.append("\\x" + HEXDIGITS[o >> 4] + HEXDIGITS[o & 15])
        else:
            parts.append(c)
    parts.append(quote)
    return "".join(parts)


# ---- argument parsing for built-in methods taking keywords (2.7's getargs) -------

def parse_args(space: "ObjSpace", args: "Arguments", fnname: str, names: list[str],
               minargs: int) -> list[Optional[W_Root]]:
    """Bind positional and keyword arguments to names, like PyArg_ParseTupleAndKeywords."""
    from pypy27.interpreter.arguments import arg_count_error
    args.unpack_stars(space, fnname + "()")
    n = len(names)
    result: list[Optional[W_Root]] = [None] * n
    given = len(args.args_w) + len(args.keywords)
    if given > n:
        raise space.type_error("%s() takes at most %d argument%s (%d given)"
                               % (fnname, n, "" if n == 1 else "s", given))
    for i in range(len(args.args_w)):
        result[i] = args.args_w[i]
    for k in range(len(args.keywords)):
        kw = args.keywords[k]
        index = -1
        for j in range(n):
            if names[j] == kw:
                index = j
        if index < 0:
            raise space.type_error("'%s' is an invalid keyword argument for this function" % kw)
        if result[index] is not None:
            raise space.type_error("Argument given by name ('%s') and position (%d)" % (kw, index + 1))
        result[index] = args.keywords_w[k]
    for i in range(minargs):
        if result[i] is None:
            raise arg_count_error(space, fnname + "()", minargs, n, given, True)
    return result


# ---- creation -------------------------------------------------------------------------

def str_new(space: "ObjSpace", w_subtype: "W_TypeObject", args: "Arguments") -> W_Root:
    """str(object='')"""
    a = parse_args(space, args, "str", ["object"], 0)
    w_obj = a[0]
    if w_obj is None:
        value = ""
    else:
        value = str_of_w(space, w_obj)
    if w_subtype is space.w_str:
        return newstr(space, value)
    return W_BytesObjectUser(value, w_subtype)


def str_of_w(space: "ObjSpace", w_obj: W_Root) -> str:
    """str(w_obj) as bytes (a unicode result is encoded with ascii)."""
    if isinstance(w_obj, W_BytesObject) and w_obj.is_exact():
        return w_obj.value
    w_res = space.str_of(w_obj)
    if isinstance(w_res, W_BytesObject):
        return w_res.value
    return str_w(space, w_res)


# ---- the methods of str ------------------------------------------------------------------

def _self(space: "ObjSpace", w_self: W_Root, name: str) -> str:
    if isinstance(w_self, W_BytesObject):
        return w_self.value
    raise space.type_error("descriptor '%s' requires a 'str' object but received a '%s'"
                           % (name, space.type(w_self).name))


def descr_len(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.newint(len(_self(space, w_self, "__len__")))


def descr_repr(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.newstr(repr_bytes(_self(space, w_self, "__repr__")))


def descr_str(space: "ObjSpace", w_self: W_Root) -> W_Root:
    if _exact(w_self):
        return w_self
    return newstr(space, _self(space, w_self, "__str__"))


def descr_hash(space: "ObjSpace", w_self: W_Root) -> W_Root:
    _self(space, w_self, "__hash__")
    assert isinstance(w_self, W_BytesObject)
    return space.newint(hash_w(w_self))


def _cmp_other(space: "ObjSpace", w_other: W_Root) -> Optional[str]:
    if isinstance(w_other, W_BytesObject):
        return w_other.value
    return None


def _richcmp(space: "ObjSpace", w_self: W_Root, w_other: W_Root, op: str) -> W_Root:
    a = _self(space, w_self, "__" + op + "__")
    from pypy27.interpreter.objspace.unicodeobject import W_UnicodeObject, unicode_richcmp
    if isinstance(w_other, W_UnicodeObject):
        return unicode_richcmp(space, w_self, w_other, op)
    b = _cmp_other(space, w_other)
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
    return _richcmp(space, w_self, w_other, "eq")


def descr_ne(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _richcmp(space, w_self, w_other, "ne")


def descr_lt(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _richcmp(space, w_self, w_other, "lt")


def descr_le(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _richcmp(space, w_self, w_other, "le")


def descr_gt(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _richcmp(space, w_self, w_other, "gt")


def descr_ge(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return _richcmp(space, w_self, w_other, "ge")


def descr_add(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    a = _self(space, w_self, "__add__")
    if isinstance(w_other, W_BytesObject):
        return newstr(space, a + w_other.value)
    from pypy27.interpreter.objspace.unicodeobject import W_UnicodeObject, unicode_concat
    if isinstance(w_other, W_UnicodeObject):
        return unicode_concat(space, w_self, w_other)
    w_type = space.type(w_other)
    if w_type.is_heaptype and w_type.lookup("__radd__") is not None:
        return space.w_NotImplemented
    raise space.type_error("cannot concatenate 'str' and '%s' objects" % w_type.name)


def getindex_w(space: "ObjSpace", w_obj: W_Root, w_exc: Optional["W_TypeObject"]) -> int:
    """An index-sized int from an int, long or object with __index__; on
    overflow raise w_exc, or clamp when w_exc is None. -1 and a TypeError
    are the caller's business: this returns None-free and raises TypeError
    'X object cannot be interpreted as an index'."""
    if not (space.isinstance_w(w_obj, space.w_int) or space.isinstance_w(w_obj, space.w_long)):
        if space.lookup(w_obj, "__index__") is None:
            raise space.type_error("'%s' object cannot be interpreted as an index"
                                   % space.type(w_obj).name)
        w_obj = space.unaryop("index", w_obj)
    try:
        return space.int_w(w_obj)
    except OperationError as e:
        if not e.match(space, space.w_OverflowError):
            raise
        if w_exc is None:
            if space.is_true(space.compare("lt", w_obj, space.newint(0))):
                return -(1 << 63)
            return (1 << 63) - 1
        raise OperationError(w_exc, space.newstr(
            "cannot fit '%s' into an index-sized integer" % space.type(w_obj).name))


def is_index(space: "ObjSpace", w_obj: W_Root) -> bool:
    return (space.isinstance_w(w_obj, space.w_int) or space.isinstance_w(w_obj, space.w_long)
            or space.lookup(w_obj, "__index__") is not None)


def repeat_count(space: "ObjSpace", w_times: W_Root) -> int:
    n = getindex_w(space, w_times, space.w_OverflowError)
    return n if n > 0 else 0


def descr_mul(space: "ObjSpace", w_self: W_Root, w_times: W_Root) -> W_Root:
    a = _self(space, w_self, "__mul__")
    if not is_index(space, w_times):
        w_type = space.type(w_times)
        if w_type.is_heaptype and w_type.lookup("__rmul__") is not None:
            return space.w_NotImplemented
        raise space.type_error("can't multiply sequence by non-int of type '%s'" % w_type.name)
    n = repeat_count(space, w_times)
    if n > 0 and len(a) > 0 and n > ((1 << 62) // len(a)):
        raise space.error(space.w_OverflowError, "repeated string is too long")
    return newstr(space, a * n)


def descr_rmul(space: "ObjSpace", w_self: W_Root, w_times: W_Root) -> W_Root:
    return descr_mul(space, w_self, w_times)


def descr_contains(space: "ObjSpace", w_self: W_Root, w_sub: W_Root) -> W_Root:
    a = _self(space, w_self, "__contains__")
    if isinstance(w_sub, W_BytesObject):
        return space.newbool(w_sub.value in a)
    from pypy27.interpreter.objspace.unicodeobject import W_UnicodeObject, unicode_from_object
    if isinstance(w_sub, W_UnicodeObject):
        w_u = unicode_from_object(space, w_self)
        return space.newbool(w_sub.utf8 in w_u.utf8)
    raise space.type_error("'in <string>' requires string as left operand, not %s"
                           % space.type(w_sub).name)


def descr_getitem(space: "ObjSpace", w_self: W_Root, w_index: W_Root) -> W_Root:
    a = _self(space, w_self, "__getitem__")
    if space.isinstance_w(w_index, space.w_slice):
        start, stop, step, length = slice_indices(space, w_index, len(a))
        if step == 1:
            return newstr(space, a[start:stop])
        parts: list[str] = []
        i = start
        for k in range(length):
            parts.append(a[i])
            i += step
        return newstr(space, "".join(parts))
    if not is_index(space, w_index):
        raise space.type_error("string indices must be integers, not %s" % space.type(w_index).name)
    i = getindex_w(space, w_index, space.w_IndexError)
    if i < 0:
        i += len(a)
    if i < 0 or i >= len(a):
        raise space.error(space.w_IndexError, "string index out of range")
    return CHARS_W[ord(a[i])]


def descr_getslice(space: "ObjSpace", w_self: W_Root, w_start: W_Root, w_stop: W_Root) -> W_Root:
    a = _self(space, w_self, "__getslice__")
    start, stop = getslice_bounds(space, w_start, w_stop, len(a))
    return newstr(space, a[start:stop])


def getslice_bounds(space: "ObjSpace", w_start: W_Root, w_stop: W_Root, length: int) -> tuple[int, int]:
    """__getslice__'s bounds: negative ones count from the end, then clamp."""
    start = getindex_w(space, w_start, None)
    stop = getindex_w(space, w_stop, None)
    if start < 0:
        start += length
        if start < 0:
            start = 0
    if stop < 0:
        stop += length
        if stop < 0:
            stop = 0
    if start > length:
        start = length
    if stop > length:
        stop = length
    if stop < start:
        stop = start
    return start, stop


def slice_indices(space: "ObjSpace", w_slice: W_Root, length: int) -> tuple[int, int, int, int]:
    """start, stop, step and slice length of a slice object applied to a
    sequence of the given length (2.7's PySlice_GetIndicesEx)."""
    w_step = space.getattr_str(w_slice, "step")
    if space.is_w(w_step, space.w_None):
        step = 1
    else:
        step = _slice_int(space, w_step)
        if step == 0:
            raise space.value_error("slice step cannot be zero")
        if step < -(1 << 62):
            step = -(1 << 62)
    lower = -1 if step < 0 else 0
    upper = length - 1 if step < 0 else length
    w_start = space.getattr_str(w_slice, "start")
    if space.is_w(w_start, space.w_None):
        start = upper if step < 0 else lower
    else:
        start = _slice_int(space, w_start)
        if start < 0:
            start += length
            if start < lower:
                start = lower
        elif start > upper:
            start = upper
    w_stop = space.getattr_str(w_slice, "stop")
    if space.is_w(w_stop, space.w_None):
        stop = lower if step < 0 else upper
    else:
        stop = _slice_int(space, w_stop)
        if stop < 0:
            stop += length
            if stop < lower:
                stop = lower
        elif stop > upper:
            stop = upper
    if step < 0:
        n = (start - stop - 1) // (-step) + 1 if stop < start else 0
    else:
        n = (stop - start - 1) // step + 1 if start < stop else 0
    return start, stop, step, n


def _slice_int(space: "ObjSpace", w_obj: W_Root) -> int:
    if not is_index(space, w_obj):
        raise space.type_error("slice indices must be integers or None or have an __index__ method")
    return getindex_w(space, w_obj, None)


def _exact(w_obj: W_Root) -> bool:
    return isinstance(w_obj, W_BytesObject) and w_obj.is_exact()
