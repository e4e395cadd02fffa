# Fraction arithmetic and comparisons mixed with ints, longs, floats and
# complex numbers; hashing, limit_denominator, construction errors
import random
from fractions import Fraction as F, gcd
from decimal import Decimal

rng = random.Random(7)


def attempt(f):
    try:
        return repr(f())
    except Exception as e:
        return 'raised %s: %s' % (type(e).__name__, e)


fracs = [F(rng.randint(-50, 50), rng.randint(1, 40)) for i in range(14)]
others = fracs[:6] + [F(0), F(7), 3, -2, 2.5, 0.1, 1j, 2 + 0j, float('inf'), float('nan'), 10L ** 20]
for a in fracs:
    for b in others:
        print attempt(lambda: a + b), attempt(lambda: b - a), attempt(lambda: a * b),
        print attempt(lambda: a / b), attempt(lambda: b / a), attempt(lambda: a // b),
        print attempt(lambda: b % a), attempt(lambda: a < b), attempt(lambda: a == b),
        print attempt(lambda: a ** b if not isinstance(b, (complex, long)) else 0),
        print attempt(lambda: b ** a)
    print hash(a), a.limit_denominator(rng.randint(1, 10)), str(a), abs(a), -a, +a, int(a), float(a)

print F(3.14159).limit_denominator(1000), F('3.1415926535897932').limit_denominator(100)
print F(' -1.25e-2 '), F('7/3'), F(Decimal('-1.5E-3')), F(Decimal(5)), F(F(1, 3), F(2, 5))
for bad in ['x', '1/0', '1.2.3', '', '/3']:
    print repr(bad), attempt(lambda: F(bad))
print attempt(lambda: F(1, 0)), attempt(lambda: F(1.5, 2)), attempt(lambda: F(object()))
print attempt(lambda: F.from_float('x')), attempt(lambda: F.from_decimal(Decimal('NaN')))
print attempt(lambda: F.from_float(float('inf'))), attempt(lambda: F(0) ** -1)
print attempt(lambda: F(1).limit_denominator(0))
print gcd(12, -18), gcd(-12, 0), F(-6, -4), F.from_decimal(3), F.__add__.__name__, F.__radd__.__name__
print F(2) ** F(1, 2), 4 ** F(1, 2), 2 ** F(-2), F(1, 2) ** -3
import copy
print copy.copy(F(1, 3)), copy.deepcopy(F(2, 3)), F(1, 3).__reduce__()
