# UserDict, IterableUserDict, DictMixin behaviour
import warnings
warnings.simplefilter('ignore')
from UserDict import UserDict, IterableUserDict, DictMixin
import collections
u = UserDict({'a': 1}, b=2)
print sorted(u.items()), len(u), 'a' in u, u.has_key('z'), u.get('z', 0), u
print UserDict(dict={'x': 1}), UserDict(self=1, other=2) == {'self': 1, 'other': 2}
try:
    UserDict({}, {})
except TypeError as e:
    print 'TypeError', e
try:
    u.update({}, {})
except TypeError as e:
    print 'TypeError', e
u.update([('c', 3)], d=4); u.update(UserDict(e=5)); u.update(dict={'f': 6})
print sorted(u.keys()), u.setdefault('g', 7), u.pop('g'), u.pop('zz', 'dflt')
try:
    u['missing']
except KeyError as e:
    print 'KeyError', e
class Miss(UserDict):
    def __missing__(self, key):
        return key * 2
m = Miss(); print m['ab'], m.copy(), type(m.copy()).__name__
m.extra = 'kept'
print m.copy().extra
print cmp(UserDict(a=1), {'a': 1}), UserDict(a=1) == UserDict(a=1), UserDict(a=1) < UserDict(a=2)
print UserDict.fromkeys('ab', 0), Miss.fromkeys('x').__class__.__name__
try:
    hash(u)
except TypeError as e:
    print 'TypeError', e
print list(IterableUserDict(a=1)), isinstance(IterableUserDict(), collections.MutableMapping), isinstance(UserDict(), collections.Mapping)
class DM(DictMixin):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def keys(self): return sorted(self.d)
x = DM(); x.update({'b': 2}, a=1); x.update([('c', 3)])
print x, len(x), list(x), x.items(), x.values(), 'a' in x, x.has_key('q'), x.get('q', 9)
print x.setdefault('d', 4), x.pop('d'), x.pop('d', 'none'), x.popitem(), sorted(x.iteritems())
try:
    x.pop(1, 2, 3)
except TypeError as e:
    print 'TypeError', e
try:
    x.pop('nope')
except KeyError as e:
    print 'KeyError', e
x.clear()
try:
    x.popitem()
except KeyError as e:
    print 'KeyError', e
print cmp(x, None), cmp(x, {}), x == {}
