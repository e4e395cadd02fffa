# Queue without threads: ordering, bounds, Empty/Full, task_done/join
import Queue
q = Queue.Queue(2)
print q.empty(), q.full(), q.qsize(), q.maxsize
q.put(1); q.put_nowait(2)
print q.full(), q.qsize()
try:
    q.put(3, False)
except Queue.Full:
    print 'Full'
try:
    q.put(3, True, 0.01)
except Queue.Full:
    print 'Full after timeout'
try:
    q.put(3, True, -1)
except ValueError as e:
    print 'ValueError', e
print q.get(), q.get_nowait(), q.empty()
try:
    q.get_nowait()
except Queue.Empty:
    print 'Empty'
try:
    q.get(timeout=0.01)
except Queue.Empty:
    print 'Empty after timeout'
try:
    q.get(True, -0.5)
except ValueError as e:
    print 'ValueError', e
q.task_done(); q.task_done()
q.join()
try:
    q.task_done()
except ValueError as e:
    print 'ValueError', e
lq = Queue.LifoQueue()
pq = Queue.PriorityQueue()
for x in [3, 1, 2]:
    lq.put(x); pq.put((x, str(x)))
print [lq.get() for _ in range(3)], [pq.get() for _ in range(3)]
print Queue.__all__, issubclass(Queue.Empty, Exception), Queue.Queue().unfinished_tasks
