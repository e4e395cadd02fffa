# poll and epoll register/modify: the event mask is converted before the
# descriptor (poll's is a C unsigned short; 2.7's converter fails with a
# SystemError on anything but an int); descriptors outside a C int are
# "negative"; a closed epoll object is checked after the mask.
import select


def show(label, f, *args):
    try:
        f(*args)
        print label, 'ok'
    except Exception as e:
        print label, type(e).__name__, e

p = select.poll()
for args in [(0, None), (0, -1), (0, 2 ** 16), (0, 'x'), (0, 1.5), (None, 1), (2 ** 31, 1), (-1, 1),
             (0, 2 ** 63), (2 ** 63, None), (None, None), (1.5, 1)]:
    show('poll.register%r' % (args,), p.register, *args)
    show('poll.modify%r' % (args,), p.modify, *args)
e = select.epoll()
for args in [(0, None), (0, 'x'), (0, 1.5), (None, 1), (2 ** 31, 1), (-1, 1), (2 ** 63, None)]:
    show('epoll.register%r' % (args,), e.register, *args)
    show('epoll.modify%r' % (args,), e.modify, *args)
e.close()
for args in [(0, None), (0, -1), (None, 1), (0, 'x'), (-1, 1), (0, 2 ** 63), (2 ** 31, 1)]:
    show('closed epoll.register%r' % (args,), e.register, *args)
    show('closed epoll.modify%r' % (args,), e.modify, *args)
