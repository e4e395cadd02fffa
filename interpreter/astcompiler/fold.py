"""Constant folding for the peephole pass: 2.7 semantics of binary and unary
operators on compile-time constants.

``None`` means "don't fold": the operation would raise in 2.7 (2.7 then
leaves the code alone too), or the result is a sequence longer than
``MAX_FOLDED_SIZE`` (2.7's limit).  Helpers: ``bigint.py`` (longs),
``longdiv.py`` (correctly rounded integer true division), ``floatfold.py``
(float ``**``, ``//``, ``%``), ``complexfold.py`` (complex ``/``, ``//``,
``%``, ``**``), ``strformat.py`` (``'fmt' % constant``).
"""
from typing import Optional

from pypy27.interpreter.astcompiler import bigint, complexfold, longdiv
from pypy27.interpreter.astcompiler import opcodes as op
from pypy27.interpreter.astcompiler.floatfold import float_divmod, float_pow
from pypy27.interpreter.astcompiler.misc import CannotFold
from pypy27.interpreter.astcompiler.strformat import percent_format
from pypy27.interpreter.astcompiler.pycode import (
    Const, ConstComplex, ConstFloat, ConstInt, ConstLong, ConstStr,
    ConstTuple, ConstUnicode)
from pypy27.support.rarith import MININT, ovfcheck

MAX_FOLDED_SIZE = 20


def _is_number(c: Const) -> bool:
    return (isinstance(c, ConstInt) or isinstance(c, ConstFloat)
            or isinstance(c, ConstComplex))


def _as_float(c: Const) -> float:
    if isinstance(c, ConstInt):
        return float(c.value)
    if isinstance(c, ConstFloat):
        return c.value
    return 0.0


def _unicode_length(s: str) -> int:
    n = 0
    for ch in s:
        if ord(ch) & 0xC0 != 0x80:      # not a continuation byte
            n += 1
    return n


def _is_ascii(s: str) -> bool:
    for ch in s:
        if ord(ch) >= 128:
            return False
    return True


def _as_unicode(c: Const) -> Optional[str]:
    """The UTF-8 text of a str or unicode operand (2.7 decodes str as
    ASCII when mixing); None if impossible."""
    if isinstance(c, ConstUnicode):
        return c.utf8
    if isinstance(c, ConstStr) and _is_ascii(c.value):
        return c.value
    return None


# ---- integers ----------------------------------------------------------------

def _int_floordiv(a: int, b: int) -> int:
    if b == 0 or (a == MININT and b == -1):
        raise CannotFold
    return a // b


def _int_mod(a: int, b: int) -> int:
    if b == 0:
        raise CannotFold
    return a % b


def _int_pow(a: int, b: int) -> int:
    """a ** b for b >= 0, overflow detected like 2.7 (OverflowError)."""
    result = 1
    base = a
    while b > 0:
        if b & 1:
            result = ovfcheck(result * base)
        b >>= 1
        if b > 0:
            base = ovfcheck(base * base)
    return result


def _int_lshift(a: int, n: int) -> int:
    if n < 0:
        raise CannotFold
    if a == 0:
        return 0
    if n > 62:
        raise OverflowError
    limit = 1 << (63 - n)
    if a >= limit or a < -limit:
        raise OverflowError
    return a << n


def _int_rshift(a: int, n: int) -> int:
    if n < 0:
        raise CannotFold
    if n > 63:
        return -1 if a < 0 else 0
    return a >> n


def _int_op(opcode: int, a: int, b: int) -> int:
    """int <op> int; OverflowError where 2.7 would produce a long."""
    if opcode == op.BINARY_ADD:
        return ovfcheck(a + b)
    if opcode == op.BINARY_SUBTRACT:
        return ovfcheck(a - b)
    if opcode == op.BINARY_MULTIPLY:
        return ovfcheck(a * b)
    if opcode == op.BINARY_FLOOR_DIVIDE:
        return _int_floordiv(a, b)
    if opcode == op.BINARY_MODULO:
        return _int_mod(a, b)
    if opcode == op.BINARY_POWER:
        return _int_pow(a, b)
    if opcode == op.BINARY_LSHIFT:
        return _int_lshift(a, b)
    if opcode == op.BINARY_RSHIFT:
        return _int_rshift(a, b)
    if opcode == op.BINARY_AND:
        return a & b
    if opcode == op.BINARY_OR:
        return a | b
    if opcode == op.BINARY_XOR:
        return a ^ b
    raise CannotFold


def _fold_int(opcode: int, a: int, b: int) -> Optional[Const]:
    if opcode == op.BINARY_TRUE_DIVIDE or (opcode == op.BINARY_POWER and b < 0):
        # 2.7 computes these in floats
        if not (-(1 << 53) < a < (1 << 53) and -(1 << 53) < b < (1 << 53)):
            if opcode == op.BINARY_TRUE_DIVIDE:
                return _long_true_divide(bigint.from_int(a), bigint.from_int(b))
            return None
        if opcode == op.BINARY_TRUE_DIVIDE and b == 0:
            return None
        return _fold_float(opcode, float(a), float(b))
    try:
        return ConstInt(_int_op(opcode, a, b))
    except OverflowError:
        return None     # a long in 2.7: see _fold_big
    except CannotFold:
        return None


# ---- floats and complex ------------------------------------------------------

def _fold_float(opcode: int, a: float, b: float) -> Optional[Const]:
    if opcode == op.BINARY_POWER:
        try:
            return ConstFloat(float_pow(a, b))
        except CannotFold:
            return None
    if opcode == op.BINARY_FLOOR_DIVIDE or opcode == op.BINARY_MODULO:
        qr = float_divmod(a, b)
        if qr is None:
            return None
        return ConstFloat(qr[0] if opcode == op.BINARY_FLOOR_DIVIDE else qr[1])
    if opcode == op.BINARY_ADD:
        return ConstFloat(a + b)
    if opcode == op.BINARY_SUBTRACT:
        return ConstFloat(a - b)
    if opcode == op.BINARY_MULTIPLY:
        return ConstFloat(a * b)
    if opcode == op.BINARY_TRUE_DIVIDE:
        if b == 0.0:
            return None
        return ConstFloat(a / b)
    return None


def _complex_parts(c: Const) -> tuple[float, float]:
    if isinstance(c, ConstComplex):
        return c.real, c.imag
    return _as_float(c), 0.0


def _fold_complex(opcode: int, v: Const, w: Const) -> Optional[Const]:
    ar, ai = _complex_parts(v)
    br, bi = _complex_parts(w)
    if opcode == op.BINARY_ADD:
        return ConstComplex(ar + br, ai + bi)
    if opcode == op.BINARY_SUBTRACT:
        return ConstComplex(ar - br, ai - bi)
    if opcode == op.BINARY_MULTIPLY:
        return ConstComplex(ar * br - ai * bi, ar * bi + ai * br)
    try:
        if opcode == op.BINARY_TRUE_DIVIDE:
            r = complexfold.c_quot(ar, ai, br, bi)
        elif opcode == op.BINARY_FLOOR_DIVIDE:
            r = complexfold.c_floordiv(ar, ai, br, bi)
        elif opcode == op.BINARY_MODULO:
            r = complexfold.c_mod(ar, ai, br, bi)
        elif opcode == op.BINARY_POWER:
            r = complexfold.c_power(ar, ai, br, bi)
        else:
            return None
    except CannotFold:
        return None
    return ConstComplex(r[0], r[1])


# ---- sequences ---------------------------------------------------------------

def _repeat_count(c: Const) -> int:
    """The count of a sequence repetition, -1 if c is not an int."""
    if isinstance(c, ConstInt):
        return c.value if c.value > 0 else 0
    return -1


def _fold_repeat(seq: Const, count: int) -> Optional[Const]:
    if isinstance(seq, ConstStr):
        if len(seq.value) > 0 and count > MAX_FOLDED_SIZE:
            return None
        return ConstStr(seq.value * count, seq.shared and count == 1)
    if isinstance(seq, ConstUnicode):
        if len(seq.utf8) > 0 and count > MAX_FOLDED_SIZE:
            return None
        return ConstUnicode(seq.utf8 * count)
    if isinstance(seq, ConstTuple):
        if len(seq.items) > 0 and count > MAX_FOLDED_SIZE:
            return None
        items: list[Const] = []
        for k in range(count):
            items.extend(seq.items)
        return ConstTuple(items)
    return None


def _fold_subscr(v: Const, w: Const) -> Optional[Const]:
    if isinstance(w, ConstLong):
        big = bigint.from_text(w.text)
        if not bigint.fits_int(big):
            return None
        return _fold_subscr(v, ConstInt(bigint.to_int(big)))
    if not isinstance(w, ConstInt):
        return None
    i = w.value
    if isinstance(v, ConstStr):
        n = len(v.value)
        if i < 0:
            i += n
        if i < 0 or i >= n:
            return None
        return ConstStr(v.value[i], True)
    if isinstance(v, ConstTuple):
        n = len(v.items)
        if i < 0:
            i += n
        if i < 0 or i >= n:
            return None
        return v.items[i]
    # unicode is not folded: 2.7's narrow and wide builds would disagree
    return None


def _fold_add_sequences(v: Const, w: Const) -> Optional[Const]:
    if isinstance(v, ConstStr) and isinstance(w, ConstStr):
        if v.value == "" or w.value == "":     # 2.7 returns the other operand
            return ConstStr(v.value + w.value, v.shared if w.value == "" else w.shared)
        return ConstStr(v.value + w.value)
    if isinstance(v, ConstTuple) and isinstance(w, ConstTuple):
        return ConstTuple(v.items + w.items)
    if isinstance(v, ConstUnicode) or isinstance(w, ConstUnicode):
        a = _as_unicode(v)
        b = _as_unicode(w)
        if a is not None and b is not None:
            return ConstUnicode(a + b)
    return None


def _too_big(c: Const) -> bool:
    if isinstance(c, ConstStr):
        return len(c.value) > MAX_FOLDED_SIZE
    if isinstance(c, ConstUnicode):
        return _unicode_length(c.utf8) > MAX_FOLDED_SIZE
    if isinstance(c, ConstTuple):
        return len(c.items) > MAX_FOLDED_SIZE
    return False


def _fold_binary_any(opcode: int, v: Const, w: Const) -> Optional[Const]:
    if isinstance(v, ConstInt) and isinstance(w, ConstInt):
        return _fold_int(opcode, v.value, w.value)
    if _is_number(v) and _is_number(w):
        if isinstance(v, ConstComplex) or isinstance(w, ConstComplex):
            return _fold_complex(opcode, v, w)
        return _fold_float(opcode, _as_float(v), _as_float(w))
    if opcode == op.BINARY_ADD:
        return _fold_add_sequences(v, w)
    if opcode == op.BINARY_MULTIPLY:
        n = _repeat_count(w)
        if n >= 0:
            return _fold_repeat(v, n)
        n = _repeat_count(v)
        if n >= 0:
            return _fold_repeat(w, n)
        return None
    if opcode == op.BINARY_SUBSCR:
        return _fold_subscr(v, w)
    return None


def _as_big(c: Const) -> Optional[bigint.Big]:
    if isinstance(c, ConstLong):
        return bigint.from_text(c.text)
    if isinstance(c, ConstInt):
        return bigint.from_int(c.value)
    return None


def _long_true_divide(a: bigint.Big, b: bigint.Big) -> Optional[Const]:
    try:
        return ConstFloat(longdiv.true_divide(a, b))
    except CannotFold:
        return None


def _fold_big(opcode: int, v: Const, w: Const) -> Optional[Const]:
    """Integer arithmetic where an operand is a long or an int result
    overflowed: the result is a long, or an int if both operands were ints
    and it fits."""
    a = _as_big(v)
    b = _as_big(w)
    if a is None or b is None:
        return None
    if len(a.digits) > bigint.MAX_DIGITS or len(b.digits) > bigint.MAX_DIGITS:
        return None
    r: Optional[bigint.Big] = None
    if opcode == op.BINARY_TRUE_DIVIDE:
        return _long_true_divide(a, b)
    if opcode == op.BINARY_ADD:
        r = bigint.add(a, b)
    elif opcode == op.BINARY_SUBTRACT:
        r = bigint.sub(a, b)
    elif opcode == op.BINARY_MULTIPLY:
        r = bigint.mul(a, b)
    elif opcode == op.BINARY_FLOOR_DIVIDE or opcode == op.BINARY_MODULO:
        qr = bigint.floordivmod(a, b)
        if qr is not None:
            r = qr[0] if opcode == op.BINARY_FLOOR_DIVIDE else qr[1]
    elif opcode == op.BINARY_POWER or opcode == op.BINARY_LSHIFT or opcode == op.BINARY_RSHIFT:
        if not bigint.fits_int(b) or b.sign < 0:
            return None     # a float (power) or an error in 2.7
        n = bigint.to_int(b)
        if opcode == op.BINARY_POWER:
            r = bigint.power(a, n)
        elif opcode == op.BINARY_LSHIFT:
            r = bigint.lshift(a, n)
        else:
            r = bigint.rshift(a, n)
    elif opcode == op.BINARY_AND:
        r = bigint.bitwise(a, b, "&")
    elif opcode == op.BINARY_OR:
        r = bigint.bitwise(a, b, "|")
    elif opcode == op.BINARY_XOR:
        r = bigint.bitwise(a, b, "^")
    if r is None:
        return None
    if isinstance(v, ConstInt) and isinstance(w, ConstInt) and opcode == op.BINARY_LSHIFT:
        # 2.7's int << int stays an int whenever the result fits (-1 << 63);
        # its other int operations detect overflow exactly, so a result
        # computed here does not fit and is a long
        if bigint.fits_int(r):
            return ConstInt(bigint.to_int(r))
    return ConstLong(bigint.to_text(r))


def _long_as_float(c: Const) -> float:
    """A long or number as a float (correctly rounded, as 2.7 converts);
    CannotFold if it overflows."""
    if isinstance(c, ConstLong):
        f = float(c.text)
        if f - f != 0.0:
            raise CannotFold    # inf: OverflowError in 2.7
        return f
    if isinstance(c, ConstInt):
        if -(1 << 53) <= c.value <= (1 << 53):
            return float(c.value)
        raise CannotFold
    if isinstance(c, ConstFloat):
        return c.value
    raise CannotFold


def _fold_long_float(opcode: int, v: Const, w: Const) -> Optional[Const]:
    try:
        if isinstance(v, ConstComplex) or isinstance(w, ConstComplex):
            # the long is converted to a float first, then to a complex
            if isinstance(v, ConstLong):
                v = ConstFloat(_long_as_float(v))
            if isinstance(w, ConstLong):
                w = ConstFloat(_long_as_float(w))
            return _fold_complex(opcode, v, w)
        a = _long_as_float(v)
        b = _long_as_float(w)
    except CannotFold:
        return None
    return _fold_float(opcode, a, b)


def fold_binary(opcode: int, v: Const, w: Const) -> Optional[Const]:
    """``v <op> w`` as 2.7's peephole pass would fold it, or None."""
    if opcode == op.BINARY_MODULO and (isinstance(v, ConstStr) or isinstance(v, ConstUnicode)):
        formatted = percent_format(v, w)
        if formatted is None or _too_big(formatted):
            return None
        return formatted
    if opcode == op.BINARY_SUBSCR and isinstance(w, ConstLong):
        return _fold_subscr(v, w)
    if isinstance(v, ConstLong) or isinstance(w, ConstLong):
        if isinstance(v, ConstFloat) or isinstance(w, ConstFloat) \
                or isinstance(v, ConstComplex) or isinstance(w, ConstComplex):
            return _fold_long_float(opcode, v, w)
        if opcode == op.BINARY_POWER:
            b = _as_big(w)
            if b is not None and b.sign < 0:
                return _fold_long_float(opcode, v, w)
        return _fold_big(opcode, v, w)
    result = _fold_binary_any(opcode, v, w)
    if result is None and isinstance(v, ConstInt) and isinstance(w, ConstInt):
        result = _fold_big(opcode, v, w)   # overflowed into a long
    if result is None or _too_big(result):
        return None
    return result


def fold_unary(opcode: int, v: Const) -> Optional[Const]:
    """UNARY_NEGATIVE, UNARY_INVERT or UNARY_CONVERT (backquotes) of a
    constant, or None."""
    if opcode == op.UNARY_CONVERT:
        return ConstStr(v.repr27())
    if opcode == op.UNARY_NEGATIVE:
        if not v.is_true():
            return None     # 2.7 keeps -0.0 distinct by not folding zeros
        if isinstance(v, ConstInt):
            if v.value == MININT:
                return ConstLong(bigint.to_text(bigint.neg(bigint.from_int(v.value))))
            return ConstInt(-v.value)
        if isinstance(v, ConstLong):
            if v.text.startswith("-"):
                return ConstLong(v.text[1:])
            return ConstLong("-" + v.text)
        if isinstance(v, ConstFloat):
            return ConstFloat(-v.value)
        if isinstance(v, ConstComplex):
            return ConstComplex(-v.real, -v.imag)
        return None
    if opcode == op.UNARY_INVERT:
        if isinstance(v, ConstInt):
            return ConstInt(~v.value)
        if isinstance(v, ConstLong):
            return ConstLong(bigint.to_text(bigint.invert(bigint.from_text(v.text))))
        return None
    return None
