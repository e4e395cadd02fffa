# Object-keyed dicts keep a flat copy of exact (str, int) tuple keys; lookups
# compare against it. Lengths, item kinds, long strs, deletions, strategy
# switches and foreign keys (long, bool, float, unicode, subclasses) must
# behave as 2.7's item-by-item comparison.
d = {}
d[('a', 1)] = 1
d[('b', 'cc', -5)] = 2
d[('a', 1L)] = 3
d[(1.0, 'a')] = 4
print sorted(d.items())
print d.get(('a', 1)), d.get(('a', True)), d.get((u'b', 'cc', -5)), d.get(('b', 'cc', -5))
print d.get(('b', 'cc')), d.get(('b', 'cc', -5, 7))
print ('a', 1) in d, ('a', 2) in d, (1, 'a') in d, (True, 'a') in d, ('a', '1') in d
class S(str):
    def __eq__(self, o): print 'S.eq'; return str.__eq__(self, o)
    __hash__ = str.__hash__
print (S('b'), 'cc', -5) in d, ('b', S('cc'), -5) in d
del d[('a', 1)]
print ('a', 1) in d, len(d)
for i in range(100): d[(str(i), i)] = i
for i in range(0, 100, 3): del d[(str(i), i)]
print sum(d.get((str(i), i), 0) for i in range(100)), len(d)
e = {'x': 1, 'y': 2}
e[(1, 2)] = 3
print e[(1, 2)], e['x'], (1, 2) in e, e.get(('x',))
e2 = {1: 2}
e2[3] = 4; e2[1] = 5
print e2, e2.get(1), e2.get(1.0), e2.get(True), e2.get(7), e2.get(1L)
e2[('', '')] = 9
print e2[('', '')], e2.get(('', 'a')), e2.get(('',)), e2.get(('', '', ''))
print {(-1,): 1}[(-1,)], {(-2,): 1}.get((-1,)), {(2**62,): 3}[(2**62,)], {(-2**63,): 3}[(-2**63,)]
print {(255,): 1}.get((-1,)), {(256,): 1}.get((0,)), {('\xff',): 1}.get(('\xfe',))
big = 'x' * 300
f = {(big, 1): 'big', (big[:255], 2): 'edge'}
print f[('x' * 300, 1)], f[('x' * 255, 2)], f.get(('x' * 299, 1))
g = {}
for i in range(2000): g[i] = i
for i in range(2000): g[i] = g[i] + 1
print sum(g.values()), g.get(-1), g.get(1999)
h = dict((('k%d' % (i % 7), i % 5), i) for i in range(50))
print sorted(h.items())[:6], len(h)
print {('a', 'b'): 1} == {('a', 'b'): 1}, {('a', 'b'): 1} == {('a', 'c'): 1}
s = set((w[:1], w[1:]) for w in 'abc abd abc xyz'.split())
print sorted(s), ('a', 'bc') in s, ('a', 'b') in s
