# pickle: exact bytes of every protocol for scalars, containers, classes,
# reduce tuples, extension codes and persistent ids; loading hand-made pickles
import pickle, copy_reg, hashlib
from StringIO import StringIO

class Old:
    def __init__(self, a=1): self.a = a
class OldArgs:
    def __getinitargs__(self): return (3, 'x')
    def __init__(self, a=0, b=0): self.ab = (a, b)
class OldState:
    def __getstate__(self): return ('st', 1)
    def __setstate__(self, s): self.s = s
class New(object):
    def __init__(self): self.x = [1, 2]; self.y = 'y'
class NewArgs(object):
    def __new__(cls, v):
        o = object.__new__(cls); o.v = v; return o
    def __getnewargs__(self): return (self.v,)
class ByName(object):
    def __reduce__(self): return 'by_name'
by_name = ByName()
class Five(object):
    def __reduce__(self): return (Five, (), {'k': 1}, iter([1]), iter([('a', 1), ('b', 2)]))
    def append(self, x): self.__dict__.setdefault('l', []).append(x)
    def __setitem__(self, k, v): self.__dict__[k] = v
def func(): pass

def describe(x):
    if isinstance(x, (Old, OldArgs, OldState, New, NewArgs, ByName, Five)):
        return type(x).__name__, sorted(vars(x).items())
    if isinstance(x, tuple) and x and isinstance(x[0], list) and x[0] and x[0][0] is x:
        return 'recursive tuple', x[1:]
    return getattr(x, '__name__', None) or repr(x)

s = 'shared'; l = [s]
rec = []; rec.append(rec)
rect = ([], 1); rect[0].append(rect)
objs = [None, True, False, 0, 255, 256, 65535, 65536, -1, 2 ** 31 - 1, -2 ** 31, 2 ** 31, 0L, 127L,
        128L, -128L, -129L, 2 ** 64, -(256 ** 300), 0.0, -0.0, 0.1, 1e300, 5e-324, float('inf'),
        '', 'x' * 256, 'q"\'\\\n\x00\xff', u'', u'\xe9\u20ac\\\n\U0001f600', (), (1,), (1, 2), (1, 2, 3),
        (1, 2, 3, 4), range(1001), {1: 2}, Old(), OldArgs(), OldState(), New(), NewArgs(5), by_name,
        Five(), func, len, Old, New, object, (l, l, s, s), rec, rect, set([1]), complex(1, 2)]
for i, ob in enumerate(objs):
    for proto in (0, 1, 2):
        data = pickle.dumps(ob, proto)
        back = pickle.loads(data)
        print i, proto, repr(data) if len(data) < 400 else (len(data), hashlib.md5(data).hexdigest()), describe(back)[:60]
print repr(pickle.dumps(-1, -1))
copy_reg.add_extension('__main__', 'Old', 1)
copy_reg.add_extension('__main__', 'New', 300)
copy_reg.add_extension('__main__', 'func', 70000)
for proto in (1, 2):
    data = pickle.dumps([Old, New, func], proto)
    print repr(data), pickle.loads(data) == [Old, New, func]
for code in (1, 300, 70000):
    copy_reg.remove_extension(*(copy_reg._inverted_registry[code] + (code,)))

class PP(pickle.Pickler):
    def persistent_id(self, ob): return 'P%d' % ob if isinstance(ob, int) and ob > 100 else None
class UP(pickle.Unpickler):
    def persistent_load(self, pid): return ('loaded', pid)
for proto in (0, 1, 2):
    f = StringIO(); PP(f, proto).dump([1, 500, 'x']); print repr(f.getvalue())
    f.seek(0); print UP(f).load()
f = StringIO(); p = pickle.Pickler(f, 2); x = ['a']; p.dump(x); p.dump(x); p.clear_memo(); p.dump(x)
print repr(f.getvalue())
f.seek(0); u = pickle.Unpickler(f); print u.load(), u.load(), u.load(), sorted(u.memo)

for data in ['L12\n.', 'F1.5\n.', 'S"a\\x41\\101\\n"\n.', 'Vab\\u00e9\\\\\n.', 'I01\n.', 'I00\n.',
             'J\xff\xff\xff\xff.', 'M\x01\x02.', '\x8a\x02\x00\x80.', '\x8b\x01\x00\x00\x00\xff.',
             'G?\xf0\x00\x00\x00\x00\x00\x00.', 'T\x02\x00\x00\x00ab.', 'X\x02\x00\x00\x00\xc3\xa9.',
             'K\x01\x85.', '](K\x01K\x02e.', '}(K\x01K\x02u.', 'K\x01p1\n0g1\n.', 'K\x012.', '(1N.',
             'c__builtin__\nlen\n(S"ab"\ntR.', '\x80\x02c__main__\nNewArgs\nK\x07\x85\x81.',
             '', '(', '.', 'I12', 'Ixx\n.', 'S"abc\n.', "S'a\"\n.", 'c__main__\nnope\n.', '\x80\x03N.',
             'z', '(I1\nd.', 'N0.', 'g0\n.', 'h\x00.', '\x85.', 'S"a\\"\n.', 'V\\u12\n.', '(K\x01e.']:
    try:
        print repr(data), describe(pickle.loads(data))
    except Exception as e:
        print repr(data), type(e).__name__, e
for bad in [3, 100]:
    try:
        pickle.Pickler(StringIO(), bad)
    except ValueError as e:
        print 'ValueError', e
print repr(pickle.encode_long(255)), repr(pickle.encode_long(-256)), repr(pickle.decode_long('\xff\x00'))
