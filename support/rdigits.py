"""The inner digit loops of support/rbigint.py as primitives.

Translated, each is one C function (translator/c/runtime/rt_bigint.c): the
subset's own loops check every list index and the pending exception, which
made long arithmetic several times slower than CPython's. The bodies here
are the host reference versions. Digits are base 2**30, little-endian;
callers allocate the outputs at the documented size, zero-filled, and
normalize them afterwards.
"""
from pypy27.support.markers import primitive

SHIFT = 30
BASE = 1 << SHIFT
MASK = BASE - 1


@primitive
def digits_mul(out: list[int], a: list[int], b: list[int]) -> None:
    """out += a * b; len(out) == len(a) + len(b)."""
    nb = len(b)
    for i in range(len(a)):
        ai = a[i]
        if ai == 0:
            continue
        carry = 0
        for j in range(nb):
            t = out[i + j] + ai * b[j] + carry
            out[i + j] = t & MASK
            carry = t >> SHIFT
        k = i + nb
        while carry:
            t = out[k] + carry
            out[k] = t & MASK
            carry = t >> SHIFT
            k += 1


@primitive
def digits_add(out: list[int], a: list[int], b: list[int]) -> None:
    """out = a + b for len(a) >= len(b); len(out) == len(a) + 1."""
    carry = 0
    nb = len(b)
    for k in range(len(a)):
        t = a[k] + carry
        if k < nb:
            t += b[k]
        out[k] = t & MASK
        carry = t >> SHIFT
    out[len(a)] = carry


@primitive
def digits_sub(out: list[int], a: list[int], b: list[int]) -> None:
    """out = a - b for a >= b; len(out) == len(a)."""
    borrow = 0
    nb = len(b)
    for k in range(len(a)):
        t = a[k] - borrow
        if k < nb:
            t -= b[k]
        if t < 0:
            t += BASE
            borrow = 1
        else:
            borrow = 0
        out[k] = t


@primitive
def digits_divmod_small(out: list[int], a: list[int], n: int) -> int:
    """out = a // n, returns a % n, for 0 < n < BASE; len(out) == len(a)."""
    rem = 0
    for k in range(len(a) - 1, -1, -1):
        t = (rem << SHIFT) | a[k]
        q = t // n
        out[k] = q
        rem = t - q * n
    return rem


@primitive
def digits_knuth(u: list[int], v: list[int], q: list[int]) -> None:
    """Knuth's algorithm D: v has n >= 2 digits, the top one with its high
    bit set; u has len(q) + n digits (shifted like v, top digit may be 0).
    Leaves the quotient in q and the shifted remainder in u[:n]."""
    n = len(v)
    vtop = v[n - 1]
    vnext = v[n - 2]
    j = len(q) - 1
    while j >= 0:
        top = (u[j + n] << SHIFT) | u[j + n - 1]
        qhat = top // vtop
        rhat = top - qhat * vtop
        while qhat >= BASE or qhat * vnext > ((rhat << SHIFT) | u[j + n - 2]):
            qhat -= 1
            rhat += vtop
            if rhat >= BASE:
                break
        borrow = 0
        carry = 0
        for i in range(n):
            p = qhat * v[i] + carry
            carry = p >> SHIFT
            t = u[i + j] - (p & MASK) - borrow
            if t < 0:
                t += BASE
                borrow = 1
            else:
                borrow = 0
            u[i + j] = t
        t = u[j + n] - carry - borrow
        if t < 0:
            qhat -= 1           # one too large: add v back
            c = 0
            for i in range(n):
                s = u[i + j] + v[i] + c
                u[i + j] = s & MASK
                c = s >> SHIFT
            t += c
        u[j + n] = t
        q[j] = qhat
        j -= 1


@primitive
def digits_shl(out: list[int], a: list[int], whole: int, part: int) -> None:
    """out[whole:] = a << part for 0 <= part < SHIFT; len(out) == whole + len(a) + 1."""
    carry = 0
    for k in range(len(a)):
        t = (a[k] << part) | carry
        out[whole + k] = t & MASK
        carry = t >> SHIFT
    out[whole + len(a)] = carry


@primitive
def digits_shr(out: list[int], a: list[int], whole: int, part: int) -> None:
    """out = a[whole:] >> part for 0 <= part < SHIFT; len(out) == len(a) - whole."""
    na = len(a)
    for k in range(whole, na):
        t = a[k] >> part
        if part and k + 1 < na:
            t |= (a[k + 1] << (SHIFT - part)) & MASK
        out[k - whole] = t
