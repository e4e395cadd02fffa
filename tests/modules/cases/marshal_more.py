import marshal
for v in [0.1, -0.0, 1e-310, float('inf'), complex(0.5, -1.25), 2 ** 62 - 1, -2 ** 63, 2 ** 63, 10 ** 30, -(10 ** 30), '', u'\U0001f600', (1, (2, (3,))), {}, {1: {2: 3}}, [[], [[]]], frozenset(), set([1, 'a'])]:
    for ver in (0, 1, 2):
        s = marshal.dumps(v, ver)
        back = marshal.loads(s)
        print repr(v)[:30], ver, back == v or (v != v), type(back).__name__, len(s)
print repr(marshal.dumps(0.1, 1)), repr(marshal.dumps(1j, 1))
for bad in ['(\x02\x00\x00\x00i\x01\x00\x00\x00', 's\x05\x00\x00\x00ab', 'l\x02\x00\x00\x00\x01\x00', '{i\x01\x00\x00\x00', 'x']:
    try:
        print repr(marshal.loads(bad))
    except Exception as e:
        print type(e).__name__, e
class MyInt(int):
    pass
for bad in [MyInt(3), [1, object()], {1: len}]:
    try:
        marshal.dumps(bad)
    except ValueError as e:
        print 'ValueError', e
def f(a, b=2, *args, **kw):
    c = a + b
    return [c, args, kw]
code = marshal.loads(marshal.dumps(f.func_code))
print code.co_name, code.co_argcount, code.co_varnames, code.co_consts[1:], code.co_names
g = type(f)(code, globals(), 'g', (5,))
print g(1), g(1, 2, 3, k=4)
