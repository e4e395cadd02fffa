# thread._local and threading.local: attributes per thread
import thread, threading

data = threading.local()
data.x = 'main'
results = {}
def worker(n):
    results[n] = hasattr(data, 'x')
    data.x = n
    data.y = n * 2
    results[n] = (results[n], data.x, data.y, sorted(data.__dict__.items()))
ts = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print sorted(results.items())
print data.x, hasattr(data, 'y'), data.__dict__

class Counter(thread._local):
    created = []
    def __init__(self, start, step=1):
        self.value = start
        self.step = step
        Counter.created.append(start)
    def bump(self):
        self.value += self.step
        return self.value

c = Counter(10, step=5)
print c.bump(), c.bump()
out = []
def use():
    out.append(c.value)
    out.append(c.bump())
t = threading.Thread(target=use)
t.start(); t.join()
print out, c.value, Counter.created
try:
    thread._local(1)
except TypeError as e:
    print 'TypeError:', e
loc = thread._local()
loc.a = 1
del loc.a
try:
    loc.a
except AttributeError as e:
    print 'AttributeError'
print type(loc).__name__, isinstance(data, thread._local)
