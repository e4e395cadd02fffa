# Frames of finished calls may be reused by later calls of the same function:
# every frame that Python code got hold of must keep its own state.
import sys

def callee():
    return sys._getframe(1)

def caller(x):
    y = x * 2
    f = callee()
    return f

saved = []
for i in range(3):
    saved.append(caller(i))
for f in saved:
    print f.f_code.co_name, f.f_locals['x'], f.f_locals['y'], f.f_back.f_code.co_name

def plain(a, b=3):
    c = a + b
    return c

def use_plain():
    return [plain(i) for i in range(5)] + [plain(i, b=i) for i in range(3)]
print use_plain()

def boom(n):
    if n == 0:
        raise ValueError("x")
    return boom(n - 1)

tbs = []
for k in range(3):
    try:
        boom(k)
    except ValueError:
        tbs.append(sys.exc_info()[2])
    for i in range(5):
        plain(i)
for tb in tbs:
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_frame.f_locals.get('n'), tb.tb_lineno))
        tb = tb.tb_next
    print names

def gen():
    yield sys._getframe().f_back.f_code.co_name
    yield 2

def drive():
    g = gen()
    r = next(g)
    return g, r
g, r = drive()
print r, g.gi_frame.f_back
for i in range(4):
    plain(i)
print g.gi_frame.f_back, next(g)

events = []
def tracer(frame, event, arg):
    if event == 'call':
        events.append((frame.f_code.co_name, frame.f_back.f_code.co_name))
    return None
sys.settrace(tracer)
plain(1)
use_plain()
sys.settrace(None)
print events[:4], len(events)

def fl():
    return sys._getframe().f_lineno
print [fl() for i in range(3)]

def loc(a):
    b = a + 1
    return locals()
print [sorted(loc(i).items()) for i in range(3)]

class P(object):
    def __init__(self, x):
        self.x = x
    def m(self, k):
        return self.x + k
print [P(i).m(i) for i in range(4)]

def unb(flag):
    if flag:
        v = 1
    return v
print unb(True)
try:
    unb(False)
except UnboundLocalError as e:
    print e
print unb(True)

def rec(n):
    if n <= 1:
        return 1
    return rec(n - 1) + rec(n - 2)
print rec(15)

import traceback
def deep(n):
    if n == 0:
        return traceback.extract_stack()
    return deep(n - 1)
print [x[2] for x in deep(3)][-5:]
print [x[2] for x in deep(2)][-5:]

# generators: an exhausted generator's frame may serve the next generator
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1

done = count(2)
print list(done), done.gi_frame
held = count(3)
next(held)
fr = held.gi_frame
print fr.f_locals['i'], fr.f_lineno
print [list(count(k)) for k in range(4)]
print fr.f_locals['i'], next(held), list(held), held.gi_frame
print sum(x * x for x in xrange(10)), [sum(1 for c in str(i) if c in "37") for i in range(30, 40)]

def kw(a, b=2, *rest, **opts):
    return a + b + len(rest) + len(opts)
print [kw(i, b=i, c=1) for i in range(3)], [kw(*range(i + 1)) for i in range(4)]
