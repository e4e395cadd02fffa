# decimal: transcendental functions, powers, formatting and flags across precisions and roundings
import decimal
from decimal import Decimal as D, Context
vals = ['0', '1', '-1', '2', '10', '0.5', '1e-5', '123.456', '-7.25', '1e10', '3.14159265358979', '0.001', '99999',
        '1.0000001', '2.5', '-0.0', '1e-400', '7e300', 'Infinity', '-Infinity', 'NaN', '16', '0.25', '1e-20']
for prec in (3, 12, 30):
    for rnd in (decimal.ROUND_HALF_EVEN, decimal.ROUND_DOWN, decimal.ROUND_CEILING):
        ctx = Context(prec=prec, rounding=rnd, traps=[])
        for op in ('sqrt', 'exp', 'ln', 'log10'):
            print prec, rnd, op, ' '.join(str(getattr(D(v), op)(ctx)) for v in vals)
        print prec, rnd, 'flags', sorted(k.__name__ for k, v in ctx.flags.items() if v)
pairs = [('2', '0.5'), ('4', '0.5'), ('8', '0.3333'), ('27', '-0.5'), ('1e10', '-11.3'), ('100', '1.5'), ('16', '-0.75'),
         ('-2', '3'), ('-2', '-3'), ('-19', '-25'), ('10', '1'), ('10', '25'), ('1', '1e50'), ('0', '-1'), ('-8', '0.5'),
         ('1.5', '100'), ('0.001', '30136e4'), ('2', '-1074'), ('3', '0.123456789')]
for prec in (5, 28):
    ctx = Context(prec=prec, traps=[])
    print prec, ' '.join(str(ctx.power(D(a), D(b))) for a, b in pairs)
    print prec, sorted(k.__name__ for k, v in ctx.flags.items() if v)
print pow(D(3), 100, 7), pow(D(-3), 5, 7), D('1e100') ** 2, D('2') ** D('0.5') == D(2).sqrt()
specs = ['', '.3f', ',.2f', 'e', '.2e', '%', '>12.4g', '+08.3f', 'g', '.0f', '012,.1f', '^15', '<9.2%', ' .1E']
for v in ['1234567.891', '-0.000123', '5E+3', '0', '-Infinity', 'NaN', '1.5']:
    print v, [format(D(v), s) for s in specs]
for expr in ['D("1.1").remainder_near(D("0.5"))', 'D(7).remainder_near(D(2))', 'D("10").logb()', 'D(0).logb()',
             'D("1.5").next_plus()', 'D("1.5").next_minus()', 'D("2.50").same_quantum(D("1.00"))', 'D(5).compare_total(D("5.0"))',
             'D("12.3456").to_integral_exact()', 'D(1).max_mag(D(-2))', 'D("NaN").max(D(3))', 'D("1e5").scaleb(-7)',
             'D("3.7").__trunc__()', 'long(D("-1e25"))', 'D("0.1") + 0.1', 'D("1") < 1.5', 'D("NaN") == D("NaN")',
             'D("sNaN") + 1', 'D(2) ** D("inf")', 'D("-0") ** -1', 'Context(prec=3).create_decimal(" 1")', 'D("1e-10").is_subnormal()',
             'Context(Emin=-5, prec=3, traps=[]).plus(D("1.234e-7"))', 'Context(Emax=5, prec=3, rounding=decimal.ROUND_DOWN, traps=[]).multiply(D(999), D(999))',
             'D(123).__format__("x")', 'D((1, (0, 0, 1, 2), -5))', 'D((0, (1,), "F"))', 'D((0, (10,), 0))', 'D(object())']:
    try:
        print expr, repr(eval(expr))
    except Exception as e:
        print expr, type(e).__name__
