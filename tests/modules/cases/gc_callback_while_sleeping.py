# A weak reference callback arrives while the program sleeps in a loop
# waiting for it (2.7's test_thread waits so for a thread's function).
import time, weakref, thread

lock = thread.allocate_lock()
lock.acquire()
started = []

def task():
    started.append(1)
    lock.acquire()
    lock.release()

thread.start_new_thread(task, ())
while not started:
    time.sleep(0.01)
lock.release()
done = []
wr = weakref.ref(task, lambda r: done.append(r is wr))
del task
deadline = time.time() + 30
while not done and time.time() < deadline:
    time.sleep(0.01)
print "callback ran:", done

class Obj(object):
    pass
seen = []
objs = [Obj() for i in range(5)]
refs = [weakref.ref(o, lambda r, i=i: seen.append(i)) for i, o in enumerate(objs)]
del objs, o
deadline = time.time() + 30
while len(seen) < 5 and time.time() < deadline:
    time.sleep(0.01)
print "all five:", sorted(seen), [r() for r in refs]
