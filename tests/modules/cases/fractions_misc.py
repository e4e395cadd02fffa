# fractions and numbers: parsing, mixed arithmetic, comparisons with floats, hashing, ABC registration
from fractions import Fraction as F, gcd
from decimal import Decimal
import numbers, math
for expr in ['F(" 3/4 ")', 'F("-.5e1")', 'F("1e-3")', 'F("+7")', 'F("3.")', 'F(".")', 'F("1/-2")', 'F("1 /2")', 'F("0x10")',
             'F("1e")', 'F(u"2/6")', 'F(2.5)', 'F(-0.0)', 'F(float("inf"))', 'F(float("nan"))', 'F(1j)', 'F(None)', 'F(3, 0)',
             'F(F(1, 2), 0.5)', 'F(4, F(2, 3))', 'F.from_float(3)', 'F.from_float("x")', 'F.from_decimal(Decimal("-1.25"))',
             'F.from_decimal(Decimal("inf"))', 'F.from_decimal(2.5)', 'F(Decimal("3.5e2"))', 'F(1, 3) + 1j', 'F(1, 2) ** 0.5',
             'F(-8) ** F(1, 3)', '2 ** F(-2)', '2.0 ** F(1, 2)', 'F(9, 4) ** F(1, 2)', 'F(2, 3) ** -3', 'divmod(F(7, 2), F(2, 3))',
             'F(-7, 2) // 2', 'F(-7, 2) % 2', '5 % F(3, 2)', '1.5 // F(1, 3)', 'F(1, 3) < float("nan")', 'F(1, 3) < float("inf")',
             'F(1, 3) == float("nan")', 'F(1, 3) < 1j', 'F(1, 2) == 0.5 + 0j', 'F(1, 3) == F(2, 6)', 'F(10 ** 30, 3) > 10 ** 29',
             'F(1, 3).limit_denominator(0)', 'F(math.pi).limit_denominator(10 ** 6)', 'F(-355, 113).limit_denominator(50)',
             'hash(F(1, 3)) == hash(F(2, 6))', 'hash(F(5)) == hash(5)', 'hash(F(1, 4)) == hash(0.25)', 'bool(F(0))', 'int(F(-7, 3))',
             'long(F(10 ** 20, 3))', 'float(F(10 ** 400, 10 ** 399))', 'round(F(5, 2))', 'math.floor(F(-5, 2))', 'gcd(10 ** 20, 6 ** 10)',
             'gcd(0, -3)', 'F(3, 4).__reduce__()', 'isinstance(F(1), numbers.Rational)', 'isinstance(1.5, numbers.Rational)',
             'isinstance(True, numbers.Integral)', 'isinstance(Decimal(1), numbers.Number)', 'isinstance(Decimal(1), numbers.Real)',
             'issubclass(complex, numbers.Complex)', 'numbers.Real.__abstractmethods__ >= frozenset(["__float__", "__trunc__"])',
             'sorted([F(1, 2), 0.3, 1, F(-1), Decimal("0.7")] if False else [F(1, 2), 0.3, 1, F(-1)])', 'sum([F(1, 3)] * 3)',
             'F(1, 3) * 3 == 1', 'type(F(1, 3) * 3).__name__', 'type(F(1) + 1.0).__name__', 'str(F(-1, 3))', 'repr(F(10, 4))']:
    try:
        print expr, '->', repr(eval(expr))
    except Exception as e:
        print expr, '->', type(e).__name__, e
class MyReal(numbers.Real):
    def __init__(self, v): self.v = v
    def __float__(self): return float(self.v)
    def __trunc__(self): return int(self.v)
    def __floordiv__(self, o): return self.v // o
    def __rfloordiv__(self, o): return o // self.v
    def __mod__(self, o): return self.v % o
    def __rmod__(self, o): return o % self.v
    def __lt__(self, o): return self.v < o
    def __le__(self, o): return self.v <= o
    def __add__(self, o): return MyReal(self.v + float(o))
    def __radd__(self, o): return MyReal(float(o) + self.v)
    def __neg__(self): return MyReal(-self.v)
    def __pos__(self): return self
    def __mul__(self, o): return MyReal(self.v * float(o))
    def __rmul__(self, o): return MyReal(float(o) * self.v)
    def __div__(self, o): return MyReal(self.v / float(o))
    def __rdiv__(self, o): return MyReal(float(o) / self.v)
    __truediv__ = __div__
    __rtruediv__ = __rdiv__
    def __pow__(self, o): return MyReal(self.v ** o)
    def __rpow__(self, o): return MyReal(o ** self.v)
    def __abs__(self): return MyReal(abs(self.v))
    def __eq__(self, o): return self.v == o
    def __repr__(self): return 'MyReal(%r)' % self.v
m = MyReal(2.5)
print m.real, m.imag, m.conjugate(), complex(m), divmod(m, 2), m - 1, 1 - m, F(1, 2) + m
