"""Turning the subject of a match (str, unicode, bytearray) into an engine
State, and slices of it back into app-level strings of the subject's type."""
from typing import TYPE_CHECKING

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.module._sre.engine import State
from pypy27.interpreter.objspace.bytearrayobject import W_BytearrayObject
from pypy27.interpreter.objspace.bytesobject import W_BytesObject
from pypy27.interpreter.objspace.unicodeobject import W_UnicodeObject, newunicode_len
from pypy27.support.utf8 import utf8_codepoint_at, utf8_encode_codepoint, utf8_next

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace

NO_CODES: list[int] = []


class Subject(object):
    """The subject string as the engine reads it."""
    s: str
    u: list[int]
    wide: bool
    is_unicode: bool
    length: int

    def __init__(self, s: str, u: list[int], wide: bool, is_unicode: bool, length: int) -> None:
        self.s = s
        self.u = u
        self.wide = wide
        self.is_unicode = is_unicode
        self.length = length


def get_subject(space: "ObjSpace", w_string: W_Root) -> Subject:
    if isinstance(w_string, W_BytesObject):
        s = w_string.value
        return Subject(s, NO_CODES, False, False, len(s))
    if isinstance(w_string, W_UnicodeObject):
        utf8 = w_string.utf8
        n = w_string.length
        if n == len(utf8):
            return Subject(utf8, NO_CODES, False, True, n)
        codes = [0] * n
        i = 0
        k = 0
        while i < len(utf8):
            codes[k] = utf8_codepoint_at(utf8, i)
            i = utf8_next(utf8, i)
            k += 1
        return Subject("", codes, True, True, n)
    if isinstance(w_string, W_BytearrayObject):
        s = "".join(w_string.data)
        return Subject(s, NO_CODES, False, False, len(s))
    raise space.type_error("expected string or buffer")


def new_state(subj: Subject, pos: int, endpos: int, flags: int, nregs: int) -> State:
    return State(subj.s, subj.u, subj.wide, subj.length, pos, endpos, flags, nregs)


def getslice(space: "ObjSpace", subj: Subject, start: int, stop: int) -> W_Root:
    if start < 0:
        start = 0
    if stop < start:
        stop = start
    if not subj.is_unicode:
        return space.newstr(subj.s[start:stop])
    if not subj.wide:
        return newunicode_len(space, subj.s[start:stop], stop - start)
    parts: list[str] = []
    for k in range(start, stop):
        parts.append(utf8_encode_codepoint(subj.u[k]))
    return newunicode_len(space, "".join(parts), stop - start)


def empty(space: "ObjSpace", subj: Subject) -> W_Root:
    if subj.is_unicode:
        return newunicode_len(space, "", 0)
    return space.newstr("")


def join(space: "ObjSpace", subj: Subject, pieces_w: list[W_Root]) -> W_Root:
    """Concatenate the pieces like 2.7 (joined by the subject's empty string,
    so one unicode piece makes the result unicode)."""
    if not subj.is_unicode:
        parts: list[str] = []
        for w_piece in pieces_w:
            if not (isinstance(w_piece, W_BytesObject) and w_piece.is_exact()):
                return space.call_method(empty(space, subj), "join", [space.newlist(pieces_w)])
            parts.append(w_piece.value)
        return space.newstr("".join(parts))
    return space.call_method(empty(space, subj), "join", [space.newlist(pieces_w)])
