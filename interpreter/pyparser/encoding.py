"""Source encodings (PEP 263): BOM, coding declarations, the ASCII default.

The tokenizer works on the raw bytes.  Plain string literals keep the source
bytes (as 2.7 does after its round trip through UTF-8), and unicode literals
are decoded with the encoding found here.  Only encodings whose byte-to-code-
point mapping we know are accepted: utf-8, latin-1 and ascii.
"""
from typing import Optional

from pypy27.interpreter.pyparser.error import SyntaxErr
from pypy27.interpreter.pyparser import consts

UTF8_BOM = "\xef\xbb\xbf"

ENC_UTF8 = "utf-8"
ENC_LATIN1 = "iso-8859-1"
ENC_ASCII = "ascii"

# codec aliases (lower case, '_' turned into '-') of the encodings we decode
KNOWN_ALIASES = {
    "utf-8": ENC_UTF8, "utf8": ENC_UTF8, "u8": ENC_UTF8, "utf": ENC_UTF8,
    "iso-8859-1": ENC_LATIN1, "iso8859-1": ENC_LATIN1, "latin-1": ENC_LATIN1,
    "latin1": ENC_LATIN1, "latin": ENC_LATIN1, "l1": ENC_LATIN1,
    "8859": ENC_LATIN1, "cp819": ENC_LATIN1, "iso-ir-100": ENC_LATIN1,
    "ascii": ENC_ASCII, "us-ascii": ENC_ASCII, "646": ENC_ASCII,
    "us": ENC_ASCII, "ansi-x3.4-1968": ENC_ASCII,
}


def _is_name_char(c: str) -> bool:
    return c.isalnum() or c == "-" or c == "_" or c == "."


def coding_spec_in_line(source: str, start: int, end: int) -> Optional[str]:
    """The encoding named by a '# ... coding[:=] name' comment in
    source[start:end], or None.  Only comment lines count."""
    i = start
    while i < end:
        c = source[i]
        if c == "#":
            break
        if c != " " and c != "\t" and c != "\x0c":
            return None
        i += 1
    if i >= end:
        return None
    pos = source.find("coding", i)
    while 0 <= pos and pos + 6 < end:
        j = pos + 6
        if source[j] == ":" or source[j] == "=":
            j += 1
            while j < end and (source[j] == " " or source[j] == "\t"):
                j += 1
            k = j
            while k < end and _is_name_char(source[k]):
                k += 1
            if k > j:
                return source[j:k]
        pos = source.find("coding", pos + 6)
    return None


def normal_name(name: str) -> str:
    """2.7's short-cuts for the usual spellings of utf-8 and latin-1."""
    low = name.lower().replace("_", "-")
    if low == "utf-8" or low.startswith("utf-8-"):
        return "utf-8"
    for latin in ("latin-1", "iso-8859-1", "iso-latin-1"):
        if low == latin or low.startswith(latin + "-"):
            return "iso-8859-1"
    return name


def _blank_or_comment(source: str, start: int, end: int) -> bool:
    for i in range(start, end):
        c = source[i]
        if c == "#":
            return True
        if c != " " and c != "\t" and c != "\x0c" and c != "\n" and c != "\r":
            return False
    return True


def _line_end(source: str, start: int) -> int:
    end = source.find("\n", start)
    if end < 0:
        return len(source)
    return end + 1


def detect_encoding(source: str, filename: str, flags: int) -> tuple[str, str]:
    """Returns (source without BOM, encoding); raises SyntaxErr like 2.7."""
    bom = source.startswith(UTF8_BOM)
    if bom:
        source = source[3:]
    end1 = _line_end(source, 0)
    spec = coding_spec_in_line(source, 0, end1)
    if spec is None and _blank_or_comment(source, 0, end1):
        # a code line ends the search for a declaration
        spec = coding_spec_in_line(source, end1, _line_end(source, end1))
    if spec is not None:
        if flags & consts.PyCF_SOURCE_IS_UTF8:
            raise SyntaxErr("encoding declaration in Unicode string", filename,
                            0, 0, None)
        name = normal_name(spec)
        if bom and name != "utf-8":
            raise SyntaxErr("encoding problem: %s with BOM" % name, filename,
                            0, 0, None)
        enc = KNOWN_ALIASES.get(name.lower().replace("_", "-"), "")
        if enc == "":
            raise SyntaxErr("unknown encoding: %s" % spec, filename, 0, 0, None)
        return source, enc
    if bom or flags & consts.PyCF_SOURCE_IS_UTF8:
        return source, ENC_UTF8
    if flags & consts.PyCF_SOURCE_IS_FILE:
        check_ascii(source, filename)
    return source, ""


def check_ascii(source: str, filename: str) -> None:
    """2.7 refuses non-ASCII bytes in a file without a declaration."""
    lineno = 1
    for i in range(len(source)):
        c = source[i]
        if c == "\n":
            lineno += 1
        elif ord(c) >= 128:
            msg = ("Non-ASCII character '\\x%02x' in file %s on line %d, but no "
                   "encoding declared; see http://python.org/dev/peps/pep-0263/"
                   " for details" % (ord(c), filename, lineno))
            raise SyntaxErr(msg, filename, lineno, -1, None)
