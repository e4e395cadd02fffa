# Decimal operations added after the rewrite: logical and/or/xor/invert,
# rotate, shift, next_toward, compare_signal, Context.compare_total_mag;
# plus unicode digits, pow() with a modulus, remainder_near and tiny powers
from decimal import Decimal as D, Context, InvalidOperation, ROUND_HALF_EVEN


def run(ctx, name, *args):
    ctx.clear_flags()
    try:
        result = getattr(ctx, name)(*args)
    except Exception as e:
        result = 'raised %s' % type(e).__name__
    return '%s%r -> %s %s' % (name, args, result, sorted(k.__name__ for k, v in ctx.flags.items() if v))


c = Context(prec=9, rounding=ROUND_HALF_EVEN, Emax=99, Emin=-99, traps=[])
for a, b in [('1100', '1010'), ('111111111111', '1'), ('0', '0'), ('12', '1'), ('-1', '1'), ('1E+1', '1')]:
    for op in ('logical_and', 'logical_or', 'logical_xor'):
        print run(c, op, D(a), D(b))
    print run(c, 'logical_invert', D(a))
for a, n in [('123456789', 2), ('123456789', -3), ('12', 9), ('12', 10), ('-1234', 1), ('Inf', 3), ('NaN7', 1),
             ('1234567891234', 4), ('1E+5', 1), ('sNaN', 2), ('5', '1.5')]:
    print run(c, 'rotate', D(a), D(n)), run(c, 'shift', D(a), D(n))
for a, b in [('1', '2'), ('1', '0'), ('-1', '-1'), ('0', '-1'), ('9.99999999E+99', 'Inf'), ('1E-99', '0'),
             ('-1E-107', '0'), ('NaN', '1'), ('1', 'sNaN3')]:
    print run(c, 'next_toward', D(a), D(b))
for a, b in [('1', '2'), ('NaN', '1'), ('1', 'sNaN'), ('2', '2.0')]:
    print run(c, 'compare_signal', D(a), D(b)), run(c, 'compare_total_mag', D(a), D(b))
print run(c, '_apply', D('1.23456789012'))
print run(c, 'compare_total', D('sNaN'), D('NaN')), run(c, 'compare_total', D('-NaN'), D('-sNaN'))
print run(c, 'fma', D('sNaN1'), D('sNaN2'), D('sNaN3')), run(c, 'fma', D(0), D('Inf'), D('sNaN12'))
print run(c, 'fma', D('NaN1'), D(2), D('sNaN3')), run(c, 'fma', D(2), D(3), D(4))
print run(c, 'remainder_near', D('999999999.5'), D(1)), run(c, 'remainder_near', D('10'), D('6'))
print run(c, 'remainder_near', D('7.5'), D('2')), run(c, 'remainder_near', D('1E-50'), D('1E+50'))
print run(c, 'power', D(0), D(0), D(5)), run(c, 'power', D('-0'), D(1), D(1)), run(c, 'power', D(3), D(4), D(1234567890))
print run(c, 'power', D('1.23E+123456791'), D(10123898), D(17291065)), run(c, 'power', D('NaN2'), D('NaN3'), D('NaN5'))
print run(c, 'power', D(-3), D(3), D(7)), run(c, 'power', D(2), D('1.5'), D(7))
c16 = Context(prec=16, Emax=999999999, Emin=-999999999, traps=[])
print run(c16, 'power', D('100.0'), D('-557.71e-742888888')), run(c16, 'power', D(4), D('-1.2e-999999999'))
print run(c16, 'power', D(4), D('0.5')), run(c16, 'power', D('1E-20'), D('0.5'))
c7 = Context(prec=7, Emax=384, Emin=-383, traps=[])
print run(c7, 'ln', D('1.000010')), run(Context(prec=24, traps=[]), 'exp', D('-9E-8'))
for u in [u'\uff11', u'\u0660.\u0660\u0663\u0667\u0662e-\u0663', u'-nan\u0c68\u0c6a\u0c66\u0c66', u' \u2003 12 ', u'\xb2', u'1\xe9']:
    try:
        print repr(D(u))
    except InvalidOperation as e:
        print 'InvalidOperation', e
print format(D('0.12345'), 'a=-7.0'), format(D('12'), '.0'), D(4).compare_signal(3)
