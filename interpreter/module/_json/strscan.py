"""The body of a JSON string literal: escapes, \\uXXXX with surrogate pairs,
control characters (refused when strict), and the decoding of the bytes of
a `str` document with the decoder's encoding."""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.module._json.jsource import JSource, json_error
from pypy27.interpreter.objspace.unicodeobject import W_UnicodeObject, wrapunicode, decode_bytes
from pypy27.support.utf8 import utf8_encode_codepoint, utf8_check, utf8_length

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace

UNTERMINATED = "Unterminated string starting at"


def _hexval(c: str) -> int:
    if "0" <= c <= "9":
        return ord(c) - 48
    if "a" <= c <= "f":
        return ord(c) - 87
    if "A" <= c <= "F":
        return ord(c) - 55
    return -1


def _hex4(s: str, pos: int) -> int:
    """The value of the 4 hex digits at s[pos:pos+4], or -1."""
    if pos + 4 > len(s):
        return -1
    v = 0
    for i in range(pos, pos + 4):
        d = _hexval(s[i])
        if d < 0:
            return -1
        v = (v << 4) | d
    return v


def is_utf8_name(encoding: str) -> bool:
    e = encoding.lower().replace("-", "").replace("_", "")
    return e == "utf8"


def _decode_chunk(space: "ObjSpace", chunk: str, encoding: str) -> str:
    """The UTF-8 of the bytes chunk (not all ASCII) decoded with encoding."""
    if is_utf8_name(encoding) and utf8_check(chunk, True) < 0:
        return chunk
    w_u = decode_bytes(space, chunk, encoding, "strict")
    if not isinstance(w_u, W_UnicodeObject):
        raise space.type_error("decoder did not return an unicode object (type=%s)"
                               % space.type(w_u).name)
    return w_u.utf8


def scan_string(space: "ObjSpace", src: JSource, end: int, encoding: str, utf8_enc: bool,
                strict: bool) -> tuple[W_Root, int]:
    """Scan the string whose body starts at byte offset end (after the opening
    quote); (the unicode value, byte offset after the closing quote)."""
    s = src.s
    n = len(s)
    begin = end - 1
    parts: list[str] = []
    nchars = 0
    while True:
        pos = end
        high = 0
        while pos < n:
            b = ord(s[pos])
            if b == 34 or b == 92 or b < 32:
                break
            high |= b
            pos += 1
        if pos >= n:
            raise json_error(space, src, UNTERMINATED, begin)
        if pos > end:
            chunk = s[end:pos]
            if high < 0x80:
                if not src.is_unicode and not utf8_enc:
                    chunk = _decode_chunk(space, chunk, encoding)
                    nchars += utf8_length(chunk)
                else:
                    nchars += pos - end
            elif src.is_unicode:
                nchars += utf8_length(chunk)
            else:
                chunk = _decode_chunk(space, chunk, encoding)
                nchars += utf8_length(chunk)
            if chunk:
                parts.append(chunk)
        c = s[pos]
        end = pos + 1
        if c == '"':
            break
        if c != "\\":
            if strict:
                raise json_error(space, src, "Invalid control character at", pos)
            parts.append(c)
            nchars += 1
            continue
        if end >= n:
            raise json_error(space, src, UNTERMINATED, begin)
        esc = s[end]
        if esc != "u":
            if esc == '"' or esc == "\\" or esc == "/":
                parts.append(esc)
            elif esc == "n":
                parts.append("\n")
            elif esc == "t":
                parts.append("\t")
            elif esc == "r":
                parts.append("\r")
            elif esc == "b":
                parts.append("\b")
            elif esc == "f":
                parts.append("\f")
            else:
                raise json_error(space, src, "Invalid \\escape", end - 1)
            nchars += 1
            end += 1
            continue
        uni = _hex4(s, end + 1)
        if uni < 0:
            raise json_error(space, src, "Invalid \\uXXXX escape", end)
        end += 5
        # a high surrogate followed by an escaped low one is one character
        if 0xD800 <= uni <= 0xDBFF and end + 1 < n and s[end] == "\\" and s[end + 1] == "u":
            uni2 = _hex4(s, end + 2)
            if uni2 < 0:
                raise json_error(space, src, "Invalid \\uXXXX escape", end + 1)
            if 0xDC00 <= uni2 <= 0xDFFF:
                uni = 0x10000 + (((uni - 0xD800) << 10) | (uni2 - 0xDC00))
                end += 6
        parts.append(utf8_encode_codepoint(uni))
        nchars += 1
    if len(parts) == 1:
        return wrapunicode(parts[0], nchars), end
    return wrapunicode("".join(parts), nchars), end


def encoding_arg(space: "ObjSpace", w_enc: Optional[W_Root], what: str) -> str:
    """An encoding given as str, unicode or None (utf-8)."""
    if w_enc is None or space.is_w(w_enc, space.w_None):
        return "utf-8"
    if isinstance(w_enc, W_UnicodeObject):     # converted with the default encoding
        return space.str_w(space.call_method(w_enc, "encode", []))
    from pypy27.interpreter.objspace.bytesobject import W_BytesObject
    if isinstance(w_enc, W_BytesObject):
        return w_enc.value
    raise space.type_error(what % space.type(w_enc).name)
