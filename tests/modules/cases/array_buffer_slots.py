# array.array as a buffer (buffer(), file.write), its slot layout (no
# instance dict; subclasses keep only their own attributes), keyword
# arguments of subclasses, the __*slice__ methods and fromstring(array).
import array
import os
import tempfile

a = array.array('h', [1, -2, 300])
print repr(str(buffer(a))), len(buffer(a)), buffer(a, 2, 2)[:]
path = os.path.join(tempfile.mkdtemp(), 'arr.bin')
with open(path, 'wb') as f:
    f.write(a)
    f.writelines([array.array('b', [65, 66])])
with open(path, 'rb') as f:
    print repr(f.read())
os.remove(path)
os.rmdir(os.path.dirname(path))

for name in ('color', 'typecode'):
    try:
        setattr(a, name, 'blue')
    except TypeError as e:
        print 'TypeError', e
try:
    del a.color
except TypeError as e:
    print 'TypeError', e
print hasattr(a, '__dict__')


class Tagged(array.array):
    def __init__(self, typecode, data=(), tag=None):
        self.tag = tag

t = Tagged('i', [1, 2], tag='x')
print t, t.tag, sorted(t.__dict__)


class Fixed(array.array):
    __slots__ = ['offset']

f = Fixed('i', [5])
f.offset = 3
try:
    f.other = 1
except AttributeError:
    print 'no other attribute'

for args, kwargs in ((('i',), {'x': 1}), (('i', None), {}), ((u'\x80',), {}), ((u'ii',), {})):
    try:
        array.array(*args, **kwargs)
    except (TypeError, ValueError) as e:
        print type(e).__name__, e

b = array.array('i', range(6))
print b.__getslice__(1, 3), b.__getslice__(-5, 2)
b.__setslice__(0, 2, array.array('i', [9]))
print b
b.__delslice__(0, 1)
print b
try:
    b.__setslice__(0, 0, None)
except TypeError as e:
    print 'TypeError', e
b[:-1] = b
print b

c = array.array('i', [1, 2])
c.fromstring(array.array('i', [3]))
print c
try:
    c.fromstring(c)
except ValueError as e:
    print 'ValueError', e
