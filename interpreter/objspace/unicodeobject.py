"""The 2.7 `unicode` type: UTF-8 storage plus the length in code points."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.objspace.userattrs import UserAttrs, new_user_attrs
from pypy27.interpreter.error import OperationError
from pypy27.interpreter.objspace.codecregistry import is_native_errors, registry_codec
from pypy27.interpreter.objspace.defaultencoding import DEFAULT, decode_default, encode_default
from pypy27.support.markers import not_rpython
from pypy27.support.utf8 import utf8_length, utf8_codepoint_at, utf8_next, utf8_encode_codepoint, Utf8Index

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
    user: Optional[UserAttrs]

    def __init__(self, utf8: str, length: int, w_class: "W_TypeObject") -> None:
        W_UnicodeObject.__init__(self, utf8, length)
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


W_EMPTY_U = W_UnicodeObject("", 0)
ASCII_W: list[W_UnicodeObject] = []
for _i in range(128):
    ASCII_W.append(W_UnicodeObject(chr(_i), 1))


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
        from pypy27.interpreter.objspace import dictobject
        h = dictobject.unicode_hash(w_u.utf8)
        w_u.hash = h
    return h


# ---- the ascii codec (the default encoding; see defaultencoding.py) ----------------------

def encode_ascii(space: "ObjSpace", w_u: W_UnicodeObject, errors: str) -> str:
    s = w_u.utf8
    if w_u.is_ascii():
        return s
    if not DEFAULT.is_ascii:
        return encode_default(space, w_u, errors)
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
            if not DEFAULT.is_ascii:
                return decode_default(space, s, errors)
            raise decode_error(space, "ascii", s, i, i + 1, "ordinal not in range(128)")
    return wrapunicode(s, len(s))


def unicode_from_object(space: "ObjSpace", w_obj: W_Root) -> W_UnicodeObject:
    """Implicit coercion of str (ascii) or unicode to unicode."""
    if isinstance(w_obj, W_UnicodeObject):
        return w_obj
    from pypy27.interpreter.objspace.bytesobject import W_BytesObject
    if isinstance(w_obj, W_BytesObject):
        return decode_ascii(space, w_obj.value, "strict")
    from pypy27.interpreter.objspace.bytearrayobject import W_BytearrayObject
    if isinstance(w_obj, W_BytearrayObject):
        raise space.type_error("decoding bytearray is not supported")
    from pypy27.interpreter.objspace.bufferobject import W_BufferObject
    if isinstance(w_obj, W_BufferObject):
        return decode_ascii(space, w_obj.as_str(space), "strict")
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
    """2.7 warns (UnicodeWarning) when a failed decoding makes == false."""
    from pypy27.interpreter.module._warnings.interp_warn import warn
    kind = "equal" if op == "eq" else "unequal"
    warn(space, space.w_UnicodeWarning, "Unicode %s comparison failed to convert both arguments to "
         "Unicode - interpreting them as being unequal" % kind)


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
    if not space.isinstance_w(w_other, space.w_basestring):
        # descroperation reports "coercing to Unicode: need string or buffer, X found"
        return space.w_NotImplemented
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
        w_res = decode_object(space, w_obj, a[1], a[2], "unicode")
    if w_subtype is space.w_unicode:
        if _exact(w_res):
            return w_res
        return wrapunicode(w_res.utf8, w_res.length)
    return W_UnicodeObjectUser(w_res.utf8, w_res.length, w_subtype)


def decode_object(space: "ObjSpace", w_obj: W_Root, w_encoding: Optional[W_Root],
                  w_errors: Optional[W_Root], fname: str) -> W_UnicodeObject:
    """unicode(obj, encoding, errors): obj must be a str or buffer."""
    if isinstance(w_obj, W_UnicodeObject):
        raise space.type_error("decoding Unicode is not supported")
    from pypy27.interpreter.objspace.bytesobject import W_BytesObject, whole_buffer
    from pypy27.interpreter.objspace.bufferobject import has_buffer
    if not has_buffer(space, w_obj):
        raise space.type_error("coercing to Unicode: need string or buffer, %s found"
                               % space.type(w_obj).name)
    encoding, errors = encoding_args(space, w_encoding, w_errors, fname)
    w_res = decode_bytes(space, whole_buffer(space, w_obj), encoding, errors)
    if isinstance(w_res, W_UnicodeObject):
        return w_res
    raise space.type_error("decoder did not return an unicode object (type=%s)" % space.type(w_res).name)


def unicode_of(space: "ObjSpace", w_obj: W_Root) -> W_UnicodeObject:
    """unicode(w_obj): __unicode__ if defined, else str() decoded with ascii."""
    if isinstance(w_obj, W_UnicodeObject):
        if w_obj.is_exact() or space.lookup(w_obj, "__unicode__") is None:
            return w_obj
    from pypy27.interpreter.objspace.bytesobject import W_BytesObject
    if isinstance(w_obj, W_BytesObject):
        return decode_ascii(space, w_obj.value, "strict")
    from pypy27.interpreter.objspace.classobj import W_InstanceObject
    w_meth = space.lookup(w_obj, "__unicode__")
    if w_meth is None:
        # tp_str directly: a unicode result of __str__ is kept as it is
        w_meth = space.lookup(w_obj, "__str__")
    w_bound: Optional[W_Root] = None
    if isinstance(w_obj, W_InstanceObject):
        w_bound = space.findattr(w_obj, "__unicode__")     # a classic instance's own attribute
    if w_bound is not None:
        w_res = space.call_function(w_bound, [])
    elif w_meth is not None:
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


# ---- codecs: utf-8, latin-1, ascii, hex, unicode_escape, string_escape ----------------------

# codec module name (as 2.7's encodings package names them) -> our codec
CODEC_OF_MODULE = {
    "utf_8": "utf8", "latin_1": "latin-1", "ascii": "ascii", "hex_codec": "hex",
    "string_escape": "string_escape", "unicode_escape": "unicode_escape",
    "raw_unicode_escape": "raw_unicode_escape", "base64_codec": "base64", "rot_13": "rot13",
    "utf_16": "utf16", "utf_16_le": "utf16le", "utf_16_be": "utf16be", "utf_32": "utf32",
    "utf_32_le": "utf32le", "utf_32_be": "utf32be", "utf_8_sig": "utf8sig",
}

CHARMAP_MODULES = ["cp1250", "cp1251", "cp1252", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257",
                   "cp1258", "cp437", "cp850", "cp852", "cp866", "iso8859_2", "iso8859_3",
                   "iso8859_4", "iso8859_5", "iso8859_6", "iso8859_7", "iso8859_8", "iso8859_9",
                   "iso8859_10", "iso8859_13", "iso8859_14", "iso8859_15", "iso8859_16", "koi8_r",
                   "koi8_u", "mac_roman", "mac_latin2", "mac_cyrillic", "mac_greek", "cp037",
                   "cp500", "tis_620"]


class Charmap(object):
    decoding: list[int]          # byte -> code point, -1 if undefined
    encoding: dict[int, int]     # code point -> byte

    def __init__(self) -> None:
        self.decoding = []
        self.encoding = {}


@not_rpython
def build_codec_tables() -> tuple[dict[str, str], dict[str, Charmap]]:
    import encodings.aliases
    charmaps: dict[str, Charmap] = {}
    for mod in CHARMAP_MODULES:
        cm = Charmap()
        for b in range(256):
            try:
                u = bytes([b]).decode(mod)
            except UnicodeDecodeError:
                cm.decoding.append(-1)
                continue
            assert len(u) == 1
            cm.decoding.append(ord(u))
            if ord(u) not in cm.encoding:
                cm.encoding[ord(u)] = b
        charmaps[mod] = cm
    names: dict[str, str] = {}
    for mod in CODEC_OF_MODULE:
        names[mod] = CODEC_OF_MODULE[mod]
    for mod in CHARMAP_MODULES:
        names[mod] = "charmap:" + mod
    for alias, mod in encodings.aliases.aliases.items():
        if mod in names and alias not in names:
            names[alias] = names[mod]
    # 2.7 spellings the host's alias table lacks
    for alias, mod in [("hex", "hex_codec"), ("base64", "base64_codec"), ("base_64", "base64_codec"),
                       ("rot13", "rot_13"), ("u8", "utf_8"), ("utf", "utf_8"), ("utf8_ucs2", "utf_8"),
                       ("utf8_ucs4", "utf_8"), ("unicode_internal", "utf_32_le")]:
        names[alias] = names[mod]
    return names, charmaps


CODEC_NAMES, CHARMAPS = build_codec_tables()


def normalize_encoding(name: str) -> str:
    """Our codec for an encoding name ('' if unknown), looked up like 2.7's
    encodings package: lower case, punctuation runs collapsed to '_', aliases."""
    parts: list[str] = []
    punct = False
    for c in name:
        if ("a" <= c and c <= "z") or ("0" <= c and c <= "9") or c == ".":
            if punct and len(parts) > 0:
                parts.append("_")
            parts.append(c)
            punct = False
        elif "A" <= c and c <= "Z":
            if punct and len(parts) > 0:
                parts.append("_")
            parts.append(chr(ord(c) + 32))
            punct = False
        else:
            punct = True
    n = "".join(parts)
    codec = CODEC_NAMES.get(n, "")
    if codec == "":
        codec = CODEC_NAMES.get(n.replace(".", "_"), "")
    return codec


def codec_display_name(codec: str) -> str:
    """The encoding's canonical name (codecs.lookup(name).name)."""
    for mod in CODEC_OF_MODULE:
        if CODEC_OF_MODULE[mod] == codec:
            return mod.replace("_", "-")
    if codec.startswith("charmap:"):
        return codec[8:]
    return codec


def encoding_args(space: "ObjSpace", w_encoding: Optional[W_Root], w_errors: Optional[W_Root],
                  fname: str) -> tuple[str, str]:
    from pypy27.interpreter.objspace.bytesobject import W_BytesObject
    encoding = DEFAULT.name
    errors = "strict"
    if w_encoding is not None:
        if isinstance(w_encoding, W_BytesObject):
            encoding = w_encoding.value
        elif isinstance(w_encoding, W_UnicodeObject):
            encoding = encode_ascii(space, w_encoding, "strict")
        else:
            raise space.type_error("%s() argument 1 must be string, not %s"
                                   % (fname, _argtype(space, w_encoding)))
    if w_errors is not None:
        if isinstance(w_errors, W_BytesObject):
            errors = w_errors.value
        elif isinstance(w_errors, W_UnicodeObject):
            errors = encode_ascii(space, w_errors, "strict")
        else:
            raise space.type_error("%s() argument 2 must be string, not %s"
                                   % (fname, _argtype(space, w_errors)))
    return encoding, errors


def _argtype(space: "ObjSpace", w_obj: W_Root) -> str:
    """How getargs names the type of a wrong argument ('None' for None)."""
    if space.is_w(w_obj, space.w_None):
        return "None"
    return space.type(w_obj).name


def lookup_error(space: "ObjSpace", errors: str) -> OperationError:
    return space.error(space.w_LookupError, "unknown error handler name '%s'" % errors)


def unknown_encoding(space: "ObjSpace", encoding: str) -> OperationError:
    return space.error(space.w_LookupError, "unknown encoding: %s" % encoding)


def _check_errors(space: "ObjSpace", errors: str, decoding: bool) -> None:
    if errors == "strict" or errors == "ignore" or errors == "replace":
        return
    if errors == "xmlcharrefreplace" or errors == "backslashreplace":
        if decoding:
            raise space.type_error("don't know how to handle UnicodeDecodeError in error callback")
        return
    raise lookup_error(space, errors)


def utf8_decode_error(s: str, i: int) -> tuple[str, int]:
    """Reason and end of the invalid UTF-8 sequence at i, exactly as 2.7's
    decoder reports them (it accepts encoded surrogates)."""
    n = len(s)
    b = ord(s[i])
    if b < 0xC2 or b > 0xF4:
        return "invalid start byte", i + 1
    size = 2 if b < 0xE0 else (3 if b < 0xF0 else 4)
    if i + size > n:
        end = i + 1
        k = i + 1
        while k < n and (ord(s[k]) & 0xC0) == 0x80:
            end += 1
            k += 1
        return "unexpected end of data", end
    c1 = ord(s[i + 1])
    end = i + 1
    if size >= 3 and (c1 & 0xC0) == 0x80:
        end += 1
        if size == 4 and (ord(s[i + 2]) & 0xC0) == 0x80:
            end += 1
    return "invalid continuation byte", end


def decode_bytes(space: "ObjSpace", s: str, encoding: str, errors: str) -> W_Root:
    """str.decode(encoding, errors) / unicode(s, encoding, errors)."""
    from pypy27.support.utf8 import utf8_check
    enc = normalize_encoding(encoding)
    if enc == "" or not is_native_errors(errors):
        return registry_codec(space, space.newstr(s), encoding, errors, False)
    if enc == "utf8":
        if utf8_check(s, True) < 0:
            return newunicode(space, s)
        parts: list[str] = []
        i = 0
        n = len(s)
        while i < n:
            b = ord(s[i])
            if b < 0x80:
                parts.append(s[i])
                i += 1
                continue
            size = 2 if b < 0xE0 else (3 if b < 0xF0 else 4)
            if b >= 0xC2 and b <= 0xF4 and i + size <= n and _valid_seq(s, i, size):
                parts.append(s[i:i + size])
                i += size
                continue
            reason, end = utf8_decode_error(s, i)
            if errors == "strict":
                raise decode_error(space, "utf8", s, i, end, reason)
            _check_errors(space, errors, True)
            if errors == "replace":
                parts.append("\xef\xbf\xbd")
            i = end
        return newunicode(space, "".join(parts))
    if enc == "latin-1":
        parts = []
        for c in s:
            parts.append(utf8_encode_codepoint(ord(c)))
        return wrapunicode("".join(parts), len(s))
    if enc == "ascii":
        parts = []
        count = 0
        for i in range(len(s)):
            if ord(s[i]) < 128:
                parts.append(s[i])
                count += 1
            elif errors == "strict":
                raise decode_error(space, "ascii", s, i, i + 1, "ordinal not in range(128)")
            else:
                _check_errors(space, errors, True)
                if errors == "replace":
                    parts.append("\xef\xbf\xbd")
                    count += 1
        return wrapunicode("".join(parts), count)
    if enc == "hex":
        return space.newstr(hex_decode(space, s))
    if enc == "utf8sig":
        if s.startswith("\xef\xbb\xbf"):
            s = s[3:]
        return decode_bytes(space, s, "utf-8", errors)
    if enc == "utf16" or enc == "utf16le" or enc == "utf16be":
        return decode_utf16(space, s, enc, errors)
    if enc == "utf32" or enc == "utf32le" or enc == "utf32be":
        return decode_utf32(space, s, enc, errors)
    if enc.startswith("charmap:"):
        return decode_charmap(space, s, CHARMAPS[enc[8:]], errors)
    if enc == "base64":
        # the registry's codec raises binascii.Error for bad padding
        return registry_codec(space, space.newstr(s), encoding, errors, False)
    if enc == "rot13":
        # a charmap over all 256 bytes: other bytes decode as in latin-1
        rotated = rot13(s)
        parts = []
        for c in rotated:
            parts.append(utf8_encode_codepoint(ord(c)))
        return wrapunicode("".join(parts), len(rotated))
    if enc == "string_escape":
        return space.newstr(string_escape_decode(space, s))
    if enc == "unicode_escape" or enc == "raw_unicode_escape":
        if errors != "strict" or (enc == "unicode_escape" and "\\N" in s):
            # error handlers and \N{name} are done by the registry's codec
            return registry_codec(space, space.newstr(s), encoding, errors, False)
        if enc == "raw_unicode_escape":
            decoded = raw_unicode_escape_decode(s)
            if decoded is None:
                # a bad escape: the registry's codec words the error
                return registry_codec(space, space.newstr(s), encoding, errors, False)
            return newunicode(space, decoded)
        return newunicode(space, unicode_escape_decode(space, s, False))
    raise unknown_encoding(space, encoding)


def _valid_seq(s: str, i: int, size: int) -> bool:
    b = ord(s[i])
    c = ord(s[i + 1])
    if (c & 0xC0) != 0x80:
        return False
    if (b == 0xE0 and c < 0xA0) or (b == 0xF0 and c < 0x90) or (b == 0xF4 and c > 0x8F):
        return False
    for k in range(2, size):
        if (ord(s[i + k]) & 0xC0) != 0x80:
            return False
    return True


def hex_decode(space: "ObjSpace", s: str) -> str:
    if len(s) % 2 != 0:
        raise space.type_error("Odd-length string")
    parts: list[str] = []
    for i in range(0, len(s), 2):
        hi = _hexval(s[i])
        lo = _hexval(s[i + 1])
        if hi < 0 or lo < 0:
            raise space.type_error("Non-hexadecimal digit found")
        parts.append(chr(hi * 16 + lo))
    return "".join(parts)


def _hexval(c: str) -> int:
    if "0" <= c and c <= "9":
        return ord(c) - 48
    if "a" <= c and c <= "f":
        return ord(c) - 87
    if "A" <= c and c <= "F":
        return ord(c) - 55
    return -1


def string_escape_decode(space: "ObjSpace", s: str) -> str:
    parts: list[str] = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c != "\\" or i + 1 >= n:
            if c == "\\":
                raise space.value_error("Trailing \\ in string")
            parts.append(c)
            i += 1
            continue
        d = s[i + 1]
        i += 2
        if d == "n":
            parts.append("\n")
        elif d == "t":
            parts.append("\t")
        elif d == "r":
            parts.append("\r")
        elif d == "\\" or d == "'" or d == '"':
            parts.append(d)
        elif d == "\n":
            pass
        elif d == "a":
            parts.append("\x07")
        elif d == "b":
            parts.append("\x08")
        elif d == "f":
            parts.append("\x0c")
        elif d == "v":
            parts.append("\x0b")
        elif d == "x":
            if i + 2 <= n and _hexval(s[i]) >= 0 and _hexval(s[i + 1]) >= 0:
                parts.append(chr(_hexval(s[i]) * 16 + _hexval(s[i + 1])))
                i += 2
            else:
                raise space.value_error("invalid \\x escape")
        elif "0" <= d and d <= "7":
            v = ord(d) - 48
            k = 0
            while k < 2 and i < n and "0" <= s[i] and s[i] <= "7":
                v = v * 8 + ord(s[i]) - 48
                i += 1
                k += 1
            parts.append(chr(v & 255))
        else:
            parts.append("\\" + d)
    return "".join(parts)


def raw_unicode_escape_decode(s: str) -> Optional[str]:
    """raw_unicode_escape to UTF-8, or None on a bad escape. Only a \\u or
    \\U preceded by an odd run of backslashes is an escape; the others stay."""
    parts: list[str] = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c != "\\":
            parts.append(utf8_encode_codepoint(ord(c)))
            i += 1
            continue
        j = i
        while j < n and s[j] == "\\":
            j += 1
        count = j - i
        if count % 2 == 0 or j >= n or (s[j] != "u" and s[j] != "U"):
            parts.append("\\" * count)
            i = j
            continue
        parts.append("\\" * (count - 1))
        digits = 4 if s[j] == "u" else 8
        i = j + 1
        if i + digits > n:
            return None
        v = 0
        for k in range(digits):
            h = _hexval(s[i + k])
            if h < 0:
                return None
            v = v * 16 + h
        if v > 0x10FFFF:
            return None
        parts.append(utf8_encode_codepoint(v))
        i += digits
    return "".join(parts)


def unicode_escape_decode(space: "ObjSpace", s: str, raw: bool) -> str:
    """unicode_escape (and raw_unicode_escape: only \\u and \\U) to UTF-8."""
    parts: list[str] = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c != "\\" or i + 1 >= n:
            parts.append(utf8_encode_codepoint(ord(c)))
            i += 1
            continue
        d = s[i + 1]
        if raw and d != "u" and d != "U":
            parts.append("\\")
            i += 1
            continue
        i += 2
        digits = 0
        if d == "x":
            digits = 2
        elif d == "u":
            digits = 4
        elif d == "U":
            digits = 8
        if digits > 0:
            v = 0
            for k in range(digits):
                if i + k >= n or _hexval(s[i + k]) < 0:
                    what = "\\xXX" if d == "x" else ("\\uXXXX" if d == "u" else "\\UXXXXXXXX")
                    raise decode_error(space, "unicodeescape", s, i - 2, i + k,
                                       "truncated %s escape" % what)
                v = v * 16 + _hexval(s[i + k])
            i += digits
            if v > 0x10FFFF:
                raise decode_error(space, "unicodeescape", s, i - digits - 2, i, "illegal Unicode character")
            parts.append(utf8_encode_codepoint(v))
            continue
        if d == "n":
            parts.append("\n")
        elif d == "t":
            parts.append("\t")
        elif d == "r":
            parts.append("\r")
        elif d == "\\" or d == "'" or d == '"':
            parts.append(d)
        elif d == "\n":
            pass
        elif d == "a":
            parts.append("\x07")
        elif d == "b":
            parts.append("\x08")
        elif d == "f":
            parts.append("\x0c")
        elif d == "v":
            parts.append("\x0b")
        elif "0" <= d and d <= "7":
            v = ord(d) - 48
            k = 0
            while k < 2 and i < n and "0" <= s[i] and s[i] <= "7":
                v = v * 8 + ord(s[i]) - 48
                i += 1
                k += 1
            parts.append(utf8_encode_codepoint(v))
        else:
            parts.append("\\")
            parts.append(utf8_encode_codepoint(ord(d)))
    return "".join(parts)


def encode_unicode(space: "ObjSpace", w_u: W_UnicodeObject, encoding: str, errors: str) -> W_Root:
    """unicode.encode(encoding, errors)."""
    enc = normalize_encoding(encoding)
    if enc == "" or not is_native_errors(errors):
        return registry_codec(space, w_u, encoding, errors, True)
    if enc == "utf8":
        return space.newstr(join_surrogate_pairs(w_u.utf8))
    if enc == "latin-1":
        return space.newstr(encode_charmap(space, w_u, 256, "latin-1", errors))
    if enc == "ascii":
        if w_u.is_ascii():
            return space.newstr(w_u.utf8)
        return space.newstr(encode_charmap(space, w_u, 128, "ascii", errors))
    if enc == "utf8sig":
        return space.newstr("\xef\xbb\xbf" + w_u.utf8)
    if enc == "utf16" or enc == "utf16le" or enc == "utf16be" or enc == "utf32" \
            or enc == "utf32le" or enc == "utf32be":
        return space.newstr(encode_utf16_32(w_u.utf8, enc))
    if enc.startswith("charmap:"):
        return space.newstr(encode_charmap_table(space, w_u, CHARMAPS[enc[8:]], errors))
    if enc == "rot13":
        return space.newstr(rot13(encode_ascii(space, w_u, "strict")))
    if enc == "unicode_escape":
        return space.newstr(unicode_escape(w_u.utf8, False))
    if enc == "raw_unicode_escape":
        return space.newstr(unicode_escape(w_u.utf8, True))
    if enc == "hex" or enc == "string_escape" or enc == "base64":
        from pypy27.interpreter.objspace.bytesobject import W_BytesObject
        w_s = space.newstr(encode_ascii(space, w_u, "strict"))
        assert isinstance(w_s, W_BytesObject)
        return encode_bytes_str(space, w_s, w_s.value, encoding, errors)
    raise unknown_encoding(space, encoding)


def join_surrogate_pairs(s: str) -> str:
    """2.7's UTF-8 encoder (wide build) writes a high surrogate followed by a
    low one as the 4-byte sequence of the pair's code point."""
    if "\xed" not in s:
        return s
    parts: list[str] = []
    i = 0
    n = len(s)
    while i < n:
        j = utf8_next(s, i)
        cp = utf8_codepoint_at(s, i)
        if 0xD800 <= cp and cp <= 0xDBFF and j < n:
            cp2 = utf8_codepoint_at(s, j)
            if 0xDC00 <= cp2 and cp2 <= 0xDFFF:
                parts.append(utf8_encode_codepoint(0x10000 + (((cp & 0x3FF) << 10) | (cp2 & 0x3FF))))
                i = utf8_next(s, j)
                continue
        parts.append(s[i:j])
        i = j
    return "".join(parts)


def encode_charmap(space: "ObjSpace", w_u: W_UnicodeObject, limit: int, name: str, errors: str) -> str:
    s = w_u.utf8
    parts: list[str] = []
    i = 0
    pos = 0
    n = len(s)
    while i < n:
        cp = utf8_codepoint_at(s, i)
        if cp < limit:
            parts.append(chr(cp))
            i = utf8_next(s, i)
            pos += 1
            continue
        # a run of unencodable characters
        j = i
        end = pos
        while j < n and utf8_codepoint_at(s, j) >= limit:
            j = utf8_next(s, j)
            end += 1
        if errors == "strict":
            raise encode_error(space, name, w_u, pos, end, "ordinal not in range(%d)" % limit)
        _check_errors(space, errors, False)
        k = i
        while k < j:
            c = utf8_codepoint_at(s, k)
            if errors == "replace":
                parts.append("?")
            elif errors == "xmlcharrefreplace":
                parts.append("&#%d;" % c)
            elif errors == "backslashreplace":
                parts.append(_backslash_escape(c))
            k = utf8_next(s, k)
        i = j
        pos = end
    return "".join(parts)


def _backslash_escape(cp: int) -> str:
    if cp < 0x100:
        return "\\x" + _hex(cp, 2)
    if cp < 0x10000:
        return "\\u" + _hex(cp, 4)
    return "\\U" + _hex(cp, 8)


def unicode_escape(s: str, raw: bool) -> str:
    parts: list[str] = []
    i = 0
    n = len(s)
    while i < n:
        cp = utf8_codepoint_at(s, i)
        i = utf8_next(s, i)
        if raw:
            if cp < 0x100:
                parts.append(chr(cp))
            else:
                parts.append(_backslash_escape(cp))
            continue
        if cp == 92:
            parts.append("\\\\")
        elif cp == 9:
            parts.append("\\t")
        elif cp == 10:
            parts.append("\\n")
        elif cp == 13:
            parts.append("\\r")
        elif cp < 32 or cp >= 127:
            parts.append(_backslash_escape(cp))
        else:
            parts.append(chr(cp))
    return "".join(parts)


def encode_bytes_str(space: "ObjSpace", w_s: W_Root, s: str, encoding: str, errors: str) -> W_Root:
    """str.encode(encoding, errors): bytes-to-bytes codecs directly, the
    others after decoding with the default encoding (ascii)."""
    enc = normalize_encoding(encoding)
    if enc == "hex":
        parts: list[str] = []
        for c in s:
            parts.append(HEX[ord(c) >> 4] + HEX[ord(c) & 15])
        return space.newstr("".join(parts))
    if enc == "base64":
        return space.newstr(base64_encode(s))
    if enc == "rot13":
        return space.newstr(rot13(s))
    if enc == "string_escape":
        from pypy27.interpreter.objspace.bytesobject import repr_bytes
        r = repr_bytes(s)
        body = r[1:len(r) - 1]
        if r[0] == '"':
            body = body.replace("'", "\\'")
        return space.newstr(body)
    if enc == "":
        return registry_codec(space, w_s, encoding, errors, True)
    w_u = decode_ascii(space, s, "strict")
    return encode_unicode(space, w_u, encoding, errors)


# ---- the character database (built at build time from 2.7's Unicode 5.2) ---------------------

U_SPACE = 1
U_ALPHA = 2
U_DECIMAL = 4
U_DIGIT = 8
U_NUMERIC = 16
U_LOWER = 32
U_UPPER = 64
U_TITLE = 128


class UnicodeDB(object):
    index: list[int]            # block number of each 256-character block
    blocks: str                 # the flags of each block, 256 bytes each
    lower: dict[int, int]
    upper: dict[int, int]
    title: dict[int, int]
    decimal: dict[int, int]

    def __init__(self) -> None:
        self.index = []
        self.blocks = ""
        self.lower = {}
        self.upper = {}
        self.title = {}
        self.decimal = {}


@not_rpython
def build_db() -> UnicodeDB:
    """From the Unicode 5.2 data 2.7 ships (unicodedata/casebuild.py), not
    from the host's newer unicodedata."""
    from pypy27.interpreter.module.unicodedata import casebuild
    assert (casebuild.F_SPACE, casebuild.F_ALPHA, casebuild.F_DECIMAL, casebuild.F_DIGIT, casebuild.F_NUMERIC,
            casebuild.F_LOWER, casebuild.F_UPPER, casebuild.F_TITLE) == (
        U_SPACE, U_ALPHA, U_DECIMAL, U_DIGIT, U_NUMERIC, U_LOWER, U_UPPER, U_TITLE)
    from pypy27.interpreter.module.unicodedata import tables
    db = UnicodeDB()
    seen: dict[str, int] = {}
    parts: list[str] = []
    for b in range(0x1100):
        row: list[str] = []
        for cp in range(b * 256, b * 256 + 256):
            f = casebuild.flags_of(cp)
            if f & U_DECIMAL:
                db.decimal[cp] = tables.decimal(cp)
            row.append(chr(f))
        key = "".join(row)
        if key not in seen:
            seen[key] = len(seen)
            parts.append(key)
        db.index.append(seen[key])
    maps = casebuild.mappings()
    db.lower = maps["lower"]
    db.upper = maps["upper"]
    db.title = maps["title"]
    db.blocks = "".join(parts)
    return db


@not_rpython
def load_db() -> UnicodeDB:
    """build_db(), cached in build/ (computing it takes seconds on the host)."""
    import os
    import pickle
    from pypy27.interpreter.module.unicodedata import casebuild
    from pypy27.support.importroot import REPO
    path = os.path.join(REPO, "build", "unicodedb-5.2-%d-v2.pickle" % casebuild.stamp())
    try:
        with open(path, "rb") as f:
            fields = pickle.load(f)
        db = UnicodeDB()
        db.index, db.blocks, db.lower, db.upper, db.title, db.decimal = fields
        return db
    except (OSError, EOFError, ValueError, pickle.UnpicklingError):
        pass
    db = build_db()
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        tmp = "%s.%d.tmp" % (path, os.getpid())
        with open(tmp, "wb") as f:
            pickle.dump((db.index, db.blocks, db.lower, db.upper, db.title, db.decimal), f)
        os.replace(tmp, path)
    except OSError:
        pass
    return db


DB = load_db()


def uflags(cp: int) -> int:
    if cp < 0 or cp > 0x10FFFF:
        return 0
    return ord(DB.blocks[DB.index[cp >> 8] * 256 + (cp & 255)])


def u_isspace(cp: int) -> bool:
    return (uflags(cp) & U_SPACE) != 0


def u_isalpha(cp: int) -> bool:
    return (uflags(cp) & U_ALPHA) != 0


def u_isdecimal(cp: int) -> bool:
    return (uflags(cp) & U_DECIMAL) != 0


def u_isdigit(cp: int) -> bool:
    return (uflags(cp) & U_DIGIT) != 0


def u_isnumeric(cp: int) -> bool:
    return (uflags(cp) & U_NUMERIC) != 0


def u_isalnum(cp: int) -> bool:
    return (uflags(cp) & (U_ALPHA | U_DECIMAL | U_DIGIT | U_NUMERIC)) != 0


def u_islower(cp: int) -> bool:
    return (uflags(cp) & U_LOWER) != 0


def u_isupper(cp: int) -> bool:
    return (uflags(cp) & U_UPPER) != 0


def u_istitle(cp: int) -> bool:
    return (uflags(cp) & U_TITLE) != 0


def u_lower(cp: int) -> int:
    if cp < 128:
        return cp + 32 if 65 <= cp and cp <= 90 else cp
    return DB.lower.get(cp, cp)


def u_upper(cp: int) -> int:
    if cp < 128:
        return cp - 32 if 97 <= cp and cp <= 122 else cp
    return DB.upper.get(cp, cp)


def u_title(cp: int) -> int:
    if cp < 128:
        return cp - 32 if 97 <= cp and cp <= 122 else cp
    return DB.title.get(cp, cp)


def u_decimal(cp: int) -> int:
    """The decimal digit value of cp, or -1."""
    if 48 <= cp and cp <= 57:
        return cp - 48
    return DB.decimal.get(cp, -1)


def u_islinebreak(cp: int) -> bool:
    return (cp == 10 or cp == 13 or cp == 11 or cp == 12 or cp == 0x1c or cp == 0x1d
            or cp == 0x1e or cp == 0x85 or cp == 0x2028 or cp == 0x2029)


def unicode_to_decimal(space: "ObjSpace", w_u: W_Root) -> str:
    """The text of a unicode string with every decimal digit made ASCII and
    other non-ASCII characters as '?' (for int(), long(), float() of unicode);
    Unicode spaces become ' '."""
    u = unicode_from_object(space, w_u)
    parts: list[str] = []
    for cp in codepoints(u.utf8):
        if cp < 128:
            parts.append(chr(cp))
        elif u_isspace(cp):
            parts.append(" ")
        else:
            d = u_decimal(cp)
            parts.append(chr(48 + d) if d >= 0 else "?")
    return "".join(parts)


# ---- code point lists ------------------------------------------------------------------------

def codepoints(s: str) -> list[int]:
    out: list[int] = []
    i = 0
    n = len(s)
    while i < n:
        b = ord(s[i])
        if b < 0x80:
            out.append(b)
            i += 1
        else:
            out.append(utf8_codepoint_at(s, i))
            i = utf8_next(s, i)
    return out


def from_codepoints(cps: list[int]) -> W_UnicodeObject:
    parts: list[str] = []
    for cp in cps:
        parts.append(utf8_encode_codepoint(cp))
    return wrapunicode("".join(parts), len(cps))


def utf8_of(cps: list[int]) -> str:
    parts: list[str] = []
    for cp in cps:
        parts.append(utf8_encode_codepoint(cp))
    return "".join(parts)


# ---- the methods of unicode (a[0] is self; missing optional arguments are None) ----------------

def _arg(a: list[Optional[W_Root]], i: int) -> W_Root:
    w = a[i]
    assert w is not None
    return w


def _u(space: "ObjSpace", a: list[Optional[W_Root]], name: str) -> W_UnicodeObject:
    return _self(space, _arg(a, 0), name)


def _same(space: "ObjSpace", w_self: W_UnicodeObject) -> W_Root:
    if w_self.is_exact():
        return w_self
    return wrapunicode(w_self.utf8, w_self.length)


def _map(space: "ObjSpace", a: list[Optional[W_Root]], name: str, which: int) -> W_Root:
    w_self = _u(space, a, name)
    cps = codepoints(w_self.utf8)
    out: list[int] = []
    if which == 0:
        for cp in cps:
            out.append(u_lower(cp))
    elif which == 1:
        for cp in cps:
            out.append(u_upper(cp))
    elif which == 2:
        for cp in cps:
            if u_isupper(cp):
                out.append(u_lower(cp))
            elif u_islower(cp):
                out.append(u_upper(cp))
            else:
                out.append(cp)
    elif which == 3:
        for k in range(len(cps)):
            cp = cps[k]
            out.append(u_upper(cp) if k == 0 else u_lower(cp))
    else:
        prev_cased = False
        for cp in cps:
            if prev_cased:
                out.append(u_lower(cp))
            else:
                out.append(u_title(cp))
            prev_cased = u_islower(cp) or u_isupper(cp) or u_istitle(cp)
    return from_codepoints(out)


def m_lower(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    return _map(space, a, "lower", 0)


def m_upper(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    return _map(space, a, "upper", 1)


def m_swapcase(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    return _map(space, a, "swapcase", 2)


def m_capitalize(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    return _map(space, a, "capitalize", 3)


def m_title(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    return _map(space, a, "title", 4)


def _isclass(space: "ObjSpace", a: list[Optional[W_Root]], name: str, mask: int) -> W_Root:
    w_self = _u(space, a, name)
    if w_self.length == 0:
        return space.w_False
    for cp in codepoints(w_self.utf8):
        if (uflags(cp) & mask) == 0:
            return space.w_False
    return space.w_True


def m_isspace(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    return _isclass(space, a, "isspace", U_SPACE)


def m_isalpha(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    return _isclass(space, a, "isalpha", U_ALPHA)


def m_isalnum(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    return _isclass(space, a, "isalnum", U_ALPHA | U_DECIMAL | U_DIGIT | U_NUMERIC)


def m_isdigit(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    return _isclass(space, a, "isdigit", U_DIGIT)


def m_isdecimal(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    return _isclass(space, a, "isdecimal", U_DECIMAL)


def m_isnumeric(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    return _isclass(space, a, "isnumeric", U_NUMERIC)


def m_islower(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    w_self = _u(space, a, "islower")
    cased = False
    for cp in codepoints(w_self.utf8):
        if u_isupper(cp) or u_istitle(cp):
            return space.w_False
        if u_islower(cp):
            cased = True
    return space.newbool(cased)


def m_isupper(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    w_self = _u(space, a, "isupper")
    cased = False
    for cp in codepoints(w_self.utf8):
        if u_islower(cp) or u_istitle(cp):
            return space.w_False
        if u_isupper(cp):
            cased = True
    return space.newbool(cased)


def m_istitle(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    w_self = _u(space, a, "istitle")
    cased = False
    prev_cased = False
    for cp in codepoints(w_self.utf8):
        if u_isupper(cp) or u_istitle(cp):
            if prev_cased:
                return space.w_False
            prev_cased = True
            cased = True
        elif u_islower(cp):
            if not prev_cased:
                return space.w_False
            prev_cased = True
            cased = True
        else:
            prev_cased = False
    return space.newbool(cased)


def _fillchar(space: "ObjSpace", w_fill: Optional[W_Root]) -> int:
    if w_fill is None:
        return 32
    w_f = unicode_from_object(space, w_fill)
    if w_f.length != 1:
        raise space.type_error("The fill character must be exactly one character long")
    return utf8_codepoint_at(w_f.utf8, 0)


def _justify(space: "ObjSpace", a: list[Optional[W_Root]], name: str) -> W_Root:
    from pypy27.interpreter.objspace.bytesobject import arg_int, s_center_split
    w_self = _u(space, a, name)
    width = arg_int(space, _arg(a, 1))
    fill = utf8_encode_codepoint(_fillchar(space, a[2]))
    n = w_self.length
    if n >= width:
        return _same(space, w_self)
    if name == "ljust":
        left = 0
        right = width - n
    elif name == "rjust":
        left = width - n
        right = 0
    else:
        left, right = s_center_split(n, width)
    return wrapunicode(fill * left + w_self.utf8 + fill * right, width)


def m_center(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    return _justify(space, a, "center")


def m_ljust(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    return _justify(space, a, "ljust")


def m_rjust(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    return _justify(space, a, "rjust")


def m_zfill(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    from pypy27.interpreter.objspace.bytesobject import arg_int, s_zfill
    w_self = _u(space, a, "zfill")
    width = arg_int(space, _arg(a, 1))
    if w_self.length >= width:
        return _same(space, w_self)
    return newunicode(space, s_zfill(w_self.utf8, width - w_self.length + len(w_self.utf8)))


def m_expandtabs(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    from pypy27.interpreter.objspace.bytesobject import arg_int
    w_self = _u(space, a, "expandtabs")
    w_tab = a[1]
    tabsize = 8 if w_tab is None else arg_int(space, w_tab)
    out: list[int] = []
    col = 0
    for cp in codepoints(w_self.utf8):
        if cp == 9:
            if tabsize > 0:
                k = tabsize - col % tabsize
                for j in range(k):
                    out.append(32)
                col += k
        else:
            out.append(cp)
            col += 1
            if cp == 10 or cp == 13:
                col = 0
    return from_codepoints(out)


def _char_to_byte(w_u: W_UnicodeObject, i: int) -> int:
    return w_u.byte_index(i)


def _byte_to_char(w_u: W_UnicodeObject, b: int) -> int:
    if w_u.is_ascii():
        return b
    return utf8_length(w_u.utf8[:b])


def _bounds(space: "ObjSpace", w_self: W_UnicodeObject, a: list[Optional[W_Root]], k: int) -> tuple[int, int]:
    """Character start/end from the optional arguments a[k], a[k+1]."""
    from pypy27.interpreter.objspace.bytesobject import slice_bound, adjust_indices
    n = w_self.length
    return adjust_indices(slice_bound(space, a[k], 0), slice_bound(space, a[k + 1], n), n)


def _find(space: "ObjSpace", a: list[Optional[W_Root]], name: str, reverse: bool) -> int:
    w_self = _u(space, a, name)
    start, end = _bounds(space, w_self, a, 2)
    w_sub = unicode_from_object(space, _arg(a, 1))
    if start > w_self.length or end - start < w_sub.length:
        return -1
    bstart = _char_to_byte(w_self, start)
    bend = _char_to_byte(w_self, end)
    if reverse:
        r = w_self.utf8.rfind(w_sub.utf8, bstart, bend)
    else:
        r = w_self.utf8.find(w_sub.utf8, bstart, bend)
    if r < 0:
        return -1
    return _byte_to_char(w_self, r)


def m_find(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    return space.newint(_find(space, a, "find", False))


def m_rfind(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    return space.newint(_find(space, a, "rfind", True))


def m_index(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    r = _find(space, a, "index", False)
    if r < 0:
        raise space.value_error("substring not found")
    return space.newint(r)


def m_rindex(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    r = _find(space, a, "rindex", True)
    if r < 0:
        raise space.value_error("substring not found")
    return space.newint(r)


def m_count(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    w_self = _u(space, a, "count")
    start, end = _bounds(space, w_self, a, 2)
    w_sub = unicode_from_object(space, _arg(a, 1))
    if start > w_self.length or end - start < w_sub.length:
        return space.newint(0)
    if w_sub.length == 0:
        return space.newint(end - start + 1)
    from pypy27.interpreter.objspace.bytesobject import s_count
    bstart = _char_to_byte(w_self, start)
    bend = _char_to_byte(w_self, end)
    return space.newint(s_count(w_self.utf8, w_sub.utf8, bstart, bend))


def _startsendswith(space: "ObjSpace", a: list[Optional[W_Root]], name: str, ends: bool) -> W_Root:
    w_self = _u(space, a, name)
    start, end = _bounds(space, w_self, a, 2)
    w_prefix = _arg(a, 1)
    if space.isinstance_w(w_prefix, space.w_tuple):
        for w_p in space.fixedview(w_prefix, -1):
            if _match_one(space, w_self, unicode_from_object(space, w_p), start, end, ends):
                return space.w_True
        return space.w_False
    if not space.isinstance_w(w_prefix, space.w_basestring):
        raise space.type_error("%s first arg must be str, unicode, or tuple, not %s"
                               % (name, space.type(w_prefix).name))
    return space.newbool(_match_one(space, w_self, unicode_from_object(space, w_prefix), start, end, ends))


def _match_one(space: "ObjSpace", w_self: W_UnicodeObject, w_p: W_UnicodeObject, start: int, end: int,
               ends: bool) -> bool:
    if w_p.length == 0:
        return True
    if start > w_self.length:
        return False
    if end - start < w_p.length:
        return False
    if ends:
        b0 = _char_to_byte(w_self, end - w_p.length)
        b1 = _char_to_byte(w_self, end)
    else:
        b0 = _char_to_byte(w_self, start)
        b1 = _char_to_byte(w_self, start + w_p.length)
    return w_self.utf8[b0:b1] == w_p.utf8


def m_startswith(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    return _startsendswith(space, a, "startswith", False)


def m_endswith(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    return _startsendswith(space, a, "endswith", True)


def _strip(space: "ObjSpace", a: list[Optional[W_Root]], name: str, left: bool, right: bool) -> W_Root:
    w_self = _u(space, a, name)
    cps = codepoints(w_self.utf8)
    w_chars = a[1]
    chars: list[int] = []
    ws = True
    if w_chars is not None and not space.is_w(w_chars, space.w_None):
        if not space.isinstance_w(w_chars, space.w_basestring):
            raise space.type_error("%s arg must be None, unicode or str" % name)
        chars = codepoints(unicode_from_object(space, w_chars).utf8)
        ws = False
    i = 0
    j = len(cps)
    if left:
        while i < j and (u_isspace(cps[i]) if ws else cps[i] in chars):
            i += 1
    if right:
        while j > i and (u_isspace(cps[j - 1]) if ws else cps[j - 1] in chars):
            j -= 1
    if i == 0 and j == len(cps):
        return _same(space, w_self)
    return from_codepoints(cps[i:j])


def m_strip(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    return _strip(space, a, "strip", True, True)


def m_lstrip(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    return _strip(space, a, "lstrip", True, False)


def m_rstrip(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    return _strip(space, a, "rstrip", False, True)


def _newlist_u(space: "ObjSpace", items: list[str]) -> W_Root:
    items_w: list[W_Root] = []
    for x in items:
        items_w.append(newunicode(space, x))
    return space.newlist(items_w)


def _split_ws(cps: list[int], maxsplit: int, reverse: bool) -> list[str]:
    res: list[str] = []
    n = len(cps)
    if not reverse:
        i = 0
        while True:
            while i < n and u_isspace(cps[i]):
                i += 1
            if i >= n:
                break
            if maxsplit == 0:
                res.append(utf8_of(cps[i:]))
                break
            j = i
            while j < n and not u_isspace(cps[j]):
                j += 1
            res.append(utf8_of(cps[i:j]))
            maxsplit -= 1
            i = j
        return res
    j = n
    while True:
        while j > 0 and u_isspace(cps[j - 1]):
            j -= 1
        if j <= 0:
            break
        if maxsplit == 0:
            res.append(utf8_of(cps[:j]))
            break
        i = j
        while i > 0 and not u_isspace(cps[i - 1]):
            i -= 1
        res.append(utf8_of(cps[i:j]))
        maxsplit -= 1
        j = i
    res.reverse()
    return res


def _split(space: "ObjSpace", a: list[Optional[W_Root]], name: str, reverse: bool) -> W_Root:
    from pypy27.interpreter.objspace.bytesobject import arg_int, s_split, s_rsplit
    w_self = _u(space, a, name)
    w_max = a[2]
    maxsplit = -1 if w_max is None else arg_int(space, w_max)
    w_sep = a[1]
    if w_sep is None or space.is_w(w_sep, space.w_None):
        return _newlist_u(space, _split_ws(codepoints(w_self.utf8), maxsplit, reverse))
    sep = unicode_from_object(space, w_sep).utf8
    if len(sep) == 0:
        raise space.value_error("empty separator")
    if reverse:
        return _newlist_u(space, s_rsplit(w_self.utf8, sep, maxsplit))
    return _newlist_u(space, s_split(w_self.utf8, sep, maxsplit))


def m_split(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    return _split(space, a, "split", False)


def m_rsplit(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    return _split(space, a, "rsplit", True)


def m_splitlines(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    from pypy27.interpreter.objspace.bytesobject import arg_int
    w_self = _u(space, a, "splitlines")
    w_keep = a[1]
    keepends = False if w_keep is None else arg_int(space, w_keep) != 0
    cps = codepoints(w_self.utf8)
    res: list[str] = []
    i = 0
    n = len(cps)
    while i < n:
        j = i
        while j < n and not u_islinebreak(cps[j]):
            j += 1
        eol = j
        if j < n:
            if cps[j] == 13 and j + 1 < n and cps[j + 1] == 10:
                j += 2
            else:
                j += 1
            if keepends:
                eol = j
        res.append(utf8_of(cps[i:eol]))
        i = j
    return _newlist_u(space, res)


def _partition(space: "ObjSpace", a: list[Optional[W_Root]], name: str, reverse: bool) -> W_Root:
    w_self = _u(space, a, name)
    w_sep = unicode_from_object(space, _arg(a, 1))
    sep = w_sep.utf8
    if len(sep) == 0:
        raise space.value_error("empty separator")
    s = w_self.utf8
    if reverse:
        i = s.rfind(sep)
        if i < 0:
            return space.newtuple([W_EMPTY_U, W_EMPTY_U, _same(space, w_self)])
    else:
        i = s.find(sep)
        if i < 0:
            return space.newtuple([_same(space, w_self), W_EMPTY_U, W_EMPTY_U])
    return space.newtuple([newunicode(space, s[:i]), _same(space, w_sep),
                           newunicode(space, s[i + len(sep):])])


def m_partition(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    return _partition(space, a, "partition", False)


def m_rpartition(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    return _partition(space, a, "rpartition", True)


def m_replace(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    from pypy27.interpreter.objspace.bytesobject import arg_int
    w_self = _u(space, a, "replace")
    w_old = unicode_from_object(space, _arg(a, 1))
    w_new = unicode_from_object(space, _arg(a, 2))
    w_count = a[3]
    count = -1 if w_count is None else arg_int(space, w_count)
    if w_old.length == 0:
        cps = codepoints(w_self.utf8)
        if count < 0:
            count = len(cps) + 1
        if count == 0:
            return _same(space, w_self)
        parts: list[str] = [w_new.utf8]
        count -= 1
        for cp in cps:
            parts.append(utf8_encode_codepoint(cp))
            if count > 0:
                parts.append(w_new.utf8)
                count -= 1
        return newunicode(space, "".join(parts))
    from pypy27.interpreter.objspace.bytesobject import s_replace
    res = s_replace(w_self.utf8, w_old.utf8, w_new.utf8, count)
    if res is w_self.utf8:
        return _same(space, w_self)
    return newunicode(space, res)


def m_join(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    from pypy27.interpreter.objspace.bytesobject import W_BytesObject
    w_sep = _u(space, a, "join")
    w_iterable = _arg(a, 1)
    if space.isinstance_w(w_iterable, space.w_list) or space.isinstance_w(w_iterable, space.w_tuple):
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
    if len(items_w) == 1 and isinstance(items_w[0], W_UnicodeObject) and items_w[0].is_exact():
        return items_w[0]
    parts: list[str] = []
    total = 0
    for i in range(len(items_w)):
        w_item = items_w[i]
        if isinstance(w_item, W_UnicodeObject):
            w_uitem = w_item
        elif isinstance(w_item, W_BytesObject):
            w_uitem = decode_ascii(space, w_item.value, "strict")
        else:
            raise space.type_error("sequence item %d: expected string or Unicode, %s found"
                                   % (i, space.type(w_item).name))
        if i > 0:
            parts.append(w_sep.utf8)
            total += w_sep.length
        parts.append(w_uitem.utf8)
        total += w_uitem.length
    return wrapunicode("".join(parts), total)


def m_translate(space: "ObjSpace", a: list[Optional[W_Root]]) -> W_Root:
    w_self = _u(space, a, "translate")
    w_table = _arg(a, 1)
    out: list[str] = []
    count = 0
    for cp in codepoints(w_self.utf8):
        try:
            w_new = space.getitem(w_table, space.newint(cp))
        except OperationError as e:
            if not e.match(space, space.w_LookupError):
                raise
            out.append(utf8_encode_codepoint(cp))
            count += 1
            continue
        if space.is_w(w_new, space.w_None):
            continue
        if isinstance(w_new, W_UnicodeObject):
            out.append(w_new.utf8)
            count += w_new.length
        elif space.isinstance_w(w_new, space.w_int):
            v = space.int_w(w_new)
            if v < 0 or v > 0x10FFFF:
                raise space.type_error("character mapping must be in range(0x%lx)")
            out.append(utf8_encode_codepoint(v))
            count += 1
        else:
            raise space.type_error("character mapping must return integer, None or unicode")
    return wrapunicode("".join(out), count)


def m_decode(space: "ObjSpace", args: "Arguments") -> W_Root:
    from pypy27.interpreter.objspace.bytesobject import parse_args
    a = parse_args(space, args, "decode", ["self", "encoding", "errors"], 1)
    w_self = _u(space, a, "decode")
    encoding, errors = encoding_args(space, a[1], a[2], "decode")
    if normalize_encoding(encoding) == "":
        return registry_codec(space, w_self, encoding, errors, False)
    # 2.7 encodes with the default encoding first
    return decode_bytes(space, encode_ascii(space, w_self, "strict"), encoding, errors)


def m_encode(space: "ObjSpace", args: "Arguments") -> W_Root:
    from pypy27.interpreter.objspace.bytesobject import parse_args
    a = parse_args(space, args, "encode", ["self", "encoding", "errors"], 1)
    w_self = _u(space, a, "encode")
    encoding, errors = encoding_args(space, a[1], a[2], "encode")
    return encode_unicode(space, w_self, encoding, errors)


def m_format(space: "ObjSpace", args: "Arguments") -> W_Root:
    from pypy27.interpreter.objspace import newformat
    args.unpack_stars(space, "format()")
    if len(args.args_w) == 0:
        raise space.type_error("descriptor 'format' of 'unicode' object needs an argument")
    w_self = _self(space, args.args_w[0], "format")
    return newformat.format_method(space, w_self.utf8, True, args.args_w[1:], args.keywords,
                                   args.keywords_w)


def descr_format(space: "ObjSpace", w_self: W_Root, w_spec: W_Root) -> W_Root:
    from pypy27.interpreter.objspace import newformat
    w_u = _self(space, w_self, "__format__")
    return newformat.format_string_spec(space, w_u, w_u.utf8, True, w_spec)


def descr_mod(space: "ObjSpace", w_self: W_Root, w_values: W_Root) -> W_Root:
    from pypy27.interpreter.objspace import formatting
    w_u = _self(space, w_self, "__mod__")
    return formatting.format_unicode(space, w_u.utf8, w_values)


def descr_rmod(space: "ObjSpace", w_self: W_Root, w_other: W_Root) -> W_Root:
    _self(space, w_self, "__rmod__")
    if not isinstance(w_other, W_UnicodeObject):
        return space.w_NotImplemented
    return descr_mod(space, w_other, w_self)


def descr_mul(space: "ObjSpace", w_self: W_Root, w_times: W_Root) -> W_Root:
    from pypy27.interpreter.objspace.bytesobject import is_index, repeat_count
    w_u = _self(space, w_self, "__mul__")
    if not is_index(space, w_times):
        return space.w_NotImplemented
    n = repeat_count(space, w_times)
    if n > 0 and len(w_u.utf8) > 0 and n > ((1 << 62) // len(w_u.utf8)):
        raise space.error(space.w_OverflowError, "repeated string is too long")
    return wrapunicode(w_u.utf8 * n, w_u.length * n)


def descr_rmul(space: "ObjSpace", w_self: W_Root, w_times: W_Root) -> W_Root:
    return descr_mul(space, w_self, w_times)


def descr_contains(space: "ObjSpace", w_self: W_Root, w_sub: W_Root) -> W_Root:
    w_u = _self(space, w_self, "__contains__")
    w_s = unicode_from_object(space, w_sub)
    return space.newbool(w_s.utf8 in w_u.utf8)


def descr_getitem(space: "ObjSpace", w_self: W_Root, w_index: W_Root) -> W_Root:
    from pypy27.interpreter.objspace.bytesobject import is_index, getindex_w, slice_indices
    w_u = _self(space, w_self, "__getitem__")
    n = w_u.length
    if space.isinstance_w(w_index, space.w_slice):
        start, stop, step, length = slice_indices(space, w_index, n)
        if length <= 0:
            return W_EMPTY_U
        if step == 1:
            if length == n and w_u.is_exact():
                return w_u
            b0 = w_u.byte_index(start)
            b1 = w_u.byte_index(stop)
            return wrapunicode(w_u.utf8[b0:b1], length)
        parts: list[str] = []
        i = start
        for k in range(length):
            parts.append(utf8_encode_codepoint(w_u.codepoint(i)))
            i += step
        return wrapunicode("".join(parts), length)
    if not is_index(space, w_index):
        raise space.type_error("string indices must be integers, not %s" % space.type(w_index).name)
    i = getindex_w(space, w_index, space.w_IndexError)
    if i < 0:
        i += n
    if i < 0 or i >= n:
        raise space.error(space.w_IndexError, "string index out of range")
    cp = w_u.codepoint(i)
    if cp < 128:
        return ASCII_W[cp]
    return W_UnicodeObject(utf8_encode_codepoint(cp), 1)


def descr_getslice(space: "ObjSpace", w_self: W_Root, w_start: W_Root, w_stop: W_Root) -> W_Root:
    from pypy27.interpreter.objspace.bytesobject import getslice_bounds
    w_u = _self(space, w_self, "__getslice__")
    start, stop = getslice_bounds(space, w_start, w_stop, w_u.length)
    if start == 0 and stop == w_u.length and w_u.is_exact():
        return w_u
    b0 = w_u.byte_index(start)
    b1 = w_u.byte_index(stop)
    return wrapunicode(w_u.utf8[b0:b1], stop - start)


def descr_getnewargs(space: "ObjSpace", w_self: W_Root) -> W_Root:
    w_u = _self(space, w_self, "__getnewargs__")
    return space.newtuple([wrapunicode(w_u.utf8, w_u.length)])


def descr_sizeof(space: "ObjSpace", w_self: W_Root) -> W_Root:
    w_u = _self(space, w_self, "__sizeof__")
    return space.newint(52 + 4 * (w_u.length + 1))


# ---- more codecs: UTF-16, UTF-32, charmaps, base64, rot13 ------------------------------------

def _out_cp(parts: list[str], cp: int) -> None:
    parts.append(utf8_encode_codepoint(cp))


def decode_utf16(space: "ObjSpace", s: str, enc: str, errors: str) -> W_Root:
    """2.7's UTF-16 decoder (BOM detection for plain 'utf-16'; little-endian default)."""
    little = enc != "utf16be"
    q = 0
    n = len(s)
    if enc == "utf16" and n >= 2:
        if s[0] == "\xff" and s[1] == "\xfe":
            q = 2
        elif s[0] == "\xfe" and s[1] == "\xff":
            q = 2
            little = False
    parts: list[str] = []
    while q < n:
        if n - q < 2:
            reason = "truncated data"
            start = q
            end = n
        else:
            ch = (ord(s[q + 1]) << 8) | ord(s[q]) if little else (ord(s[q]) << 8) | ord(s[q + 1])
            q += 2
            if ch < 0xD800 or ch > 0xDFFF:
                _out_cp(parts, ch)
                continue
            if n - q < 2:
                q -= 2
                reason = "unexpected end of data"
                start = q
                end = n
            elif ch <= 0xDBFF:
                ch2 = (ord(s[q + 1]) << 8) | ord(s[q]) if little else (ord(s[q]) << 8) | ord(s[q + 1])
                q += 2
                if 0xDC00 <= ch2 and ch2 <= 0xDFFF:
                    _out_cp(parts, 0x10000 + (((ch & 0x3FF) << 10) | (ch2 & 0x3FF)))
                    continue
                reason = "illegal UTF-16 surrogate"
                start = q - 4
                end = start + 2
            else:
                reason = "illegal encoding"
                start = q - 2
                end = start + 2
        if errors == "strict":
            raise decode_error(space, "utf16", s, start, end, reason)
        _check_errors(space, errors, True)
        if errors == "replace":
            parts.append("\xef\xbf\xbd")
        q = end
    return newunicode(space, "".join(parts))


def decode_utf32(space: "ObjSpace", s: str, enc: str, errors: str) -> W_Root:
    little = enc != "utf32be"
    q = 0
    n = len(s)
    if enc == "utf32" and n >= 4:
        if s[0:4] == "\xff\xfe\x00\x00":
            q = 4
        elif s[0:4] == "\x00\x00\xfe\xff":
            q = 4
            little = False
    parts: list[str] = []
    while q < n:
        if n - q < 4:
            reason = "truncated data"
            start = q
            end = n
        else:
            if little:
                ch = (ord(s[q + 3]) << 24) | (ord(s[q + 2]) << 16) | (ord(s[q + 1]) << 8) | ord(s[q])
            else:
                ch = (ord(s[q]) << 24) | (ord(s[q + 1]) << 16) | (ord(s[q + 2]) << 8) | ord(s[q + 3])
            if ch < 0x110000:
                _out_cp(parts, ch)
                q += 4
                continue
            reason = "code point not in range(0x110000)"
            start = q
            end = q + 4
        if errors == "strict":
            raise decode_error(space, "utf32", s, start, end, reason)
        _check_errors(space, errors, True)
        if errors == "replace":
            parts.append("\xef\xbf\xbd")
        q = end
    return newunicode(space, "".join(parts))


def _unit16(v: int, little: bool) -> str:
    if little:
        return chr(v & 255) + chr(v >> 8)
    return chr(v >> 8) + chr(v & 255)


def _unit32(v: int, little: bool) -> str:
    if little:
        return chr(v & 255) + chr((v >> 8) & 255) + chr((v >> 16) & 255) + chr(v >> 24)
    return chr(v >> 24) + chr((v >> 16) & 255) + chr((v >> 8) & 255) + chr(v & 255)


def encode_utf16_32(utf8: str, enc: str) -> str:
    wide = enc.startswith("utf32")
    little = not enc.endswith("be")
    parts: list[str] = []
    if enc == "utf16":
        parts.append("\xff\xfe")
    elif enc == "utf32":
        parts.append("\xff\xfe\x00\x00")
    for cp in codepoints(utf8):
        if wide:
            parts.append(_unit32(cp, little))
        elif cp >= 0x10000:
            v = cp - 0x10000
            parts.append(_unit16(0xD800 | (v >> 10), little))
            parts.append(_unit16(0xDC00 | (v & 0x3FF), little))
        else:
            parts.append(_unit16(cp, little))
    return "".join(parts)


def decode_charmap(space: "ObjSpace", s: str, cm: Charmap, errors: str) -> W_Root:
    parts: list[str] = []
    for i in range(len(s)):
        cp = cm.decoding[ord(s[i])]
        if cp >= 0:
            _out_cp(parts, cp)
            continue
        if errors == "strict":
            raise decode_error(space, "charmap", s, i, i + 1, "character maps to <undefined>")
        _check_errors(space, errors, True)
        if errors == "replace":
            parts.append("\xef\xbf\xbd")
    return newunicode(space, "".join(parts))


def encode_charmap_table(space: "ObjSpace", w_u: W_UnicodeObject, cm: Charmap, errors: str) -> str:
    cps = codepoints(w_u.utf8)
    parts: list[str] = []
    i = 0
    n = len(cps)
    while i < n:
        b = cm.encoding.get(cps[i], -1)
        if b >= 0:
            parts.append(chr(b))
            i += 1
            continue
        j = i
        while j < n and cm.encoding.get(cps[j], -1) < 0:
            j += 1
        if errors == "strict":
            raise encode_error(space, "charmap", w_u, i, j, "character maps to <undefined>")
        _check_errors(space, errors, False)
        for k in range(i, j):
            c = cps[k]
            if errors == "replace":
                parts.append("?")
            elif errors == "xmlcharrefreplace":
                parts.append("&#%d;" % c)
            elif errors == "backslashreplace":
                parts.append(_backslash_escape(c))
        i = j
    return "".join(parts)


B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def base64_encode(s: str) -> str:
    """base64.encodestring: lines of at most 76 characters, each ending in a newline."""
    out: list[str] = []
    line: list[str] = []
    i = 0
    n = len(s)
    while i < n:
        chunk = s[i:i + 3]
        v = 0
        for c in chunk:
            v = (v << 8) | ord(c)
        v <<= 8 * (3 - len(chunk))
        quad = B64[(v >> 18) & 63] + B64[(v >> 12) & 63]
        quad += B64[(v >> 6) & 63] if len(chunk) > 1 else "="
        quad += B64[v & 63] if len(chunk) > 2 else "="
        line.append(quad)
        i += 3
        if len(line) == 19:
            out.append("".join(line) + "\n")
            line = []
    if len(line) > 0:
        out.append("".join(line) + "\n")
    return "".join(out)


def base64_decode(space: "ObjSpace", s: str) -> str:
    """base64.decodestring: characters outside the alphabet are skipped;
    data ends at the padding."""
    vals: list[int] = []
    pads = 0
    for c in s:
        if c == "=":
            pads += 1
            continue
        k = B64.find(c)
        if k >= 0 and pads == 0:
            vals.append(k)
    rem = len(vals) % 4
    if rem == 1 or (rem != 0 and pads < 4 - rem):
        raise space.error(space.w_Exception, "Incorrect padding")
    out: list[str] = []
    for i in range(0, len(vals), 4):
        group = vals[i:i + 4]
        v = 0
        for k in group:
            v = (v << 6) | k
        v <<= 6 * (4 - len(group))
        for b in range(len(group) - 1):
            out.append(chr((v >> (16 - 8 * b)) & 255))
    return "".join(out)


def rot13(s: str) -> str:
    parts: list[str] = []
    for c in s:
        if "a" <= c and c <= "z":
            parts.append(chr((ord(c) - 97 + 13) % 26 + 97))
        elif "A" <= c and c <= "Z":
            parts.append(chr((ord(c) - 65 + 13) % 26 + 65))
        else:
            parts.append(c)
    return "".join(parts)


def descr_formatter_parser(space: "ObjSpace", w_self: W_Root) -> W_Root:
    from pypy27.interpreter.objspace import newformat
    return newformat.formatter_parser(space, _self(space, w_self, "_formatter_parser").utf8, True)


def descr_formatter_field_name_split(space: "ObjSpace", w_self: W_Root) -> W_Root:
    from pypy27.interpreter.objspace import newformat
    w_u = _self(space, w_self, "_formatter_field_name_split")
    return newformat.formatter_field_name_split(space, w_u.utf8, True)
