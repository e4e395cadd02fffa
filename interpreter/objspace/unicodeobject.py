"""The 2.7 `unicode` type: UTF-8 storage plus the length in code points."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError
from pypy27.support.objectmodel import compute_hash
from pypy27.support.utf8 import utf8_length, utf8_codepoint_at, utf8_next, Utf8Index

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace
    from pypy27.interpreter.arguments import Arguments
    from pypy27.interpreter.objspace.typeobject import W_TypeObject


class W_UnicodeObject(W_Root):
    """An instance of `unicode` (exactly; user subclasses use W_UnicodeObjectUser)."""
    utf8: str
    length: int          # in code points
    hash: int            # -1 until computed
    index: Optional[Utf8Index]

    def __init__(self, utf8: str, length: int) -> None:
        self.utf8 = utf8
        self.length = length
        self.hash = -1
        self.index = None

    def getclass(self, space: "ObjSpace") -> "W_TypeObject":
        return space.w_unicode

    def is_exact(self) -> bool:
        """Exactly this built-in type (not a user subclass)?"""
        return True

    def is_ascii(self) -> bool:
        return self.length == len(self.utf8)

    def byte_index(self, charindex: int) -> int:
        """The byte offset of character charindex (0 <= charindex <= length)."""
        if self.length == len(self.utf8):
            return charindex
        idx = self.index
        if idx is None:
            idx = Utf8Index(self.utf8)
            self.index = idx
        return idx.byte_index(charindex)

    def codepoint(self, charindex: int) -> int:
        return utf8_codepoint_at(self.utf8, self.byte_index(charindex))


class W_UnicodeObjectUser(W_UnicodeObject):
    """An instance of a user subclass of `unicode`."""
    w_class: "W_TypeObject"
    attrs_w: dict[str, W_Root]

    def __init__(self, utf8: str, length: int, w_class: "W_TypeObject") -> None:
        W_UnicodeObject.__init__(self, utf8, length)
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


W_EMPTY_U = W_UnicodeObject("", 0)
ASCII_W: list[W_UnicodeObject] = [W_UnicodeObject(chr(_i), 1) for _i in range(128)]


def wrapunicode(utf8: str, length: int) -> W_UnicodeObject:
    if length == 0:
        return W_EMPTY_U
    if length == 1 and len(utf8) == 1:
        return ASCII_W[ord(utf8[0])]
    return W_UnicodeObject(utf8, length)


def newunicode(space: "ObjSpace", utf8: str) -> W_Root:
    return wrapunicode(utf8, utf8_length(utf8))


def newunicode_len(space: "ObjSpace", utf8: str, length: int) -> W_Root:
    return wrapunicode(utf8, length)


def unicode_w(space: "ObjSpace", w_obj: W_Root) -> str:
    if isinstance(w_obj, W_UnicodeObject):
        return w_obj.utf8
    raise space.type_error("expected unicode, got '%s' object" % space.type(w_obj).name)


def hash_w(w_u: W_UnicodeObject) -> int:
    h = w_u.hash
    if h == -1:
        h = compute_hash(w_u.utf8)
        w_u.hash = h
    return h


# ---- the ascii codec (the default encoding) ------------------------------------------

def encode_ascii(space: "ObjSpace", w_u: W_UnicodeObject, errors: str) -> str:
    s = w_u.utf8
    if w_u.is_ascii():
        return s
    parts: list[str] = []
    i = 0
    pos = 0
    n = len(s)
    while i < n:
        cp = utf8_codepoint_at(s, i)
        if cp < 128:
            parts.append(chr(cp))
        else:
            raise encode_error(space, "ascii", w_u, pos, pos + 1, "ordinal not in range(128)")
        i = utf8_next(s, i)
        pos += 1
    return "".join(parts)


def encode_error(space: "ObjSpace", encoding: str, w_u: W_UnicodeObject, start: int, end: int,
                 reason: str) -> OperationError:
    w_exc = space.call_function(space.w_UnicodeEncodeError, [
        space.newstr(encoding), w_u, space.newint(start), space.newint(end), space.newstr(reason)])
    return OperationError(space.w_UnicodeEncodeError, w_exc)


def decode_error(space: "ObjSpace", encoding: str, s: str, start: int, end: int,
                 reason: str) -> OperationError:
    w_exc = space.call_function(space.w_UnicodeDecodeError, [
        space.newstr(encoding), space.newstr(s), space.newint(start), space.newint(end),
        space.newstr(reason)])
    return OperationError(space.w_UnicodeDecodeError, w_exc)


def decode_ascii(space: "ObjSpace", s: str, errors: str) -> W_UnicodeObject:
    for i in range(len(s)):
        if ord(s[i]) >= 128:
            raise decode_error(space, "ascii", s, i, i + 1, "ordinal not in range(128)")
    return wrapunicode(s, len(s))


def unicode_from_object(space: "ObjSpace", w_obj: W_Root) -> W_UnicodeObject:
    """Implicit coercion of str (ascii) or unicode to unicode."""
    if isinstance(w_obj, W_UnicodeObject):
        return w_obj
    from pypy27.interpreter.objspace.bytesobject import W_BytesObject
    if isinstance(w_obj, W_BytesObject):
        return decode_ascii(space, w_obj.value, "strict")
    raise space.type_error("coercing to Unicode: need string or buffer, %s found"
                           % space.type(w_obj).name)


# ---- methods -------------------------------------------------------------------------

def _self(space: "ObjSpace", w_self: W_Root, name: str) -> W_UnicodeObject:
    if isinstance(w_self, W_UnicodeObject):
        return w_self
    raise space.type_error("descriptor '%s' requires a 'unicode' object but received a '%s'"
                           % (name, space.type(w_self).name))


def unicode_concat(space: "ObjSpace", w_a: W_Root, w_b: W_Root) -> W_Root:
    a = unicode_from_object(space, w_a)
    b = unicode_from_object(space, w_b)
    if b.length == 0 and _exact(a):
        return a
    if a.length == 0 and _exact(b):
        return b
    return wrapunicode(a.utf8 + b.utf8, a.length + b.length)


def unicode_richcmp(space: "ObjSpace", w_a: W_Root, w_b: W_Root, op: str) -> W_Root:
    from pypy27.interpreter.objspace.bytesobject import W_BytesObject
    if not isinstance(w_b, W_UnicodeObject) and not isinstance(w_b, W_BytesObject):
        return space.w_NotImplemented
    try:
        a = unicode_from_object(space, w_a).utf8
        b = unicode_from_object(space, w_b).utf8
    except OperationError as e:
        if not e.match(space, space.w_UnicodeDecodeError):
            raise
        if op == "eq" or op == "ne":
            warn_unicode(space, op)
            return space.newbool(op == "ne")
        raise
    # UTF-8 byte order is code point order
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


def warn_unicode(space: "ObjSpace", op: str) -> None:
    """2.7 warns (UnicodeWarning) when a failed decoding makes == false;
    warnings are not wired up yet, so nothing is printed."""
    pass


def descr_eq(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return unicode_richcmp(space, _self(space, w_self, "__eq__"), w_other, "eq")


def descr_ne(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return unicode_richcmp(space, _self(space, w_self, "__ne__"), w_other, "ne")


def descr_lt(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return unicode_richcmp(space, _self(space, w_self, "__lt__"), w_other, "lt")


def descr_le(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return unicode_richcmp(space, _self(space, w_self, "__le__"), w_other, "le")


def descr_gt(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return unicode_richcmp(space, _self(space, w_self, "__gt__"), w_other, "gt")


def descr_ge(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    return unicode_richcmp(space, _self(space, w_self, "__ge__"), w_other, "ge")


def descr_len(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.newint(_self(space, w_self, "__len__").length)


def descr_hash(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.newint(hash_w(_self(space, w_self, "__hash__")))


def descr_add(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    _self(space, w_self, "__add__")
    return unicode_concat(space, w_self, w_other)


HEX = "0123456789abcdef"


def _hex(cp: int, digits: int) -> str:
    out = ""
    for k in range(digits):
        out = HEX[cp & 15] + out
        cp >>= 4
    return out


def repr_unicode(w_u: W_UnicodeObject) -> str:
    """2.7's repr of a unicode string (wide build)."""
    s = w_u.utf8
    quote = "'"
    if "'" in s and '"' not in s:
        quote = '"'
    parts: list[str] = ["u", quote]
    i = 0
    n = len(s)
    while i < n:
        cp = utf8_codepoint_at(s, i)
        i = utf8_next(s, i)
        if cp == ord(quote) or cp == 92:
            parts.append("\\" + chr(cp))
        elif cp == 9:
            parts.append("\\t")
        elif cp == 10:
            parts.append("\\n")
        elif cp == 13:
            parts.append("\\r")
        elif cp < 32 or (cp >= 127 and cp < 256):
            parts.append("\\x" + _hex(cp, 2))
        elif cp < 127:
            parts.append(chr(cp))
        elif cp < 0x10000:
            parts.append("\\u" + _hex(cp, 4))
        else:
            parts.append("\\U" + _hex(cp, 8))
    parts.append(quote)
    return "".join(parts)


def descr_repr(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.newstr(repr_unicode(_self(space, w_self, "__repr__")))


def descr_str(space: "ObjSpace", w_self: W_Root) -> W_Root:
    return space.newstr(encode_ascii(space, _self(space, w_self, "__str__"), "strict"))


def unicode_new(space: "ObjSpace", w_subtype: "W_TypeObject", args: "Arguments") -> W_Root:
    """unicode(string='', encoding=None, errors='strict')"""
    from pypy27.interpreter.objspace.bytesobject import parse_args
    a = parse_args(space, args, "unicode", ["string", "encoding", "errors"], 0)
    w_obj = a[0]
    if w_obj is None:
        w_res = W_EMPTY_U
    elif a[1] is None and a[2] is None:
        w_res = unicode_of(space, w_obj)
    else:
        w_res = unicode_of(space, w_obj)
    if w_subtype is space.w_unicode:
        if _exact(w_res):
            return w_res
        return wrapunicode(w_res.utf8, w_res.length)
    return W_UnicodeObjectUser(w_res.utf8, w_res.length, w_subtype)


def unicode_of(space: "ObjSpace", w_obj: W_Root) -> W_UnicodeObject:
    """unicode(w_obj): __unicode__ if defined, else str() decoded with ascii."""
    if isinstance(w_obj, W_UnicodeObject):
        return w_obj
    from pypy27.interpreter.objspace.bytesobject import W_BytesObject
    if isinstance(w_obj, W_BytesObject):
        return decode_ascii(space, w_obj.value, "strict")
    w_meth = space.lookup(w_obj, "__unicode__")
    if w_meth is not None:
        w_res = space.call_function(space.get(w_meth, w_obj), [])
    else:
        w_res = space.str_of(w_obj)
    if isinstance(w_res, W_UnicodeObject):
        return w_res
    if isinstance(w_res, W_BytesObject):
        return decode_ascii(space, w_res.value, "strict")
    raise space.type_error("coercing to Unicode: need string or buffer, %s found"
                           % space.type(w_res).name)


def _exact(w_obj: W_Root) -> bool:
    return isinstance(w_obj, W_UnicodeObject) and w_obj.is_exact()
