# Decimal operations under random contexts (precision, rounding, exponent
# limits, clamping, no traps): results and the flags they raise
import random
from decimal import Decimal, Context, getcontext

rng = random.Random(5)
ROUNDINGS = ['ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING',
             'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP']
SPECIAL = ['Inf', '-Inf', 'NaN', '-NaN12', 'sNaN', '0', '-0', '0E+5', '-0E-7']
BINARY = ['add', 'subtract', 'multiply', 'divide', 'divide_int', 'remainder',
          'remainder_near', 'divmod', 'compare', 'max', 'min', 'max_mag', 'min_mag',
          'quantize', 'power', 'compare_total']
UNARY = ['sqrt', 'exp', 'ln', 'log10', 'logb', 'normalize', 'plus', 'minus', 'abs',
         'next_plus', 'next_minus', 'to_integral_exact', 'to_integral_value',
         'to_sci_string', 'to_eng_string', 'number_class']


def operand():
    if rng.random() < 0.05:
        return Decimal(rng.choice(SPECIAL))
    digits = ''.join(rng.choice('0123456789') for _ in range(rng.randint(1, 14)))
    return Decimal('%s%sE%d' % (rng.choice(['', '-']), digits, rng.randint(-20, 20)))


def attempt(f, *args):
    try:
        return repr(f(*args))
    except Exception as e:
        return 'raised ' + type(e).__name__


for i in range(450):
    ctx = Context(prec=rng.randint(1, 12), rounding=rng.choice(ROUNDINGS),
                  Emax=rng.choice([99, 999999]), Emin=rng.choice([-99, -999999]), traps=[])
    ctx._clamp = rng.choice([0, 0, 1])
    a, b = operand(), operand()
    if rng.random() < 0.5:
        name = rng.choice(BINARY)
        if name == 'power' and b.is_finite() and abs(b.adjusted()) > 3:
            b = Decimal(rng.randint(-5, 5))
        result = attempt(getattr(ctx, name), a, b)
        args = (a, b)
    else:
        name = rng.choice(UNARY)
        result = attempt(getattr(ctx, name), a)
        args = (a,)
    print name, args, result, sorted(k.__name__ for k, v in ctx.flags.items() if v)

# formatting, conversions and hashing
for s in ['1.5', '-0.00012345', '123456789.987', '1E+30', '0E-9', 'Inf', 'NaN', '-0', '1E+2']:
    d = Decimal(s)
    print s, [attempt(format, d, spec) for spec in ['', '.3f', '10.2e', ',', '<12g', '^15.4%', '+.1g', '08.3f', 'n', '.0e']]
    print s, hash(d), float(d), attempt(int, d), str(d), d.to_eng_string(), repr(d.as_tuple())

# operators with ints and the default context, reflected forms
getcontext().prec = 9
x = Decimal('7.25')
print x + 1, 1 + x, x - 2, 2 - x, x * 3, 3 * x, x / 4, 4 / x, x // 2, 2 // x, x % 2, 2 % x
print divmod(x, 2), divmod(30, x), x ** 2, 2 ** Decimal(3), -x, +x, abs(-x), x == 7.25, x < 8, x > 7L
print attempt(lambda: x + 1.5), attempt(lambda: x < 'a'), Decimal((1, (0, 0, 3, 4), -2)), Decimal(-0.25)
for bad in ['abc', '1e', '--1', '1.2.3', ' 1']:
    print repr(bad), attempt(Decimal, bad)
print attempt(Decimal, (2, (1,), 0)), attempt(Decimal, (0, (1, 10), 0)), attempt(Decimal, (0, (1,), 'x'))
