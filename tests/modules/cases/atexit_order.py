# atexit handlers run last-registered first, after the main program, with
# their arguments; an error in one is reported and the rest still run
import atexit
import sys


def say(*args, **kwargs):
    print 'handler', args, sorted(kwargs.items())


def boom():
    print 'boom runs'
    raise ValueError('in handler')

atexit.register(say, 1, key='a')
atexit.register(boom)
r = atexit.register(say, 2)
print r is say
print sys.exitfunc.__name__


@atexit.register
def decorated():
    print 'decorated runs'
    sys.stdout.flush()

print 'main program ends'
