"""The text a JSON scan runs over: the bytes of a `str` or the UTF-8 of a
`unicode`.  The scanners work on byte offsets; 2.7 reports offsets in the
characters of the argument, so this converts where an index crosses the
app-level boundary (arguments, results, error messages)."""
from typing import TYPE_CHECKING

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError
from pypy27.interpreter.objspace.bytesobject import W_BytesObject
from pypy27.interpreter.objspace.unicodeobject import W_UnicodeObject

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace


class JSource(object):
    s: str               # bytes of a str, UTF-8 of a unicode
    is_unicode: bool
    ascii: bool          # byte offsets are character offsets
    w_u: W_UnicodeObject  # the unicode argument (its index maps offsets)

    def __init__(self, s: str, is_unicode: bool, ascii: bool, w_u: W_UnicodeObject) -> None:
        self.s = s
        self.is_unicode = is_unicode
        self.ascii = ascii
        self.w_u = w_u

    def char_index(self, pos: int) -> int:
        """The character offset of byte offset pos."""
        if self.ascii:
            return pos
        n = 0
        s = self.s
        for i in range(pos):
            if (ord(s[i]) & 0xC0) != 0x80:
                n += 1
        return n

    def char_index_between(self, start: int, stop: int) -> int:
        """The number of characters in bytes start..stop."""
        n = 0
        s = self.s
        for i in range(start, stop):
            if (ord(s[i]) & 0xC0) != 0x80:
                n += 1
        return n

    def byte_index(self, charpos: int) -> int:
        """The byte offset of character offset charpos (0 <= charpos <= length)."""
        if self.ascii:
            return charpos
        return self.w_u.byte_index(charpos)

    def length(self) -> int:
        """The length in characters."""
        if self.ascii:
            return len(self.s)
        return self.w_u.length


NO_UNICODE = W_UnicodeObject("", 0)


def source_of(space: "ObjSpace", w_s: W_Root) -> JSource:
    """The source of a str or unicode argument ('first argument must be a
    string' otherwise, 2.7's wording)."""
    if isinstance(w_s, W_BytesObject):
        return JSource(w_s.value, False, True, NO_UNICODE)
    if isinstance(w_s, W_UnicodeObject):
        return JSource(w_s.utf8, True, w_s.is_ascii(), w_s)
    raise space.type_error("first argument must be a string, not %s" % space.type(w_s).name)


def _linecol(src: JSource, pos: int) -> tuple[int, int]:
    """1-based line and column of byte offset pos, counted in characters."""
    s = src.s
    line = 1
    last_nl = -1
    for i in range(pos):
        if s[i] == "\n":
            line += 1
            last_nl = i
    if line == 1:
        return 1, src.char_index(pos) + 1
    return line, src.char_index(pos) - src.char_index(last_nl)


def errmsg(src: JSource, msg: str, pos: int) -> str:
    line, col = _linecol(src, pos)
    return "%s: line %d column %d (char %d)" % (msg, line, col, src.char_index(pos))


def json_error(space: "ObjSpace", src: JSource, msg: str, pos: int) -> OperationError:
    """ValueError(msg with the line, column and offset of byte offset pos)."""
    return OperationError(space.w_ValueError, space.newstr(errmsg(src, msg, pos)))


def stop_iteration(space: "ObjSpace") -> OperationError:
    """2.7's scanner signals 'no value here' with a bare StopIteration."""
    return OperationError(space.w_StopIteration, space.w_None)
