"""Fraction: rational numbers of arbitrary precision, always in lowest
terms with a positive denominator."""
from __future__ import division
import math
import numbers
import operator

__all__ = ['Fraction', 'gcd']

Rational = numbers.Rational


def gcd(a, b):
    """The greatest common divisor of a and b (Euclid's algorithm); the
    result has the sign of b, or of a when b is 0."""
    while b:
        a, b = b, a % b
    return a


_WHITESPACE = ' \t\n\r\f\v'


def _parse_rational(text):
    """(numerator, denominator) of '[sign] digits[/digits]' or a decimal
    '[sign] [digits][.digits][e[sign]digits]' (surrounding whitespace
    allowed), or None."""
    s = text.strip(_WHITESPACE)
    sign = 1
    if s[:1] in ('+', '-'):
        if s[0] == '-':
            sign = -1
        s = s[1:]
    i = 0
    n = len(s)
    while i < n and s[i].isdigit():
        i += 1
    num_digits = s[:i]
    if i < n and s[i] == '/':
        den_digits = s[i + 1:]
        if not num_digits or not den_digits or not den_digits.isdigit():
            return None
        return sign * int(num_digits), int(den_digits)
    frac_digits = ''
    if i < n and s[i] == '.':
        j = i + 1
        while j < n and s[j].isdigit():
            j += 1
        frac_digits = s[i + 1:j]
        i = j
    if not num_digits and not frac_digits:
        return None
    exp = 0
    if i < n and s[i] in 'eE':
        j = i + 1
        if j < n and s[j] in '+-':
            j += 1
        if j >= n or not s[j:].isdigit():
            return None
        exp = int(s[i + 1:])
        i = n
    if i != n:
        return None
    numerator = int(num_digits or '0')
    denominator = 1
    if frac_digits:
        scale = 10 ** len(frac_digits)
        numerator = numerator * scale + int(frac_digits)
        denominator *= scale
    if exp >= 0:
        numerator *= 10 ** exp
    else:
        denominator *= 10 ** -exp
    return sign * numerator, denominator


def _exact_ratio(x):
    """(numerator, denominator) in lowest terms of a Rational, a float or a
    Decimal given alone to Fraction()."""
    if isinstance(x, Rational):
        return x.numerator, x.denominator
    if isinstance(x, float):
        exact = Fraction.from_float(x)
    elif _is_decimal(x):
        exact = Fraction.from_decimal(x)
    else:
        raise TypeError("argument should be a string or a Rational instance")
    return exact._numerator, exact._denominator


def _binary_operator(exact, generic):
    """The forward and reflected methods of an arithmetic operator: `exact`
    computes with two rationals; `generic` (from the operator module) takes
    over through float or complex when the other operand is one of those."""
    def forward(a, b):
        if isinstance(b, (int, long, Fraction)):
            return exact(a, b)
        for kind in (float, complex):
            if isinstance(b, kind):
                return generic(kind(a), b)
        return NotImplemented

    def reflected(b, a):
        if isinstance(a, Rational):
            return exact(a, b)
        for abc, kind in ((numbers.Real, float), (numbers.Complex, complex)):
            if isinstance(a, abc):
                return generic(kind(a), kind(b))
        return NotImplemented

    forward.__name__ = '__%s__' % generic.__name__
    reflected.__name__ = '__r%s__' % generic.__name__
    forward.__doc__ = reflected.__doc__ = exact.__doc__
    return forward, reflected


def _sum(a, b):
    """a + b"""
    return Fraction(a.numerator * b.denominator + b.numerator * a.denominator,
                    a.denominator * b.denominator)


def _difference(a, b):
    """a - b"""
    return _sum(a, Fraction(-b.numerator, b.denominator))


def _product(a, b):
    """a * b"""
    return Fraction(a.numerator * b.numerator, a.denominator * b.denominator)


def _quotient(a, b):
    """a / b"""
    return Fraction(a.numerator * b.denominator, a.denominator * b.numerator)


def _floor(q):
    """floor of a quotient: an exact integer for a rational (going through a
    float could round across an integer), math.floor otherwise."""
    if isinstance(q, Rational):
        return q.numerator // q.denominator
    return math.floor(q)


class Fraction(Rational):
    """A rational number.

    Fraction(3, 4), Fraction(other_rational), Fraction(0.5),
    Fraction(Decimal('1.1')), Fraction('3/7'), Fraction('-1.25e-2').
    """

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None):
        self = super(Fraction, cls).__new__(cls)
        if denominator is not None:
            if not (isinstance(numerator, Rational) and isinstance(denominator, Rational)):
                raise TypeError("both arguments should be Rational instances")
            # (a/b) / (c/d) = (a*d) / (c*b)
            top = numerator.numerator * denominator.denominator
            bottom = denominator.numerator * numerator.denominator
        elif isinstance(numerator, basestring):
            parsed = _parse_rational(numerator)
            if parsed is None:
                raise ValueError('Invalid literal for Fraction: %r' % numerator)
            top, bottom = parsed
        else:
            self._numerator, self._denominator = _exact_ratio(numerator)
            return self
        if bottom == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % top)
        common = gcd(top, bottom)       # has the sign of bottom
        self._numerator = top // common
        self._denominator = bottom // common
        return self

    @classmethod
    def from_float(cls, f):
        """The exact value of a float as a Fraction (Fraction(0.1) is not 1/10)."""
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)"
                            % (cls.__name__, f, type(f).__name__))
        if math.isinf(f) or math.isnan(f):
            raise TypeError("Cannot convert %r to %s." % (f, cls.__name__))
        top, bottom = f.as_integer_ratio()
        return cls(top, bottom)

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of a Decimal as a Fraction."""
        from decimal import Decimal
        if isinstance(dec, numbers.Integral):
            dec = Decimal(int(dec))
        elif not isinstance(dec, Decimal):
            raise TypeError("%s.from_decimal() only takes Decimals, not %r (%s)"
                            % (cls.__name__, dec, type(dec).__name__))
        if dec.is_infinite() or dec.is_nan():
            raise TypeError("Cannot convert %s to %s." % (dec, cls.__name__))
        negative, digits, exponent = dec.as_tuple()
        value = 0
        for digit in digits:
            value = value * 10 + digit
        if negative:
            value = -value
        if exponent < 0:
            return cls(value, 10 ** -exponent)
        return cls(value * 10 ** exponent)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction to self with denominator at most max_denominator
        (from the continued fraction's convergents and semiconvergents)."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # walk the convergents h/k of self's continued fraction until the
        # next one's denominator would pass the bound
        h_before, k_before, h, k = 0, 1, 1, 0
        rest_num, rest_den = self._numerator, self._denominator
        while True:
            term, remainder = divmod(rest_num, rest_den)
            k_next = k_before + term * k
            if k_next > max_denominator:
                break
            h_before, k_before, h, k = h, k, h_before + term * h, k_next
            rest_num, rest_den = rest_den, remainder
        # the best candidates: the last convergent and the largest
        # semiconvergent still within the bound; a tie goes to the convergent
        steps = (max_denominator - k_before) // k
        convergent = Fraction(h, k)
        semi = Fraction(h_before + steps * h, k_before + steps * k)
        if abs(semi - self) < abs(convergent - self):
            return semi
        return convergent

    numerator = property(lambda self: self._numerator)
    denominator = property(lambda self: self._denominator)

    def __repr__(self):
        return 'Fraction(%s, %s)' % (self._numerator, self._denominator)

    def __str__(self):
        if self._denominator != 1:
            return '%s/%s' % (self._numerator, self._denominator)
        return str(self._numerator)

    __add__, __radd__ = _binary_operator(_sum, operator.add)
    __sub__, __rsub__ = _binary_operator(_difference, operator.sub)
    __mul__, __rmul__ = _binary_operator(_product, operator.mul)
    __truediv__, __rtruediv__ = _binary_operator(_quotient, operator.truediv)
    __div__, __rdiv__ = _binary_operator(_quotient, operator.div)

    def __floordiv__(a, b):
        """a // b"""
        return _floor(a / b)

    def __rfloordiv__(b, a):
        """a // b"""
        return _floor(a / b)

    def __mod__(a, b):
        """a % b"""
        return a - b * (a // b)

    def __rmod__(b, a):
        """a % b"""
        return a - b * (a // b)

    def __pow__(a, b):
        """a ** b: exact for integral exponents, else through floats."""
        if not isinstance(b, Rational):
            return float(a) ** b
        if b.denominator != 1:
            return float(a) ** float(b)
        n = b.numerator
        if n < 0:
            # a negative power is the positive power of the reciprocal
            return Fraction(a._denominator ** -n, a._numerator ** -n)
        return Fraction(a._numerator ** n, a._denominator ** n)

    def __rpow__(b, a):
        """a ** b"""
        integral = b._denominator == 1
        if integral and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, Rational):
            return Fraction(a.numerator, a.denominator) ** b
        return a ** (b._numerator if integral else float(b))

    def __pos__(a):
        """+a: Coerces a subclass instance to Fraction"""
        return Fraction(a._numerator, a._denominator)

    def __neg__(a):
        """-a"""
        return Fraction(-a._numerator, a._denominator)

    def __abs__(a):
        """abs(a)"""
        return Fraction(abs(a._numerator), a._denominator)

    def __trunc__(a):
        """trunc(a)"""
        whole = abs(a._numerator) // a._denominator
        return -whole if a._numerator < 0 else whole

    def __hash__(self):
        """hash(self): equal to the hash of an equal int or float."""
        if self._denominator == 1:
            return hash(self._numerator)
        approx = float(self)
        if self == approx:
            return hash(approx)
        return hash((self._numerator, self._denominator))

    def __eq__(a, b):
        """a == b"""
        if isinstance(b, Rational):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, numbers.Complex) and b.imag == 0:
            b = b.real
        if not isinstance(b, float):
            return NotImplemented
        if math.isinf(b) or math.isnan(b):
            # never equal; 0.0 == b gives the right answer for a NaN too
            return 0.0 == b
        return a == a.from_float(b)

    def _richcmp(self, other, op):
        """Compare exactly with Rationals and finite floats."""
        if isinstance(other, Rational):
            return op(self._numerator * other.denominator, self._denominator * other.numerator)
        if isinstance(other, complex):
            raise TypeError("no ordering relation is defined for complex numbers")
        if not isinstance(other, float):
            return NotImplemented
        if math.isinf(other) or math.isnan(other):
            return op(0.0, other)
        return op(self, self.from_float(other))

    def __lt__(a, b):
        return a._richcmp(b, operator.lt)

    def __gt__(a, b):
        return a._richcmp(b, operator.gt)

    def __le__(a, b):
        return a._richcmp(b, operator.le)

    def __ge__(a, b):
        return a._richcmp(b, operator.ge)

    def __nonzero__(a):
        return a._numerator != 0

    # immutable: a plain Fraction is its own copy
    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        if type(self) is Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        return self.__copy__()


def _is_decimal(x):
    """isinstance(x, Decimal), without importing decimal for other types."""
    import sys
    mod = sys.modules.get('decimal')
    return mod is not None and isinstance(x, mod.Decimal)
