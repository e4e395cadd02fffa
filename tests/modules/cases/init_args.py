# __init__ called again on objects of the built-in types: 2.7's C types that
# cannot be instantiated directly (patterns, matches, locks, cStringIO and
# md5 objects) accept and ignore any arguments; socket.__init__ converts its
# arguments (C ints) and opens a new socket.
import re
import thread
import cStringIO
import _md5
import _socket


def show(label, f, *args):
    try:
        f(*args)
        print label, 'ok'
    except Exception as e:
        print label, type(e).__name__, e

objs = [re.compile('a(b)'), re.match('a', 'a'), re.compile('a').scanner('aaa'), thread.allocate_lock(),
        cStringIO.StringIO(), cStringIO.StringIO('abc'), _md5.new('a')]
for o in objs:
    for args in [(), (1,), ('x', None), (1, 2, 3)]:
        show('%s.__init__%r' % (type(o).__name__, args), o.__init__, *args)
    if not isinstance(o, (cStringIO.InputType, cStringIO.OutputType, _md5.MD5Type)):
        show('%s()' % type(o).__name__, type(o))
out = cStringIO.StringIO()
out.write('kept')
out.__init__('x')
print repr(out.getvalue())
h = _md5.new('a')
h.__init__('b')
print h.hexdigest() == _md5.new('a').hexdigest()

s = _socket.socket()
for args in [(None,), ('x',), (2 ** 31,), (2 ** 63,), (-2 ** 63,), (1.5,), (_socket.AF_INET, None),
             (_socket.AF_INET, _socket.SOCK_STREAM, 'x'), (-1,)]:
    show('socket.__init__%r' % (args,), s.__init__, *args)
s.close()
s = _socket.socket()
s.close()
s.__init__(_socket.AF_UNIX, _socket.SOCK_DGRAM)
print s.family == _socket.AF_UNIX, s.type == _socket.SOCK_DGRAM, s.fileno() >= 0
s.close()
for args in [(2 ** 31,), (_socket.AF_INET, 2 ** 63), ('x',)]:
    show('socket%r' % (args,), _socket.socket, *args)

# file.__init__ checks its arguments; called on an open (or closed) file it
# closes it and opens the file it names in its place
f = open('scratch', 'w')
for args in [(), (None,), (1,), ('scratch', None), ('scratch', 'z'), ('', 'r'), ('a\0b',)]:
    show('file.__init__%r' % (args,), f.__init__, *args)
print f.closed
f = open('scratch', 'w')
f.write('data')
f.__init__('scratch2', 'w')
print f.name, f.mode, f.closed
print repr(open('scratch').read())
f.write('more')
f.close()
f.__init__('scratch2')
print f.name, f.mode, f.closed, repr(f.read())
f.close()


class F(file):
    def __init__(self, name):
        file.__init__(self, name, 'w')

g = F('scratch3')
print g.mode
g.write('x')
g.close()
print repr(open('scratch3').read())

# socket options and counts are C ints, converted before anything is done
s = _socket.socket()
for f, a in [(s.getsockopt, (2 ** 31, None)), (s.getsockopt, (None, None, -1)), (s.getsockopt, (1, 2, -1)),
             (s.listen, (2 ** 31,)), (s.listen, (1.5,)), (s.listen, (-1,)), (s.shutdown, (2 ** 31,)),
             (s.listen, (float('nan'),)), (s.listen, ('x',))]:
    show('%s%r' % (f.__name__, a), f, *a)
s.close()
