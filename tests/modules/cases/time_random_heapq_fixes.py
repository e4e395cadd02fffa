# time.asctime checks its tuple as leniently as strftime (0 for month, day
# and day of year means unset) and refuses fields beyond C int; random's
# jumpahead keeps a valid state; _heapq honours classes that define only
# __le__ and has nlargest/nsmallest.
import heapq
import random
import time
import _heapq

for t in ((2000, 6, 1, 0, 0, 0, 0, 0, 0), (2000, 0, 0, 0, 0, 0, 0, 0, 0),
          (2000, 6, 1, 0, 0, 0, 0, 367, 0), (2000, 6, 1, 0, 0, 0, -1, 1, 0),
          (2000, 13, 1, 0, 0, 0, 0, 1, 0), (2 ** 31, 1, 1, 0, 0, 0, 0, 1, 0),
          (2000, 1, 1, -2 ** 31 - 1, 0, 0, 0, 1, 0), (2 ** 31 - 1, 6, 1, 0, 0, 0, 0, 0, 0)):
    try:
        print time.asctime(t)
    except (ValueError, OverflowError) as e:
        print type(e).__name__, e

r = random.Random()
r.seed(199210368)
r.jumpahead(13550674232554645900)
values = [r.random() for i in range(2000)]
print all(0.0 <= v < 1.0 for v in values), repr(values[0]), repr(values[-1])
r.jumpahead(-5)
print r.randrange(1000)


class LE:
    def __init__(self, x):
        self.x = x

    def __le__(self, other):
        return self.x >= other.x      # a max-heap through __le__

data = [0.5, 0.25, 0.75, 0.125, 1.0, 0.875, 0.375]
heap = map(LE, data)
heapq.heapify(heap)
print [heapq.heappop(heap).x for i in range(len(data))]
heap = []
for x in data:
    heapq.heappush(heap, LE(x))
print heapq.heappushpop(heap, LE(2.0)).x, heapq.heapreplace(heap, LE(0.0)).x
print _heapq.nlargest(3, data), _heapq.nsmallest(2, iter(data)), _heapq.nlargest(0, data)
print heapq._nlargest is _heapq.nlargest, heapq.nlargest(2, data, key=lambda v: -v)
