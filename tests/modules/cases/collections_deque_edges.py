# deque: ring growth, maxlen, rotation, mutation during iteration, subclasses
from collections import deque

def show(f):
    try:
        print repr(f())
    except Exception as e:
        print type(e).__name__, e

d = deque()
for i in range(100):
    d.append(i)
    d.appendleft(-i)
print len(d), d[0], d[-1], d[100], sum(d)
for i in range(150):
    d.popleft()
print len(d), d[0], d[-1]
d.rotate(17)
print list(d)[:5]
d.rotate(-40)
print list(d)[:5]
x = deque('abcde')
del x[2]
print x
x[-1] = 'Z'
print x, x.count('Z')
show(lambda: deque([1])[5])
show(lambda: deque([1])['a'])
show(lambda: deque([1]).remove(5))
show(lambda: deque('a', 'b'))
show(lambda: deque(1))
show(lambda: deque(maxlen=-2))
show(lambda: deque().pop())
show(lambda: deque().rotate('a'))
show(lambda: hash(deque()))
show(lambda: deque([1]) == [1])
show(lambda: deque([1, 2]) > deque([1]))
show(lambda: deque([1], 2) == deque([1], 3))
show(lambda: repr(deque(maxlen=2)))
show(lambda: deque([1], 3).__reduce__())
show(lambda: deque([1]).__reduce__())
show(lambda: type(iter(deque())))
show(lambda: list(reversed(deque('abc'))))
show(lambda: deque.__module__)
d = deque([1, 2, 3])
try:
    for v in d:
        d.append(v)
except RuntimeError as e:
    print 'RuntimeError', e
d = deque([1, 2])
d.append(d)
print d
d = deque([1])
d += [2, 3]
print d
d.extend(d)
print d
d.extendleft(d)
print d
b = deque(range(10), maxlen=4)
b.extendleft('ab')
print b, b.maxlen
b.rotate(1)
print b
z = deque(maxlen=0)
z.append(1)
z.appendleft(2)
print z, len(z)
class Named(deque):
    def __init__(self, name, items=()):
        deque.__init__(self, items)
        self.name = name
n = Named('q', [1, 2])
n.append(3)
print n, n.name, isinstance(n, deque), type(n).__name__
import copy
c = copy.copy(deque([[1]], 5))
print c, c.maxlen
dc = copy.deepcopy(deque([[1], [2]]))
print dc
