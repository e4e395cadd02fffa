"""Arbitrary-precision integers, just enough for constant folding of 2.7
``long`` arithmetic at compile time (the subset's ``int`` is 64 bits).

A ``Big`` is a sign (-1, 0, 1) and a magnitude: little-endian digits in base
2**30, without leading zero digits.  Products of two digits plus carries stay
below 2**63.  The algorithms are the schoolbook ones: constants are small,
and the folder gives up on operands above ``MAX_DIGITS``.
"""
from typing import Optional

from pypy27.support.rarith import MININT

SHIFT = 30
BASE = 1 << SHIFT
MASK = BASE - 1
MAX_DIGITS = 4000           # about 36000 decimal digits


class Big(object):
    sign: int
    digits: list[int]

    def __init__(self, sign: int, digits: list[int]) -> None:
        _normalize(digits)
        self.sign = sign if digits else 0
        self.digits = digits

    def is_zero(self) -> bool:
        return self.sign == 0


def _normalize(d: list[int]) -> None:
    while d and d[len(d) - 1] == 0:
        d.pop()


def from_int(x: int) -> Big:
    if x == MININT:
        return Big(-1, [0, 0, 8])       # 2**63 = 8 * BASE**2
    sign = -1 if x < 0 else 1
    if x < 0:
        x = -x
    digits: list[int] = []
    while x > 0:
        digits.append(x & MASK)
        x >>= SHIFT
    return Big(sign, digits)


def fits_int(b: Big) -> bool:
    """Whether the value fits a signed 64-bit word."""
    if len(b.digits) < 3:
        return True
    if len(b.digits) > 3:
        return False
    if b.digits[2] < 8:
        return True
    # -2**63 is the one value with 64 bits of magnitude that fits
    return b.sign < 0 and b.digits[0] == 0 and b.digits[1] == 0 and b.digits[2] == 8


def to_int(b: Big) -> int:
    """The value, which must fit (see fits_int)."""
    if b.sign < 0 and len(b.digits) == 3 and b.digits[2] == 8:
        return MININT
    r = 0
    for k in range(len(b.digits) - 1, -1, -1):
        r = (r << SHIFT) | b.digits[k]
    return -r if b.sign < 0 else r


# ---- magnitudes --------------------------------------------------------------

def _cmp_mag(a: list[int], b: list[int]) -> int:
    if len(a) != len(b):
        return 1 if len(a) > len(b) else -1
    for k in range(len(a) - 1, -1, -1):
        if a[k] != b[k]:
            return 1 if a[k] > b[k] else -1
    return 0


def _add_mag(a: list[int], b: list[int]) -> list[int]:
    if len(a) < len(b):
        a, b = b, a
    out: list[int] = []
    carry = 0
    for k in range(len(a)):
        t = a[k] + carry
        if k < len(b):
            t += b[k]
        out.append(t & MASK)
        carry = t >> SHIFT
    if carry:
        out.append(carry)
    return out


def _sub_mag(a: list[int], b: list[int]) -> list[int]:
    """a - b for |a| >= |b|."""
    out: list[int] = []
    borrow = 0
    for k in range(len(a)):
        t = a[k] - borrow
        if k < len(b):
            t -= b[k]
        if t < 0:
            t += BASE
            borrow = 1
        else:
            borrow = 0
        out.append(t)
    _normalize(out)
    return out


def _mul_mag(a: list[int], b: list[int]) -> list[int]:
    out = [0] * (len(a) + len(b))
    for i in range(len(a)):
        carry = 0
        ai = a[i]
        for j in range(len(b)):
            t = out[i + j] + ai * b[j] + carry
            out[i + j] = t & MASK
            carry = t >> SHIFT
        k = i + len(b)
        while carry:
            t = out[k] + carry
            out[k] = t & MASK
            carry = t >> SHIFT
            k += 1
    _normalize(out)
    return out


def _divmod_small(a: list[int], n: int) -> tuple[list[int], int]:
    """Magnitude divided by 0 < n < BASE."""
    out = [0] * len(a)
    rem = 0
    for k in range(len(a) - 1, -1, -1):
        t = (rem << SHIFT) | a[k]
        out[k] = t // n
        rem = t % n
    _normalize(out)
    return out, rem


def _bit_length(a: list[int]) -> int:
    if not a:
        return 0
    top = a[len(a) - 1]
    n = 0
    while top:
        n += 1
        top >>= 1
    return (len(a) - 1) * SHIFT + n


def _shl_mag(a: list[int], n: int) -> list[int]:
    whole = n // SHIFT
    part = n % SHIFT
    out = [0] * whole
    carry = 0
    for d in a:
        t = (d << part) | carry
        out.append(t & MASK)
        carry = t >> SHIFT
    if carry:
        out.append(carry)
    _normalize(out)
    return out


def _shr_mag(a: list[int], n: int) -> list[int]:
    whole = n // SHIFT
    part = n % SHIFT
    out: list[int] = []
    for k in range(whole, len(a)):
        t = a[k] >> part
        if k + 1 < len(a):
            t |= (a[k + 1] << (SHIFT - part)) & MASK
        out.append(t)
    _normalize(out)
    return out


def _divmod_mag(a: list[int], b: list[int]) -> tuple[list[int], list[int]]:
    """Truncating division of magnitudes, b nonzero (shift-and-subtract)."""
    if _cmp_mag(a, b) < 0:
        return [], list(a)
    if len(b) == 1:
        quot, rem = _divmod_small(a, b[0])
        return quot, ([rem] if rem else [])
    shift = _bit_length(a) - _bit_length(b)
    q = [0] * (shift // SHIFT + 1)
    r = list(a)
    d = _shl_mag(b, shift)
    while shift >= 0:
        if _cmp_mag(r, d) >= 0:
            r = _sub_mag(r, d)
            q[shift // SHIFT] |= 1 << (shift % SHIFT)
        d = _shr_mag(d, 1)
        shift -= 1
    _normalize(q)
    return q, r


# ---- signed operations ---------------------------------------------------------

def neg(a: Big) -> Big:
    return Big(-a.sign, list(a.digits))


def add(a: Big, b: Big) -> Big:
    if a.sign == 0:
        return b
    if b.sign == 0:
        return a
    if a.sign == b.sign:
        return Big(a.sign, _add_mag(a.digits, b.digits))
    c = _cmp_mag(a.digits, b.digits)
    if c == 0:
        return Big(0, [])
    if c > 0:
        return Big(a.sign, _sub_mag(a.digits, b.digits))
    return Big(b.sign, _sub_mag(b.digits, a.digits))


def sub(a: Big, b: Big) -> Big:
    return add(a, neg(b))


def mul(a: Big, b: Big) -> Big:
    return Big(a.sign * b.sign, _mul_mag(a.digits, b.digits))


def floordivmod(a: Big, b: Big) -> Optional[tuple[Big, Big]]:
    """Python's floor division and modulo; None when b is zero."""
    if b.sign == 0:
        return None
    qm, rm = _divmod_mag(a.digits, b.digits)
    q = Big(a.sign * b.sign, qm)
    r = Big(a.sign, rm)
    if r.sign != 0 and r.sign != b.sign:
        q = sub(q, from_int(1))
        r = add(r, b)
    return q, r


def power(a: Big, n: int) -> Optional[Big]:
    """a ** n for n >= 0; None if the result would be huge."""
    if _bit_length(a.digits) * n > MAX_DIGITS * SHIFT:
        return None
    result = from_int(1)
    base = a
    while n > 0:
        if n & 1:
            result = mul(result, base)
        n >>= 1
        if n > 0:
            base = mul(base, base)
    return result


def lshift(a: Big, n: int) -> Optional[Big]:
    if n < 0 or n > MAX_DIGITS * SHIFT:
        return None
    return Big(a.sign, _shl_mag(a.digits, n))


def rshift(a: Big, n: int) -> Optional[Big]:
    """Floor semantics: -1 >> 1 == -1."""
    if n < 0:
        return None
    if a.sign >= 0:
        return Big(a.sign, _shr_mag(a.digits, n))
    # -((|a| - 1) >> n) - 1
    m = _sub_mag(a.digits, [1])
    return Big(-1, _add_mag(_shr_mag(m, n), [1]))


def _twos(a: Big, length: int) -> list[int]:
    """length digits of a's two's complement (negatives: ~(|a| - 1))."""
    if a.sign >= 0:
        d = list(a.digits)
        while len(d) < length:
            d.append(0)
        return d
    m = _sub_mag(a.digits, [1])
    while len(m) < length:
        m.append(0)
    out = []
    for k in range(length):
        out.append(m[k] ^ MASK)
    return out


def bitwise(a: Big, b: Big, which: str) -> Big:
    """which: "&", "|" or "^", on infinite two's complement."""
    length = max(len(a.digits), len(b.digits)) + 1
    x = _twos(a, length)
    y = _twos(b, length)
    sa = 1 if a.sign < 0 else 0
    sb = 1 if b.sign < 0 else 0
    out = []
    for k in range(length):
        if which == "&":
            out.append(x[k] & y[k])
        elif which == "|":
            out.append(x[k] | y[k])
        else:
            out.append(x[k] ^ y[k])
    if which == "&":
        negative = sa & sb
    elif which == "|":
        negative = sa | sb
    else:
        negative = sa ^ sb
    if not negative:
        return Big(1, out)
    # value = -(~out + 1)
    inv = []
    for d in out:
        inv.append(d ^ MASK)
    _normalize(inv)
    return Big(-1, _add_mag(inv, [1]))


def invert(a: Big) -> Big:
    return sub(neg(a), from_int(1))


# ---- decimal text ------------------------------------------------------------

def from_text(text: str) -> Big:
    sign = 1
    start = 0
    if text.startswith("-"):
        sign = -1
        start = 1
    digits: list[int] = []
    for k in range(start, len(text)):
        digits = _mul_mag(digits, [10]) if digits else []
        d = ord(text[k]) - 48
        if d:
            digits = _add_mag(digits, [d])
    return Big(sign, digits)


def to_text(a: Big) -> str:
    if a.sign == 0:
        return "0"
    chunks: list[str] = []
    m = list(a.digits)
    while m:
        m, r = _divmod_small(m, 1000000000)
        chunks.append(str(r))
    out = [chunks[len(chunks) - 1]]
    for k in range(len(chunks) - 2, -1, -1):
        out.append("0" * (9 - len(chunks[k])) + chunks[k])
    text = "".join(out)
    return "-" + text if a.sign < 0 else text


def bit_length(a: Big) -> int:
    """Number of bits of the magnitude."""
    return _bit_length(a.digits)
