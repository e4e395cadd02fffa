"""JSON string literals: encode_basestring_ascii (everything outside
printable ASCII as \\uXXXX, pairs of escapes above U+FFFF) and
encode_basestring (only quotes, backslashes and control characters
escaped; a str stays a str, a unicode a unicode)."""
from typing import TYPE_CHECKING

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.objspace.bytesobject import W_BytesObject
from pypy27.interpreter.objspace.unicodeobject import W_UnicodeObject, decode_bytes
from pypy27.support.utf8 import utf8_check, utf8_codepoint_at, utf8_char_size

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace

HEX = "0123456789abcdef"


def _u_escape(parts: list[str], cp: int) -> None:
    parts.append("\\u")
    parts.append(HEX[(cp >> 12) & 15])
    parts.append(HEX[(cp >> 8) & 15])
    parts.append(HEX[(cp >> 4) & 15])
    parts.append(HEX[cp & 15])


def _short_escape(c: str) -> str:
    """The two-character escape of c, or '' if it has none."""
    if c == '"':
        return '\\"'
    if c == "\\":
        return "\\\\"
    if c == "\n":
        return "\\n"
    if c == "\r":
        return "\\r"
    if c == "\t":
        return "\\t"
    if c == "\b":
        return "\\b"
    if c == "\f":
        return "\\f"
    return ""


def escape_ascii(utf8: str) -> str:
    """The quoted ASCII JSON literal of UTF-8 text."""
    parts: list[str] = ['"']
    n = len(utf8)
    start = 0
    i = 0
    while i < n:
        b = ord(utf8[i])
        if 32 <= b < 127 and b != 34 and b != 92:
            i += 1
            continue
        if i > start:
            parts.append(utf8[start:i])
        if b < 128:
            esc = _short_escape(utf8[i])
            if esc:
                parts.append(esc)
            else:
                _u_escape(parts, b)
            i += 1
        else:
            cp = utf8_codepoint_at(utf8, i)
            if cp >= 0x10000:
                cp -= 0x10000
                _u_escape(parts, 0xD800 | ((cp >> 10) & 0x3FF))
                _u_escape(parts, 0xDC00 | (cp & 0x3FF))
            else:
                _u_escape(parts, cp)
            i += utf8_char_size(b)
        start = i
    if start == 0:
        return '"' + utf8 + '"'
    if start < n:
        parts.append(utf8[start:n])
    parts.append('"')
    return "".join(parts)


def escape_plain(s: str) -> str:
    """Quote s escaping only '"', '\\' and control characters (bytes < 32);
    works on bytes and on UTF-8 alike."""
    parts: list[str] = ['"']
    n = len(s)
    start = 0
    for i in range(n):
        b = ord(s[i])
        if b >= 32 and b != 34 and b != 92:
            continue
        if i > start:
            parts.append(s[start:i])
        esc = _short_escape(s[i])
        if esc:
            parts.append(esc)
        else:
            _u_escape(parts, b)
        start = i + 1
    if start == 0:
        return '"' + s + '"'
    if start < n:
        parts.append(s[start:n])
    parts.append('"')
    return "".join(parts)


def ascii_literal(space: "ObjSpace", w_s: W_Root) -> str:
    if isinstance(w_s, W_BytesObject):
        s = w_s.value
        # a str is taken as UTF-8: valid, its bytes already are the text
        if utf8_check(s, True) >= 0:
            decode_bytes(space, s, "utf-8", "strict")   # raises 2.7's UnicodeDecodeError
        return escape_ascii(s)
    if isinstance(w_s, W_UnicodeObject):
        return escape_ascii(w_s.utf8)
    raise space.type_error("first argument must be a string, not %s" % space.type(w_s).name)


def encode_basestring_ascii(space: "ObjSpace", w_s: W_Root) -> W_Root:
    return space.newstr(ascii_literal(space, w_s))


def encode_basestring(space: "ObjSpace", w_s: W_Root) -> W_Root:
    if isinstance(w_s, W_UnicodeObject):
        return space.newunicode(escape_plain(w_s.utf8))
    if isinstance(w_s, W_BytesObject):
        return space.newstr(escape_plain(w_s.value))
    raise space.type_error("first argument must be a string, not %s" % space.type(w_s).name)
