# heapq and bisect: errors, non-list sequences, keyword arguments, stability
import heapq, bisect

def show(f):
    try:
        print repr(f())
    except Exception as e:
        print type(e).__name__, e

show(lambda: heapq.heappush(1, 2))
show(lambda: heapq.heappop(()))
show(lambda: heapq.heappop([]))
show(lambda: heapq.heapreplace([], 1))
show(lambda: heapq.heappushpop([], 1))
show(lambda: heapq.heappushpop([5], 1))
show(lambda: heapq.heappushpop([1], 5))
show(lambda: heapq.heapify({}))
show(lambda: heapq.heappush([], 1, 2))
h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3, 3, 0, 6]:
    heapq.heappush(h, x)
print h
print [heapq.heappop(h) for _ in range(4)], h
data = list(range(20, 0, -1))
heapq.heapify(data)
print data
print heapq.heapreplace(data, 50), heapq.heappushpop(data, 0), data[:5]
print [heapq.heappop(data) for _ in range(len(data))] == sorted(data + range(2, 21) + [50])[:0] or 'drained', data
pairs = [(1, 'b'), (1, 'a'), (0, 'z')]
heapq.heapify(pairs)
print pairs, heapq.nsmallest(2, [(1, 'x'), (1, 'a')]), heapq.nlargest(2, 'hello')
print list(heapq.merge([1, 1, 2], [1, 3], []))
show(lambda: bisect.bisect(1, 1))
show(lambda: bisect.bisect([1], 1, -1))
show(lambda: bisect.bisect([1, 2, 3], 2, hi=-1))
show(lambda: bisect.bisect_left([1, 2, 2, 3], 2, lo=1, hi=3))
show(lambda: bisect.bisect_right(a=[1, 2, 2, 3], x=2))
show(lambda: bisect.bisect('acegi', 'd'))
show(lambda: bisect.bisect((1, 3, 5), 4, 'a'))
show(lambda: bisect.insort((1, 2), 1))
show(lambda: bisect.bisect([1], 1, 0, 5))
show(lambda: bisect.bisect(xrange(10), 4.5))
class Seq(object):
    def __init__(self):
        self.items = [1, 3, 5]
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def insert(self, i, x):
        self.items.insert(i, ('ins', x))
s = Seq()
bisect.insort_left(s, 4)
print s.items
l = [1, 2, 3]
bisect.insort(l, 2.0)
bisect.insort_left(l, 2.5, 0, 2)
print l
