# several threads incrementing shared counters under locks
import thread, threading, time

N_THREADS, N_INCR = 6, 2000
counter = [0]
lock = thread.allocate_lock()
done = []
all_done = thread.allocate_lock()
all_done.acquire()

gate = thread.allocate_lock()
gate.acquire()              # no worker ends (freeing its ident) before all have started

def work(tag):
    gate.acquire()
    gate.release()
    for i in xrange(N_INCR):
        lock.acquire()
        counter[0] += 1
        lock.release()
    with lock:
        done.append(tag)
        if len(done) == N_THREADS:
            all_done.release()

idents = [thread.start_new_thread(work, (k,)) for k in range(N_THREADS)]
gate.release()
all_done.acquire()          # blocks until the last worker releases it
print counter[0], sorted(done)
print len(set(idents)) == N_THREADS, thread.get_ident() not in idents

# the same with threading, plus an RLock, a shared dict and keyword arguments
totals = {}
rlock = threading.RLock()
def add(key, times, step=1):
    for i in xrange(times):
        with rlock:
            with rlock:
                totals[key] = totals.get(key, 0) + step
ts = [threading.Thread(target=add, args=('k%d' % (i % 3), 500), kwargs={'step': i}) for i in range(9)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print sorted(totals.items())
print [t.is_alive() for t in ts], threading.active_count()

# a thread waiting for the main thread: Event and a lock handed over
ev = threading.Event()
out = []
def waiter():
    out.append('waiting')
    ev.wait()
    out.append('woken')
w = threading.Thread(target=waiter)
w.start()
while not out:
    time.sleep(0.001)
ev.set()
w.join(5)
print out, w.is_alive()
