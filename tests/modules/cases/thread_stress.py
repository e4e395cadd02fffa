# many threads switching often, allocating (collections stop the world while
# others wait in locks, sleep or read), Queue hand-offs, a blocking pipe read
import os, sys, threading, Queue, time

sys.setcheckinterval(1)
q = Queue.Queue(maxsize=8)
results = Queue.Queue()
N_PRODUCERS, N_CONSUMERS, N_ITEMS = 4, 4, 300

def producer(k):
    for i in xrange(N_ITEMS):
        q.put((k, i, [i] * (i % 7)))

def consumer():
    total = 0
    junk = []
    while True:
        item = q.get()
        if item is None:
            break
        k, i, payload = item
        total += i + len(payload)
        junk.append({'k': k, 'i': str(i) * 3})
        if len(junk) > 50:
            junk = []
    results.put(total)

def churn(n):
    keep = []
    for i in xrange(n):
        keep.append([str(j) for j in range(20)])
        if len(keep) > 100:
            keep = []
        if i % 500 == 0:
            time.sleep(0)
    results.put(-1)

consumers = [threading.Thread(target=consumer) for i in range(N_CONSUMERS)]
producers = [threading.Thread(target=producer, args=(k,)) for k in range(N_PRODUCERS)]
churners = [threading.Thread(target=churn, args=(3000,)) for i in range(2)]
r, w = os.pipe()
got = []
def reader():
    while True:
        data = os.read(r, 100)
        if not data:
            break
        got.append(data)
pipe_thread = threading.Thread(target=reader)
pipe_thread.start()
for t in consumers + producers + churners:
    t.start()
for t in producers:
    t.join()
for t in consumers:
    q.put(None)
for t in consumers + churners:
    t.join()
os.write(w, 'through the pipe')
os.close(w)
pipe_thread.join()
os.close(r)
totals = [results.get() for i in range(N_CONSUMERS + 2)]
expected = N_PRODUCERS * sum(i + i % 7 for i in range(N_ITEMS))
print sum(t for t in totals if t >= 0) == expected, totals.count(-1)
print ''.join(got), threading.active_count()

# daemon threads still running at exit do not keep the process alive
def forever():
    while True:
        time.sleep(0.01)
d = threading.Thread(target=forever)
d.daemon = True
d.start()
# a Timer, cancelled and not
fired = []
t1 = threading.Timer(0.01, fired.append, args=('fired',))
t2 = threading.Timer(5, fired.append, args=('cancelled',))
t1.start(); t2.start(); t2.cancel()
t1.join(); t2.join()
print fired, [t.name.startswith('Thread-') for t in (t1, t2)]
print 'end'
