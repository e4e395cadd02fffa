# __del__ of new-style and old-style instances runs when the instance
# becomes unreachable (here at gc.collect()), outer objects first.
import gc
import sys

log = []


class New(object):
    def __init__(self, name, child=None):
        self.name = name
        self.child = child

    def __del__(self):
        log.append('New ' + self.name)


class Old:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append('Old ' + self.name)


n = New('plain')
del n
gc.collect()
print log
del log[:]

o = Old('classic')
del o
gc.collect()
print log
del log[:]

# a chain: the outer one goes first, as with reference counting
outer = New('outer', New('middle', New('inner')))
del outer
gc.collect()
print log
del log[:]

# created and dropped in a function
def work():
    for i in range(3):
        New('tmp%d' % i)
work()
gc.collect()
print sorted(log)
del log[:]

# __del__ inherited, and a subclass overriding it
class Sub(New):
    pass

class Sub2(New):
    def __del__(self):
        log.append('Sub2 ' + self.name)
        New.__del__(self)

s, s2 = Sub('sub'), Sub2('sub2')
del s
gc.collect()
del s2
gc.collect()
print log
del log[:]

# an exception in __del__ is reported on stderr and ignored
class Bad(object):
    def __del__(self):
        raise RuntimeError('from __del__')
b = Bad()
del b
gc.collect()
print 'after Bad'

# resurrection: __del__ stores self somewhere
saved = []
class Phoenix(object):
    def __del__(self):
        saved.append(self)
p = Phoenix()
del p
gc.collect()
print len(saved), type(saved[0]).__name__

# __del__ added to the class after instances exist affects new instances
class Late(object):
    pass
Late.__del__ = lambda self: log.append('late')
l = Late()
del l
gc.collect()
print log
del log[:]

# a class without __del__ never logs
class Quiet(object):
    pass
q = Quiet()
del q
gc.collect()
print log
