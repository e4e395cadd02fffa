# pickle: exact bytes for containers, memo sharing, floats, longs, errors
import pickle, cPickle

for v in [[1, [2]], {'a': (1, 2)}, (1, 2, 3, 4), ((),), 1.0 / 3, -2.5e-300, 5e-324, float('inf'),
          -0.0, 2 ** 31 - 1, -2 ** 31, 2 ** 63, -2 ** 63 - 1, 255 ** 20, u'\u20ac\n\\', 'q"\'\n\x00',
          [True, False, None], range(3), u'', u'\U0001f600']:
    for proto in (0, 1, 2):
        s = pickle.dumps(v, proto)
        back = pickle.loads(s)
        print proto, repr(s), back == v or (v != v)
t = ([],)
t[0].append(t)
for proto in (0, 1, 2):
    s = pickle.dumps(t, proto)
    back = pickle.loads(s)
    print proto, repr(s), back[0][0] is back
big = range(2500)
print pickle.loads(pickle.dumps(big, 2)) == big, len(pickle.dumps(big, 2))
d = dict((i, str(i)) for i in range(1200))
print pickle.loads(pickle.dumps(d, 1)) == d
class Old:
    def __getinitargs__(self):
        return (1, 2)
    def __init__(self, a=0, b=0):
        self.args = (a, b)
print pickle.loads(pickle.dumps(Old(), 0)).args, pickle.loads(pickle.dumps(Old(), 2)).args
for bad in ['', 'x', '(', 'I12', '\x80\x05.', 'S"abc\n.', 'ccopy_reg\nnothere\n.']:
    try:
        print repr(pickle.loads(bad))
    except Exception as e:
        print type(e).__name__
try:
    pickle.dumps(1, 3)
except ValueError as e:
    print 'ValueError', e
print repr(pickle.dumps(pickle.PickleError, 0))
print pickle.loads(pickle.dumps([pickle.loads, len], 2)) == [pickle.loads, len]
print repr(cPickle.loads(cPickle.dumps(u'caf\xe9', 0))), repr(cPickle.dumps(2 ** 100, 2))
