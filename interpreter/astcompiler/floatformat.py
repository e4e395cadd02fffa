"""2.7's float-to-text conversions at compile time: ``%e``, ``%f``, ``%g``
with any precision, ``str()`` and ``repr()`` of floats and complex numbers.

2.7 converts correctly rounded (round-half-even on exact ties, which a
binary fraction can produce).  We do the same exactly: a finite double is
``m * 2**k``; the digits wanted are ``round(m * 2**k * 10**s)`` for a scale
``s``, computed with the bignums of ``bigint.py``.  ``repr()`` is the
shortest round-tripping form, which the subset's ``repr(float)`` already
produces in 2.7's layout.
"""
from pypy27.interpreter.astcompiler import bigint

TWO53 = 9007199254740992.0
INF = 1e300 * 1e300


def is_finite(x: float) -> bool:
    return x == x and x != INF and x != -INF


def is_negative(x: float) -> bool:
    """Sign bit set (-0.0 included); x is not a nan."""
    if x != 0.0:
        return x < 0.0
    return repr(x).startswith("-")


def _mantissa_exponent(x: float) -> tuple[int, int]:
    """(m, k) with x == m * 2**k exactly, for a finite x > 0."""
    k = 0
    while x < TWO53 and float(int(x)) != x:
        x = x * 2.0
        k -= 1
    while x >= TWO53:
        x = x / 2.0
        k += 1
    return int(x), k


def _pow10(n: int) -> bigint.Big:
    r = bigint.power(bigint.from_int(10), n)
    assert r is not None
    return r


def _scaled(x: float, s: int) -> bigint.Big:
    """round-half-even(x * 10**s) for a finite x > 0."""
    m, k = _mantissa_exponent(x)
    num = bigint.from_int(m)
    den = bigint.from_int(1)
    if k >= 0:
        shifted = bigint.lshift(num, k)
        assert shifted is not None
        num = shifted
    else:
        shifted = bigint.lshift(den, -k)
        assert shifted is not None
        den = shifted
    if s >= 0:
        num = bigint.mul(num, _pow10(s))
    else:
        den = bigint.mul(den, _pow10(-s))
    qr = bigint.floordivmod(num, den)
    assert qr is not None
    q, r = qr
    c = bigint.sub(bigint.add(r, r), den).sign
    if c > 0 or (c == 0 and q.digits and q.digits[0] & 1):
        q = bigint.add(q, bigint.from_int(1))
    return q


def _digits(x: float, s: int) -> str:
    """The decimal digits of round(x * 10**s)."""
    return bigint.to_text(_scaled(x, s))


def _exponent_estimate(x: float) -> int:
    """floor(log10(x)) for a finite x > 0, possibly off by one."""
    r = repr(x)
    epos = r.find("e")
    if epos >= 0:
        return int(r[epos + 1:])
    dot = r.find(".")
    intpart = r[:dot]
    if intpart != "0":
        return len(intpart) - 1
    frac = r[dot + 1:]
    n = 0
    while n < len(frac) and frac[n] == "0":
        n += 1
    return -(n + 1)


def _sig_digits(x: float, ndigits: int) -> tuple[str, int]:
    """x > 0 rounded to ndigits significant digits: (digits, e) where the
    first digit stands for 10**e."""
    e = _exponent_estimate(x)
    while _exact_below(x, e):
        e -= 1
    while not _exact_below(x, e + 1):
        e += 1
    d = _digits(x, ndigits - 1 - e)
    if len(d) > ndigits:    # rounding carried into a new digit: 9.99 -> 10.0
        return "1" + "0" * (ndigits - 1), e + 1
    return d, e


def _exact_below(x: float, e: int) -> bool:
    """Whether x < 10**e exactly."""
    m, k = _mantissa_exponent(x)
    left = bigint.from_int(m)
    right = bigint.from_int(1)
    if k >= 0:
        s = bigint.lshift(left, k)
        assert s is not None
        left = s
    else:
        s = bigint.lshift(right, -k)
        assert s is not None
        right = s
    if e >= 0:
        right = bigint.mul(right, _pow10(e))
    else:
        left = bigint.mul(left, _pow10(-e))
    return bigint.sub(left, right).sign < 0


def _exp_suffix(e: int, upper: bool) -> str:
    s = "E" if upper else "e"
    if e < 0:
        s += "-"
        e = -e
    else:
        s += "+"
    t = str(e)
    if len(t) < 2:
        t = "0" + t
    return s + t


# a double's exact decimal expansion has at most 1074 digits after the point
# and 767 significant digits: beyond that, more precision only adds zeros
EXACT_FRACTION = 1080
EXACT_SIGNIFICANT = 800


def _fixed_abs(x: float, prec: int, alt: bool) -> str:
    if prec > EXACT_FRACTION:
        return _fixed_abs(x, EXACT_FRACTION, alt) + "0" * (prec - EXACT_FRACTION)
    if x == 0.0:
        d = "0" * (prec + 1)
    else:
        d = _digits(x, prec)
        if len(d) < prec + 1:
            d = "0" * (prec + 1 - len(d)) + d
    intpart = d[:len(d) - prec]
    if prec == 0:
        return intpart + "." if alt else intpart
    return intpart + "." + d[len(d) - prec:]


def _exp_abs(x: float, prec: int, alt: bool, upper: bool) -> str:
    if x == 0.0:
        d = "0" * (prec + 1)
        e = 0
    elif prec >= EXACT_SIGNIFICANT:
        d, e = _sig_digits(x, EXACT_SIGNIFICANT)
        d = d + "0" * (prec + 1 - EXACT_SIGNIFICANT)
    else:
        d, e = _sig_digits(x, prec + 1)
    head = d[0]
    if prec > 0 or alt:
        head += "."
    return head + d[1:] + _exp_suffix(e, upper)


def _strip_zeros(s: str) -> str:
    if s.find(".") < 0:
        return s
    end = len(s)
    while s[end - 1] == "0":
        end -= 1
    if s[end - 1] == ".":
        end -= 1
    return s[:end]


def _general_abs(x: float, prec: int, alt: bool, upper: bool) -> str:
    if prec == 0:
        prec = 1
    if x == 0.0:
        e = 0
    else:
        e = _sig_digits(x, min(prec, EXACT_SIGNIFICANT))[1]
    if -4 <= e < prec:
        s = _fixed_abs(x, prec - 1 - e, alt)
        return s if alt else _strip_zeros(s)
    s = _exp_abs(x, prec - 1, alt, upper)
    if alt:
        return s
    epos = s.find("E" if upper else "e")
    return _strip_zeros(s[:epos]) + s[epos:]


def format_float(x: float, code: str, prec: int, alt: bool) -> str:
    """x formatted like C's printf("%<code>") with 2.7's rules: code is one
    of e E f F g G; the result has a leading '-' for negative values (and
    -0.0), none for positive ones; inf and nan are spelled out."""
    upper = code == "E" or code == "F" or code == "G"
    if x != x:
        return "NAN" if upper else "nan"
    neg = is_negative(x)
    if neg:
        x = -x
    if x == INF:
        body = "INF" if upper else "inf"
    elif code == "f" or code == "F":
        body = _fixed_abs(x, prec, alt)
    elif code == "e" or code == "E":
        body = _exp_abs(x, prec, alt, upper)
    else:
        body = _general_abs(x, prec, alt, upper)
    return "-" + body if neg else body


def repr_float(x: float) -> str:
    """2.7's repr() of a float."""
    return repr(x)


def str_float(x: float) -> str:
    """2.7's str() of a float: 12 significant digits; like %.12g except that
    the exponent form starts one digit earlier (at 1e11) and an integral
    value written without exponent gets '.0'."""
    if not is_finite(x) or x == 0.0:
        s = format_float(x, "g", 12, False)
        return s if x != x or x == INF or x == -INF else s + ".0"
    neg = is_negative(x)
    a = -x if neg else x
    e = _sig_digits(a, 12)[1]
    if -4 <= e < 11:
        s = _strip_zeros(_fixed_abs(a, 11 - e, False))
        if s.find(".") < 0:
            s += ".0"
    else:
        s = _exp_abs(a, 11, False, False)
        epos = s.find("e")
        s = _strip_zeros(s[:epos]) + s[epos:]
    return "-" + s if neg else s


def _complex_part(x: float, as_str: bool) -> str:
    if as_str:
        return format_float(x, "g", 12, False)
    r = repr(x)
    if r.endswith(".0"):
        r = r[:len(r) - 2]
    return r


def format_complex(real: float, imag: float, as_str: bool) -> str:
    """2.7's str() (as_str) or repr() of a complex number."""
    im = _complex_part(imag, as_str) + "j"
    if real == 0.0 and not is_negative(real):
        return im
    if not im.startswith("-"):
        im = "+" + im
    return "(" + _complex_part(real, as_str) + im + ")"
