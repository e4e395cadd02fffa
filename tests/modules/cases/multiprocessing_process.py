# multiprocessing: fork-based Process, Pipe, queues and process-shared locks, events, conditions.
import multiprocessing as mp, time, signal, os, sys
def f(q, x): q.put(x * 2)
def waiter(ev, q):
    q.put(('waiting', ev.wait(5)))
def locker(lock, q, i):
    with lock:
        q.put(i)
def condw(cond, q):
    with cond:
        q.put('in')
        cond.wait(5)
        q.put('woke')
def consume(jq, out):
    while True:
        item = jq.get()
        if item is None:
            jq.task_done(); break
        out.put(item * 10)
        jq.task_done()
def sleeper():
    time.sleep(10)
if __name__ == "__main__":
    q = mp.Queue()
    ev = mp.Event(); print ev.is_set()
    p = mp.Process(target=waiter, args=(ev, q)); p.start()
    time.sleep(0.1); ev.set(); print q.get(timeout=5); p.join(); print ev.is_set(), ev.wait(0)
    ev.clear(); print ev.is_set(), ev.wait(0.01)
    lock = mp.Lock()
    ps = [mp.Process(target=locker, args=(lock, q, i)) for i in range(4)]
    for p in ps: p.start()
    print sorted(q.get(timeout=5) for _ in range(4))
    for p in ps: p.join()
    print [p.exitcode for p in ps], mp.active_children()
    print lock.acquire(False), lock.acquire(False); lock.release()
    try: lock.release(); lock.release()
    except ValueError as e: print 'ValueError', e
    r = mp.RLock(); r.acquire(); r.acquire(); r.release(); r.release()
    try: r.release()
    except AssertionError as e: print 'AssertionError', e
    s = mp.Semaphore(2); print s.acquire(False), s.acquire(False), s.acquire(False), s.get_value()
    bs = mp.BoundedSemaphore(1)
    try: bs.release()
    except ValueError as e: print 'ValueError', e
    cond = mp.Condition()
    p = mp.Process(target=condw, args=(cond, q)); p.start()
    print q.get(timeout=5)
    with cond: cond.notify()
    print q.get(timeout=5); p.join()
    jq = mp.JoinableQueue(); out = mp.Queue()
    p = mp.Process(target=consume, args=(jq, out)); p.start()
    for i in range(5): jq.put(i)
    jq.put(None); jq.join()
    print sorted(out.get(timeout=5) for _ in range(5)); p.join()
    try: jq.task_done()
    except ValueError as e: print 'ValueError', e
    p = mp.Process(target=sleeper); p.daemon = True; p.start()
    print p.is_alive(); p.terminate(); p.join(); print p.exitcode == -signal.SIGTERM, p.is_alive()
    p = mp.Process(target=sleeper, name='zz'); print p.name, p.exitcode, p.pid
    print repr(p)
    import Queue
    try: q.get(timeout=0.05)
    except Queue.Empty: print 'Empty'
    q2 = mp.Queue(1); q2.put(1)
    try: q2.put(2, timeout=0.05)
    except Queue.Full: print 'Full'
    print q2.qsize(), q2.full(), q2.empty(), q2.get(), q2.empty()
    print mp.current_process().name
    p = mp.Process(target=os._exit, args=(3,)); p.start(); p.join(); print 'exit', p.exitcode
    a, b = mp.Pipe(); a.send({'k': [1, 2]}); print b.recv(), b.poll()
    q = mp.Queue()
    p = mp.Process(target=f, args=(q, 21)); p.start(); print q.get(timeout=5); p.join(); print p.exitcode
    sys.stdout.flush()
    import multiprocessing.queues
    q = multiprocessing.queues.SimpleQueue()
    p = mp.Process(target=q.put, args=('hi',)); p.start(); print q.get(); p.join()
    print "pipe ok"
