# multiprocessing.dummy: the thread-backed API, and multiprocessing.pool.ThreadPool.
import threading
import multiprocessing.dummy as md
from multiprocessing.pool import ThreadPool


def sq(x):
    return x * x


def boom(x):
    if x == 3:
        raise ValueError('three')
    return x


def add(a, b=0):
    return a + b


p = md.Pool(3)
print p.map(sq, range(10))
print p.map(sq, [])
print list(p.imap(sq, range(5)))
print sorted(p.imap_unordered(sq, range(7), 2))
print p.apply(add, (7,), {'b': 3})
r = p.apply_async(sq, (8,))
print r.get(1), r.ready(), r.successful()
got = []
p.map_async(sq, range(4), callback=got.append).wait()
print got
try:
    p.map(boom, range(5))
except ValueError as e:
    print 'ValueError', e
it = p.imap(boom, range(5))
print next(it), next(it), next(it)
try:
    next(it)
except ValueError as e:
    print 'imap ValueError', e
p.close()
p.join()
for name, args in [('map', (sq, [1])), ('apply_async', (sq, (1,))),
                   ('imap', (sq, [1]))]:
    try:
        getattr(p, name)(*args)
    except AssertionError:
        print name, 'AssertionError'
try:
    md.Pool(0)
except ValueError as e:
    print 'ValueError', e
slow = ThreadPool(1)
r = slow.apply_async(__import__('time').sleep, (0.2,))
try:
    r.successful()
except AssertionError:
    print 'not ready'
try:
    r.get(0.01)
except md.TimeoutError if hasattr(md, 'TimeoutError') else Exception as e:
    print type(e).__name__
try:
    slow.join()
except AssertionError:
    print 'join while running: AssertionError'
slow.terminate()

tp = ThreadPool(2)
print tp.map(len, ['a', 'bb', 'ccc'])
tp.terminate()

out = []
lock = md.Lock()


def work(i):
    with lock:
        out.append(i)


ts = [md.Process(target=work, args=(i,)) for i in range(4)]
print [t.exitcode for t in ts]
for t in ts:
    t.start()
for t in ts:
    t.join()
print sorted(out), [t.exitcode for t in ts], md.active_children()
print isinstance(md.current_process(), threading.Thread)

q = md.Queue()
q.put(1)
print q.get(), q.empty()
a, b = md.Pipe()
a.send('x')
print b.poll(), b.recv(), b.poll()
ev = md.Event()
print ev.is_set()
m = md.Manager()
print m.list([1, 2]), m.dict(a=1)
v = md.Value('i', 5)
v.value += 1
print v.value, md.Array('i', [1, 2]).tolist()
print md.Namespace(x=1, y='b')
