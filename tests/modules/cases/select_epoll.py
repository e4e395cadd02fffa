# select.epoll: registration, polling, errors, closed objects, fromfd
import select, os, errno
print [(n, getattr(select, n)) for n in sorted(dir(select)) if n.startswith('EPOLL')]
ep = select.epoll()
print type(ep), type(ep).__name__, ep.closed, ep.fileno() > 2
r, w = os.pipe()
names = {r: 'r', w: 'w'}
def named(events):
    return sorted((names.get(fd, fd), ev) for fd, ev in events)
ep.register(r, select.EPOLLIN)
ep.register(w)
print named(ep.poll(0.1)), named(ep.poll(0, 5))
os.write(w, 'x')
print named(ep.poll(1))
ep.modify(w, 0)
print named(ep.poll(0))
for f in [lambda: ep.register(r), lambda: ep.unregister(12345), lambda: ep.modify(999, 1), lambda: ep.register(-1), lambda: ep.register('x'), lambda: ep.poll('a'), lambda: select.epoll(-2), lambda: ep.poll(1, 0)]:
    try:
        print f()
    except Exception as e:
        print type(e).__name__, e
ep.unregister(w)
ep2 = select.epoll.fromfd(os.dup(ep.fileno()))
print type(ep2).__name__, ep2.closed
ep.close(); ep.close()
print ep.closed
for f in [lambda: ep.fileno(), lambda: ep.poll(), lambda: ep.register(r), lambda: ep.unregister(r), lambda: ep.modify(r, 1)]:
    try:
        print f()
    except Exception as e:
        print type(e).__name__, e
print select.epoll(sizehint=5).closed
r2, w2 = os.pipe(); ep4 = select.epoll(); ep4.register(r2)
try:
    ep4.unregister(w2)
except Exception as e:
    print type(e).__name__, e
os.close(r2); os.close(w2)
try:
    select.epoll(5, 6)
except Exception as e:
    print type(e).__name__, e
print select.epoll.__doc__[:60]
ep3 = select.epoll()
ep3.register(r, select.EPOLLIN | select.EPOLLET)
print named(ep3.poll(timeout=0, maxevents=1))
ep3.unregister(r)
os.close(r); os.close(w)
