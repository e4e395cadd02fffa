# the deprecated sets module: Set, ImmutableSet, operators, errors
import warnings
warnings.simplefilter('ignore', DeprecationWarning)
from sets import Set, ImmutableSet, BaseSet
import copy
import pickle

a = Set([3, 1, 2])
b = ImmutableSet('ab')
print sorted(a), len(a), 2 in a, 5 in a, sorted(b)
print Set([1]), repr(ImmutableSet()), str(Set())
print sorted(a | Set([4])), sorted(a & Set([1, 9])), sorted(a ^ Set([1, 9])), sorted(a - Set([1]))
print sorted(a.union([7])), sorted(a.intersection('x')), sorted(a.difference([3])), sorted(a.symmetric_difference((2, 8)))
print a <= Set([1, 2, 3, 4]), a < a, a >= Set([1]), a > Set(), a == Set([1, 2, 3]), a != b, a == [1, 2, 3]
for op in [lambda: a < [1], lambda: a | [1], lambda: cmp(a, Set([1])), lambda: hash(a), lambda: a.remove(42),
           lambda: BaseSet(), lambda: Set(5), lambda: a.issubset([1])]:
    try:
        print op()
    except Exception as e:
        print type(e).__name__, e
c = Set()
c.add(Set([1, 2]))           # stored as an ImmutableSet
print type(list(c)[0]).__name__, Set([1, 2]) in c, hash(ImmutableSet([1, 2])) == hash(ImmutableSet([2, 1]))
c.remove(Set([2, 1]))
print len(c)
d = Set('abc')
d |= Set('d')
d &= Set('abd')
d ^= Set('xa')
d -= Set('x')
print sorted(d)
d.update('qr'); d.discard('q'); d.discard('zz'); d.union_update([1]); d.difference_update('r')
d.intersection_update([1, 'b', 'z']); d.symmetric_difference_update(['b', 5])
print sorted(d), d.pop() in (1, 5), len(d)
d.clear()
print d, bool(d)
e = Set([(1, 2), 'x'])
print sorted(copy.copy(e)), sorted(copy.deepcopy(e)), copy.copy(b) == b
for proto in range(3):
    print sorted(pickle.loads(pickle.dumps(e, proto))), pickle.loads(pickle.dumps(b, proto)) == b


class MySet(Set):
    def _repr(self):
        return Set._repr(self, sorted=True)
print MySet(['z', 'a', 'm'])
