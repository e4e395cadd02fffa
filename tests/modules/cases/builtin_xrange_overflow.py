# xrange() refuses more than sys.maxint items
import sys
for a in [(-sys.maxint, sys.maxint), (0, sys.maxint, -1), (-sys.maxint - 1, sys.maxint, 2),
          (0, -4, sys.maxint - 1), (-sys.maxint, sys.maxint, 2), (sys.maxint, -sys.maxint, -3)]:
    try:
        r = xrange(*a)
        print repr(r), len(r), r.__reduce__()
    except OverflowError as e:
        print "OverflowError", e

# repr() and pickling show a stop clamped to the int range
import pickle
M = sys.maxint
for t in [(0, -M, 1 - M), (M, -M, -2), (0, M, M - 1), (M, 0, -1), (-M, M, 10585), (M, -M, -10585),
          (-M - 1, M, M), (5, 5), (0, 10, 3)]:
    r = xrange(*t)
    print repr(r), len(r), r.__reduce__(), list(r[i] for i in range(min(len(r), 3)))
    r2 = pickle.loads(pickle.dumps(r))
    print repr(r2), len(r2), list(r2) == list(r) if len(r) < 10 else r2[-1] == r[-1]
