"""Arbitrary-precision integers for the interpreter (2.7's ``long``).

An ``rbigint`` is immutable: a sign (-1, 0, 1) and a magnitude as
little-endian digits in base 2**30 (like CPython 2.7's 64-bit builds, which
makes ``hash()`` of longs identical), without leading zero digits.  A digit
product plus carries stays below 2**63, so plain subset ``int`` arithmetic
never overflows.

Multiplication is schoolbook below KARATSUBA_CUTOFF digits and Karatsuba
above; division is Knuth's algorithm D.  All operations are functions taking
and returning rbigints; errors are host exceptions the caller turns into
app-level ones: ZeroDivisionError (division), OverflowError (conversion to
int/float), ValueError (negative shift count).
"""
from typing import Optional

from pypy27.support.rarith import (MAXINT, MININT, uint_add, uint_lshift, uint_lt, uint_mul,
                                   uint_rshift, uint_sub)
from pypy27.support.rdigits import (digits_add, digits_divmod_small, digits_knuth, digits_mul,
                                    digits_shl, digits_shr, digits_sub)

SHIFT = 30
BASE = 1 << SHIFT
MASK = BASE - 1
KARATSUBA_CUTOFF = 70


class rbigint(object):
    sign: int
    digits: list[int]

    def __init__(self, sign: int, digits: list[int]) -> None:
        # digits must be normalized (no leading zeros); sign 0 iff no digits
        self.sign = sign
        self.digits = digits


ZERO = rbigint(0, [])
ONE = rbigint(1, [1])
MINUS_ONE = rbigint(-1, [1])


def _normalize(d: list[int]) -> None:
    while d and d[len(d) - 1] == 0:
        d.pop()


def _make(sign: int, digits: list[int]) -> rbigint:
    _normalize(digits)
    if not digits:
        return ZERO
    return rbigint(sign, digits)


# ---- conversions with machine ints -------------------------------------------

def fromint(x: int) -> rbigint:
    if x == 0:
        return ZERO
    if x == MININT:
        return rbigint(-1, [0, 0, 8])       # 2**63 = 8 * BASE**2
    sign = 1
    if x < 0:
        sign = -1
        x = -x
    digits: list[int] = []
    while x > 0:
        digits.append(x & MASK)
        x >>= SHIFT
    return rbigint(sign, digits)


def frombool(b: bool) -> rbigint:
    return ONE if b else ZERO


def fits_int(b: rbigint) -> bool:
    """Whether the value fits a signed 64-bit word."""
    n = len(b.digits)
    if n < 3:
        return True
    if n > 3:
        return False
    if b.digits[2] < 8:
        return True
    return b.sign < 0 and b.digits[0] == 0 and b.digits[1] == 0 and b.digits[2] == 8


def toint(b: rbigint) -> int:
    """The value as a machine int; OverflowError if it does not fit."""
    if not fits_int(b):
        raise OverflowError("long int too large to convert to int")
    if b.sign < 0 and len(b.digits) == 3 and b.digits[2] == 8:
        return MININT
    r = 0
    for k in range(len(b.digits) - 1, -1, -1):
        r = (r << SHIFT) | b.digits[k]
    return -r if b.sign < 0 else r


def touint_mask(b: rbigint) -> int:
    """The low 64 bits of the two's complement value, as a signed int."""
    r = 0
    n = len(b.digits)
    k = (n if n < 3 else 3) - 1
    while k >= 0:
        r = uint_lshift(r, SHIFT) | b.digits[k]
        k -= 1
    if b.sign < 0:
        r = uint_sub(0, r)
    return r


# ---- comparisons -----------------------------------------------------------------

def _cmp_mag(a: list[int], b: list[int]) -> int:
    if len(a) != len(b):
        return 1 if len(a) > len(b) else -1
    for k in range(len(a) - 1, -1, -1):
        if a[k] != b[k]:
            return 1 if a[k] > b[k] else -1
    return 0


def compare(a: rbigint, b: rbigint) -> int:
    """-1, 0 or 1."""
    if a.sign != b.sign:
        return 1 if a.sign > b.sign else -1
    c = _cmp_mag(a.digits, b.digits)
    return c if a.sign >= 0 else -c


def eq(a: rbigint, b: rbigint) -> bool:
    return compare(a, b) == 0


def lt(a: rbigint, b: rbigint) -> bool:
    return compare(a, b) < 0


def is_zero(a: rbigint) -> bool:
    return a.sign == 0


# ---- magnitudes --------------------------------------------------------------

def _add_mag(a: list[int], b: list[int]) -> list[int]:
    if len(a) < len(b):
        a, b = b, a
    out = [0] * (len(a) + 1)
    digits_add(out, a, b)
    if out[len(a)] == 0:
        out.pop()
    return out


def _sub_mag(a: list[int], b: list[int]) -> list[int]:
    """a - b for |a| >= |b|."""
    out = [0] * len(a)
    digits_sub(out, a, b)
    _normalize(out)
    return out


def _mul_school(a: list[int], b: list[int]) -> list[int]:
    na = len(a)
    nb = len(b)
    out = [0] * (na + nb)
    digits_mul(out, a, b)
    _normalize(out)
    return out


def _add_into(out: list[int], x: list[int], offset: int) -> None:
    """out += x << (offset digits); out is long enough for the result."""
    carry = 0
    k = offset
    for d in x:
        t = out[k] + d + carry
        out[k] = t & MASK
        carry = t >> SHIFT
        k += 1
    while carry:
        t = out[k] + carry
        out[k] = t & MASK
        carry = t >> SHIFT
        k += 1


def _sub_into(out: list[int], x: list[int], offset: int) -> None:
    """out -= x << (offset digits); the result must be >= 0."""
    borrow = 0
    k = offset
    for d in x:
        t = out[k] - d - borrow
        if t < 0:
            t += BASE
            borrow = 1
        else:
            borrow = 0
        out[k] = t
        k += 1
    while borrow:
        t = out[k] - borrow
        if t < 0:
            t += BASE
            borrow = 1
        else:
            borrow = 0
        out[k] = t
        k += 1


def _slice(a: list[int], lo: int, hi: int) -> list[int]:
    if hi > len(a):
        hi = len(a)
    if lo >= hi:
        return []
    r = a[lo:hi]
    _normalize(r)
    return r


def _mul_mag(a: list[int], b: list[int]) -> list[int]:
    na = len(a)
    nb = len(b)
    if na == 0 or nb == 0:
        return []
    if na < nb:
        a, b = b, a
        na, nb = nb, na
    if nb < KARATSUBA_CUTOFF:
        return _mul_school(a, b)
    if 2 * nb <= na:
        # lopsided: multiply b by slices of a
        out = [0] * (na + nb + 1)
        lo = 0
        while lo < na:
            part = _slice(a, lo, lo + nb)
            if part:
                _add_into(out, _mul_mag(part, b), lo)
            lo += nb
        _normalize(out)
        return out
    h = na // 2
    a0 = _slice(a, 0, h)
    a1 = _slice(a, h, na)
    b0 = _slice(b, 0, h)
    b1 = _slice(b, h, nb)
    z0 = _mul_mag(a0, b0)
    z2 = _mul_mag(a1, b1)
    z1 = _mul_mag(_add_mag(a0, a1), _add_mag(b0, b1))
    out = [0] * (len(z1) + 2 * h + 2)
    if len(out) < na + nb + 1:
        out = [0] * (na + nb + 1)
    _add_into(out, z1, h)
    _sub_into(out, z0, h)
    _sub_into(out, z2, h)
    _add_into(out, z0, 0)
    _add_into(out, z2, 2 * h)
    _normalize(out)
    return out


def _divmod_small(a: list[int], n: int) -> tuple[list[int], int]:
    """Magnitude divided by 0 < n < BASE."""
    out = [0] * len(a)
    rem = digits_divmod_small(out, a, n)
    _normalize(out)
    return out, rem


def _bits_in_digit(d: int) -> int:
    n = 0
    while d:
        n += 1
        d >>= 1
    return n


def _bit_length(a: list[int]) -> int:
    if not a:
        return 0
    return (len(a) - 1) * SHIFT + _bits_in_digit(a[len(a) - 1])


def _shl_mag(a: list[int], n: int) -> list[int]:
    whole = n // SHIFT
    part = n % SHIFT
    out = [0] * (whole + len(a) + 1)
    digits_shl(out, a, whole, part)
    _normalize(out)
    return out


def _shr_mag(a: list[int], n: int) -> list[int]:
    whole = n // SHIFT
    part = n % SHIFT
    if whole >= len(a):
        return []
    out = [0] * (len(a) - whole)
    digits_shr(out, a, whole, part)
    _normalize(out)
    return out


def _knuth(a: list[int], b: list[int]) -> tuple[list[int], list[int], int]:
    """Knuth's division for len(b) >= 2 and a >= b: the quotient, and u and
    d such that the remainder is u[:len(b)] >> d."""
    nb = len(b)
    d = SHIFT - _bits_in_digit(b[nb - 1])
    v = [0] * (nb + 1)
    digits_shl(v, b, 0, d)
    v.pop()                     # b's top digit shifted by d stays below BASE
    u = [0] * (len(a) + 1)      # a shifted, with its top word (maybe 0)
    digits_shl(u, a, 0, d)
    q = [0] * (len(a) + 1 - nb)
    digits_knuth(u, v, q)
    _normalize(q)
    return q, u, d


def _divmod_mag(a: list[int], b: list[int]) -> tuple[list[int], list[int]]:
    """Truncating division of magnitudes, b nonzero (Knuth, algorithm D)."""
    if _cmp_mag(a, b) < 0:
        return [], list(a)
    nb = len(b)
    if nb == 1:
        quot, rem = _divmod_small(a, b[0])
        return quot, ([rem] if rem else [])
    q, u, d = _knuth(a, b)
    r = u[0:nb]
    _normalize(r)
    return q, _shr_mag(r, d)


def _div_mag(a: list[int], b: list[int]) -> tuple[list[int], bool]:
    """The truncated quotient of magnitudes, b nonzero, and whether the
    remainder is nonzero (floor division needs no more of it)."""
    if _cmp_mag(a, b) < 0:
        return [], len(a) > 0
    nb = len(b)
    if nb == 1:
        quot, rem = _divmod_small(a, b[0])
        return quot, rem != 0
    q, u, d = _knuth(a, b)
    for k in range(nb):
        if u[k] != 0:
            return q, True
    return q, False


# ---- arithmetic ------------------------------------------------------------------

def neg(a: rbigint) -> rbigint:
    if a.sign == 0:
        return a
    return rbigint(-a.sign, a.digits)


def abs_(a: rbigint) -> rbigint:
    if a.sign >= 0:
        return a
    return rbigint(1, a.digits)


def add(a: rbigint, b: rbigint) -> rbigint:
    if a.sign == 0:
        return b
    if b.sign == 0:
        return a
    if a.sign == b.sign:
        return rbigint(a.sign, _add_mag(a.digits, b.digits))
    c = _cmp_mag(a.digits, b.digits)
    if c == 0:
        return ZERO
    if c > 0:
        return _make(a.sign, _sub_mag(a.digits, b.digits))
    return _make(b.sign, _sub_mag(b.digits, a.digits))


def sub(a: rbigint, b: rbigint) -> rbigint:
    return add(a, neg(b))


def mul(a: rbigint, b: rbigint) -> rbigint:
    if a.sign == 0 or b.sign == 0:
        return ZERO
    return _make(a.sign * b.sign, _mul_mag(a.digits, b.digits))


def floordivmod(a: rbigint, b: rbigint) -> tuple[rbigint, rbigint]:
    """Python's floor division and modulo; ZeroDivisionError if b is zero."""
    if b.sign == 0:
        raise ZeroDivisionError("long division or modulo by zero")
    qm, rm = _divmod_mag(a.digits, b.digits)
    q = _make(a.sign * b.sign, qm)
    r = _make(a.sign, rm)
    if r.sign != 0 and r.sign != b.sign:
        q = sub(q, ONE)
        r = add(r, b)
    return q, r


def floordiv(a: rbigint, b: rbigint) -> rbigint:
    if b.sign == 0:
        raise ZeroDivisionError("long division or modulo by zero")
    qm, inexact = _div_mag(a.digits, b.digits)
    q = _make(a.sign * b.sign, qm)
    if inexact and a.sign != b.sign:
        q = sub(q, ONE)         # the remainder, of a's sign, would take b's
    return q


def mod(a: rbigint, b: rbigint) -> rbigint:
    return floordivmod(a, b)[1]


def truncdivmod(a: rbigint, b: rbigint) -> tuple[rbigint, rbigint]:
    """C-style division (quotient towards zero, remainder with a's sign)."""
    if b.sign == 0:
        raise ZeroDivisionError("long division or modulo by zero")
    qm, rm = _divmod_mag(a.digits, b.digits)
    return _make(a.sign * b.sign, qm), _make(a.sign, rm)


def pow_(a: rbigint, b: rbigint, m: Optional[rbigint]) -> rbigint:
    """a ** b (b >= 0), optionally modulo m (m nonzero; result has m's sign
    like 2.7)."""
    assert b.sign >= 0
    if m is not None:
        negm = m.sign < 0
        mm = abs_(m)
        if len(mm.digits) == 1 and mm.digits[0] == 1:
            return ZERO
        base = mod(a, mm)
        result = ONE
        bits = _bit_length(b.digits)
        for i in range(bits - 1, -1, -1):
            result = mod(mul(result, result), mm)
            if (b.digits[i // SHIFT] >> (i % SHIFT)) & 1:
                result = mod(mul(result, base), mm)
        if negm and result.sign != 0:
            result = sub(result, mm)
        return result
    if b.sign == 0:
        return ONE
    if a.sign == 0:
        return ZERO
    result = ONE
    bits = _bit_length(b.digits)
    for i in range(bits - 1, -1, -1):
        result = mul(result, result)
        if (b.digits[i // SHIFT] >> (i % SHIFT)) & 1:
            result = mul(result, a)
    return result


def lshift(a: rbigint, n: int) -> rbigint:
    """a << n; ValueError for a negative n."""
    if n < 0:
        raise ValueError("negative shift count")
    if a.sign == 0:
        return ZERO
    return rbigint(a.sign, _shl_mag(a.digits, n))


def rshift(a: rbigint, n: int) -> rbigint:
    """Floor semantics: -1 >> 1 == -1."""
    if n < 0:
        raise ValueError("negative shift count")
    if a.sign >= 0:
        return _make(a.sign, _shr_mag(a.digits, n))
    # -((|a| - 1) >> n) - 1
    m = _sub_mag(a.digits, [1])
    return _make(-1, _add_mag(_shr_mag(m, n), [1]))


def _twos(a: rbigint, length: int) -> list[int]:
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


def _bitwise(a: rbigint, b: rbigint, which: int) -> rbigint:
    """which: 0 '&', 1 '|', 2 '^', on infinite two's complement."""
    la = len(a.digits)
    lb = len(b.digits)
    length = (la if la > lb else lb) + 1
    x = _twos(a, length)
    y = _twos(b, length)
    sa = 1 if a.sign < 0 else 0
    sb = 1 if b.sign < 0 else 0
    out = [0] * length
    if which == 0:
        for k in range(length):
            out[k] = x[k] & y[k]
        negative = sa & sb
    elif which == 1:
        for k in range(length):
            out[k] = x[k] | y[k]
        negative = sa | sb
    else:
        for k in range(length):
            out[k] = x[k] ^ y[k]
        negative = sa ^ sb
    if not negative:
        return _make(1, out)
    # value = -(~out + 1)
    inv = []
    for d in out:
        inv.append(d ^ MASK)
    _normalize(inv)
    return _make(-1, _add_mag(inv, [1]))


def and_(a: rbigint, b: rbigint) -> rbigint:
    return _bitwise(a, b, 0)


def or_(a: rbigint, b: rbigint) -> rbigint:
    return _bitwise(a, b, 1)


def xor(a: rbigint, b: rbigint) -> rbigint:
    return _bitwise(a, b, 2)


def invert(a: rbigint) -> rbigint:
    """~a == -a - 1."""
    return sub(neg(a), ONE)


def bit_length(a: rbigint) -> int:
    return _bit_length(a.digits)


def is_odd(a: rbigint) -> bool:
    return a.sign != 0 and (a.digits[0] & 1) == 1


# ---- hashing -----------------------------------------------------------------------

def hash_(a: rbigint) -> int:
    """2.7's hash of a long (64-bit build, 30-bit digits): equal to the int
    hash for values that fit."""
    x = 0
    for k in range(len(a.digits) - 1, -1, -1):
        x = uint_lshift(x, SHIFT) | uint_rshift(x, 64 - SHIFT)
        d = a.digits[k]
        x = uint_add(x, d)
        if uint_lt(x, d):
            x = uint_add(x, 1)
    if a.sign < 0:
        x = uint_mul(x, -1)
    if x == -1:
        x = -2
    return x


# ---- floats ------------------------------------------------------------------------

def _ldexp(x: float, e: int) -> float:
    """x * 2**e for an e small enough not to overflow past inf."""
    from pypy27.support.rfloat import ldexp
    return ldexp(x, e)


def tofloat(a: rbigint) -> float:
    """Correctly rounded (half-even); OverflowError "long int too large to
    convert to float"."""
    nbits = _bit_length(a.digits)
    if nbits <= 53:
        r = 0
        for k in range(len(a.digits) - 1, -1, -1):
            r = (r << SHIFT) | a.digits[k]
        f = float(r)
        return -f if a.sign < 0 else f
    if nbits > 1024:
        raise OverflowError("long int too large to convert to float")
    shift = nbits - 54
    top = _shr_mag(a.digits, shift)
    m = 0
    for k in range(len(top) - 1, -1, -1):
        m = (m << SHIFT) | top[k]
    sticky = False
    whole = shift // SHIFT
    for k in range(whole):
        if a.digits[k] != 0:
            sticky = True
            break
    if not sticky and (a.digits[whole] & ((1 << (shift % SHIFT)) - 1)) != 0:
        sticky = True
    # m has 54 bits: round the last one away, half to even
    if (m & 1) and (sticky or (m & 2)):
        m += 1
    m >>= 1
    if m == (1 << 53) and nbits == 1024:
        raise OverflowError("long int too large to convert to float")
    if nbits == 1024 and m >= (1 << 53):
        raise OverflowError("long int too large to convert to float")
    f = _ldexp(float(m), shift + 1)
    return -f if a.sign < 0 else f


def fromfloat(f: float) -> rbigint:
    """The integral part of a finite float (truncated towards zero)."""
    neg_ = f < 0.0
    if neg_:
        f = -f
    if f < 1.0:
        return ZERO
    # split into chunks of 2**30 from the top, exactly
    from pypy27.support.rfloat import frexp_exponent, ldexp
    e = frexp_exponent(f)          # f = m * 2**e with 0.5 <= m < 1
    if e <= 63:
        if f < 9.2e18:
            r = fromint(int(f))
            return neg(r) if neg_ else r
    # f = (f * 2**-(e-53)) * 2**(e-53); the scaled value is an exact integer
    scaled = ldexp(f, 53 - e)
    r = lshift(fromint(int(scaled)), e - 53)
    return neg(r) if neg_ else r


def truediv(a: rbigint, b: rbigint) -> float:
    """a / b correctly rounded; ZeroDivisionError "division by zero",
    OverflowError "long int too large to convert to float" / "integer
    division result too large for a float"."""
    if b.sign == 0:
        raise ZeroDivisionError("division by zero")
    if a.sign == 0:
        return 0.0 if a.sign * b.sign >= 0 else -0.0
    na = _bit_length(a.digits)
    nb = _bit_length(b.digits)
    if na <= 53 and nb <= 53:
        return tofloat(a) / tofloat(b)
    negative = a.sign * b.sign < 0
    # scale so that the quotient has 55 bits or more, then round with a sticky bit
    diff = na - nb
    if diff > 1025:
        raise OverflowError("integer division result too large for a float")
    if diff < -1080:
        return -0.0 if negative else 0.0
    shift = 55 - diff
    x = abs_(a)
    y = abs_(b)
    if shift > 0:
        x = lshift(x, shift)
    elif shift < 0:
        y = lshift(y, -shift)
    q, r = _divmod_mag(x.digits, y.digits)
    qv = 0
    for k in range(len(q) - 1, -1, -1):
        qv = (qv << SHIFT) | q[k]
    # qv has 55 or 56 bits; the exponent of the result is bits(qv) - shift
    qbits = _bits_in_digit(qv >> 30) + 30 if qv >= BASE else _bits_in_digit(qv)
    exp = qbits - shift            # result in [2**(exp-1), 2**exp)
    # number of mantissa bits available (subnormals have fewer)
    keep = 53
    if exp - 53 < -1074:
        keep = exp + 1074
        if keep < 0:
            keep = 0
    drop = qbits - keep
    sticky = len(r) > 0
    if drop > 0:
        low = qv & ((1 << drop) - 1)
        qv >>= drop
        half = 1 << (drop - 1)
        if low > half or (low == half and (sticky or (qv & 1))):
            qv += 1
        elif low == half and not sticky and not (qv & 1):
            pass
    if exp - 53 > 1024 - 53 or (exp == 1025) or (exp == 1024 and qv >= (1 << 53)) :
        raise OverflowError("integer division result too large for a float")
    from pypy27.support.rfloat import ldexp
    f = ldexp(float(qv), drop - shift)
    if f == 1e300 * 1e300:
        raise OverflowError("integer division result too large for a float")
    return -f if negative else f


# ---- text ------------------------------------------------------------------------------

_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def fromdecimalstr(text: str) -> rbigint:
    """Decimal digits with an optional '-' (already validated)."""
    sign = 1
    start = 0
    if text.startswith("-"):
        sign = -1
        start = 1
    elif text.startswith("+"):
        start = 1
    return _from_digits(text, start, len(text), 10, sign)


def _from_digits(text: str, start: int, stop: int, base: int, sign: int) -> rbigint:
    """Digits text[start:stop] in the base (validated; letters any case)."""
    # chunk: largest power of base below BASE
    chunk = 1
    power = base
    while power * base < BASE:
        power *= base
        chunk += 1
    digits: list[int] = []
    k = start
    n = stop - start
    first = n % chunk
    if first == 0:
        first = chunk
    while k < stop:
        end = k + first
        first = chunk
        v = 0
        scale = 1
        while k < end:
            v = v * base + _digit_value(text[k])
            scale *= base
            k += 1
        # digits = digits * scale + v
        carry = v
        for i in range(len(digits)):
            t = digits[i] * scale + carry
            digits[i] = t & MASK
            carry = t >> SHIFT
        while carry:
            digits.append(carry & MASK)
            carry >>= SHIFT
    return _make(sign, digits)


def _digit_value(c: str) -> int:
    o = ord(c)
    if 48 <= o <= 57:
        return o - 48
    if 97 <= o <= 122:
        return o - 87
    if 65 <= o <= 90:
        return o - 55
    return 99


def fromstr(text: str, base: int) -> Optional[rbigint]:
    """Parse an optionally signed string of digits in base 2..36 (no
    whitespace, prefix or suffix); None if it is not one."""
    sign = 1
    start = 0
    n = len(text)
    if n > 0 and text[0] == "-":
        sign = -1
        start = 1
    elif n > 0 and text[0] == "+":
        start = 1
    if start >= n:
        return None
    for k in range(start, n):
        if _digit_value(text[k]) >= base:
            return None
    return _from_digits(text, start, n, base, sign)


def _mag_to_decimal(a: list[int]) -> str:
    if not a:
        return "0"
    if len(a) > 40:
        return _mag_to_decimal_dc(a)
    chunks: list[str] = []
    m = a
    while m:
        m, r = _divmod_small(m, 1000000000)
        chunks.append(str(r))
    out = [chunks[len(chunks) - 1]]
    for k in range(len(chunks) - 2, -1, -1):
        c = chunks[k]
        out.append("0" * (9 - len(c)) + c)
    return "".join(out)


def _mag_to_decimal_dc(a: list[int]) -> str:
    """Divide and conquer: split by a power of ten of about half the size."""
    ndec = (_bit_length(a) * 30103) // 100000 + 1     # upper bound of digits
    half = ndec // 2
    p = pow_(fromint(10), fromint(half), None)
    q, r = _divmod_mag(a, p.digits)
    high = _mag_to_decimal(q) if q else ""
    low = _mag_to_decimal(r)
    if not high:
        return low
    return high + "0" * (half - len(low)) + low


def str_(a: rbigint) -> str:
    """Decimal text, '-' for negatives (no 'L')."""
    s = _mag_to_decimal(a.digits)
    return "-" + s if a.sign < 0 else s


def format_base(a: rbigint, base: int) -> str:
    """Digits in base 2, 8 or 16 (power of two bases), lower case, with '-'."""
    if a.sign == 0:
        return "0"
    bits = 1
    if base == 8:
        bits = 3
    elif base == 16:
        bits = 4
    elif base == 32:
        bits = 5
    nbits = _bit_length(a.digits)
    out: list[str] = []
    mask = (1 << bits) - 1
    pos = 0
    while pos < nbits:
        d = _extract_bits(a.digits, pos, bits) & mask
        out.append(_DIGITS[d])
        pos += bits
    out.reverse()
    s = "".join(out)
    return "-" + s if a.sign < 0 else s


def _extract_bits(d: list[int], pos: int, n: int) -> int:
    """n (< 30) bits of the magnitude starting at bit pos."""
    k = pos // SHIFT
    off = pos % SHIFT
    v = d[k] >> off
    if off + n > SHIFT and k + 1 < len(d):
        v |= d[k + 1] << (SHIFT - off)
    return v


def format_any_base(a: rbigint, base: int) -> str:
    """Digits in any base 2..36."""
    if base == 10:
        return str_(a)
    if base == 2 or base == 8 or base == 16 or base == 32:
        return format_base(a, base)
    if a.sign == 0:
        return "0"
    out: list[str] = []
    m = a.digits
    while m:
        m, r = _divmod_small(m, base)
        out.append(_DIGITS[r])
    out.reverse()
    s = "".join(out)
    return "-" + s if a.sign < 0 else s


def maxint_plus(delta: int) -> rbigint:
    return add(fromint(MAXINT), fromint(delta))
