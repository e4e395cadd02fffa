# the numbers ABCs: abstract methods per level, registrations, and the
# operations a Real subclass inherits (divmod, complex, real/imag, -, !=)
import numbers
for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral):
    print c.__name__, sorted(c.__abstractmethods__)
print isinstance(1, numbers.Integral), isinstance(1.0, numbers.Rational), isinstance(1j, numbers.Real), issubclass(bool, numbers.Number)
class R(numbers.Real):
    def __init__(s, v): s.v = v
    __float__ = lambda s: float(s.v)
    __trunc__ = lambda s: int(s.v)
    __floordiv__ = lambda s, o: s.v // o
    __rfloordiv__ = lambda s, o: o // s.v
    __mod__ = lambda s, o: s.v % o
    __rmod__ = lambda s, o: o % s.v
    __lt__ = lambda s, o: s.v < o
    __le__ = lambda s, o: s.v <= o
    __add__ = __radd__ = lambda s, o: s.v + o
    __neg__ = lambda s: R(-s.v)
    __pos__ = lambda s: R(s.v)
    __mul__ = __rmul__ = lambda s, o: s.v * o
    __div__ = __truediv__ = lambda s, o: s.v / o
    __rdiv__ = __rtruediv__ = lambda s, o: o / s.v
    __pow__ = lambda s, o: s.v ** o
    __rpow__ = lambda s, o: o ** s.v
    __abs__ = lambda s: abs(s.v)
    __eq__ = lambda s, o: s.v == o
r = R(7.5)
print divmod(r, 2), divmod(20, r), complex(r), r.real.v, r.imag, r.conjugate().v, r - 1, 10 - r, r != 7.5, bool(r), bool(R(0))
try: numbers.Complex()
except TypeError as e: print e
class I(numbers.Integral):
    pass
try: I()
except TypeError as e: print e
print numbers.Integral.numerator.__doc__, numbers.Real.real.__doc__
