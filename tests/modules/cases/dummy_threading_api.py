# dummy_threading: the threading API over dummy_thread (threads run at start())
import dummy_threading as threading
out = []
t = threading.Thread(target=lambda x: out.append(x), args=(5,), name='w')
print t
t.start(); t.join()
print out, t.is_alive(), t.name, repr(t).startswith('<Thread(w, stopped')
l = threading.Lock()
print l.acquire(), l.locked(), l.acquire(False)
l.release()
r = threading.RLock(); r.acquire(); r.acquire(); r.release(); r.release()
try:
    r.release()
except RuntimeError as e:
    print 'RuntimeError', e
e = threading.Event(); print e.is_set(); e.set(); print e.wait(), e.is_set()
s = threading.BoundedSemaphore(1); s.acquire(); s.release()
try:
    s.release()
except ValueError as e:
    print 'ValueError', e
loc = threading.local(); loc.a = 1; print loc.a
print threading.current_thread().name, threading.active_count(), len(threading.enumerate())
tm = threading.Timer(0.01, lambda: out.append('timer')); tm.start(); tm.join(); print out
try:
    t.start()
except RuntimeError as e:
    print 'RuntimeError', e
c = threading.Condition()
try:
    c.notify()
except RuntimeError as e:
    print 'RuntimeError', e
import sys
print 'threading' in sys.modules, 'thread' in sys.modules
class T(threading.Thread):
    def run(self):
        print 'running', self.name
T(name='sub').start()
def bad():
    raise ValueError('in thread')
threading.Thread(target=bad, name='badthread').start()
print 'after'
