"""2.7's marshal format (version 2, the one of .pyc files) for code objects
and their constants: ``dumps_code(code) -> str`` and ``loads_code(data)``.

Byte layout (integers little-endian):

* ``N`` None, ``T``/``F`` True/False, ``.`` Ellipsis;
* ``i`` + 4-byte int when the value fits 32 bits, else ``I`` + 8 bytes;
* ``l`` + 4-byte signed count n of 15-bit digits (negative for a negative
  long) + n 2-byte digits, least significant first;
* ``g`` + 8-byte IEEE double, ``y`` + two of them (real, imag);
* ``s`` + 4-byte length + bytes; ``u`` the same with UTF-8 text (a
  surrogate pair joined into one 4-byte sequence, as 2.7's encoder does);
* ``t`` an interned string, added to a table on first write; later writes
  of an equal interned string are ``R`` + 4-byte index into that table;
* ``(`` + 4-byte count + items;
* ``c`` code: argcount, nlocals, stacksize, flags (4 bytes each), then
  code, consts, names, varnames, freevars, cellvars, filename, name,
  firstlineno (4 bytes), lnotab.

Which strings 2.7 interns: identifiers (names, varnames, freevars,
cellvars, the code's name except ``<genexpr>``), string constants made
only of ``[A-Za-z0-9_]`` (the empty string included), and one-character
strings 2.7 shares (``ConstStr.shared``: a literal without escapes, a
subscript result); the filename, the bytecode and co_lnotab are plain
strings unless empty or one character long.
"""
from pypy27.interpreter.astcompiler import bigint
from pypy27.interpreter.astcompiler.pycode import (
    CodeObj, Const, ConstBool, ConstCode, ConstComplex, ConstEllipsis,
    ConstFloat, ConstInt, ConstLong, ConstNone, ConstStr, ConstTuple,
    ConstUnicode)
from pypy27.support import rawmem


class MarshalError(Exception):
    msg: str

    def __init__(self, msg: str) -> None:
        self.msg = msg


def double_to_bits(x: float) -> int:
    buf = rawmem.raw_alloc(8)
    try:
        rawmem.raw_store_f64(buf, 0, x)
        return rawmem.raw_load_i64(buf, 0)
    finally:
        rawmem.raw_free(buf)


def bits_to_double(bits: int) -> float:
    buf = rawmem.raw_alloc(8)
    try:
        rawmem.raw_store_i64(buf, 0, bits)
        return rawmem.raw_load_f64(buf, 0)
    finally:
        rawmem.raw_free(buf)


def _name_chars(s: str) -> bool:
    for ch in s:
        if not (("a" <= ch <= "z") or ("A" <= ch <= "Z") or ("0" <= ch <= "9")
                or ch == "_"):
            return False
    return True


UNINTERNED_NAMES = {"<genexpr>": True, "<setcomp>": True, "<dictcomp>": True}


def interned_constant(s: str) -> bool:
    """Whether 2.7 interns this string constant of co_consts."""
    return _name_chars(s)


def join_surrogates(s: str) -> str:
    """2.7's UTF-8 encoder writes a high surrogate followed by a low one as
    the 4-byte form of the code point they stand for."""
    if s.find("\xed") < 0:
        return s
    out: list[str] = []
    i = 0
    n = len(s)
    while i < n:
        if (i + 6 <= n and ord(s[i]) == 0xED and 0xA0 <= ord(s[i + 1]) <= 0xAF
                and ord(s[i + 3]) == 0xED and 0xB0 <= ord(s[i + 4]) <= 0xBF):
            hi = 0xD000 | ((ord(s[i + 1]) & 0x3F) << 6) | (ord(s[i + 2]) & 0x3F)
            lo = 0xD000 | ((ord(s[i + 4]) & 0x3F) << 6) | (ord(s[i + 5]) & 0x3F)
            cp = 0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
            out.append(chr(0xF0 | (cp >> 18)) + chr(0x80 | ((cp >> 12) & 0x3F))
                       + chr(0x80 | ((cp >> 6) & 0x3F)) + chr(0x80 | (cp & 0x3F)))
            i += 6
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


class Writer(object):
    out: list[str]
    strings: dict[str, int]

    def __init__(self) -> None:
        self.out = []
        self.strings = {}

    def byte(self, c: str) -> None:
        self.out.append(c)

    def int32(self, x: int) -> None:
        self.out.append(chr(x & 0xFF) + chr((x >> 8) & 0xFF)
                        + chr((x >> 16) & 0xFF) + chr((x >> 24) & 0xFF))

    def int64(self, x: int) -> None:
        self.int32(x & 0xFFFFFFFF)
        self.int32((x >> 32) & 0xFFFFFFFF)

    def double(self, x: float) -> None:
        self.int64(double_to_bits(x))

    def string(self, s: str, interned: bool) -> None:
        if interned:
            index = self.strings.get(s, -1)
            if index >= 0:
                self.byte("R")
                self.int32(index)
                return
            self.strings[s] = len(self.strings)
            self.byte("t")
        else:
            self.byte("s")
        self.int32(len(s))
        self.out.append(s)

    def plain_string(self, s: str) -> None:
        """A string 2.7 creates afresh: interned only if empty or one
        character (2.7 shares and interns those)."""
        self.string(s, len(s) <= 1)

    def name_tuple(self, names: list[str]) -> None:
        self.byte("(")
        self.int32(len(names))
        for n in names:
            self.string(n, True)

    def long(self, text: str) -> None:
        big = bigint.from_text(text)
        digits15: list[int] = []
        for d in big.digits:
            digits15.append(d & 0x7FFF)
            digits15.append(d >> 15)
        while digits15 and digits15[len(digits15) - 1] == 0:
            digits15.pop()
        self.byte("l")
        self.int32(-len(digits15) if big.sign < 0 else len(digits15))
        for d in digits15:
            self.out.append(chr(d & 0xFF) + chr(d >> 8))

    def const(self, c: Const) -> None:
        if isinstance(c, ConstNone):
            self.byte("N")
        elif isinstance(c, ConstBool):
            self.byte("T" if c.value else "F")
        elif isinstance(c, ConstEllipsis):
            self.byte(".")
        elif isinstance(c, ConstInt):
            v = c.value
            if -0x80000000 <= v <= 0x7FFFFFFF:
                self.byte("i")
                self.int32(v)
            else:
                self.byte("I")
                self.int64(v)
        elif isinstance(c, ConstLong):
            self.long(c.text)
        elif isinstance(c, ConstFloat):
            self.byte("g")
            self.double(c.value)
        elif isinstance(c, ConstComplex):
            self.byte("y")
            self.double(c.real)
            self.double(c.imag)
        elif isinstance(c, ConstStr):
            self.string(c.value, interned_constant(c.value)
                        or (c.shared and len(c.value) <= 1))
        elif isinstance(c, ConstUnicode):
            text = join_surrogates(c.utf8)
            self.byte("u")
            self.int32(len(text))
            self.out.append(text)
        elif isinstance(c, ConstTuple):
            self.byte("(")
            self.int32(len(c.items))
            for item in c.items:
                self.const(item)
        elif isinstance(c, ConstCode):
            self.code(c.code)
        else:
            raise MarshalError("unmarshallable constant")

    def code(self, code: CodeObj) -> None:
        self.byte("c")
        self.int32(code.co_argcount)
        self.int32(code.co_nlocals)
        self.int32(code.co_stacksize)
        self.int32(code.co_flags)
        self.plain_string(code.co_code)
        self.byte("(")
        self.int32(len(code.co_consts))
        for c in code.co_consts:
            self.const(c)
        self.name_tuple(code.co_names)
        self.name_tuple(code.co_varnames)
        self.name_tuple(code.co_freevars)
        self.name_tuple(code.co_cellvars)
        self.plain_string(code.co_filename)
        # 2.7 interns identifiers and "<module>", "<lambda>", not "<genexpr>"
        self.string(code.co_name, code.co_name not in UNINTERNED_NAMES)
        self.int32(code.co_firstlineno)
        self.plain_string(code.co_lnotab)


def dumps_code(code: CodeObj) -> str:
    """marshal.dumps(code) as 2.7 writes it (version 2)."""
    w = Writer()
    w.code(code)
    return "".join(w.out)


# ---- reading -------------------------------------------------------------------

class Reader(object):
    data: str
    pos: int
    strings: list[str]

    def __init__(self, data: str, pos: int) -> None:
        self.data = data
        self.pos = pos
        self.strings = []

    def byte(self) -> str:
        if self.pos >= len(self.data):
            raise MarshalError("EOF read where object expected")
        c = self.data[self.pos]
        self.pos += 1
        return c

    def raw(self, n: int) -> str:
        if n < 0 or self.pos + n > len(self.data):
            raise MarshalError("marshal data too short")
        s = self.data[self.pos:self.pos + n]
        self.pos += n
        return s

    def uint32(self) -> int:
        s = self.raw(4)
        return (ord(s[0]) | (ord(s[1]) << 8) | (ord(s[2]) << 16)
                | (ord(s[3]) << 24))

    def int32(self) -> int:
        x = self.uint32()
        return x - 0x100000000 if x >= 0x80000000 else x

    def int64(self) -> int:
        lo = self.uint32()
        hi = self.int32()
        return (hi << 32) | lo

    def double(self) -> float:
        return bits_to_double(self.int64())

    def string_body(self) -> str:
        return self.raw(self.int32())

    def long(self) -> ConstLong:
        n = self.int32()
        count = -n if n < 0 else n
        value = bigint.from_int(0)
        base = bigint.from_int(1)
        for k in range(count):
            s = self.raw(2)
            d = ord(s[0]) | (ord(s[1]) << 8)
            value = bigint.add(value, bigint.mul(base, bigint.from_int(d)))
            base = bigint.mul(base, bigint.from_int(0x8000))
        if n < 0:
            value = bigint.neg(value)
        return ConstLong(bigint.to_text(value))

    def str_object(self) -> str:
        """A string: s, t or R."""
        t = self.byte()
        if t == "s":
            return self.string_body()
        if t == "t":
            s = self.string_body()
            self.strings.append(s)
            return s
        if t == "R":
            index = self.int32()
            if index < 0 or index >= len(self.strings):
                raise MarshalError("bad marshal data (string ref out of range)")
            return self.strings[index]
        raise MarshalError("bad marshal data (string expected)")

    def name_tuple(self) -> list[str]:
        if self.byte() != "(":
            raise MarshalError("bad marshal data (tuple expected)")
        n = self.int32()
        names: list[str] = []
        for k in range(n):
            names.append(self.str_object())
        return names

    def const(self) -> Const:
        t = self.byte()
        if t == "N":
            return ConstNone()
        if t == "T":
            return ConstBool(True)
        if t == "F":
            return ConstBool(False)
        if t == ".":
            return ConstEllipsis()
        if t == "i":
            return ConstInt(self.int32())
        if t == "I":
            return ConstInt(self.int64())
        if t == "l":
            return self.long()
        if t == "g":
            return ConstFloat(self.double())
        if t == "y":
            real = self.double()
            return ConstComplex(real, self.double())
        if t == "s" or t == "t" or t == "R":
            self.pos -= 1
            return ConstStr(self.str_object(), t != "s")
        if t == "u":
            return ConstUnicode(self.string_body())
        if t == "(":
            n = self.int32()
            items: list[Const] = []
            for k in range(n):
                items.append(self.const())
            return ConstTuple(items)
        if t == "c":
            return ConstCode(self.code_body())
        raise MarshalError("bad marshal data (unknown type code)")

    def code_body(self) -> CodeObj:
        argcount = self.int32()
        nlocals = self.int32()
        stacksize = self.int32()
        flags = self.int32()
        code = self.str_object()
        consts_obj = self.const()
        if not isinstance(consts_obj, ConstTuple):
            raise MarshalError("bad marshal data (consts)")
        names = self.name_tuple()
        varnames = self.name_tuple()
        freevars = self.name_tuple()
        cellvars = self.name_tuple()
        filename = self.str_object()
        name = self.str_object()
        firstlineno = self.int32()
        lnotab = self.str_object()
        return CodeObj(argcount, nlocals, stacksize, flags, code,
                       consts_obj.items, names, varnames, freevars, cellvars,
                       filename, name, firstlineno, lnotab)


def loads_code(data: str) -> CodeObj:
    """The code object marshalled in data (MarshalError if malformed)."""
    r = Reader(data, 0)
    if r.byte() != "c":
        raise MarshalError("bad marshal data (code object expected)")
    return r.code_body()
