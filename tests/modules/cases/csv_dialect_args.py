# _csv.Dialect takes the dialect and then its parameters positionally too,
# in 2.7's order (delimiter, doublequote, escapechar, lineterminator,
# quotechar, quoting, skipinitialspace, strict).
import _csv

for args in [(None, 'x'), ('x', None), ('x', 'x'), (None, None), ('x',), (None,), (1,),
             (None, ';', 0, '\\', '\n', "'", _csv.QUOTE_ALL, 1, 1),
             (None, ',', 1, None, '\n', '"', 0, 0, 0, 0)]:
    try:
        d = _csv.Dialect(*args)
        print args, 'ok', d.delimiter, d.doublequote, d.escapechar, repr(d.lineterminator), d.quotechar, \
            d.quoting, d.skipinitialspace, d.strict
    except Exception as e:
        print args, type(e).__name__, e
try:
    _csv.Dialect(None, ';', delimiter=',')
except TypeError as e:
    print 'TypeError', e
for args in [(None, u'\udc80'), (None, ',', u'\udc80'), (None, u'x')]:
    try:
        _csv.Dialect(*args)
        print repr(args), 'ok'
    except Exception as e:
        print repr(args), type(e).__name__, e
# reader and writer without a dialect use the defaults ('excel' need not be
# registered); reader turns any failure of iter() into its TypeError
f = open('scratch', 'w')
f.close()
for args in [('x',), ([],), (f,), (None,), ('x', 'x')]:
    try:
        print repr(args[1:]), list(_csv.reader(*args))
    except Exception as e:
        print repr(args[1:]), type(e).__name__, e
for f, a in [(_csv.field_size_limit, (2 ** 63,)), (_csv.field_size_limit, (2 ** 62,)), (_csv.unregister_dialect, ([],)),
             (_csv.field_size_limit, (131072,))]:
    try:
        r = f(*a)
        print f.__name__, a, r
    except Exception as e:
        print f.__name__, a, type(e).__name__, e
