# WeakSet operations on live members
from weakref import WeakSet
class O(object):
    def __init__(self, n): self.n = n
    def __repr__(self): return 'O%d' % self.n
a, b, c, d = O(1), O(2), O(3), O(4)
s = WeakSet([a, b, c])
t = WeakSet([b, c, d])
key = lambda o: o.n
print len(s), a in s, d in s, 1 in s, [] in s
print sorted(s | t, key=key), sorted(s & t, key=key), sorted(s - t, key=key), sorted(s ^ t, key=key)
print sorted(s.union([d]), key=key), sorted(s.intersection([a, d]), key=key)
print s.issubset([a, b, c, d]), s <= t, s < WeakSet([a, b, c, d]), s >= WeakSet([a]), s > s
print s == WeakSet([c, b, a]), s != t, s == set([a, b, c]), s.isdisjoint([d]), s.isdisjoint(t)
u = s.copy(); u.add(d); u.discard(a); u.remove(b)
print sorted(u, key=key), type(u).__name__
try:
    u.remove(a)
except KeyError:
    print 'KeyError'
u.update([a]); u |= WeakSet([b]); u -= WeakSet([c]); u &= s; u ^= t
print sorted(u, key=key)
u.difference_update([d]); u.symmetric_difference_update([a]); u.intersection_update([a, b])
print sorted(u, key=key)
u = WeakSet([a, b])
print u.pop() in (a, b), len(u)
u.clear()
try:
    u.pop()
except KeyError as e:
    print 'KeyError', e
try:
    hash(s)
except TypeError as e:
    print 'TypeError', e
try:
    s.add(1)
except TypeError as e:
    print 'TypeError', e
x = WeakSet([a]); x -= x; print len(x)
x = WeakSet([a]); x ^= x; print len(x)
