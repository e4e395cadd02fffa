# Stress test of weak references and finalizers (not a timing benchmark):
#   ./pypy benchmarks/gc/stress_weakref.py [N]   (default 1000000; all lines must say True)
# Each iteration makes an object with a weak reference with callback, a weak
# reference with callback to one long-lived object, a proxy, a new-style
# instance with __del__ and (every third) an old-style one.
import gc, weakref, sys
class Obj(object):
    def __init__(self, n):
        self.n = n
class Fin(object):
    count = 0
    def __init__(self, n):
        self.n = n
    def __del__(self):
        Fin.count += 1
class OldFin:
    count = 0
    def __del__(self):
        OldFin.count += 1
cb = [0]
def callback(r):
    cb[0] += 1
N = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
keep = Obj(-1)
alive = []
wv = weakref.WeakValueDictionary()
for i in range(N):
    o = Obj(i)
    r = weakref.ref(o, callback)
    r2 = weakref.ref(keep, callback)      # many refs to one long-lived object
    p = weakref.proxy(o)
    f = Fin(i)
    if i % 3 == 0:
        OldFin()
    if i % 10 == 0:
        wv[i] = o
    if i % 1000 == 0:
        alive.append(r)
del o, r, r2, p, f
gc.collect()
print 'callbacks', cb[0] > 0, 'finalized', Fin.count >= N - 10, OldFin.count >= N // 3 - 10
print 'refs dead', sum(1 for r in alive if r() is None) >= len(alive) - 2, 'wv', len(wv) <= 2
print 'getweakrefcount(keep)', weakref.getweakrefcount(keep) <= 10
