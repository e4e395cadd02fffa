"""Abstract Base Classes for numbers (PEP 3141): the tower
Number > Complex > Real > Rational > Integral.

The built-in complex, float, int and long are registered at their levels;
subclasses get the operations defined here in terms of the abstract ones.
"""
from __future__ import division
from abc import ABCMeta, abstractmethod, abstractproperty

__all__ = ["Number", "Complex", "Real", "Rational", "Integral"]


def _required(name, doc=None):
    """An abstract method `name` that a concrete number type must supply;
    calling the inherited one raises NotImplementedError."""
    def method(self, *args):
        raise NotImplementedError
    method.__name__ = name
    method.__doc__ = doc
    return abstractmethod(method)


def _required_property(doc):
    def getter(self):
        raise NotImplementedError
    getter.__doc__ = doc
    return abstractproperty(getter)


class Number(object):
    """The root of the numeric hierarchy: isinstance(x, Number) asks
    whether x is a number, of whatever kind."""
    __metaclass__ = ABCMeta
    __slots__ = ()

    # numbers that compare equal must hash equal; subclasses decide how
    __hash__ = None


class Complex(Number):
    """Numbers with real and imag parts and the arithmetic of complex."""

    __slots__ = ()

    real = _required_property("The real component of this number.")
    imag = _required_property("The imaginary component of this number.")

    __complex__ = _required('__complex__', "Return a builtin complex instance. Called for complex(self).")
    __add__ = _required('__add__', "self + other")
    __radd__ = _required('__radd__', "other + self")
    __neg__ = _required('__neg__', "-self")
    __pos__ = _required('__pos__', "+self")
    __mul__ = _required('__mul__', "self * other")
    __rmul__ = _required('__rmul__', "other * self")
    __div__ = _required('__div__', "self / other without __future__ division")
    __rdiv__ = _required('__rdiv__', "other / self without __future__ division")
    __truediv__ = _required('__truediv__', "self / other with __future__ division")
    __rtruediv__ = _required('__rtruediv__', "other / self with __future__ division")
    __pow__ = _required('__pow__', "self ** exponent; should promote to float or complex when necessary.")
    __rpow__ = _required('__rpow__', "base ** self")
    __abs__ = _required('__abs__', "The Real distance from 0.")
    conjugate = _required('conjugate', "(x+y*i).conjugate() returns (x-y*i).")
    __eq__ = _required('__eq__', "self == other")

    # derived operations
    def __nonzero__(self):
        """True if self != 0. Called for bool(self)."""
        return self != 0

    def __sub__(self, other):
        """self - other"""
        return self + -other

    def __rsub__(self, other):
        """other - self"""
        return -self + other

    def __ne__(self, other):
        """self != other"""
        return not (self == other)


Complex.register(complex)


class Real(Complex):
    """Complex numbers on the real line: ordered, with the operations of
    float (floor division, modulo, truncation)."""

    __slots__ = ()

    __float__ = _required('__float__', "Any Real can be converted to a native float object.")
    __trunc__ = _required('__trunc__', "The Integral closest to self between 0 and self.")
    __floordiv__ = _required('__floordiv__', "self // other")
    __rfloordiv__ = _required('__rfloordiv__', "other // self")
    __mod__ = _required('__mod__', "self % other")
    __rmod__ = _required('__rmod__', "other % self")
    __lt__ = _required('__lt__', "< on Reals defines a total ordering, except perhaps for NaN.")
    __le__ = _required('__le__', "self <= other")

    def __divmod__(self, other):
        """divmod(self, other): (self // other, self % other)"""
        return (self // other, self % other)

    def __rdivmod__(self, other):
        """divmod(other, self): (other // self, other % self)"""
        return (other // self, other % self)

    # a real number is its own real part, and its own conjugate
    real = property(lambda self: +self, doc="Real numbers are their real component.")
    imag = property(lambda self: 0, doc="Real numbers have no imaginary component.")

    def conjugate(self):
        """Conjugate is a no-op for Reals."""
        return +self

    def __complex__(self):
        """complex(self) == complex(float(self), 0)"""
        return complex(float(self))


Real.register(float)


class Rational(Real):
    """Reals with an exact numerator and denominator."""

    __slots__ = ()

    numerator = _required_property("The numerator, in lowest terms.")
    denominator = _required_property("The positive denominator, in lowest terms.")

    def __float__(self):
        """numerator / denominator, correctly rounded (for integral parts)."""
        return self.numerator / self.denominator


class Integral(Rational):
    """Rationals with denominator 1, with the bit operations of int and long."""

    __slots__ = ()

    __long__ = _required('__long__', "long(self)")
    __pow__ = _required('__pow__', "self ** exponent % modulus, but maybe faster.")
    __lshift__ = _required('__lshift__', "self << other")
    __rlshift__ = _required('__rlshift__', "other << self")
    __rshift__ = _required('__rshift__', "self >> other")
    __rrshift__ = _required('__rrshift__', "other >> self")
    __and__ = _required('__and__', "self & other")
    __rand__ = _required('__rand__', "other & self")
    __xor__ = _required('__xor__', "self ^ other")
    __rxor__ = _required('__rxor__', "other ^ self")
    __or__ = _required('__or__', "self | other")
    __ror__ = _required('__ror__', "other | self")
    __invert__ = _required('__invert__', "~self")

    def __index__(self):
        """Called whenever an index is needed, such as in slicing."""
        return long(self)

    def __float__(self):
        """float(self) == float(long(self))"""
        return float(long(self))

    # an integer is its own numerator over 1
    numerator = property(lambda self: +self, doc="Integers are their own numerators.")
    denominator = property(lambda self: 1, doc="Integers have a denominator of 1.")


Integral.register(int)
Integral.register(long)
