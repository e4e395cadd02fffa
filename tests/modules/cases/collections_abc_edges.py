# collection ABCs: which built-in and User* classes match which ABC; MutableSet mixins; abstract methods
import collections, abc, UserDict, UserList, UserString
for T in [list, tuple, dict, set, frozenset, str, unicode, xrange, collections.deque,
          collections.OrderedDict, collections.Counter, collections.defaultdict, UserDict.UserDict,
          UserDict.IterableUserDict, UserList.UserList, UserString.UserString, type(iter([])), type(len), int]:
    print T.__name__, [n for n in ['Container', 'Hashable', 'Iterable', 'Iterator', 'Sized', 'Callable',
        'Sequence', 'MutableSequence', 'Set', 'MutableSet', 'Mapping', 'MutableMapping'] if issubclass(T, getattr(collections, n))]
class S(collections.MutableSet):
    def __init__(self, it=()): self.s = set(it)
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(sorted(self.s))
    def __len__(self): return len(self.s)
    def add(self, x): self.s.add(x)
    def discard(self, x): self.s.discard(x)
a = S('abc')
a |= 'de'; a -= 'a'; a ^= 'bz'; a &= 'cdez'
print list(a), a.pop(), list(a), S('ab') < S('abc'), S('ab') == set('ab'), S('x').isdisjoint('y')
m = UserDict.UserDict({1: 2})
print m.items(), m.copy(), m == {1: 2}, 1 in m, m.popitem(), len(m), UserDict.UserDict.fromkeys('ab', 0)
u = UserList.UserList([3, 1])
u += [2]; u *= 2; u.sort()
print u, u[1:], u.index(2), u + (9,) if False else u + [9], 2 * u[:1]
s = UserString.UserString('Abc')
print s.lower(), s * 2, s[1], s[::-1], s.split('b'), s.zfill(6), 'b' in s, s % () if '%' in s else '', hash(s) == hash('Abc')
print isinstance(s, collections.Sequence), isinstance(u, collections.MutableSequence), isinstance(m, collections.Mapping)
class Base(object):
    __metaclass__ = abc.ABCMeta
    @abc.abstractmethod
    def f(self): pass
class Impl(Base):
    f = None
print Impl.__abstractmethods__, Impl() is not None
try:
    class C(Base): pass
    C()
except TypeError as e:
    print e
