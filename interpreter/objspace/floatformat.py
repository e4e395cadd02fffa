"""Float to text at run time with 2.7's rules: repr() (shortest round-trip),
str() (12 significant digits), and the e/f/g formats of format specs.

The exact conversions are the compiler's (astcompiler/floatformat.py, exact
big-integer arithmetic, correctly rounded).  Fast path: when repr() has at
most N significant digits, rounding the double to N >= that many digits
gives the same digits (the double is far closer to its shortest repr than
half a unit of the N-th digit), so str() and 'g' formats are built from
repr()'s digits without big integers.
"""
from pypy27.interpreter.astcompiler import floatformat as exact
from pypy27.support.rfloat import INF


def float_repr(x: float) -> str:
    return repr(x)


def _repr_digits(x: float) -> tuple[str, int]:
    """x > 0 finite: (significant digits without trailing zeros, e) such that
    x's shortest repr is 0.d1d2... * 10**(e+1), i.e. d1 stands for 10**e."""
    r = repr(x)
    epos = r.find("e")
    exp = 0
    mant = r
    if epos >= 0:
        exp = int(r[epos + 1:])
        mant = r[:epos]
    dot = mant.find(".")
    if dot < 0:
        intpart = mant
        frac = ""
    else:
        intpart = mant[:dot]
        frac = mant[dot + 1:]
    digits = intpart + frac
    # position of the first nonzero digit
    i = 0
    while i < len(digits) and digits[i] == "0":
        i += 1
    e = len(intpart) - 1 - i + exp
    digits = digits[i:]
    end = len(digits)
    while end > 0 and digits[end - 1] == "0":
        end -= 1
    return digits[:end], e


def _dot0_from_digits(d: str, e: int, prec: int) -> str:
    """'g' with precision prec and 2.7's add-dot-0 rule, from exact digits d
    (len(d) <= prec) standing for d1.d2d3... * 10**e."""
    if e < -4 or e >= prec - 1:
        mant = d[0]
        if len(d) > 1:
            mant += "." + d[1:]
        return mant + _exp_suffix(e)
    if e >= 0:
        if len(d) <= e + 1:
            return d + "0" * (e + 1 - len(d)) + ".0"
        return d[:e + 1] + "." + d[e + 1:]
    return "0." + "0" * (-e - 1) + d


def _exp_suffix(e: int) -> str:
    if e < 0:
        s = "e-"
        e = -e
    else:
        s = "e+"
    t = str(e)
    if len(t) < 2:
        t = "0" + t
    return s + t


def format_general_dot0(x: float, prec: int) -> str:
    """x >= 0 (or inf/nan) as 2.7's 'g' with precision prec and
    Py_DTSF_ADD_DOT_0: what str() (prec 12) and format(x, '') produce."""
    if x != x:
        return "nan"
    if x == INF:
        return "inf"
    if prec == 0:
        prec = 1
    if x == 0.0:
        return "0.0"
    d = ""
    e = 0
    if prec <= 15 and x >= 2.2250738585072014e-308:
        d, e = _repr_digits(x)      # exact when it has at most prec digits (normal doubles)
    if d == "" or len(d) > prec:
        d, e = exact._sig_digits(x, prec)
        end = len(d)
        while end > 1 and d[end - 1] == "0":
            end -= 1
        d = d[:end]
    return _dot0_from_digits(d, e, prec)


def float_str(x: float) -> str:
    """2.7's str() of a float."""
    neg = x < 0.0 or (x == 0.0 and exact.is_negative(x))
    s = format_general_dot0(-x if neg else x, 12)
    return "-" + s if neg else s


def format_abs(x: float, t: str, prec: int) -> str:
    """x >= 0 (or inf/nan) formatted with printf's %.<prec><t>, t in eEfFgG."""
    return exact.format_float(x, t, prec, False)
