# namedtuple / OrderedDict / Counter / ABC mixins: finer points
import collections, pickle, copy
from collections import namedtuple, OrderedDict, Counter
P = namedtuple('P', 'a b')
print P.__doc__, P.__new__.__doc__, P._make.__doc__, P.__module__, P.__slots__
print P._fields, P(1, 2)._asdict(), vars(P(1, 2)), P(1, 2).__getnewargs__()
for args in [(1,), (1, 2, 3)]:
    try:
        P(*args)
    except TypeError as e:
        print 'TypeError', e
try:
    P(1, c=2)
except TypeError as e:
    print 'TypeError', e
try:
    P._make([1])
except TypeError as e:
    print 'TypeError', e
try:
    P(1, 2)._replace(a=0, q=1, r=2)
except ValueError as e:
    print 'ValueError', sorted(eval(str(e).split(': ', 1)[1]))
One = namedtuple('One', ['x'])
print One(5), One._make([6]), One(x=[1, 2])
print namedtuple('R', ['abc', 'def', '1x', 'ok', 'ok', '_p', ''], rename=True)._fields
for bad in [('T', 'a-b'), ('T', 'a 1'), ('1T', 'a'), ('for', 'a'), ('T', 'a _b'), ('T', 'x x')]:
    try:
        namedtuple(*bad)
    except ValueError as e:
        print 'ValueError', e
try:
    namedtuple('T', [1])
except Exception as e:
    print type(e).__name__
print pickle.loads(pickle.dumps(P(3, 4), 2)), copy.copy(P(5, 6)), copy.deepcopy(P([1], 2))
od = OrderedDict([('b', 1), ('a', 2)])
od['self'] = od
print od
od.__init__([('c', 3)], d=4)
print od.keys()
print od == OrderedDict(od.items()), od != dict(od.items())
try:
    OrderedDict([], [])
except TypeError as e:
    print 'TypeError', e
try:
    del od['zz']
except KeyError as e:
    print 'KeyError', e
o2 = OrderedDict.fromkeys('abc')
o2.popitem(False); o2['a'] = 1
print o2, list(reversed(o2)), o2.viewkeys(), o2.viewvalues(), o2.viewitems()
print pickle.loads(pickle.dumps(o2)), pickle.loads(pickle.dumps(o2, 2)), copy.copy(o2), o2.__reduce__()
c = Counter(a=3, b=-1, c=0)
print c, repr(Counter()), c['zz'], 'zz' in c
del c['zz']; del c['c']
print c, +Counter(a=1) if hasattr(Counter, '__pos__') else 'nopos'
print Counter('aab') - Counter('abbc'), Counter(a=-2) | Counter(b=1), Counter(a=2, b=3) & Counter(a=5, b=1)
c.subtract({'a': 1}); c.subtract(['b', 'x']); c.update({'q': 2}, q=1); c.update(None)
print sorted(c.items()), list(Counter('abcab').elements()), Counter('aaabbc').most_common(1)
print Counter('ab').__add__(3), Counter(self=1, iterable=2)
try:
    Counter.fromkeys('ab')
except NotImplementedError as e:
    print 'NotImplementedError', e
try:
    Counter('a', 'b')
except TypeError as e:
    print 'TypeError', e
print pickle.loads(pickle.dumps(Counter('hello'))) == Counter('hello'), Counter('ab').copy()
class MS(collections.MutableSequence):
    def __init__(self): self.l = []
    def __getitem__(self, i): return self.l[i]
    def __setitem__(self, i, v): self.l[i] = v
    def __delitem__(self, i): del self.l[i]
    def __len__(self): return len(self.l)
    def insert(self, i, v): self.l.insert(i, v)
m = MS(); m.extend([1, 2, 3, 2]); m.append(5); m += [6]
print m.l, m.index(2), m.count(2), 2 in m, list(reversed(m)), m.pop(), m.pop(0)
m.remove(2); m.reverse(); print m.l
try:
    m.index(42)
except ValueError as e:
    print 'ValueError', repr(e)
class MM(collections.MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(sorted(self.d))
    def __len__(self): return len(self.d)
mm = MM(); mm.update({'a': 1}, b=2); mm.update([('c', 3)]); mm.update(self=4)
print sorted(mm.items()), mm.pop('a'), mm.pop('zz', 0), mm.setdefault('e', 5), mm.popitem(), mm.keys()
try:
    mm.pop('zz')
except KeyError as e:
    print 'KeyError', e
try:
    mm.update(1, 2)
except TypeError as e:
    print 'TypeError', e
mm.clear(); print len(mm), mm == {}, mm != {'a': 1}
try:
    MM().popitem()
except KeyError as e:
    print 'KeyError', repr(e)
class S(collections.Set):
    def __init__(self, it=()): self.s = sorted(set(it))
    def __iter__(self): return iter(self.s)
    def __len__(self): return len(self.s)
    def __contains__(self, x): return x in self.s
    __hash__ = collections.Set._hash
s = S([1, 2, 3])
print list(s & [2, 5]), list(s | [7]), list(s - [1]), list(s ^ [3, 4]), list([2, 9] - s) if 0 else '', s <= S([1, 2, 3, 4]), s == S([3, 2, 1]), s.isdisjoint([8])
print hash(S([1, 2])) == hash(frozenset([1, 2])), hash(S()) == hash(frozenset())
class MSet(collections.MutableSet):
    def __init__(self, it=()): self.s = set(it)
    def __iter__(self): return iter(sorted(self.s))
    def __len__(self): return len(self.s)
    def __contains__(self, x): return x in self.s
    def add(self, x): self.s.add(x)
    def discard(self, x): self.s.discard(x)
ms = MSet([1, 2, 3]); ms |= [4]; ms -= [1]; ms &= [2, 3, 4, 9]; ms ^= [4, 5]
print list(ms), ms.pop(), list(ms)
try:
    ms.remove(99)
except KeyError as e:
    print 'KeyError', e
ms.clear(); print list(ms)
try:
    ms.pop()
except KeyError as e:
    print 'KeyError', repr(e)
kv = {'a': 1}.viewkeys()
print collections.KeysView({'a': 1}), collections.ItemsView({'a': 1}), collections.ValuesView({'a': 1})
print ('a', 1) in collections.ItemsView({'a': 1}), 1 in collections.ValuesView({'a': 1}), collections.KeysView({'a': 1}) & ['a']
print isinstance(kv, collections.KeysView), isinstance({}.viewitems(), collections.Set)
print issubclass(str, collections.Iterable), issubclass(unicode, collections.Sequence), issubclass(buffer, collections.Sequence)
print sorted(collections.__all__)
