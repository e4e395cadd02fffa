import sched
clock = [0]
log = []
def now():
    return clock[0]
def sleep(d):
    log.append(('sleep', d))
    clock[0] += d
s = sched.scheduler(now, sleep)
def act(name):
    log.append((name, now()))
e1 = s.enter(5, 1, act, ('a',))
e2 = s.enter(5, 0, act, ('b',))
e3 = s.enterabs(2, 1, act, ('c',))
e4 = s.enter(7, 1, act, ('d',))
print [e.argument for e in s.queue], s.empty()
s.cancel(e4)
try:
    s.cancel(e4)
except ValueError as e:
    print 'ValueError'
print e1.time, e1.priority, e1 < e2, e3 < e1
s.run()
print log, s.empty()
def boom(x):
    raise KeyError(x)
s.enter(1, 1, boom, ('z',))
s.enter(2, 1, act, ('after',))
try:
    s.run()
except KeyError as e:
    print 'KeyError', e, len(s.queue)
s.run()
print log[-1]
