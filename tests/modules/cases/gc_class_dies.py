# Classes made at run time die when nothing uses them (type.__subclasses__
# does not keep them alive); their weak reference callbacks run.
import gc, weakref

class A(object):
    pass
class B:
    pass
dead = []
a = weakref.ref(A, dead.append)
A = None
gc.collect()
print a() is None, dead == [a]
b = weakref.ref(B, dead.append)
B = None
gc.collect()
print b() is None, len(dead)

class Base(object):
    pass

def make(name):
    return type(name, (Base,), {})

subs = [make("S%d" % i) for i in range(5)]
print [c.__name__ for c in Base.__subclasses__()]
refs = [weakref.ref(c) for c in subs]
del subs[1:4]
gc.collect()
print [c.__name__ for c in Base.__subclasses__()], [r() is None for r in refs]
Base.attr = 5           # reaches the live subclasses only
print subs[0].attr, subs[1].attr

def cycle():
    class C(object):
        def __init__(self, value):
            self.attribute = value
        def acallback(self, ignore):
            log.append(self.c)
    c1, c2 = C(1), C(2)
    c1.c = c2
    c2.c = c1
    c1.wr = weakref.ref(c2, c1.acallback)
    c2.wr = weakref.ref(c1, c2.acallback)
    return weakref.ref(C, lambda r: log.append("C went away"))
log = []
wr = cycle()
gc.collect()
print log, wr()
