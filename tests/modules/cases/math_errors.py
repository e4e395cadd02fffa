# math: 2.7's conversions and error types/messages at the edges
import math
inf, nan = float('inf'), float('nan')

def show(expr):
    try:
        print expr, '->', repr(eval(expr))
    except Exception as e:
        print expr, '->', type(e).__name__, e

for expr in ['math.factorial("x")', 'math.factorial(2**70)', 'math.factorial(1.5)', 'math.factorial(-1L)',
             'math.factorial(True)', 'math.factorial(30.0)', 'math.factorial(21)',
             'math.ldexp(1.0, 1.5)', 'math.ldexp(1.0, 2**70)', 'math.ldexp(1.0, -2**70)', 'math.ldexp(inf, 5)',
             'math.ldexp(3, 2L)', 'math.trunc("x")', 'math.trunc(3L)', 'math.trunc(2**70 + 0.5)',
             'math.log(1, 1)', 'math.log(0L)', 'math.log(-2L)', 'math.log(2**10000)', 'math.log10(2**10000)',
             'math.log(10, 0.5)', 'math.log(0.5, 0)', 'math.log(-1, 2)', 'math.log(-inf)', 'math.log(inf)',
             'math.log1p(-1)', 'math.log1p(-2)', 'math.pow(0, -1)', 'math.pow(-1, 0.5)', 'math.pow(0, -inf)',
             'math.pow(-inf, 3)', 'math.pow(-2, inf)', 'math.floor("x")', 'math.sqrt(None)', 'math.isinf("x")',
             'math.hypot(1e308, 1e308)', 'math.hypot(inf, nan)', 'math.atan2("a", 1)', 'math.atan2(-0.0, -0.0)',
             'math.fmod(inf, 1)', 'math.fmod(3, -inf)', 'math.fmod(nan, 0)', 'math.exp(nan)', 'math.exp(-1000)',
             'math.modf(inf)', 'math.modf(-inf)', 'math.modf(-0.0)', 'math.modf(-3.5)', 'math.frexp(nan)',
             'math.frexp(-inf)', 'math.frexp(5e-324)', 'math.gamma(1e-320)', 'math.gamma(-inf)', 'math.gamma(inf)',
             'math.gamma(-0.0)', 'math.gamma(171.5)', 'math.lgamma(1e308)', 'math.lgamma(-inf)', 'math.lgamma(0)',
             'math.lgamma(-2.5)', 'math.copysign(1, nan)', 'math.copysign(nan, -1)', 'math.sqrt(1L << 2000)',
             'math.sinh(1000)', 'math.asinh(-inf)', 'math.acosh(inf)', 'math.atanh(-1)', 'math.cos(-inf)',
             'math.tan(inf)', 'math.erf(nan)', 'math.degrees(inf)', 'math.radians(-90)', 'math.fabs(-5L)',
             'math.fsum(3)', 'math.fsum(["a"])', 'math.fsum([inf, -inf])', 'math.fsum([1e308, 1e308])',
             'math.fsum([inf, nan])', 'math.fsum([nan, 1.0])', 'math.fsum(iter([1, 2L, 0.5]))',
             'math.fsum([1e16, 1.0, 1e-16])', 'math.fsum([2.0**53, 1.0, 2.0**-40])', 'math.fsum([-0.0])',
             'math.fsum([1.0, -1.0])', 'math.log()', 'math.log(1, 2, 3)', 'math.sin()', 'math.pow(1)']:
    show(expr)

class Tr(object):
    def __trunc__(self):
        return 'truncated'
class F(object):
    def __float__(self):
        return 2.25
print math.trunc(Tr()), math.sqrt(F()), math.floor(F()), math.modf(F())
print [math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]) for _ in range(2)]
print repr(math.fsum([0.1 * i for i in range(1, 101)])), repr(math.fsum(1.0 / n for n in range(1, 300)))
print math.factorial(52) == reduce(lambda a, b: a * b, range(1, 53)), len(str(math.factorial(300)))
print [math.trunc(x) for x in (2.5, -2.5, 1e20)], type(math.trunc(5)).__name__
print math.log(10L ** 500, 10), math.log10(10L ** 500), math.log(2L ** 2000, 2)
