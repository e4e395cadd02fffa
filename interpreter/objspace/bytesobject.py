"""The 2.7 `str` type (byte strings): W_BytesObject and its methods."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.objspace.userattrs import UserAttrs, new_user_attrs
from pypy27.interpreter.error import OperationError

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
    user: Optional[UserAttrs]

    def __init__(self, value: str, w_class: "W_TypeObject") -> None:
        W_BytesObject.__init__(self, value)
        self.w_class = w_class
        self.user = None

    def getclass(self, space: "ObjSpace") -> "W_TypeObject":
        return self.w_class

    def user_attrs(self, create: bool) -> Optional[UserAttrs]:
        if self.user is None and create:
            self.user = new_user_attrs(self.w_class)
        return self.user

    def is_exact(self) -> bool:
        return False


# prebuilt: the empty string and every one-character string
W_EMPTY = W_BytesObject("")
CHARS_W: list[W_BytesObject] = []
for _i in range(256):
    CHARS_W.append(W_BytesObject(chr(_i)))


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
    """2.7's hash of a str (equal to the hash of the same ascii unicode); the
    dict implementation uses the same function, so tables keep 2.7's order."""
    from pypy27.interpreter.objspace import dictobject
    return dictobject.str_hash(s)


def hash_w(w_str: W_BytesObject) -> int:
    h = w_str.hash
    if h == -1:
        h = str_hash(w_str.value)
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
    """Bind positional and keyword arguments to names, like PyArg_ParseTupleAndKeywords.
    A first name "self" is the bound object of a method: not counted in messages."""
    from pypy27.interpreter.arguments import arg_count_error
    args.unpack_stars(space, fnname + "()")
    n = len(names)
    skip = 1 if n > 0 and names[0] == "self" else 0
    result: list[Optional[W_Root]] = [None] * n
    given = len(args.args_w) + len(args.keywords)
    if skip == 1 and len(args.args_w) == 0:
        raise space.type_error("descriptor '%s' needs an argument" % fnname)
    if given > n:
        raise space.type_error("%s() takes at most %d argument%s (%d given)"
                               % (fnname, n - skip, "" if n - skip == 1 else "s", given - skip))
    for i in range(len(args.args_w)):
        result[i] = args.args_w[i]
    for k in range(len(args.keywords)):
        kw = args.keywords[k]
        index = -1
        for j in range(skip, n):
            if names[j] == kw:
                index = j
        if index < 0:
            raise space.type_error("'%s' is an invalid keyword argument for this function" % kw)
        if result[index] is not None:
            raise space.type_error("Argument given by name ('%s') and position (%d)"
                                   % (kw, index + 1 - skip))
        result[index] = args.keywords_w[k]
    for i in range(minargs):
        if result[i] is None:
            raise arg_count_error(space, fnname + "()", minargs - skip, n - skip, given - skip, True)
    return result


# ---- creation -------------------------------------------------------------------------

def str_new(space: "ObjSpace", w_subtype: "W_TypeObject", args: "Arguments") -> W_Root:
    """str(object='')"""
    a = parse_args(space, args, "str", ["object"], 0)
    w_obj = a[0]
    if w_obj is None:
        value = ""
    elif w_subtype is space.w_str and not (isinstance(w_obj, W_BytesObject) and w_obj.is_exact()):
        w_res = space.str_of(w_obj)
        if isinstance(w_res, W_BytesObject):
            return w_res        # 2.7: what __str__ returned, a str subclass instance too
        value = str_w(space, w_res)
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
    from pypy27.interpreter.objspace.bytearrayobject import W_BytearrayObject, concat_to_str
    if isinstance(w_other, W_BytearrayObject):
        return concat_to_str(space, a, w_other)
    # descroperation reports "cannot concatenate 'str' and 'X' objects"
    return space.w_NotImplemented


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
        return space.w_NotImplemented
    n = repeat_count(space, w_times)
    if n > 0 and len(a) > 0 and n > ((1 << 62) // len(a)):
        raise space.error(space.w_OverflowError, "repeated string is too long")
    if n > 0 and len(a) > 0 and n >= (1 << 48) // len(a):
        # beyond what the runtime allocates: 2.7's MemoryError, not a crash
        raise OperationError(space.w_MemoryError, space.w_None)
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
            if start == 0 and stop >= len(a) and _exact(w_self):
                return w_self               # s[:] is s
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
    if start == 0 and stop == len(a) and _exact(w_self):
        return w_self                       # s[:] is s
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


# ---- argument helpers --------------------------------------------------------------------

def arg_int(space: "ObjSpace", w_obj: W_Root) -> int:
    """An integer argument as getargs' 'n'/'i' codes take it."""
    if space.isinstance_w(w_obj, space.w_int) or space.isinstance_w(w_obj, space.w_long):
        return space.int_w(w_obj)
    if space.isinstance_w(w_obj, space.w_float):
        raise space.type_error("integer argument expected, got float")
    if space.lookup(w_obj, "__index__") is not None:
        return space.int_w(space.unaryop("index", w_obj))
    if space.lookup(w_obj, "__int__") is not None:
        return space.int_w(space.unaryop("int", w_obj))
    raise space.type_error("an integer is required")


def buffer_text(space: "ObjSpace", w_obj: W_Root) -> Optional[str]:
    """The bytes of a str, bytearray or buffer argument; None for unicode
    (the caller switches to the unicode method); TypeError otherwise."""
    if isinstance(w_obj, W_BytesObject):
        return w_obj.value
    from pypy27.interpreter.objspace.unicodeobject import W_UnicodeObject
    if isinstance(w_obj, W_UnicodeObject):
        return None
    from pypy27.interpreter.objspace.bytearrayobject import W_BytearrayObject
    if isinstance(w_obj, W_BytearrayObject):
        return w_obj.as_str()
    from pypy27.interpreter.objspace.bufferobject import W_BufferObject
    if isinstance(w_obj, W_BufferObject):
        return w_obj.as_str(space)
    raise space.type_error("expected a string or other character buffer object")


def slice_bound(space: "ObjSpace", w_obj: Optional[W_Root], default: int) -> int:
    """An optional start/end argument (_PyEval_SliceIndex: None allowed, clamped)."""
    if w_obj is None or space.is_w(w_obj, space.w_None):
        return default
    if not is_index(space, w_obj):
        raise space.type_error("slice indices must be integers or None or have an __index__ method")
    return getindex_w(space, w_obj, None)


def adjust_indices(start: int, end: int, length: int) -> tuple[int, int]:
    if end > length:
        end = length
    elif end < 0:
        end += length
        if end < 0:
            end = 0
    if start < 0:
        start += length
        if start < 0:
            start = 0
    return start, end


def _opt(a: list[Optional[W_Root]], i: int) -> Optional[W_Root]:
    w = a[i]
    if w is None:
        return None
    return w


def _arg(a: list[Optional[W_Root]], i: int) -> W_Root:
    w = a[i]
    assert w is not None
    return w


def _to_unicode_method(space: "ObjSpace", name: str, a: list[Optional[W_Root]]) -> W_Root:
    """Redo a str method call as the unicode method (an argument was unicode)."""
    from pypy27.interpreter.objspace.unicodeobject import unicode_from_object
    w_u = unicode_from_object(space, _arg(a, 0))
    args_w: list[W_Root] = []
    for i in range(1, len(a)):
        w = a[i]
        if w is not None:
            args_w.append(w)
    return space.call_method(w_u, name, args_w)


# ---- character classes (the C locale) ----------------------------------------------------

def c_isspace(c: str) -> bool:
    o = ord(c)
    return o == 32 or (o >= 9 and o <= 13)


def c_isdigit(c: str) -> bool:
    o = ord(c)          # by code: ordering strs calls memcmp
    return o >= 48 and o <= 57


def c_islower(c: str) -> bool:
    o = ord(c)
    return o >= 97 and o <= 122


def c_isupper(c: str) -> bool:
    o = ord(c)
    return o >= 65 and o <= 90


def c_isalpha(c: str) -> bool:
    return c_islower(c) or c_isupper(c)


def c_isalnum(c: str) -> bool:
    return c_isalpha(c) or c_isdigit(c)


def c_lower(c: str) -> str:
    if c_isupper(c):
        return chr(ord(c) + 32)
    return c


def c_upper(c: str) -> str:
    if c_islower(c):
        return chr(ord(c) - 32)
    return c


# ---- the algorithms on byte strings (shared with bytearray) ---------------------------------

def _is_ascii(s: str) -> bool:
    for c in s:
        if ord(c) >= 128:
            return False
    return True


def s_lower(s: str) -> str:
    if _is_ascii(s):
        return s.lower()        # the runtime's table also maps Latin-1 letters
    parts: list[str] = []
    for c in s:
        parts.append(c_lower(c))
    return "".join(parts)


def s_upper(s: str) -> str:
    if _is_ascii(s):
        return s.upper()
    parts: list[str] = []
    for c in s:
        parts.append(c_upper(c))
    return "".join(parts)


def s_swapcase(s: str) -> str:
    parts: list[str] = []
    for c in s:
        if c_islower(c):
            parts.append(c_upper(c))
        elif c_isupper(c):
            parts.append(c_lower(c))
        else:
            parts.append(c)
    return "".join(parts)


def s_capitalize(s: str) -> str:
    if len(s) == 0:
        return s
    return c_upper(s[0]) + s_lower(s[1:])


def s_title(s: str) -> str:
    parts: list[str] = []
    prev_cased = False
    for c in s:
        if c_islower(c):
            parts.append(c_lower(c) if prev_cased else c_upper(c))
            prev_cased = True
        elif c_isupper(c):
            parts.append(c_lower(c) if prev_cased else c)
            prev_cased = True
        else:
            parts.append(c)
            prev_cased = False
    return "".join(parts)


def s_istitle(s: str) -> bool:
    cased = False
    prev_cased = False
    for c in s:
        if c_isupper(c):
            if prev_cased:
                return False
            prev_cased = True
            cased = True
        elif c_islower(c):
            if not prev_cased:
                return False
            prev_cased = True
            cased = True
        else:
            prev_cased = False
    return cased


def s_islower(s: str) -> bool:
    cased = False
    for c in s:
        if c_isupper(c):
            return False
        if c_islower(c):
            cased = True
    return cased


def s_isupper(s: str) -> bool:
    cased = False
    for c in s:
        if c_islower(c):
            return False
        if c_isupper(c):
            cased = True
    return cased


def s_isclass(s: str, which: int) -> bool:
    """0 alpha, 1 alnum, 2 digit, 3 space: all characters, and not empty."""
    if len(s) == 0:
        return False
    for c in s:
        if which == 0:
            ok = c_isalpha(c)
        elif which == 1:
            ok = c_isalnum(c)
        elif which == 2:
            ok = c_isdigit(c)
        else:
            ok = c_isspace(c)
        if not ok:
            return False
    return True


def s_count(s: str, sub: str, start: int, end: int) -> int:
    if start > len(s):
        return 0
    if end - start < len(sub):
        return 0
    if len(sub) == 0:
        return end - start + 1
    n = 0
    i = s.find(sub, start, end)
    while i >= 0:
        n += 1
        i = s.find(sub, i + len(sub), end)
    return n


def s_find(s: str, sub: str, start: int, end: int, reverse: bool) -> int:
    if start > len(s):
        return -1
    if end - start < len(sub):
        return -1
    if reverse:
        return s.rfind(sub, start, end)
    return s.find(sub, start, end)


def s_expandtabs(s: str, tabsize: int) -> str:
    parts: list[str] = []
    col = 0
    for c in s:
        if c == "\t":
            if tabsize > 0:
                k = tabsize - col % tabsize
                parts.append(" " * k)
                col += k
        else:
            parts.append(c)
            col += 1
            if c == "\n" or c == "\r":
                col = 0
    return "".join(parts)


def s_pad(s: str, left: int, right: int, fill: str) -> str:
    return fill * left + s + fill * right


def s_center_split(length: int, width: int) -> tuple[int, int]:
    """Left and right padding of center() (2.7's rounding)."""
    marg = width - length
    if marg <= 0:
        return 0, 0
    left = marg // 2 + (marg & width & 1)
    return left, marg - left


def s_zfill(s: str, width: int) -> str:
    if len(s) >= width:
        return s
    fill = width - len(s)
    if len(s) > 0 and (s[0] == "+" or s[0] == "-"):
        return s[0] + "0" * fill + s[1:]
    return "0" * fill + s


def s_split_ws(s: str, maxsplit: int) -> list[str]:
    res: list[str] = []
    i = 0
    n = len(s)
    while True:
        while i < n and c_isspace(s[i]):
            i += 1
        if i >= n:
            break
        if maxsplit == 0:
            res.append(s[i:])
            break
        j = i
        while j < n and not c_isspace(s[j]):
            j += 1
        res.append(s[i:j])
        maxsplit -= 1
        i = j
    return res


def _rstrip_ws(s: str) -> str:
    j = len(s)
    while j > 0 and c_isspace(s[j - 1]):
        j -= 1
    return s[:j]


def _lstrip_ws(s: str) -> str:
    i = 0
    while i < len(s) and c_isspace(s[i]):
        i += 1
    return s[i:]


def s_rsplit_ws(s: str, maxsplit: int) -> list[str]:
    res: list[str] = []
    j = len(s)
    while True:
        while j > 0 and c_isspace(s[j - 1]):
            j -= 1
        if j <= 0:
            break
        if maxsplit == 0:
            res.append(s[:j])
            break
        i = j
        while i > 0 and not c_isspace(s[i - 1]):
            i -= 1
        res.append(s[i:j])
        maxsplit -= 1
        j = i
    res.reverse()
    return res


def s_split(s: str, sep: str, maxsplit: int) -> list[str]:
    res: list[str] = []
    start = 0
    while maxsplit != 0:
        i = s.find(sep, start)
        if i < 0:
            break
        res.append(s[start:i])
        start = i + len(sep)
        maxsplit -= 1
    res.append(s[start:])
    return res


def s_rsplit(s: str, sep: str, maxsplit: int) -> list[str]:
    res: list[str] = []
    end = len(s)
    while maxsplit != 0:
        i = s.rfind(sep, 0, end)
        if i < 0:
            break
        res.append(s[i + len(sep):end])
        end = i
        maxsplit -= 1
    res.append(s[:end])
    res.reverse()
    return res


def s_splitlines(s: str, keepends: bool) -> list[str]:
    res: list[str] = []
    i = 0
    n = len(s)
    while i < n:
        j = i
        while j < n and s[j] != "\n" and s[j] != "\r":
            j += 1
        eol = j
        if j < n:
            if s[j] == "\r" and j + 1 < n and s[j + 1] == "\n":
                j += 2
            else:
                j += 1
            if keepends:
                eol = j
        res.append(s[i:eol])
        i = j
    return res


def s_replace(s: str, old: str, new: str, count: int) -> str:
    if count < 0:
        count = len(s) + 1
    if len(old) == 0:
        if count == 0:
            return s
        parts: list[str] = [new]
        count -= 1
        i = 0
        while i < len(s):
            parts.append(s[i])
            if count > 0:
                parts.append(new)
                count -= 1
            i += 1
        return "".join(parts)
    out: list[str] = []
    start = 0
    while count > 0:
        i = s.find(old, start)
        if i < 0:
            break
        out.append(s[start:i])
        out.append(new)
        start = i + len(old)
        count -= 1
    if start == 0:
        return s
    out.append(s[start:])
    return "".join(out)


def s_strip(s: str, chars: str, left: bool, right: bool) -> str:
    i = 0
    j = len(s)
    if left:
        while i < j and s[i] in chars:
            i += 1
    if right:
        while j > i and s[j - 1] in chars:
            j -= 1
    return s[i:j]


def s_strip_ws(s: str, left: bool, right: bool) -> str:
    i = 0
    j = len(s)
    if left:
        while i < j and c_isspace(s[i]):
            i += 1
    if right:
        while j > i and c_isspace(s[j - 1]):
            j -= 1
    return s[i:j]


# ---- the named methods of str (a[0] is self; missing optional arguments are None) ----------

def _s(space: "ObjSpace", a: list[Optional[W_Root]], name: str) -> str:
    return _self(space, _arg(a, 0), name)


def _char_arg(space: "ObjSpace", w_fill: Optional[W_Root], name: str) -> Optional[str]:
    """fillchar of center/ljust/rjust; None means a unicode fillchar."""
    if w_fill is None:
        return " "
    if isinstance(w_fill, W_BytesObject):
        if len(w_fill.value) == 1:
            return w_fill.value
    raise space.type_error("%s() argument 2 must be char, not %s" % (name, space.type(w_fill).name))


def _justify(space: "ObjSpace", a: list[Optional[W_Root]], name: str) -> W_Root:
    s = _s(space, a, name)
    width = arg_int(space, _arg(a, 1))
    fill = _char_arg(space, a[2], name)
    assert fill is not None
    if len(s) >= width:
        if _exact(_arg(a, 0)):
            return _arg(a, 0)
        return newstr(space, s)
    if name == "ljust":
        return newstr(space, s_pad(s, 0, width - len(s), fill))
    if name == "rjust":
        return newstr(space, s_pad(s, width - len(s), 0, fill))
    left, right = s_center_split(len(s), width)
    return newstr(space, s_pad(s, left, right, fill))


def m_center(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    return _justify(space, a, "center")


def m_ljust(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    return _justify(space, a, "ljust")


def m_rjust(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    return _justify(space, a, "rjust")


def m_zfill(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    s = _s(space, a, "zfill")
    return newstr(space, s_zfill(s, arg_int(space, _arg(a, 1))))


def m_lower(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    return newstr(space, s_lower(_s(space, a, "lower")))


def m_upper(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    return newstr(space, s_upper(_s(space, a, "upper")))


def m_swapcase(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    return newstr(space, s_swapcase(_s(space, a, "swapcase")))


def m_capitalize(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    return newstr(space, s_capitalize(_s(space, a, "capitalize")))


def m_title(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    return newstr(space, s_title(_s(space, a, "title")))


def m_istitle(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    return space.newbool(s_istitle(_s(space, a, "istitle")))


def m_islower(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    return space.newbool(s_islower(_s(space, a, "islower")))


def m_isupper(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    return space.newbool(s_isupper(_s(space, a, "isupper")))


def m_isalpha(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    return space.newbool(s_isclass(_s(space, a, "isalpha"), 0))


def m_isalnum(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    return space.newbool(s_isclass(_s(space, a, "isalnum"), 1))


def m_isdigit(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    return space.newbool(s_isclass(_s(space, a, "isdigit"), 2))


def m_isspace(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    return space.newbool(s_isclass(_s(space, a, "isspace"), 3))


def m_expandtabs(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    s = _s(space, a, "expandtabs")
    w_tab = a[1]
    tabsize = 8 if w_tab is None else arg_int(space, w_tab)
    return newstr(space, s_expandtabs(s, tabsize))


def _find(space: "ObjSpace", a: list[Optional[W_Root]], name: str, reverse: bool) -> int:
    """-2 means: redo as unicode."""
    s = _s(space, a, name)
    start, end = adjust_indices(slice_bound(space, a[2], 0), slice_bound(space, a[3], len(s)), len(s))
    sub = buffer_text(space, _arg(a, 1))
    if sub is None:
        return -2
    return s_find(s, sub, start, end, reverse)


def m_find(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    r = _find(space, a, "find", False)
    if r == -2:
        return _to_unicode_method(space, "find", a)
    return space.newint(r)


def m_rfind(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    r = _find(space, a, "rfind", True)
    if r == -2:
        return _to_unicode_method(space, "rfind", a)
    return space.newint(r)


def m_index(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    r = _find(space, a, "index", False)
    if r == -2:
        return _to_unicode_method(space, "index", a)
    if r < 0:
        raise space.value_error("substring not found")
    return space.newint(r)


def m_rindex(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    r = _find(space, a, "rindex", True)
    if r == -2:
        return _to_unicode_method(space, "rindex", a)
    if r < 0:
        raise space.value_error("substring not found")
    return space.newint(r)


def m_count(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    s = _s(space, a, "count")
    start, end = adjust_indices(slice_bound(space, a[2], 0), slice_bound(space, a[3], len(s)), len(s))
    sub = buffer_text(space, _arg(a, 1))
    if sub is None:
        return _to_unicode_method(space, "count", a)
    return space.newint(s_count(s, sub, start, end))


def _startsendswith(space: "ObjSpace", a: list[Optional[W_Root]], name: str, ends: bool) -> W_Root:
    s = _s(space, a, name)
    start, end = adjust_indices(slice_bound(space, a[2], 0), slice_bound(space, a[3], len(s)), len(s))
    w_prefix = _arg(a, 1)
    if space.isinstance_w(w_prefix, space.w_tuple):
        for w_p in space.fixedview(w_prefix, -1):
            if _match_one(space, a, s, w_p, start, end, name, ends):
                return space.w_True
        return space.w_False
    if not (isinstance(w_prefix, W_BytesObject) or space.isinstance_w(w_prefix, space.w_unicode)):
        if not _is_buffer(space, w_prefix):
            raise space.type_error("%s first arg must be str, unicode, or tuple, not %s"
                                   % (name, space.type(w_prefix).name))
    return space.newbool(_match_one(space, a, s, w_prefix, start, end, name, ends))


def _is_buffer(space: "ObjSpace", w_obj: W_Root) -> bool:
    from pypy27.interpreter.objspace.bytearrayobject import W_BytearrayObject
    from pypy27.interpreter.objspace.bufferobject import W_BufferObject
    return isinstance(w_obj, W_BytearrayObject) or isinstance(w_obj, W_BufferObject)


def _match_one(space: "ObjSpace", a: list[Optional[W_Root]], s: str, w_p: W_Root, start: int, end: int,
               name: str, ends: bool) -> bool:
    p = buffer_text(space, w_p)
    if p is None:
        args_w: list[W_Root] = [w_p]
        for i in range(2, 4):
            w = a[i]
            if w is not None:
                args_w.append(w)
        from pypy27.interpreter.objspace.unicodeobject import unicode_from_object
        return space.is_true(space.call_method(unicode_from_object(space, _arg(a, 0)), name, args_w))
    if start > len(s):
        return False
    if end - start < len(p):
        return False
    if ends:
        return s[end - len(p):end] == p
    return s[start:start + len(p)] == p


def m_startswith(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    return _startsendswith(space, a, "startswith", False)


def m_endswith(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    return _startsendswith(space, a, "endswith", True)


def _strip(space: "ObjSpace", a: list[Optional[W_Root]], name: str, left: bool, right: bool) -> W_Root:
    s = _s(space, a, name)
    w_chars = a[1]
    if w_chars is None or space.is_w(w_chars, space.w_None):
        res = s_strip_ws(s, left, right)
    elif isinstance(w_chars, W_BytesObject):
        res = s_strip(s, w_chars.value, left, right)
    elif space.isinstance_w(w_chars, space.w_unicode):
        return _to_unicode_method(space, name, a)
    else:
        raise space.type_error("%s arg must be None, str or unicode" % name)
    if len(res) == len(s) and _exact(_arg(a, 0)):
        return _arg(a, 0)
    return newstr(space, res)


def m_strip(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    return _strip(space, a, "strip", True, True)


def m_lstrip(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    return _strip(space, a, "lstrip", True, False)


def m_rstrip(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    return _strip(space, a, "rstrip", False, True)


def _newlist_str(space: "ObjSpace", items: list[str]) -> W_Root:
    """A list of strs, stored unboxed (what newlist would choose, without
    boxing every item first)."""
    from pypy27.interpreter.objspace.listobject import newlist_strs
    return newlist_strs(space, items)


def _split(space: "ObjSpace", a: list[Optional[W_Root]], name: str, reverse: bool) -> W_Root:
    s = _s(space, a, name)
    w_max = a[2]
    maxsplit = -1 if w_max is None else arg_int(space, w_max)
    w_sep = a[1]
    if w_sep is None or space.is_w(w_sep, space.w_None):
        if reverse:
            return _newlist_str(space, s_rsplit_ws(s, maxsplit))
        return _newlist_str(space, s_split_ws(s, maxsplit))
    sep = buffer_text(space, w_sep)
    if sep is None:
        return _to_unicode_method(space, name, a)
    if len(sep) == 0:
        raise space.value_error("empty separator")
    if reverse:
        return _newlist_str(space, s_rsplit(s, sep, maxsplit))
    return _newlist_str(space, s_split(s, sep, maxsplit))


def m_split(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    return _split(space, a, "split", False)


def m_rsplit(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    return _split(space, a, "rsplit", True)


def m_splitlines(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    s = _s(space, a, "splitlines")
    w_keep = a[1]
    keepends = False if w_keep is None else arg_int(space, w_keep) != 0
    return _newlist_str(space, s_splitlines(s, keepends))


def _partition(space: "ObjSpace", a: list[Optional[W_Root]], name: str, reverse: bool) -> W_Root:
    s = _s(space, a, name)
    sep = buffer_text(space, _arg(a, 1))
    if sep is None:
        return _to_unicode_method(space, name, a)
    if len(sep) == 0:
        raise space.value_error("empty separator")
    w_self = _arg(a, 0)
    if reverse:
        i = s.rfind(sep)
        if i < 0:
            return space.newtuple([W_EMPTY, W_EMPTY, w_self if _exact(w_self) else newstr(space, s)])
    else:
        i = s.find(sep)
        if i < 0:
            return space.newtuple([w_self if _exact(w_self) else newstr(space, s), W_EMPTY, W_EMPTY])
    w_sep = _arg(a, 1)          # the separator object itself, like 2.7
    return space.newtuple([newstr(space, s[:i]), w_sep, newstr(space, s[i + len(sep):])])


def m_partition(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    return _partition(space, a, "partition", False)


def m_rpartition(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    return _partition(space, a, "rpartition", True)


def m_replace(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    s = _s(space, a, "replace")
    old = buffer_text(space, _arg(a, 1))
    if old is None:
        return _to_unicode_method(space, "replace", a)
    new = buffer_text(space, _arg(a, 2))
    if new is None:
        return _to_unicode_method(space, "replace", a)
    w_count = a[3]
    count = -1 if w_count is None else arg_int(space, w_count)
    res = s_replace(s, old, new, count)
    if res is s and _exact(_arg(a, 0)):
        return _arg(a, 0)
    return newstr(space, res)


def m_join(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    sep = _s(space, a, "join")
    w_iterable = _arg(a, 1)
    from pypy27.interpreter.objspace import listobject
    if type(w_iterable) is listobject.W_ListObject:
        assert isinstance(w_iterable, listobject.W_ListObject)
        if w_iterable.w_class is None and w_iterable.strategy == listobject.BYTES:
            # a list of unboxed strs: join them without boxing each one
            return newstr(space, sep.join(w_iterable.stritems))
    if isinstance(w_iterable, W_BytesObject) or space.isinstance_w(w_iterable, space.w_list) \
            or space.isinstance_w(w_iterable, space.w_tuple):
        items_w = space.listview(w_iterable)
    else:
        try:
            w_iter = space.iter(w_iterable)
        except OperationError as e:
            if not e.match(space, space.w_TypeError):
                raise
            raise space.type_error("can only join an iterable")
        items_w = []
        while True:
            w_item = space.next(w_iter)
            if w_item is None:
                break
            items_w.append(w_item)
    n = len(items_w)
    if n == 0:
        return W_EMPTY
    if n == 1:
        w_only = items_w[0]
        if _exact(w_only) or (space.type(w_only) is space.w_unicode):
            return w_only
    parts: list[str] = []
    for i in range(n):
        w_item = items_w[i]
        if isinstance(w_item, W_BytesObject):
            parts.append(w_item.value)
        elif space.isinstance_w(w_item, space.w_unicode):
            from pypy27.interpreter.objspace.unicodeobject import unicode_from_object
            return space.call_method(unicode_from_object(space, _arg(a, 0)), "join",
                                     [space.newlist(items_w)])
        else:
            raise space.type_error("sequence item %d: expected string, %s found"
                                   % (i, space.type(w_item).name))
    return newstr(space, sep.join(parts))


def m_translate(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    s = _s(space, a, "translate")
    w_table = _arg(a, 1)
    w_del = a[2]
    from pypy27.interpreter.objspace.unicodeobject import W_UnicodeObject, unicode_from_object
    table: Optional[str] = None
    if isinstance(w_table, W_UnicodeObject):
        if w_del is not None:
            raise space.type_error("deletions are implemented differently for unicode")
        return space.call_method(unicode_from_object(space, _arg(a, 0)), "translate", [w_table])
    if not space.is_w(w_table, space.w_None):
        table = buffer_text(space, w_table)
        if table is None or len(table) != 256:
            raise space.value_error("translation table must be 256 characters long")
    deletechars = ""
    if w_del is not None:
        if isinstance(w_del, W_UnicodeObject):
            raise space.type_error("deletions are implemented differently for unicode")
        d = buffer_text(space, w_del)
        assert d is not None
        deletechars = d
    parts: list[str] = []
    for c in s:
        if c in deletechars:
            continue
        if table is not None:
            parts.append(table[ord(c)])
        else:
            parts.append(c)
    res = "".join(parts)
    if res == s and _exact(_arg(a, 0)):
        return _arg(a, 0)
    return newstr(space, res)


def m_decode(space: "ObjSpace", args: "Arguments") -> W_Root:
    from pypy27.interpreter.objspace import unicodeobject
    a = parse_args(space, args, "decode", ["self", "encoding", "errors"], 1)
    s = _s(space, a, "decode")
    encoding, errors = unicodeobject.encoding_args(space, a[1], a[2], "decode")
    return unicodeobject.decode_bytes(space, s, encoding, errors)


def m_encode(space: "ObjSpace", args: "Arguments") -> W_Root:
    from pypy27.interpreter.objspace import unicodeobject
    a = parse_args(space, args, "encode", ["self", "encoding", "errors"], 1)
    s = _s(space, a, "encode")
    encoding, errors = unicodeobject.encoding_args(space, a[1], a[2], "encode")
    return unicodeobject.encode_bytes_str(space, _arg(a, 0), s, encoding, errors)


def descr_mod(space: "ObjSpace", w_self: W_Root, w_values: W_Root) -> W_Root:
    from pypy27.interpreter.objspace import formatting
    fmt = _self(space, w_self, "__mod__")
    return formatting.format_str(space, fmt, w_values)


def descr_rmod(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    _self(space, w_self, "__rmod__")
    if not isinstance(w_other, W_BytesObject):
        return space.w_NotImplemented
    return descr_mod(space, w_other, w_self)


def m_format(space: "ObjSpace", args: "Arguments") -> W_Root:
    from pypy27.interpreter.objspace import newformat
    args.unpack_stars(space, "format()")
    if len(args.args_w) == 0:
        raise space.type_error("descriptor 'format' of 'str' object needs an argument")
    w_self = args.args_w[0]
    s = _self(space, w_self, "format")
    return newformat.format_method(space, s, False, args.args_w[1:], args.keywords, args.keywords_w)


def descr_format(space: "ObjSpace", w_self: W_Root, w_spec: W_Root) -> W_Root:
    from pypy27.interpreter.objspace import newformat
    s = _self(space, w_self, "__format__")
    return newformat.format_string_spec(space, w_self, s, False, w_spec)


def descr_getnewargs(space: "ObjSpace", w_self: W_Root) -> W_Root:
    s = _self(space, w_self, "__getnewargs__")
    return space.newtuple([newstr(space, s)])


def descr_sizeof(space: "ObjSpace", w_self: W_Root) -> W_Root:
    s = _self(space, w_self, "__sizeof__")
    return space.newint(37 + len(s))


def whole_buffer(space: "ObjSpace", w_obj: W_Root) -> str:
    """All the bytes of an object supporting the buffer interface."""
    if isinstance(w_obj, W_BytesObject):
        return w_obj.value
    from pypy27.interpreter.objspace.unicodeobject import W_UnicodeObject
    if isinstance(w_obj, W_UnicodeObject):
        # the internal representation of a wide build: UCS-4, little-endian
        from pypy27.interpreter.objspace.unicodeobject import codepoints
        parts: list[str] = []
        for cp in codepoints(w_obj.utf8):
            parts.append(chr(cp & 255) + chr((cp >> 8) & 255) + chr((cp >> 16) & 255) + "\x00")
        return "".join(parts)
    from pypy27.interpreter.objspace.bytearrayobject import W_BytearrayObject
    if isinstance(w_obj, W_BytearrayObject):
        return w_obj.as_str()
    from pypy27.interpreter.objspace.memoryobject import W_MemoryView
    if isinstance(w_obj, W_MemoryView):
        return w_obj.as_str(space)
    from pypy27.interpreter.objspace.bufferobject import W_BufferObject
    if isinstance(w_obj, W_BufferObject):
        return w_obj.as_str(space)
    from pypy27.interpreter.objspace.bufferobject import has_app_buffer, app_buffer_bytes
    if has_app_buffer(space, w_obj):
        return app_buffer_bytes(space, w_obj)
    raise space.type_error("buffer object expected")


def descr_formatter_parser(space: "ObjSpace", w_self: W_Root) -> W_Root:
    from pypy27.interpreter.objspace import newformat
    return newformat.formatter_parser(space, _self(space, w_self, "_formatter_parser"), False)


def descr_formatter_field_name_split(space: "ObjSpace", w_self: W_Root) -> W_Root:
    from pypy27.interpreter.objspace import newformat
    s = _self(space, w_self, "_formatter_field_name_split")
    return newformat.formatter_field_name_split(space, s, False)
