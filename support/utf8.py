"""UTF-8 inside byte strings: the subset's one representation of unicode text.

Unicode strings are kept as ``str`` holding UTF-8 bytes (each character of the
``str`` is one byte, < 256).  Lone surrogates (U+D800..U+DFFF) are allowed by
default because Python 2 unicode objects may contain them.  Plain subset
code: the translator compiles it like any other module.

Indices are byte indices unless a name says ``char``.  Functions other than
``utf8_check`` assume their input is valid UTF-8.
"""

# Characters per mark in Utf8Index: a lookup scans at most this many characters.
INDEX_STEP = 64


def utf8_encode_codepoint(cp: int) -> str:
    """The UTF-8 bytes of code point cp (0 <= cp <= 0x10FFFF)."""
    if cp < 0:
        raise ValueError("negative code point")
    if cp < 0x80:
        return chr(cp)
    if cp < 0x800:
        return chr(0xC0 | (cp >> 6)) + chr(0x80 | (cp & 0x3F))
    if cp < 0x10000:
        return (chr(0xE0 | (cp >> 12)) + chr(0x80 | ((cp >> 6) & 0x3F))
                + chr(0x80 | (cp & 0x3F)))
    if cp <= 0x10FFFF:
        return (chr(0xF0 | (cp >> 18)) + chr(0x80 | ((cp >> 12) & 0x3F))
                + chr(0x80 | ((cp >> 6) & 0x3F)) + chr(0x80 | (cp & 0x3F)))
    raise ValueError("code point out of range")


def utf8_char_size(lead: int) -> int:
    """Length of the sequence starting with byte value lead (1 for invalid leads)."""
    if lead < 0xC0:
        return 1
    if lead < 0xE0:
        return 2
    if lead < 0xF0:
        return 3
    return 4


def utf8_codepoint_at(s: str, i: int) -> int:
    """The code point whose encoding starts at byte index i."""
    b = ord(s[i])
    if b < 0x80:
        return b
    if b < 0xE0:
        return ((b & 0x1F) << 6) | (ord(s[i + 1]) & 0x3F)
    if b < 0xF0:
        return (((b & 0x0F) << 12) | ((ord(s[i + 1]) & 0x3F) << 6)
                | (ord(s[i + 2]) & 0x3F))
    return (((b & 0x07) << 18) | ((ord(s[i + 1]) & 0x3F) << 12)
            | ((ord(s[i + 2]) & 0x3F) << 6) | (ord(s[i + 3]) & 0x3F))


def utf8_next(s: str, i: int) -> int:
    """Byte index of the character after the one starting at i."""
    return i + utf8_char_size(ord(s[i]))


def utf8_prev(s: str, i: int) -> int:
    """Byte index of the character before byte index i (i > 0)."""
    i -= 1
    while i > 0 and (ord(s[i]) & 0xC0) == 0x80:
        i -= 1
    return i


def utf8_length(s: str) -> int:
    """Number of code points: every byte that is not a continuation byte."""
    n = 0
    for c in s:
        if (ord(c) & 0xC0) != 0x80:
            n += 1
    return n


def _is_cont(s: str, i: int, lo: int, hi: int) -> bool:
    # byte i exists and lies in [lo, hi]
    if i >= len(s):
        return False
    b = ord(s[i])
    return lo <= b and b <= hi


def utf8_check(s: str, allow_surrogates: bool = True) -> int:
    """-1 if s is valid UTF-8, else the byte index where the first invalid
    (malformed, overlong, truncated or out-of-range) sequence starts."""
    i = 0
    n = len(s)
    while i < n:
        b = ord(s[i])
        if b < 0x80:
            i += 1
            continue
        if 0xC2 <= b and b <= 0xDF:
            if not _is_cont(s, i + 1, 0x80, 0xBF):
                return i
            i += 2
            continue
        if 0xE0 <= b and b <= 0xEF:
            lo = 0xA0 if b == 0xE0 else 0x80           # E0 80..9F would be overlong
            hi = 0x9F if b == 0xED and not allow_surrogates else 0xBF
            if not (_is_cont(s, i + 1, lo, hi) and _is_cont(s, i + 2, 0x80, 0xBF)):
                return i
            i += 3
            continue
        if 0xF0 <= b and b <= 0xF4:
            lo = 0x90 if b == 0xF0 else 0x80           # F0 80..8F would be overlong
            hi = 0x8F if b == 0xF4 else 0xBF           # above U+10FFFF
            if not (_is_cont(s, i + 1, lo, hi) and _is_cont(s, i + 2, 0x80, 0xBF)
                    and _is_cont(s, i + 3, 0x80, 0xBF)):
                return i
            i += 4
            continue
        return i
    return -1


def utf8_index_of(s: str, charindex: int) -> int:
    """Byte index of character number charindex (0 <= charindex <= length;
    charindex == length gives len(s)).  Linear; see Utf8Index for repeated use."""
    if charindex < 0:
        raise IndexError("negative character index")
    i = 0
    while charindex > 0:
        if i >= len(s):
            raise IndexError("character index out of range")
        i = utf8_next(s, i)
        charindex -= 1
    return i


class Utf8Index:
    """Character-to-byte index of one string, built lazily on the first lookup:
    the byte offset of every INDEX_STEP-th character, so a lookup scans at most
    INDEX_STEP characters.  ASCII-only strings need no table at all."""
    s: str
    length: int           # in characters; -1 until built
    marks: list[int]      # marks[k] = byte index of character k * INDEX_STEP

    def __init__(self, s: str) -> None:
        self.s = s
        self.length = -1
        self.marks = []

    def _build(self) -> None:
        s = self.s
        marks = [0]
        count = 0
        i = 0
        while i < len(s):
            i = utf8_next(s, i)
            count += 1
            if count % INDEX_STEP == 0:
                marks.append(i)
        if count == len(s):
            marks = []                  # ASCII: byte index == character index
        self.marks = marks
        self.length = count

    def char_length(self) -> int:
        if self.length < 0:
            self._build()
        return self.length

    def byte_index(self, charindex: int) -> int:
        """Like utf8_index_of(self.s, charindex)."""
        length = self.char_length()
        if charindex < 0 or charindex > length:
            raise IndexError("character index out of range")
        if len(self.marks) == 0:
            return charindex
        k = charindex // INDEX_STEP
        i = self.marks[k]
        left = charindex - k * INDEX_STEP
        while left > 0:
            i = utf8_next(self.s, i)
            left -= 1
        return i

    def codepoint_at(self, charindex: int) -> int:
        """Code point of character number charindex (< char_length())."""
        if charindex >= self.char_length():
            raise IndexError("character index out of range")
        return utf8_codepoint_at(self.s, self.byte_index(charindex))
