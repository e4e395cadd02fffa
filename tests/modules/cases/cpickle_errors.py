# cPickle's own exception classes (not pickle's), its messages for objects
# that cannot be found by name (functions fall back to reduce: a TypeError
# below protocol 2, a PicklingError about the function type at 2), and its
# argument checks; marshal.dump wants a real file and a C int version.
import cPickle
import pickle
import marshal
import re


def show(label, f, *args):
    try:
        r = f(*args)
        print label, 'ok'
    except Exception as e:
        print label, type(e).__module__, type(e).__name__, re.sub(' at 0x[0-9a-f]+', '', str(e))

print cPickle.PicklingError is pickle.PicklingError, cPickle.UnpicklingError is pickle.UnpicklingError
print [c.__name__ for c in cPickle.PicklingError.__mro__]
print [c.__name__ for c in cPickle.BadPickleGet.__mro__]
print [c.__name__ for c in cPickle.UnpickleableError.__mro__]


def f():
    pass
g = f
del f


class C:
    pass
D = C
del C


class N(object):
    pass
M = N
del N

for proto in (0, 1, 2):
    for label, obj in [('lambda', lambda: 0), ('renamed function', g), ('renamed class', D),
                       ('renamed type', M), ('builtin type', type(len)), ('list of lambda', [lambda: 0])]:
        show('dumps(%s, %d)' % (label, proto), cPickle.dumps, obj, proto)
try:
    cPickle.dumps(lambda: 0, 2)
except cPickle.PicklingError as e:
    print 'caught as cPickle.PicklingError:', e
try:
    cPickle.dumps(D, 0)
except pickle.PicklingError:
    print 'caught as pickle.PicklingError'
except cPickle.PickleError:
    print 'caught as cPickle.PickleError'

for bad in ['garbage', '(lp0\nI1\naI2\na', 'g5\n.', 'I1\n0.', 'S"abc\n.']:
    show('loads(%r)' % bad, cPickle.loads, bad)


class W:
    def write(self, s):
        pass


class R:
    def read(self, n):
        return ''

    def readline(self):
        return ''

closed = open('scratch', 'w')
closed.close()
for args in [(None,), ('x',), (None, None), (W(), 2 ** 63), (W(), 'x'), (2 ** 31,), (closed,), (-1,), (1.5,)]:
    show('Pickler%r' % (tuple(type(a).__name__ for a in args),), cPickle.Pickler, *args)
for args in [(1, 'x'), (1, None), (1, None, 2), (1, W(), 'x'), (1, W(), 2 ** 63), (1, closed)]:
    show('dump%r' % (tuple(type(a).__name__ for a in args),), cPickle.dump, *args)
for args in [(1, 'x'), (1, 2 ** 63), (1, 2 ** 31), (1, None), (1, 1.5), (1, -1)]:
    show('dumps%r' % (args,), cPickle.dumps, *args)
for arg in ['x', None, 1, R(), closed]:
    show('load(%s)' % type(arg).__name__, cPickle.load, arg)
    show('Unpickler(%s)' % type(arg).__name__, cPickle.Unpickler, arg)

out = open('scratch', 'wb')
for args in [(1, 'x'), (1, None), (1, W()), (1, out, 'x'), (1, out, 2 ** 63), (1, closed)]:
    show('marshal.dump%r' % (tuple(type(a).__name__ for a in args),), marshal.dump, *args)
for args in [(1, 'x'), (1, 2 ** 63), (1, 2 ** 31), (1, None), (1, 1.5), (1, -1), ([], 2 ** 31)]:
    show('marshal.dumps%r' % (args,), marshal.dumps, *args)
