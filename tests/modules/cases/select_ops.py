# select.select and select.poll on pipes
import os
import select

r, w = os.pipe()
print select.select([r], [w], [], 0)
os.write(w, 'x')
print select.select([r], [], [], 0.5)
print select.select([r], [w], [r], 0) == ([r], [w], [])
class F(object):
    def __init__(self, fd):
        self.fd = fd
    def fileno(self):
        return self.fd
f = F(r)
print select.select([f], [], [], 0)[0] == [f]
p = select.poll()
p.register(r, select.POLLIN)
p.register(w)
print sorted(p.poll(0))
print os.read(r, 1)
print p.poll(0) == [(w, select.POLLOUT)]
p.modify(w, select.POLLIN)
print p.poll(10)
p.unregister(w)
try:
    p.unregister(w)
except KeyError as e:
    print 'KeyError', e
os.close(w)
print p.poll(0) == [(r, select.POLLHUP)]
os.close(r)
try:
    select.select([r], [], [], 0)
except select.error as e:
    print 'select.error', e.args[0], isinstance(e, EnvironmentError)
try:
    select.select([-1], [], [])
except ValueError as e:
    print 'ValueError', e
try:
    select.select(1, [], [])
except TypeError as e:
    print 'TypeError', e
try:
    select.select([object()], [], [])
except TypeError as e:
    print 'TypeError', e
print select.POLLIN, select.POLLPRI, select.POLLOUT, select.POLLERR, select.POLLHUP, select.POLLNVAL
print select.error.__name__, select.error.__module__, issubclass(select.error, Exception)
