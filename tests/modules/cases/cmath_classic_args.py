# cmath functions take classic-class instances: __complex__ when the class
# defines it, else __float__; errors as 2.7.
import cmath


class JustFloatOS:
    def __float__(self):
        return 0.5


class ComplexOS:
    def __complex__(self):
        return 1 + 2j


class BadComplexOS:
    def __complex__(self):
        return 'no'


class NeitherOS:
    pass


class JustFloat(object):
    def __float__(self):
        return 0.25

for arg in (JustFloatOS(), ComplexOS(), JustFloat(), 2, 1.5, 3j):
    print cmath.sqrt(arg), cmath.exp(arg), cmath.phase(arg)
for arg in (BadComplexOS(), NeitherOS(), object()):
    try:
        cmath.sqrt(arg)
    except (TypeError, AttributeError) as e:
        print type(e).__name__, e
