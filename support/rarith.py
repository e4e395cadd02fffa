"""Machine-integer arithmetic for the subset.

The subset's ``int`` is a signed 64-bit word when translated but an unbounded
integer on the host, so any operation that may leave the 64-bit range has to say
what it means:

* ``ovfcheck(a + b)`` -- the result must fit, otherwise ``OverflowError``.
* ``intmask(x)`` -- wrap around to 64 bits (two's complement).
* ``r_uint`` and the ``uint_*`` functions -- unsigned 64-bit arithmetic.

Primitives (the translator replaces each call; their bodies are host-only):
``ovfcheck``, ``intmask``, ``r_uint`` and every ``uint_*`` function.  The
translator recognises ``ovfcheck(<binop>)`` / ``ovfcheck(-x)`` and emits the
overflow-checked C operation (rt_int_add_ovf etc.); ``intmask(<expr>)`` becomes
the wrapping C operation.  The remaining functions (``int_between``,
``highest_bit``, ``int_c_div``, ``int_c_mod``) are ordinary subset code.

Unsigned design: an unsigned value is carried in a plain ``int`` holding the
*same bit pattern* as the C ``Unsigned`` would, i.e. in ``range(MININT,
MAXINT + 1)``.  So the untranslated value is identical to the translated one
(no 2**64-sized host values that could not exist in C), ``==``, ``!=``, ``&``,
``|``, ``^`` and ``~`` work unchanged, and only operations whose result depends
on signedness go through ``uint_*`` functions (each translates to one C
operation on ``(Unsigned)`` casts).  ``r_uint(x)`` converts any host integer to
that representation (it equals ``intmask(x)``; the separate name documents
intent).  A class wrapper was rejected: it would be a heap record translated.
"""
from pypy27.support.markers import primitive

LONG_BIT = 64
MAXINT = (1 << (LONG_BIT - 1)) - 1
MININT = -MAXINT - 1
_MASK = (1 << LONG_BIT) - 1


@primitive
def ovfcheck(x: int) -> int:
    """Return x unchanged if it fits in a signed 64-bit word, else raise OverflowError."""
    if x < MININT or x > MAXINT:
        raise OverflowError("integer overflow")
    return x


@primitive
def intmask(x: int) -> int:
    """Wrap x around to a signed 64-bit value (two's complement)."""
    x &= _MASK
    if x > MAXINT:
        x -= 1 << LONG_BIT
    return x


# ---- unsigned arithmetic (values carried as signed bit patterns) -------------

@primitive
def r_uint(x: int) -> int:
    """The unsigned 64-bit value congruent to x, as a bit pattern (see module doc)."""
    return intmask(x)


def _u(x: int) -> int:
    # host helper: bit pattern -> mathematical unsigned value
    return x & _MASK


@primitive
def uint_value_fits(x: int) -> bool:
    """True if the unsigned value is <= MAXINT, i.e. the same as its signed reading."""
    return x >= 0


@primitive
def uint_add(a: int, b: int) -> int:
    return intmask(_u(a) + _u(b))


@primitive
def uint_sub(a: int, b: int) -> int:
    return intmask(_u(a) - _u(b))


@primitive
def uint_mul(a: int, b: int) -> int:
    return intmask(_u(a) * _u(b))


@primitive
def uint_floordiv(a: int, b: int) -> int:
    """Unsigned division; ZeroDivisionError if b == 0."""
    if b == 0:
        raise ZeroDivisionError("unsigned division by zero")
    return intmask(_u(a) // _u(b))


@primitive
def uint_mod(a: int, b: int) -> int:
    """Unsigned remainder; ZeroDivisionError if b == 0."""
    if b == 0:
        raise ZeroDivisionError("unsigned modulo by zero")
    return intmask(_u(a) % _u(b))


@primitive
def uint_rshift(a: int, n: int) -> int:
    """Logical (zero-filling) right shift; n in range(64)."""
    assert 0 <= n < LONG_BIT
    return intmask(_u(a) >> n)


@primitive
def uint_lshift(a: int, n: int) -> int:
    """Left shift dropping the bits shifted out; n in range(64)."""
    assert 0 <= n < LONG_BIT
    return intmask(_u(a) << n)


@primitive
def uint_lt(a: int, b: int) -> bool:
    return _u(a) < _u(b)


@primitive
def uint_le(a: int, b: int) -> bool:
    return _u(a) <= _u(b)


@primitive
def uint_gt(a: int, b: int) -> bool:
    return _u(a) > _u(b)


@primitive
def uint_ge(a: int, b: int) -> bool:
    return _u(a) >= _u(b)


@primitive
def uint_to_float(a: int) -> float:
    return float(_u(a))


@primitive
def uint_str(a: int) -> str:
    """Decimal text of the unsigned value."""
    return str(_u(a))


# ---- ordinary subset helpers -------------------------------------------------

def int_between(a: int, x: int, b: int) -> bool:
    """a <= x < b; the JIT may turn it into a single unsigned comparison."""
    return a <= x and x < b


def highest_bit(n: int) -> int:
    """Index of the most significant set bit of n (n > 0): highest_bit(1) == 0."""
    assert n > 0
    i = 0
    while n > 1:
        n >>= 1
        i += 1
    return i


def int_c_div(x: int, y: int) -> int:
    """Division truncating towards zero, like C.  ZeroDivisionError if y == 0;
    OverflowError for MININT / -1, the one quotient that does not fit."""
    if y == -1:
        return ovfcheck(-x)
    q = x // y
    if q < 0 and x % y != 0:
        q += 1      # floor went one below the truncated quotient
    return q


def int_c_mod(x: int, y: int) -> int:
    """Remainder with the sign of x, like C (x == int_c_div(x, y) * y + r)."""
    r = x % y
    if r != 0 and (x < 0) != (y < 0):
        r -= y      # floor remainder has y's sign; shift it to x's
    return r
