"""2.7's `fmt % values` for str and unicode formats.

A str format that meets a unicode argument for %s or %c starts again as a
unicode format (the format is decoded with ascii), like 2.7. In unicode mode
the format and the output are UTF-8; widths and precisions count code points.
"""
from typing import TYPE_CHECKING, Optional

from pypy27.interpreter.astcompiler.floatformat import format_float
from pypy27.interpreter.baseobjspace import W_Root
from pypy27.interpreter.error import OperationError
from pypy27.interpreter.objspace.tupleobject import W_TupleObject
from pypy27.support.utf8 import utf8_encode_codepoint, utf8_length, utf8_index_of, utf8_codepoint_at

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace

F_LJUST = 1
F_SIGN = 2
F_BLANK = 4
F_ALT = 8
F_ZERO = 16

MIN_INT = -(1 << 63)
MAX_STR = 1 << 48           # the runtime refuses longer strings (not an app-level error)


def _is_digit(c: str) -> bool:
    """By code: an ordering comparison of strs is a call to memcmp."""
    o = ord(c)
    return o >= 48 and o <= 57


class SwitchToUnicode(Exception):
    """A str format met a unicode argument: start again in unicode mode."""


class Formatter(object):
    fmt: str
    unicode_mode: bool
    w_values: W_Root
    args_w: list[W_Root]
    arglen: int                 # -1 when the values are a single object
    argidx: int
    w_dict: Optional[W_Root]
    out: list[str]

    def __init__(self, space: "ObjSpace", fmt: str, w_values: W_Root, unicode_mode: bool) -> None:
        self.fmt = fmt
        self.unicode_mode = unicode_mode
        self.w_values = w_values
        self.out = []
        self.w_dict = None
        if type(w_values) is W_TupleObject and w_values.w_class is None:
            self.args_w = w_values.wrappeditems     # only read: no copy
            self.arglen = len(self.args_w)
            self.argidx = 0
        elif space.isinstance_w(w_values, space.w_tuple):
            self.args_w = space.fixedview(w_values, -1)
            self.arglen = len(self.args_w)
            self.argidx = 0
        else:
            self.args_w = []
            self.arglen = -1
            self.argidx = -2
            if not space.isinstance_w(w_values, space.w_basestring) \
                    and space.lookup(w_values, "__getitem__") is not None:
                self.w_dict = w_values

    def next_arg(self, space: "ObjSpace") -> W_Root:
        if self.argidx < self.arglen:
            i = self.argidx
            self.argidx += 1
            if self.arglen < 0:
                return self.w_values
            return self.args_w[i]
        raise space.type_error("not enough arguments for format string")

    def star_arg(self, space: "ObjSpace", c_int: bool) -> int:
        w_a = self.next_arg(space)
        if not space.isinstance_w(w_a, space.w_int):
            raise space.type_error("* wants int")
        v = space.int_w(w_a)
        if c_int and (v > 2147483647 or v < -2147483648):
            # 2.7 reads a '*' precision as a C int
            raise space.error(space.w_OverflowError, "Python int too large to convert to C int")
        return v

    def run(self, space: "ObjSpace") -> str:
        fmt = self.fmt
        n = len(fmt)
        i = 0
        while i < n:
            j = fmt.find("%", i)
            if j < 0:
                self.out.append(fmt[i:])
                break
            self.out.append(fmt[i:j])
            i = self.spec(space, j + 1)
        if self.argidx < self.arglen and self.w_dict is None:
            raise space.type_error("not all arguments converted during string formatting")
        return "".join(self.out)

    def spec(self, space: "ObjSpace", i: int) -> int:
        """Format one spec starting after its '%'; returns the index after it."""
        fmt = self.fmt
        n = len(fmt)
        w_arg_override: Optional[W_Root] = None
        if i < n and fmt[i] == "(":
            w_dict = self.w_dict
            if w_dict is None:
                raise space.type_error("format requires a mapping")
            depth = 1
            i += 1
            keystart = i
            while i < n and depth > 0:
                if fmt[i] == ")":
                    depth -= 1
                elif fmt[i] == "(":
                    depth += 1
                i += 1
            if depth > 0:
                raise space.value_error("incomplete format key")
            key = fmt[keystart:i - 1]
            if self.unicode_mode:
                w_key = space.newunicode(key)
            else:
                w_key = space.newstr(key)
            w_arg_override = space.getitem(w_dict, w_key)
            self.arglen = -1
            self.argidx = -2
            self.w_values = w_arg_override
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
            width = self.star_arg(space, False)
            if width < 0:
                flags |= F_LJUST
                width = -width
            if width > 4294967296:      # 2.7 fails to allocate the padding
                raise OperationError(space.w_MemoryError, space.w_None)
            i += 1
        else:
            while i < n and _is_digit(fmt[i]):
                width = (0 if width < 0 else width) * 10 + ord(fmt[i]) - 48
                if width > 2147483647:
                    raise space.value_error("width too big")
                i += 1
        prec = -1
        if i < n and fmt[i] == ".":
            i += 1
            prec = 0
            if i < n and fmt[i] == "*":
                prec = self.star_arg(space, True)
                if prec < 0:
                    prec = 0
                i += 1
            else:
                while i < n and _is_digit(fmt[i]):
                    prec = prec * 10 + ord(fmt[i]) - 48
                    if prec > 2147483647:
                        raise space.value_error("prec too big")
                    i += 1
        while i < n and (fmt[i] == "h" or fmt[i] == "l" or fmt[i] == "L"):
            i += 1
        if i >= n:
            raise space.value_error("incomplete format")
        conv = fmt[i]
        if self.unicode_mode and ord(conv) >= 128:
            cp = utf8_codepoint_at(fmt, i)
            raise space.value_error("unsupported format character '?' (0x%x) at index %d"
                                    % (cp, utf8_length(fmt[:i])))
        self.convert(space, conv, flags, width, prec, i)
        return i + 1

    def convert(self, space: "ObjSpace", conv: str, flags: int, width: int, prec: int, pos: int) -> None:
        numeric = False
        if conv == "%":
            body = "%"
        elif conv == "s" or conv == "r":
            body = self.text_of(space, self.next_arg(space), conv)
            if prec >= 0:
                body = self.char_prefix(body, prec)
        elif conv == "c":
            body = self.char_of(space, self.next_arg(space))
        elif conv == "d" or conv == "i" or conv == "u" or conv == "o" \
                or conv == "x" or conv == "X":
            body = format_integer(space, self.next_arg(space), conv, flags, prec if prec >= 0 else 1)
            numeric = True
        elif conv == "e" or conv == "E" or conv == "f" or conv == "F" \
                or conv == "g" or conv == "G":
            x = float_arg(space, self.next_arg(space), self.unicode_mode)
            body = format_float(x, conv, prec if prec >= 0 else 6, (flags & F_ALT) != 0)
            numeric = True
        else:
            o = ord(conv)
            if self.unicode_mode:
                index = utf8_length(self.fmt[:pos])
                shown = conv if o >= 32 and o < 127 else "?"
                raise space.value_error("unsupported format character '%s' (0x%x) at index %d"
                                        % (shown, o, index))
            code = o if o < 128 else o + 0xffffff00
            raise space.value_error("unsupported format character '%s' (0x%x) at index %d"
                                    % (conv, code, pos))
        self.pad(space, body, conv, flags, width, numeric)

    def char_prefix(self, s: str, count: int) -> str:
        if not self.unicode_mode:
            return s[:count]
        if count >= len(s):
            return s
        try:
            return s[:utf8_index_of(s, count)]
        except IndexError:
            return s

    def text_of(self, space: "ObjSpace", w_arg: W_Root, conv: str) -> str:
        from pypy27.interpreter.objspace.bytesobject import W_BytesObject
        from pypy27.interpreter.objspace.intobject import W_IntObject
        from pypy27.interpreter.objspace.unicodeobject import (
            W_UnicodeObject, decode_ascii, unicode_of)
        if conv == "r":
            w_r = space.repr(w_arg)
            if isinstance(w_r, W_BytesObject):
                s = w_r.value
            else:
                s = space.str_w(w_r)
            if self.unicode_mode:
                return decode_ascii(space, s, "strict").utf8
            return s
        if self.unicode_mode:
            return unicode_of(space, w_arg).utf8
        if isinstance(w_arg, W_UnicodeObject):
            raise SwitchToUnicode()
        if isinstance(w_arg, W_BytesObject) and w_arg.is_exact():
            return w_arg.value
        if type(w_arg) is W_IntObject:
            assert isinstance(w_arg, W_IntObject)
            return str(w_arg.intval)        # int's __str__ cannot be replaced
        # _PyObject_Str: a unicode result of __str__ makes the result unicode
        w_meth = space.lookup(w_arg, "__str__")
        if w_meth is not None:
            w_s = space.call_function(space.get(w_meth, w_arg), [])
        else:
            w_s = space.str_of(w_arg)
        if isinstance(w_s, W_BytesObject):
            return w_s.value
        if isinstance(w_s, W_UnicodeObject):
            raise SwitchToUnicode()
        raise space.type_error("__str__ returned non-string (type %s)" % space.type(w_s).name)

    def char_of(self, space: "ObjSpace", w_arg: W_Root) -> str:
        from pypy27.interpreter.objspace.bytesobject import W_BytesObject
        from pypy27.interpreter.objspace.unicodeobject import W_UnicodeObject, decode_ascii
        if isinstance(w_arg, W_UnicodeObject):
            if not self.unicode_mode:
                raise SwitchToUnicode()
            if w_arg.length != 1:
                raise space.type_error("%c requires int or char")
            return w_arg.utf8
        if isinstance(w_arg, W_BytesObject):
            if len(w_arg.value) != 1:
                raise space.type_error("%c requires int or char")
            if self.unicode_mode:
                return decode_ascii(space, w_arg.value, "strict").utf8
            return w_arg.value
        if self.unicode_mode:
            # PyInt_AsLong: floats truncate; any failure is "%c requires int or char"
            try:
                if space.isinstance_w(w_arg, space.w_int) or space.isinstance_w(w_arg, space.w_long):
                    n = space.int_w(w_arg)
                else:
                    n = space.int_w(space.unaryop("int", w_arg))
            except OperationError:
                raise space.type_error("%c requires int or char")
            if n < 0 or n > 0x10FFFF:
                raise space.error(space.w_OverflowError,
                                  "%c arg not in range(0x110000) (wide Python build)")
            return utf8_encode_codepoint(n)
        if space.isinstance_w(w_arg, space.w_float):
            raise space.type_error("integer argument expected, got float")
        n = space.int_w(_char_int(space, w_arg))
        if n < 0:
            raise space.error(space.w_OverflowError, "unsigned byte integer is less than minimum")
        if n > 255:
            raise space.error(space.w_OverflowError, "unsigned byte integer is greater than maximum")
        return chr(n)

    def pad(self, space: "ObjSpace", body: str, conv: str, flags: int, width: int, numeric: bool) -> None:
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
        blen = utf8_length(body) if self.unicode_mode else len(body)
        length = blen + len(sign) + len(prefix)
        padding = width - length if width > length else 0
        if padding >= MAX_STR:
            raise OperationError(space.w_MemoryError, space.w_None)
        if padding == 0 and len(sign) == 0 and len(prefix) == 0:
            self.out.append(body)
        elif flags & F_LJUST:
            self.out.append(sign + prefix + body + " " * padding)
        elif fill == "0":
            self.out.append(sign + prefix + "0" * padding + body)
        else:
            self.out.append(" " * padding + sign + prefix + body)


def _char_int(space: "ObjSpace", w_arg: W_Root) -> W_Root:
    """The int of a %c argument that is not a string."""
    if space.isinstance_w(w_arg, space.w_int) or space.isinstance_w(w_arg, space.w_long):
        return w_arg
    if space.lookup(w_arg, "__int__") is not None:
        return space.unaryop("int", w_arg)
    raise space.type_error("an integer is required")


# ---- numbers ---------------------------------------------------------------------------

def _int_digits(n: int, base: int, upper: bool) -> str:
    """Digits of a non-negative machine int."""
    if n == 0:
        return "0"
    table = "0123456789ABCDEF" if upper else "0123456789abcdef"
    out: list[str] = []
    while n > 0:
        out.append(table[n % base])
        n = n // base
    out.reverse()
    return "".join(out)


def int_text(space: "ObjSpace", w_int: W_Root, conv: str) -> str:
    """Sign and digits (no prefix) of an int or long in the base of conv."""
    try:
        n = space.int_w(w_int)
    except OperationError as e:
        if not e.match(space, space.w_OverflowError):
            raise
        return _long_text(space, w_int, conv)
    if n == MIN_INT:
        return _long_text(space, w_int, conv)
    neg = n < 0
    if neg:
        n = -n
    if conv == "o":
        digits = _int_digits(n, 8, False)
    elif conv == "x":
        digits = _int_digits(n, 16, False)
    elif conv == "X":
        digits = _int_digits(n, 16, True)
    else:
        digits = str(n)
    return "-" + digits if neg else digits


def _long_text(space: "ObjSpace", w_long: W_Root, conv: str) -> str:
    if conv == "o":
        s = space.str_w(space.unaryop("oct", w_long))
    elif conv == "x" or conv == "X":
        s = space.str_w(space.unaryop("hex", w_long))
    else:
        s = space.str_w(space.str_of(w_long))
    neg = s.startswith("-")
    if neg:
        s = s[1:]
    if s.endswith("L"):
        s = s[:len(s) - 1]
    if conv == "x" or conv == "X":
        if s.startswith("0x") or s.startswith("0X"):
            s = s[2:]
        if conv == "X":
            s = s.upper()
    elif conv == "o":
        while len(s) > 1 and s.startswith("0"):
            s = s[1:]
        if s.startswith("o"):
            s = s[1:]
    return "-" + s if neg else s


def int_arg(space: "ObjSpace", w_arg: W_Root, conv: str) -> W_Root:
    """The int or long an integer conversion formats."""
    if space.isinstance_w(w_arg, space.w_int) or space.isinstance_w(w_arg, space.w_long):
        return w_arg
    # 2.7 tries int(), then (its error cleared) long()
    for name in ["int", "long"]:
        if space.lookup(w_arg, "__" + name + "__") is None:
            continue
        try:
            w_res = space.unaryop(name, w_arg)
            if space.isinstance_w(w_res, space.w_int) or space.isinstance_w(w_res, space.w_long):
                return w_res
        except OperationError:
            pass
    if conv == "i":
        conv = "d"
    raise space.type_error("%%%s format: a number is required, not %s" % (conv, space.type(w_arg).name))


def format_integer(space: "ObjSpace", w_arg: W_Root, conv: str, flags: int, prec: int) -> str:
    """The sign, prefix and digits of an integer conversion (d i u o x X)."""
    w_int = int_arg(space, w_arg, conv)
    if prec >= 117 and not space.isinstance_w(w_int, space.w_long):
        # 2.7 formats an int in a 120-byte buffer
        raise space.error(space.w_OverflowError, "formatted integer is too long (precision too large?)")
    text = int_text(space, w_int, conv)
    if prec == 0 and text == "0" and not space.isinstance_w(w_int, space.w_long):
        text = ""           # C's printf: no digits for zero with precision 0
    sign = ""
    if text.startswith("-"):
        sign = "-"
        text = text[1:]
    prefix = ""
    if (conv == "x" or conv == "X") and flags & F_ALT:
        prefix = "0" + conv
    digits = text
    if prec > len(digits):
        digits = "0" * (prec - len(digits)) + digits
    if conv == "o" and flags & F_ALT and not (len(digits) > 0 and digits[0] == "0"):
        digits = "0" + digits
    return sign + prefix + digits


def float_arg(space: "ObjSpace", w_arg: W_Root, unicode_mode: bool) -> float:
    if space.isinstance_w(w_arg, space.w_float) or space.isinstance_w(w_arg, space.w_int) \
            or space.isinstance_w(w_arg, space.w_long):
        return space.float_w(w_arg)
    if space.lookup(w_arg, "__float__") is not None:
        w_res = space.unaryop("float", w_arg)
        if space.isinstance_w(w_res, space.w_float):
            return space.float_w(w_res)
        if unicode_mode:        # 2.7's PyFloat_AsDouble error, as it is
            raise space.type_error("nb_float should return float object")
        raise space.type_error("float argument required, not %s" % space.type(w_arg).name)
    if unicode_mode:
        raise space.type_error("a float is required")
    raise space.type_error("float argument required, not %s" % space.type(w_arg).name)


# ---- entry points --------------------------------------------------------------------------

def format_str(space: "ObjSpace", fmt: str, w_values: W_Root) -> W_Root:
    """str % values (the result is unicode if a unicode argument is met)."""
    f = Formatter(space, fmt, w_values, False)
    try:
        return space.newstr(f.run(space))
    except SwitchToUnicode:
        from pypy27.interpreter.objspace.unicodeobject import decode_ascii
        w_ufmt = decode_ascii(space, fmt, "strict")
        return format_unicode(space, w_ufmt.utf8, w_values)


def format_unicode(space: "ObjSpace", fmt: str, w_values: W_Root) -> W_Root:
    """unicode % values; fmt is the format's UTF-8 text."""
    f = Formatter(space, fmt, w_values, True)
    try:
        return space.newunicode(f.run(space))
    except SwitchToUnicode:
        raise space.error(space.w_SystemError, "unicode formatting switched twice")
