# Weak references see their referent die once it is unreachable
# (after gc.collect()), callbacks run, proxies raise ReferenceError.
import gc
import weakref


class Obj(object):
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'Obj(%s)' % self.name


class Old:
    def __init__(self, name):
        self.name = name


log = []


def make(name):
    return Obj(name)


# plain ref, ref with callback, both on one object
o = Obj('a')
r0 = weakref.ref(o)
r1 = weakref.ref(o, lambda r: log.append(('cb1', r is r1, r() is None)))
r2 = weakref.ref(o, lambda r: log.append(('cb2', r is r2)))
print weakref.getweakrefcount(o), weakref.getweakrefs(o)[0] is r0
del o
gc.collect()
print r0(), r1(), r2(), log
del log[:]

# the same basic ref is handed out while it lives
o = Obj('b')
print weakref.ref(o) is weakref.ref(o), weakref.proxy(o) is weakref.proxy(o)
print weakref.ref(o, lambda r: None) is weakref.ref(o)
del o
gc.collect()

# an object created and dropped inside a function
def inner():
    x = make('inner')
    return weakref.ref(x, lambda r: log.append('inner died'))
r = inner()
gc.collect()
print r(), log
del log[:]

# cycles
a, b = Obj('c1'), Obj('c2')
a.other, b.other = b, a
ra, rb = weakref.ref(a, lambda r: log.append('a')), weakref.ref(b)
del a, b
gc.collect()
print ra(), rb(), log
del log[:]

# old-style instances
oi = Old('old')
ro = weakref.ref(oi, lambda r: log.append('old died'))
del oi
gc.collect()
print ro(), log
del log[:]

# functions, classes, sets
def f():
    pass
rf = weakref.ref(f)


s = set([1, 2])
rs = weakref.ref(s)
del f, s
gc.collect()
print rf(), rs()

# a weak reference that dies first: its callback never runs
o = Obj('x')
rr = weakref.ref(o, lambda r: log.append('never'))
del rr
gc.collect()
del o
gc.collect()
print log

# proxies
o = Obj('p')
p = weakref.proxy(o)
print p.name, repr(p.name)
del o
gc.collect()
try:
    p.name
except ReferenceError as e:
    print 'ReferenceError:', e
try:
    str(p)
except ReferenceError as e:
    print 'ReferenceError:', e

# a callback that raises is reported and ignored
o = Obj('raise')
def bad(r):
    raise ValueError('in callback')
rbad = weakref.ref(o, bad)
del o
gc.collect()
print 'still running', rbad()

# hash of a dead ref: kept if taken while alive
o = Obj('h')
rh = weakref.ref(o)
h = hash(rh)
del o
gc.collect()
print hash(rh) == h
o = Obj('h2')
rh2 = weakref.ref(o)
del o
gc.collect()
try:
    hash(rh2)
except TypeError as e:
    print 'TypeError:', e
# equality of dead refs is identity
print rh == rh, rh == rh2, rh != rh2
