# WeakValueDictionary, WeakKeyDictionary and WeakSet lose the entries of
# collected objects.
import gc
import weakref


class K(object):
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return 'K%d' % self.n


objs = [K(i) for i in range(10)]
wv = weakref.WeakValueDictionary((i, o) for i, o in enumerate(objs))
wk = weakref.WeakKeyDictionary((o, i) for i, o in enumerate(objs))
ws = weakref.WeakSet(objs)
print len(wv), len(wk), len(ws)
del objs[::2]
gc.collect()
print sorted(wv.keys()), sorted(wk.values()), sorted(k.n for k in ws)
print 4 in wv, 5 in wv, wv.get(4), wv.get(5)
keep = objs[0]
del objs[:]
gc.collect()
print wv.items(), wk.items(), list(ws)
print keep in ws, K(1) in ws

# entries added and removed many times
wv2 = weakref.WeakValueDictionary()
for round in range(5):
    tmp = [K(i) for i in range(100)]
    for t in tmp:
        wv2[t.n] = t
    del tmp, t
    gc.collect()
    print len(wv2),
print

# WeakKeyDictionary keeps the value while the key lives
class Tag(object):
    pass


def fill(d):
    # t2 is stored from inside a helper: our collector scans the C stack
    # conservatively, and the evaluator's own C frame may still hold the last
    # key it stored; the helper's frame is gone (and cleared) at collect()
    t1, t2 = Tag(), Tag()
    d[t1] = 'one'
    d[t2] = [1, 2]
    return t1

d = weakref.WeakKeyDictionary()
t1 = fill(d)
gc.collect()
print d.values(), d[t1]

# setdefault / pop on WeakValueDictionary
wv3 = weakref.WeakValueDictionary()
a = K(100)
print wv3.setdefault('a', a) is a, wv3.pop('a') is a, len(wv3)
def store_b(d):
    # (from a helper, as fill() above: the C stack is scanned conservatively)
    d['b'] = K(200)
store_b(wv3)
gc.collect()
print len(wv3), wv3.get('b')

# iteration while entries die is safe
ws2 = weakref.WeakSet()
items = [K(i) for i in range(20)]
for it in items:
    ws2.add(it)
del it
seen = 0
for x in ws2:
    seen += 1
    if seen == 1:
        del items[:]
        gc.collect()
del x
gc.collect()
print seen > 0, len(ws2)
