"""Parsing numbers from strings with 2.7's exact rules and error messages:
int(s, base), long(s, base), float(s), complex(s), float.fromhex(s)."""
from typing import TYPE_CHECKING

from pypy27.interpreter.baseobjspace import W_Root
from pypy27.support import rbigint as rb
from pypy27.support import rfloat
from pypy27.support.rfloat import INF, NAN

if TYPE_CHECKING:
    from pypy27.interpreter.baseobjspace import ObjSpace


def _isspace(c: str) -> bool:
    return c == " " or c == "\t" or c == "\n" or c == "\r" or c == "\x0b" or c == "\x0c"


def _isdigit(c: str) -> bool:
    o = ord(c)          # by code: ordering strs calls memcmp
    return o >= 48 and o <= 57


def _isalnum(c: str) -> bool:
    o = ord(c)
    return (o >= 48 and o <= 57) or (o >= 97 and o <= 122) or (o >= 65 and o <= 90)


MAX_INT = (1 << 63) - 1


def _digit(s: str, i: int) -> int:
    """The digit value of s[i] (37 past the end or for non-alphanumerics)."""
    if i >= len(s):
        return 37
    o = ord(s[i])
    if 48 <= o <= 57:
        return o - 48
    if 97 <= o <= 122:
        return o - 87
    if 65 <= o <= 90:
        return o - 55
    return 37


def str_repr(s: str) -> str:
    """2.7's repr() of a byte string."""
    quote = "'"
    if s.find("'") >= 0 and s.find('"') < 0:
        quote = '"'
    out = [quote]
    for c in s:
        o = ord(c)
        if c == quote or c == "\\":
            out.append("\\" + c)
        elif c == "\t":
            out.append("\\t")
        elif c == "\n":
            out.append("\\n")
        elif c == "\r":
            out.append("\\r")
        elif o < 32 or o >= 127:
            out.append("\\x" + "0123456789abcdef"[o >> 4] + "0123456789abcdef"[o & 15])
        else:
            out.append(c)
    out.append(quote)
    return "".join(out)


def unicode_decimal_text(space: "ObjSpace", w_u: W_Root) -> str:
    """2.7's PyUnicode_EncodeDecimal of a unicode object: spaces become ' ',
    decimal digits their ASCII digit, other characters below 256 their byte;
    anything else is a UnicodeEncodeError of the 'decimal' codec."""
    from pypy27.interpreter.error import OperationError
    from pypy27.interpreter.objspace.unicodeobject import codepoints, u_decimal, u_isspace
    parts: list[str] = []
    pos = 0
    for cp in codepoints(space.unicode_w(w_u)):
        if u_isspace(cp):
            parts.append(" ")
        else:
            d = u_decimal(cp)
            if d >= 0:
                parts.append(chr(48 + d))
            elif 0 < cp < 256:
                parts.append(chr(cp))
            else:
                w_exc = space.call_function(space.w_UnicodeEncodeError, [
                    space.newstr("decimal"), w_u, space.newint(pos), space.newint(pos + 1),
                    space.newstr("invalid decimal Unicode string")])
                raise OperationError(space.w_UnicodeEncodeError, w_exc)
        pos += 1
    return "".join(parts)


def c_string(s: str) -> str:
    """s up to its first NUL (what C code sees of it)."""
    i = s.find("\x00")
    return s if i < 0 else s[:i]


# ---- int() and long() ------------------------------------------------------------------

def parse_int_string(space: "ObjSpace", s: str, base: int, is_long: bool) -> W_Root:
    """int(s, base) (an int, or a long if it does not fit) or long(s, base)."""
    from pypy27.interpreter.objspace.intobject import newlong_or_int
    if is_long:
        return _parse_long(space, s, base)
    n = len(s)
    i = 0
    while i < n and _isspace(s[i]):
        i += 1
    start = i
    negative = False
    if i < n and (s[i] == "-" or s[i] == "+"):
        negative = s[i] == "-"
        i += 1
    while i < n and _isspace(s[i]):
        i += 1
    b = base
    dstart = i
    dend = i
    end = i
    if b == 0 or b == 16 or b == 8 or b == 2:
        if i < n and s[i] == "0":
            i += 1
            c = s[i] if i < n else ""
            pb = 0
            if (c == "x" or c == "X") and (b == 0 or b == 16):
                pb = 16
            elif (c == "o" or c == "O") and (b == 0 or b == 8):
                pb = 8
            elif (c == "b" or c == "B") and (b == 0 or b == 2):
                pb = 2
            if pb != 0:
                if _digit(s, i + 1) >= pb:
                    end = i
                    dstart = dend = i
                    return _int_finish(space, s, base, start, end, dstart, dend, 10, negative)
                i += 1
                b = pb
            elif b == 0:
                b = 8       # 2.7: a leading 0 means octal
            else:
                i -= 1      # the '0' is a digit
        elif b == 0:
            b = 10
    if b < 2 or b > 36:
        return _int_finish(space, s, base, start, i, i, i, 10, negative)
    dstart = i
    while i < n and _digit(s, i) < b:
        i += 1
    dend = i
    end = i
    return _int_finish(space, s, base, start, end, dstart, dend, b, negative)


def _int_finish(space: "ObjSpace", s: str, base: int, start: int, end: int, dstart: int, dend: int,
                b: int, negative: bool) -> W_Root:
    from pypy27.interpreter.objspace.intobject import newlong_or_int
    n = len(s)
    if end == start or not _isalnum(s[end - 1]):
        raise _int_error(space, s, base, start)
    k = end
    while k < n and _isspace(s[k]):
        k += 1
    if k != n:
        raise _int_error(space, s, base, start)
    if dstart == dend:
        return newlong_or_int(space, rb.ZERO)
    # the common case, a value that fits a machine int: no big integer
    value = 0
    k = dstart
    while k < dend:
        d = _digit(s, k)
        if value > (MAX_INT - d) // b:
            break
        value = value * b + d
        k += 1
    if k == dend:
        return space.newint(-value if negative else value)
    num = rb.fromstr(s[dstart:dend], b)
    assert num is not None
    if negative:
        num = rb.neg(num)
    return newlong_or_int(space, num)


def _int_error(space: "ObjSpace", s: str, base: int, start: int) -> "OperationError":
    text = s[start:]
    if len(text) > 200:
        text = text[:200]
    return space.value_error("invalid literal for int() with base %d: %s" % (base, str_repr(text)))


def _parse_long(space: "ObjSpace", orig: str, base: int) -> W_Root:
    from pypy27.interpreter.objspace.longobject import W_LongObject
    if (base != 0 and base < 2) or base > 36:
        raise space.value_error("long() arg 2 must be >= 2 and <= 36")
    n = len(orig)
    i = 0
    while i < n and _isspace(orig[i]):
        i += 1
    sign = 1
    if i < n and orig[i] == "+":
        i += 1
    elif i < n and orig[i] == "-":
        i += 1
        sign = -1
    while i < n and _isspace(orig[i]):
        i += 1
    c1 = orig[i + 1] if i + 1 < n else ""
    if base == 0:
        if i >= n or orig[i] != "0":
            base = 10
        elif c1 == "x" or c1 == "X":
            base = 16
        elif c1 == "o" or c1 == "O":
            base = 8
        elif c1 == "b" or c1 == "B":
            base = 2
        else:
            base = 8
    if i < n and orig[i] == "0" and ((base == 16 and (c1 == "x" or c1 == "X")) or
                                     (base == 8 and (c1 == "o" or c1 == "O")) or
                                     (base == 2 and (c1 == "b" or c1 == "B"))):
        i += 2
    start = i
    while i < n and _digit(orig, i) < base:
        i += 1
    if i == start:
        raise _long_error(space, orig, base)
    num = rb.fromstr(orig[start:i], base)
    assert num is not None
    if sign < 0:
        num = rb.neg(num)
    if i < n and (orig[i] == "L" or orig[i] == "l"):
        i += 1
    while i < n and _isspace(orig[i]):
        i += 1
    if i != n:
        raise _long_error(space, orig, base)
    return W_LongObject(num)


def _long_error(space: "ObjSpace", s: str, base: int) -> "OperationError":
    s = c_string(s)
    text = s if len(s) <= 200 else s[:200]
    return space.value_error("invalid literal for long() with base %d: %s" % (base, str_repr(text)))


# ---- float() ---------------------------------------------------------------------------

def _lower_eq(s: str, i: int, word: str) -> bool:
    """Does s[i:] start with word, ignoring case (word is lower case)?"""
    if i + len(word) > len(s):
        return False
    return s[i:i + len(word)].lower() == word


def strtod(s: str, i: int) -> tuple[float, int]:
    """2.7's _PyOS_ascii_strtod on s[i:]: (value, end); end == i when
    nothing could be parsed."""
    n = len(s)
    j = i
    negative = False
    if j < n and (s[j] == "+" or s[j] == "-"):
        negative = s[j] == "-"
        j += 1
    k = j
    ndigits = 0
    while k < n and _isdigit(s[k]):
        k += 1
        ndigits += 1
    if k < n and s[k] == ".":
        k += 1
        while k < n and _isdigit(s[k]):
            k += 1
            ndigits += 1
    if ndigits > 0:
        if k < n and (s[k] == "e" or s[k] == "E"):
            m = k + 1
            if m < n and (s[m] == "+" or s[m] == "-"):
                m += 1
            if m < n and _isdigit(s[m]):
                while m < n and _isdigit(s[m]):
                    m += 1
                k = m
        text = s[j:k]
        value = _decimal_to_float(text)
        return (-value if negative else value), k
    # inf or nan
    if _lower_eq(s, j, "inf"):
        end = j + 3
        if _lower_eq(s, j, "infinity"):
            end = j + 8
        return (-INF if negative else INF), end
    if _lower_eq(s, j, "nan"):
        return (-NAN if negative else NAN), j + 3
    return -1.0, i


def _decimal_to_float(text: str) -> float:
    """A correctly rounded double from validated digits[.digits][e[sign]digits]."""
    if text.startswith("."):
        text = "0" + text
    return float(text)


def parse_float_string(space: "ObjSpace", s: str) -> float:
    n = len(s)
    i = 0
    while i < n and _isspace(s[i]):
        i += 1
    last = n
    while last > i + 1 and _isspace(s[last - 1]):
        last -= 1
    rest = c_string(s[i:])
    if len(rest) > 200:
        rest = rest[:200]
    value, end = strtod(s[:last], i)
    if end == i:
        raise space.value_error("could not convert string to float: " + rest)
    if end != last:
        raise space.value_error("invalid literal for float(): " + rest)
    return value


# ---- complex() ---------------------------------------------------------------------------

def parse_complex_string(space: "ObjSpace", s: str) -> tuple[float, float]:
    n = len(s)
    i = 0
    x = 0.0
    y = 0.0
    while i < n and _isspace(s[i]):
        i += 1
    got_bracket = False
    if i < n and s[i] == "(":
        got_bracket = True
        i += 1
        while i < n and _isspace(s[i]):
            i += 1
    z, end = strtod(s, i)
    if end != i:
        i = end
        if i < n and (s[i] == "+" or s[i] == "-"):
            x = z
            y, end = strtod(s, i)
            if end != i:
                i = end
            else:
                y = 1.0 if s[i] == "+" else -1.0
                i += 1
            if not (i < n and (s[i] == "j" or s[i] == "J")):
                raise _malformed(space)
            i += 1
        elif i < n and (s[i] == "j" or s[i] == "J"):
            i += 1
            y = z
        else:
            x = z
    else:
        if i < n and (s[i] == "+" or s[i] == "-"):
            y = 1.0 if s[i] == "+" else -1.0
            i += 1
        else:
            y = 1.0
        if not (i < n and (s[i] == "j" or s[i] == "J")):
            raise _malformed(space)
        i += 1
    while i < n and _isspace(s[i]):
        i += 1
    if got_bracket:
        if not (i < n and s[i] == ")"):
            raise _malformed(space)
        i += 1
        while i < n and _isspace(s[i]):
            i += 1
    if i != n:
        raise _malformed(space)
    return x, y


def _malformed(space: "ObjSpace") -> "OperationError":
    return space.value_error("complex() arg is a malformed string")


# ---- float.fromhex ------------------------------------------------------------------------

def float_fromhex(space: "ObjSpace", s: str) -> float:
    """2.7's float.fromhex: [sign] ['0x'] hexdigits ['.' hexdigits] ['p' [sign] digits],
    or inf/infinity/nan, with surrounding whitespace; exactly rounded."""
    n = len(s)
    i = 0
    while i < n and _isspace(s[i]):
        i += 1
    negative = False
    if i < n and (s[i] == "+" or s[i] == "-"):
        negative = s[i] == "-"
        i += 1
    if _lower_eq(s, i, "inf") or _lower_eq(s, i, "nan"):
        end = i + 3
        if _lower_eq(s, i, "infinity"):
            end = i + 8
        isnan_ = _lower_eq(s, i, "nan")
        while end < n and _isspace(s[end]):
            end += 1
        if end != n:
            raise _fromhex_invalid(space)
        if isnan_:
            return NAN
        return -INF if negative else INF
    if i + 1 < n and s[i] == "0" and (s[i + 1] == "x" or s[i + 1] == "X"):
        i += 2
    # hex digits
    mant = rb.ZERO
    ndig = 0
    exp_adjust = 0
    while i < n and _digit(s, i) < 16:
        mant = rb.add(rb.lshift(mant, 4), rb.fromint(_digit(s, i)))
        i += 1
        ndig += 1
    if i < n and s[i] == ".":
        i += 1
        while i < n and _digit(s, i) < 16:
            mant = rb.add(rb.lshift(mant, 4), rb.fromint(_digit(s, i)))
            i += 1
            ndig += 1
            exp_adjust -= 4
    if ndig == 0:
        raise _fromhex_invalid(space)
    exp = 0
    if i < n and (s[i] == "p" or s[i] == "P"):
        i += 1
        eneg = False
        if i < n and (s[i] == "+" or s[i] == "-"):
            eneg = s[i] == "-"
            i += 1
        if not (i < n and _isdigit(s[i])):
            raise _fromhex_invalid(space)
        while i < n and _isdigit(s[i]):
            if exp < 100000000:
                exp = exp * 10 + (ord(s[i]) - 48)
            i += 1
        if eneg:
            exp = -exp
    while i < n and _isspace(s[i]):
        i += 1
    if i != n:
        raise _fromhex_invalid(space)
    exp += exp_adjust
    if rb.is_zero(mant):
        return -0.0 if negative else 0.0
    # value = mant * 2**exp, rounded half-even to 53 bits (subnormals fewer)
    nbits = rb.bit_length(mant)
    top = nbits + exp          # value in [2**(top-1), 2**top)
    if top > 1024:
        raise space.error(space.w_OverflowError, "hexadecimal value too large to represent as a float")
    keep = 53
    if top - 53 < -1074:
        keep = top + 1074
    drop = nbits - keep
    if drop > 0:
        q = rb.rshift(mant, drop)
        rem = rb.sub(mant, rb.lshift(q, drop))
        half = rb.lshift(rb.ONE, drop - 1)
        c = rb.compare(rem, half)
        if c > 0 or (c == 0 and rb.is_odd(q)):
            q = rb.add(q, rb.ONE)
        mant = q
        exp += drop
    if rb.bit_length(mant) + exp > 1024:
        raise space.error(space.w_OverflowError, "hexadecimal value too large to represent as a float")
    f = rfloat.ldexp(rb.tofloat(mant), exp) if rb.bit_length(mant) > 0 else 0.0
    return -f if negative else f


def _fromhex_invalid(space: "ObjSpace") -> "OperationError":
    return space.value_error("invalid hexadecimal floating-point string")


if TYPE_CHECKING:
    from pypy27.interpreter.error import OperationError
