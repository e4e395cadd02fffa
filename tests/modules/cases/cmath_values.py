# cmath on finite arguments: exact results (2.7's formulas), errors and conversions
import cmath
points = [1 + 1j, -2 + 0.5j, 0.5 - 3j, 0j, -0.0 - 0j, 1j, -1j, 2, -2, 0.9 + 0.1j, 1e-310 + 1e-310j,
          1e300 + 1e300j, -1e300 + 2j, 3 - 1e-20j, 0.71, 1.5 + 1.2j, 700 + 1j, -710 + 0.5j, 1 + 1e-200j]
names = ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh',
         'tanh', 'asinh', 'acosh', 'atanh']
for name in names:
    f = getattr(cmath, name)
    out = []
    for z in points:
        try:
            out.append(repr(f(z)))
        except (ValueError, OverflowError) as e:
            out.append('%s(%s)' % (type(e).__name__, e))
    print name, ' '.join(out)
print [cmath.phase(z) for z in points[:8]]
print [cmath.polar(z) for z in points[:6]]
print cmath.rect(-1, 0), cmath.rect(2, -0.0), cmath.rect(1e300, 1), cmath.rect(0, 0)
print cmath.log(8, 2), cmath.log(1j, 1j), cmath.log(0j, 2), cmath.log(-8, -2)
class C(object):
    def __complex__(self):
        return 3 + 4j
class F(object):
    def __float__(self):
        return 0.25
print cmath.sqrt(C()), cmath.exp(F()), cmath.phase(C()), cmath.isnan(C())
for expr in ['cmath.log(2, 1)', 'cmath.log(1+1j, 0)', 'cmath.exp(1000)', 'cmath.sqrt("x")', 'cmath.phase("x")',
             'cmath.rect(1, "x")', 'cmath.sqrt()', 'cmath.log()', 'cmath.rect(1)', 'cmath.atanh(1)',
             'cmath.sinh(1000)', 'cmath.isnan("x")', 'cmath.cos(1e308j)', 'cmath.isinf()', 'cmath.isnan(1, 2)',
             'cmath.log(1, 2, 3)', 'cmath.sqrt(1, 2)', 'cmath.sqrt(x=1)', 'cmath.polar(1e308+1e308j)',
             'cmath.atanh(-1)', 'cmath.log(0)', 'cmath.log10(0j)', 'cmath.cosh(-800+1j)', 'cmath.exp(710+0j)']:
    try:
        print expr, repr(eval(expr))
    except Exception as e:
        print expr, type(e).__name__, e
