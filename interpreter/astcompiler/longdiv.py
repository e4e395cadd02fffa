"""2.7's true division of integers (``from __future__ import division``
with long operands, or ints too large for a double), correctly rounded to
the nearest double (ties to even), as 2.7's long_true_divide computes it.

a / b is scaled by a power of two so that the integer quotient has 55 or
56 bits, then rounded to the 53 bits of a double (fewer for a subnormal
result) with the remainder as sticky bit.  Division by zero and results
too large for a double raise CannotFold (2.7 raises).
"""
from typing import Optional

from pypy27.interpreter.astcompiler import bigint
from pypy27.interpreter.astcompiler.misc import CannotFold

MIN_EXP_LSB = -1074     # exponent of the smallest subnormal
MAX_EXP = 1023


def _scale(x: float, k: int) -> float:
    """x * 2**k, exact while the result is representable."""
    while k > 60:
        x = x * 1152921504606846976.0    # 2**60
        k -= 60
    while k < -60:
        x = x * (1.0 / 1152921504606846976.0)
        k += 60
    if k >= 0:
        return x * float(1 << k)
    return x / float(1 << -k)


def true_divide(a: bigint.Big, b: bigint.Big) -> float:
    if b.is_zero():
        raise CannotFold    # ZeroDivisionError
    negative = (a.sign < 0) != (b.sign < 0)
    if a.is_zero():
        return -0.0 if negative else 0.0
    a = bigint.Big(1, list(a.digits))
    b = bigint.Big(1, list(b.digits))
    s = 55 - (bigint.bit_length(a) - bigint.bit_length(b))
    num: Optional[bigint.Big] = a
    den: Optional[bigint.Big] = b
    if s >= 0:
        num = bigint.lshift(a, s)
    else:
        den = bigint.lshift(b, -s)
    if num is None or den is None:
        raise CannotFold
    qr = bigint.floordivmod(num, den)
    assert qr is not None
    q, r = qr
    sticky = not r.is_zero()
    qbits = bigint.bit_length(q)
    lsb = qbits - 1 - s - 52
    if lsb < MIN_EXP_LSB:
        lsb = MIN_EXP_LSB
    drop = lsb + s
    if drop <= 0:
        kept = q
    else:
        shifted = bigint.rshift(q, drop)
        assert shifted is not None
        kept = shifted
        back = bigint.lshift(kept, drop)
        assert back is not None
        rem = bigint.sub(q, back)
        half = bigint.lshift(bigint.from_int(1), drop - 1)
        assert half is not None
        c = bigint.sub(rem, half).sign
        odd = len(kept.digits) > 0 and (kept.digits[0] & 1) == 1
        if c > 0 or (c == 0 and (sticky or odd)):
            kept = bigint.add(kept, bigint.from_int(1))
    if bigint.bit_length(kept) - 1 + lsb > MAX_EXP:
        raise CannotFold    # OverflowError: result too large for a float
    value = _scale(float(bigint.to_int(kept)), lsb)
    return -value if negative else value
