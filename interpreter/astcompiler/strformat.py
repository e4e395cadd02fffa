"""2.7's ``fmt % args`` on compile-time constants, for constant folding.

``percent_format(fmt, arg)`` returns the result as a constant, or None
where 2.7 would raise (then nothing is folded, as in 2.7).  The format is a
``str`` or a ``unicode`` (UTF-8 text); ``arg`` is one constant, or a
``ConstTuple`` of them (a tuple is the argument list, like 2.7).

Rules followed (2.7's stringobject.c / unicodeobject.c behaviour):

* spec: ``%`` [``(key)``] flags (``-+ #0``) [width or ``*``] [``.`` precision
  or ``*``] [``h l L``] conversion; a mapping key needs a dict: error;
* ``s`` str(), ``r`` repr(), ``c`` one character, ``d i u`` decimal,
  ``o x X`` octal/hex (a negative number keeps its sign, ``#`` adds ``0``
  / ``0x``), ``e E f F g G`` floats (``floatformat.py``), ``%%``;
* numbers: an int format takes int, long or float (truncated); a float
  format takes int, long or float; strings, complex and None are errors;
* padding: ``0`` pads numbers with zeros after sign and ``0x`` prefix (inf
  too), never strings; ``-`` pads on the right with spaces;
* a unicode argument of ``%s`` or ``%c`` in a str format makes the result
  unicode: the format is then decoded as ASCII (error otherwise), as are
  str arguments in a unicode format;
* too few or too many arguments is an error; 2.7's single non-tuple
  argument must be consumed exactly once.
"""
from typing import Optional

from pypy27.interpreter.astcompiler import bigint
from pypy27.interpreter.astcompiler.floatformat import (
    format_complex, format_float, is_finite, repr_float, str_float)
from pypy27.interpreter.astcompiler.misc import CannotFold
from pypy27.interpreter.astcompiler.pycode import (
    Const, ConstBool, ConstComplex, ConstFloat, ConstInt, ConstLong,
    ConstStr, ConstTuple, ConstUnicode)

F_LJUST = 1
F_SIGN = 2
F_BLANK = 4
F_ALT = 8
F_ZERO = 16

MAX_UNICODE = 0x10FFFF


class SwitchToUnicode(Exception):
    """A str format met a unicode argument: start again in unicode mode."""


def _is_ascii(s: str) -> bool:
    for ch in s:
        if ord(ch) >= 128:
            return False
    return True


def utf8_encode(cp: int) -> str:
    if cp < 0x80:
        return chr(cp)
    if cp < 0x800:
        return chr(0xC0 | (cp >> 6)) + chr(0x80 | (cp & 0x3F))
    if cp < 0x10000:
        return (chr(0xE0 | (cp >> 12)) + chr(0x80 | ((cp >> 6) & 0x3F))
                + chr(0x80 | (cp & 0x3F)))
    return (chr(0xF0 | (cp >> 18)) + chr(0x80 | ((cp >> 12) & 0x3F))
            + chr(0x80 | ((cp >> 6) & 0x3F)) + chr(0x80 | (cp & 0x3F)))


def _char_length(s: str, unicode_mode: bool) -> int:
    if not unicode_mode:
        return len(s)
    n = 0
    for ch in s:
        if ord(ch) & 0xC0 != 0x80:
            n += 1
    return n


def _char_prefix(s: str, count: int, unicode_mode: bool) -> str:
    """The first count characters of s."""
    if not unicode_mode:
        return s[:count]
    n = 0
    for i in range(len(s)):
        if ord(s[i]) & 0xC0 != 0x80:
            if n == count:
                return s[:i]
            n += 1
    return s


def _single_char(s: str) -> bool:
    """Whether the UTF-8 text s is one code point."""
    return len(s) > 0 and _char_length(s, True) == 1


# ---- numbers as text ---------------------------------------------------------

def _int_text(c: Const) -> str:
    """The decimal text of an integral constant (CannotFold otherwise)."""
    if isinstance(c, ConstInt):
        return str(c.value)
    if isinstance(c, ConstBool):
        return "1" if c.value else "0"
    if isinstance(c, ConstLong):
        return c.text
    if isinstance(c, ConstFloat):
        x = c.value
        if not is_finite(x):
            raise CannotFold    # OverflowError / ValueError in 2.7
        # int(x), truncated toward zero; beyond 2**53 every float is integral
        if -9007199254740992.0 < x < 9007199254740992.0:
            return str(int(x))
        return format_float(x, "f", 0, False)
    raise CannotFold


def _as_float(c: Const) -> float:
    if isinstance(c, ConstFloat):
        return c.value
    if isinstance(c, ConstInt):
        if -(1 << 53) <= c.value <= (1 << 53):
            return float(c.value)
        return float(str(c.value))
    if isinstance(c, ConstBool):
        return 1.0 if c.value else 0.0
    if isinstance(c, ConstLong):
        f = float(c.text)
        if not is_finite(f):
            raise CannotFold    # OverflowError in 2.7
        return f
    raise CannotFold


def _radix_digits(text: str, radix: int, upper: bool) -> str:
    """Digits of the non-negative decimal text in base 8 or 16."""
    if text == "0":
        return "0"
    big = bigint.from_text(text)
    shift = 3 if radix == 8 else 4
    mask = radix - 1
    table = "0123456789ABCDEF" if upper else "0123456789abcdef"
    out: list[str] = []
    while not big.is_zero():
        low = big.digits[0] & mask
        out.append(table[low])
        shifted = bigint.rshift(big, shift)
        assert shifted is not None
        big = shifted
    out.reverse()
    return "".join(out)


def format_integer(c: Const, conv: str, flags: int, prec: int) -> str:
    """The sign, prefix and digits of an integer conversion (d i u o x X)."""
    text = _int_text(c)
    sign = ""
    if text.startswith("-"):
        sign = "-"
        text = text[1:]
    prefix = ""
    if conv == "o":
        digits = _radix_digits(text, 8, False)
    elif conv == "x" or conv == "X":
        digits = _radix_digits(text, 16, conv == "X")
        if flags & F_ALT:
            prefix = "0" + conv
    else:
        digits = text
    if prec > len(digits):
        digits = "0" * (prec - len(digits)) + digits
    if conv == "o" and flags & F_ALT and not digits.startswith("0"):
        digits = "0" + digits
    return sign + prefix + digits


# ---- the formatter -----------------------------------------------------------

class Formatter(object):
    fmt: str
    args: list[Const]
    is_tuple: bool
    argidx: int
    unicode_mode: bool
    out: list[str]

    def __init__(self, fmt: str, arg: Const, unicode_mode: bool) -> None:
        self.fmt = fmt
        if isinstance(arg, ConstTuple):
            self.args = arg.items
            self.is_tuple = True
        else:
            self.args = [arg]
            self.is_tuple = False
        self.argidx = 0
        self.unicode_mode = unicode_mode
        self.out = []

    def next_arg(self) -> Const:
        if self.argidx >= len(self.args):
            raise CannotFold    # not enough arguments for format string
        a = self.args[self.argidx]
        self.argidx += 1
        return a

    def next_int(self) -> int:
        """A '*' width or precision."""
        a = self.next_arg()
        if not isinstance(a, ConstInt):
            raise CannotFold    # * wants int
        return a.value

    def text_of(self, a: Const, conv: str) -> str:
        """str() or repr() of an argument, in the current mode's encoding."""
        if conv == "r":
            if isinstance(a, ConstFloat):
                return repr_float(a.value)
            if isinstance(a, ConstComplex):
                return format_complex(a.real, a.imag, False)
            return a.repr27()
        if isinstance(a, ConstUnicode):
            if not self.unicode_mode:
                raise SwitchToUnicode()
            return a.utf8
        if isinstance(a, ConstStr):
            if self.unicode_mode and not _is_ascii(a.value):
                raise CannotFold    # UnicodeDecodeError
            return a.value
        if isinstance(a, ConstFloat):
            return str_float(a.value)
        if isinstance(a, ConstComplex):
            return format_complex(a.real, a.imag, True)
        if isinstance(a, ConstLong):
            return a.text
        if isinstance(a, ConstBool):
            return "True" if a.value else "False"
        return a.repr27()   # int, None, tuple

    def char_of(self, a: Const) -> str:
        if isinstance(a, ConstUnicode):
            if not self.unicode_mode:
                raise SwitchToUnicode()
            if not _single_char(a.utf8):
                raise CannotFold
            return a.utf8
        if isinstance(a, ConstStr):
            if len(a.value) != 1:
                raise CannotFold
            if self.unicode_mode and not _is_ascii(a.value):
                raise CannotFold
            return a.value
        if isinstance(a, ConstInt) or isinstance(a, ConstLong) or isinstance(a, ConstBool):
            text = _int_text(a)
            if len(text) > 8:
                raise CannotFold
            n = int(text)
            if self.unicode_mode:
                if n < 0 or n > MAX_UNICODE:
                    raise CannotFold
                return utf8_encode(n)
            if n < 0 or n > 255:
                raise CannotFold
            return chr(n)
        raise CannotFold

    def run(self) -> str:
        fmt = self.fmt
        n = len(fmt)
        i = 0
        while i < n:
            j = fmt.find("%", i)
            if j < 0:
                self.out.append(fmt[i:])
                break
            self.out.append(fmt[i:j])
            i = self.spec(j + 1)
        if self.argidx < len(self.args):
            raise CannotFold    # not all arguments converted
        return "".join(self.out)

    def spec(self, i: int) -> int:
        """Format one spec starting after its '%'; returns the index after it."""
        fmt = self.fmt
        n = len(fmt)
        if i < n and fmt[i] == "(":
            raise CannotFold    # format requires a mapping
        flags = 0
        while i < n:
            ch = fmt[i]
            if ch == "-":
                flags |= F_LJUST
            elif ch == "+":
                flags |= F_SIGN
            elif ch == " ":
                flags |= F_BLANK
            elif ch == "#":
                flags |= F_ALT
            elif ch == "0":
                flags |= F_ZERO
            else:
                break
            i += 1
        width = -1
        if i < n and fmt[i] == "*":
            width = self.next_int()
            if width < 0:
                flags |= F_LJUST
                width = -width
            i += 1
        else:
            while i < n and "0" <= fmt[i] <= "9":
                width = (0 if width < 0 else width) * 10 + ord(fmt[i]) - 48
                if width > 100000:
                    raise CannotFold
                i += 1
        prec = -1
        if i < n and fmt[i] == ".":
            i += 1
            prec = 0
            if i < n and fmt[i] == "*":
                prec = self.next_int()
                if prec < 0:
                    prec = 0
                i += 1
            else:
                while i < n and "0" <= fmt[i] <= "9":
                    prec = prec * 10 + ord(fmt[i]) - 48
                    if prec > 100000:
                        raise CannotFold
                    i += 1
        while i < n and (fmt[i] == "h" or fmt[i] == "l" or fmt[i] == "L"):
            i += 1
        if i >= n:
            raise CannotFold    # incomplete format
        conv = fmt[i]
        i += 1
        self.convert(conv, flags, width, prec)
        return i

    def convert(self, conv: str, flags: int, width: int, prec: int) -> None:
        numeric = False
        if conv == "%":
            body = "%"
        elif conv == "s" or conv == "r":
            body = self.text_of(self.next_arg(), conv)
            if prec >= 0:
                body = _char_prefix(body, prec, self.unicode_mode)
        elif conv == "c":
            body = self.char_of(self.next_arg())
        elif conv == "d" or conv == "i" or conv == "u" or conv == "o" \
                or conv == "x" or conv == "X":
            a = self.next_arg()
            if not _is_number(a):
                raise CannotFold    # a number is required
            body = format_integer(a, conv, flags, prec if prec >= 0 else 1)
            numeric = True
        elif conv == "e" or conv == "E" or conv == "f" or conv == "F" \
                or conv == "g" or conv == "G":
            a = self.next_arg()
            if not _is_number(a):
                raise CannotFold    # float argument required
            body = format_float(_as_float(a), conv, prec if prec >= 0 else 6,
                                (flags & F_ALT) != 0)
            numeric = True
        else:
            raise CannotFold    # unsupported format character
        self.pad(body, conv, flags, width, numeric)

    def pad(self, body: str, conv: str, flags: int, width: int, numeric: bool) -> None:
        fill = "0" if numeric and flags & F_ZERO else " "
        sign = ""
        if numeric:
            if body.startswith("-") or body.startswith("+"):
                sign = body[0]
                body = body[1:]
            elif flags & F_SIGN:
                sign = "+"
            elif flags & F_BLANK:
                sign = " "
        prefix = ""
        if numeric and flags & F_ALT and (conv == "x" or conv == "X"):
            prefix = body[:2]
            body = body[2:]
        length = _char_length(body, self.unicode_mode) + len(sign) + len(prefix)
        padding = width - length if width > length else 0
        if flags & F_LJUST:
            self.out.append(sign + prefix + body + " " * padding)
        elif fill == "0":
            self.out.append(sign + prefix + "0" * padding + body)
        else:
            self.out.append(" " * padding + sign + prefix + body)


def _is_number(a: Const) -> bool:
    return (isinstance(a, ConstInt) or isinstance(a, ConstLong)
            or isinstance(a, ConstFloat) or isinstance(a, ConstBool))


def percent_format(fmt: Const, arg: Const) -> Optional[Const]:
    """``fmt % arg`` as 2.7 computes it, or None where 2.7 raises."""
    try:
        if isinstance(fmt, ConstStr):
            try:
                return ConstStr(Formatter(fmt.value, arg, False).run())
            except SwitchToUnicode:
                if not _is_ascii(fmt.value):
                    return None     # UnicodeDecodeError
                return ConstUnicode(Formatter(fmt.value, arg, True).run())
        if isinstance(fmt, ConstUnicode):
            return ConstUnicode(Formatter(fmt.utf8, arg, True).run())
    except CannotFold:
        return None
    except SwitchToUnicode:
        return None
    return None
